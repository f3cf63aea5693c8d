"""The exception tree.  Bad *data* never raises (it becomes a drop record); these are for
bad recipes, bad invocations and bad code."""
from __future__ import annotations


class JinglianError(Exception):
    """Base of every error jinglian raises on purpose."""


class RecipeError(JinglianError):
    """A recipe names an unknown step or parameter, or a parameter has the wrong type."""


class InputError(JinglianError):
    """An input path does not exist or holds nothing jinglian can read."""


class RunDirectoryError(JinglianError):
    """The output directory is in a state the run cannot continue from."""


class StepError(JinglianError):
    """A step broke its contract (undeclared reason, span out of bounds, wrong return type)."""


class ShardFailed(JinglianError):
    """A step failed on more than the allowed share of a shard's documents."""
