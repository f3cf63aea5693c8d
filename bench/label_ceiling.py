"""What a run that follows the labels exactly scores on the shared scorer: the ceiling of each figure.

The "oracle" keeps every document labelled keep with exactly its lines labelled content (keep), its labelled PII
masked, and drops every document labelled reject.  ../shared/tools/score_cleaning.py then scores it like any run.
Content and PII come out perfect by construction; the noise figure does not: a noise line that quotes a kept line
("上一篇：<the page's title>", "附件下載：<title>.pdf（3775KB）") has most of its trigrams in the output, so the scorer
counts it as left in, whatever removed it.  That share is out of reach for any cleaner, and `bench/noise_left.py`
shows which lines of a real run it is.

With --run, a run's own shared-scorer figures stand beside the ceiling's.

  bench/label_ceiling.py --sets heldout208,heldout209 [--run RESULTS_DIR]
(RESULTS_DIR/<set>/jinglian as bench/cleaning.py --results RESULTS_DIR writes it)."""
import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO.parent / "shared" / "tools"))
from score_cleaning import load_jsonl, score  # noqa: E402


def oracle(rows: list[dict], docs: list[dict], out: Path) -> Path:
    """Write the run that keeps exactly the content lines (PII masked) of the documents labelled keep."""
    lines: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        if r["label"] == "keep":
            text = r["text"]
            for s in r.get("pii") or []:
                text = text.replace(s, "<PII>")
            lines[r["id"]].append(text)
    (out / "kept").mkdir(parents=True)
    (out / "dropped").mkdir()
    with open(out / "kept" / "part-0.jsonl", "w", encoding="utf-8") as kept, \
            open(out / "dropped" / "part-0.jsonl", "w", encoding="utf-8") as dropped:
        for d in docs:
            if d["label"] == "reject":
                dropped.write(json.dumps({"id": d["id"], "reason": "oracle", "text": "", "duplicate_of": None}) + "\n")
            else:
                kept.write(json.dumps({"id": d["id"], "text": "\n".join(lines[d["id"]])}, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", required=True)
    ap.add_argument("--run", type=Path, help="a bench/cleaning.py --results directory to score beside the ceiling")
    a = ap.parse_args()
    print("| set | ceiling: content | ceiling: noise | ceiling: PII leaked | ceiling: good lost | run: content | run: noise |")
    print("|---|---|---|---|---|---|---|")
    for ds in a.sets.split(","):
        lab = REPO / "bench" / "data" / ds / "labels"
        rows, docs = load_jsonl(lab / "lines.jsonl"), load_jsonl(lab / "docs.jsonl")
        top = score(oracle(rows, docs, Path(tempfile.mkdtemp()) / "oracle"), lab / "lines.jsonl", lab / "docs.jsonl")
        run = score(a.run / ds / "jinglian", lab / "lines.jsonl", lab / "docs.jsonl") if a.run else {}
        print(f"| {ds} | {top['content_lines_kept']} | {top['noise_lines_removed']} | {top['pii_leaked']} | "
              f"{top['good_documents_wrongly_rejected']} | {run.get('content_lines_kept', '')} | "
              f"{run.get('noise_lines_removed', '')} |")

if __name__ == "__main__":
    main()
