"""How `lines.model` does on templates and articles it was not trained on: leave one set out, and
half of the articles too.

    .venv/bin/python bench/line_model_cv.py --runs R0 --test heldout18,heldout19,devset \\
        [--train devset,heldout,heldout3..211] [--thresholds 0.8,0.9,0.95]

R0 is a `bench/cleaning.py --results` folder of a revision *without* `lines.model` (R0/<set>/jinglian).
For each test set: a model is trained on every other training set (its templates are unseen), twice,
each time leaving out the content lines of one half of the articles (split by a hash of the
article's first paragraph, folded: a repost and its traditional copy fall in the same half); the
lines of the test set's pages whose article is in the left-out half are judged by that model.  The
held-out sets are all built on the same 75 magic-html-zh articles, so without the split the model
would have seen the test pages' content lines, labelled keep, and content loss would look better
than on new text.  The model is applied as the step applies it (`LineModel.verdicts`, on the
pages as R0 kept them), at each threshold; `sentence_threshold` and the other guards as the step's
defaults.  Reported: noise characters the run missed and how many the model takes, content
characters (and lines) it takes, out of the content characters R0 kept.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import zlib
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tools"))

from train_line_model import page_examples, read_set, set_dir, set_names, titles_of, train  # noqa: E402

from jinglian.steps.line_model import LineModel  # noqa: E402
from jinglian.zh.lexicon import Folder  # noqa: E402
from jinglian.zh.text import HAN_RE  # noqa: E402


def article_half(raw: list[str], own: dict[str, str], folder: Folder) -> int:
    """0 or 1: a hash of the page's first content line with 20 Han characters, folded."""
    for s in raw:
        if own.get(s) == "keep" and len(HAN_RE.findall(s)) >= 20:
            return zlib.crc32("".join(HAN_RE.findall(folder.fold(s)))[:12].encode()) % 2
    return 2  # no article line: its content is never trained on and always judged


def examples(d: Path, folder: Folder, titles, leave_out: int):
    """Training examples of one set: every noise line; content lines of the other half's pages."""
    docs, labels = read_set(d)
    xs, ys = [], []
    for doc_id, raw in docs:
        half = article_half(raw, labels[doc_id], folder)
        x, y = page_examples(raw, labels[doc_id], folder, titles, keep_content=half not in (leave_out, 2))
        xs += x
        ys += y
    return xs, ys


def kept_pages(run: Path) -> dict[str, list[str]]:
    out = {}
    for f in sorted((run / "kept").glob("*.parquet")):
        for row in pq.read_table(f, columns=["id", "text"]).to_pylist():
            out[row["id"]] = row["text"].split("\n")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=Path, required=True)
    ap.add_argument("--test", required=True)
    ap.add_argument("--train", default="devset,heldout,heldout3..211")
    ap.add_argument("--thresholds", default="0.8,0.9,0.95")
    ap.add_argument("--show-lost", action="store_true", help="print the content lines lost at the last threshold")
    ap.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                    help="another of the step's parameters, as a number (repeatable)")
    a = ap.parse_args()
    params = {k: float(v) for k, v in (p.split("=", 1) for p in a.param)}
    folder = Folder()
    train_sets = set_names(a.train)
    titles = titles_of([set_dir(s) for s in train_sets], folder)
    thresholds = [float(t) for t in a.thresholds.split(",")]
    print("| set | noise chars | missed by the run | " + " | ".join(
        f"at {t}: noise removed / content chars (lines) lost" for t in thresholds) + " |")
    print("|---|---|---|" + "---|" * len(thresholds))
    for test in set_names(a.test):
        docs, labels = read_set(set_dir(test), learnable=False)  # (measured on every label, as the scorer counts)
        kept = kept_pages(a.runs / test / "jinglian")
        halves = {doc_id: article_half(raw, labels[doc_id], folder) for doc_id, raw in docs}
        noise_total = sum(len(s) for doc_id, raw in docs for s in raw if labels[doc_id].get(s) == "drop")
        missed = content = 0
        taken = {t: [0, 0, 0] for t in thresholds}  # noise chars, content chars, content lines
        for leave_out in (0, 1):
            xs: list = []
            ys: list = []
            for s in train_sets:
                if s != test:
                    x, y = examples(set_dir(s), folder, titles, leave_out)
                    xs += x
                    ys += y
            w, b = train(xs, np.array(ys), 1e-4, 300, 0.1)
            for t in thresholds:
                step = dataclasses.replace(LineModel(), threshold=t, **params)
                step.ensure_setup()
                object.__setattr__(step, "_w", w.astype(np.float32))
                object.__setattr__(step, "_b", b)
                for doc_id, half in halves.items():
                    if doc_id not in kept or half != leave_out and not (half == 2 and leave_out == 0):
                        continue
                    raw = [s.strip() for s in kept[doc_id] if s.strip()]
                    own = labels[doc_id]
                    if t == thresholds[0]:
                        missed += sum(len(s) for s in raw if own.get(s) == "drop")
                        content += sum(len(s) for s in raw if own.get(s) == "keep")
                    for s, gone in zip(raw, step.verdicts(raw)):
                        if gone and own.get(s) == "drop":
                            taken[t][0] += len(s)
                        elif gone and own.get(s) == "keep":
                            taken[t][1] += len(s)
                            taken[t][2] += 1
                            if a.show_lost and t == thresholds[-1]:
                                print(f"  lost: {test} {doc_id} line {raw.index(s)}/{len(raw)}: {s[:80]}", file=sys.stderr)
        cells = [f"{1 - (missed - n) / noise_total:.4f} / {c} ({k})" for n, c, k in taken.values()]
        print(f"| {test} | {noise_total} | {missed} ({1 - missed / noise_total:.4f}) of {content} content kept | "
              + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
