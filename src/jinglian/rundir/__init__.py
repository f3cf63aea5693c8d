"""The run directory: the one owner of its contract.

    layout.py   where each file lives (outputs under OUT, the work folder)
    rows.py     the columns of kept/, dropped/, edits/ and the document <-> row conversion
    reader.py   `RunDir`, the one reader: column projection, lookup by id, sampling,
                local or remote, Parquet or JSONL

The runner writes through `Layout` and `rows`; `trace`, `sample`, the report and the
tests read through `RunDir`.
"""
from __future__ import annotations

from .layout import MANIFEST, REPORT, STATS, SUFFIXES, TABLES, Layout, default_work_dir
from .reader import RunDir

__all__ = ["Layout", "RunDir", "TABLES", "SUFFIXES", "STATS", "MANIFEST", "REPORT", "default_work_dir"]
