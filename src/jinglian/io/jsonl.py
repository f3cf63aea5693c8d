"""JSONL reader (.jsonl, .jsonl.gz, .jsonl.zst), one document per line.

A bad line never stops the file: it becomes a `ReadFailure` holding the raw bytes.  A
truncated or corrupt compressed stream ends the piece with one `read.truncated` failure
after every line that could still be read.
"""
from __future__ import annotations

import gzip
import json
import zlib
from typing import IO, Iterator

from ..document import Document
from .base import Piece, ReadFailure, ReadOptions
from .records import derived_id, record_to_document


def _open(piece: Piece) -> IO[bytes]:
    lower = piece.path.lower()
    if lower.endswith(".gz"):
        return gzip.open(piece.open(), "rb")
    if lower.endswith((".zst", ".zstd")):
        import zstandard

        import io

        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(piece.open(), read_across_frames=True))
    return piece.open()


BLOCK = 1 << 22


def _lines(f: IO[bytes], piece: Piece) -> Iterator[bytes]:
    """Lines of the piece.  Plain files are read in large blocks (much faster); compressed
    streams line by line, so that a truncated stream still yields every line before the cut."""
    if piece.path.lower().endswith((".gz", ".zst", ".zstd")):
        yield from f
        return
    if piece.end != -1:
        f.seek(piece.start)
    remaining = piece.end - piece.start if piece.end != -1 else -1
    tail = b""
    while remaining != 0:
        block = f.read(BLOCK if remaining < 0 else min(BLOCK, remaining))
        if not block:
            break
        if remaining > 0:
            remaining -= len(block)
        lines = (tail + block).split(b"\n")
        tail = lines.pop()
        yield from lines
    if tail:
        yield tail


def read_jsonl(piece: Piece, options: ReadOptions) -> Iterator[Document | ReadFailure]:
    lineno = piece.first_line - 1
    try:
        with _open(piece) as f:
            for raw in _lines(f, piece):
                lineno += 1
                if not raw.strip():
                    continue
                locator = str(lineno)
                try:
                    rec = json.loads(raw)
                except UnicodeDecodeError as e:
                    yield ReadFailure(derived_id(piece, locator), locator, "read.undecodable",
                                      {"error": f"line is not UTF-8: {e.reason} at byte {e.start}"}, raw.rstrip(b"\r\n"))
                    continue
                except ValueError as e:
                    yield ReadFailure(derived_id(piece, locator), locator, "read.malformed_json",
                                      {"error": str(e)}, raw.rstrip(b"\r\n"))
                    continue
                yield record_to_document(rec, piece, locator, options, raw.rstrip(b"\r\n"))
    except (EOFError, OSError, zlib.error) as e:
        locator = f"after-line-{lineno}"
        yield ReadFailure(derived_id(piece, locator), locator, "read.truncated",
                          {"error": f"{type(e).__name__}: {e}", "lines_read": lineno - piece.first_line + 1}, None)
    except Exception as e:  # zstandard raises its own ZstdError
        if type(e).__name__ != "ZstdError":
            raise
        locator = f"after-line-{lineno}"
        yield ReadFailure(derived_id(piece, locator), locator, "read.truncated",
                          {"error": f"{type(e).__name__}: {e}", "lines_read": lineno - piece.first_line + 1}, None)
