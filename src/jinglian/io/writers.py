"""Write rows of the run directory, atomically: a temporary name, then a rename.

Parquet (zstd) by default, JSONL as an option.  Writing the same rows gives the same
bytes, so outputs can be compared across executors and worker counts.
"""
from __future__ import annotations

import base64
import json
import os
import socket
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .fs import Folder

KEPT_SCHEMA = pa.schema([
    ("id", pa.string()), ("text", pa.string()), ("source", pa.string()), ("locator", pa.string()),
    ("url", pa.string()), ("meta", pa.string()), ("scores", pa.string()), ("normalizations", pa.string()),
])
DROPPED_SCHEMA = pa.schema([
    ("id", pa.string()), ("step", pa.string()), ("reason", pa.string()), ("detail", pa.string()),
    ("duplicate_of", pa.string()), ("text", pa.string()), ("source", pa.string()), ("locator", pa.string()),
    ("url", pa.string()), ("meta", pa.string()), ("scores", pa.string()), ("normalizations", pa.string()),
    ("raw", pa.binary()),
])
EDITS_SCHEMA = pa.schema([
    ("id", pa.string()), ("edit", pa.int32()), ("step", pa.string()), ("reason", pa.string()), ("start", pa.int64()),
    ("end", pa.int64()), ("removed_text", pa.string()), ("replacement", pa.string()),
])
#: documents carried between pipeline segments (internal, always Parquet)
CARRY_SCHEMA = pa.schema([
    ("id", pa.string()), ("text", pa.string()), ("source", pa.string()), ("locator", pa.string()),
    ("url", pa.string()), ("meta", pa.string()), ("scores", pa.string()), ("edits", pa.string()),
    ("normalizations", pa.string()),
])

EXTENSIONS = {"parquet": ".parquet", "jsonl": ".jsonl"}


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=repr)
#: low-cardinality columns worth dictionary-encoding; long texts only waste time on it
_DICTIONARY_COLUMNS = ("source", "step", "reason")


def dumps(value: Any) -> str:
    """Canonical JSON: stable key order, real characters (not \\u escapes)."""
    if not value:
        return "{}" if isinstance(value, dict) else "[]" if isinstance(value, list) else _ENCODER.encode(value)
    return _ENCODER.encode(value)


def atomic_path(path: Path) -> Path:
    """A temporary name beside `path`, unique across the nodes sharing a mount (host and pid)."""
    return path.with_name(f"{path.name}.tmp-{socket.gethostname()}-{os.getpid()}")


def write_rows(rows: list[dict[str, Any]], schema: pa.Schema, folder: Folder, rel: str, fmt: str = "parquet") -> None:
    """Write `rows` to the file `rel` of `folder`, published whole (see `Folder.write`)."""
    if fmt == "parquet":
        table = pa.Table.from_pylist(rows, schema=schema)
        folder.write(rel, lambda out: pq.write_table(
            table, out, compression="zstd", use_dictionary=[c for c in _DICTIONARY_COLUMNS if c in schema.names],
            write_statistics=["id"]))
    elif fmt == "jsonl":
        def fill(out) -> None:
            for row in rows:
                line = {k: (base64.b64encode(v).decode() if isinstance(v, bytes) else v) for k, v in row.items()}
                out.write((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))

        folder.write(rel, fill)
    else:
        raise ValueError(f"unknown output format {fmt!r}")


def json_bytes(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def write_json(value: Any, folder: Folder, rel: str) -> None:
    folder.write_bytes(rel, json_bytes(value))
