"""Helpers for building jinglian's own labelled test and benchmark sets."""
