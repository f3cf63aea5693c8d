"""Generic steps that know nothing about Chinese: handy in custom recipes and tests."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

from ..document import Document, Drop, Span
from ..step import Annotator, Editor, Filter


@dataclass
class MinChars(Filter):
    """Drop documents shorter than `min_chars` non-space characters."""

    name: ClassVar[str] = "basic.min_chars"
    reasons: ClassVar[dict[str, str]] = {"basic.too_short": "fewer than min_chars non-space characters"}
    min_chars: int = 1

    def filter(self, doc: Document) -> Drop | None:
        n = len(doc.text) - sum(c.isspace() for c in doc.text)
        return Drop("basic.too_short", {"chars": n, "min_chars": self.min_chars}) if n < self.min_chars else None


@dataclass
class RegexRemove(Editor):
    """Remove every match of `pattern` (a Python regular expression)."""

    name: ClassVar[str] = "basic.regex_remove"
    reasons: ClassVar[dict[str, str]] = {"basic.regex": "matched the recipe's pattern"}
    pattern: str = r"(?!)"

    def setup(self) -> None:
        self._re = re.compile(self.pattern)

    def edit(self, doc: Document) -> list[Span]:
        return [Span(m.start(), m.end(), "basic.regex") for m in self._re.finditer(doc.text)]


@dataclass
class Length(Annotator):
    """Store the length in characters and lines."""

    name: ClassVar[str] = "basic.length"
    reasons: ClassVar[dict[str, str]] = {}

    def annotate(self, doc: Document) -> dict[str, Any]:
        return {"chars": len(doc.text), "lines": doc.text.count("\n") + 1 if doc.text else 0}


STEPS = [MinChars, RegexRemove, Length]
