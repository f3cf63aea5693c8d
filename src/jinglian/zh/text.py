"""Pure character-level functions for Chinese text: Han ranges, punctuation, counts.

Character-level by default: Chinese has no spaces, so "words" split on white space are
whole sentences.  Ranges cover every CJK Unified Ideographs block including the astral
extensions (B–I), which `str.isalpha` accepts but naive `[\\u4e00-\\u9fff]` misses.
"""
from __future__ import annotations

import re

#: CJK Unified Ideographs and all extension blocks, compatibility ideographs, and 〇.
HAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x3007, 0x3007),  # 〇
    (0x3400, 0x4DBF),  # Extension A
    (0x4E00, 0x9FFF),  # URO
    (0xF900, 0xFAFF),  # Compatibility Ideographs
    (0x20000, 0x2A6DF),  # Extension B
    (0x2A700, 0x2EBEF),  # Extensions C, D, E, F, I
    (0x2EBF0, 0x2EE5F),  # Extension I
    (0x2F800, 0x2FA1F),  # Compatibility Ideographs Supplement
    (0x30000, 0x323AF),  # Extensions G, H
)

_HAN_CLASS = "".join(
    (f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}") for a, b in HAN_RANGES
)
HAN_RE = re.compile(f"[{_HAN_CLASS}]")
HAN_RUN_RE = re.compile(f"[{_HAN_CLASS}]+")

#: Sentence-final punctuation, full-width and ASCII, with closing quotes/brackets allowed after.
TERMINAL_PUNCT = "。！？!?…；;"
TERMINAL_RE = re.compile(r"[。！？!?…；;][”’」』）)\]】》\"']*\s*$")

#: Chinese (full-width) punctuation commonly seen in running text.
ZH_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】「」『』—…·～﹏￥")


def is_han(ch: str) -> bool:
    cp = ord(ch)
    for a, b in HAN_RANGES:
        if a <= cp <= b:
            return True
    return False


def count_han(text: str) -> int:
    return sum(len(m) for m in HAN_RUN_RE.findall(text))


def han_ratio(text: str) -> float:
    """Han characters over non-space characters (0.0 for empty text)."""
    visible = len(text) - sum(1 for c in text if c.isspace())
    return count_han(text) / visible if visible else 0.0


def ends_sentence(line: str) -> bool:
    return bool(TERMINAL_RE.search(line))


def wide_chars(s: str) -> int:
    """How many characters of `s` are wide (Han, full-width punctuation), from its UTF-8
    length: a cheap stand-in for a Han count on hot paths (each wide character takes 3 bytes)."""
    return (len(s.encode("utf-8")) - len(s)) // 2
