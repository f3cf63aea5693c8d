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


def write_rows(rows: list[dict[str, Any]], schema: pa.Schema, path: Path, fmt: str = "parquet") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = atomic_path(path)
    if fmt == "parquet":
        table = pa.Table.from_pylist(rows, schema=schema)
        pq.write_table(table, tmp, compression="zstd", use_dictionary=[c for c in _DICTIONARY_COLUMNS if c in schema.names],
                       write_statistics=["id"])
    elif fmt == "jsonl":
        with open(tmp, "w", encoding="utf-8") as f:
            for row in rows:
                out = {k: (base64.b64encode(v).decode() if isinstance(v, bytes) else v) for k, v in row.items()}
                f.write(json.dumps(out, ensure_ascii=False) + "\n")
    else:
        raise ValueError(f"unknown output format {fmt!r}")
    os.replace(tmp, path)


def write_json(value: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = atomic_path(path)
    tmp.write_text(json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
