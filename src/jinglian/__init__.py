"""jinglian (精炼): refine raw Chinese web crawl into clean, deduplicated, traceable training data.

    import jinglian
    pipeline = jinglian.load_recipe("zh-web")
    print(pipeline.explain())
    result = jinglian.run(["crawl/"], "out/", pipeline, executor=jinglian.LocalExecutor(2))
"""
from __future__ import annotations

__version__ = "0.1.0"

from .document import Document, Drop, Edit, Removal, Span  # noqa: E402
from .errors import InputError, JinglianError, RecipeError, RunDirectoryError, ShardFailed, StepError  # noqa: E402
from .executors import InlineExecutor, LocalExecutor, make_executor  # noqa: E402
from .pipeline import Pipeline  # noqa: E402
from .recipe import load_recipe, parse_recipe, to_toml  # noqa: E402
from .runner import RunResult, run  # noqa: E402
from .step import Annotator, Editor, Filter, GlobalStep, Normalizer, Step  # noqa: E402

__all__ = [
    "Annotator", "Document", "Drop", "Edit", "Editor", "Filter", "GlobalStep", "InlineExecutor", "InputError",
    "JinglianError", "LocalExecutor", "Normalizer", "Pipeline", "RecipeError", "Removal", "RunDirectoryError",
    "RunResult", "ShardFailed", "Span", "Step", "StepError", "load_recipe", "make_executor", "parse_recipe", "run",
    "to_toml",
]
