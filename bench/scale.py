"""Scaling: the full `zh-web` recipe with the local executor and with Ray, 1 and 2 workers.

    .venv/bin/python bench/scale.py [--docs 100000] [--configs local:1,local:2,ray:1,ray:2]
    JINGLIAN_BENCH_DATA=/work/scratch/me .venv/bin/python bench/scale.py --sizes 100000,300000,1000000

With `--sizes`, one configuration (the first of --configs, `local:2` by default there) runs
on each corpus size in turn, and a table shows how cost grows: wall time, CPU seconds of the
tree, CPU seconds per 100k documents and MB/s per core of CPU time (flat when cost grows
linearly), peak memory of the tree (flat when memory is bounded) and of the driver process
alone, and the wall seconds of the global steps' resolves (manifest timings).  Each row is printed
(and appended to --json) as soon as it is measured.  A 1M corpus is about 3.5 GB: put it on
a scratch disk with JINGLIAN_BENCH_DATA.

Each configuration is one `jinglian run` subprocess on the same synthetic corpus
(../shared/tools/make_bench_corpus.py, built once under bench/data/).  Ray runs start a local
Ray (RAY_ADDRESS is cleared) and stop it, so their wall time includes Ray's start-up.
Reported per configuration: wall time, docs/s, peak memory of the whole process tree (sum of
RSS, polled: shared library pages count once per process, which inflates multi-process
rows), the time spent inside `run()` (from manifest.json; Ray starts inside it, on the first
map), CPU seconds of the whole tree, the load average when it ended, and parallel efficiency
T(1 worker) / (n * T(n workers)) against the same executor's 1-worker row.  A last table
times starting and stopping an empty local Ray, the fixed cost in every Ray row.  Every
configuration must produce byte-identical kept/, dropped/ and edits/, or the script fails.

All rows run a private copy of src/ taken at the start (other work may edit the tree).
The machine has 2 cores shared with other jobs: compare rows of one invocation (ratios),
not absolute numbers across invocations, and read wall times next to the load column.
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
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from measure import BENCH_DATA, REPO, bench_corpus, table


@dataclass
class Usage:
    seconds: float
    peak_rss_mb: float
    driver_peak_mb: float  # the `jinglian run` process alone (it runs the resolves' merging)
    cpu_seconds: float  # user + system of every process of the tree, as last seen by the poll
    load: float  # 1-minute load average at the end: the other jobs sharing the machine
    returncode: int
    output: str
    samples: list[tuple[float, int, int, int]]  # (seconds since start, driver RSS, workers' RSS, largest worker RSS)


def measure_tree(cmd: list[str], env: dict, poll: float = 0.05) -> Usage:
    """Wall time, peak summed RSS and CPU time of a command and all its descendants (polled)."""
    t0 = time.perf_counter()
    popen = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
    root = psutil.Process(popen.pid)
    chunks: list[str] = []
    reader = threading.Thread(target=lambda: chunks.append(popen.stdout.read()), daemon=True)
    reader.start()
    peak, driver, cpu = 0, 0, {}
    samples: list[tuple[float, int, int, int]] = []
    while popen.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        rss, root_rss, largest = 0, 0, 0
        for p in procs:
            try:
                with p.oneshot():
                    one = p.memory_info().rss
                    rss += one
                    if p is root:
                        root_rss = one
                        driver = max(driver, one)
                    else:
                        largest = max(largest, one)
                    t = p.cpu_times()
                    cpu[(p.pid, p.create_time())] = t.user + t.system
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
        peak = max(peak, rss)
        samples.append((time.perf_counter() - t0, root_rss, rss - root_rss, largest))
        time.sleep(poll)
    seconds = time.perf_counter() - t0
    reader.join()
    return Usage(seconds, peak / 2**20, driver / 2**20, sum(cpu.values()), os.getloadavg()[0], popen.returncode, "".join(chunks),
                 samples)


def peaks_by_phase(m: Usage, manifest: dict) -> list[dict]:
    """Where the memory peaks: the polled samples cut at the phases of manifest timings.

    The timings are consecutive wall-clock phases inside `run()`; the time before `run()` (start-up,
    imports) is the wall time minus the run's own seconds, so phase i spans its cumulative offsets."""
    start = m.seconds - manifest["seconds"]
    rows, edge = [], start
    for phase, secs in manifest.get("timings", {}).items():
        span = [s for s in m.samples if edge <= s[0] < edge + secs]
        edge += secs
        if span:
            rows.append({"phase": phase, "wall s": f"{secs:,.1f}",
                         "tree MB": f"{max(s[1] + s[2] for s in span) / 2**20:,.0f}",
                         "driver MB": f"{max(s[1] for s in span) / 2**20:,.0f}",
                         "workers MB": f"{max(s[2] for s in span) / 2**20:,.0f}",
                         "largest worker MB": f"{max(s[3] for s in span) / 2**20:,.0f}"})
    return rows


def snapshot_source(dest: Path, src: Path = REPO / "src") -> Path:
    """A private copy of src/, so that edits made to the tree during the benchmark do not
    change the code between configurations (every row runs the same code)."""
    shutil.copytree(src / "jinglian", dest / "jinglian", ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def run_measured(label: str, cmd: list[str], env: dict, out: Path, docs: int) -> tuple[Usage, dict, dict]:
    """Run one `jinglian run` measured; (usage, stats.json, manifest.json), checking every document was read."""
    print(f"[{time.strftime('%H:%M:%S')}] {label}: {' '.join(cmd[1:])}", file=sys.stderr, flush=True)
    m = measure_tree(cmd, env)
    if m.returncode != 0:
        raise SystemExit(f"{label} failed ({m.returncode}):\n{m.output[-4000:]}")
    stats = json.loads((out / "stats.json").read_text())
    manifest = json.loads((out / "manifest.json").read_text())
    assert stats["documents_in"] == docs, stats["documents_in"]
    return m, stats, manifest


RAY_START = """
from jinglian.executors.ray import RayExecutor
executor = RayExecutor({workers})
assert list(executor.map(abs, [-1])) == [1]
executor.close()
"""


def outputs_digest(out: Path) -> str:
    """One sha256 over every file of kept/, dropped/ and edits/ (names and bytes)."""
    h = hashlib.sha256()
    for kind in ("kept", "dropped", "edits"):
        for p in sorted((out / kind).glob("*")):
            h.update(f"{kind}/{p.name}\0".encode())
            with open(p, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    h.update(block)
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--configs", default="local:1,local:2,ray:1,ray:2",
                    help="comma-separated executor:workers pairs, run in this order")
    ap.add_argument("--recipe", default="zh-web")
    ap.add_argument("--json", type=Path, default=None, help="also write the rows here")
    ap.add_argument("--sizes", default="", help="comma-separated corpus sizes: how cost grows (see above)")
    ap.add_argument("--src", type=Path, default=REPO / "src",
                    help="the src/ folder to run (another checkout's, for a before/after on the same corpora)")
    a = ap.parse_args()
    if a.sizes:
        return growth(a)
    configs = [(name, int(n)) for name, n in (c.split(":") for c in a.configs.split(","))]
    corpus = bench_corpus(a.docs) / "docs"
    mb = sum(p.stat().st_size for p in corpus.glob("*.jsonl")) / 1e6
    jinglian = str(Path(sys.executable).with_name("jinglian"))
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    env["RAY_USAGE_STATS_ENABLED"] = "0"
    rows: list[dict] = []
    digests: dict[str, str] = {}
    with tempfile.TemporaryDirectory(dir=BENCH_DATA) as tmp:
        env["PYTHONPATH"] = str(snapshot_source(Path(tmp) / "src"))  # ahead of the editable install
        for name, workers in configs:
            label = f"{name} {workers}"
            out = Path(tmp) / f"{name}-{workers}"
            cmd = [jinglian, "run", str(corpus), "-o", str(out), "--recipe", a.recipe, "--executor", name,
                   "--workers", str(workers), "--quiet", "--no-report"]
            m, stats, manifest = run_measured(label, cmd, env, out, a.docs)
            digests[label] = outputs_digest(out)
            rows.append({"executor": name, "workers": workers, "seconds": m.seconds, "peak_mb": m.peak_rss_mb,
                         "cpu_seconds": m.cpu_seconds, "load": m.load,
                         "run_seconds": manifest["seconds"], "timings": manifest.get("timings", {}),
                         "kept": stats["documents_kept"], "shards": manifest["shards"]})
            shutil.rmtree(out)
        ray_start = []
        for workers in sorted({n for name, n in configs if name == "ray"}):
            m = measure_tree([sys.executable, "-c", RAY_START.format(workers=workers)], env)
            if m.returncode != 0:
                raise SystemExit(f"starting Ray failed:\n{m.output[-4000:]}")
            ray_start.append({"workers": workers, "wall s": f"{m.seconds:.1f}", "peak MB": f"{m.peak_rss_mb:,.0f}",
                              "CPU s": f"{m.cpu_seconds:.1f}", "load": f"{m.load:.1f}"})
    base = {r["executor"]: r["seconds"] for r in rows if r["workers"] == 1}
    report = []
    for r in rows:
        t1 = base.get(r["executor"])
        report.append({
            "executor": r["executor"], "workers": r["workers"], "wall s": f"{r['seconds']:.1f}",
            "docs/s": f"{a.docs / r['seconds']:,.0f}", "peak MB": f"{r['peak_mb']:,.0f}",
            "in run() s": f"{r['run_seconds']:.1f}", "start-up s": f"{r['seconds'] - r['run_seconds']:.1f}",
            "CPU s": f"{r['cpu_seconds']:.0f}", "load": f"{r['load']:.1f}",
            "speed-up": f"{t1 / r['seconds']:.2f}" if t1 else "",
            "efficiency": f"{t1 / (r['workers'] * r['seconds']):.0%}" if t1 else "",
        })
    identical = len(set(digests.values())) == 1
    print(f"corpus: {a.docs:,} documents, {mb:.1f} MB of JSONL ({corpus}); recipe {a.recipe}; "
          f"{rows[0]['shards']} shards; {os.cpu_count()} CPUs")
    print(table(report, ["executor", "workers", "wall s", "docs/s", "peak MB", "in run() s", "start-up s",
                         "CPU s", "load", "speed-up", "efficiency"]))
    if ray_start:
        print("\nstarting and stopping an empty local Ray (one trivial task):")
        print(table(ray_start, ["workers", "wall s", "peak MB", "CPU s", "load"]))
    print(f"\noutputs byte-identical across configurations: {'yes' if identical else 'NO'}")
    for r in rows:
        print(f"  {r['executor']} {r['workers']}: {r['timings']}")
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps({"docs": a.docs, "mb": mb, "rows": rows, "digests": digests}, indent=1))
    if not identical:
        raise SystemExit(f"outputs differ between configurations: {digests}")


def growth(a: argparse.Namespace) -> None:
    """One configuration over several corpus sizes: does cost grow linearly, memory stay flat?"""
    name, workers = (a.configs.split(",")[0].split(":") if a.configs != "local:1,local:2,ray:1,ray:2"
                     else ("local", "2"))
    workers = int(workers)
    jinglian = str(Path(sys.executable).with_name("jinglian"))
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    env["RAY_USAGE_STATS_ENABLED"] = "0"
    rows: list[dict] = []
    columns = ["docs", "MB", "shards", "wall s", "CPU s", "CPU s / 100k", "MB/s per core", "busy", "peak MB",
               "driver MB", "resolve s", "load"]
    with tempfile.TemporaryDirectory(dir=BENCH_DATA) as tmp:
        env["PYTHONPATH"] = str(snapshot_source(Path(tmp) / "src", a.src))
        for docs in (int(d) for d in a.sizes.split(",")):
            corpus = bench_corpus(docs) / "docs"
            mb = sum(p.stat().st_size for p in corpus.glob("*.jsonl")) / 1e6
            out = Path(tmp) / f"run-{docs}"
            cmd = [jinglian, "run", str(corpus), "-o", str(out), "--recipe", a.recipe, "--executor", name,
                   "--workers", str(workers), "--quiet", "--no-report"]
            m, stats, manifest = run_measured(f"{docs:,} documents", cmd, env, out, docs)
            rows.append({"docs": f"{docs:,}", "MB": f"{mb:,.0f}", "shards": manifest["shards"],
                         "wall s": f"{m.seconds:,.0f}", "CPU s": f"{m.cpu_seconds:,.0f}",
                         "CPU s / 100k": f"{m.cpu_seconds / docs * 1e5:,.0f}",
                         "MB/s per core": f"{mb / m.cpu_seconds:.2f}", "busy": f"{m.cpu_seconds / (m.seconds * workers):.0%}",
                         "peak MB": f"{m.peak_rss_mb:,.0f}", "driver MB": f"{m.driver_peak_mb:,.0f}",
                         "resolve s": f"{sum(v for k, v in manifest.get('timings', {}).items() if k.startswith('resolve')):,.1f}",
                         "load": f"{m.load:.1f}", "timings": manifest.get("timings", {}),
                         "kept": stats["documents_kept"]})
            shutil.rmtree(out)
            print(table(rows, columns), flush=True)
            print(f"  timings: {rows[-1]['timings']}", flush=True)
            print(table(peaks_by_phase(m, manifest), ["phase", "wall s", "tree MB", "driver MB", "workers MB",
                                                      "largest worker MB"]), flush=True)
            if a.json:
                a.json.parent.mkdir(parents=True, exist_ok=True)
                a.json.write_text(json.dumps({"executor": name, "workers": workers, "rows": rows}, indent=1))
    print(f"\n{name} executor, {workers} workers, recipe {a.recipe}, code {a.src}; {os.cpu_count()} CPUs (machine shared: see load)")


if __name__ == "__main__":
    main()
