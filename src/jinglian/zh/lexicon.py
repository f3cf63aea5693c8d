"""Lexicons of Chinese web boilerplate, and the folding that lets one lexicon match every script.

The word lists live in `zh/data/*.txt` (plain text, one entry a line, `#` comments) and are
written in simplified script only.  Text is *folded* before matching: traditional to
simplified (OpenCC t2s), full-width ASCII to half-width, ASCII to lower case.  Folding keeps
the length whenever OpenCC does, so offsets in the folded text are offsets in the original.

Nothing here decides what to remove; `jinglian.steps.lines` combines these hits with
structure (length, punctuation, separators, position).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: Full-width ASCII (U+FF01..U+FF5E) to ASCII, ideographic space to space, ASCII to lower case.
_WIDTH_LOWER = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH_LOWER[0x3000] = 0x20
for _cp in range(ord("A"), ord("Z") + 1):
    _WIDTH_LOWER[_cp] = _cp + 32
for _cp in range(ord("Ａ"), ord("Ｚ") + 1):
    _WIDTH_LOWER[_cp] = _cp - 0xFEE0 + 32
_WIDTH_LOWER.update({ord("丨"): "|", ord("｜"): "|", ord("│"): "|", ord("┃"): "|", ord("︱"): "|"})
# the colons Taiwan's and Hong Kong's pages print from Big5 ("消息來源︰澳門日報"; held-out 180, session 26, read after
# its one measurement) and a ratio's colon, read as the ASCII colon every label pattern spells
_WIDTH_LOWER.update({ord("︰"): ":", ord("∶"): ":", ord("﹕"): ":"})
WIDTH_LOWER_TABLE = str.maketrans(_WIDTH_LOWER)

LABEL_CATEGORIES = ("meta", "source", "editor", "byline", "contact")
NOTICE_REASONS = ("repost_notice", "copyright")
#: OpenCC configurations whose output a simplified lexicon entry may appear in
VARIANT_CONFIGS = ("s2t", "s2tw", "s2hk")


#: a regex escape ("\\S", "\\d", "\\b") or a run of other characters
_ESCAPE_OR_TEXT = re.compile(r"\\.|[^\\]+")


def read_list(name: str) -> list[str]:
    """Entries of `zh/data/<name>`, comments and blank lines skipped, ASCII lower-cased outside
    regex escapes (lower-casing "\\S" made it "\\s": a pattern's "any non-space" became "any space")."""
    text = resources.files("jinglian.zh").joinpath("data", name).read_text(encoding="utf-8")
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(_ESCAPE_OR_TEXT.sub(lambda m: m.group() if m.group()[0] == "\\" else m.group().translate(WIDTH_LOWER_TABLE), line))
    return out


def alternation(words: list[str] | set[str]) -> str:
    """A regex alternation that prefers the longest entry at each position."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def list_pattern(name: str, groups: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The word list `zh/data/<name>` as one regex: its literal entries (longest first), its `re:`
    entries as patterns, and entries tagged `<group>:` (patterns) each inside a named group,
    behind a lookahead on the characters a match can start with (`first:` lines give those of the
    patterns), which lets the engine skip most positions of ordinary text."""
    literals, patterns, first = [], [], set()
    tagged: dict[str, list[str]] = {g: [] for g in groups}
    for entry in read_list(name):
        tag, _, rest = entry.partition(":")
        if tag == "first" and rest:
            first.update(rest)
        elif tag == "re" and rest:
            patterns.append(rest)
        elif tag in tagged and rest:
            tagged[tag].append(rest)
        else:
            literals.append(entry)
    first.update(w[0] for w in literals)
    body = ([alternation(literals)] + [f"(?:{p})" for p in patterns]
            + [f"(?P<{g}>{'|'.join(entries)})" for g, entries in tagged.items()])
    return re.compile(f"(?=[{re.escape(''.join(sorted(first)))}])(?:{'|'.join(body)})")


@dataclass(frozen=True)
class Lexicon:
    """Compiled lexicons.  Build once per process with `load_lexicon()`."""

    chrome_re: re.Pattern  # chrome words and share targets, for coverage of a short line
    chrome_words: frozenset[str]
    channels: frozenset[str]
    spam_re: re.Pattern
    labels: dict[str, frozenset[str]]  # category -> labels
    label_re: re.Pattern  # a label at the start of a (bracket-stripped) line
    label_category: dict[str, str]  # label -> category (first listed wins)
    notices: tuple[tuple[str, re.Pattern], ...]  # (reason, pattern)
    notice_key_re: re.Pattern  # key words of the notices in every script, on *unfolded* text


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    chrome = read_list("chrome.txt")
    social = read_list("social.txt")
    labels: dict[str, set[str]] = {c: set() for c in LABEL_CATEGORIES}
    label_category: dict[str, str] = {}
    colon_only: set[str] = set()  # "source:": a label only before its colon (an English word too)
    for row in read_list("labels.txt"):
        category, label = row.split("\t")
        if label.endswith(":"):
            label = label[:-1]
            colon_only.add(label)
        labels[category].add(label)
        label_category.setdefault(label, category)
    notices = []
    keys: list[str] = []
    for row in read_list("notices.txt"):
        reason, pattern = row.split("\t", 1)
        if reason == "key":
            keys.append(pattern)
            continue
        if reason not in NOTICE_REASONS:
            raise ValueError(f"notices.txt: unknown reason {reason!r}")
        notices.append((reason, re.compile(pattern)))
    all_labels = set().union(*labels.values()) - colon_only
    before_colon = f"|(?:{alternation(colon_only)})(?=\\s*:)" if colon_only else ""
    return Lexicon(
        chrome_re=re.compile(alternation(chrome + social)),
        chrome_words=frozenset(chrome + social),
        channels=frozenset(read_list("channels.txt")),
        spam_re=re.compile(alternation(read_list("spam.txt"))),
        labels={c: frozenset(v) for c, v in labels.items()},
        # "本文编辑", "网络编辑", "值班编辑": a qualifier may come before the label; before a source
        # label followed by its separator any two Han do ("素材来源：", "稿源出处："; issue 14 round 2),
        # and before an editor label ("核稿编辑：", "医学审核："; round 3, held-out 10/11)
        # (session 13, held-out 39: "核稿編輯／某某" as with a colon, and a list number before the label,
        # "1.媒體來源: 某報", a numbered list of the sources at an article's end)
        label_re=re.compile(r"(?:\d{1,2}[.、]\s*)?(?:本文|本期|本版|本篇|本条|该文|原文|网络|文字|图片|视频|值班|实习|特约"
                            r"|[\u4e00-\u9fff]{2}(?=(?:来源|出处|编辑|审核|审校|校对)\s*[:|/]))?"
                            f"(?P<label>{alternation(all_labels)}{before_colon})"),
        label_category=label_category,
        notices=tuple(notices),
        # ASCII keys in three cases rather than re.IGNORECASE, which is ten times slower here
        notice_key_re=re.compile(alternation({v for k in script_variants(keys) for v in (k, k.upper(), k.capitalize())})),
    )


def script_variants(words: list[str]) -> set[str]:
    """Each word with its traditional forms (Taiwan, Hong Kong), for matching unfolded text."""
    import opencc

    converters = [opencc.OpenCC(c) for c in VARIANT_CONFIGS]
    out = set(words)
    for w in words:
        out.update(c.convert(w) for c in converters)
    return out


class Folder:
    """Folds text for lexicon matching: t2s, full-width to half-width, lower case.

    Holds an OpenCC converter, so create it in a step's `setup()`, not at import time.
    """

    def __init__(self) -> None:
        import opencc

        self._t2s = opencc.OpenCC("t2s")

    def fold(self, text: str) -> str:
        return self._t2s.convert(text).translate(WIDTH_LOWER_TABLE)

    def fold_lines(self, lines: list[str]) -> list[str]:
        """Fold many lines with one OpenCC call when it keeps lengths (the common case)."""
        joined = "\n".join(lines)
        folded = self._t2s.convert(joined)
        if len(folded) == len(joined):
            out = folded.translate(WIDTH_LOWER_TABLE).split("\n")
            if len(out) == len(lines):
                return out
        return [self.fold(line) for line in lines]
