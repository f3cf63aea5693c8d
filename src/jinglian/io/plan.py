"""Turn input paths into shards: lists of pieces of roughly `shard_bytes` each.

The plan depends only on the inputs and `shard_bytes`, never on the worker count, so
every executor produces the same output files.  Large plain JSONL files are split at
line boundaries, large compressed JSONL files by one decompressing pass into pieces of
lines (`io.split`), and large Parquet files at row-group boundaries; small files are packed
together so that ten thousand saved pages do not become ten thousand output files.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..errors import InputError
from .base import Piece
from .formats import SPLITTABLE, detect_format, is_compressed, missing_extra
from .split import split_compressed
from .fs import filesystem, is_remote, local_path

DEFAULT_SHARD_BYTES = 16 * 2**20
#: a compressed JSONL file is split when its size times this (a modest guess of how much JSON
#: text expands: Chinese crawl JSONL gzips about 3x) passes the shard size
COMPRESSION = 2


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


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str  # local path, or path inside the remote filesystem of `fs`
    rel: str
    format: str
    size: int
    fs: str = ""  # the input argument's URI when it is remote


def list_inputs(inputs: list[str]) -> tuple[list[InputFile], list[Skipped]]:
    """Expand files and folders (local paths or remote URIs) into sorted input files.

    Files inside folders whose type is unknown are reported as skipped (never silently);
    an explicitly named file of unknown type is an error.
    """
    found: list[InputFile] = []
    skipped: list[Skipped] = []
    for arg in inputs:
        files = _remote_files(arg) if is_remote(arg) else _local_files(local_path(arg))
        if files is None:
            raise InputError(f"{arg}: no such file or directory")
        single = len(files) == 1 and files[0][1] is None
        for path, rel, size in files:
            name = path.rsplit("/", 1)[-1]
            fmt = detect_format(name)
            if fmt is None:
                if single:
                    raise InputError(f"{arg}: unknown input type (expected .jsonl[.gz|.zst], .parquet, .txt, .html, .warc[.gz])")
                skipped.append(Skipped(path, "unknown file type"))
                continue
            found.append(InputFile(path, rel or name, fmt, size, arg if is_remote(arg) else ""))
    if not found:
        raise InputError(f"{' '.join(inputs)}: no readable input files found")
    for fmt in sorted({f.format for f in found}):
        why = missing_extra(fmt)
        if why:  # before any work: a run that would fail every page of this type
            first = next(f for f in found if f.format == fmt)
            raise InputError(f"{first.path}: {why}")
    return found, skipped


def _local_files(arg: str) -> list[tuple[str, str | None, int]] | None:
    """(path, rel or None for a named file, size) of a local file or folder; None if missing."""
    p = Path(arg)
    if not p.exists():
        return None
    if p.is_file():
        return [(str(p.resolve()), None, p.stat().st_size)]
    # paths are made absolute, not resolved: a folder of symlinks to files elsewhere (a common way
    # to pick part of a crawl) keeps its own names; linked folders are followed, but not into a
    # folder that contains them (a cycle)
    top = Path(os.path.abspath(p))
    base = top.parent
    out = []
    for root, dirs, files in os.walk(top, followlinks=True):
        here = Path(root)
        real = os.path.realpath(here)
        if any(os.path.realpath(up) == real for up in here.parents if up.is_relative_to(top)):
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                full = Path(root, name)
                out.append((str(full), full.relative_to(base).as_posix(), full.stat().st_size))
    return out


def _remote_files(arg: str) -> list[tuple[str, str | None, int]] | None:
    """The same for a URI: listed through pyarrow, hidden files and folders left out."""
    import pyarrow.fs as pafs

    fs, top = filesystem(arg)
    try:
        info = fs.get_file_info(top)
    except OSError as e:
        raise InputError(f"{arg}: cannot read ({e})") from None
    if info.type == pafs.FileType.NotFound:
        return None
    if info.type == pafs.FileType.File:
        return [(top, None, info.size)]
    top = top.rstrip("/")
    parent = top.rsplit("/", 1)[0] if "/" in top else ""
    out = []
    for i in sorted(fs.get_file_info(pafs.FileSelector(top, recursive=True)), key=lambda i: i.path):
        rel_to_top = i.path[len(top):].lstrip("/")
        if i.type != pafs.FileType.File or any(part.startswith(".") for part in rel_to_top.split("/")):
            continue
        out.append((i.path, i.path[len(parent):].lstrip("/"), i.size))
    return out


def _jsonl_cuts(f: IO[bytes], size: int, shard_bytes: int) -> list[tuple[int, int]]:
    """(byte offset, first line number) of line-aligned cut points, the first being (0, 1)."""
    cuts = [(0, 1)]
    line = 1
    target = shard_bytes
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


def _pieces_of(file: InputFile, shard_bytes: int, split_root: Path | None) -> list[Piece]:
    path, rel, fmt, size, fs = file.path, file.rel, file.format, file.size, file.fs
    whole = Piece(path, rel, fmt, 0, -1, size, fs=fs)
    if fmt == "jsonl" and is_compressed(path) and split_root is not None and size * COMPRESSION > shard_bytes:
        return split_compressed(whole, shard_bytes, split_root)
    if fmt == "warc" and size > shard_bytes:
        return _warc_pieces(whole, shard_bytes)
    if fmt not in SPLITTABLE or is_compressed(path) or size <= shard_bytes:
        return [whole]
    if fmt == "jsonl":
        with whole.open() as f:
            cuts = _jsonl_cuts(f, size, shard_bytes)
        ends = [c[0] for c in cuts[1:]] + [size]
        return [Piece(path, rel, fmt, start, end, end - start, line, fs) for (start, line), end in zip(cuts, ends)]
    import pyarrow.parquet as pq

    with whole.open_arrow() as f:
        meta = pq.ParquetFile(f).metadata
    pieces, first, acc = [], 0, 0
    for rg in range(meta.num_row_groups):
        acc += meta.row_group(rg).total_byte_size
        if acc >= shard_bytes or rg == meta.num_row_groups - 1:
            pieces.append(Piece(path, rel, fmt, first, rg + 1, size, fs=fs))
            first, acc = rg + 1, 0
    return pieces


def _warc_pieces(whole: Piece, shard_bytes: int) -> list[Piece]:
    """A WARC file cut at record starts every `shard_bytes` (a .warc.gz holds one gzip member
    per record, so each record start is a place to begin decompressing)."""
    from .warc import record_offsets

    offsets = record_offsets(whole)
    if not offsets:
        return [whole]
    cuts, target = [offsets[0]], offsets[0] + shard_bytes
    for off in offsets[1:]:
        if off >= target:
            cuts.append(off)
            target = off + shard_bytes
    ends = cuts[1:] + [-1]
    return [Piece(whole.path, whole.rel, "warc", start, end, (end if end != -1 else whole.size) - start, fs=whole.fs)
            for start, end in zip(cuts, ends)]


def plan_shards(inputs: list[str], shard_bytes: int = DEFAULT_SHARD_BYTES,
                split_root: Path | None = None) -> tuple[list[Shard], list[Skipped]]:
    files, skipped = list_inputs(inputs)
    return shards_of(files, shard_bytes, split_root), skipped


def shards_of(files: list[InputFile], shard_bytes: int = DEFAULT_SHARD_BYTES, split_root: Path | None = None) -> list[Shard]:
    """Pack the pieces of `files` into shards; large compressed JSONL files are split into
    pieces under `split_root` (see `io.split`), or read whole when it is None."""
    shards: list[Shard] = []
    current: list[Piece] = []
    current_bytes = 0
    for file in files:
        for piece in _pieces_of(file, shard_bytes, split_root):
            weight = piece.size if file.format != "parquet" or piece.end == -1 else shard_bytes
            if current and current_bytes + weight > shard_bytes:
                shards.append(Shard(len(shards), tuple(current)))
                current, current_bytes = [], 0
            current.append(piece)
            current_bytes += weight
    if current:
        shards.append(Shard(len(shards), tuple(current)))
    return shards
