"""Which reader handles which file, by name.  Heavy readers are imported only when used."""
from __future__ import annotations

import importlib
import importlib.util

from .base import Reader

#: suffix (longest match wins) -> format name
SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
    ".jsonl.zst": "jsonl", ".jsonl.zstd": "jsonl",
    ".parquet": "parquet",
    ".txt": "txt",
    ".html": "html", ".htm": "html",
    ".warc": "warc", ".warc.gz": "warc", ".wet": "warc", ".warc.wet": "warc", ".warc.wet.gz": "warc",
}

#: format name -> "module:function" of its reader
READERS: dict[str, str] = {
    "jsonl": "jinglian.io.jsonl:read_jsonl",
    "parquet": "jinglian.io.parquet:read_parquet",
    "txt": "jinglian.io.txt:read_txt",
    "html": "jinglian.io.html:read_html",
    "warc": "jinglian.io.warc:read_warc",
}

#: format name -> the modules its reading and extraction import, all from the `html` extra
NEEDS: dict[str, tuple[str, ...]] = {
    "html": ("lxml",),
    "warc": ("fastwarc", "lxml"),
}

#: formats whose plain (uncompressed) files can be split by byte range or row group
SPLITTABLE = {"jsonl", "parquet"}


def detect_format(name: str) -> str | None:
    lower = name.lower()
    best = None
    for suffix, fmt in SUFFIXES.items():
        if lower.endswith(suffix) and (best is None or len(suffix) > len(best[0])):
            best = (suffix, fmt)
    return best[1] if best else None


def is_compressed(name: str) -> bool:
    return name.lower().endswith((".gz", ".zst", ".zstd"))


def reader_for(fmt: str) -> Reader:
    module, func = READERS[fmt].split(":")
    return getattr(importlib.import_module(module), func)


def missing_extra(fmt: str) -> str | None:
    """Why files of this format cannot be read on this install (a missing extra), or None."""
    missing = [m for m in NEEDS.get(fmt, ()) if importlib.util.find_spec(m) is None]
    if not missing:
        return None
    return f"reading {fmt.upper()} needs the html extra ({', '.join(missing)} missing): pip install 'jinglian[html]'"
