"""Where each file of a run directory lives (the writing side; `reader.RunDir` reads it).

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

import hashlib
import os
from pathlib import Path

from ..io.fs import Folder

#: the row tables of a run directory, each a folder of files
TABLES = ("kept", "dropped", "edits")
#: output format -> file suffix of its tables
SUFFIXES = {"parquet": ".parquet", "jsonl": ".jsonl"}
STATS, MANIFEST, REPORT = "stats.json", "manifest.json", "report.html"


def default_work_dir(out: str) -> Path:
    """Where the work folder of a remote OUT lives when none is given: stable per OUT, so
    `--resume` finds its markers again."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "jinglian" / "work" / hashlib.sha256(out.encode()).hexdigest()[:16]


class Layout:
    """The names of a run's files: outputs relative to OUT, work files as local paths."""

    def __init__(self, root: str | Path, fmt: str = "parquet", work: str | Path | None = None):
        self.root = str(root)
        self.out = Folder(self.root)
        self.fmt = fmt
        if fmt not in SUFFIXES:
            raise ValueError(f"unknown output format {fmt!r} (one of {', '.join(SUFFIXES)})")
        self.ext = SUFFIXES[fmt]
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

    stats, manifest, report = STATS, MANIFEST, REPORT

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

    def tokens_part(self, seg: int, shard: str) -> Path:
        """Token accounting of the documents that left the pipeline in this shard and segment."""
        return self.work / f"seg{seg}" / "tokens" / f"{shard}.json"

    def done_marker(self, seg: int, shard: str) -> Path:
        return self.work / f"seg{seg}" / "done" / f"{shard}.json"

    def work_rel(self, path: Path) -> str:
        return path.relative_to(self.work).as_posix()


def shard_of(file_name: str) -> str:
    """The input shard an output file belongs to: `kept/part-00003.parquet` and
    `dropped/s1-part-00003.parquet` both give `part-00003`."""
    stem = file_name.split(".")[0]
    head, _, rest = stem.partition("-")
    return rest if rest and head[:1] == "s" and head[1:].isdigit() else stem
