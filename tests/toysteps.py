"""Small steps used only by the backbone tests: one of each kind, plus misbehaving ones.

They are deliberately simple so that a test failure points at the runner, not the step.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from jinglian.document import Document, Drop, Span
from jinglian.step import Annotator, Editor, Filter, GlobalStep, Normalizer


@dataclass
class DropIfContains(Filter):
    name: ClassVar[str] = "toy.drop_if_contains"
    reasons: ClassVar[dict[str, str]] = {"toy.contains": "text contains the marker"}
    marker: str = "X"

    def filter(self, doc: Document) -> Drop | None:
        return Drop("toy.contains", {"marker": self.marker}) if self.marker in doc.text else None


@dataclass
class RemoveDigits(Editor):
    name: ClassVar[str] = "toy.remove_digits"
    reasons: ClassVar[dict[str, str]] = {"toy.digit": "an ASCII digit"}

    def edit(self, doc: Document) -> list[Span]:
        return [Span(i, i + 1, "toy.digit") for i, c in enumerate(doc.text) if c in "0123456789"]


@dataclass
class RemoveFirstLine(Editor):
    name: ClassVar[str] = "toy.remove_first_line"
    reasons: ClassVar[dict[str, str]] = {"toy.first_line": "the first line"}

    def edit(self, doc: Document) -> list[Span]:
        end = doc.text.find("\n")
        return [Span(0, end + 1 if end >= 0 else len(doc.text), "toy.first_line")]


@dataclass
class MaskHan(Editor):
    """Replaces each run of the character 中 with a placeholder (exercises replacement spans)."""

    name: ClassVar[str] = "toy.mask"
    reasons: ClassVar[dict[str, str]] = {"toy.masked": "masked"}

    def edit(self, doc: Document) -> list[Span]:
        import re

        return [Span(m.start(), m.end(), "toy.masked", "<M>") for m in re.finditer("中+", doc.text)]


@dataclass
class Upper(Normalizer):
    name: ClassVar[str] = "toy.upper"
    reasons: ClassVar[dict[str, str]] = {}

    def normalize(self, text: str) -> str:
        return text.upper()


@dataclass
class CountChars(Annotator):
    name: ClassVar[str] = "toy.count"
    reasons: ClassVar[dict[str, str]] = {}

    def annotate(self, doc: Document) -> dict[str, Any]:
        return {"toy_chars": len(doc.text)}


@dataclass
class RaiseIfContains(Filter):
    name: ClassVar[str] = "toy.raise_if_contains"
    reasons: ClassVar[dict[str, str]] = {}
    marker: str = "BOOM"

    def filter(self, doc: Document) -> None:
        if self.marker in doc.text:
            raise ValueError(f"cannot handle {self.marker}")
        return None


@dataclass
class Slow(Annotator):
    """Sleeps per document, so a test can kill a run in the middle."""

    name: ClassVar[str] = "toy.slow"
    reasons: ClassVar[dict[str, str]] = {}
    seconds: float = 0.01

    def annotate(self, doc: Document) -> dict[str, Any]:
        time.sleep(self.seconds)
        return {}


@dataclass
class ExactDuplicates(GlobalStep):
    """Keeps the smallest id of each group of identical texts (a toy of the real dedup)."""

    name: ClassVar[str] = "toy.exact"
    reasons: ClassVar[dict[str, str]] = {"toy.duplicate": "same text as an earlier id"}

    def signature(self, doc: Document) -> dict[str, Any]:
        return {"key": doc.text.strip()}

    def resolve(self, signature_paths: list[str], workdir: str, executor) -> dict[str, Any]:
        import pyarrow.parquet as pq

        # fan out one task per file, as a real global step partitions its work
        groups: dict[str, list[str]] = {}
        for rows in executor.map(_read_keys, signature_paths):
            for key, doc_id in rows:
                groups.setdefault(key, []).append(doc_id)
        decisions = {}
        for ids in groups.values():
            ids.sort()
            for dup in ids[1:]:
                decisions[dup] = ids[0]
        Path(workdir, "decisions.json").write_text(json.dumps(decisions, sort_keys=True))
        return {"duplicates": len(decisions), "pid": os.getpid() > 0}

    def load(self, workdir: str) -> dict[str, str]:
        return json.loads(Path(workdir, "decisions.json").read_text())

    def decide(self, doc: Document, decisions: dict[str, str]) -> Drop | None:
        if doc.id in decisions:
            return Drop("toy.duplicate", {"similarity": 1.0}, duplicate_of=decisions[doc.id])
        return None


def _read_keys(path: str) -> list[tuple[str, str]]:
    import pyarrow.parquet as pq

    t = pq.read_table(path, columns=["key", "id"])
    return list(zip(t.column("key").to_pylist(), t.column("id").to_pylist()))


def env_value(name: str) -> str | None:
    """A picklable task that reports what a worker sees in its environment."""
    return os.environ.get(name)
