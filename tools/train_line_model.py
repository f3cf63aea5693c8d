"""Train the `lines.model` classifier from labelled noisy sets and write its weights.

    .venv/bin/python tools/train_line_model.py --sets devset,heldout,heldout3..211 \\
        [--out src/jinglian/zh/data/line_model.npz]

("heldout3..211" names held-out 3 to 211.)

A set is a directory with input/docs.jsonl and labels/lines.jsonl as
../shared/tools/make_noisy_set.py writes them (bench/cleaning.py builds the held-out sets under
bench/data/; "devset" is ../shared/data/devset).  Every line labelled keep or drop is an example,
featurised in the context of its page (`jinglian.steps.line_model.line_features`).  The titles of
all pages are masked out of the noise lines before featurising: the generator glues other pages'
titles into template lines ("原标题为《…》", "相关文章：…"), and the model would otherwise learn
the words of titles as noise.

Logistic regression, class-balanced, L2, full-batch Adam for a fixed number of steps on examples
in file order: the same sets give the same weights.  Numpy only.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from jinglian.steps.line_model import DIM_BITS, line_features, paragraphs_of, shape_key  # noqa: E402
from jinglian.zh.lexicon import Folder  # noqa: E402

SENTENCE_HAN = 25
#: noise labels no line's own words can tell (see read_set)
UNLEARNABLE = frozenset({"foreign-fragment"})
_SPACE_RE = re.compile(r"\s+")


def set_names(spec: str) -> list[str]:
    """Comma-separated set names; "heldoutA..B" stands for heldoutA to heldoutB."""
    names = []
    for part in spec.split(","):
        m = re.fullmatch(r"heldout(\d+)\.\.(\d+)", part)
        names += [f"heldout{i}" for i in range(int(m[1]), int(m[2]) + 1)] if m else [part]
    return names


def set_dir(name: str) -> Path:
    if name == "devset":
        return REPO.parent / "shared" / "data" / "devset"
    path = Path(name)
    return path if path.is_dir() else REPO / "bench" / "data" / name


def titles_of(dirs: list[Path], folder: Folder) -> re.Pattern | None:
    """One pattern matching any page title of the sets (folded, white space dropped)."""
    titles = set()
    for d in dirs:
        for line in open(d / "labels" / "lines.jsonl", encoding="utf-8"):
            row = json.loads(line)
            if row["why"] == "title":
                for part in row["text"].split("\n"):
                    t = _SPACE_RE.sub("", folder.fold(part.strip()))
                    if len(t) >= 6:
                        titles.add(t)
    return re.compile("|".join(re.escape(t) for t in sorted(titles, key=lambda t: (-len(t), t)))) if titles else None


def read_set(d: Path, learnable: bool = True) -> tuple[list[tuple[str, list[str]]], dict[str, dict[str, str]]]:
    """A set's pages (id, stripped non-empty lines) and each page's line labels by text; with `learnable`, a noise
    label no line's own words can tell (`UNLEARNABLE`) reads "either": no example either way."""
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for line in open(d / "labels" / "lines.jsonl", encoding="utf-8"):
        row = json.loads(line)
        # another article's paragraph glued on: noise only by where it stands, in an article's words
        # (the sets share one pool of base articles); learnt as noise, those words scored a real
        # paragraph 0.64 (tests/test_line_model.py)
        label = "either" if learnable and row["why"] in UNLEARNABLE else row["label"]
        labels[row["id"]].setdefault(row["text"].strip(), label)
    docs = []
    for line in open(d / "input" / "docs.jsonl", encoding="utf-8"):
        doc = json.loads(line)
        docs.append((doc["id"], [s.strip() for s in doc["text"].split("\n") if s.strip()]))
    return docs, labels


def page_examples(raw: list[str], own: dict[str, str], folder: Folder, titles: re.Pattern | None,
                  keep_content: bool = True) -> tuple[list[np.ndarray], list[float]]:
    """One page's examples: its noise lines (titles masked) and, with `keep_content`, its
    content lines, each featurised in the context of the page."""
    keys = []
    for s, f in zip(raw, folder.fold_lines(raw)):
        if own.get(s) == "drop" and titles is not None:
            f = titles.sub("Ⓣ", _SPACE_RE.sub("", f))
        keys.append(shape_key(f))
    paragraphs = paragraphs_of(raw, SENTENCE_HAN)
    xs, ys = [], []
    for i, s in enumerate(raw):
        label = own.get(s)
        if label == "drop" or (label == "keep" and keep_content):
            xs.append(line_features(raw, keys, i, paragraphs))
            ys.append(1.0 if label == "drop" else 0.0)
    return xs, ys


def examples(d: Path, folder: Folder, titles: re.Pattern | None) -> tuple[list[np.ndarray], list[float]]:
    docs, labels = read_set(d)
    xs, ys = [], []
    for doc_id, raw in docs:
        x, y = page_examples(raw, labels[doc_id], folder, titles)
        xs += x
        ys += y
    return xs, ys


def train(xs: list[np.ndarray], y: np.ndarray, l2: float, steps: int, lr: float) -> tuple[np.ndarray, float]:
    dim = 1 << DIM_BITS
    lens = np.array([len(x) for x in xs])
    idx = np.concatenate(xs)
    ptr = np.concatenate(([0], np.cumsum(lens)))[:-1]
    pos = y.mean()
    weight = np.where(y > 0, 0.5 / pos, 0.5 / (1 - pos)) / len(y)
    w = np.zeros(dim)
    b = 0.0
    m, v, mb, vb = np.zeros(dim), np.zeros(dim), 0.0, 0.0
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-(np.add.reduceat(w[idx], ptr) + b)))
        err = (p - y) * weight
        g = np.bincount(idx, weights=np.repeat(err, lens), minlength=dim) + l2 * w
        gb = float(err.sum())
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        mb = 0.9 * mb + 0.1 * gb
        vb = 0.999 * vb + 0.001 * gb * gb
        b -= lr * (mb / (1 - 0.9 ** t)) / (math.sqrt(vb / (1 - 0.999 ** t)) + 1e-8)
    return w, b


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", required=True, help="comma-separated set names or directories (heldoutA..B: a range)")
    ap.add_argument("--out", type=Path, default=REPO / "src" / "jinglian" / "zh" / "data" / "line_model.npz")
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--lr", type=float, default=0.1)
    a = ap.parse_args()
    dirs = [set_dir(s) for s in set_names(a.sets)]
    folder = Folder()
    titles = titles_of(dirs, folder)
    xs: list[np.ndarray] = []
    ys: list[float] = []
    for d in dirs:
        x, y = examples(d, folder, titles)
        xs += x
        ys += y
        print(f"{d.name}: {len(y)} lines, {int(sum(y))} noise", file=sys.stderr)
    w, b = train(xs, np.array(ys), a.l2, a.steps, a.lr)
    keep = np.flatnonzero(np.abs(w) >= 1e-3)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with open(a.out, "wb") as f:
        np.savez_compressed(f, index=keep.astype(np.int32), weight=w[keep].astype(np.float16), bias=np.float64(b))
    print(f"wrote {a.out}: {len(keep)} weights from {len(ys)} lines of {len(dirs)} sets", file=sys.stderr)


if __name__ == "__main__":
    main()
