"""Document quality: signals on every document, then filters with recipe thresholds.

Measure, then decide: `quality.signals` stores every signal of `jinglian.zh.signals` in
`doc.scores` (kept and dropped documents alike); each filter compares a few of them to
its thresholds, which are recipe parameters.  A filter recomputes the signals when the
annotator did not run before it, so it can also be used alone.

Thresholds were chosen on the signal distributions of, together: the dev set
(`shared/data/devset`, 98 good pages and 20 junk pages in five kinds, measured before and
after line cleaning), the three seed pages, and the 75 human-annotated magic-html-zh gold
pages (53 articles, 22 forum/Q&A; none may be rejected).  Each threshold's comment gives
the numbers it sits between.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

from ..document import Document, Drop
from ..step import Annotator, Filter
from ..zh import signals as zh_signals

#: the keys `quality.signals` stores (a filter recomputes them when one is missing)
SIGNAL_KEYS = (
    "n_chars", "n_han", "han_ratio", "lang", "n_lines", "mean_line_chars", "max_line_chars",
    "terminal_punct_share", "list_line_share", "dup_line_share", "dup_paragraph_share",
    "top_4gram_share", "dup_10gram_share", "spam_density", "mojibake",
)


def quality_score(s: dict[str, Any]) -> float:
    """One score in [0, 1] that ranks copies of the same text (the dedup survivor tie-break).

    The product of five shares, each 1 on clean Chinese running text, so any one defect pulls
    it down:  han_ratio  x  (1 - spam_density)  x  (1 - mojibake)  x  (1 - dup_10gram_share)
    x  (1 + terminal_punct_share) / 2  (a page whose lines never end a sentence keeps half).
    It is not a keep/drop threshold: the filters below decide on the signals themselves."""
    if not s.get("n_chars"):
        return 0.0
    q = (s["han_ratio"] * (1.0 - s["spam_density"]) * (1.0 - s["mojibake"]) * (1.0 - s["dup_10gram_share"])
         * (1.0 + s["terminal_punct_share"]) / 2.0)
    return round(min(1.0, max(0.0, q)), 4)


def signals_of(doc: Document) -> dict[str, Any]:
    """The document's stored signals, or freshly computed ones if any is missing."""
    s = doc.scores
    if all(k in s for k in SIGNAL_KEYS):
        return s
    return zh_signals.document_signals(doc.text)


@dataclass
class Signals(Annotator):
    """Store the quality signals (Han ratio, lengths, line statistics, repetition,
    spam-lexicon density, mojibake score, script-based language) on every document, and
    `quality`, one score made from them (`quality_score`) that dedup uses to pick between
    equally complete copies."""

    name: ClassVar[str] = "quality.signals"
    reasons: ClassVar[dict[str, str]] = {}

    def setup(self) -> None:
        zh_signals.spam_lexicon()
        zh_signals.class_table()
        zh_signals.power_tables()

    def annotate(self, doc: Document) -> dict[str, Any]:
        s = zh_signals.document_signals(doc.text)
        s["quality"] = quality_score(s)
        return s


@dataclass
class Language(Filter):
    """Drop documents whose language (by script) is not one of `languages`.

    A page counts as Chinese ("zh") when Han characters are at least `min_han_ratio` of
    its visible characters (and kana do not mark it as Japanese): technical pages mix a
    lot of code and English into Chinese prose.  A how-to that is mostly commands counts
    too when the ratio outside its code lines reaches it (`prose_han_ratio`) and it holds
    at least `min_prose_han` Han characters of its own.
    """

    name: ClassVar[str] = "quality.language"
    reasons: ClassVar[dict[str, str]] = {
        "quality.language": "the document's language (by script) is not one of the configured languages",
    }
    languages: tuple[str, ...] = ("zh",)
    #: Gold forum pages full of code have Han ratios down to 0.29 (magic-html-zh), dev set
    #: good pages ≥ 0.57; English and mojibake junk pages have 0.0.  0.15 keeps a margin
    #: below the lowest real Chinese page.
    min_han_ratio: float = 0.15
    #: A Laravel China proxy how-to (held-out set 3, d000120) is 0.127 Han overall, 0.340
    #: outside its command lines, with 53 Han characters; a code-only page with a Chinese
    #: menu word or two has fewer than 20.
    min_prose_han: int = 20

    def filter(self, doc: Document) -> Drop | None:
        s = signals_of(doc)
        lang = s["lang"]
        if lang != "ja":
            chinese = s["han_ratio"] >= self.min_han_ratio or (
                s.get("prose_han_ratio", 0.0) >= self.min_han_ratio and s["n_han"] >= self.min_prose_han)
            lang = "zh" if chinese else ("unknown" if lang == "zh" else lang)
        if lang in self.languages:
            return None
        return Drop("quality.language", {"lang": lang, "han_ratio": s["han_ratio"], "languages": list(self.languages)})


@dataclass
class TooShort(Filter):
    """Drop near-empty pages: too few characters, or one lone line that is not a sentence
    (a title or a link left over from a page whose body is missing)."""

    name: ClassVar[str] = "quality.too_short"
    reasons: ClassVar[dict[str, str]] = {
        "quality.near_empty": "too little text to be a document (fewer than min_chars, or a lone non-sentence line)",
    }
    #: Shortest good page: 65 visible characters (magic-html-zh gold, a 5-line forum post;
    #: dev set good pages ≥ 170); lone-title junk pages have 4–15.  40 sits between.
    min_chars: int = 40
    #: A single line without sentence-final punctuation shorter than this is a lone title
    #: (news titles run to ~60 characters); no good page in the data is a single line.
    max_lone_line_chars: int = 80

    def filter(self, doc: Document) -> Drop | None:
        s = signals_of(doc)
        if s["n_chars"] < self.min_chars:
            return Drop("quality.near_empty", {"n_chars": s["n_chars"], "min_chars": self.min_chars})
        if s["n_lines"] == 1 and s["terminal_punct_share"] == 0 and s["n_chars"] < self.max_lone_line_chars:
            return Drop("quality.near_empty", {"n_chars": s["n_chars"], "lone_line": True})
        return None


@dataclass
class Spam(Filter):
    """Drop spam pages: dense spam vocabulary, or a page made of keyword lists."""

    name: ClassVar[str] = "quality.spam"
    reasons: ClassVar[dict[str, str]] = {
        "quality.spam": "spam vocabulary (gambling, porn, fake invoices, loans, SEO bait) covers much of the page",
        "quality.keyword_lists": "most lines are keyword lists (short items joined by separators, no sentences)",
    }
    #: Spam-lexicon coverage of visible characters.  Dev set spam pages: 0.81–0.85; good
    #: pages ≤ 0.15 before line cleaning (one SEO spam line on a short repost) and ≤ 0.003
    #: on the gold pages.  0.4 is far from both.
    max_spam_density: float = 0.4
    #: Share of lines that are keyword lists.  Spam pages: 1.0; good pages ≤ 0.5 before
    #: line cleaning (dev set), ≤ 0.3 on the gold pages.  Needs `min_lines` lines.
    max_list_line_share: float = 0.75
    min_lines: int = 3

    def filter(self, doc: Document) -> Drop | None:
        s = signals_of(doc)
        if s["spam_density"] > self.max_spam_density:
            return Drop("quality.spam", {"spam_density": s["spam_density"]})
        if s["n_lines"] >= self.min_lines and s["list_line_share"] > self.max_list_line_share:
            return Drop("quality.keyword_lists", {"list_line_share": s["list_line_share"]})
        return None


_SPACE_RE = re.compile(r"\s+")


@dataclass
class Navigation(Filter):
    """Drop navigation-only pages: most lines are site chrome (menus, account links,
    share bars, "previous/next" links) and no line is a sentence-rich paragraph.

    Uses the chrome vocabulary of `jinglian.zh.lexicon` (shared with the line steps),
    matched on text folded to simplified, half-width, lower case.
    """

    name: ClassVar[str] = "quality.navigation"
    reasons: ClassVar[dict[str, str]] = {
        "quality.navigation": "a navigation-only page: most lines are site chrome and none is running text",
    }
    #: Share of lines that chrome words cover at least half of.  Dev set navigation pages:
    #: 0.58–0.90; good pages ≤ 0.27 before line cleaning, gold pages ≤ 0.20.
    max_chrome_line_share: float = 0.45
    #: Pages where this share of lines end a sentence, or with a line this long, are
    #: running text whatever the chrome (good pages: median 0.47 and 167 characters;
    #: navigation pages: 0.0 and ≤ 17); they are not checked further, which keeps it cheap.
    skip_if_terminal_share: float = 0.5
    skip_if_line_chars: int = 80

    def setup(self) -> None:
        from ..zh.lexicon import Folder, load_lexicon

        self._chrome_re = load_lexicon().chrome_re
        self._folder = Folder()

    def chrome_line_share(self, text: str) -> float:
        lines = [ln for ln in (x.strip() for x in text.split("\n")) if ln]
        if not lines:
            return 0.0
        n = 0
        for line in self._folder.fold_lines(lines):
            visible = len(_SPACE_RE.sub("", line))
            covered = sum(len(_SPACE_RE.sub("", m)) for m in self._chrome_re.findall(line))
            n += covered * 2 >= visible
        return n / len(lines)

    def filter(self, doc: Document) -> Drop | None:
        s = signals_of(doc)
        if s["terminal_punct_share"] >= self.skip_if_terminal_share or s["max_line_chars"] >= self.skip_if_line_chars:
            return None
        self.ensure_setup()
        share = self.chrome_line_share(doc.text)
        if share > self.max_chrome_line_share:
            return Drop("quality.navigation", {"chrome_line_share": round(share, 4)})
        return None


@dataclass
class Repetition(Filter):
    """Drop pages that repeat themselves: duplicated lines or one n-gram everywhere."""

    name: ClassVar[str] = "quality.repetition"
    reasons: ClassVar[dict[str, str]] = {
        "quality.repeated_lines": "a large share of the characters is in lines that occur more than once",
        "quality.repeated_ngrams": "one character n-gram covers a large share of the page",
    }
    #: Good pages: dup_line_share ≤ 0.22 (a forum page quoting posts), top 4-gram ≤ 0.13
    #: (gold + dev set).  Gopher's English limits (0.30 duplicate lines, 0.16 top 4-gram)
    #: are close; ours leave more room for short Chinese pages.
    max_dup_line_share: float = 0.4
    max_top_4gram_share: float = 0.25

    def filter(self, doc: Document) -> Drop | None:
        s = signals_of(doc)
        if s["dup_line_share"] > self.max_dup_line_share:
            return Drop("quality.repeated_lines", {"dup_line_share": s["dup_line_share"]})
        if s["top_4gram_share"] > self.max_top_4gram_share:
            return Drop("quality.repeated_ngrams", {"top_4gram_share": s["top_4gram_share"]})
        return None


STEPS = [Signals, Language, TooShort, Spam, Navigation, Repetition]
