"""Normalization: character width, white space, script.

Normalizers are deterministic and idempotent (property-tested); the runner logs each as
(step, version, chars_changed).  Chinese punctuation is left as it is: full-width
，。：；！？ are the correct forms in Chinese text, not noise to fold.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

from ..document import Document
from ..errors import RecipeError
from ..step import Annotator, Normalizer
from ..zh import script as zh_script

#: Full-width ASCII digits and letters (U+FF10–FF19, FF21–FF3A, FF41–FF5A) -> half-width.
_WIDTH_TABLE = {cp: cp - 0xFEE0 for cp in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
_FULLWIDTH_ALNUM_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


@dataclass
class Width(Normalizer):
    """Full-width ASCII letters and digits to half-width: `１２月３１日` -> `12月31日`."""

    name: ClassVar[str] = "normalize.width"
    version: ClassVar[str] = "1"
    reasons: ClassVar[dict[str, str]] = {}

    def normalize(self, text: str) -> str:
        if not _FULLWIDTH_ALNUM_RE.search(text):
            return text
        return text.translate(_WIDTH_TABLE)


_LINE_BREAKS_RE = re.compile("\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_ODD_BREAKS = ("\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c")


@dataclass
class Whitespace(Normalizer):
    """Unify white space: one kind of line break, one space between words, trimmed lines.

    Line breaks become `\\n`; runs of horizontal space (including U+3000 paragraph
    indents and NBSP) become one ASCII space; lines are trimmed; more than one blank line
    becomes one; the text is stripped.  Spaces between Han characters are kept: removing
    them would guess at intent (names, poetry, table cells).
    """

    name: ClassVar[str] = "normalize.whitespace"
    version: ClassVar[str] = "1"
    reasons: ClassVar[dict[str, str]] = {}

    def normalize(self, text: str) -> str:
        if any(c in text for c in _ODD_BREAKS):
            text = _LINE_BREAKS_RE.sub("\n", text)
        out: list[str] = []
        blank = True  # drops leading blank lines; later, keeps at most one in a row
        for line in text.split("\n"):
            line = " ".join(line.split())  # str.split() splits on every Unicode space
            if line:
                out.append(line)
                blank = False
            elif not blank:
                out.append("")
                blank = True
        if out and out[-1] == "":
            out.pop()
        return "\n".join(out)


@dataclass
class DetectScript(Annotator):
    """Store the document's script: scores["script"] in simplified/traditional/mixed/unknown.

    Also stores scores["script_trad_share"], the traditional share of its script-specific
    characters (see `jinglian.zh.script`).
    """

    name: ClassVar[str] = "normalize.detect_script"
    reasons: ClassVar[dict[str, str]] = {}
    #: Share of script-specific characters needed for a pure label; 0.9 separates every
    #: parallel UD Chinese-GSD sentence (1,000 pairs) and the magic-html-zh gold pages.
    pure_share: float = 0.9
    min_specific: int = 3

    def setup(self) -> None:
        zh_script.script_counts("")

    def annotate(self, doc: Document) -> dict[str, Any]:
        label, share = zh_script.detect_script(doc.text, min_specific=self.min_specific, pure_share=self.pure_share)
        return {"script": label, "script_trad_share": round(share, 4)}


@dataclass
class ConvertScript(Normalizer):
    """Convert the text to one script with OpenCC.  Off by default: output keeps each
    document's own script; add this step to a recipe to convert.

    `target`: simplified | traditional | taiwan | hongkong.  Idempotent because OpenCC
    conversion to a script maps that script's text onto itself.
    """

    name: ClassVar[str] = "normalize.script"
    version: ClassVar[str] = "1"
    reasons: ClassVar[dict[str, str]] = {}
    target: str = "simplified"

    def __post_init__(self) -> None:
        if self.target not in zh_script.TARGETS:
            raise RecipeError(f"normalize.script: unknown target {self.target!r}; expected one of {', '.join(zh_script.TARGETS)}")

    def normalize(self, text: str) -> str:
        return zh_script.convert(text, self.target)


STEPS = [Width, Whitespace, DetectScript, ConvertScript]
