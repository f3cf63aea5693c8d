"""Dedup keys: Chinese text folded to one script, one width and no punctuation, then shingled.

Two copies of one article often differ only in ways a reader ignores: simplified vs
traditional script (and Taiwan / Hong Kong variant characters), full-width vs half-width
letters and digits, Chinese vs ASCII punctuation, white space.  Character n-grams of the raw
texts then barely overlap (5-gram Jaccard between the two scripts of one paragraph is about
0.01), so near-duplicate search must run on a *folded* key:

- every code point goes through one lookup table (`fold_table`), built once per process from
  OpenCC's own conversions: characters that any of t2s / tw2s / hk2s / s2t / s2tw / s2hk map onto
  each other form one class, represented by one character.  Folding classes rather than applying
  t2s alone makes the key symmetric: 着 and 著 (s2t turns the first into the second, t2s leaves
  the second alone) land in the same class, so do 发 / 發 / 髮.
- NFKC width folding and lower-casing for non-Han characters;
- punctuation, symbols, white space and control characters are removed.

The table is applied with numpy (`fold_codepoints`), so a key costs one array lookup per
character instead of a pass of OpenCC's phrase segmenter.  The key is only ever hashed: each
document keeps its own text and script.
"""
from __future__ import annotations

import functools
import os
import unicodedata
from pathlib import Path

import numpy as np

from .text import HAN_RANGES

#: OpenCC configurations whose character mappings are merged into one folding class.
OPENCC_CONFIGS = ("t2s", "tw2s", "hk2s", "s2t", "s2tw", "s2hk")
_MAX_CP = 0x110000
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_GRAM_MULT = np.uint64(0x9E3779B97F4A7C15)


def _han_chars() -> list[str]:
    return [chr(cp) for a, b in HAN_RANGES for cp in range(a, b + 1)]


def _opencc_classes(chars: list[str]) -> dict[int, int]:
    """Union-find over the character mappings of every OpenCC config: cp -> class representative."""
    import opencc

    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    joined = "\n".join(chars)
    for config in OPENCC_CONFIGS:
        converted = opencc.OpenCC(config).convert(joined).split("\n")
        if len(converted) != len(chars):  # a separator was merged away: never seen, but be safe
            raise RuntimeError(f"OpenCC {config} changed the number of lines")
        for src, dst in zip(chars, converted):
            if len(dst) == 1 and dst != src:
                a, b = find(ord(src)), find(ord(dst))
                if a != b:
                    parent[max(a, b)] = min(a, b)
    return {cp: find(cp) for cp in parent}


#: bump when `_build_fold_table` changes its output
FOLD_VERSION = "1"


def _cache_path() -> Path:
    import opencc

    base = Path(os.environ.get("JINGLIAN_CACHE") or Path.home() / ".cache" / "jinglian")
    return base / f"fold-table-v{FOLD_VERSION}-opencc{getattr(opencc, '__version__', 'x')}.npy"


@functools.lru_cache(maxsize=1)
def fold_table() -> np.ndarray:
    """uint32[0x110000]: code point -> folded code point, 0 for characters the key drops.

    Building it runs six OpenCC conversions over every Han character (about 2 s), so the
    table is cached on disk (`$JINGLIAN_CACHE`, default ~/.cache/jinglian) and each worker
    process only loads it."""
    path = _cache_path()
    try:
        table = np.load(path)
        if table.shape == (_MAX_CP,) and table.dtype == np.uint32:
            table.setflags(write=False)
            return table
    except (OSError, ValueError):
        pass
    table = _build_fold_table()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            np.save(f, table)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home only costs the rebuild
    table.setflags(write=False)
    return table


def _build_fold_table() -> np.ndarray:
    table = np.arange(_MAX_CP, dtype=np.uint32)
    # non-Han BMP characters: drop punctuation / symbols / separators / controls, fold width and case
    han = np.zeros(_MAX_CP, dtype=bool)
    for a, b in HAN_RANGES:
        han[a:b + 1] = True
    for cp in range(0x10000):
        if han[cp] or 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        cat = unicodedata.category(ch)
        if cat[0] in "PSZC":
            table[cp] = 0
            continue
        folded = unicodedata.normalize("NFKC", ch).lower()
        if len(folded) == 1:
            table[cp] = 0 if unicodedata.category(folded)[0] in "PSZC" else ord(folded)
    table[0x10000:0x20000] = np.where(
        np.array([unicodedata.category(chr(cp))[0] in "PSZC" for cp in range(0x10000, 0x20000)]), 0,
        table[0x10000:0x20000])  # emoji and other astral symbols
    for cp, rep in _opencc_classes(_han_chars()).items():
        table[cp] = rep
    return table


def codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def fold_codepoints(text: str) -> np.ndarray:
    """The dedup key of `text` as an array of folded code points (punctuation and space removed)."""
    folded = fold_table()[codepoints(text)]
    return folded[folded != 0]


def fold(text: str) -> str:
    """The dedup key as a string (for tests and debugging; hashing uses `fold_codepoints`)."""
    return fold_codepoints(text).tobytes().decode("utf-32-le")


def mix64(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads structured 64-bit values over all bits."""
    h = h ^ (h >> np.uint64(30))
    h = h * _MIX1
    h = h ^ (h >> np.uint64(27))
    h = h * _MIX2
    return h ^ (h >> np.uint64(31))


def shingle_hashes(key: np.ndarray, n: int = 5) -> np.ndarray:
    """uint64 hashes of the character n-grams of a folded key (one per position, not unique).

    A key shorter than `n` yields one hash of the whole key, so very short documents still
    have a signature."""
    with np.errstate(over="ignore"):
        k = key.astype(np.uint64)
        m = len(k) - n + 1
        if m <= 0:
            if len(k) == 0:
                return np.empty(0, dtype=np.uint64)
            m, n = 1, len(k)
        h = k[:m].copy()
        for j in range(1, n):
            h = h * _GRAM_MULT + k[j:j + m]
        return mix64(h)


def line_keys(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The folded key of `text` with its line structure.

    Returns (key, line_of_each_key_char, key_chars_per_line); lines are split on "\\n"."""
    cps = codepoints(text)
    folded = fold_table()[cps]
    line_no = np.cumsum(cps == 10)  # a newline belongs to the line it ends; it folds to 0 anyway
    keep = folded != 0
    key, key_lines = folded[keep], line_no[keep]
    per_line = np.bincount(key_lines, minlength=int(line_no[-1]) + 1 if len(line_no) else 1)
    return key, key_lines, per_line


def dedup_key(text: str, min_line_chars: int = 0, min_key_chars: int = 50) -> np.ndarray:
    """The folded key of the lines that carry at least `min_line_chars` key characters.

    Site chrome, bylines, dates and link lists are short lines; running text is long.  Keying
    on long lines keeps the key close to the article even when chrome was not cleaned, so a
    repost with other chrome keeps a high similarity.  When the long lines hold fewer than
    `min_key_chars` characters (short posts, lists, single sentences) the whole text is used."""
    key, key_lines, per_line = line_keys(text)
    if min_line_chars <= 0:
        return key
    long_key = key[per_line[key_lines] >= min_line_chars]
    return long_key if len(long_key) >= min_key_chars else key
