"""extract steps (being built)."""
STEPS: list = []
