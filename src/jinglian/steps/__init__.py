"""The step catalog, grouped by role."""
