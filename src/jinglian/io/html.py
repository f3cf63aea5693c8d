"""Saved HTML pages (.html/.htm, one page a file) -> main-text documents.

`page_to_document` is shared with the WARC reader: decode with evidence (BOM, HTTP header
charset, <meta charset>, then detection), extract the main text under a per-page time
limit, and return a `Document` or a `ReadFailure` whose reason says what went wrong.
"""
from __future__ import annotations

import re
import traceback
from typing import Any, Iterator

from ..document import Document
from .base import Piece, ReadFailure, ReadOptions, read_whole

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


#: A page may have a few broken bytes (a truncated multi-byte character, a pasted
#: fragment) and still be worth keeping: at most this share of U+FFFD is accepted, and the
#: count is recorded in meta["encoding_errors"].  Above it the page is undecodable.
LENIENT_MAX_SHARE = 0.001


def decode_leniently(data: bytes, declared: str | None) -> tuple[str, dict[str, Any]] | None:
    """Decode with replacement in the declared codec (or UTF-8, GB18030) if errors are rare."""
    from ..zh.encoding import canonical_encoding

    codecs = [c for c in (canonical_encoding(declared), "utf-8", "gb18030") if c]
    best: tuple[int, str, str] | None = None
    for codec in dict.fromkeys(codecs):
        try:
            text = data.decode(codec, errors="replace")
        except LookupError:
            continue
        bad = text.count("\ufffd")
        if best is None or bad < best[0]:
            best = (bad, codec, text)
    if best is None or best[0] > max(1, LENIENT_MAX_SHARE * len(best[2])):
        return None
    bad, codec, text = best
    return text, {"encoding": codec, "evidence": "lenient", "encoding_errors": bad}


def _extract_options():
    from ..extract import ExtractOptions

    return ExtractOptions()


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
) -> Document | ReadFailure:
    """One HTML payload -> a Document with the main text, or a ReadFailure with a reason."""
    from ..extract import EXTRACTOR_VERSION, extract_html
    from ..extract.charset import declared_charset
    from ..extract.limits import ExtractionTimeout, time_limit
    from ..zh.encoding import decode_bytes

    options = options or _extract_options()
    if not looks_like_html(data):
        return ReadFailure(doc_id, locator, "read.not_html",
                           {"error": "payload has no HTML tags", "content_type": content_type}, data, url)
    declared, where = declared_charset(data, content_type)
    try:
        # the limit covers decoding too: charset detection on a large ambiguous page is slow
        with time_limit(options.timeout) as enforced:
            try:
                markup, evidence = decode_bytes(data, declared)
            except UnicodeDecodeError as e:
                lenient = decode_leniently(data, declared)
                if lenient is None:
                    return ReadFailure(doc_id, locator, "read.undecodable",
                                       {"error": str(e), "declared": declared, "declared_in": where}, data, url)
                markup, evidence = lenient
            result = extract_html(markup, url, options)
    except ExtractionTimeout as e:
        return ReadFailure(doc_id, locator, "extract.timeout",
                           {"error": str(e), "seconds": options.timeout, "bytes": len(data)}, data, url)
    except Exception as e:  # a bug or a parser crash on this page: drop it, keep the run going
        return ReadFailure(doc_id, locator, "extract.error",
                           {"error": f"{type(e).__name__}: {e}", "traceback": traceback.format_exc(limit=8)}, data, url)
    meta: dict[str, Any] = dict(extra_meta or {})
    meta.update(result.metadata)
    meta["encoding"] = evidence.get("encoding")
    meta["encoding_evidence"] = evidence.get("evidence")
    if evidence.get("encoding_errors"):
        meta["encoding_errors"] = evidence["encoding_errors"]
    if declared:
        meta["charset_declared"] = declared
        meta["charset_declared_in"] = where
        if evidence.get("declared_failed"):
            meta["charset_declared_wrong"] = True
    meta["extractor"] = f"jinglian-{EXTRACTOR_VERSION}"
    if not enforced and options.timeout:
        meta["extract_time_limit"] = "not enforced"
    url = url or meta.get("canonical_url")
    if not result.text.strip():
        return ReadFailure(doc_id, locator, "extract.empty",
                           {"error": "no main text found", "blocks": result.blocks, "title": meta.get("title")},
                           data, url)
    return Document(doc_id, result.text, source, locator, url, meta)


def read_html(piece: Piece, options: ReadOptions) -> Iterator[Document | ReadFailure]:
    """One document per file; its id is the file's path relative to the input argument."""
    data = read_whole(piece)
    if isinstance(data, ReadFailure):
        yield data
        return
    yield page_to_document(data, doc_id=piece.rel, source=piece.rel, locator="", url=saved_from_url(data))
