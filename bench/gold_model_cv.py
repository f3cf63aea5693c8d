"""What a learned score (fastText on character n-grams, `jinglian.qmodel`) would add on real pages,
estimated without training on the documents it is judged on.

  .venv/bin/python bench/gold_model_cv.py        # needs the `model` extra and a gold_quality.py run

Reads the zh-web run that `bench/gold_quality.py` left in --run (documents as zh-web kept them, with
their scores) and the gold-train labels.  Folds are the same site-grouped folds as gold_quality.py.
For each held-out fold a model is trained on the other folds only (positives: documents both
annotators keep; negatives: documents both would drop), then scores the held-out documents.  The
pooled held-out scores give ROC-AUC for keep and Spearman with the mean value for the heuristic
`quality`, the model and their rank mean; and, as a filter on top of zh-web, the share of kept
documents both annotators would drop and the share of both-keep documents lost when the threshold
is the lowest model score of a both-keep document on the training folds (so nothing good is lost
there).  gold-train text is used for this estimate only: no model trained here is kept or shipped.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gold_quality as gq  # noqa: E402

from jinglian.qeval import ranks, roc_auc, spearman  # noqa: E402
from jinglian.qmodel import Model, TrainOptions, train  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labels", type=Path, default=gq.LABELS)
    ap.add_argument("--run", type=Path, default=Path("/work/scratch/quality/gold/run"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epoch", type=int, default=10)
    args = ap.parse_args()
    labels = {r["gid"]: r for r in gq.read_labels(args.labels)}
    docs = gq.read_run(args.run)
    both_keep = {i for i, r in labels.items() if all(r["keep"])}
    both_drop = {i for i, r in labels.items() if not any(r["keep"])}
    model_score: dict[str, float] = {}
    kept_after: dict[str, bool] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, held in enumerate(gq.grouped_folds(labels, args.folds)):
            train_ids = sorted(set(labels) - held)
            pos = [docs[i]["text"] for i in train_ids if i in both_keep]
            neg = [docs[i]["text"] for i in train_ids if i in both_drop]
            path = Path(tmp) / f"fold{n}.bin"
            train(pos, neg, path, TrainOptions(epoch=args.epoch))
            m = Model(path)
            floor = min(m.score(docs[i]["text"]) for i in train_ids if i in both_keep and docs[i]["kept"])
            for i in sorted(held):
                model_score[i] = m.score(docs[i]["text"])
                kept_after[i] = docs[i]["kept"] and model_score[i] >= floor
    ids = sorted(labels)
    positive = np.array([i in both_keep for i in ids])
    value = np.array([sum(labels[i]["edu"]) / 2 for i in ids])
    heur = np.array([docs[i]["scores"].get("quality", 0.0) for i in ids])
    model = np.array([model_score[i] for i in ids])
    combined = (ranks(heur) + ranks(model)) / 2
    print(f"gold-train, {len(ids)} documents, {args.folds} site-grouped folds (held-out figures only)")
    print(f"{'score':<12}{'ROC-AUC keep':>14}{'Spearman value':>16}")
    for name, s in (("quality", heur), ("model", model), ("combined", combined)):
        print(f"{name:<12}{roc_auc(s, positive):>14.3f}{spearman(s, value):>16.3f}")
    kept_ids = [i for i in ids if docs[i]["kept"]]
    print(f"Spearman over zh-web's kept documents: quality {spearman(heur[[docs[i]['kept'] for i in ids]], value[[docs[i]['kept'] for i in ids]]):.3f}, "
          f"combined {spearman(combined[[docs[i]['kept'] for i in ids]], value[[docs[i]['kept'] for i in ids]]):.3f}")
    after = [i for i in ids if kept_after[i]]
    print(f"zh-web kept {len(kept_ids)}, both-drop share {np.mean([i in both_drop for i in kept_ids]):.3f}")
    print(f"+ model filter (threshold = lowest both-keep score on the training folds): kept {len(after)}, "
          f"both-drop share {np.mean([i in both_drop for i in after]):.3f}, "
          f"both-keep lost {sum(1 for i in both_keep if docs[i]['kept'] and not kept_after[i])}/{len(both_keep)}")


if __name__ == "__main__":
    main()
