"""One web record (`RawPage`) -> a main-text `Document`, or a `Drop` that says why not.

Decode with evidence (BOM, HTTP header charset, <meta charset>, then detection), extract
the main text under a per-page time limit.  The drop reasons carry the extractor's name
(`extract.jinglian.timeout`), so a run's dropped rows say which extractor failed.
"""
from __future__ import annotations

import traceback
from typing import Any

from ..document import Document, Drop
from ..io.base import RawPage
from . import ExtractOptions

#: the name the zh-web recipe's extractor step and its reasons carry
NAME = "extract.jinglian"
#: reason suffix -> description; the step declares them under its own name
FAILURES = {
    "undecodable": "the page's bytes decode in no supported encoding",
    "error": "main-content extraction raised on this page",
    "timeout": "main-content extraction took longer than the per-page limit",
    "empty": "main-content extraction found no text",
}

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


def extract_page(page: RawPage, options: ExtractOptions = ExtractOptions(), name: str = NAME) -> Document | Drop:
    """The page's main text as a Document (meta: encoding evidence, title, date, ...)."""
    from . import EXTRACTOR_VERSION
    from .charset import declared_charset
    from .limits import ExtractionTimeout, time_limit
    from ..zh.encoding import decode_bytes
    from .. import extract as _extract  # looked up per call: tests replace extract_html

    meta: dict[str, Any] = dict(page.meta)
    if page.text is not None:  # a WET record: the crawler extracted it already
        return Document(page.id, page.text, page.source, page.locator, page.url, meta)
    data = page.data
    declared, where = declared_charset(data, page.content_type)
    try:
        # the limit covers decoding too: charset detection on a large ambiguous page is slow
        with time_limit(options.timeout) as enforced:
            try:
                markup, evidence = decode_bytes(data, declared)
            except UnicodeDecodeError as e:
                lenient = decode_leniently(data, declared)
                if lenient is None:
                    return Drop(f"{name}.undecodable", {"error": str(e), "declared": declared, "declared_in": where})
                markup, evidence = lenient
            result = _extract.extract_html(markup, page.url, options)
    except ExtractionTimeout as e:
        return Drop(f"{name}.timeout", {"error": str(e), "seconds": options.timeout, "bytes": len(data)})
    except Exception as e:  # a bug or a parser crash on this page: drop it, keep the run going
        return Drop(f"{name}.error", {"error": f"{type(e).__name__}: {e}", "traceback": traceback.format_exc(limit=8)})
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
    url = page.url or meta.get("canonical_url")
    if not result.text.strip():
        return Drop(f"{name}.empty", {"error": "no main text found", "blocks": result.blocks, "title": meta.get("title")})
    return Document(page.id, result.text, page.source, page.locator, url, meta)
