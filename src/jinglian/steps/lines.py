"""lines steps (being built)."""
STEPS: list = []
