"""The charset a page declares, from its HTTP header or its own <meta> tags.

`decode_bytes` (jinglian.zh.encoding) decides with evidence in a fixed order; this module
only finds what the page *says*.  The HTTP header wins over <meta> because servers set
it after the author wrote the page (and transcoding proxies update it), as HTML5 does.
"""
from __future__ import annotations

import re

_HEADER_CHARSET = re.compile(rb"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.I)
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.I)
_META_CHARSET_ATTR = re.compile(rb"""\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_HTTP_EQUIV = re.compile(rb"""http-equiv\s*=\s*["']?content-type""", re.I)
_CONTENT_ATTR = re.compile(rb"""\bcontent\s*=\s*(["'])(.*?)\1""", re.I | re.S)

#: HTML5 says to look for <meta charset> in the first 1024 bytes; real Chinese pages put
#: long <title>s and scripts first, so we look further (cheap: a regex over bytes).
META_SCAN_BYTES = 8192


def header_charset(content_type: str | bytes | None) -> str | None:
    """`text/html; charset=GBK` -> "GBK"."""
    if not content_type:
        return None
    if isinstance(content_type, str):
        content_type = content_type.encode("latin-1", "replace")
    m = _HEADER_CHARSET.search(content_type)
    return m.group(1).decode("ascii") if m else None


def meta_charset(data: bytes) -> str | None:
    """The charset named by `<meta charset=...>` or `<meta http-equiv=Content-Type ...>`."""
    head = data[:META_SCAN_BYTES]
    for tag in _META_TAG.finditer(head):
        t = tag.group()
        if _HTTP_EQUIV.search(t):
            content = _CONTENT_ATTR.search(t)
            if content:
                m = _HEADER_CHARSET.search(content.group(2))
                if m:
                    return m.group(1).decode("ascii")
            continue
        m = _META_CHARSET_ATTR.search(t)
        if m and not _CONTENT_ATTR.search(t):
            return m.group(1).decode("ascii")
    return None


def declared_charset(data: bytes, content_type: str | bytes | None = None) -> tuple[str | None, str | None]:
    """(charset, where) with where in {"http", "meta"}, or (None, None)."""
    cs = header_charset(content_type)
    if cs:
        return cs, "http"
    cs = meta_charset(data)
    if cs:
        return cs, "meta"
    return None, None
