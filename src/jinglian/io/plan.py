"""Turn input paths into shards: lists of pieces of roughly `shard_bytes` each.

The plan depends only on the inputs and `shard_bytes`, never on the worker count, so
every executor produces the same output files.  Large plain JSONL files are split at
line boundaries and large Parquet files at row-group boundaries; small files are packed
together so that ten thousand saved pages do not become ten thousand output files.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .base import Piece
from .formats import SPLITTABLE, detect_format, is_compressed

DEFAULT_SHARD_BYTES = 16 * 2**20


@dataclass(frozen=True, slots=True)
class Shard:
    index: int
    pieces: tuple[Piece, ...]

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    why: str


def list_inputs(inputs: list[str]) -> tuple[list[tuple[str, str, str]], list[Skipped]]:
    """Expand files and folders into sorted (path, rel, format) triples.

    Files inside folders whose type is unknown are reported as skipped (never silently);
    an explicitly named file of unknown type is an error.
    """
    found: list[tuple[str, str, str]] = []
    skipped: list[Skipped] = []
    for arg in inputs:
        p = Path(arg)
        if not p.exists():
            raise InputError(f"{arg}: no such file or directory")
        if p.is_file():
            fmt = detect_format(p.name)
            if fmt is None:
                raise InputError(f"{arg}: unknown input type (expected .jsonl[.gz|.zst], .parquet, .txt, .html, .warc[.gz])")
            found.append((str(p.resolve()), p.name, fmt))
            continue
        base = p.resolve().parent
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                full = Path(root, name).resolve()
                fmt = detect_format(name)
                if fmt is None:
                    skipped.append(Skipped(str(full), "unknown file type"))
                    continue
                found.append((str(full), full.relative_to(base).as_posix(), fmt))
    if not found:
        raise InputError(f"{' '.join(inputs)}: no readable input files found")
    return found, skipped


def _jsonl_cuts(path: str, size: int, shard_bytes: int) -> list[tuple[int, int]]:
    """(byte offset, first line number) of line-aligned cut points, the first being (0, 1)."""
    cuts = [(0, 1)]
    line = 1
    target = shard_bytes
    with open(path, "rb") as f:
        pos = 0
        while True:
            chunk = f.read(1 << 22)
            if not chunk:
                break
            start = 0
            while pos + len(chunk) > target:
                nl = chunk.find(b"\n", max(start, target - pos))
                if nl < 0:
                    break
                line += chunk.count(b"\n", start, nl + 1)
                start = nl + 1
                if pos + start < size:
                    cuts.append((pos + start, line))
                target = pos + start + shard_bytes
            line += chunk.count(b"\n", start)
            pos += len(chunk)
    return cuts


def _pieces_of(path: str, rel: str, fmt: str, shard_bytes: int) -> list[Piece]:
    size = os.path.getsize(path)
    if fmt not in SPLITTABLE or is_compressed(path) or size <= shard_bytes:
        return [Piece(path, rel, fmt, 0, -1, size)]
    if fmt == "jsonl":
        cuts = _jsonl_cuts(path, size, shard_bytes)
        ends = [c[0] for c in cuts[1:]] + [size]
        return [Piece(path, rel, fmt, start, end, end - start, line) for (start, line), end in zip(cuts, ends)]
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    pieces, first, acc = [], 0, 0
    for rg in range(meta.num_row_groups):
        acc += meta.row_group(rg).total_byte_size
        if acc >= shard_bytes or rg == meta.num_row_groups - 1:
            pieces.append(Piece(path, rel, fmt, first, rg + 1, size))
            first, acc = rg + 1, 0
    return pieces


def plan_shards(inputs: list[str], shard_bytes: int = DEFAULT_SHARD_BYTES) -> tuple[list[Shard], list[Skipped]]:
    files, skipped = list_inputs(inputs)
    shards: list[Shard] = []
    current: list[Piece] = []
    current_bytes = 0
    for path, rel, fmt in files:
        for piece in _pieces_of(path, rel, fmt, shard_bytes):
            weight = piece.size if fmt != "parquet" or piece.end == -1 else shard_bytes
            if current and current_bytes + weight > shard_bytes:
                shards.append(Shard(len(shards), tuple(current)))
                current, current_bytes = [], 0
            current.append(piece)
            current_bytes += weight
    if current:
        shards.append(Shard(len(shards), tuple(current)))
    return shards, skipped
