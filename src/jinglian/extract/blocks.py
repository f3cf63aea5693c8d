"""Parse HTML and flatten it into text blocks that remember where they sit in the tree.

A block is a run of text between two block boundaries (a `<p>`, a `<div>`, a `<br>`...).
Each block keeps its owner element (the innermost open block-level element), how much
of its text sits inside links, and the chain of its ancestors, so the content selector
can add block scores up the tree without walking it again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

#: Elements whose content is never main text (scripts, widgets, media, form controls).
DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
    "head", "link", "meta", "input", "select", "option", "textarea", "button", "nav", "aside",
    "footer", "audio", "video", "map", "math", "dialog",
})

#: Elements that start a new block of text.
BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "html", "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul", "caption", "br",
})

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: Containers that are never main text whatever they hold: dialogs (consent and cookie
#: banners, log-in pop-ups) by ARIA role or by the names consent-management platforms give
#: them.  A consent banner can be the longest prose on a page, in the visitor's language.
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
_CONTAINERS = frozenset({"div", "section", "aside", "form"})
_CONSENT = re.compile(r"(?:^|[-_\s])(?:onetrust|ot-sdk|cookie-?(?:banner|consent|notice|law|bar|policy)|"
                      r"cookies?-?(?:banner|consent|notice)|consent|gdpr|cmp|cc-window|truste|qc-cmp2?|"
                      # pop-ups shown on demand (report forms, log-in boxes, pay codes): learnku's
                      # "ui modal" report form outscored a short article on magic-html-zh
                      r"modal|popup|dialog|lightbox)"
                      r"(?:$|[-_\s\d])", re.I)

# Only display:none: pages such as WeChat articles ship their body with
# "visibility: hidden" and reveal it by script.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)
_WS = re.compile(r"\s+")


@dataclass(slots=True)
class Block:
    """A run of text with its owner element and the share of it inside links."""

    text: str
    chars: int  # non-whitespace characters
    link_chars: int
    owner: etree._Element
    heading: bool = False
    in_pre: bool = False
    score: float = 0.0
    ancestors: tuple = field(default_factory=tuple)
    chrome_at: etree._Element | None = None  # innermost ancestor named like chrome ("share", "nav")


def parse(markup: str) -> etree._Element | None:
    """Parse HTML text leniently; None when there is no tree at all.

    Plain `lxml.etree` elements (not `lxml.html`'s) keep Python out of element creation,
    which is a third of the time on large pages.
    """
    if not markup.strip():
        return None
    # lxml refuses str input that carries an XML encoding declaration
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, recover=True,
                              no_network=True, default_doctype=False, huge_tree=True)
    try:
        root = etree.fromstring(markup, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root


def text_of(el: etree._Element) -> str:
    """All text inside `el` (what lxml.html calls text_content)."""
    return "".join(el.itertext())


def is_dialog(el: etree._Element, tag: str) -> bool:
    """A dialog by its ARIA role, or a consent banner (a div or section) by its id or class."""
    attrib = el.attrib
    if not attrib:
        return False
    if (attrib.get("role") or "").strip().lower() in _DIALOG_ROLES or attrib.get("aria-modal") == "true":
        return True
    if tag not in _CONTAINERS:
        return False
    words = f"{attrib.get('id') or ''} {attrib.get('class') or ''}"
    return len(words) > 1 and _CONSENT.search(words) is not None


def is_hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def prune(root: etree._Element) -> None:
    """Remove elements that never hold main text, keeping their tails."""
    doomed = []
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag:  # comments, processing instructions, entities
            doomed.append(el)
        elif (low := tag.lower()) in DROP_TAGS or is_hidden(el) or is_dialog(el, low):
            doomed.append(el)
    for el in doomed:
        drop_keeping_tail(el)


def drop_keeping_tail(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _count(text: str) -> int:
    """Characters that are not whitespace."""
    return len("".join(text.split()))


def flatten(root: etree._Element) -> list[Block]:
    """The page's text as blocks in document order (pruned tree expected)."""
    blocks: list[Block] = []
    parts: list[str] = []
    link_chars = 0
    link_depth = 0
    pre_depth = 0
    block_stack: list[etree._Element] = []
    heading_depth = 0

    def flush() -> None:
        nonlocal link_chars
        if parts:
            raw = "".join(parts)
            text = raw.strip("\n") if pre_depth else _WS.sub(" ", raw).strip()
            if text:
                n = _count(text)
                blocks.append(Block(text, n, min(link_chars, n), block_stack[-1] if block_stack else root,
                                    heading=heading_depth > 0, in_pre=pre_depth > 0))
            parts.clear()
        link_chars = 0

    def add(text: str | None) -> None:
        nonlocal link_chars
        if text:
            parts.append(text)
            if link_depth:
                link_chars += _count(text)

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in BLOCK_TAGS:
                flush()
                if tag != "br":
                    block_stack.append(el)
            if tag == "a":
                link_depth += 1
            elif tag == "pre":
                pre_depth += 1
            elif tag in HEADING_TAGS:
                heading_depth += 1
            add(el.text)
        else:
            if tag in BLOCK_TAGS:
                flush()
                if tag != "br" and block_stack and block_stack[-1] is el:
                    block_stack.pop()
            if tag == "a":
                link_depth -= 1
            elif tag == "pre":
                pre_depth -= 1
            elif tag in HEADING_TAGS:
                heading_depth -= 1
            add(el.tail)
    flush()
    return blocks
