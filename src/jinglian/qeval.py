"""`jinglian quality eval`: how well a run's quality scores agree with human labels.

Labels are JSONL, one document a line, in the format of gold-train.jsonl:
`{"id": ..., "keep": [true, false], "edu": [2, 3]}` — `id` (or `gid`) is the document id in the run,
`keep` whether each annotator would train on it (a list, or one boolean), `edu` each annotator's 0-5
value (a list, or one number).  A document counts as "keep" when every annotator keeps it; its value
is the annotators' mean.  Other fields are ignored.

For each score (`quality`, the heuristic; `quality_model`, the learned one, when the run has it;
and `combined`, the mean of their ranks) it reports ROC-AUC for keep, precision at the run's keep
rate (the share of "keep" documents among the top-scored as many documents as the run kept), and
Spearman with the value, each with a 95 % bootstrap interval (documents resampled, fixed seed).
Scores are read from kept and dropped rows alike (every row keeps its scores); a document dropped
before the step that writes a score (e.g. `quality.garbled` runs before `quality.signals`) counts 0.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from .errors import JinglianError

SCORES = ("quality", "quality_model")


def read_labels(path: str | Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    p = Path(path)
    if not p.is_file():
        raise JinglianError(f"{path}: labels file not found")
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            doc_id = str(row.get("id", row.get("gid")))
            keep = row["keep"] if isinstance(row["keep"], list) else [row["keep"]]
            edu = row["edu"] if isinstance(row["edu"], list) else [row["edu"]]
            out[doc_id] = {"keep": all(bool(k) for k in keep), "edu": float(np.mean([float(e) for e in edu]))}
        except (ValueError, KeyError, TypeError) as e:
            raise JinglianError(f"{path}:{n}: a label needs id (or gid), keep and edu ({e})") from e
    if not out:
        raise JinglianError(f"{path}: no labels")
    return out


def ranks(v: np.ndarray) -> np.ndarray:
    """Ranks 0..n-1 with ties averaged."""
    order = np.argsort(v, kind="mergesort")
    r = np.empty(len(v))
    r[order] = np.arange(len(v))
    _, inverse, counts = np.unique(v, return_inverse=True, return_counts=True)
    sums = np.bincount(inverse, weights=r)
    return (sums / counts)[inverse]


def spearman(x: np.ndarray, y: np.ndarray) -> float:
    a, b = ranks(x), ranks(y)
    if a.std() == 0 or b.std() == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def roc_auc(score: np.ndarray, positive: np.ndarray) -> float:
    """Probability that a random positive scores above a random negative (ties count half)."""
    n_pos, n_neg = int(positive.sum()), int((~positive).sum())
    if not n_pos or not n_neg:
        return float("nan")
    r = ranks(score) + 1
    return float((r[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def precision_at(score: np.ndarray, positive: np.ndarray, k: int) -> float:
    if k <= 0:
        return float("nan")
    top = np.argsort(-score, kind="mergesort")[:k]
    return float(positive[top].mean())


def metrics(score: np.ndarray, positive: np.ndarray, value: np.ndarray, k: int) -> dict[str, float]:
    return {"roc_auc": roc_auc(score, positive), "precision_at_keep_rate": precision_at(score, positive, k),
            "spearman_value": spearman(score, value)}


def evaluate(run: str, labels_path: str, n_boot: int = 1000, seed: int = 0) -> dict[str, Any]:
    from .rundir import RunDir

    labels = read_labels(labels_path)
    rd = RunDir(run)
    rows: dict[str, tuple[bool, dict[str, Any]]] = {}
    for kind in ("kept", "dropped"):
        for r in rd.rows(kind, columns=["id", "scores"]):
            if r["id"] in labels:
                s = r.get("scores") or "{}"
                rows[r["id"]] = (kind == "kept", json.loads(s) if isinstance(s, str) else s)
    ids = sorted(rows)
    if not ids:
        raise JinglianError(f"{labels_path}: none of the labelled ids is in the run {run}")
    positive = np.array([labels[i]["keep"] for i in ids])
    value = np.array([labels[i]["edu"] for i in ids])
    k = sum(rows[i][0] for i in ids)
    columns: dict[str, np.ndarray] = {}
    unscored: dict[str, int] = {}
    for name in SCORES:
        # a document dropped before the step that writes the score ranks lowest (0)
        if any(name in rows[i][1] for i in ids) and all(name in rows[i][1] for i in ids if rows[i][0]):
            columns[name] = np.array([float(rows[i][1].get(name, 0.0)) for i in ids])
            unscored[name] = sum(name not in rows[i][1] for i in ids)
    if len(columns) == 2:
        columns["combined"] = (ranks(columns["quality"]) + ranks(columns["quality_model"])) / 2
    rng = np.random.default_rng(seed)
    boots = [rng.integers(0, len(ids), len(ids)) for _ in range(n_boot)]
    out: dict[str, Any] = {"documents": len(ids), "labelled": len(labels), "kept": k, "keep_rate": k / len(ids),
                           "dropped_before_scoring": unscored, "scores": {}}
    for name, score in columns.items():
        point = metrics(score, positive, value, k)
        samples = [metrics(score[b], positive[b], value[b], round(k * len(b) / len(ids))) for b in boots]
        ci = {m: [float(np.nanpercentile([s[m] for s in samples], q)) for q in (2.5, 97.5)] for m in point}
        out["scores"][name] = {m: {"value": point[m], "ci95": ci[m]} for m in point}
    return out


def format_report(result: dict[str, Any]) -> str:
    lines = [f"{result['documents']} labelled documents in the run ({result['labelled']} labels), "
             f"kept {result['kept']} (keep rate {result['keep_rate']:.3f}); dropped before scoring (counted 0): "
             + (", ".join(f"{k} {v}" for k, v in result["dropped_before_scoring"].items()) or "none"),
             f"{'score':<15}{'ROC-AUC keep':>24}{'precision@keep rate':>26}{'Spearman value':>24}"]
    for name, m in result["scores"].items():
        cells = [f"{m[k]['value']:.3f} [{m[k]['ci95'][0]:.3f}, {m[k]['ci95'][1]:.3f}]"
                 for k in ("roc_auc", "precision_at_keep_rate", "spearman_value")]
        lines.append(f"{name:<15}{cells[0]:>24}{cells[1]:>26}{cells[2]:>24}")
    return "\n".join(lines)
