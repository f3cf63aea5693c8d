"""Deduplication steps."""
STEPS: list = []
