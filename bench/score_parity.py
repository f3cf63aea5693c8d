"""How close `jinglian score` comes to the shared scorer (../shared/tools/score_cleaning.py).

    .venv/bin/python bench/score_parity.py [--set ../shared/data/devset] [--out /tmp/parity-run]
    .venv/bin/python bench/score_parity.py --set tests/data/gate      # a set of the repository's own (gzipped)

Runs zh-web (one worker) on SET/input/docs.jsonl, scores the run with both scorers on
SET/labels/lines.jsonl and SET/labels/docs.jsonl, and prints every metric side by side with the
difference, then what labelled PII would cost content kept if its characters counted against a line.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

from jinglian.score import read_doc_labels, read_line_labels, score_run  # noqa: E402
from jinglian.score.run import read_run  # noqa: E402
from jinglian.score.text import KEPT_AT, FinalText, line_coverage  # noqa: E402

METRICS = ["documents_in_output", "documents_in_both_kept_and_dropped", "labeled_documents_missing_from_output",
           "content_lines_kept", "noise_lines_removed", "pii_leaked", "junk_documents_rejected",
           "good_documents_wrongly_rejected", "duplicate_pairs_found", "duplicate_pairs_precision",
           "duplicate_clusters_with_one_survivor"]


def shared_scorer():
    path = SHARED / "tools" / "score_cleaning.py"
    spec = importlib.util.spec_from_file_location("score_cleaning", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.score


def timed(fn, *args):
    t = time.process_time()
    out = fn(*args)
    return out, time.process_time() - t


def as_number(v):
    """'k/n' strings as k/n shares, so both scorers' forms compare."""
    if isinstance(v, str) and "/" in v:
        k, n = (int(x) for x in v.split("/"))
        return k / n if n else None
    return v


def pii_cost(run: Path, lines: Path, docs: Path) -> tuple[int, int, int]:
    """(content lines with labelled PII, of them counted kept with the PII cut out, ... with it counted)."""
    kept, dropped = read_run(str(run))
    final = {**{i: t for i, t in kept.items()}, **{i: (t if dup else None) for i, (t, dup, _) in dropped.items()}}
    rejected = {d for d, lab in read_doc_labels(docs).items() if lab.label == "reject"}
    total = cut = counted = 0
    for row in read_line_labels(lines):
        if row.label != "keep" or not row.pii or row.doc in rejected or row.doc not in final:
            continue
        body = FinalText(final[row.doc]) if final[row.doc] is not None else None
        total += 1
        cut += (line_coverage(row.text, row.pii, body) or 0) >= KEPT_AT
        counted += line_coverage(row.text, (), body) >= KEPT_AT
    return total, cut, counted


def keep_lines(scores: dict) -> int:
    return sum(int(v.split("/")[1]) for k, v in scores["by_label"].items() if k.startswith("keep:"))


def plain(path: Path, tmp: Path) -> Path:
    """`path`, or a plain copy of `path`.gz (the shared scorer reads plain JSONL labels only)."""
    if path.exists():
        return path
    copy = tmp / f"{path.parent.name}-{path.name}"
    copy.write_bytes(gzip.decompress(path.with_name(path.name + ".gz").read_bytes()))
    return copy


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", type=Path, default=SHARED / "data" / "devset")
    ap.add_argument("--out", type=Path, default=None, help="run directory (default: a temporary folder)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        docs_in, lines, docs = (plain(a.set / rel, Path(tmp)) for rel in
                                ("input/docs.jsonl", "labels/lines.jsonl", "labels/docs.jsonl"))
        run = a.out or Path(tmp) / "run"
        subprocess.run([sys.executable, "-m", "jinglian", "run", str(docs_in), "-o", str(run), "--workers", "1",
                        "--overwrite", "--quiet", "--no-report"], check=True)
        theirs, their_s = timed(shared_scorer(), run, lines, docs)
        ours, our_s = timed(score_run, run, lines, docs)
        total, cut, counted = pii_cost(run, lines, docs)
    print(f"zh-web on {a.set}; scored by ../shared/tools/score_cleaning.py and by jinglian score\n")
    print(f"{'metric':<40} {'shared':>12} {'jinglian':>12} {'difference':>11}")
    ours_view = {**ours, "pii_leaked": f"{ours['pii_leaked']}/{ours['pii_labelled']}"}
    for m in METRICS:
        t, o = theirs.get(m), ours_view.get(m)
        d = (as_number(o) - as_number(t)) if None not in (as_number(o), as_number(t)) else None
        print(f"{m:<40} {t!s:>12} {o!s:>12} {'-' if d is None else f'{d:+.4f}':>11}")
    labels = sorted(set(theirs["by_label"]) | set(ours["by_label"]))
    differ = [k for k in labels if theirs["by_label"].get(k) != ours["by_label"].get(k)]
    print(f"\nby label: {len(labels) - len(differ)} of {len(labels)} groups equal"
          + "".join(f"\n  {k}: shared {theirs['by_label'].get(k)}, jinglian {ours['by_label'].get(k)}" for k in differ))
    print(f"\nscoring CPU seconds: shared {their_s:.2f}, jinglian {our_s:.2f}")
    print(f"\nlabelled PII and content kept: {total} content lines carry labelled PII; with the PII characters cut out"
          f"\n(both scorers) {cut} count as kept; if the PII characters counted against the line, {counted} would"
          f"\n({cut - counted} fewer lines: content kept {(cut - counted) / keep_lines(ours):.4f} lower)."
          " A run that masks PII as it should would be charged for it.")


if __name__ == "__main__":
    main()
