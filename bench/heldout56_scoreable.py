"""Noise removed on held-out 5/6 without the drop lines that quote the page's own title
(原标题：{title}, '{title}……［详细］', '来源：X  {title}……'): the scorer counts such a line as kept whenever
the title is kept, whatever the run did with it.  Usage: bench/heldout56_scoreable.py RESULTS_DIR...
(RESULTS_DIR/heldout5/jinglian as bench/cleaning.py --results RESULTS_DIR writes it)."""
import json, sys, tempfile
from pathlib import Path
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO.parent / "shared" / "tools"))
from score_cleaning import score
for run in sys.argv[1:]:
    for ds in ("heldout5", "heldout6"):
        lab = REPO / "bench" / "data" / ds / "labels"
        rows = [json.loads(l) for l in open(lab / "lines.jsonl")]
        titles = {}
        for r in rows:
            if r["why"] == "title": titles.setdefault(r["id"], r["text"])
        keep = [r for r in rows if not (r["label"] == "drop" and r["id"] in titles and titles[r["id"]] in r["text"])]
        tmp = Path(tempfile.mkdtemp()) / "lines.jsonl"
        tmp.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in keep))
        s = score(Path(run) / ds / "jinglian", tmp, lab / "docs.jsonl")
        print(run, ds, "noise removed (scoreable lines)", s["noise_lines_removed"], "excluded", len(rows) - len(keep))
