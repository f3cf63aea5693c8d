"""The `lines.noise` step: features per line, the rules, then the layout."""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ...document import Document, Span
from ...step import Editor
from ...zh.lexicon import Folder, Lexicon, load_lexicon
from ...zh.text import wide_chars
from .features import LEAD, LineFeatures, Verdict, head_of, line_features, paragraph_features, reads_as_paragraph
from .layout import Reasons, place
from .params import LineParams
from .patterns import ends_sentence
from .rules import LINE_RULES, PARAGRAPH_RULES, judge


@dataclass(frozen=True)
class LineNoise(LineParams, Editor):
    """Remove noise lines (chrome, meta, byline, source, editor, notices, contact, spam,
    repeated title, foreign fragment) with one reason each."""

    name: ClassVar[str] = "lines.noise"
    reasons: ClassVar[dict[str, str]] = {
        "lines.site_chrome": "navigation, account, share, comment, recommendation and prev/next lines",
        "lines.meta": "date / views / comment-count lines",
        "lines.byline": "reporter / author byline at the edge of the article",
        "lines.source": "'来源:' source line at the edge of the article",
        "lines.editor": "'责任编辑:' editor / reviewer line",
        "lines.repost_notice": "repost, attribution and 'contact us to delete' notices",
        "lines.copyright": "copyright, disclaimer and ICP / licence notices",
        "lines.contact": "contact-block line (hotline, e-mail, QQ, WeChat, address)",
        "lines.seo_spam": "keyword-stuffed list of porn / gambling / ad terms",
        "lines.repeated_title": "the title printed again",
        "lines.foreign_fragment": "truncated fragment of another page glued before the article",
        "lines.after_footer": "short line after the article's end marker (widgets, slogans, links)",
        "lines.about_company": "a company's description of itself ('某某有限公司是一家…') at the edge of the page",
        "lines.headline_list": "a run of other pages' titles before or after the article (related, latest, questions)",
    }
    #: lines (features and verdict) kept per step object: templates repeat across the pages
    #: of a site, so most chrome lines are seen many times (a memory bound, cleared when full)
    verdict_cache: ClassVar[int] = 200_000

    def setup(self) -> None:
        # the step is frozen (its fields are its parameters); resources go beside them
        object.__setattr__(self, "_lex", load_lexicon())
        object.__setattr__(self, "_folder", Folder())
        object.__setattr__(self, "_verdicts", {})

    def details(self) -> list[str]:
        return [f"line rules, first verdict wins: {' > '.join(r.name for r in LINE_RULES)}",
                f"paragraph rules: {' > '.join(r.name for r in PARAGRAPH_RULES)}",
                "then by position: body window, contact heads, footer cut, repeated title, foreign fragment, headline runs"]

    def edit(self, doc: Document) -> list[Span]:
        self.ensure_setup()
        raw = doc.text.split("\n")
        return line_spans(raw, self.classify(raw))

    def classify(self, raw: list[str]) -> Reasons:
        """One reason (or None) per line of the document."""
        lex: Lexicon = self._lex
        cache: dict[str, tuple[LineFeatures, Verdict | None]] = self._verdicts
        infos: list[LineFeatures | None] = [None] * len(raw)
        verdicts: list[Verdict | None] = [None] * len(raw)
        short: list[int] = []
        paragraphs: list[tuple[int, str, int, bool, bool]] = []  # (i, text, wide, ends, notice key)
        for i, line in enumerate(raw):
            s = line.strip()
            if not s:
                continue
            wide = wide_chars(s)
            ends = ends_sentence(s)
            if not reads_as_paragraph(s, wide, ends, self):
                short.append(i)
                continue
            # paragraphs are folded whole only to look for notices in them (their own cache
            # keys); their leads are folded with the short lines, in one batch
            notice = len(s) <= self.notice_max and bool(lex.notice_key_re.search(s))
            if notice and "\x00" + s in cache:
                infos[i], verdicts[i] = cache["\x00" + s]
                continue
            paragraphs.append((i, s, wide, ends, notice))
        if not (short or paragraphs):
            return place(infos, verdicts, raw, self)
        leads = [head_of(s)[:LEAD] for _, s, _, _, _ in paragraphs]
        folded = self._folder.fold_lines([raw[i] for i in short] + leads)
        for (i, s, wide, ends, notice), lead in zip(paragraphs, folded[len(short):]):
            if notice:
                x = paragraph_features(s, wide, ends, lead, self._folder.fold(s).strip(), self)
                infos[i], verdicts[i] = self._remember("\x00" + s, x)
            else:
                x = infos[i] = paragraph_features(s, wide, ends, lead, None, self)
                verdicts[i] = judge(x, self, lex)
        for i, f in zip(short, folded):
            s = f.strip()
            known = cache.get(s)
            if known is None:
                known = self._remember(s, line_features(s, self, lex))
            infos[i], verdicts[i] = known
        return place(infos, verdicts, raw, self)

    def _remember(self, key: str, x: LineFeatures) -> tuple[LineFeatures, Verdict | None]:
        """Judge a line and keep its features and verdict, both functions of `key` alone."""
        cache = self._verdicts
        if len(cache) >= self.verdict_cache:
            cache.clear()
        known = cache[key] = (x, judge(x, self, self._lex))
        return known


def line_spans(raw: list[str], reasons: list[str | None]) -> list[Span]:
    """Spans covering each flagged line, its newline and the blank lines after it."""
    spans: list[Span] = []
    pos = 0
    n = len(raw)
    starts = []
    for line in raw:
        starts.append(pos)
        pos += len(line) + 1
    total = pos - 1  # no newline after the last line
    i = 0
    while i < n:
        reason = reasons[i]
        if reason is None:
            i += 1
            continue
        j = i + 1
        while j < n and not raw[j].strip():
            j += 1
        spans.append(Span(starts[i], starts[j] if j < n else total, reason))
        i = j
    if spans and spans[-1].end == total and total > 0:
        # the page ends with removed lines: the first of them takes the newline before it
        k = len(spans) - 1
        while k > 0 and spans[k - 1].end == spans[k].start:
            k -= 1
        first = spans[k]
        if first.start > 0:
            spans[k] = Span(first.start - 1, first.end, first.reason)
    return spans
