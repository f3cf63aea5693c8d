"""Framework overhead: a pass-through recipe versus plain reading of the same files.

    .venv/bin/python bench/throughput.py [--docs 100000]

Plain reading (the floor) opens every JSONL file and parses every line with `json.loads`
in one process, touching the text.  jinglian then runs the `passthrough` recipe (read,
route, write kept/ as Parquet, stats, manifest) with 1 and 2 workers.  Reported: wall
time, docs/s, MB/s, peak memory of the whole process tree, and the ratio to the floor.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from measure import REPO, bench_corpus, measure, table

PLAIN_READ = """
import json, sys
from pathlib import Path
n = chars = 0
for p in sorted(Path(sys.argv[1]).glob("*.jsonl")):
    with open(p, "rb") as f:
        for line in f:
            chars += len(json.loads(line)["text"])
            n += 1
print(n, chars)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000)
    a = ap.parse_args()
    corpus = bench_corpus(a.docs) / "docs"
    mb = sum(p.stat().st_size for p in corpus.glob("*.jsonl")) / 1e6
    jinglian = str(Path(sys.executable).with_name("jinglian"))
    rows = []
    floor = measure([sys.executable, "-c", PLAIN_READ, str(corpus)])
    assert floor.returncode == 0, floor.output
    rows.append(("plain json.loads read, 1 process", floor))
    with tempfile.TemporaryDirectory() as tmp:
        for workers in (1, 2):
            out = Path(tmp) / f"w{workers}"
            m = measure([jinglian, "run", str(corpus), "-o", str(out), "--recipe", "passthrough",
                         "--workers", str(workers), "--quiet", "--no-report"])
            assert m.returncode == 0, m.output
            stats = json.loads((out / "stats.json").read_text())
            assert stats["documents_kept"] == a.docs
            rows.append((f"jinglian passthrough, {workers} worker(s)", m))
            shutil.rmtree(out)
    report = [{"system": name, "seconds": f"{m.seconds:.2f}", "docs/s": f"{a.docs / m.seconds:,.0f}",
               "MB/s": f"{mb / m.seconds:.1f}", "peak MB": f"{m.peak_rss_mb:.0f}",
               "× floor time": f"{m.seconds / floor.seconds:.2f}"} for name, m in rows]
    print(f"corpus: {a.docs:,} documents, {mb:.1f} MB of JSONL ({corpus})")
    print(table(report, ["system", "seconds", "docs/s", "MB/s", "peak MB", "× floor time"]))


if __name__ == "__main__":
    main()
