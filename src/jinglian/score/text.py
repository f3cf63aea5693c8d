"""How much of a labelled line survives in a document's final text, by character trigrams.

Trigrams over a normalised form (NFKC, Chinese punctuation folded to ASCII, lower case, no white
space) make the judgement blind to what normalisation steps may rightly change, and tolerant of a
character or two lost at a line's edge.
"""
from __future__ import annotations

import unicodedata

KEPT_AT = 0.7      # a keep line counts as kept when at least this share of its trigrams survives
REMOVED_AT = 0.3   # a drop line counts as removed when at most this share survives

# NFKC already folds the full-width forms (，：；！？（）); these have no compatibility mapping
_PUNCT = str.maketrans({"。": ".", "、": ",", "“": '"', "”": '"', "‘": "'", "’": "'", "【": "[", "】": "]",
                        "《": "<", "》": ">", "「": '"', "」": '"', "『": '"', "』": '"', "〈": "<", "〉": ">"})


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_PUNCT).lower()
    return "".join(ch for ch in text if not ch.isspace())


def trigrams(s: str) -> set[str]:
    return {s[i:i + 3] for i in range(len(s) - 2)}


class FinalText:
    """A document's final text, normalised once, with its trigram set."""

    def __init__(self, text: str):
        self.norm = normalize(text)
        self.grams = trigrams(self.norm)

    def contains(self, piece: str) -> bool:
        return piece in self.grams if len(piece) == 3 else piece in self.norm


def line_pieces(text: str, pii: tuple[str, ...] = ()) -> list[str]:
    """The normalised line with every labelled PII string cut out: the parts to look for."""
    pieces = [normalize(text)]
    for s in pii:
        cut = normalize(s)
        if cut:
            pieces = [q for p in pieces for q in p.split(cut)]
    return [p for p in pieces if p]


#: a content line shorter than this (normalised) is never cut out of a noise line that quotes it
QUOTED_MIN = 4


def own_pieces(text: str, pii: tuple[str, ...], quoted: tuple[str, ...]) -> list[str] | None:
    """A noise line's pieces without its PII and without the content lines of its document that it
    quotes whole ("原标题：<the title>", "· <the title>［详细］", "来源：X  <the title>……"): whether
    the title survives says nothing about the noise line, so only what the line adds is looked for.
    None when what it adds is too short to be looked for (under a trigram), or when the line is
    nothing but a content line of its document: such a line cannot be told from the content."""
    norm = normalize(text)
    cuts = [q for q in (normalize(t) for t in quoted) if len(q) >= QUOTED_MIN and q in norm]
    if not cuts:
        return line_pieces(text, pii)
    if any(q == norm for q in cuts):
        return None
    pieces = line_pieces(text, pii)
    for cut in sorted(cuts, key=len, reverse=True):
        pieces = [q for p in pieces for q in p.split(cut)]
    pieces = [p for p in pieces if p]
    return pieces if sum(map(len, pieces)) >= 3 else None


def line_coverage(text: str, pii: tuple[str, ...], final: FinalText | None,
                  quoted: tuple[str, ...] = ()) -> float | None:
    """Share of the line's trigrams (outside its PII) found in the final text; 0.0 when the document
    has no final text; None when nothing but PII is left to look for.  Pieces shorter than a trigram
    are looked up whole, and only when no piece is long enough to give trigrams.  `quoted`: for a
    noise line, the content lines of its document (see `own_pieces`)."""
    pieces = own_pieces(text, pii, quoted) if quoted else line_pieces(text, pii)
    if not pieces:
        return None
    if final is None:
        return 0.0
    grams = set().union(*(trigrams(p) for p in pieces if len(p) >= 3)) or set(pieces)
    return sum(final.contains(g) for g in grams) / len(grams)
