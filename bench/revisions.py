"""zh-web's cost at two revisions of jinglian, on the same corpus in the same invocation.

    .venv/bin/python bench/revisions.py --old 5b7bc8f --new HEAD [--docs 10000] [--rounds 3]

Each revision's `src/` is exported with `git archive` into a temporary folder and run with
this venv's Python (`PYTHONPATH` points at the export), so both see the same libraries.  The
runs alternate (old, new, old, new, ...) so that other load on the machine falls on both;
per revision the median of the rounds counts.  Reported: wall seconds, CPU seconds of the whole
process tree (user + system of `jinglian run` and its workers, polled: bench/scale.py's measure_tree), MB/s per core of CPU time,
peak memory of the tree, documents kept, and the new/old ratio of each.  The corpus is
`make_bench_corpus.py`'s (bench/measure.py's `bench_corpus`), run with 2 workers.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from measure import REPO, bench_corpus, table
from scale import measure_tree


def export_src(rev: str, into: Path) -> Path:
    """`rev`'s src/ as files under `into` (nothing of the working tree leaks in)."""
    archive = into / f"{rev}.tar"
    subprocess.run(["git", "-C", str(REPO), "archive", "-o", str(archive), rev, "src"], check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into / rev, filter="data")
    return into / rev / "src"


def run_once(src: Path, corpus: Path, out: Path, workers: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(src)}
    m = measure_tree([sys.executable, "-m", "jinglian", "run", str(corpus), "-o", str(out), "--overwrite", "--quiet",
                      "--no-report", "--workers", str(workers)], env=env)
    if m.returncode != 0:
        raise SystemExit(f"jinglian run at {src} failed:\n{m.output[-2000:]}")
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    return {"wall_s": m.seconds, "cpu_s": m.cpu_seconds, "peak_mb": m.peak_rss_mb, "kept": stats["documents_kept"],
            "mb": stats["bytes_in"] / 1e6}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", required=True, help="git revision to compare against")
    ap.add_argument("--new", default="HEAD")
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    corpus = bench_corpus(args.docs) / "docs"
    with tempfile.TemporaryDirectory(prefix="jl-revisions-") as tmp:
        srcs = {rev: export_src(rev, Path(tmp)) for rev in (args.old, args.new)}
        runs: dict[str, list[dict]] = {rev: [] for rev in srcs}
        for r in range(args.rounds):
            for rev, src in srcs.items():
                row = run_once(src, corpus, Path(tmp) / f"out-{r}", args.workers)
                runs[rev].append(row)
                print(f"round {r + 1} {rev}: {row['wall_s']:.1f} s wall, {row['cpu_s']:.1f} s CPU, "
                      f"{row['peak_mb']:.0f} MB peak", flush=True)
    rows = []
    for rev, rs in runs.items():
        med = {k: statistics.median(x[k] for x in rs) for k in ("wall_s", "cpu_s", "peak_mb")}
        rows.append({"revision": rev, "wall s": f"{med['wall_s']:.1f}", "CPU s": f"{med['cpu_s']:.1f}",
                     "MB/s per core": f"{rs[0]['mb'] / med['cpu_s']:.2f}", "peak MB": f"{med['peak_mb']:.0f}",
                     "kept": rs[0]["kept"], "_cpu": med["cpu_s"], "_wall": med["wall_s"]})
    print(f"\nzh-web, {args.docs:,} documents ({rows[0]['kept']} / {rows[1]['kept']} kept), {args.workers} workers, "
          f"median of {args.rounds} alternating rounds\n")
    print(table(rows, ["revision", "wall s", "CPU s", "MB/s per core", "peak MB", "kept"]))
    print(f"\nnew/old: CPU {rows[1]['_cpu'] / rows[0]['_cpu']:.2f}x, wall {rows[1]['_wall'] / rows[0]['_wall']:.2f}x")


if __name__ == "__main__":
    main()
