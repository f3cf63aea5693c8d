"""Choose the main content of a page: the subtree whose text blocks score highest.

Every block gets a score: positive for running text (Chinese sentence punctuation, few
links), negative for link lists and short label-like lines.  A subtree's score is the
sum over its blocks, so the best subtree is the one that holds the most prose and the
least chrome: adding a sidebar lowers the sum, dropping half the article lowers it too.
Forum threads win as a whole because every reply is prose of its own.  Blocks are
counted in characters, never words, which is what makes this work on Chinese.
"""
from __future__ import annotations

import re

from lxml import etree

from .blocks import Block
from .params import ContentParams

#: Sentence punctuation that marks running text, full-width and ASCII.
_PUNCT = re.compile(r"[，。！？；：、,!?;…]|\.(?:\s|$)")
#: how a teaser for another page ends: an ellipsis or a "details" link label
_TEASER_END = re.compile(r"(?:\.\.\.|…+|\.{3,}|[【\[](?:详细|詳細|详情|詳情|全文)[】\]]|>>)\s*$")
#: headings that open a section of links to other pages ("related", "you may also like");
#: everything after one, inside its section, is about other pages.  Both scripts.
_OTHER_PAGES = r"(?:[阅閱][读讀]|文章|新[闻聞]|[资資][讯訊]|推[荐薦]|内容|[链鏈]接|[话話][题題]|[报報]道|[专專][题題]|[视視]频|[图圖]集|[问問][题題]|帖子|博文|[标標][签籤]|排行|好文|[资資]源)"
_RELATED_HEADING = re.compile(
    r"^(?:"
    r"(?:相[关關]|[热熱][门門]|[热熱][点點]|延伸|精彩|精[选選]|更多|最新|往期|今日|[编編]辑|大家都在看|[为為]你|[猜您你]|"
    r"(?:作者|[他她]的|TA的)?(?:其他|其它|更多)).{0,4}" + _OTHER_PAGES
    + r"|[参參]考(?:[资資]料|文[献獻]|[来來]源)|外部[链鏈]接"
    r"|.{0,4}(?:也|都|[还還])在看|推[荐薦][阅閱][读讀]|猜你喜[欢歡]|你可能.{0,4}(?:[喜感]|想看|[还還]想)|[为為]你推[荐薦]|[热熱]搜|[热熱]榜|排行榜"
    r"|(?:网友|網友|全部|最新|热门|熱門|精彩|发表|發表|相关|相關|查看)?[评評][论論](?:区|區|列表)?(?:[（(]?\d*[)）]?)"
    r")[\w·]{0,4}$"
)
#: a related-section heading is a short label
_RELATED_MAX_CHARS = 12
#: class/id words that mark page chrome (English and the pinyin Chinese sites use)
_NEGATIVE_HINT = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|sidebar|side|footer|foot|breadcrumbs?|crumbs?|share|sharing|"
    r"related|relate|recommend|recommends|hot|hots|rank|ranking|toolbar|copyright|banner|advert|"
    r"ads?|login|topbar|pager|pagination|qrcode|ewm|xgyd|xgwz|xgxw|tuijian|fenxiang|daohang|"
    r"banquan|paihang|remen|friendlink|links|guide|subnav|popup|modal|cookie|tags?|"
    r"player|mplayer|video-player|vjs|xgplayer|dplayer|prism-player|searchbox|search-box|search-bar|searchbar)"
    r"(?:$|[-_\s\d])",
    re.I,
)
#: comment sections: chrome on an article page, the content itself on a forum page
_COMMENT_HINT = re.compile(r"(?:^|[-_\s])(?:comments?|pinglun|cmt|reviews?)(?:$|[-_\s\d])", re.I)
_POSITIVE_HINT = re.compile(
    r"(?:^|[-_\s])(?:article|content|post|entry|main|detail|text|body|story|zhengwen|zw|wenzhang|"
    r"neirong|rich_media_content|answer|reply|replies|thread|topic|message|postmessage)(?:$|[-_\s\d])",
    re.I,
)


#: how a sentence ends: a short reply in a thread ("元旦快乐！", "现在确实可以了。") is a sentence, a label is not
_SENTENCE_END = re.compile(r"[。！？!?～~…]\W{0,3}$")


def block_score(block: Block, p: ContentParams, forum: bool = False) -> float:
    n = block.chars
    if n == 0:
        return 0.0
    if block.link_chars >= p.link_share * n:
        return -min(float(n), p.link_cap)
    own = n - block.link_chars
    if block.heading:
        return 0.0
    punct = len(_PUNCT.findall(block.text))
    # a teaser for another page is an article page's thing; in a thread, "..." is how people write
    # (magic-html-other's forums 0.766 -> 0.779 when posts were no longer taken for teasers)
    if _TEASER_END.search(block.text) and own >= p.prose_min_chars and not forum:
        return p.teaser_weight * own
    if punct and own >= p.prose_min_chars:
        return float(own)
    if own >= p.long_min_chars or block.in_pre:
        return p.long_weight * own
    if forum and own == n and _SENTENCE_END.search(block.text):
        return p.short_reply_weight * own
    return -p.short_penalty * n


#: ARIA landmarks and widgets that are page chrome, whatever their class names say
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
                           "toolbar"})


def _hint(el: etree._Element, forum: bool) -> int:
    if (el.get("role") or "").strip().lower() in _CHROME_ROLES:
        return -1
    words = f"{el.get('class', '')} {el.get('id', '')} {el.get('data-testid', '')} {el.get('data-test-id', '')}"
    if not words.strip():
        return 0
    if _NEGATIVE_HINT.search(words) or (not forum and _COMMENT_HINT.search(words)):
        return -1
    if _POSITIVE_HINT.search(words):
        return 1
    return 0


def score_blocks(blocks: list[Block], p: ContentParams, forum: bool = False) -> dict[etree._Element, int]:
    """Fill each block's score and ancestor chain (owner first); return the hints (-1 chrome,
    1 content, 0 neither) of the elements seen.

    A chrome name on an element that holds `chrome_max_share` of the page's prose or more is
    ignored: layout and post classes carry such words as modifiers ("content-area has-sidebar",
    a post's "tag-porch", "main ... right-sidebar"), and a box that holds most of the prose is
    where the content is, whatever it is called.  `<body>` and `<html>` keep theirs (a template
    class: it weighs all prose alike); ignoring it too lowered magic-html-zh's forums."""
    raw: list[float] = []
    for b in blocks:
        b.ancestors = (b.owner, *b.owner.iterancestors())
        raw.append(block_score(b, p, forum))
    if p.short_run_min:
        lift_short_runs(blocks, raw, p)
    prose: dict[etree._Element, float] = {}
    page = 0.0
    for b, s in zip(blocks, raw):
        if s > 0:
            page += s
            for el in b.ancestors:
                prose[el] = prose.get(el, 0.0) + s
    floor = p.chrome_max_share * page if page > 0 else float("inf")
    hints: dict[etree._Element, int] = {}
    for b, s in zip(blocks, raw):
        b.chrome_at = None
        for el in b.ancestors:
            h = hints.get(el)
            if h is None:
                h = _hint(el, forum)
                if h < 0 and prose.get(el, 0.0) >= floor and el.tag not in ("body", "html"):
                    h = 0
                hints[el] = h
            if h < 0:
                b.chrome_at = el
                if s > 0:
                    s *= p.negative_hint_weight
                break
        b.score = s
    return hints


def _line_group(b: Block) -> etree._Element:
    """Lines of one text: the `<br>`-separated lines of one element, or the paragraphs of one parent."""
    return b.owner.getparent() if b.owner.tag == "p" and b.owner.getparent() is not None else b.owner


def lift_short_runs(blocks: list[Block], raw: list[float], p: ContentParams) -> None:
    """Text written one short phrase per line (blogs, poems): a run of `short_run_min` or more
    consecutive lines of one text, none of them a link or a heading, holding `long_min_chars`
    together, is prose, though each line alone is too short to count; its short lines score like
    long unpunctuated text (`long_weight`)."""
    i, n = 0, len(blocks)
    while i < n:
        group = _line_group(blocks[i])
        j = i
        while j < n and not blocks[j].heading and not blocks[j].link_chars and not blocks[j].in_pre \
                and _line_group(blocks[j]) is group:
            j += 1
        if j - i >= p.short_run_min and sum(b.chars for b in blocks[i:j]) >= p.long_min_chars:
            for k in range(i, j):
                if raw[k] <= 0:
                    raw[k] = p.long_weight * blocks[k].chars
        i = max(j, i + 1)


_FOLDER = None


def _fold_lines(lines: list[str]) -> list[str]:
    global _FOLDER
    if _FOLDER is None:
        from ..zh.lexicon import Folder

        _FOLDER = Folder()
    return _FOLDER.fold_lines(lines)


def discount_boilerplate(blocks: list[Block], p: ContentParams) -> None:
    """Turn short blocks that are notices or meta lines negative: repost and copyright
    notices, platform disclaimers ("本文仅代表作者观点"), and editor / source label lines
    ("责任编辑：", "来源："), from the lexicons `lines.noise` uses.  What sits next to the
    article body on unseen sites is mostly such lines; negative, they fall to `trim` at
    the edges of the content (in the middle, the prose around them outweighs them)."""
    from ..zh.lexicon import load_lexicon

    lex = load_lexicon()
    short = [b for b in blocks if 0 < b.score and b.chars <= p.boilerplate_max_chars]
    if not short:
        return
    for b, folded in zip(short, _fold_lines([b.text for b in short])):
        if lex.notice_key_re.search(b.text) and any(rx.search(folded) for _, rx in lex.notices):
            b.score = -float(b.chars)
            continue
        m = lex.label_re.match(folded.lstrip(" 【[（(·-—"))
        if m and b.chars <= p.label_max_chars and lex.label_category.get(m.group("label")) in ("editor", "source"):
            b.score = -float(b.chars)


def _is_related_heading(block: Block) -> bool:
    if block.chars > _RELATED_MAX_CHARS:
        return False
    label = re.sub(r"[\[【（(][^\]】）)]{0,6}[\]】）)]|[\s:：>»›|｜/]+", "", block.text)  # "参考文献[编辑]"
    return bool(label) and _RELATED_HEADING.match(label) is not None


def discount_related(blocks: list[Block]) -> None:
    """Turn prose that follows a "related"/"recommended" heading in its section negative.

    The section is the smallest ancestor of the heading that holds other blocks too.
    """
    for i, b in enumerate(blocks):
        if not _is_related_heading(b):
            continue
        section = None
        for el in b.ancestors[1:]:
            if any(el in o.ancestors for o in blocks[max(0, i - 1):i + 2] if o is not b):
                section = el
                break
        if section is None:
            continue
        for o in blocks[i + 1:]:
            if section not in o.ancestors:
                break
            if o.score > 0:
                o.score = -o.score


def discount_teasers(blocks: list[Block], p: ContentParams) -> None:
    """Turn the prose of teaser cards negative: a card is a box led by a heading that is a link
    (the title of another page) with an excerpt under it, repeated in look-alike siblings (a
    "more stories" grid).  Found by structure alone, in any language: the lexicon of
    `discount_related` only knows Chinese headings.  Not for forum pages, whose posts may carry
    linked titles ("Re: ...")."""
    linked = [b for b in blocks if b.heading and _is_link(b, p)]
    if len(linked) < 2:
        return
    holds: dict[etree._Element, int] = {}  # element -> how many linked headings it holds
    for b in linked:
        for el in b.ancestors[:p.teaser_card_depth + 1]:
            holds[el] = holds.get(el, 0) + 1
    cards: set[etree._Element] = set()
    for b in linked:
        for el in b.ancestors[1:p.teaser_card_depth + 1]:
            if holds.get(el, 0) > 1:
                break  # the box holds other cards: it is the list, not a card
            parent = el.getparent()
            if parent is None:
                break
            sig = _signature(el)
            alike = sum(1 for c in parent if c is not el and holds.get(c) == 1 and _signature(c) == sig)
            if alike >= p.teaser_min_cards - 1:
                cards.add(el)
                break
    if not cards:
        return
    inside: dict[etree._Element, list[Block]] = {}
    for b in blocks:
        if b.score > 0:
            card = next((a for a in b.ancestors if a in cards), None)
            if card is not None:
                inside.setdefault(card, []).append(b)
    for card, prose in inside.items():
        if sum(b.chars for b in prose) <= p.teaser_max_chars:
            for b in prose:
                b.score = -b.score


def subtree_totals(blocks: list[Block], positive: bool = False) -> dict[etree._Element, float]:
    """Sum of block scores per element (`positive`: of the blocks that score above zero)."""
    totals: dict[etree._Element, float] = {}
    for b in blocks:
        if positive and b.score <= 0:
            continue
        for el in b.ancestors:
            totals[el] = totals.get(el, 0.0) + b.score
    return totals


def best_subtree(blocks: list[Block], totals: dict[etree._Element, float] | None = None,
                 forum: bool = False, hints: dict[etree._Element, int] | None = None) -> etree._Element | None:
    totals = subtree_totals(blocks) if totals is None else totals
    if not totals:
        return None
    best, score = max(totals.items(), key=lambda kv: kv[1])
    if score <= 0:
        return None
    # a box named like chrome ("recommend", "sidebar") is not the main content when a subtree beside it
    # holds prose: a long recommended story, though discounted, can outscore a short post
    hints = {} if hints is None else hints

    def in_chrome(el: etree._Element) -> bool:
        for a in (el, *el.iterancestors()):
            h = hints.get(a)
            if h is None:
                h = hints[a] = _hint(a, forum)
            if h < 0:
                return True
        return False

    if in_chrome(best):
        clean = [kv for kv in totals.items() if kv[1] > 0 and not in_chrome(kv[0])]
        if clean:
            other = max(clean, key=lambda kv: kv[1])[0]
            if not any(a is other for a in best.iterancestors()):
                return other
    return best


_DIGITS = re.compile(r"\d+")


def _signature(el: etree._Element) -> tuple[str, str]:
    return el.tag, _DIGITS.sub("", el.get("class", ""))


def _is_post(el: etree._Element, totals: dict, prose: dict, p: ContentParams) -> bool:
    """Holds prose of its own, and no more chrome than `thread_max_chrome` times that prose:
    a post carries an author card and buttons; a sidebar next to a `col-md-8` is mostly links."""
    own = prose.get(el, 0.0)
    return own > p.thread_min_post and own - totals.get(el, 0.0) <= (1 + p.thread_max_chrome) * own


def expand_to_thread(node: etree._Element, totals: dict[etree._Element, float], prose: dict[etree._Element, float],
                     p: ContentParams) -> etree._Element:
    """Climb from the best subtree to the container of its look-alike siblings.

    A forum thread or a Q&A page is a list of posts built from one template: when the
    best subtree sits inside one post and sibling posts of the same tag and class hold
    prose too, the thread container is the main content, replies included.
    """
    result = node
    for depth, el in enumerate([node, *node.iterancestors()]):
        if depth > p.thread_max_climb:
            break
        parent = el.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        sig = _signature(el)
        posts = sum(1 for c in parent if c is not el and _signature(c) == sig and _is_post(c, totals, prose, p))
        if posts >= 1:
            result = parent
    return result


def trim(blocks: list[Block]) -> list[Block]:
    """The best-scoring contiguous run of blocks (cuts leading and trailing chrome)."""
    best_sum, best = 0.0, (0, 0)
    run_sum, run_start = 0.0, 0
    for i, b in enumerate(blocks):
        if run_sum <= 0:
            run_sum, run_start = 0.0, i
        run_sum += b.score
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i + 1)
    return blocks[best[0]:best[1]]


def select(blocks: list[Block], p: ContentParams = ContentParams(), forum: bool = False) -> list[Block]:
    """The blocks of the main content, in document order.

    `forum`: the page is a thread or Q&A page (see `pagekind`), whose comments are content.
    """
    hints = score_blocks(blocks, p, forum)
    discount_related(blocks)
    if not forum and p.teaser_card_depth:
        discount_teasers(blocks, p)
    discount_boilerplate(blocks, p)
    totals = subtree_totals(blocks)
    root = best_subtree(blocks, totals, forum, hints)
    if root is None:
        return []
    best = root
    prose = subtree_totals(blocks, positive=True)
    if p.threads:
        root = expand_to_thread(root, totals, prose, p)
    inside = [b for b in blocks if root in b.ancestors]
    if p.drop_named_chrome and not forum:  # a share bar or comment box nested in an article
        inside = [b for b in inside if b.chrome_at is None or root not in b.chrome_at.iterancestors()]
    posts = thread_posts(root, totals, prose, p) if p.nested_posts and (forum or root is not best) else None
    threaded = root is not best or (forum and p.threads and (bool(posts) or _holds_posts(root, totals, prose, p)))
    if threaded and posts and p.post_bodies:
        posts = lift_post_bodies(inside, posts, p)
    inside = trim_posts(inside, root, posts) if threaded else trim(inside)
    inside = drop_link_runs(inside, p)
    if forum and inside:
        inside = with_thread_title(blocks, inside, p)
    return inside


def with_thread_title(blocks: list[Block], chosen: list[Block], p: ContentParams) -> list[Block]:
    """A thread's or question's title (the last `<h1>` before its text) is part of it: an opening
    post often only makes sense under it ("as in the title, ...").  Annotators of magic-html-zh kept it
    on 20 of 22 forum and Q&A pages and on 4 of 53 articles, so articles leave it out.  A logo
    `<h1>` is a link, and a title is short."""
    first = next(i for i, b in enumerate(blocks) if b is chosen[0])
    for b in reversed(blocks[:first]):
        if b.heading and b.owner.tag == "h1":
            if not _is_link(b, p) and b.chars <= p.boilerplate_max_chars:
                return [b, *chosen]
            break
    return chosen


#: what a post is built of (a paragraph is part of one)
_POST_TAGS = frozenset({"div", "li", "article", "section", "table", "tbody", "tr", "dl", "dd", "ul", "ol"})


def _holds_posts(el: etree._Element, totals: dict, prose: dict, p: ContentParams) -> bool:
    """Whether two children of `el` are look-alike posts: the best subtree is a whole thread."""
    seen: set[tuple[str, str]] = set()
    for child in el:
        if child.tag in _POST_TAGS and _is_post(child, totals, prose, p):
            sig = _signature(child)
            if sig in seen:
                return True
            seen.add(sig)
    return False


def trim_posts(blocks: list[Block], thread: etree._Element, posts: set | None = None) -> list[Block]:
    """`trim` each post of a thread on its own: every post carries its own chrome (author
    card, date, reply and report buttons), which would cut the thread short at the first
    post whose chrome outweighs its text if the thread were trimmed as one run.  A post is a
    child of `thread`, or the innermost of `posts` (`thread_posts`) that holds the block, so a
    reply nested in a list under the opening post is trimmed on its own too."""
    out: list[Block] = []
    group: list[Block] = []
    key = None
    for b in blocks:
        at = b.ancestors.index(thread)
        k = b.ancestors[at - 1] if at else None
        if posts:
            k = next((a for a in b.ancestors[:at] if a in posts), k)
        if group and k is not key:
            out.extend(trim(group))
            group = []
        key = k
        group.append(b)
    out.extend(trim(group))
    return out


def thread_posts(root: etree._Element, totals: dict, prose: dict, p: ContentParams) -> set:
    """The posts inside `root` at any depth: elements holding prose of their own (`_is_post`) with a
    look-alike sibling that does too (a reply list nested under the opening post)."""
    groups: dict[tuple, list] = {}
    for el, own in prose.items():
        if own <= p.thread_min_post or el.tag not in _POST_TAGS or not _is_post(el, totals, prose, p):
            continue
        parent = el.getparent()
        if parent is None or not any(a is root for a in el.iterancestors()):
            continue
        groups.setdefault((parent, _signature(el)), []).append(el)
    return {el for g in groups.values() if len(g) >= 2 for el in g}


def lift_post_bodies(blocks: list[Block], posts: set, p: ContentParams) -> set:
    """Posts are built from one template, so a short reply sits where the other posts keep their
    prose ("这放假方式有点奇特啊" in the body box under an author and a date): a block that is no
    link nor heading, in a look-alike sibling of a post, at the place (the tags and classes from the
    post down to it) where at least two posts hold prose, is a reply and scores like a short
    sentence in a thread (`short_reply_weight`).

    Returns the posts to trim one by one (`trim_posts`): the posts with their look-alike siblings
    (posts whose text scored too little to count as one)."""
    groups = {(el.getparent(), _signature(el)) for el in posts}
    members = {c for parent, sig in groups for c in parent if _signature(c) == sig}
    placed = []
    top: dict[etree._Element, tuple] = {}  # post -> (score, path) of its best block: where its body is
    bodies: dict[tuple, set] = {}  # path -> posts whose best block sits there
    for b in blocks:
        at, path = None, None
        for i, a in enumerate(b.ancestors):
            if a in members:
                at, path = i, tuple(_signature(x) for x in b.ancestors[:i])
                break
        placed.append((at, path))
        if at is not None and b.score > top.get(b.ancestors[at], (0.0,))[0]:
            top[b.ancestors[at]] = (b.score, path)
    for post, (_, path) in top.items():
        bodies.setdefault(path, set()).add(post)
    for b, (at, path) in zip(blocks, placed):
        if at is not None and b.score <= 0 and not b.heading and not b.link_chars and len(bodies.get(path, ())) >= 2:
            b.score = p.short_reply_weight * b.chars
    return members


def _is_link(b: Block, p: ContentParams) -> bool:
    return b.link_chars >= p.link_share * b.chars


def drop_link_runs(blocks: list[Block], p: ContentParams) -> list[Block]:
    """Drop link lines that sit next to other link lines (menus, tag lists, pagers).

    A lone link between prose lines is usually a reference the author gave (a URL in a
    post) and stays.
    """
    if p.keep_lone_links:
        links = [_is_link(b, p) for b in blocks]
        return [b for i, b in enumerate(blocks)
                if not links[i] or (b.chars >= p.lone_link_min_chars
                                    and not ((i > 0 and links[i - 1]) or (i + 1 < len(blocks) and links[i + 1])))]
    return [b for b in blocks if not _is_link(b, p)]
