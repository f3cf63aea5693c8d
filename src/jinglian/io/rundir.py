"""The run directory's layout and the reading side of it (for trace, sample, report).

    OUT/kept/part-NNNNN.<fmt>          surviving documents
    OUT/dropped/sK-part-NNNNN.<fmt>    documents dropped in pipeline segment K
    OUT/edits/sK-part-NNNNN.<fmt>      removed spans of documents that left in segment K
    OUT/stats.json, OUT/manifest.json, OUT/report.html
    OUT/.work/                         markers, signatures, decisions, carried documents

OUT may be a remote URI (`s3://bucket/run`); the outputs are then written through
`io.fs.Folder`, while the work folder stays on a POSIX filesystem (the global steps
memory-map and `pread` their files there): by default a folder of the local cache named
after OUT, or `work` (every node of a cluster must mount it).
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path
from typing import Any, Iterator

from .fs import Folder

TABLE_SUFFIXES = (".parquet", ".jsonl")


def default_work_dir(out: str) -> Path:
    """Where the work folder of a remote OUT lives when none is given: stable per OUT, so
    `--resume` finds its markers again."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "jinglian" / "work" / hashlib.sha256(out.encode()).hexdigest()[:16]


class RunDir:
    def __init__(self, root: str | Path, fmt: str = "parquet", work: str | Path | None = None):
        self.root = str(root)
        self.out = Folder(self.root)
        self.fmt = fmt
        self.ext = ".parquet" if fmt == "parquet" else ".jsonl"
        if work:
            self.work = Path(work)
        elif self.out.remote:
            self.work = default_work_dir(self.root)
        else:
            self.work = Path(self.out.base) / ".work"
        self.work_folder = Folder(self.work)

    # --- layout: outputs, relative to OUT ---------------------------------------------
    def kept(self, shard: str) -> str:
        return f"kept/{shard}{self.ext}"

    def dropped(self, seg: int, shard: str) -> str:
        return f"dropped/s{seg}-{shard}{self.ext}"

    def edits(self, seg: int, shard: str) -> str:
        return f"edits/s{seg}-{shard}{self.ext}"

    stats = "stats.json"
    manifest = "manifest.json"
    report = "report.html"

    # --- layout: the work folder (local paths) ----------------------------------------
    def carry(self, seg: int, shard: str) -> Path:
        """Documents that leave segment `seg` alive and enter segment `seg + 1`."""
        return self.work / f"seg{seg}" / "docs" / f"{shard}.parquet"

    def signatures(self, seg: int, shard: str) -> Path:
        return self.work / f"seg{seg}" / "signatures" / f"{shard}.parquet"

    def decisions(self, seg: int) -> Path:
        return self.work / f"seg{seg}" / "decisions"

    def resolved_marker(self, seg: int) -> Path:
        return self.work / f"seg{seg}" / "resolved.json"

    def done_marker(self, seg: int, shard: str) -> Path:
        return self.work / f"seg{seg}" / "done" / f"{shard}.json"

    def work_rel(self, path: Path) -> str:
        return path.relative_to(self.work).as_posix()

    # --- reading ------------------------------------------------------------
    def read_json(self, rel: str) -> dict[str, Any]:
        return json.loads(self.out.read_text(rel))

    def files(self, kind: str) -> list[str]:
        return [rel for rel in self.out.files(kind)
                if rel.endswith(TABLE_SUFFIXES) and ".tmp-" not in rel.rsplit("/", 1)[-1]]

    def rows(self, kind: str, columns: list[str] | None = None, ids: set[str] | None = None) -> Iterator[dict[str, Any]]:
        """Rows of `kept`, `dropped` or `edits`, optionally only some columns or ids."""
        for rel in self.files(kind):
            yield from self.table_rows(rel, columns, ids)

    def table_rows(self, rel: str, columns: list[str] | None = None, ids: set[str] | None = None) -> Iterator[dict[str, Any]]:
        """Rows of one output table (`rel` as `files` lists it)."""
        if rel.endswith(".parquet"):
            import pyarrow.compute as pc
            import pyarrow.parquet as pq

            filters = pc.field("id").isin(sorted(ids)) if ids is not None else None
            with self.out.open(rel) as f:
                table = pq.read_table(f, columns=columns, filters=filters)
            yield from table.to_pylist()
        else:
            with self.out.open_text(rel) as f:
                yield from _jsonl_rows(f, columns, ids)


def _jsonl_rows(f, columns: list[str] | None, ids: set[str] | None) -> Iterator[dict[str, Any]]:
    for line in f:
        row = json.loads(line)
        if ids is not None and row.get("id") not in ids:
            continue
        if row.get("raw"):
            row["raw"] = base64.b64decode(row["raw"])
        yield {k: row.get(k) for k in columns} if columns else row
