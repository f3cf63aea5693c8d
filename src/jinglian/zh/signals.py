"""Pure document-quality signals for Chinese text, all character-level.

Gopher/C4-style rules count words split on white space and English punctuation; on
Chinese that makes a paragraph one "word".  Everything here counts characters and
lines instead, and the repetition signals use character n-grams.

`document_signals(text)` returns every signal as a flat dict of numbers (plus the
dominant script `lang`), stored on each document by the `quality.signals` annotator so
thresholds can be chosen afterwards on real distributions.

Speed: the text is turned into a numpy array of code points once; a 1.1 MB lookup table
gives each code point a class (space, Han, kana, Latin, ...), so all the script counts
are one `bincount`, and n-gram repetition is a few vector operations.  Python loops run
per line, never per character.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from .encoding import mojibake_score
from .text import HAN_RANGES, HAN_RE, TERMINAL_PUNCT

# --- code-point classes ---------------------------------------------------------------

OTHER, SPACE, NEWLINE, HAN, KANA, HANGUL, LATIN, CYRILLIC, ARABIC, DIGIT = range(10)
N_CLASSES = 10
_WHITESPACE = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"


@lru_cache(maxsize=1)
def class_table() -> np.ndarray:
    """uint8 class of every code point (index = code point)."""
    t = np.zeros(0x110000, dtype=np.uint8)
    for a, b in HAN_RANGES:
        t[a:b + 1] = HAN
    t[0x3040:0x3100] = KANA
    t[0x31F0:0x3200] = KANA
    for a, b in ((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F)):
        t[a:b + 1] = HANGUL
    t[ord("A"):ord("Z") + 1] = LATIN
    t[ord("a"):ord("z") + 1] = LATIN
    t[0xC0:0x250] = LATIN
    t[0xD7] = t[0xF7] = OTHER  # × ÷
    t[0x400:0x500] = CYRILLIC
    t[0x600:0x700] = ARABIC
    t[ord("0"):ord("9") + 1] = DIGIT
    for ch in _WHITESPACE:
        t[ord(ch)] = SPACE
    t[ord("\n")] = NEWLINE
    return t


def codepoints(text: str) -> np.ndarray:
    """The text as a uint32 array; index i is `text[i]` (UTF-32 keeps Python's indexing)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def class_counts(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(code points, their classes, count per class)."""
    cps = codepoints(text)
    cls = class_table()[cps]
    return cps, cls, np.bincount(cls, minlength=N_CLASSES)


def visible_len(text: str) -> int:
    """Characters that are not white space."""
    return len(text) - sum(text.count(c) for c in " \n\t\u3000\r\xa0")


# --- spam lexicon ---------------------------------------------------------------------

_BIGRAM_BITS = 20
_BIGRAM_MASK = (1 << _BIGRAM_BITS) - 1


@lru_cache(maxsize=1)
def spam_lexicon() -> tuple[re.Pattern[str], frozenset[str], np.ndarray]:
    """The spam lexicon: (regex of all terms, the terms, bigram table).

    Kept in `zh/data/spam.txt` (shared with the line classifier), one term per line in simplified script; the
    traditional forms are added at load time with OpenCC so both scripts match.  The
    bigram table marks the (hashed) first two characters of every term, so `spam_chars`
    finds candidate positions with two vector operations and runs the regex only there.
    """
    raw = resources.files("jinglian.zh").joinpath("data/spam.txt").read_text(encoding="utf-8")
    terms = {t.strip().lower() for t in raw.splitlines() if t.strip() and not t.startswith("#")}
    import opencc

    for config in ("s2t", "s2tw", "s2hk"):
        conv = opencc.OpenCC(config)
        terms |= {conv.convert(t) for t in terms}
    terms = {t for t in terms if len(t) >= 2}
    ordered = sorted(terms, key=len, reverse=True)
    rx = re.compile("|".join(map(re.escape, ordered)), re.IGNORECASE)
    table = np.zeros(1 << _BIGRAM_BITS, dtype=bool)
    for t in terms:
        for a in {t[0], t[0].upper()}:
            for b in {t[1], t[1].upper()}:
                table[_bigram_slot(ord(a), ord(b))] = True
    return rx, frozenset(terms), table


def _bigram_slot(a, b):
    return ((a * 1_000_003) ^ b) & _BIGRAM_MASK


def spam_chars(text: str, cps: np.ndarray | None = None) -> int:
    """Characters covered by spam-lexicon terms (leftmost-longest, non-overlapping)."""
    rx, _, table = spam_lexicon()
    if cps is None:
        cps = codepoints(text)
    if len(cps) < 2:
        return 0
    c = cps.astype(np.int64)
    hits = np.flatnonzero(table[((c[:-1] * 1_000_003) ^ c[1:]) & _BIGRAM_MASK])
    covered, pos = 0, 0
    for i in hits.tolist():
        if i < pos:
            continue
        m = rx.match(text, i)
        if m:
            covered += m.end() - i
            pos = m.end()
    return covered


# --- language by script -------------------------------------------------------------

def language_of(counts: np.ndarray, n_visible: int) -> tuple[str, dict[str, float]]:
    """Dominant language by script: zh (Han, little kana), ja, ko, latin, cyrillic, arabic.

    Script shares are enough to tell Chinese from the languages web crawl mixes in; a
    full language-ID model is not needed for that decision.
    """
    if not n_visible:
        return "unknown", {}
    shares = {name: float(counts[c]) / n_visible for name, c in
              (("han", HAN), ("kana", KANA), ("hangul", HANGUL), ("latin", LATIN), ("cyrillic", CYRILLIC), ("arabic", ARABIC))}
    # Japanese mixes Han and kana; a few kana in Chinese text are usually emoticons/names.
    if shares["kana"] >= 0.05 and shares["kana"] >= 0.2 * shares["han"]:
        return "ja", shares
    best = max(("han", "hangul", "latin", "cyrillic", "arabic"), key=lambda k: shares[k])
    if shares[best] == 0:
        return "unknown", shares
    return {"han": "zh", "hangul": "ko"}.get(best, best), shares


# --- repetition -----------------------------------------------------------------------

_K = 1_000_003  # odd, so it has an inverse modulo 2**64
_K_INV = pow(_K, -1, 1 << 64)
#: n-gram statistics look at the first this many visible characters of a document
NGRAM_MAX_CHARS = 200_000


@lru_cache(maxsize=1)
def power_tables() -> tuple[np.ndarray, np.ndarray]:
    """K**i and K**-i modulo 2**64 for i < NGRAM_MAX_CHARS + 1."""
    n = NGRAM_MAX_CHARS + 1
    pw = np.empty(n, dtype=np.uint64)
    inv = np.empty(n, dtype=np.uint64)
    a, b = 1, 1
    # blocks of 1024 by numpy, the start of each block by Python ints
    step_k, step_inv = pow(_K, 1024, 1 << 64), pow(_K_INV, 1024, 1 << 64)
    base_k = np.array([pow(_K, i, 1 << 64) for i in range(1024)], dtype=np.uint64)
    base_inv = np.array([pow(_K_INV, i, 1 << 64) for i in range(1024)], dtype=np.uint64)
    for start in range(0, n, 1024):
        stop = min(n, start + 1024)
        pw[start:stop] = base_k[:stop - start] * np.uint64(a)
        inv[start:stop] = base_inv[:stop - start] * np.uint64(b)
        a, b = a * step_k % (1 << 64), b * step_inv % (1 << 64)
    return pw, inv


def window_hashes(cps: np.ndarray, n: int, prefix: np.ndarray | None = None) -> np.ndarray:
    """A 64-bit polynomial hash of every n-character window.

    With P the prefix sums of c[j]*K**j, the window at i is (P[i+n] - P[i]) * K**-i: the
    same n-gram gets the same hash wherever it is, in a fixed number of vector operations
    for any n (arithmetic wraps modulo 2**64; K is odd, so K**-i exists).
    """
    pw, inv = power_tables()
    c = cps[:NGRAM_MAX_CHARS]
    if prefix is None:
        prefix = _prefix_sums(c)
    m = len(c) - n + 1
    if m <= 0:
        return np.empty(0, dtype=np.uint64)
    return (prefix[n:n + m] - prefix[:m]) * inv[:m]


def _prefix_sums(c: np.ndarray) -> np.ndarray:
    pw, _ = power_tables()
    prefix = np.zeros(len(c) + 1, dtype=np.uint64)
    np.cumsum(c.astype(np.uint64) * pw[:len(c)], out=prefix[1:])
    return prefix


def top_ngram_share(hashes: np.ndarray, n: int, total: int) -> float:
    """Share of characters in the most frequent n-gram (0 when none repeats).

    Counted in 4096 buckets of the hash's top bits instead of sorting: other n-grams
    falling into the top bucket add about len/4096 occurrences, i.e. under 0.1 % to the
    share at any length; short documents are all but exact.
    """
    if len(hashes) < 2:
        return 0.0
    # Fibonacci hashing: the top bits of hash * golden-ratio constant mix every input bit
    buckets = (hashes * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(52)
    top = int(np.bincount(buckets.astype(np.intp), minlength=1).max())
    return min(1.0, top * n / total) if top > 1 else 0.0


def repeated_ngram_share(hashes: np.ndarray) -> float:
    """Share of n-gram windows whose n-gram occurs more than once."""
    if len(hashes) < 2:
        return 0.0
    hs = np.sort(hashes)
    same = hs[1:] == hs[:-1]
    n_same = int(np.count_nonzero(same))
    if not n_same:
        return 0.0
    # windows in a run of k equal hashes: k; a run contributes k-1 to n_same
    runs_starting = int(np.count_nonzero(same[1:] & ~same[:-1])) + int(same[0])
    return (n_same + runs_starting) / len(hs)


#: Filler: underscores, dots, dashes, tildes, equals signs, asterisks, hashes, plus signs and
#: box-drawing characters.  Runs of them are blanks of exercises and forms ("（______）",
#: "........") and the rules of text-drawn tables and plain-text pages ("+-----+", "=====",
#: "*****"), not repeated language, so the repetition signals look at the text without them.
_FILLER = "_＿.．·・…⋯‥-－—–―~～=＝*＊#＃+＋"
_BOX_DRAWING = (0x2500, 0x259F)  # box drawing and block elements
#: code point (BMP) -> is filler; one table lookup per character (np.isin sorted every text)
_IS_FILLER = np.zeros(0x10000, dtype=bool)
_IS_FILLER[[ord(c) for c in _FILLER]] = True
_IS_FILLER[_BOX_DRAWING[0]:_BOX_DRAWING[1] + 1] = True


def without_filler_runs(cps: np.ndarray) -> np.ndarray:
    """`cps` without runs of two or more filler characters (a lone '.' or '-' stays)."""
    f = _IS_FILLER[np.minimum(cps, 0xFFFF)]  # U+FFFF (a noncharacter) stands for the astral planes: not filler
    if not f.any():
        return cps
    in_run = np.zeros_like(f)
    in_run[1:] = f[1:] & f[:-1]
    in_run[:-1] |= f[:-1] & f[1:]
    return cps[~in_run]


def ngram_repetition(cps: np.ndarray, n: int) -> tuple[float, float]:
    """(share of characters in the most frequent n-gram, share of n-gram windows whose
    n-gram occurs more than once), over code points with white space removed."""
    h = window_hashes(cps, n)
    return top_ngram_share(h, n, min(len(cps), NGRAM_MAX_CHARS)), repeated_ngram_share(h)


# --- lines ----------------------------------------------------------------------------

_CLOSERS = "”’」』）)]】》\"'"
_TERMINALS = frozenset(TERMINAL_PUNCT)


def ends_sentence(line: str) -> bool:
    """Same rule as `text.TERMINAL_RE` (terminal punctuation, closing quotes allowed after),
    without a regex search over the whole line."""
    return line.rstrip().rstrip(_CLOSERS)[-1:] in _TERMINALS


_LIST_SEP_RE = re.compile(r"[\s_|｜,，、/\-—·•>»]+")


def is_list_line(line: str, has_han: bool = True, ends: bool | None = None) -> bool:
    """A line of ≥ 4 short Chinese items joined by separators, without sentence punctuation.

    This is the shape of SEO keyword stuffing ("A_B_C_D") and of navigation bars
    ("首页 新闻 财经 科技"), whatever the words are.
    """
    if not has_han or len(line) > 300 or (ends_sentence(line) if ends is None else ends):
        return False
    items = [p for p in _LIST_SEP_RE.split(line) if p]
    return len(items) >= 4 and max(map(len, items)) <= 12


def _duplicate_share(units: list[str], lengths: list[int], total: int) -> float:
    if not total or len(units) < 2:
        return 0.0
    seen: set[str] = set()
    dup = 0
    for u, n in zip(units, lengths):
        if u in seen:
            dup += n
        else:
            seen.add(u)
    return dup / total


_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+")
#: English function words: a command line ("git config --global --list") has none
_FUNCTION_WORDS = frozenset("a an the to of and or in on at for from with by is are was be it this that you your we "
                            "can will not as if then when".split())


def is_code_line(line: str) -> bool:
    """A line without Han that is not prose: a command, a path, an assignment or a symbol
    left over from a code block.  Prose (English) has three or more words that make up most
    of the line, one of them a function word."""
    if HAN_RE.search(line):
        return False
    words = _WORD_RE.findall(line)
    if len(words) < 3 or sum(map(len, words)) + line.count(" ") < 0.7 * len(line):
        return True
    return not any(w.lower() in _FUNCTION_WORDS for w in words)


def prose_han_ratio(lines: list[str], n_han: int, n_visible: int) -> float:
    """Han share of the visible characters outside code lines, so a Chinese how-to whose
    page is mostly commands is still read as Chinese (`lines`: stripped, non-empty)."""
    code = sum(len(ln) - ln.count(" ") for ln in lines if is_code_line(ln))
    return n_han / (n_visible - code) if n_visible > code else 0.0


def document_signals(text: str) -> dict[str, Any]:
    """Every quality signal of `text` (see module docstring)."""
    cps, cls, counts = class_counts(text)
    n_visible = int(len(text) - counts[SPACE] - counts[NEWLINE])
    n_han = int(counts[HAN])
    lang, _ = language_of(counts, n_visible)
    lines = [ln for ln in (x.strip() for x in text.split("\n")) if ln]
    n_lines = len(lines)
    line_lens = [len(ln) - ln.count(" ") for ln in lines]
    terminal = [ends_sentence(ln) for ln in lines]
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    visible = without_filler_runs(cps[(cls != SPACE) & (cls != NEWLINE)])
    visible = visible[:NGRAM_MAX_CHARS]
    prefix = _prefix_sums(visible)
    top4 = top_ngram_share(window_hashes(visible, 4, prefix), 4, len(visible))
    dup10 = repeated_ngram_share(window_hashes(visible, 10, prefix))
    list_lines = sum(1 for ln, t, n in zip(lines, terminal, line_lens) if not t and n >= 8 and is_list_line(ln, HAN_RE.search(ln) is not None, False))
    return {
        "n_chars": n_visible,
        "n_han": n_han,
        "han_ratio": round(n_han / n_visible, 4) if n_visible else 0.0,
        "lang": lang,
        "prose_han_ratio": round(prose_han_ratio(lines, n_han, n_visible), 4),
        "n_lines": n_lines,
        "mean_line_chars": round(sum(line_lens) / n_lines, 2) if n_lines else 0.0,
        "max_line_chars": max(line_lens, default=0),
        "short_line_share": round(sum(1 for n in line_lens if n < 10) / n_lines, 4) if n_lines else 0.0,
        "terminal_punct_share": round(sum(terminal) / n_lines, 4) if n_lines else 0.0,
        "list_line_share": round(list_lines / n_lines, 4) if n_lines else 0.0,
        "dup_line_share": round(_duplicate_share(lines, line_lens, sum(line_lens)), 4),
        "dup_paragraph_share": round(_duplicate_share(paragraphs, [len(p) for p in paragraphs], n_visible), 4),
        "top_4gram_share": round(top4, 4),
        "dup_10gram_share": round(dup10, 4),
        "spam_density": round(spam_chars(text, cps) / n_visible, 4) if n_visible else 0.0,
        "mojibake": round(mojibake_score(text, n_visible), 4),
    }
