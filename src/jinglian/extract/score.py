"""Character-bigram precision / recall / F1 of an extraction against a gold text.

Whitespace is removed first (line breaks and spaces differ between extractors and say
nothing about content), then both texts become multisets of character bigrams.  This is
the measure `bench/extract.py` and the quality gate use on magic-html-zh.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

_WS = re.compile(r"\s+")


def bigrams(text: str) -> Counter[str]:
    t = _WS.sub("", text or "")
    return Counter(t[i:i + 2] for i in range(len(t) - 1))


def bigram_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    """(precision, recall, F1); an empty prediction scores 0 on all three."""
    p, g = bigrams(predicted), bigrams(gold)
    overlap = sum((p & g).values())
    n_p, n_g = sum(p.values()), sum(g.values())
    precision = overlap / n_p if n_p else 0.0
    recall = overlap / n_g if n_g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def mean_prf(scores: Iterable[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Macro average over pages: every page counts the same."""
    rows = list(scores)
    if not rows:
        return 0.0, 0.0, 0.0
    return tuple(sum(r[i] for r in rows) / len(rows) for i in range(3))  # type: ignore[return-value]
