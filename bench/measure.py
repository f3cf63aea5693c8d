"""Shared by the benchmarks: run a command, measure wall time and the peak memory of its
whole process tree (the sum of RSS over the process and all its descendants, polled)."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
#: where corpora are built (large ones belong on a scratch disk: JINGLIAN_BENCH_DATA=/work/scratch/...)
BENCH_DATA = Path(os.environ.get("JINGLIAN_BENCH_DATA") or REPO / "bench" / "data")


@dataclass
class Measured:
    seconds: float
    peak_rss_mb: float
    returncode: int
    output: str


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def measure(cmd: list[str], env: dict | None = None, cwd: str | None = None, poll: float = 0.05) -> Measured:
    t0 = time.perf_counter()
    popen = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=cwd, text=True)
    proc = psutil.Process(popen.pid)
    peak = 0
    out_chunks: list[str] = []
    reader = threading.Thread(target=lambda: out_chunks.append(popen.stdout.read()), daemon=True)
    reader.start()
    while popen.poll() is None:
        try:
            peak = max(peak, tree_rss(proc))
        except psutil.NoSuchProcess:
            break
        time.sleep(poll)
    seconds = time.perf_counter() - t0
    reader.join()
    return Measured(seconds, peak / 2**20, popen.returncode, "".join(out_chunks))


def bench_corpus(docs: int, seed: int = 0) -> Path:
    """A synthetic corpus from ../shared/tools/make_bench_corpus.py, built once and reused."""
    out = BENCH_DATA / f"corpus-{docs}-s{seed}"
    if not (out / "clusters.jsonl").exists():
        subprocess.run([sys.executable, str(SHARED / "tools" / "make_bench_corpus.py"),
                        "--pool", str(SHARED / "data" / "corpora" / "sentence-pool.txt"),
                        "--templates", str(SHARED / "data" / "noise-templates-dev.json"),
                        "--out", str(out), "--docs", str(docs), "--seed", str(seed)], check=True)
    return out


def table(rows: list[dict], columns: list[str]) -> str:
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns}
    line = " | ".join(c.ljust(widths[c]) for c in columns)
    sep = "-|-".join("-" * widths[c] for c in columns)
    body = [" | ".join(str(r.get(c, "")).ljust(widths[c]) for c in columns) for r in rows]
    return "\n".join([line, sep, *body])
