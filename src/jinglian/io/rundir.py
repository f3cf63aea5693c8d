"""The run directory's layout and the reading side of it (for trace, sample, report).

    OUT/kept/part-NNNNN.<fmt>          surviving documents
    OUT/dropped/sK-part-NNNNN.<fmt>    documents dropped in pipeline segment K
    OUT/edits/sK-part-NNNNN.<fmt>      removed spans of documents that left in segment K
    OUT/stats.json, OUT/manifest.json, OUT/report.html
    OUT/.work/                         markers, signatures, decisions, carried documents
"""
from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any, Iterator


class RunDir:
    def __init__(self, root: str | Path, fmt: str = "parquet"):
        self.root = Path(root)
        self.fmt = fmt
        self.ext = ".parquet" if fmt == "parquet" else ".jsonl"

    # --- layout -------------------------------------------------------------
    @property
    def work(self) -> Path:
        return self.root / ".work"

    def kept(self, shard: str) -> Path:
        return self.root / "kept" / f"{shard}{self.ext}"

    def dropped(self, seg: int, shard: str) -> Path:
        return self.root / "dropped" / f"s{seg}-{shard}{self.ext}"

    def edits(self, seg: int, shard: str) -> Path:
        return self.root / "edits" / f"s{seg}-{shard}{self.ext}"

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

    @property
    def stats(self) -> Path:
        return self.root / "stats.json"

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.json"

    @property
    def report(self) -> Path:
        return self.root / "report.html"

    # --- reading ------------------------------------------------------------
    def files(self, kind: str) -> list[Path]:
        folder = self.root / kind
        return sorted(p for p in folder.glob("*") if p.suffix in (".parquet", ".jsonl")) if folder.is_dir() else []

    def rows(self, kind: str, columns: list[str] | None = None, ids: set[str] | None = None) -> Iterator[dict[str, Any]]:
        """Rows of `kept`, `dropped` or `edits`, optionally only some columns or ids."""
        for path in self.files(kind):
            if path.suffix == ".parquet":
                import pyarrow.compute as pc
                import pyarrow.parquet as pq

                filters = pc.field("id").isin(sorted(ids)) if ids is not None else None
                table = pq.read_table(path, columns=columns, filters=filters)
                yield from table.to_pylist()
            else:
                with open(path, encoding="utf-8") as f:
                    for line in f:
                        row = json.loads(line)
                        if ids is not None and row.get("id") not in ids:
                            continue
                        if row.get("raw"):
                            row["raw"] = base64.b64decode(row["raw"])
                        yield {k: row.get(k) for k in columns} if columns else row
