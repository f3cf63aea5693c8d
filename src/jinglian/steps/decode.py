"""Decoding repair: mojibake and control characters.

Bytes are decoded by the readers with `jinglian.zh.encoding.decode_bytes`; what reaches
these steps is text that may still carry a broken decode from upstream:

- `decode.mojibake` (filter) drops a document whose text is mostly mojibake.  The drop
  detail carries the score, the kind and, when the misreading is exactly reversible, a
  preview of the repaired text; the dropped row keeps the whole text, so nothing is lost.
  Dropping is the default because a whole-document misreading says the page went through
  a broken pipeline upstream (and the labelled sets we measure on count such pages as
  junk).  To repair instead, list `decode.repair_mojibake` *before* `decode.mojibake`:
  the filter then only sees what could not be repaired.
- `decode.repair_mojibake` (editor) replaces each exactly reversible run (UTF-8 read as
  Latin-1/cp1252; a whole text of UTF-8 read as GBK) by the original text.  Each run is a
  replacement span, so the edit log records the mojibake it replaced: every repair is
  recorded and can be undone.
- `decode.control_chars` (editor) removes C0/C1 control characters (keeping tab and
  newlines), DEL, zero-width spaces, BOMs inside text, bidi overrides and noncharacters.
  Run it after the mojibake steps: C1 characters are part of the Latin-1 mojibake shape.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from ..document import Document, Drop, Span
from ..step import Editor, Filter
from ..zh import encoding


@dataclass
class MojibakeFilter(Filter):
    """Drop documents whose visible text is mostly mojibake."""

    name: ClassVar[str] = "decode.mojibake"
    reasons: ClassVar[dict[str, str]] = {
        "decode.mojibake": "most of the text is mojibake (a broken decode upstream); detail has a repaired preview when reversible",
    }
    #: Share of visible characters that are mojibake above which the document goes.
    #: Dev set + seeds + magic-html-zh gold: clean pages score 0.0 (max 0.003 with a
    #: stray U+FFFD); the dev set's mojibake pages score ≥ 0.8.  0.3 sits between.
    max_score: float = 0.3
    preview_chars: int = 200

    def filter(self, doc: Document) -> Drop | None:
        score = encoding.mojibake_score(doc.text)
        if score <= self.max_score:
            return None
        repaired = encoding.repair_mojibake(doc.text)
        kind = "latin1"
        if repaired == doc.text:
            fixed = encoding.repair_gbk_as_utf8(doc.text) if encoding.gbk_as_utf8_ratio(doc.text) >= 0.5 else None
            repaired, kind = (fixed, "gbk") if fixed is not None else (None, "unrepairable")
        detail = {"score": round(score, 4), "kind": kind}
        if repaired is not None:
            detail["repaired_preview"] = repaired[: self.preview_chars]
        return Drop("decode.mojibake", detail)


@dataclass
class RepairMojibake(Editor):
    """Replace exactly reversible mojibake runs by the text they came from."""

    name: ClassVar[str] = "decode.repair_mojibake"
    reasons: ClassVar[dict[str, str]] = {
        "decode.mojibake_repaired": "mojibake replaced by the text it came from (the span keeps the mojibake)",
    }
    #: Only repair a GBK misreading when at least this share of the Han text decodes back
    #: (real Chinese: < 0.05 on the dev set and magic-html-zh gold; misreadings: ≈ 0.9).
    min_gbk_ratio: float = 0.5

    def edit(self, doc: Document) -> list[Span]:
        text = doc.text
        spans = [
            Span(start, end, "decode.mojibake_repaired", fixed)
            for start, end, fixed in encoding.latin1_mojibake_runs(text)
            if fixed is not None and fixed != text[start:end]
        ]
        if not spans and encoding.gbk_as_utf8_ratio(text) >= self.min_gbk_ratio:
            fixed = encoding.repair_gbk_as_utf8(text)
            if fixed is not None and fixed != text:
                spans = [Span(0, len(text), "decode.mojibake_repaired", fixed)]
        return spans


# C0 except \t \n \r, DEL, C1, soft hyphen, zero-width space/no-break space (U+200B, U+2060,
# U+FEFF), bidi embeddings/overrides/isolates, line/paragraph separators are kept for the
# white space normalizer, noncharacters U+FFFE/U+FFFF.  ZWJ/ZWNJ stay: emoji sequences use them.
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069\ufffe\uffff]+")


@dataclass
class ControlChars(Editor):
    """Remove control and invisible format characters."""

    name: ClassVar[str] = "decode.control_chars"
    reasons: ClassVar[dict[str, str]] = {
        "decode.control_char": "control or invisible format characters (C0/C1, DEL, zero-width space, BOM, bidi override)",
    }

    def edit(self, doc: Document) -> list[Span]:
        return [Span(m.start(), m.end(), "decode.control_char") for m in CONTROL_RE.finditer(doc.text)]


STEPS = [MojibakeFilter, RepairMojibake, ControlChars]
