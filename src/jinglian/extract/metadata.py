"""Title, publish date, author and canonical URL of a page, where the page states them.

Chinese news and forum pages rarely fill schema.org fields but nearly always print a
byline near the title ("2024-05-20 13:15  来源：新华网  作者：张三", "發佈時間：").  We
read, in order: structured <meta> tags, then the lines just below the main heading.
"""
from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree

from .blocks import text_of

_META_TITLE = ("og:title", "twitter:title", "title", "sharetitle")
_META_DATE = (
    "article:published_time", "og:article:published_time", "og:release_date", "pubdate", "publishdate",
    "publish_date", "publishtime", "published_time", "datePublished", "date", "dc.date", "dc.date.issued",
    "sailthru.date", "weibo:article:create_at", "bytedance:published_time", "article:modified_time",
)
_META_AUTHOR = ("author", "article:author", "og:article:author", "dc.creator", "byl", "weibo:article:author")

#: 2024-05-20, 2024/5/20, 2024.05.20, 2024年5月20日, optionally followed by a time
_DATE = re.compile(
    r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[\sT]*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?"
)
#: "作者：张三", "作者: 張三", "记者 李四", "文/王五", "编辑：" (editor is not the author)
_AUTHOR = re.compile(r"(?:作者|作\s者|記者|记者|撰文|文\s*/|文／|发布者|發佈者|楼主|樓主)\s*[:：/]?\s*([^\s:：|｜,，。;；()（）]{1,20})")
_TITLE_SPLIT = re.compile(r"\s*(?:[-_|｜–—]|--)\s*")


#: <meta name="author"> often names the site, the publisher or the template's makers
_NOT_A_PERSON = re.compile(r"team|inc\.?$|ltd|corporation|discuz|有限公司|[网網]$|^[\w.-]*_[\w.-]*$", re.I)


def _not_a_person(author: str, meta: dict[str, str], title_tag: str | None) -> bool:
    if re.fullmatch(r"https?://\S+|[\d\W_]+", author) or _NOT_A_PERSON.search(author):
        return True
    site = meta.get("og:site_name")
    if site and author in site:
        return True
    return bool(title_tag and author in _TITLE_SPLIT.split(title_tag)[1:])


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = re.sub(r"\s+", " ", text).strip()
    return text or None


def _meta_values(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        val = m.get("content")
        if key and val and key not in out:
            out[key] = val.strip()
    return out


def _json_ld(root: etree._Element) -> dict[str, Any]:
    """The first JSON-LD object that looks like an article (headline / datePublished)."""
    for s in root.iter("script"):
        if (s.get("type") or "").lower() != "application/ld+json" or not s.text:
            continue
        try:
            data = json.loads(s.text)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if isinstance(item, dict) and ("datePublished" in item or "headline" in item):
                return item
    return {}


def normalize_date(text: str | None) -> str | None:
    """The first date in `text` as ISO 8601 ("2024-05-20" or "2024-05-20T13:15:00")."""
    if not text:
        return None
    m = _DATE.search(text)
    if not m:
        return None
    y, mo, d, hh, mm, ss = m.groups()
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    date = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    if hh is not None and int(hh) < 24:
        date += f"T{int(hh):02d}:{int(mm):02d}:{int(ss or 0):02d}"
    return date


def _site_suffix_removed(title: str, h1: str | None) -> str:
    """Drop " - 站点名" suffixes from <title> unless the heading says otherwise."""
    if h1 and h1 in title:
        return h1
    parts = _TITLE_SPLIT.split(title)
    if len(parts) > 1 and len(parts[0]) >= 4:
        return parts[0]
    return title


def _byline_text(root: etree._Element, heading: etree._Element | None) -> str:
    """Text of the few elements after the main heading, where bylines sit."""
    if heading is None:
        return ""
    pieces = _sibling_texts(heading, 4)
    parent = heading.getparent()
    if len(" ".join(pieces)) < 10 and parent is not None and parent.getparent() is not None:
        pieces += _sibling_texts(parent, 4 - len(pieces))
    return " ".join(pieces)


def _sibling_texts(el: etree._Element, limit: int) -> list[str]:
    """The cleaned texts (200 characters at most) of up to `limit` non-empty following siblings."""
    pieces: list[str] = []
    for sib in el.itersiblings():
        if len(pieces) >= limit:
            break
        t = _clean(text_of(sib)) if isinstance(sib.tag, str) else None
        if t:
            pieces.append(t[:200])
    return pieces


def extract_metadata(root: etree._Element, url: str | None = None) -> dict[str, str]:
    """title, date, author, url (canonical) where found.  `root` is the unpruned tree."""
    meta = _meta_values(root)
    ld = _json_ld(root)
    out: dict[str, str] = {}

    h1 = next((h for h in root.iter("h1") if _clean(text_of(h))), None)
    h1_text = _clean(text_of(h1)) if h1 is not None else None
    t = root.find(".//title")
    title_tag = _clean(text_of(t)) if t is not None else None
    title = next((meta[k] for k in _META_TITLE if meta.get(k)), None) or _clean(ld.get("headline"))
    if not title:
        title = title_tag
        if title:
            title = _site_suffix_removed(title, h1_text)
    title = _clean(title)
    title = _site_suffix_removed(title, h1_text) if title else h1_text
    if title:
        out["title"] = title

    date = next((normalize_date(meta[k]) for k in (x.lower() for x in _META_DATE) if meta.get(k)), None)
    date = date or normalize_date(str(ld.get("datePublished") or ""))
    byline = _byline_text(root, h1)
    if not date:
        for t in root.iter("time"):
            date = normalize_date(t.get("datetime") or text_of(t))
            if date:
                break
    date = date or normalize_date(byline)
    if date:
        out["date"] = date

    author = next((meta[k] for k in _META_AUTHOR if meta.get(k)), None)
    if not author and isinstance(ld.get("author"), (dict, list)):
        a = ld["author"][0] if isinstance(ld["author"], list) and ld["author"] else ld["author"]
        author = a.get("name") if isinstance(a, dict) else None
    if not author and byline:
        m = _AUTHOR.search(byline)
        author = m.group(1) if m else None
    author = _clean(author)
    if author:  # "小王发表于" -> "小王"
        author = re.split(r"(?:发表|發表|发布|發佈|于\s*\d|於\s*\d|\d{4})", author)[0].strip() or None
    if author and not _not_a_person(author, meta, title_tag):
        out["author"] = author

    canonical = next((l.get("href") for l in root.iter("link") if (l.get("rel") or "").lower() == "canonical" and l.get("href")), None)
    canonical = canonical or meta.get("og:url")
    if canonical and canonical.startswith(("http://", "https://")):
        out["canonical_url"] = canonical.strip()
    return out


#: a labelled date line ("发布时间：", "發佈日期:", "时间：") beats a bare date
_DATE_LABEL = re.compile(r"(?:发布|發佈|发表|發表|更新|时间|時間|日期)")


def date_near(blocks: list, first) -> str | None:
    """A date from the lines just above or at the top of the main text.

    For pages without an <h1> (old table layouts, government sites) the byline sits in the
    few blocks before the content; a labelled date wins over a bare one.
    """
    try:
        i = next(k for k, b in enumerate(blocks) if b is first)
    except StopIteration:
        return None
    window = blocks[max(0, i - 6):i + 3]
    dated = [(b.text, normalize_date(b.text)) for b in window if b.chars <= 80]
    for text, date in dated:
        if date and _DATE_LABEL.search(text):
            return date
    return next((d for _, d in dated if d), None)
