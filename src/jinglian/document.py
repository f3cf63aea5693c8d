"""Plain data that travels through a pipeline: documents, removed spans, drops.

A `Document` carries its own history: every removal is an `Edit` holding the removed
text, so the text a step received can always be rebuilt (`Document.undo`) and a span in
the final text mapped back.  Nothing here knows about steps, runners or files.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open code-point range [start, end) of the text to remove, with its reason.

    `replacement` is put in its place (empty for a plain removal; a typed placeholder
    such as `<PHONE>` when masking PII)."""

    start: int
    end: int
    reason: str
    replacement: str = ""


@dataclass(frozen=True, slots=True)
class Removal:
    """One removed range as recorded in an edit: offsets into the text the step received."""

    start: int
    end: int
    reason: str
    text: str
    replacement: str = ""


@dataclass(frozen=True, slots=True)
class Edit:
    """What one editor step removed from one document."""

    step: str
    removals: tuple[Removal, ...]


@dataclass(frozen=True, slots=True)
class Normalization:
    """A deterministic rewrite: which step (and version) changed how many characters."""

    step: str
    version: str
    chars_changed: int


@dataclass(frozen=True, slots=True)
class Drop:
    """A step's verdict that a document leaves the pipeline.

    `reason` must be one the step declares; `detail` is JSON-serialisable evidence;
    `duplicate_of` names the surviving document when the drop is a duplicate.
    """

    reason: str
    detail: dict[str, Any] | None = None
    duplicate_of: str | None = None


@dataclass(slots=True)
class Document:
    id: str
    text: str
    source: str = ""
    locator: str = ""
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    scores: dict[str, Any] = field(default_factory=dict)
    edits: list[Edit] = field(default_factory=list)
    normalizations: list[Normalization] = field(default_factory=list)
    input_id: str | None = None  # the id field of the input record; `id` is unique in the run (io.ids)
    #: annotator name -> the `revision` of the text its scores were computed on
    score_revisions: dict[str, int] = field(default_factory=dict)

    @property
    def revision(self) -> int:
        """How many times the text has changed (edits and normalizations): scores stamped
        with an older revision describe a text that is no longer there."""
        return len(self.edits) + len(self.normalizations)

    def scores_current(self, annotator: str) -> bool:
        """False when `annotator` stored scores on an earlier revision of the text."""
        return self.score_revisions.get(annotator, self.revision) == self.revision

    def undo(self, n_edits: int | None = None) -> str:
        """The text before the last `n_edits` edits (all of them by default)."""
        edits = self.edits if n_edits is None else self.edits[len(self.edits) - n_edits:]
        return undo_edits(self.text, edits)


def undo_edits(text: str, edits: list[Edit]) -> str:
    """The text before `edits` were applied: restore each edit's removals, last edit first."""
    for edit in reversed(edits):
        text = restore(text, edit.removals)
    return text


def edits_from_rows(rows: list[dict[str, Any]]) -> list[Edit]:
    """One document's rows of the `edits/` table (in file order) back into its edit log.

    Rows of one application of a step share `edit` (its place in the log); without that
    column, consecutive rows of one step are taken as one application."""
    grouped: list[tuple[str, list[Removal]]] = []
    last: Any = object()
    for row in rows:
        key = (row.get("step"), row.get("edit"))
        if key != last or not grouped:
            grouped.append((str(row.get("step") or ""), []))
            last = key
        grouped[-1][1].append(Removal(int(row["start"]), int(row["end"]), str(row.get("reason") or ""),
                                      str(row.get("removed_text") or ""), str(row.get("replacement") or "")))
    return [Edit(step, tuple(sorted(rs, key=lambda r: (r.start, r.end)))) for step, rs in grouped]


def remove_spans(text: str, spans: list[Span]) -> tuple[str, tuple[Removal, ...]]:
    """Remove (or replace) `spans` in `text`.

    Overlapping spans are merged (the first one's reason and replacement win); touching
    spans stay separate.  Callers validate bounds.  Returns the new text and the
    removals, sorted, in offsets of the input text.
    """
    ordered = sorted((s for s in spans if s.end > s.start or s.replacement), key=lambda s: (s.start, s.end))
    merged: list[list] = []
    for s in ordered:
        start, end = s.start, s.end
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, s.reason, s.replacement])
    if not merged:
        return text, ()
    pieces: list[str] = []
    removals: list[Removal] = []
    pos = 0
    for start, end, reason, replacement in merged:
        pieces.append(text[pos:start])
        pieces.append(replacement)
        removals.append(Removal(start, end, reason, text[start:end], replacement))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces), tuple(removals)


def restore(text: str, removals: tuple[Removal, ...]) -> str:
    """Inverse of `remove_spans`: put the removed pieces back."""
    pieces: list[str] = []
    pos_after = 0  # position in `text`
    pos_before = 0  # position in the text being rebuilt
    for r in removals:
        keep = r.start - pos_before
        pieces.append(text[pos_after:pos_after + keep])
        pieces.append(r.text)
        pos_after += keep + len(r.replacement)
        pos_before = r.end
    pieces.append(text[pos_after:])
    return "".join(pieces)
