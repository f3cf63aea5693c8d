"""Garbled text inside otherwise readable Chinese: byte-shifted GBK runs.

When a GBK page is cut or re-encoded one byte off, each paragraph start turns into a run of real
but rare characters framed by `?` where a byte pair did not decode: `。?＞莨俜阶钚峦臣疲?自8日…`.
The rest of the page reads normally, so whole-document mojibake detection does not see it.

Two pieces of evidence, both character statistics:

- **Rare characters.** `charfreq.tsv` ranks Han characters by how often Chinese text uses them
  (built from jieba's MIT-licensed word-frequency dictionary by `tools/build_charfreq.py`, folded to
  one script so traditional text is judged alike).  Ordinary prose has about 1-2 % of its Han
  characters outside the `RARE_RANK` most common ones; a byte-shifted run has 30-60 %.
- **`?` where no question can be.**  A `?` right after sentence-final punctuation (`。?`), or one
  followed by a lone ASCII letter or digit or a full-width symbol glued to Han (`?S⒋`, `?＞莨`),
  marks a byte pair that did not decode.

A span is a stretch between two `?` (at most `MAX_SPAN` characters, no white space) that either
begins at such a marker or is mostly rare characters.  `garbled_spans` returns them; the
`quality.garble*` steps store counts, drop documents where the damage is spread and remove spans
where it is local.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import numpy as np

#: characters ranked beyond this in charfreq.tsv (or absent from it) count as rare.  Chosen on
#: gold-train (real pages; tuning set): readable pages have <= 4 % of Han beyond rank 3000
#: except classical/traditional literature; byte-shifted runs 30-60 %.
RARE_RANK = 3000
#: longest `?...?` stretch taken as one garbled span (byte-shifted runs seen: 2-30 characters)
MAX_SPAN = 40
#: a `?` stretch without a marker is garbled when this share of its Han characters is rare
MIN_RARE_SHARE = 0.4

_SPAN_RE = re.compile(r"\?([^\s?]{1,%d})\?" % MAX_SPAN)
#: a `?` cannot end a question right after these
_SENTENCE_END = set("。！？!…；”」』）】》\n")
#: a byte that did not decode leaves `?` then a lone ASCII letter/digit or a full-width symbol
_MARKER_RE = re.compile(r"[A-Za-z0-9\uff01-\uff20\uff3b-\uff40\uff5b-\uff65\u2460-\u24ff\u2150-\u218f\u2500-\u257f]"
                        r"(?=[^\x00-\x7f])")

#: full-width symbols, enclosed and Roman numerals, box drawing: rare inside a Chinese word
_SYMBOL_RE = re.compile(r"[\uff01-\uff0b\uff1c-\uff20\uff3b-\uff40\uff5b-\uff65\u2460-\u24ff\u2150-\u218f"
                        r"\u2500-\u257f\u3100-\u312f\u3220-\u32ff]")


@lru_cache(maxsize=1)
def rank_table() -> np.ndarray:
    """uint16 rank of every code point's folded class (65535 = not in the table)."""
    from .fold import fold_table

    ranks = np.full(0x110000, 65535, dtype=np.uint16)
    text = resources.files("jinglian.zh").joinpath("data/charfreq.tsv").read_text(encoding="utf-8")
    folded_rank = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        rank, ch, _ = line.split("\t")
        folded_rank[ord(ch)] = int(rank)
    fold = fold_table()
    keys = np.fromiter(folded_rank.keys(), dtype=np.uint32)
    vals = np.fromiter(folded_rank.values(), dtype=np.uint16)
    lookup = np.full(0x110000, 65535, dtype=np.uint16)
    lookup[keys] = vals
    ranks[:] = lookup[fold]
    ranks.setflags(write=False)
    return ranks


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def rare_han(text: str) -> tuple[int, int]:
    """(Han characters, rare Han characters) of `text`."""
    from .signals import HAN, class_table

    cps = _codepoints(text)
    han = class_table()[cps] == HAN
    n = int(np.count_nonzero(han))
    return n, int(np.count_nonzero(rank_table()[cps[han]] > RARE_RANK))


def garbled_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each garbled `?...?` stretch, the framing `?` included."""
    if "?" not in text:
        return []
    out = []
    pos = 0
    while True:
        m = _SPAN_RE.search(text, pos)
        if not m:
            break
        start, end = m.span()
        inner = m.group(1)
        before = text[start - 1] if start else "\n"
        n_han, n_rare = rare_han(inner)
        # after a sentence end a '?' cannot close a question; after a letter or digit glued to
        # Han ("?T恤", "?3元") it can, unless a rare character or a symbol is in the run too
        marked = before in _SENTENCE_END or (_MARKER_RE.match(inner) is not None
                                             and (n_rare > 0 or _SYMBOL_RE.search(inner) is not None))
        # or rare characters: most of three or more, or all of two (UTF-8 read as GBK: '鏄?笉鏄?')
        rare_run = (n_han >= 3 and n_rare >= MIN_RARE_SHARE * n_han) or (n_han == 2 and n_rare == 2)
        if n_han and (marked or rare_run):
            out.append((start, end))
            pos = end
        else:
            pos = end - 1  # the closing `?` may open the next span
    return out


def garble_signals(text: str, n_visible: int | None = None) -> dict[str, float | int]:
    """garbled_spans (count), garbled_chars, garbled_share (of visible characters), rare_han_share."""
    spans = garbled_spans(text)
    chars = sum(e - s for s, e in spans)
    if n_visible is None:
        n_visible = len(text) - sum(text.count(c) for c in " \n\t\u3000\r\xa0")
    n_han, n_rare = rare_han(text)
    return {
        "garbled_spans": len(spans),
        "garbled_chars": chars,
        "garbled_share": round(chars / n_visible, 4) if n_visible else 0.0,
        "rare_han_share": round(n_rare / n_han, 4) if n_han else 0.0,
    }
