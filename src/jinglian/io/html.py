"""Saved HTML pages (.html/.htm, one page a file) -> `RawPage`s for the recipe's page steps.

The reader only checks that a file is HTML at all (a cheap sniff for tags) and finds the
URL a browser recorded; decoding and extraction are the recipe's extractor step
(`extract.jinglian`, see `jinglian.extract.page`), so their settings are in the recipe.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from ..document import Document, Drop
from .base import Piece, RawPage, ReadFailure, ReadOptions, read_whole

_LOOKS_HTML = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|span|br|a|article|section|script|h[1-6])[\s>/]", re.I)
#: the comment browsers write into saved pages: <!-- saved from url=(0047)https://... -->
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
#: how much of a page we sniff for HTML tags
SNIFF_BYTES = 65536


def looks_like_html(data: bytes) -> bool:
    return _LOOKS_HTML.search(data[:SNIFF_BYTES]) is not None


def saved_from_url(data: bytes) -> str | None:
    m = _SAVED_FROM.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def not_html(page: RawPage, content_type: str | None) -> ReadFailure:
    return ReadFailure(page.id, page.locator, "read.not_html",
                       {"error": "payload has no HTML tags", "content_type": content_type}, page.data, page.url)


def page_to_document(
    data: bytes,
    *,
    doc_id: str,
    source: str,
    locator: str,
    url: str | None,
    content_type: str | None = None,
    extra_meta: dict[str, Any] | None = None,
    options=None,
) -> Document | Drop | ReadFailure:
    """One HTML payload -> a Document with the main text, or why not (Python API, benchmarks)."""
    from ..extract import ExtractOptions
    from ..extract.page import extract_page

    page = RawPage(doc_id, locator, source, url, data, content_type, dict(extra_meta or {}))
    if not looks_like_html(data):
        return not_html(page, content_type)
    return extract_page(page, options or ExtractOptions())


def read_html(piece: Piece, options: ReadOptions) -> Iterator[RawPage | ReadFailure]:
    """One page per file; its id is the file's path relative to the input argument."""
    data = read_whole(piece)
    if isinstance(data, ReadFailure):
        yield data
        return
    page = RawPage(piece.rel, "", piece.rel, saved_from_url(data), data)
    yield page if looks_like_html(data) else not_html(page, None)
