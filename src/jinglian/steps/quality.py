"""quality steps (being built)."""
STEPS: list = []
