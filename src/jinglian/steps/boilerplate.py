"""boilerplate steps (being built)."""
STEPS: list = []
