"""Small HTML helpers shared by the report's sections."""
from __future__ import annotations

from html import escape
from typing import Any


def pct(part: float, whole: float) -> str:
    return f"{part / whole * 100:.2f}%" if whole else "–"


def num(v: Any) -> str:
    return f"{v:,}" if isinstance(v, int) else (f"{v:,.2f}" if isinstance(v, float) else escape(str(v)))


def td(value: Any, sort: float | None = None, cls: str = "") -> str:
    attr = f' data-v="{sort}"' if sort is not None else ""
    return f'<td{attr}{f" class={chr(34)}{cls}{chr(34)}" if cls else ""}>{value}</td>'
