"""Pure document-quality signals for Chinese text, all character-level.

Gopher/C4-style rules count words split on white space and English punctuation; on
Chinese that makes a paragraph one "word".  Everything here counts characters and
lines instead, and the repetition signals use character n-grams.

`document_signals(text)` returns every signal as a flat dict of numbers (plus the
dominant script `lang`), stored on each document by the `quality.signals` annotator so
thresholds can be chosen afterwards on real distributions.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from .encoding import mojibake_score
from .text import HAN_RE, HAN_RUN_RE, TERMINAL_RE

_SPACE_RE = re.compile(r"\s+")
_KANA_RE = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL_RE = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
# A keyword-list line: short items joined by separators, no sentence punctuation.
_LIST_SEP_RE = re.compile(r"\s*[_|｜,，、/\-—·•>»]\s*|\s+")
_BLANK_LINE_RE = re.compile(r"\n\s*\n")


@lru_cache(maxsize=1)
def spam_lexicon() -> tuple[re.Pattern[str], frozenset[str]]:
    """The spam lexicon (gambling, porn, fake documents, loans, SEO bait) as one regex.

    Kept in `zh/data/spam_lexicon.txt`, one term per line in simplified script; the
    traditional forms are added at load time with OpenCC so both scripts match.
    """
    raw = resources.files("jinglian.zh").joinpath("data/spam_lexicon.txt").read_text(encoding="utf-8")
    terms = {t.strip() for t in raw.splitlines() if t.strip() and not t.startswith("#")}
    try:
        import opencc

        conv = opencc.OpenCC("s2t")
        terms |= {conv.convert(t) for t in terms}
    except ImportError:  # pragma: no cover - opencc is a core dependency
        pass
    ordered = sorted(terms, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered))), frozenset(terms)


def visible_len(text: str) -> int:
    return len(text) - sum(len(m) for m in _SPACE_RE.findall(text))


def count_matches(rx: re.Pattern[str], text: str) -> int:
    return sum(len(m) for m in rx.findall(text))


def language_of(text: str, n_visible: int, n_han: int) -> tuple[str, dict[str, float]]:
    """Dominant language by script: zh (Han, little kana), ja, ko, latin, cyrillic, arabic.

    Script shares are enough to tell Chinese from the languages web crawl mixes in; a
    full language-ID model is not needed for that decision.
    """
    if not n_visible:
        return "unknown", {}
    kana = count_matches(_KANA_RE, text) if n_han else 0
    shares = {
        "han": n_han / n_visible,
        "kana": kana / n_visible,
        "hangul": count_matches(_HANGUL_RE, text) / n_visible,
        "latin": count_matches(_LATIN_RE, text) / n_visible,
        "cyrillic": count_matches(_CYRILLIC_RE, text) / n_visible,
        "arabic": count_matches(_ARABIC_RE, text) / n_visible,
    }
    # Japanese mixes Han and kana; a few kana in Chinese text are usually emoticons/names.
    if shares["kana"] >= 0.05 and shares["kana"] >= 0.2 * shares["han"]:
        return "ja", shares
    best = max(("han", "hangul", "latin", "cyrillic", "arabic"), key=lambda k: shares[k])
    if shares[best] == 0:
        return "unknown", shares
    return {"han": "zh", "hangul": "ko"}.get(best, best), shares


def ngram_repetition(text: str, n: int) -> tuple[float, float]:
    """(share of characters in the most frequent n-gram, share in any repeated n-gram).

    Over the text with white space removed.  Computed with numpy on code points so a long
    page costs a few vector operations, not a Python loop per character.
    """
    s = _SPACE_RE.sub("", text)
    m = len(s) - n + 1
    if m <= 1:
        return 0.0, 0.0
    cps = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    h = np.zeros(m, dtype=np.uint64)
    for i in range(n):  # polynomial hash of each window; collisions only blur the share
        h = h * np.uint64(1_000_003) + cps[i:i + m]
    _, inverse, counts = np.unique(h, return_inverse=True, return_counts=True)
    top = counts.max()
    top_share = float(top * n / len(s)) if top > 1 else 0.0
    repeated = counts[inverse] > 1
    if not repeated.any():
        return top_share, 0.0
    # characters covered by at least one repeated window
    covered = np.zeros(len(s) + 1, dtype=np.int32)
    starts = np.flatnonzero(repeated)
    np.add.at(covered, starts, 1)
    np.add.at(covered, starts + n, -1)
    dup_chars = int(np.count_nonzero(np.cumsum(covered)[:len(s)]))
    return min(1.0, top_share), dup_chars / len(s)


def is_list_line(line: str) -> bool:
    """A line made of ≥ 4 short items joined by separators and no sentence punctuation.

    This is the shape of SEO keyword stuffing ("A_B_C_D") and of navigation bars
    ("首页 新闻 财经 科技"), whatever the words are.
    """
    if TERMINAL_RE.search(line) or not HAN_RE.search(line):
        return False
    items = [p for p in _LIST_SEP_RE.split(line.strip()) if p]
    return len(items) >= 4 and max(map(len, items)) <= 12


def _duplicate_share(units: list[str], total: int) -> float:
    if not total or len(units) < 2:
        return 0.0
    counts = Counter(units)
    dup = sum(len(u) * (c - 1) for u, c in counts.items() if c > 1)
    return dup / total


def document_signals(text: str) -> dict[str, Any]:
    """Every quality signal of `text` (see module docstring)."""
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    n_visible = visible_len(text)
    n_han = count_matches(HAN_RUN_RE, text)
    lang, shares = language_of(text, n_visible, n_han)
    line_lens = [visible_len(ln) for ln in lines]
    n_lines = len(lines)
    paragraphs = [p.strip() for p in _BLANK_LINE_RE.split(text) if p.strip()]
    spam_rx, _ = spam_lexicon()
    spam_chars = count_matches(spam_rx, text)
    top2, _ = ngram_repetition(text, 2) if n_visible else (0.0, 0.0)
    top4, _ = ngram_repetition(text, 4) if n_visible else (0.0, 0.0)
    _, dup10 = ngram_repetition(text, 10) if n_visible else (0.0, 0.0)
    list_lines = sum(1 for ln in lines if is_list_line(ln))
    return {
        "n_chars": n_visible,
        "n_han": n_han,
        "han_ratio": round(n_han / n_visible, 4) if n_visible else 0.0,
        "lang": lang,
        "latin_ratio": round(shares.get("latin", 0.0), 4),
        "n_lines": n_lines,
        "mean_line_chars": round(sum(line_lens) / n_lines, 2) if n_lines else 0.0,
        "max_line_chars": max(line_lens, default=0),
        "short_line_share": round(sum(1 for n in line_lens if n < 10) / n_lines, 4) if n_lines else 0.0,
        "terminal_punct_share": round(sum(1 for ln in lines if TERMINAL_RE.search(ln)) / n_lines, 4) if n_lines else 0.0,
        "list_line_share": round(list_lines / n_lines, 4) if n_lines else 0.0,
        "dup_line_share": round(_duplicate_share(lines, sum(line_lens)), 4),
        "dup_paragraph_share": round(_duplicate_share(paragraphs, n_visible), 4),
        "top_2gram_share": round(top2, 4),
        "top_4gram_share": round(top4, 4),
        "dup_10gram_share": round(dup10, 4),
        "spam_density": round(spam_chars / n_visible, 4) if n_visible else 0.0,
        "mojibake": round(mojibake_score(text), 4),
    }
