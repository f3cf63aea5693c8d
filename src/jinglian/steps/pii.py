"""pii steps (being built)."""
STEPS: list = []
