"""Where a line sits on the page: decisions no single line can make.

- the *body window* runs from the first to the last sentence-like line that is not itself
  noise; outside it (head and tail, where chrome, bylines and sources live) any verdict
  removes a line, inside it only a strong one does;
- the *footer cut*: after an end-of-article marker that follows most of the page's text,
  short lines are widgets, slogans and links;
- the *repeated title*: later copies of the first heading-like line;
- the *foreign fragment*: a paragraph of another page glued between title and article;
- the *contact head*: a short line right above a removed contact line after the article;
- the *headline run*: several headline-like lines in a row before the article's first or after
  its last running-text line (related, recommended or latest articles; a list of questions).
"""
from __future__ import annotations

import re

from ...zh.pii import find_pii
from ...zh.text import HAN_RUN_RE
from .features import LineFeatures, Verdict
from .params import LineParams
from .patterns import BAR_RE, BREADCRUMB_SEP_RE, CLOSERS, ENGLISH_NAME_RE, FUNCTION_CHARS, INNER_PUNCT_RE, ORG_NAME_RE, squash
from .rules import contact_tail

#: words of a contact block's heading: a role or channel ("业务联系", "销售顾问：某某", "招生办公室",
#: "商务合作"); folded text
#: (a press release's "傳媒查詢：" / "新聞主任 某某", a shop's "售後服務": held-out 64/65, session 16)
CONTACT_HEAD_RE = re.compile(r"联系|联络|顾问|客服|热线|合作|咨询|招生|招聘|办公室|业务|商务|投稿|爆料|报名|销售|负责人|经理"
                             r"|查询|主任|售后"
                             # whom to add or message ("有意者請加：", "想團購的可以私訊"; held-out 70, session 16)
                             r"|有意|私讯|私信"
                             # a booking block's ("BOOKING 預約", "預約方式"; held-out 120, session 21)
                             r"|预约|预订|订位|booking"
                             # an English block's ("Customer Service" / "WhatsApp: …"; held-out 141, session 22)
                             r"|customer service|customer care|enquiries|contact us")
#: a note on the contact line above it ("微信同號": the mobile is also the WeChat id); folded text
CONTACT_NOTE_RE = re.compile(r"^\(?(?:微信|whatsapp|line)?同号\)?$")

Lines = list[LineFeatures | None]  # None: a blank line
Verdicts = list[Verdict | None]
Reasons = list[str | None]

#: the reason of a paragraph of another page (`mark_foreign_fragment`)
FRAGMENT = "lines.foreign_fragment"


def body_window(infos: Lines, verdicts: Verdicts, p: LineParams) -> tuple[int, int]:
    """First and last index of the body: sentence-like lines that end a sentence or are long
    (a title with a comma is not one) and that no rule flagged; (n, -1) when there is none.

    The page's first unflagged line, and a copy of it right after, is its title even when it
    reads as a sentence ("…，这是为什么？", a long headline with commas): a title does not end
    with "。" and is at most `title_max` long, so the meta and byline lines under it are head."""
    body = [i for i, x in enumerate(infos)
            if x is not None and x.sentence and (x.ends or x.han >= p.long_sentence_han)
            and (verdicts[i] is None or verdicts[i].reason is None)]
    if len(body) > 1:
        first = next(i for i, x in enumerate(infos) if x is not None and (verdicts[i] is None or verdicts[i].reason is None))
        if body[0] == first and titlelike(infos[first], p):
            title = squash(infos[first].text)
            body = body[1:]
            if len(body) > 1 and squash(infos[body[0]].text) == title:
                body = body[1:]
    # a long line that ends no sentence, right under a flagged line at the body's end, is a
    # prompt among the tail's noise ("…您需要登录才可以下载或查看，没有帐号？立即注册"), not the
    # article's last paragraph (issue 14 round 2, held-out 8)
    if len(body) > 1 and not infos[body[-1]].ends:
        before = next((j for j in range(body[-1] - 1, -1, -1) if infos[j] is not None), None)
        if before is not None and before != body[-2] and verdicts[before] is not None and verdicts[before].reason:
            body = body[:-1]
    # sentences after a block of strongly flagged lines (meta, contact, notices) are the tail's prompts
    # and notices ("如果喜歡這篇文章，請幫我按個讚…", "※ 本宮未委託任何人士…募款"), not the article's: the
    # body ends before the block, so the weak lines around it go (held-out 39, session 13)
    while len(body) > 1:
        strong = sum(1 for j in range(body[-2] + 1, body[-1])
                     if verdicts[j] is not None and verdicts[j].reason and verdicts[j].strong)
        if strong < p.tail_block_strong:
            break
        body = body[:-1]
    return (body[0], body[-1]) if body else (len(infos), -1)


def titlelike(x: LineFeatures, p: LineParams) -> bool:
    """Short enough for a title and not ending in "。" (a title may end in "？" or "！")."""
    return x.visible <= p.title_max and x.text.rstrip(CLOSERS)[-1:] not in ("。", ".")


def place_verdicts(infos: Lines, verdicts: Verdicts, p: LineParams) -> Reasons:
    """Reasons from verdicts by position: strong verdicts everywhere, weak ones outside the body."""
    first, last = body_window(infos, verdicts, p)
    reasons: Reasons = [None] * len(infos)
    for i, v in enumerate(verdicts):
        if v is None or v.reason is None:
            continue
        if v.strong or i < first or i > last:
            if v.reason == "lines.byline" and not p.bylines:
                continue
            reasons[i] = v.reason
    return reasons


#: strong verdicts that end the article when they follow its last paragraph: a repost or
#: copyright notice, a contact line (issue 14 round 2, held-out 7/8/9: the contact blocks,
#: widgets and rules under such lines that no rule knew).  Not editor or source lines: a
#: credits block ("编辑" / a name / "排版" / a name, the dev set's d000062) follows them
TAIL_MARKERS = frozenset(("lines.repost_notice", "lines.copyright", "lines.contact"))


def cut_after_footer(infos: Lines, verdicts: Verdicts, reasons: Reasons, p: LineParams) -> None:
    """After the first end-of-article marker that follows most of the page's text, short
    lines are recommendation links, widgets and slogans.  A marker is a line whose rule says
    so (a recommendation header, a copyright notice, a prev/next link), or a strong
    `TAIL_MARKERS` line after the body's last paragraph; when what follows a marker is too much
    for a footer, a later marker may still cut (a widget title such as "导航目录" above a comment
    thread, then the site's notices and contact block: held-out 143, session 23, read after its
    one measurement)."""
    # a foreign fragment is not the page's text: the footer follows the page's, not a fragment above a
    # forum post (held-out 99, session 19, read after its one measurement)
    total_han = sum(x.han for x, r in zip(infos, reasons) if x is not None and r != FRAGMENT)
    if not total_han:
        return
    last = body_window(infos, verdicts, p)[1]
    seen_han = 0
    passed = False  # a marker whose rest was too much for a footer: after it only a tail line may cut
    for i, x in enumerate(infos):
        if x is None:
            continue
        v = verdicts[i]
        tail = v is not None and v.strong and i > last >= 0 and v.reason in TAIL_MARKERS
        if v is not None and ((v.marker and not passed) or tail) and reasons[i] is not None \
                and seen_han >= p.footer_share * total_han:
            rest = [j for j in range(i + 1, len(infos)) if infos[j] is not None and reasons[j] is None
                    and not (infos[j].ends and infos[j].han >= p.long_sentence_han)]
            # a comment thread or the rest of the article after a misplaced marker is not a footer
            if len(rest) <= p.footer_max_lines and sum(infos[j].han for j in rest) <= p.footer_max_share * total_han:
                for j in rest:
                    reasons[j] = "lines.after_footer"
                return
            passed = passed or v.marker
        if reasons[i] != FRAGMENT:
            seen_han += x.han


#: what a page's <title> adds behind its headline: a separator, then the site's and the channel's
#: names ("突发！新疆地震_青岚县12345热线", "南生論壇 - 遠航培訓學校 - 手機版"); folded text
SITE_TAIL_RE = re.compile(r"\s*[_|｜\-—–·•]\s*\S")


def site_tail(rest: str, p: LineParams) -> bool:
    """`rest`, what a line adds behind the title, is a <title> tag's site name and channel."""
    return (0 < len(rest) <= p.title_tail_max and SITE_TAIL_RE.match(rest) is not None
            and not INNER_PUNCT_RE.search(rest))


def crumbs_to(line: str, title: str, p: LineParams) -> bool:
    """`line` is a breadcrumb trail that ends in the page's title: "青灯小说网 > 都市言情 > 第58章
    <title>", "课桌边学习网>小学>数学>练习题><title>" (held-out 50, session 15, read after its one
    measurement; "迅邦物流 > 产品中心 > <title>", held-out 57); the trail's crumbs are short, as a
    breadcrumb's are, and hold no sentence's commas."""
    pos = line.find(title) if title else -1
    if pos <= 0 or len(line) - pos - len(title) > p.title_tail_max:
        return False
    trail = line[:pos]
    if INNER_PUNCT_RE.search(trail):
        return False  # a sentence's commas: "打开设置 > 通用 > 关于本机，你会看到…"
    crumbs = [c.strip() for c in BREADCRUMB_SEP_RE.split(trail)]
    if not crumbs[-1]:
        crumbs.pop()  # the trail's last separator stands right before the title
    return len(crumbs) >= p.title_crumb_min and all(0 < len(c) <= p.crumb_max for c in crumbs)


#: a site's name in brackets before a copy of the title: "【嘉輝快相沖曬】<title>" (a <title> tag; held-out 246, session 30,
#: read after its one measurement); folded text
NAMED_COPY_RE = re.compile(r"^[【\[]([^】\]]{2,16})[】\]]\s*")


def named_copy(line: str, title: str, p: LineParams) -> bool:
    """`line` is the title under it behind a bracketed name: the page's <title> tag printed above its headline."""
    m = NAMED_COPY_RE.match(line)
    if m is None or len(title) < p.labelled_title_min:
        return False
    rest = line[m.end():]
    # (the copy may keep a site's tail the headline's line lost, " - 手機版"; a longer headline is no copy: "【快訊】颱風今晨登陸
    # 全台停班停課" over "颱風今晨登陸", the session's review)
    return squash(rest) == squash(title) or (rest.startswith(title) and site_tail(rest[len(title):], p))


def mark_repeated_title(infos: Lines, reasons: Reasons, p: LineParams) -> None:
    """The first kept heading-like line is the title; later copies of it are noise, and so is
    the page's <title> tag printed after it (the title with the site's name behind it; held-out
    44, session 14, read after its one measurement).  A breadcrumb trail right above the title
    that ends in it is chrome, and the line under it the title; so is the title behind a bracketed name."""
    title = None
    size = 0
    head = ""  # the title line as written
    for i, x in enumerate(infos):
        if x is None or reasons[i] is not None:
            continue
        if title is None:
            below = next((infos[j] for j in range(i + 1, len(infos)) if infos[j] is not None and reasons[j] is None), None)
            if below is not None and (crumbs_to(x.text, below.text, p) or named_copy(x.text, below.text, p)):
                reasons[i] = "lines.site_chrome"
                continue
            if x.han >= p.title_min_han and (not x.sentence or (not x.ends and x.visible <= p.title_line_max)):
                title = squash(x.text)
                size = len(x.text)
                head = x.text
                if size <= p.title_label_max and sum(
                        1 for j in range(i + 1, len(infos))
                        if infos[j] is not None and reasons[j] is None and len(infos[j].text) <= 2 * size
                        and squash(infos[j].text) == title  # (squash only the short lines: it is the cost)
                ) >= p.title_section_repeats:
                    return  # a section's name, over each of them
            elif x.sentence:
                return  # the article started without a heading
            continue
        # (a <title> tag first and the headline after it, "南生論壇 | 某站" then "南生論壇", is how
        # magic-html-zh's annotators saw the page and kept its title: left alone)
        if x.han >= p.title_min_han and not x.ends and x.text.startswith(head) and site_tail(x.text[len(head):], p):
            reasons[i] = "lines.repeated_title"
            continue
        if not size // 2 <= len(x.text) <= size * 2:
            continue  # (squash only the lines that may be the title again)
        line = squash(x.text)
        if line == title:
            reasons[i] = "lines.repeated_title"
        elif (len(title) >= p.labelled_title_min and line.endswith(title)
              and 0 < len(line) - len(title) <= p.title_label_max and not INNER_PUNCT_RE.search(line[:-len(title)])):
            # the title again behind a short label: a forum header's "標題　[新聞] <title>", "Re: <title>"
            # (held-out 39, session 13)
            reasons[i] = "lines.meta"


def content_bigrams(s: str) -> set[str]:
    """Han bigrams without function characters: what a title and its first paragraph share."""
    out: set[str] = set()
    for run in HAN_RUN_RE.findall(s):
        for k in range(len(run) - 1):
            bg = run[k:k + 2]
            if bg[0] not in FUNCTION_CHARS and bg[1] not in FUNCTION_CHARS:
                out.add(bg)
    return out


#: what a page's title carries and a paragraph cut from running text does not: a bar, an underscore
#: or a spaced dash before the site's name ("泡泡詳情 | 泡泡 - 一個清新文藝的微社區"; none of the 396
#: foreign fragments of the dev set and held-out 3-25 has one; round 10, held-out 25: such a title
#: under a breadcrumb line no rule knew was read as another page's fragment)
PAGE_TITLE_SEP_RE = re.compile(r"[|｜_]|\s[-–—]\s")


def unclosed(s: str) -> bool:
    """`s` opens more round brackets than it closes: it was cut inside an aside."""
    return s.count("（") + s.count("(") > s.count("）") + s.count(")")


def mark_foreign_fragment(infos: Lines, reasons: Reasons, raw: list[str], p: LineParams) -> None:
    """A paragraph of another page cut mid-sentence and glued between the title and the article.

    Told apart by three cues together: it is the first kept line after a title, it stops
    without sentence punctuation (a contact clause behind a sentence's end does not count), and its content bigrams are not the title's or the
    article's; a line with a page title's separators (PAGE_TITLE_SEP_RE) is a title.  Overlap is normalised by the smaller side (how much of the title, and how
    much of the shorter of candidate and article, the other holds), so a page whose only
    other text is its title is judged too, and a short article whose one paragraph repeats
    the title's terms keeps it.  Raw lines are compared: paragraphs are not folded.
    """
    kept = [i for i, x in enumerate(infos) if x is not None and reasons[i] is None]
    if len(kept) < 2:
        return
    first = infos[kept[0]]
    if first.visible <= p.title_max and not (first.sentence and first.ends):
        if first.han < p.title_min_han:
            return
        k, least = 1, p.fragment_han  # the page has a title: look at the line after it
    else:
        k, least = 0, p.fragment_page_start_han  # no title: the page starts with a paragraph
    # short lines between title and text (bylines, datelines no rule knew) are stepped over
    while k < min(len(kept) - 1, 3) and k and infos[kept[k]].han < p.fragment_han and not infos[kept[k]].sentence:
        k += 1
    i = kept[k]
    x = infos[i]
    # (a cut after a semicolon ends no sentence: "…灑在酒案上；"; held-out 100, session 19, read after its one
    # measurement; nor one inside an aside that never closes: "…（劇還可以，另一版的《荼靡》。"; held-out 143, session 23)
    if (x.ends and raw[i].rstrip()[-1:] not in "；;" and not unclosed(raw[i])) or x.han < least \
            or PAGE_TITLE_SEP_RE.search(raw[i]) \
            or contact_tail(raw[i], p) >= 0:
        return
    own = content_bigrams(raw[i])
    heading = content_bigrams(raw[kept[0]]) if k else set()
    after = "\n".join(raw[j] for j in kept[k + 1:])
    if not own:
        return
    # the article's bigram count matters only when it is shorter than the candidate
    article = len(content_bigrams(after)) if len(after) < 4 * len(own) else len(own)
    if len(heading) + article < p.fragment_evidence:
        return  # too little text beside the candidate to tell
    in_title = len(own & heading) / len(heading) if heading else 0.0
    in_article = sum(1 for bg in own if bg in after) / min(len(own), article) if article else 0.0
    if max(in_title, in_article) < p.fragment_shared:
        reasons[i] = FRAGMENT


#: what no headline holds: a sentence end inside it or at its end, a colon that introduces text
HEADLINE_BREAKS = frozenset("。；;")
#: an item of the article's own list: "- 尺寸改进", "• 一键备份", "1、打开设置", "(2) 选择网络"
LIST_ITEM_RE = re.compile(r"^(?:[-*•·▪◦]|\d{1,2}\s*[、.．)）]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]+、)")
#: what a reply in a thread holds and a title does not: a comma or exclamation inside, a modal
#: particle at the end, an emoticon ("我已经放假了，哈哈", "羡慕！！！", "怎么会这样呢", "╮(╯▽╰)╭")
_EMOJI = r"[\U0001F300-\U0001FAFF╯╰▽]"  # an emoji, or the strokes of an emoticon
# (after a modal particle) at the line's end, or before an aside there ("随缘吧（联系方式：…）"; held-out 103,
# session 19, read after its one measurement)
_FINAL_PARTICLE = r"\s*[!！?？~～]*(?:\s*[(（][^()（）]*[)）]?)?$"
CHAT_RE = re.compile(r"[,，!！~～][^\n]|[!！]{2}|[啊吧呢呀哈嘛啦哦喔耶嘿]" + _FINAL_PARTICLE + "|" + _EMOJI)


#: what only a reader's reply holds, never a linked title: an emoji or emoticon, a reply to a name
#: ("@shylockKai 和掘金UI大差不差啊hhh🤣"), laughter, "666", a modal particle or thanks at the end
#: ("這不巧了嘛", "現在確實可以了 感謝": held-out 50, session 15, read after its one measurement)
#: (CHAT_RE without its commas and exclamations, which a news headline has too)
REPLY_RE = re.compile(_EMOJI + r"|(?:^|\s)@\S|哈哈|666|(?:[啊吧呢呀嘛啦哦喔耶嘿]|感谢|谢谢|多谢)" + _FINAL_PARTICLE)


def headline_like(x: LineFeatures, p: LineParams) -> bool:
    """A short line with no sentence end inside (a '？' or '！' may end it) that does not end
    in a colon or an ellipsis: the title of a linked page, or a short line around one."""
    t = x.text
    return (x.visible <= p.headline_max and not HEADLINE_BREAKS.intersection(t) and t[-1:] not in ":："
            and not t.endswith(("…", "...")))


def menu_bar(x: LineFeatures) -> bool:
    """A header or menu bar no rule knew: items between bars and no sentence.  A page whose only
    longer lines are such bars has no running text, so nothing on it is "after the article"
    (held-out 220 and 230, session 29, read after their one measurement: a headline-only repost
    under a shop's greeting bar was taken whole).  Beside other text a bar may be the article's own
    (a tour's dates, a credits line), so there it counts as text as before."""
    return not x.sentence and len(BAR_RE.split(x.text)) >= 3  # two bars or more


def titled(x: LineFeatures, p: LineParams) -> bool:
    """A headline-like line that reads as a title: enough Han, no chat (see CHAT_RE)."""
    return x.han >= p.headline_min_han and not CHAT_RE.search(x.text)


def _listed(infos: Lines, run: list[int]) -> bool:
    """Any line of the run marked as an item of a list: the article's own list, not links."""
    return any(LIST_ITEM_RE.match(infos[i].text) for i in run)


def _thread_end(infos: Lines, run: list[int], p: LineParams) -> int:
    """How many lines open a run after the article as the end of its own thread: up to the last
    reader's reply among its first `thread_tail_reach` lines (0 when there is none)."""
    head = run[:p.thread_tail_reach]
    return max((k + 1 for k, i in enumerate(head) if REPLY_RE.search(infos[i].text)), default=0)


def mark_headline_runs(infos: Lines, reasons: Reasons, p: LineParams) -> None:
    """Runs of headline-like lines with nothing else between them (blank and already removed
    lines aside) that lie wholly after the last or before the first line of running text: lists
    of other pages' titles around the article.  A run counts the lines that read as titles
    (`titled`: not names, dates or a thread's replies): `headline_run_tail` after the article,
    `headline_run_head` before it (where a title, a subtitle and a dateline are common).  Inside
    the article such lines are a list or headings and stay; a page with no running text is left
    to the document filters."""
    text = [i for i, x in enumerate(infos) if x is not None and reasons[i] is None and not headline_like(x, p)]
    if all(menu_bar(infos[i]) for i in text):
        return
    for lo, hi, least, after in ((0, text[0], p.headline_run_head, False), (text[-1] + 1, len(infos), p.headline_run_tail, True)):
        run = [i for i in range(lo, hi) if infos[i] is not None and reasons[i] is None]
        # several readers' replies among them: a thread under the article, not a list of links
        # (held-out 9's "大佬666", "@shylockKai 和掘金UI大差不差啊hhh🤣": session 14)
        if sum(bool(REPLY_RE.search(infos[i].text)) for i in run) >= p.thread_replies:
            continue
        if after:
            run = run[_thread_end(infos, run, p):]
        if sum(titled(infos[i], p) for i in run) >= least and not _listed(infos, run):
            for i in run:
                reasons[i] = "lines.headline_list"


def mark_contact_heads(infos: Lines, verdicts: Verdicts, reasons: Reasons, p: LineParams,
                       raw: list[str] | None = None) -> None:
    """A contact block's heading goes with it: a short line that no rule flagged and that names a
    contact role or channel (CONTACT_HEAD_RE) or an organisation (ORG_NAME_RE), right above a removed contact line after the article
    ("业务联系" / "手机：…", "销售顾问：某某" / "电话：…").  After the body only: inside it a heading
    above a hotline is the article's own; and a forum reply above an injected contact line
    ("怎么会这样", held-out 5) names no contact, so it stays.  A page without a body (a table of contents,
    a code page) is all edges: "專家諮詢：某某 研究員" above "諮詢電話：…" goes (held-out 118/121, session 21, read
    after their one measurement)."""
    last = body_window(infos, verdicts, p)[1]
    shown = [i for i, x in enumerate(infos) if x is not None]
    for k, i in enumerate(shown):
        if reasons[i] != "lines.contact":
            continue
        # the heading may take two lines ("傳媒查詢：" / "新聞主任 某某" / "電話：…"; held-out 65)
        for j in shown[max(0, k - p.contact_head_lines):k][::-1]:
            h = infos[j]
            if j <= last or reasons[j] is not None or h.sentence or h.ends or not (
                    (h.visible <= p.contact_head_max and CONTACT_HEAD_RE.search(h.text))
                    or (h.visible <= p.org_head_max and ORG_NAME_RE.match(h.text))
                    or (raw is not None and h.visible <= p.english_head_max and ENGLISH_NAME_RE.match(raw[j].strip()))):
                break
            reasons[j] = "lines.contact"
        if k + 1 < len(shown) and reasons[shown[k + 1]] is None and CONTACT_NOTE_RE.match(infos[shown[k + 1]].text):
            reasons[shown[k + 1]] = "lines.contact"  # "微信同號" under "看車電話：…" (held-out 64, session 16)


#: a line that is nothing but a phone-length number ("9321 4168", "+65 6321-9479", "(02) 2892 6947")
BARE_NUMBER_RE = re.compile(r"[+＋]?[(（]?\d[\d \-–()（）]{5,18}\d")
#: a heading that names a telephone line, not only a topic ("全國統一服務熱線", "WhatsApp 查詢", "Customer Service
#: Hotline"; not "报名截止日期", "销售经理", "招生代码"); folded text, any case
PHONE_HEAD_RE = re.compile(r"热线|电话|专线|手机|联系方式|whatsapp|hotline|\btel\b|\bcall\b|\bphone\b", re.I)


def mark_bare_numbers(infos: Lines, reasons: Reasons, p: LineParams) -> None:
    """A number alone on its line under a short heading that names a telephone line ("全國統一服務熱線" /
    "9321 4168"): a contact block printed in two lines, anywhere on the page (held-out 229, session 29,
    read after its one measurement).  The number must read as a phone behind that heading as a label
    (`find_pii`): a date, a pair of years, opening hours or a code under such a heading stays."""
    shown = [i for i, x in enumerate(infos) if x is not None]
    for k, i in enumerate(shown[1:], 1):
        x, h = infos[i], infos[shown[k - 1]]
        if not (reasons[i] is None and BARE_NUMBER_RE.fullmatch(x.text) and 7 <= sum(c.isdigit() for c in x.text) <= 12
                and not h.sentence and not h.ends and h.visible <= p.contact_head_max and PHONE_HEAD_RE.search(h.text)):
            continue
        joined = h.text + "：" + x.text  # the number is a phone when the heading reads as its label
        if any(kind == "phone" and start <= len(h.text) + 1 and end == len(joined) for start, end, kind in find_pii(joined)):
            reasons[i] = "lines.contact"
            if reasons[shown[k - 1]] is None:
                reasons[shown[k - 1]] = "lines.contact"


def place(infos: Lines, verdicts: Verdicts, raw: list[str], p: LineParams) -> Reasons:
    """One reason (or None) per line: verdicts placed by position, then the page-level cuts."""
    reasons = place_verdicts(infos, verdicts, p)
    mark_bare_numbers(infos, reasons, p)
    mark_contact_heads(infos, verdicts, reasons, p, raw)
    mark_repeated_title(infos, reasons, p)
    if p.foreign_fragments:
        mark_foreign_fragment(infos, reasons, raw, p)
    if p.after_footer:
        cut_after_footer(infos, verdicts, reasons, p)
    if p.headline_runs:
        mark_headline_runs(infos, reasons, p)
    return reasons
