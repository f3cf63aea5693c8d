"""Write rows of the run directory, atomically: a temporary name, then a rename.

Parquet (zstd) by default, JSONL as an option.  Writing the same rows gives the same
bytes, so outputs can be compared across executors and worker counts.
"""
from __future__ import annotations

import base64
import json
import os
import re
import socket
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..rundir.layout import SUFFIXES
from .fs import Folder

#: low-cardinality columns worth dictionary-encoding; long texts only waste time on it
_DICTIONARY_COLUMNS = ("source", "step", "reason")


def atomic_path(path: Path) -> Path:
    """A temporary name beside `path`, unique across the nodes sharing a mount (host and pid)."""
    return path.with_name(f"{path.name}.tmp-{socket.gethostname()}-{os.getpid()}")


#: a Parquet row group (and a JSONL write) is cut when the buffered rows reach this many
#: characters of strings (or ROW_GROUP_ROWS rows): a shard's memory is bounded by it, not by
#: the shard's size.  The cut depends on the rows alone, so the same rows give the same bytes.
ROW_GROUP_CHARS = 8 * 2**20
ROW_GROUP_ROWS = 20_000


class RowWriter:
    """Rows of one run-directory file, written as they come and published when closed.

    Parquet (zstd) row groups are written as the buffer fills; JSONL lines likewise.  The
    file appears (atomically, see `Folder.open_write`) only on `close()`, and only when it
    has rows; `discard()` leaves nothing behind.  A string that UTF-8 cannot encode (a lone
    surrogate that got past the reader) is replaced by U+FFFD rather than stopping the run.
    """

    def __init__(self, schema: pa.Schema, folder: Folder, rel: str, fmt: str = "parquet", always: bool = False):
        if fmt not in SUFFIXES:
            raise ValueError(f"unknown output format {fmt!r}")
        self.schema, self.folder, self.rel, self.fmt = schema, folder, rel, fmt
        self.always = always  # publish even without rows (a file whose absence means lost work)
        self.rows = 0
        self._buffer: list[dict[str, Any]] = []
        self._chars = 0
        self._file = None
        self._parquet: pq.ParquetWriter | None = None

    def add(self, row: dict[str, Any]) -> None:
        self._buffer.append(row)
        self.rows += 1
        self._chars += sum(len(v) for v in row.values() if isinstance(v, (str, bytes)))
        if self._chars >= ROW_GROUP_CHARS or len(self._buffer) >= ROW_GROUP_ROWS:
            self._flush()

    def extend(self, rows) -> None:
        for row in rows:
            self.add(row)

    def _open(self) -> None:
        self._file = self.folder.open_write(self.rel)
        if self.fmt == "parquet":
            self._parquet = pq.ParquetWriter(
                self._file.stream, self.schema, compression="zstd",
                use_dictionary=[c for c in _DICTIONARY_COLUMNS if c in self.schema.names],
                write_statistics=["id"] if "id" in self.schema.names else False)

    def _flush(self) -> None:
        if not self._buffer:
            return
        if self._file is None:
            self._open()
        if self.fmt == "parquet":
            self._parquet.write_table(_table(self._buffer, self.schema), row_group_size=len(self._buffer))
        else:
            self._file.stream.write(b"".join(_jsonl_line(row) for row in self._buffer))
        self._buffer, self._chars = [], 0

    def close(self) -> None:
        """Write what is buffered and publish the file (nothing when there were no rows)."""
        self._flush()
        if self._file is None:
            if not self.always:
                return
            self._open()
        if self._parquet is not None:
            self._parquet.close()
            self._parquet = None
        self._file.publish()
        self._file = None

    def discard(self) -> None:
        self._buffer = []
        if self._parquet is not None:
            try:
                self._parquet.close()  # its footer goes to the temporary file, deleted next
            except Exception:  # noqa: BLE001 - the file is discarded anyway
                pass
            self._parquet = None
        if self._file is not None:
            self._file.discard()
            self._file = None


def _table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    try:
        return pa.Table.from_pylist(rows, schema=schema)
    except UnicodeEncodeError:
        return pa.Table.from_pylist([{k: encodable(v) for k, v in row.items()} for row in rows], schema=schema)


def _jsonl_line(row: dict[str, Any]) -> bytes:
    line = {k: (base64.b64encode(v).decode() if isinstance(v, bytes) else v) for k, v in row.items()}
    try:
        return (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps({k: encodable(v) for k, v in line.items()}, ensure_ascii=False) + "\n").encode("utf-8")


#: the code points a Python string may hold that no UTF-8 (hence no Parquet or JSON file) can:
#: lone surrogates, which valid JSON such as "\\ud800" decodes to
SURROGATES = re.compile("[\ud800-\udfff]")


def escape_surrogate(m: re.Match) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in m.group())


def encodable(value: Any) -> Any:
    """`value` with each code point UTF-8 cannot encode written as its `\\uXXXX` escape (six
    ASCII characters): the last guard of every writer, for strings other than a document's
    text (whose lone surrogates the runner removes as an edit, see `runner.clean_strings`)."""
    if isinstance(value, str) and not utf8_ok(value):
        return SURROGATES.sub(escape_surrogate, value)
    return value


def utf8_ok(s: str) -> bool:
    try:
        s.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def write_rows(rows: list[dict[str, Any]], schema: pa.Schema, folder: Folder, rel: str, fmt: str = "parquet") -> None:
    """Write `rows` to the file `rel` of `folder`, published whole (see `RowWriter`)."""
    writer = RowWriter(schema, folder, rel, fmt, always=True)
    try:
        writer.extend(rows)
        writer.close()
    except BaseException:
        writer.discard()
        raise


def json_bytes(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def write_json(value: Any, folder: Folder, rel: str) -> None:
    folder.write_bytes(rel, json_bytes(value))
