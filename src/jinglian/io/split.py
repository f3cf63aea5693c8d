"""Split a large compressed JSONL file (.jsonl.gz, .jsonl.zst) into pieces by record range.

A gzip or zstd stream cannot be entered in the middle: reaching line N means decompressing
everything before it.  Letting each worker decompress from the start up to its piece would
cost O(pieces x file); instead one sequential pass decompresses the file once and cuts the
stream at the first line end after every `shard_bytes` of decompressed data (the same
cut rule as for a plain JSONL file), writing each piece to the work folder as it is
produced (zstd level 1: cheap to write and to read back, a quarter of the disk).  Memory is
one 4 MiB block whatever the file's size.  Each piece keeps the file's `rel` and its first
line number, so sources, locators and derived ids are those of the whole file: the pieces
are defined by the input and `shard_bytes` alone, never by the worker count.

A stream that turns out truncated or corrupt is not split: its pieces are deleted and the
file is read whole, where the reader reports every readable line and one `read.truncated`.
A finished split leaves `pieces.json` beside its pieces, so `--resume` reuses it.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import zlib
from pathlib import Path

from .base import Piece

BLOCK = 1 << 22
#: zstd level of the spilled pieces: fast enough that the split pass is a small share of a run
SPILL_LEVEL = 1


def split_dir(root: Path, piece: Piece, shard_bytes: int) -> Path:
    """A folder named after the file (where, how big, when written) and the cut size."""
    import os

    try:
        stamp = os.stat(piece.path).st_mtime_ns if not piece.fs else 0
    except OSError:
        stamp = 0
    key = f"{piece.fs}|{piece.path}|{piece.size}|{stamp}|{shard_bytes}"
    return root / hashlib.sha256(key.encode()).hexdigest()[:20]


def split_compressed(whole: Piece, shard_bytes: int, root: Path) -> list[Piece]:
    """The pieces of `whole` (a compressed JSONL file), spilled under `root`; [whole] when
    the stream cannot be read to its end."""
    folder = split_dir(root, whole, shard_bytes)
    index = folder / "pieces.json"
    if index.exists():
        return [Piece(**p) for p in json.loads(index.read_text(encoding="utf-8"))]
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        pieces = _spill(whole, shard_bytes, folder)
    except (EOFError, OSError, zlib.error, ValueError) as e:
        if not _is_stream_error(e):
            raise
        shutil.rmtree(folder, ignore_errors=True)
        return [whole]
    except Exception as e:  # zstandard raises its own ZstdError
        if type(e).__name__ != "ZstdError":
            raise
        shutil.rmtree(folder, ignore_errors=True)
        return [whole]
    tmp = index.with_suffix(".tmp")
    tmp.write_text(json.dumps([_as_dict(p) for p in pieces]), encoding="utf-8")
    tmp.replace(index)
    return pieces


def _is_stream_error(e: Exception) -> bool:
    return not isinstance(e, OSError) or e.errno is None  # a disk error (errno set) is not the input's fault


def _as_dict(p: Piece) -> dict:
    return {k: getattr(p, k) for k in p.__slots__}


def _spill(whole: Piece, shard_bytes: int, folder: Path) -> list[Piece]:
    import zstandard

    from .jsonl import _open

    compressor = zstandard.ZstdCompressor(level=SPILL_LEVEL)
    pieces: list[Piece] = []
    line = 1  # number of the next line to start
    out = None
    piece_bytes = 0
    piece_first = 1

    def start() -> None:
        nonlocal out, piece_bytes, piece_first
        path = folder / f"piece-{len(pieces):05d}.jsonl.zst"
        out = (path, compressor.stream_writer(open(path, "wb"), closefd=True))
        piece_bytes, piece_first = 0, line

    def finish() -> None:
        path, writer = out
        writer.close()
        pieces.append(Piece(str(path), whole.rel, "jsonl", 0, -1, piece_bytes, piece_first, ""))

    with _open(whole) as f:
        start()
        while True:
            block = f.read(BLOCK)
            if not block:
                break
            pos = 0
            while pos < len(block):
                need = shard_bytes - piece_bytes  # the cut is the first line end at or after this
                if need >= len(block) - pos:
                    out[1].write(block[pos:] if pos else block)
                    piece_bytes += len(block) - pos
                    line += block.count(b"\n", pos)
                    break
                nl = block.find(b"\n", pos + max(need, 0))
                if nl < 0:
                    out[1].write(block[pos:])
                    piece_bytes += len(block) - pos
                    line += block.count(b"\n", pos)
                    break
                out[1].write(block[pos:nl + 1])
                piece_bytes += nl + 1 - pos
                line += block.count(b"\n", pos, nl + 1)
                pos = nl + 1
                finish()
                start()
    if piece_bytes or not pieces:
        finish()
    else:  # the file ended exactly at a cut: drop the empty piece begun after it
        out[1].close()
        Path(out[0]).unlink()
    return pieces
