"""CPU time of `lines.noise` alone, and of each of its rules, on the documents the cleaning benchmark uses.

    PYTHONPATH=src .venv/bin/python bench/lines_speed.py [--docs 5000] [--rounds 3] [--rules 12]

Texts: the first `--docs` documents of bench/data/bench-20000 (built by bench/cleaning.py's speed run), normalized as
the zh-web recipe feeds them (normalize.width, normalize.whitespace).  Each round classifies every document's lines
with a fresh step (its verdict cache empty); the best of `--rounds` is printed, then the `--rules` rules that took the
most time in one more, timed, pass.  Rule order decides which rules a line reaches, so a rule's time is the time of
the lines that reach it.  To compare two revisions, run it twice with PYTHONPATH pointing at an export of each
(`git archive <rev> src | tar -x -C /tmp/rev`).  Cleaning speed against the peers is bench/cleaning.py's.
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from jinglian.steps.lines import LineNoise
from jinglian.steps.lines import rules as R
from jinglian.steps.normalize import Whitespace, Width

DATA = Path(__file__).resolve().parent / "data"


def documents(n_docs: int) -> list[list[str]]:
    width, space = Width(), Whitespace()
    out: list[list[str]] = []
    with open(DATA / "bench-20000" / "docs" / "part-00000.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= n_docs:
                break
            out.append(space.normalize(width.normalize(json.loads(line)["text"])).split("\n"))
    return out


def classify_all(docs: list[list[str]]) -> float:
    step = LineNoise()
    step.ensure_setup()
    start = time.process_time()
    for lines in docs:
        step.classify(lines)
    return time.process_time() - start


def time_rules(docs: list[list[str]]) -> Counter:
    """Seconds per rule over one pass, each rule's check wrapped by a timer (the wrapping adds its own cost)."""
    spent: Counter = Counter()

    def timed(rule: R.Rule) -> R.Rule:
        def check(*args, _check=rule.check, _name=rule.name):
            start = time.perf_counter()
            verdict = _check(*args)
            spent[_name] += time.perf_counter() - start
            return verdict
        return rule._replace(check=check)

    line_rules, paragraph_rules = R.LINE_RULES, R.PARAGRAPH_RULES
    R.LINE_RULES, R.PARAGRAPH_RULES = tuple(map(timed, line_rules)), tuple(map(timed, paragraph_rules))
    try:
        classify_all(docs)
    finally:
        R.LINE_RULES, R.PARAGRAPH_RULES = line_rules, paragraph_rules
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--rules", type=int, default=12)
    args = ap.parse_args()
    docs = documents(args.docs)
    best = min(classify_all(docs) for _ in range(args.rounds))
    n_lines = sum(map(len, docs))
    print(f"lines.noise: {len(docs)} documents, {n_lines} lines, {best:.2f} s CPU (best of {args.rounds}), "
          f"{n_lines / best:,.0f} lines/s")
    for name, seconds in time_rules(docs).most_common(args.rules):
        print(f"  {name:28} {seconds:.3f} s")


if __name__ == "__main__":
    main()
