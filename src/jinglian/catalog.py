"""The explicit step catalog: every step a recipe may name, by its `name`.

Each module listed here exposes `STEPS`, a list of step classes.  There is no implicit
registration: a step that is not listed here cannot be used in a recipe.
"""
from __future__ import annotations

import difflib
import importlib

from .errors import RecipeError
from .step import Step

STEP_MODULES = (
    "jinglian.steps.prefilter",
    "jinglian.steps.extract",
    "jinglian.steps.url",
    "jinglian.steps.basic",
    "jinglian.steps.decode",
    "jinglian.steps.normalize",
    "jinglian.steps.lines",
    "jinglian.steps.line_model",
    "jinglian.steps.pii",
    "jinglian.steps.quality",
    "jinglian.steps.model",
    "jinglian.steps.boilerplate",
    "jinglian.steps.dedup",
)


def catalog() -> dict[str, type[Step]]:
    steps: dict[str, type[Step]] = {}
    for module in STEP_MODULES:
        for cls in importlib.import_module(module).STEPS:
            if cls.name in steps:
                raise RuntimeError(f"two steps are named {cls.name!r}: {steps[cls.name]} and {cls}")
            steps[cls.name] = cls
    return dict(sorted(steps.items()))


def lookup(name: str, where: str = "") -> type[Step]:
    steps = catalog()
    if name in steps:
        return steps[name]
    hint = difflib.get_close_matches(name, steps, n=1)
    suffix = f"; did you mean {hint[0]!r}?" if hint else f"; known steps: {', '.join(steps)}"
    raise RecipeError(f"{where}unknown step {name!r}{suffix}")
