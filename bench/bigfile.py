"""One big compressed file: peak memory of the process tree, how busy the cores are, and
whether it gives the same documents and decisions as the same data in a plain file.

    .venv/bin/python bench/bigfile.py [--docs 100000] [--workers 2] [--shard-mb 16,64]

The corpus of `bench/measure.py` (../shared/tools/make_bench_corpus.py; `JINGLIAN_BENCH_DATA`
puts it elsewhere) is concatenated into one `crawl.jsonl` and gzipped into `crawl.jsonl.gz`
(about 350 MB of JSON for 100k documents).  Rows: the gzip file with --workers N at each
--shard-mb, and the plain file with --workers N at the first one.  Per row: wall time, CPU
seconds of the whole tree, CPU busy share = CPU s / (wall s x workers), peak memory of the
whole process tree (summed RSS, polled), and a digest of every row of kept/, dropped/ and
edits/ without the `source` column (the only one naming the file).  All digests must agree.
The machine is shared: read CPU seconds and ratios, not wall times across invocations.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from measure import BENCH_DATA, bench_corpus, table
from scale import run_measured, snapshot_source


def build_files(docs: int) -> tuple[Path, Path]:
    corpus = bench_corpus(docs)
    plain, gz = corpus / "big" / "crawl.jsonl", corpus / "big-gz" / "crawl.jsonl.gz"
    if not gz.exists():
        plain.parent.mkdir(exist_ok=True)
        gz.parent.mkdir(exist_ok=True)
        with open(plain, "wb") as out:
            for part in sorted((corpus / "docs").glob("*.jsonl")):
                with open(part, "rb") as f:
                    shutil.copyfileobj(f, out, 1 << 22)
        with open(plain, "rb") as f, open(f"{gz}.tmp", "wb") as out:
            subprocess.run(["gzip", "-6", "-c"], stdin=f, stdout=out, check=True)
        os.replace(f"{gz}.tmp", gz)
    return plain, gz


def content_digest(out: Path) -> str:
    """sha256 over every row of kept/, dropped/ and edits/ (sorted), `source` left out."""
    import pyarrow.parquet as pq

    h = hashlib.sha256()
    for kind, order in (("kept", ["id"]), ("dropped", ["id"]), ("edits", ["id", "edit", "start"])):
        files = sorted((out / kind).glob("*.parquet"))
        if not files:
            continue
        table = pq.read_table(files)
        table = table.drop_columns([c for c in ("source",) if c in table.column_names])
        table = table.sort_by([(c, "ascending") for c in order])
        for batch in table.to_batches(max_chunksize=20_000):
            h.update(json.dumps(batch.to_pylist(), sort_keys=True, default=repr).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--shard-mb", default="16,64", help="comma-separated --shard-mb values for the gzip file")
    ap.add_argument("--no-plain", action="store_true", help="skip the plain-file row")
    ap.add_argument("--json", type=Path, default=None)
    a = ap.parse_args()
    plain, gz = build_files(a.docs)
    jinglian = str(Path(sys.executable).with_name("jinglian"))
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    runs = [("gzip", gz, float(mb)) for mb in a.shard_mb.split(",")]
    if not a.no_plain:
        runs.append(("plain", plain, float(a.shard_mb.split(",")[0])))
    rows = []
    with tempfile.TemporaryDirectory(dir=BENCH_DATA) as tmp:
        env["PYTHONPATH"] = str(snapshot_source(Path(tmp) / "src"))
        for name, path, mb in runs:
            out = Path(tmp) / f"{name}-{mb:g}"
            cmd = [jinglian, "run", str(path), "-o", str(out), "--workers", str(a.workers), "--shard-mb", f"{mb:g}",
                   "--quiet", "--no-report"]
            m, stats, manifest = run_measured(name, cmd, env, out, a.docs)
            rows.append({"input": name, "file MB": f"{path.stat().st_size / 1e6:,.0f}", "shard MB": f"{mb:g}",
                         "shards": manifest["shards"], "wall s": f"{m.seconds:.0f}", "CPU s": f"{m.cpu_seconds:.0f}",
                         "busy": f"{m.cpu_seconds / (m.seconds * a.workers):.0%}", "peak MB": f"{m.peak_rss_mb:,.0f}",
                         "load": f"{m.load:.1f}", "plan s": manifest["timings"].get("plan", 0),
                         "ids s": manifest["timings"].get("ids", 0), "kept": stats["documents_kept"],
                         "digest": content_digest(out)[:12]})
            shutil.rmtree(out)
    print(f"{a.docs:,} documents, {plain.stat().st_size / 1e6:,.0f} MB of JSON in one file "
          f"({gz.stat().st_size / 1e6:,.0f} MB gzipped); {a.workers} workers; {os.cpu_count()} CPUs")
    print(table(rows, ["input", "file MB", "shard MB", "shards", "wall s", "CPU s", "busy", "peak MB", "load",
                       "plan s", "ids s", "kept", "digest"]))
    same = len({r["digest"] for r in rows}) == 1
    print(f"same documents and decisions in every row: {'yes' if same else 'NO'}")
    if a.json:
        a.json.write_text(json.dumps(rows, indent=1))
    if not same:
        raise SystemExit("outputs differ")


if __name__ == "__main__":
    main()
