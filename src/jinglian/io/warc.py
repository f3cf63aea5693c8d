"""WARC, WARC.gz and Common Crawl WET files -> documents (FastWARC).

* `response` and `resource` records with an HTML payload become `RawPage`s, like saved
  pages: the recipe's page steps (language prefilter, extractor) decide on them; the HTTP
  header's charset is the first declared evidence, the page's <meta> the second.
* WET `conversion` records are already plain text (UTF-8): `RawPage`s with their text,
  which the prefilter judges (with `WARC-Identified-Content-Language`) and the extractor
  passes on as is.
* A response/resource record whose payload is not HTML becomes a `read.not_html` drop, and
  a record cut short (fewer payload bytes than its Content-Length, a `WARC-Truncated`
  header, or a gzip member that ends early) a `read.truncated` drop, each with its
  WARC-Record-ID.  `warcinfo`, `request`, `metadata` and `revisit` records describe the
  crawl rather than hold pages and are passed over.

Ids are `"{file}#{WARC-Record-ID}"` (stable across runs); the locator is the record id,
and meta carries the record's byte offset in the file (`warc_offset`) to seek to it.
"""
from __future__ import annotations

import zlib
from typing import Any, Iterator

from .base import Piece, RawPage, ReadFailure, ReadOptions
from .html import looks_like_html, not_html

#: payloads declared as one of these are pages; others (images, feeds, robots.txt) are not,
#: and payloads with no Content-Type at all are sniffed for HTML tags
HTML_TYPES = ("text/html", "application/xhtml+xml")
_PAGE_RECORD_TYPES = {"response", "resource"}


def _record_id(rec) -> str:
    rid = rec.headers.get("WARC-Record-ID") or ""
    return rid.strip()


def _content_type(rec) -> str | None:
    if rec.http_headers is not None:
        return rec.http_headers.get("Content-Type")
    return rec.headers.get("Content-Type")


def _dechunk(data: bytes) -> bytes | None:
    """Undo HTTP chunked transfer coding; None if the chunks are cut short."""
    out, pos = bytearray(), 0
    while True:
        eol = data.find(b"\r\n", pos)
        if eol < 0:
            return None
        try:
            size = int(data[pos:eol].split(b";")[0].strip() or b"0", 16)
        except ValueError:
            return None
        if size == 0:
            return bytes(out)
        start = eol + 2
        if start + size > len(data):
            return None
        out += data[start:start + size]
        pos = start + size + 2


def _decode_content(body: bytes, encoding: str | None) -> bytes | None:
    """Undo gzip/deflate/br content coding (crawlers that store wire bytes); None on failure."""
    enc = (encoding or "").strip().lower()
    if not enc or enc == "identity":
        return body
    try:
        if enc in ("gzip", "x-gzip"):
            return zlib.decompress(body, 47)  # 32+15: gzip or zlib header
        if enc == "deflate":
            try:
                return zlib.decompress(body)
            except zlib.error:
                return zlib.decompress(body, -15)
        if enc == "br":
            import brotli  # installed with trafilatura's dependencies (html extra)

            return brotli.decompress(body)
    except Exception:  # noqa: BLE001 - any decoder failure means a cut or corrupt payload
        return None
    return body  # an unknown coding: leave it, the HTML sniff decides


def _gzip_tail_complete(piece: Piece, offset: int) -> bool:
    """Whether the gzip members from `offset` (a member start) to the end are all complete.

    Files compressed as one member (not one per record) are checked from the start.  Reads
    in 1 MiB chunks and discards the output, so memory stays small for any file size.
    """
    with piece.open() as f:
        f.seek(offset)
        if f.read(2) != b"\x1f\x8b":
            offset = 0
        f.seek(offset)
        d = zlib.decompressobj(31)
        fed = False  # has the current member received any bytes?
        pending = b""
        while True:
            chunk = pending or f.read(1 << 20)
            pending = b""
            if not chunk:
                return not fed or d.eof
            if not fed:
                chunk = chunk.lstrip(b"\0")  # padding between members
                if not chunk:
                    continue
            try:
                while chunk:
                    d.decompress(chunk, 1 << 22)
                    fed = True
                    chunk = d.unconsumed_tail
            except zlib.error:
                return False
            if d.eof:
                pending = d.unused_data
                d = zlib.decompressobj(31)
                fed = False


def _truncated(rid: str, piece: Piece, url: str | None, why: str, raw: bytes | None, extra: dict[str, Any]) -> ReadFailure:
    return ReadFailure(f"{piece.rel}#{rid}", rid, "read.truncated", {"error": why, "warc_record_id": rid, **extra}, raw, url)


def read_warc(piece: Piece, options: ReadOptions) -> Iterator[RawPage | ReadFailure]:
    from fastwarc.warc import ArchiveIterator

    compressed = piece.path.lower().endswith(".gz")
    last_offset = piece.start
    truncated_at = -1  # offset of a record already reported as cut short
    try:
        f = piece.open()
    except OSError as e:
        yield ReadFailure(piece.rel, "", "read.unreadable", {"error": str(e)}, None)
        return
    with f:
        if piece.start:
            f.seek(piece.start)  # a record (and gzip member) start found by `record_offsets`
        records = iter(ArchiveIterator(f, parse_http=True))
        while True:
            try:  # only FastWARC's own parsing is guarded: errors in our code must raise
                rec = next(records)
            except StopIteration:
                break
            except Exception as e:  # noqa: BLE001 - a corrupt stream must not end the run silently
                yield ReadFailure(f"{piece.rel}@{last_offset}", f"offset={last_offset}", "read.truncated",
                                  {"error": f"WARC stream failed after offset {last_offset}: {type(e).__name__}: {e}"},
                                  None)
                return
            if piece.end != -1 and rec.stream_pos >= piece.end:
                return  # the next piece's first record
            last_offset = rec.stream_pos
            rtype = rec.headers.get("WARC-Type", "")
            if rtype in _PAGE_RECORD_TYPES or rtype == "conversion":
                for item in _record(rec, rtype, piece):
                    if isinstance(item, ReadFailure) and item.reason == "read.truncated":
                        truncated_at = last_offset
                    yield item
    if compressed and truncated_at != last_offset and not _gzip_tail_complete(piece, last_offset):
        yield ReadFailure(f"{piece.rel}@{last_offset}", f"offset={last_offset}", "read.truncated",
                          {"error": f"gzip stream ends early or is corrupt after offset {last_offset}",
                           "warc_offset": last_offset}, None)


def record_offsets(piece: Piece) -> list[int] | None:
    """Byte offsets of the file's records where a reader can start (one pass, payloads not
    parsed); None when they are not all such places (a .warc.gz compressed as one gzip member
    rather than one member per record, as WARC files should be, cannot be entered midway)."""
    from fastwarc.warc import ArchiveIterator

    offsets = []
    with piece.open() as f:
        try:
            for rec in ArchiveIterator(f, parse_http=False):
                offsets.append(rec.stream_pos)
        except Exception:  # noqa: BLE001 - a corrupt file is read whole, where the reader reports it
            return None
        if piece.path.lower().endswith(".gz"):
            for off in offsets:  # every record must begin a gzip member
                f.seek(off)
                if f.read(2) != b"\x1f\x8b":
                    return None
    return offsets


def _record(rec, rtype: str, piece: Piece) -> Iterator[RawPage | ReadFailure]:
    rid = _record_id(rec) or f"offset={rec.stream_pos}"
    doc_id = f"{piece.rel}#{rid}"
    url = rec.headers.get("WARC-Target-URI") or None
    meta: dict[str, Any] = {"warc_record_id": rid, "warc_offset": rec.stream_pos, "warc_type": rtype}
    for header, key in (("WARC-Date", "warc_date"), ("WARC-Refers-To", "warc_refers_to"),
                        ("WARC-Identified-Content-Language", "cc_language")):
        if rec.headers.get(header):
            meta[key] = rec.headers.get(header)
    body = rec.reader.read()
    if rec.headers.get("Content-Length") is None:  # mandatory: the record header itself was cut
        yield _truncated(rid, piece, url, "record ends inside its WARC header", body or None, {"warc_offset": rec.stream_pos})
        return
    if rtype == "response" and rec.is_http and (rec.http_headers is None or rec.http_headers.status_code is None):
        yield _truncated(rid, piece, url, "record ends inside its HTTP header", body or None, {"warc_offset": rec.stream_pos})
        return
    if len(body) < rec.content_length:
        yield _truncated(rid, piece, url, f"payload has {len(body)} of {rec.content_length} bytes", body,
                         {"warc_offset": rec.stream_pos})
        return
    if rec.headers.get("WARC-Truncated"):
        yield _truncated(rid, piece, url, f"WARC-Truncated: {rec.headers.get('WARC-Truncated')}", body,
                         {"warc_offset": rec.stream_pos})
        return

    if rtype == "conversion":  # WET: plain UTF-8 text extracted by the crawler
        text = body.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        if bad:
            meta["encoding_errors"] = bad
        if not text.strip():
            yield ReadFailure(doc_id, rid, "read.empty", {"error": "empty conversion record", "warc_record_id": rid}, body, url)
            return
        meta["encoding"] = "utf-8"
        yield RawPage(doc_id, rid, piece.rel, url, b"", None, meta, text)
        return

    ctype = _content_type(rec)
    if rec.http_headers is not None:
        meta["http_status"] = rec.http_headers.status_code
        if (rec.http_headers.get("Transfer-Encoding") or "").lower() == "chunked":
            dechunked = _dechunk(body)
            if dechunked is None:
                yield _truncated(rid, piece, url, "chunked payload ends early", body, {"warc_offset": rec.stream_pos})
                return
            body = dechunked
        decoded = _decode_content(body, rec.http_headers.get("Content-Encoding"))
        if decoded is None:
            yield _truncated(rid, piece, url, f"{rec.http_headers.get('Content-Encoding')} payload is cut or corrupt",
                             body, {"warc_offset": rec.stream_pos})
            return
        body = decoded
    mime = (ctype or "").split(";")[0].strip().lower()
    if mime and mime not in HTML_TYPES:
        yield ReadFailure(doc_id, rid, "read.not_html", {"error": f"payload is {mime}", "content_type": ctype,
                                                          "warc_record_id": rid}, None, url)
        return
    if mime:
        meta["content_type"] = ctype
    page = RawPage(doc_id, rid, piece.rel, url, body, ctype if rec.http_headers is not None else None, meta)
    yield page if looks_like_html(body) else not_html(page, ctype)
