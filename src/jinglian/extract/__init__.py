"""Main-content extraction from HTML, tuned on Chinese pages.

    from jinglian.extract import extract_html
    result = extract_html(html_text, url="https://news.example.cn/a.html")
    result.text, result.metadata["title"]

How it works (details in `content`): the page is flattened into text blocks; each block
scores by its own characters (prose with Chinese sentence punctuation counts, and so do runs
of short lines written one phrase per line; link lists and short labels cost; teaser cards,
a linked heading over an excerpt repeated in look-alike boxes, count against); the subtree
with the highest total is the main content (a box named like chrome only when no prose sits
outside it; a chrome name on a box holding nearly all the prose is ignored); it grows to the whole thread when
sibling posts share its template and hold prose of their own (forums keep their replies,
each post, nested at any depth, trimmed of its own chrome, a short reply kept where the other
posts keep their text, and the thread's <h1> title; a page built on forum software is a
thread whatever its URL says); prose after a "related
articles" heading is discounted; leading and trailing chrome is trimmed.  Quality is measured against trafilatura and resiliparse on
magic-html-zh by `bench/extract.py`.

Line-level cleaning (site chrome repeated across a site, share/QR-code lines) is left to
the zh-web recipe's `lines.*` and `boilerplate.*` steps, which run after extraction.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .params import ContentParams

__all__ = ["ExtractOptions", "Extraction", "extract_html", "ContentParams", "EXTRACTOR_VERSION"]

#: Bumped whenever output for the same page may change.
EXTRACTOR_VERSION = "5"


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """Knobs shared by the readers, the Python API and the benchmark."""

    timeout: float | None = 10.0  # seconds per page (see limits.py for where it is enforced)
    #: longer markup is cut before parsing: the C parser cannot be interrupted by the time
    #: limit, and main text sits in the first megabytes (Common Crawl cuts pages at 1 MiB)
    max_chars: int = 4_000_000
    metadata: bool = True
    params: ContentParams = field(default_factory=ContentParams)


@dataclass(slots=True)
class Extraction:
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    blocks: int = 0  # how many text blocks the page had (0: no parseable tree)


def extract_html(markup: str, url: str | None = None, options: ExtractOptions = ExtractOptions()) -> Extraction:
    """Main text (one block per line) and metadata of one HTML page.

    Raises only on bugs; an unparseable or empty page gives empty text.  Time limits are
    the caller's business (`limits.time_limit`), because only the caller knows whether it
    runs in a main thread.
    """
    from . import blocks as _blocks
    from .content import select
    from .metadata import date_near, extract_metadata
    from .pagekind import page_kind

    cut = len(markup) > options.max_chars
    root = _blocks.parse(markup[:options.max_chars] if cut else markup)
    if root is None:
        return Extraction("", {}, 0)
    meta = extract_metadata(root, url) if options.metadata else {}
    if cut:
        meta["html_cut_at"] = options.max_chars
    kind = page_kind(url or meta.get("canonical_url"), root)
    _blocks.prune(root)
    flat = _blocks.flatten(root)
    chosen = select(flat, options.params, forum=kind != "article")
    meta["page_kind"] = kind
    if options.metadata and "date" not in meta and chosen:
        date = date_near(flat, chosen[0])
        if date:
            meta["date"] = date
    return Extraction("\n".join(b.text for b in chosen), meta, len(flat))
