"""CPU time of `jinglian.zh.pii.find_pii` alone, on the texts the cleaning benchmark uses.

    PYTHONPATH=src .venv/bin/python bench/pii_speed.py [--docs 5000] [--rounds 3]

Texts: the first `--docs` documents of bench/data/bench-20000 (built by bench/cleaning.py's speed
run) and the input of every built held-out set (bench/data/heldout*).  Each text goes through
`find_pii(text, keep_prefixes=True, directory_lines=False)` (pii.mask's defaults); the best of
`--rounds` passes is printed.  To compare two revisions, run it twice with PYTHONPATH pointing at an
export of each (`git archive <rev> src | tar -x -C /tmp/rev`).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from jinglian.zh.pii import find_pii

DATA = Path(__file__).resolve().parent / "data"


def texts(n_docs: int) -> list[str]:
    out: list[str] = []
    parts = sorted((DATA / "bench-20000" / "docs").glob("part-*.jsonl"))
    for path in parts[:1]:
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= n_docs:
                    break
                out.append(json.loads(line)["text"])
    for path in sorted(DATA.glob("heldout*/input/docs.jsonl")):
        out += [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    corpus = texts(args.docs)
    best = float("inf")
    for _ in range(args.rounds):
        start = time.process_time()
        for text in corpus:
            find_pii(text, keep_prefixes=True, directory_lines=False)
        best = min(best, time.process_time() - start)
    chars = sum(map(len, corpus))
    print(f"find_pii: {len(corpus)} documents, {chars / 1e6:.1f} M characters, {best:.2f} s CPU "
          f"(best of {args.rounds}), {chars / 1e6 / best:.1f} M characters/s")


if __name__ == "__main__":
    main()
