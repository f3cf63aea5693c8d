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


def _open(path: str) -> IO[bytes]:
    lower = path.lower()
    if lower.endswith(".gz"):
        return gzip.open(path, "rb")
    if lower.endswith((".zst", ".zstd")):
        import zstandard

        import io

        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(open(path, "rb"), read_across_frames=True))
    return open(path, "rb")


def _lines(f: IO[bytes], piece: Piece) -> Iterator[bytes]:
    if piece.end == -1:
        yield from f
        return
    f.seek(piece.start)
    remaining = piece.end - piece.start
    while remaining > 0:
        line = f.readline()
        if not line:
            return
        remaining -= len(line)
        yield line


def read_jsonl(piece: Piece, options: ReadOptions) -> Iterator[Document | ReadFailure]:
    lineno = piece.first_line - 1
    try:
        with _open(piece.path) as f:
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
