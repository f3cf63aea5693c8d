"""Readers, writers and the run directory."""
