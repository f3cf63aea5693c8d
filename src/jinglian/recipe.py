"""TOML recipes <-> pipelines.  Every name is checked before any work starts.

    name = "my-recipe"
    description = "..."
    [[steps]]
    use = "quality.filter"      # a step from `jinglian steps`
    min_han_ratio = 0.3         # its parameters; an unknown key is an error
"""
from __future__ import annotations

import dataclasses
import difflib
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from .catalog import lookup
from .errors import RecipeError
from .pipeline import Pipeline

TOP_LEVEL_KEYS = {"name", "description", "tokenizer", "steps"}


def builtin_recipes() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files("jinglian.recipes").iterdir() if p.name.endswith(".toml"))


def load_recipe(name_or_path: str | Path) -> Pipeline:
    """A built-in recipe by name (`zh-web`) or a TOML file by path."""
    path = Path(name_or_path)
    if path.suffix == ".toml" or path.exists():
        if not path.is_file():
            raise RecipeError(f"{path}: no such recipe file")
        return parse_recipe(path.read_text(encoding="utf-8"), str(path))
    names = builtin_recipes()
    if str(name_or_path) not in names:
        hint = difflib.get_close_matches(str(name_or_path), names, n=1)
        raise RecipeError(f"unknown recipe {name_or_path!r}" + (f"; did you mean {hint[0]!r}?" if hint else f"; built-in: {', '.join(names)}"))
    text = resources.files("jinglian.recipes").joinpath(f"{name_or_path}.toml").read_text(encoding="utf-8")
    return parse_recipe(text, f"recipe {name_or_path}")


def parse_recipe(text: str, where: str = "recipe") -> Pipeline:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise RecipeError(f"{where}: not valid TOML: {e}") from None
    return recipe_from_dict(data, where)


def recipe_from_dict(data: dict[str, Any], where: str = "recipe") -> Pipeline:
    for key in data:
        if key not in TOP_LEVEL_KEYS:
            raise RecipeError(f"{where}: unknown key {key!r}{_hint(key, TOP_LEVEL_KEYS)}")
    entries = data.get("steps", [])
    if not isinstance(entries, list):
        raise RecipeError(f"{where}: 'steps' must be a list of [[steps]] tables")
    steps = [build_step(entry, f"{where}, step {i + 1}: ") for i, entry in enumerate(entries)]
    tokenizer = data.get("tokenizer")
    if tokenizer is not None and not isinstance(tokenizer, str):
        raise RecipeError(f"{where}: 'tokenizer' must be a tokenizer name or a tokenizer.json path, or \"none\"")
    return Pipeline(steps, name=str(data.get("name", "custom")), description=str(data.get("description", "")),
                    tokenizer=None if tokenizer in (None, "", "none") else tokenizer)


def build_step(entry: dict[str, Any], where: str = ""):
    if not isinstance(entry, dict) or "use" not in entry:
        raise RecipeError(f"{where}each step needs `use = \"<step name>\"`")
    cls = lookup(str(entry["use"]), where)
    fields = {f.name: f for f in dataclasses.fields(cls)} if dataclasses.is_dataclass(cls) else {}
    params = {k: v for k, v in entry.items() if k != "use"}
    for key, value in params.items():
        if key not in fields:
            raise RecipeError(f"{where}{cls.name} has no parameter {key!r}{_hint(key, fields) or f' (parameters: {_names(fields)})'}")
        _check_type(cls.name, fields[key], value, where)
    try:
        return cls(**{k: tuple(v) if isinstance(v, list) and _default_is_tuple(fields[k]) else v for k, v in params.items()})
    except (TypeError, ValueError) as e:
        raise RecipeError(f"{where}{cls.name}: {e}") from None


def _default_is_tuple(f: dataclasses.Field) -> bool:
    if f.default is not dataclasses.MISSING:
        return isinstance(f.default, tuple)
    if f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
        return isinstance(f.default_factory(), tuple)  # type: ignore[misc]
    return False


def _check_type(step: str, f: dataclasses.Field, value: Any, where: str) -> None:
    default = f.default if f.default is not dataclasses.MISSING else (
        f.default_factory() if f.default_factory is not dataclasses.MISSING else None)  # type: ignore[misc]
    if default is None:
        return
    ok = isinstance(value, type(default))
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, float):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(default, (list, tuple)):
        ok = isinstance(value, (list, tuple))
    if not ok:
        raise RecipeError(f"{where}{step}.{f.name} must be {type(default).__name__}, got {value!r}")


def _hint(key: str, known) -> str:
    m = difflib.get_close_matches(key, list(known), n=1)
    return f"; did you mean {m[0]!r}?" if m else ""


def _names(fields) -> str:
    return ", ".join(fields) or "none"


def to_toml(pipeline: Pipeline) -> str:
    """Write a pipeline back as a recipe (round-trips through `parse_recipe`)."""
    out = [f"name = {_toml(pipeline.name)}", f"description = {_toml(pipeline.description)}",
           *([f"tokenizer = {_toml(pipeline.tokenizer)}"] if pipeline.tokenizer else []), ""]
    for step in pipeline.steps:
        out.append("[[steps]]")
        out.append(f"use = {_toml(step.name)}")
        for k, v in step.params().items():
            out.append(f"{k} = {_toml(v)}")
        out.append("")
    return "\n".join(out)


def _toml(v: Any) -> str:
    import json

    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_toml(x)}" for k, x in v.items()) + " }"
    raise TypeError(f"cannot write {v!r} to TOML")
