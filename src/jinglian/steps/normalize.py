"""normalize steps (being built)."""
STEPS: list = []
