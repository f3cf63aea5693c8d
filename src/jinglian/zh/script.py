"""Simplified / traditional script: detection and conversion (OpenCC).

Detection counts *script-specific* characters: a traditional-specific character is one
OpenCC's t2s changes (國, 發, 這), a simplified-specific one is one s2t changes (国, 发,
这).  Most Han characters (人, 中, 大) are shared and say nothing.  The two sets are
derived once from OpenCC's own tables (one conversion call over every BMP Han code point),
so detection is then one table lookup per character (numpy) instead of two full OpenCC
passes over each document.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from .signals import codepoints

SCRIPTS = ("simplified", "traditional", "mixed", "unknown")
#: OpenCC configurations for `convert` targets
TARGETS = {
    "simplified": "t2s",
    "traditional": "s2t",
    "taiwan": "s2tw",
    "hongkong": "s2hk",
}


@lru_cache(maxsize=None)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def _single_chars_changed(config: str, chars: list[str]) -> set[str]:
    """Characters that `config` maps to something else when converted on their own."""
    out = _converter(config).convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):  # conversion changed the line structure: fall back to one by one
        conv = _converter(config)
        return {c for c in chars if conv.convert(c) != c}
    return {c for c, o in zip(chars, out) if o != c}


def _encodes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def script_char_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(traditional-specific, simplified-specific) characters, derived from OpenCC."""
    chars = [chr(cp) for cp in list(range(0x3400, 0x4DC0)) + list(range(0x4E00, 0xA000))]
    trad = _single_chars_changed("t2s", chars)
    simp = _single_chars_changed("s2t", chars)
    # A character that is also a normal character of the other script is ambiguous
    # (里 in 公里, 后 in 天后, 台 in 電台 are traditional too; 著 is simplified too): the
    # other script's legacy charset tells, Big5 for traditional, GB2312 for simplified.
    trad = {c for c in trad if not _encodes(c, "gb2312")}
    simp = {c for c in simp if not _encodes(c, "big5")}
    return frozenset(trad), frozenset(simp)


@lru_cache(maxsize=1)
def _script_table() -> np.ndarray:
    """uint8 per code point: 1 traditional-specific, 2 simplified-specific, 0 otherwise."""
    trad, simp = script_char_sets()
    table = np.zeros(0x110000, dtype=np.uint8)
    table[[ord(c) for c in trad]] = 1
    table[[ord(c) for c in simp]] = 2
    return table


def script_counts(text: str) -> tuple[int, int]:
    """(traditional-specific, simplified-specific) character counts in `text`."""
    counts = np.bincount(_script_table()[codepoints(text)], minlength=3)
    return int(counts[1]), int(counts[2])


def detect_script(text: str, *, min_specific: int = 3, pure_share: float = 0.9) -> tuple[str, float]:
    """The script of `text` and the traditional share of its script-specific characters.

    "unknown" when fewer than `min_specific` script-specific characters are present;
    "simplified"/"traditional" when one side has at least `pure_share` of them; else
    "mixed".  0.9 leaves room for the stray character OpenCC maps in both directions
    (measured on UD Chinese-GSD: parallel sentences score ≤ 0.03 / ≥ 0.97).
    """
    trad, simp = script_counts(text)
    total = trad + simp
    if total < min_specific:
        return "unknown", 0.0 if not total else trad / total
    share = trad / total
    if share >= pure_share:
        return "traditional", share
    if share <= 1 - pure_share:
        return "simplified", share
    return "mixed", share


def convert(text: str, target: str) -> str:
    """`text` converted to `target` script (a key of `TARGETS`)."""
    try:
        config = TARGETS[target]
    except KeyError:
        raise ValueError(f"unknown script target {target!r}; expected one of {', '.join(TARGETS)}") from None
    return _converter(config).convert(text)
