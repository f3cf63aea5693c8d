"""Document quality on real pages: the issue-15 figures on `../shared/data/gold-train`.

  .venv/bin/python bench/gold_quality.py                      # zh-web, in-sample + grouped CV
  .venv/bin/python bench/gold_quality.py --recipe my.toml --out /work/scratch/x/gold

gold-train holds 319 real documents that zh-web kept once, each labelled by two annotators
(`keep`, 0-5 `edu`, `type`, boilerplate `noise` lines; see its README).  It is for tuning and
evaluation only: its text is never copied into the repository or used to train a shipped model.

The script writes the documents as JSONL (`id` = gid, `text`, `url`), runs `jinglian run` with the
recipe (one worker), and reports the four figures of the issue:

- bad_kept     share of kept documents that both annotators would drop (target <= 10 %);
- good_lost    share of the documents both would keep that were dropped, duplicates aside (<= 3 %);
- noise_chars  share of kept characters in lines both flagged as boilerplate (<= 0.5 %);
- spearman     Spearman between `scores.quality` and the annotators' mean `edu`, over the kept
               documents (>= 0.6; over all documents too, as dropped rows keep their scores).

The run's own figures are IN-SAMPLE: the recipe's thresholds were chosen on this same set.  The
cross-validated figures re-decide the tunable document filters (TUNABLE: a stored score, a direction)
from the stored scores: folds are grouped by site (URL host; documents without a URL form one group),
each tunable threshold is chosen on the other folds (the loosest threshold that drops no document
both annotators keep there, and the most documents both would drop), and the figures are read on the
held-out fold only, then pooled over the folds.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from jinglian import qeval

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO.parent / "shared" / "data" / "gold-train" / "gold-train.jsonl"

#: filters whose thresholds the cross-validation chooses on the training folds:
#: (drop reason, score key, "above" = drop when the score is above the threshold)
TUNABLE = [
    ("quality.garbled", "garbled_share", "above"),
    ("quality.injected_spam", "injected_spam", "above"),
    ("quality.teaser_list", "teaser_share", "above"),  # with its fixed density floor, see FIXED
    ("quality.summary_list", "summary_share", "above"),
    ("quality.sales_copy", "commerce_density", "above"),  # with its fixed hit floor, see FIXED
    ("quality.link_stuffing", "link_share", "above"),
    ("quality.pinyin_glosses", "pinyin_gloss_density", "above"),
    ("quality.title_stuffing", "title_echo", "above"),
    ("quality.title_keyword", "title_tail_echo", "above"),
    ("quality.form_page", "form_fields", "above"),
    ("quality.interface_lines", "chrome_line_share", "above"),
    ("quality.spun_text", "spun_hits", "above"),  # the recipe also drops 2 distinct phrases at any count
    ("quality.explicit", "explicit_terms", "above"),
    ("quality.question_stuffing", "question_repeats", "above"),
    ("quality.catalogue", "catalogue_models", "above"),
]


#: conditions of a tunable filter that stay fixed: reason -> [(score key, the value it must exceed)]
FIXED = {
    "quality.teaser_list": [("teaser_density", 0.25)],
    # at least 3 distinct entries; and above 1.46, the densest good page of the bench's devset,
    # heldout5 and heldout6, which the folds do not see (the recipe's 2.0 sits above it)
    "quality.sales_copy": [("commerce_terms", 2.5), ("commerce_density", 1.46)],
    "quality.pinyin_glosses": [("pinyin_glosses", 4.5)],
    # a story may repeat its headline once or twice; the folds only choose above that
    "quality.title_stuffing": [("title_echo", 2)],
}


def read_labels(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_recipe(rows: list[dict], out: Path, recipe: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    src = out / "input" / "gold.jsonl"
    src.parent.mkdir(exist_ok=True)
    with open(src, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["gid"], "text": r["text"], "url": r.get("url")}, ensure_ascii=False) + "\n")
    run = out / "run"
    cmd = [str(REPO / ".venv" / "bin" / "jinglian"), "run", str(src), "-o", str(run), "--recipe", recipe,
           "--workers", "1", "--overwrite"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return run


def read_run(run: Path) -> dict[str, dict]:
    """id -> {kept, reason, duplicate, scores, text} from a run directory (Parquet or JSONL)."""
    import pyarrow.parquet as pq

    docs: dict[str, dict] = {}
    for kind in ("kept", "dropped"):
        for path in sorted((run / kind).glob("*")):
            if path.suffix == ".parquet":
                rows = pq.read_table(path).to_pylist()
            elif path.suffix == ".jsonl":
                rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
            else:
                continue
            for r in rows:
                scores = r.get("scores") or "{}"
                docs[r["id"]] = {
                    "kept": kind == "kept",
                    "reason": r.get("reason"),
                    "duplicate": bool(r.get("duplicate_of")),
                    "scores": json.loads(scores) if isinstance(scores, str) else scores,
                    "text": r.get("text") or "",
                }
    return docs


def spearman(x: list[float], y: list[float]) -> float:
    return qeval.spearman(np.asarray(x, dtype=float), np.asarray(y, dtype=float)) if len(x) >= 3 else float("nan")


def figures(labels: dict[str, dict], kept: dict[str, bool], docs: dict[str, dict]) -> dict[str, float]:
    """The four figures for the documents in `kept` (id -> kept after the decision)."""
    ids = list(kept)
    kept_ids = [i for i in ids if kept[i]]
    both_drop = {i for i in ids if not any(labels[i]["keep"])}
    both_keep = {i for i in ids if all(labels[i]["keep"])}
    lost = [i for i in both_keep if not kept[i] and not docs[i]["duplicate"]]
    noise = total = 0
    for i in kept_ids:
        text = docs[i]["text"]
        total += len(text)
        lines = set(text.split("\n"))
        noise += sum(len(n) for n in set(labels[i]["noise"]) if n in lines)
    mean_edu = {i: sum(labels[i]["edu"]) / 2 for i in ids}
    q = {i: docs[i]["scores"].get("quality", 0.0) for i in ids}
    return {
        "n": len(ids), "kept": len(kept_ids),
        "bad_kept": sum(i in both_drop for i in kept_ids) / max(1, len(kept_ids)),
        "good_lost": len(lost) / max(1, len(both_keep)),
        "noise_chars": noise / max(1, total),
        "spearman_kept": spearman([q[i] for i in kept_ids], [mean_edu[i] for i in kept_ids]),
        "spearman_all": spearman([q[i] for i in ids], [mean_edu[i] for i in ids]),
    }


def site(url: str | None) -> str:
    return urlparse(url).netloc if url else "(no url)"


def grouped_folds(labels: dict[str, dict], k: int) -> list[set[str]]:
    """k folds of whole sites, biggest sites first onto the smallest fold (deterministic)."""
    groups: dict[str, list[str]] = {}
    for i, r in sorted(labels.items()):
        groups.setdefault(site(r.get("url")), []).append(i)
    folds: list[set[str]] = [set() for _ in range(k)]
    for _, members in sorted(groups.items(), key=lambda g: (-len(g[1]), g[0])):
        min(folds, key=len).update(members)
    return folds


def base_kept(docs: dict[str, dict]) -> dict[str, bool]:
    """Kept as the run decided, with the tunable filters' own drops undone (they are re-decided)."""
    tunable = {t[0] for t in TUNABLE}
    return {i: d["kept"] or d["reason"] in tunable for i, d in docs.items()}


def decide(docs, ids, base, thresholds) -> dict[str, bool]:
    out = {}
    for i in ids:
        keep = base[i]
        s = docs[i]["scores"]
        for (reason, key, direction), t in zip(TUNABLE, thresholds):
            if t is None or key not in s:
                continue
            if any(s.get(k, 0) <= floor for k, floor in FIXED.get(reason, ())):
                continue
            v = s[key]
            if (direction == "above" and v > t) or (direction == "below" and v < t):
                keep = False
        out[i] = keep
    return out


def choose_threshold(docs, labels, ids, base, key, direction) -> float | None:
    """The threshold that drops no both-keep document of `ids` and the most both-drop ones;
    among equals the one farthest from the nearest kept document (midpoint)."""
    good = [docs[i]["scores"].get(key) for i in ids if all(labels[i]["keep"]) and base[i]]
    good = [v for v in good if v is not None]
    if not good:
        return None
    edge = max(good) if direction == "above" else min(good)
    bad = sorted(docs[i]["scores"].get(key, edge) for i in ids if not any(labels[i]["keep"]) and base[i])
    beyond = [v for v in bad if (v > edge if direction == "above" else v < edge)]
    if not beyond:
        return None  # no evidence on these folds: the rule is not applied
    nearest = min(beyond) if direction == "above" else max(beyond)
    return (edge + nearest) / 2


def cross_validate(labels, docs, k: int) -> tuple[dict[str, float], list[list]]:
    base = base_kept(docs)
    folds = grouped_folds(labels, k)
    pooled: dict[str, bool] = {}
    chosen = []
    for held in folds:
        train = [i for i in labels if i not in held]
        ts = [choose_threshold(docs, labels, train, base, key, d) for _, key, d in TUNABLE]
        chosen.append(ts)
        pooled.update(decide(docs, sorted(held), base, ts))
    return figures(labels, pooled, docs), chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--recipe", default="zh-web")
    ap.add_argument("--out", type=Path, default=Path("/work/scratch/quality/gold"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--reuse", action="store_true", help="score an existing --out/run instead of running again")
    args = ap.parse_args()
    if not args.labels.exists():
        sys.exit(f"labels not found: {args.labels}")
    rows = read_labels(args.labels)
    labels = {r["gid"]: r for r in rows}
    run = args.out / "run" if args.reuse else run_recipe(rows, args.out, args.recipe)
    docs = read_run(run)
    missing = set(labels) - set(docs)
    if missing:
        sys.exit(f"{len(missing)} labelled documents are not in the run: {sorted(missing)[:5]}")
    insample = figures(labels, {i: docs[i]["kept"] for i in labels}, docs)
    cv, chosen = cross_validate(labels, docs, args.folds)
    print(f"gold-train: {len(labels)} documents, recipe {args.recipe}")
    print(f"{'figure':<16}{'in-sample':>12}{'grouped CV':>12}  target")
    targets = {"bad_kept": "<= 0.10", "good_lost": "<= 0.03", "noise_chars": "<= 0.005",
               "spearman_kept": ">= 0.6", "spearman_all": ""}
    for key, target in targets.items():
        print(f"{key:<16}{insample[key]:>12.4f}{cv[key]:>12.4f}  {target}")
    print(f"kept            {insample['kept']:>12d}{cv['kept']:>12d}")
    for (reason, key, _), ts in zip(TUNABLE, zip(*chosen)):
        print(f"CV thresholds for {reason} ({key}): {[None if t is None else round(t, 4) for t in ts]}")
    reasons: dict[str, int] = {}
    for i in labels:
        if not docs[i]["kept"]:
            reasons[docs[i]["reason"]] = reasons.get(docs[i]["reason"], 0) + 1
    print("dropped by reason (in-sample):", json.dumps(dict(sorted(reasons.items())), ensure_ascii=False))
    lost = [i for i in labels if all(labels[i]["keep"]) and not docs[i]["kept"] and not docs[i]["duplicate"]]
    print("both-keep documents dropped (in-sample):", [(i, docs[i]["reason"]) for i in sorted(lost)])
    (args.out / "figures.json").write_text(json.dumps({"in_sample": insample, "grouped_cv": cv}, indent=1))


if __name__ == "__main__":
    main()
