"""decode steps (being built)."""
STEPS: list = []
