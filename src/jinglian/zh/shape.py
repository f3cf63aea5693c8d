"""Shape signals of pages a careful team does not train on, whatever their words.

Each is a number stored by `quality.signals` on every document (measure, then decide); the
`quality.*` filters and the `quality` score read them with thresholds of their own.

- `commerce_terms`, `commerce_density`: sales copy.  The distinct entries of
  `zh/data/commerce.txt` (prices, purchases, enquiries, sign-ups, calls to action; every contact
  detail together counts as one) found in the folded text, and that number per 100 visible
  characters.  A news story about a shopping festival or a price index names a few (however
  often); a product list, a sign-up page or a page of service rules is made of many.
- `link_share`: link stuffing.  Share of the visible characters inside URLs: keyword pages that
  link every term, blog pages reduced to their link lists.  Images are not links: a markdown post
  showing its screenshots (`![](http://.../a.png)`) is content (the quality gate has one).
- `pinyin_gloss_density`: SEO text that glosses characters with their pinyin to dodge duplicate
  detection ("烟(yan)台市(shi)"), per 100 Han characters.  A textbook glosses a rare character
  now and then; this trick glosses every few characters.
- `title_echo`: how often the first line (a title of 6-40 visible characters) recurs inside the
  rest of the page.  Keyword-stuffed pages paste their title into sentence after sentence; an
  article names its headline once, if at all.  `title_tail_echo`: the lines that end with the
  title appended after a comma or colon, without a full stop (the keyword tacked onto a paragraph),
  and a question title pasted into a sentence that goes on after its question mark ("？，").
- `spun_terms`, `spun_hits`: synonym-spun text.  The distinct entries of `zh/data/spun.txt`
  (phrases only a "伪原创" spinner writes: 先容 for 介绍, 不克不及 for 不能, 起到…感化 for 起到…作用)
  found in the folded text, and every match.  A writer uses none; a spun page carries several,
  or one swap made all through it (学问 for 文化 at every mention of a festival).
- `form_fields`: an input form copied as text.  The distinct personal-data fields (姓名, 性别,
  电话, 邮箱, 地址, …) that stand bare on a line or bullet ("姓名", "3、出生日期") or end a line
  as an empty field after its prompt ("*请留下常用号码 手机：").  A contact
  block gives its values ("电话：010-…"); a sign-up or application form leaves them blank.
- `chrome_line_share`: a page whose lines are its interface.  The share of its lines (when it has
  at least CHROME_MIN_LINES) that are one bare interface word of `zh/data/chrome.txt` or
  `social.txt` ("点赞", "收藏", "举报", "评论") or a post number ("#2", "3楼"): a forum thread
  whose every post left its buttons behind.
- `explicit_terms`: the distinct entries of `zh/data/explicit.txt` (the words of erotic stories,
  clinical words left out).  A novel or a health page may use one or two; an erotic story many.
- `question_repeats`: the same question asked again and again.  Every question (the text from the
  last clause break up to a question mark, at least QUESTION_MIN_HAN Han characters) counted; the
  occurrences of the most frequent one beyond its first.  A keyword-stuffed page pastes its target
  query ("…怎么选才划算？") under heading after heading and into its paragraphs; an FAQ asks each
  question once, an article restates its question once at most, and an abstract repeated as the
  first paragraph repeats each of its questions once.
- `question_repeat_density`: `question_repeats` per 1000 Han characters.  A stuffed page pastes its
  query into a short text; a long story or forum thread may come back to one question, or carry a
  poster's signature that asks one, a few times in thousands of characters.
- `catalogue_models`: a catalogue of products by model number.  The distinct model numbers (Latin
  capitals and digits together, at least three characters: "KX-200A", "M50", "12B") named in the
  page's short lines that do not end a sentence (headings, list items).  A catalogue or a product
  list names a new model line after line; a review or a spec sheet names its one model again and again.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import list_pattern
from .signals import visible_len


@lru_cache(maxsize=1)
def commerce_re() -> re.Pattern[str]:
    """The sales-copy lexicon as one pattern; a contact is matched by its group `contact`."""
    return list_pattern("commerce.txt", groups=("contact",))


@lru_cache(maxsize=1)
def spun_re() -> re.Pattern[str]:
    return list_pattern("spun.txt")


@lru_cache(maxsize=1)
def explicit_re() -> re.Pattern[str]:
    return list_pattern("explicit.txt")


def spun_matches(folded: str) -> list[str]:
    """Every spinner phrase (`zh/data/spun.txt`) in `folded` text, in order."""
    return [m.group(0) for m in spun_re().finditer(folded)]


def explicit_terms(folded: str) -> int:
    """Distinct explicit-sex entries (`zh/data/explicit.txt`) in `folded` text."""
    return len({m.group(0) for m in explicit_re().finditer(folded)})


def commerce_terms(folded: str) -> int:
    """Distinct sales-copy entries in `folded` text (`zh.lexicon.Folder`); all contacts are one."""
    return len({"<contact>" if m.group("contact") else m.group(0) for m in commerce_re().finditer(folded)})


#: where a sentence ends (folded text): full stops, question and exclamation marks, line breaks
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]+")


def commerce_spread(folded: str) -> tuple[int, float]:
    """How the sales-copy entries of `folded` text spread: the sentences holding one, and their share of
    the text's characters.  A sales page spreads its entries over many sentences and is made of them;
    one call to action ("有意者可拨打热线…咨询。") packs them into one, and an article with a call to
    action glued on ("…农民增收。【訂購熱線：…】") holds one or two among many others."""
    rx = commerce_re()
    sentences = [s.strip() for s in _SENTENCE_END_RE.split(folded)]
    total = sum(map(len, sentences))
    selling = [s for s in sentences if rx.search(s)]
    return len(selling), (sum(map(len, selling)) / total if total else 0.0)


#: a URL: a scheme or "www.", then anything up to white space, a Han character or a closing bracket
URL_RE = re.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20)\]】>\"']+",
                    re.IGNORECASE)
_TLD = r"(?:com|cn|net|org|info|cc|top|xyz|vip|site|club|me|io|tv)"
#: a URL without its scheme: a bare host under a common top-level domain and a path ("example.com/a/%E5%AD%A6…",
#: a keyword page's own address), not glued to a word; a bare host alone ("example.com") is a name, not a link
BARE_URL_RE = re.compile(r"(?<![\w.@/-])(?:[a-z0-9-]+\.)+" + _TLD + r"(?:\.cn)?/"
                         r"[^\s\u3000-\u303f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20)\]】>\"']+", re.IGNORECASE)
#: where a bare URL can be (BARE_URL_RE, found from here: it has no literal start, and trying it at
#: every position of a page costs more than the rest of link_share)
_TLD_SLASH_RE = re.compile(r"\." + _TLD + r"(?:\.cn)?/", re.IGNORECASE)
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")


def bare_urls(text: str) -> list[str]:
    """The matches of BARE_URL_RE in `text`, found from their top-level domains."""
    out: list[str] = []
    done = 0
    for m in _TLD_SLASH_RE.finditer(text):
        start = m.start()
        if start < done:
            continue
        while start > 0 and text[start - 1] in _HOST_CHARS:
            start -= 1
        u = BARE_URL_RE.match(text, start)
        if u:
            out.append(u.group(0))
            done = u.end()
    return out


#: an image's URL: shown, not linked
_IMAGE_URL_RE = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|bmp)(?:[?#]\S*)?$", re.IGNORECASE)


def link_share(text: str, n_visible: int) -> float:
    """Share of the visible characters inside URLs, images' URLs aside."""
    if not n_visible:
        return 0.0
    urls = URL_RE.findall(text) if "http" in text or "www." in text or "WWW." in text else []
    if "/" in text:
        urls += [m for m in bare_urls(text) if not m.lower().startswith("www.")]  # those URL_RE took
    chars = sum(len(m) for m in urls if not _IMAGE_URL_RE.search(m))
    return round(min(1.0, chars / n_visible), 4)


#: a Han character glossed with its pinyin in brackets: "烟(yan)", "台（tái）"
PINYIN_GLOSS_RE = re.compile(r"[\u4e00-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[1-5]?[)）]")


def pinyin_glosses(text: str) -> int:
    """Han characters glossed with their pinyin in brackets."""
    if "(" not in text and "（" not in text:
        return 0
    return len(PINYIN_GLOSS_RE.findall(text))


#: the first line counts as a title between these lengths (visible characters) ...
TITLE_MIN_CHARS, TITLE_MAX_CHARS = 6, 40
#: ... with at least this many Han characters: a product page titled with its model name ("APL 3.2")
#: names it in every paragraph, a stuffed keyword is a Chinese phrase or question
TITLE_MIN_HAN = 6
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def title_echo(text: str) -> int:
    """Occurrences of the first non-empty line (a title of TITLE_MIN_CHARS..TITLE_MAX_CHARS
    visible characters, TITLE_MIN_HAN of them Han) in the rest of the page."""
    head, _, rest = text.strip().partition("\n")
    head = head.strip()
    if not rest or not TITLE_MIN_CHARS <= visible_len(head) <= TITLE_MAX_CHARS:
        return 0
    if len(_HAN_RE.findall(head)) < TITLE_MIN_HAN:
        return 0
    return rest.count(head)


#: what stands before a title appended to a paragraph as a keyword: a clause break
_CLAUSE_BREAK = "，,：:；;"
#: a label that names the title it stands before: a repost notice's "原文标题：…", "原題："
_TITLE_LABEL_RE = re.compile(r"(?:标题|標題|题目|題目|原题|原題|篇名|title)\s*[:：]\s*$", re.IGNORECASE)
#: the label of a previous/next link, either script: "上一篇", "下一則", "前一篇", "上一章", "Previous
#: Post" (the line rules' `PREV_NEXT_RE` and `title_tail_echo` read the same words)
PREV_NEXT_WORDS = (r"(?:上一篇|下一篇|上一[条條则則]|下一[条條则則]|上篇|下篇|前一篇|[后後]一篇|上一章|下一章"
                   r"|previous|next|prev)\s*(?:文章|新[闻聞]|post|article)?")
#: a previous/next link that is the whole line before the title: a template that links the page to
#: itself ("上一則：<title>", bench heldout20, four articles of its traditional-script sites) is
#: navigation, not a keyword tacked onto a paragraph
_PREV_NEXT_LABEL_RE = re.compile(r"^\s*" + PREV_NEXT_WORDS + r"\s*[:：>]\s*$", re.IGNORECASE)

#: a title that asks or exclaims ends with one of these
_QUESTION_CLOSE = frozenset("？?！!")
_CLAUSE_BREAK_SET = frozenset(_CLAUSE_BREAK)


def title_tail_echo(text: str) -> int:
    """Lines of the rest of the page that end with the title (as `title_echo` reads it) appended
    after a clause break and without a full stop: "…选购时要看滤芯寿命，带你了解家用净水器品牌".
    A writer who restates a headline ends the sentence ("记者获悉：三个乡镇恢复供电。"); a repost
    notice names it after a label ("…原文標題：<title>", bench heldout13), and a previous/next link
    naming it ("上一則：<title>", bench heldout20) is navigation: neither is counted.
    Also counted: a question (or exclamation) title pasted into a sentence that goes on after it,
    a clause break right after its question mark ("…协商之后如何挑选净水器？，或者…").  An article
    may open by asking its title's question; that sentence ends there ("如何挑选净水器？这要看…")."""
    head, _, rest = text.strip().partition("\n")
    head = head.strip()
    if not rest or not TITLE_MIN_CHARS <= visible_len(head) <= TITLE_MAX_CHARS:
        return 0
    if len(_HAN_RE.findall(head)) < TITLE_MIN_HAN or head not in rest:
        return 0
    n = 0
    for line in rest.split("\n"):
        line = line.rstrip()
        if line.endswith(head) and len(line) > len(head) and line[-len(head) - 1] in _CLAUSE_BREAK \
                and not _TITLE_LABEL_RE.search(line[:-len(head)]) and not _PREV_NEXT_LABEL_RE.match(line[:-len(head)]):
            n += 1
    if head[-1] in _QUESTION_CLOSE:
        n += sum(1 for m in re.finditer(re.escape(head), rest) if rest[m.end():m.end() + 1] in _CLAUSE_BREAK_SET)
    return n


#: the fields of a form that asks for personal data
FORM_FIELDS = ("真实姓名", "姓名", "性别", "出生日期", "出生年月", "年龄", "联系电话", "电话", "手机号码", "手机号", "手机",
               "电子邮箱", "邮箱", "e-mail", "email", "联系地址", "通讯地址", "户口住址", "地址", "联系人", "身份证号码",
               "身份证号", "身份证", "验证码", "qq", "微信号", "微信", "民族", "籍贯", "学历", "工作单位", "邮编", "职业",
               "留言内容", "所在地区")
_FORM_FIELD = "(" + "|".join(sorted(FORM_FIELDS, key=len, reverse=True)) + ")"
#: a bare field: the whole line or bullet, maybe numbered or starred ("3、出生日期", "*姓名：")
_BARE_FIELD_RE = re.compile(r"^[\s*＊]*(?:\d+[、.．]\s*)?" + _FORM_FIELD + r"\s*[:：]?$", re.IGNORECASE)
#: an empty field after its prompt, ending a short line ("*请留下常用号码 手机：")
_EMPTY_FIELD_RE = re.compile(_FORM_FIELD + r"\s*[:：]$", re.IGNORECASE)
#: a line can only hold a blank field when it ends with one of these (a colon, a field's last character)
_FIELD_ENDS = frozenset(":：" + "".join(w[-1] for w in FORM_FIELDS) + "".join(w[-1].upper() for w in FORM_FIELDS))
#: a prompt and its empty field fit in this many characters
FORM_LINE_MAX = 40
#: lines and the private-use bullet (U+E40C) some pages put between a form's items
_ITEM_SEP_RE = re.compile("[\n\ue40c]")


def form_fields(text: str) -> int:
    """Distinct personal-data fields left blank: bare on a line or bullet, or ending a short line
    after a colon."""
    found = set()
    for item in _ITEM_SEP_RE.split(text):
        item = item.strip()
        if not item or len(item) > FORM_LINE_MAX or item[-1] not in _FIELD_ENDS:
            continue
        m = _BARE_FIELD_RE.match(item) or _EMPTY_FIELD_RE.search(item)
        if m:
            found.add(m.group(1).lower())
    return len(found)


#: a page needs this many lines before the share of its interface lines means anything
CHROME_MIN_LINES = 10
#: a forum post's number: "#2", "3楼"
_POST_NUMBER_RE = re.compile(r"#\d{1,5}|\d{1,5}楼")


def chrome_line_share(folded: str, chrome_words: frozenset[str]) -> float:
    """Share of the lines (and U+E40C bullets) of `folded` text that are a bare interface word
    (`chrome_words`: `zh.lexicon.Lexicon.chrome_words`) or a post number; 0 below CHROME_MIN_LINES."""
    lines = [ln.strip() for ln in _ITEM_SEP_RE.split(folded)]
    lines = [ln for ln in lines if ln]
    if len(lines) < CHROME_MIN_LINES:
        return 0.0
    n = sum(1 for ln in lines if len(ln) <= 8 and (ln in chrome_words or _POST_NUMBER_RE.fullmatch(ln)))
    return round(n / len(lines), 4)


#: a question counts when it holds at least this many Han characters ("怎么办？" alone is a reply)
QUESTION_MIN_HAN = 5
#: sentence and clause breaks; a question is the text after the last one, up to a question mark
_BREAK_SPLIT_RE = re.compile(r"([。！？!?\n，,；;：:])")


def question_repeats(text: str) -> int:
    """Occurrences beyond its first of the most frequent question (QUESTION_MIN_HAN Han characters
    or more): 0 when no question comes back, 3 for one query pasted four times, 1 for an abstract
    of three questions that the page repeats.  A line printed twice in a row asks once: a question
    title over the same heading (held-out 462, session 35, read after its one measurement)."""
    if "？" not in text and "?" not in text:
        return 0
    lines = [ln.strip() for ln in text.split("\n")]
    text = "\n".join(ln for k, ln in enumerate(lines) if k == 0 or ln != lines[k - 1])
    parts = _BREAK_SPLIT_RE.split(text)  # text, break, text, break, ...
    seen: dict[str, int] = {}
    for i in range(1, len(parts), 2):
        if parts[i] in "？?":
            q = parts[i - 1].strip()
            if len(_HAN_RE.findall(q)) >= QUESTION_MIN_HAN:
                seen[q] = seen.get(q, 0) + 1
    return max(seen.values(), default=1) - 1


#: a model number: capitals and digits (a hyphen after the letters) with at least one of each and
#: three characters or more, standing alone among Latin letters and digits ("KX-200A", "M50", "12B";
#: not "5G", "A4" or the "2" of "PM2.5")
MODEL_RE = re.compile(r"(?<![A-Za-z0-9.])(?=[A-Z0-9-]{3})(?=[A-Z-]*[0-9])(?=[0-9-]*[A-Z])"
                      r"[A-Z]{0,5}-?[0-9]{1,5}[A-Z]{0,3}(?![A-Za-z0-9]|\.[0-9])")
#: a line names a catalogue entry when it is at most this long and does not end a sentence
MODEL_LINE_MAX = 40
_SENTENCE_CLOSE = frozenset("。！？!?")


def catalogue_models(text: str) -> int:
    """Distinct model numbers (`MODEL_RE`) named in lines of at most MODEL_LINE_MAX characters that
    do not end with a full stop, question or exclamation mark."""
    found: set[str] = set()
    for line in text.split("\n"):
        line = line.strip()
        if not line or len(line) > MODEL_LINE_MAX or line[-1] in _SENTENCE_CLOSE:
            continue
        found.update(MODEL_RE.findall(line))
    return len(found)


def shape_signals(text: str, folded: str, n_visible: int, n_han: int,
                  chrome_words: frozenset[str] | None = None) -> dict[str, float | int]:
    """Every signal of this module (`folded`: the text folded for lexicon matching; `chrome_words`:
    the interface words, `zh.lexicon.load_lexicon().chrome_words` when not given)."""
    if chrome_words is None:
        from .lexicon import load_lexicon

        chrome_words = load_lexicon().chrome_words
    hits, glosses = commerce_terms(folded), pinyin_glosses(text)
    spun = spun_matches(folded)
    repeats = question_repeats(text)
    return {
        "commerce_terms": hits,
        "commerce_density": round(100 * hits / n_visible, 4) if n_visible else 0.0,
        "link_share": link_share(text, n_visible),
        "pinyin_glosses": glosses,
        "pinyin_gloss_density": round(100 * glosses / n_han, 4) if n_han else 0.0,
        "title_echo": title_echo(text),
        "title_tail_echo": title_tail_echo(text),
        "form_fields": form_fields(text),
        "chrome_line_share": chrome_line_share(folded, chrome_words),
        "spun_terms": len(set(spun)),
        "spun_hits": len(spun),
        "explicit_terms": explicit_terms(folded),
        "question_repeats": repeats,
        "question_repeat_density": round(1000 * repeats / n_han, 4) if n_han else 0.0,
        "catalogue_models": catalogue_models(text),
    }
