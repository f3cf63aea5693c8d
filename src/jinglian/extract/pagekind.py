"""Is a page a forum thread / Q&A page (replies are content) or an article (comments are not)?

The annotated corpora we measure on (magic-html-zh) count the replies of a thread as main
text and the comment box under a news article as chrome.  Both look alike in the DOM, so
we decide per page from the URL and, when it says nothing, from forum vocabulary and
forum software in the page itself.
"""
from __future__ import annotations

import re

from lxml import etree

from .blocks import text_of

#: URL words of forum and Q&A software (host labels such as bbs.*, path segments such as /thread/)
_FORUM_HOST = re.compile(r"^(?:[\w-]+\.)*(?:bbs|forums?|tieba|zhidao|wenda|discuss|club|community|ask)[\w-]*\.", re.I)
_FORUM_PATH = re.compile(
    r"[/?&#=_-](?:bbs|forums?|thread|threads|topics?|discuss(?:ion)?s?|questions?|answers?|faq|wenda|posts?|"
    r"comments?|viewthread|showtopic|forum\.php)(?=[/.?&#=_-]|$)|/(?:t|d)/\d", re.I)
#: words only forum pages print: "the original poster", "first reply", "posted at", floor numbers
_FORUM_WORDS = re.compile(r"楼主|樓主|沙发|沙發|板凳|发表于|發表於|回帖|楼层|樓層|主题帖|主題帖|只看该作者|只看該作者|\d+\s*楼(?!盘)")
_FORUM_SOFTWARE = re.compile(r"discuz|phpwind|vbulletin|phpbb|flarum|discourse|xenforo|nodebb", re.I)
#: forum software a page is built on, named where only its own pages name it: the "powered by" credit linking to
#: the software's site, and the folder its scripts and stylesheets load from (wp-content/plugins/wpforo/...)
_FORUM_NAMES = r"discuz|phpwind|vbulletin|phpbb|flarum|discourse|xenforo|nodebb|talkyard|wpforo|kunena|misago|flaskbb"
_CREDIT_HOST = re.compile(r"^(?:https?:)?//(?:www\.)?(?:" + _FORUM_NAMES + r")(?:-project)?\.(?:com|net|org|io)(?:/|$)", re.I)
_ASSET_PATH = re.compile(r"/(?:" + _FORUM_NAMES + r")/", re.I)


def page_kind(url: str | None, root: etree._Element | None) -> str:
    """"forum", "article", or "unknown" (no URL and no forum traces in the page).

    Callers treat "unknown" like "forum": keeping a comment box costs a little precision,
    dropping a thread's replies costs most of the page.
    """
    if root is not None:
        for m in root.iter("meta"):
            if (m.get("name") or "").lower() == "generator" and _FORUM_SOFTWARE.search(m.get("content") or ""):
                return "forum"
    if url:
        rest = url.split("://", 1)[-1]
        host, _, path = rest.partition("/")
        if _FORUM_HOST.match(host) or _FORUM_PATH.search("/" + path):  # a TLD (.club) is no label
            return "forum"
        return "forum" if root is not None and built_on_forum_software(root) else "article"
    if root is None:
        return "unknown"
    body = root.find("body")
    text = text_of(body) if body is not None else ""
    return "forum" if len(_FORUM_WORDS.findall(text)) >= 3 else "unknown"


def built_on_forum_software(root: etree._Element) -> bool:
    """A "powered by" link to forum software's site, or scripts / stylesheets loaded from its folder."""
    for el in root.iter("a", "link", "script"):
        if el.tag == "a":
            href = el.get("href")
            if href and _CREDIT_HOST.match(href.strip()):
                return True
        else:
            src = el.get("src") or el.get("href")
            if src and _ASSET_PATH.search(src):
                return True
    return False


def is_forum(url: str | None, root: etree._Element | None) -> bool:
    return page_kind(url, root) == "forum"
