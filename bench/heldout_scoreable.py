"""Noise removed on the held-out sets, honestly scored for noise lines that quote the page's title.

Held-out sets 5-8 put the page's own title inside some noise lines ('原标题：{title}',
'{title}……［详细］', '来源：X  {title}……'); ../shared/tools/score_cleaning.py then counts such a
line as left in whenever the title is kept, whatever the run did with it.  For each run this prints,
per set: the shared scorer's figures; the shared scorer without those lines (the figure
bench/README.md has reported as "scoreable" since held-out 5/6); and `jinglian score`, which judges
such a line on what it adds beyond the content it quotes (see jinglian.score); and `jinglian score`'s
content kept with the base pages' own boilerplate not counted: lines of magic-html-zh's main text
that two annotators both call page boilerplate ("责任编辑：X", "Copy", "广告"; bench/base_boilerplate.py).

  bench/heldout_scoreable.py RESULTS_DIR... [--sets heldout5,heldout6,heldout7,heldout8]
(RESULTS_DIR/<set>/jinglian as bench/cleaning.py --results RESULTS_DIR writes it)."""
import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO.parent / "shared" / "tools"))
sys.path.insert(0, str(REPO / "src"))
from score_cleaning import score  # noqa: E402

from jinglian.score import score_run  # noqa: E402

from base_boilerplate import relabel  # noqa: E402

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("runs", nargs="+", type=Path)
ap.add_argument("--sets", default="heldout5,heldout6,heldout7,heldout8")
a = ap.parse_args()
print("| run | set | content (shared) | noise (shared) | noise, title-quoting lines left out (shared) "
      "| content (jinglian score) | content, base-page boilerplate not counted | noise (jinglian score) "
      "| not judged | PII leaked | good lost |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for run in a.runs:
    for ds in a.sets.split(","):
        lab = REPO / "bench" / "data" / ds / "labels"
        out = run / ds / "jinglian"
        if not out.is_dir():
            continue
        rows = [json.loads(line) for line in open(lab / "lines.jsonl", encoding="utf-8")]
        titles: dict[str, str] = {}
        for r in rows:
            if r["why"] == "title":
                titles.setdefault(r["id"], r["text"])
        kept = [r for r in rows if not (r["label"] == "drop" and r["id"] in titles and titles[r["id"]] in r["text"])]
        tmp = Path(tempfile.mkdtemp()) / "lines.jsonl"
        tmp.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in kept), encoding="utf-8")
        relabelled, _ = relabel(rows)
        tmp_base = tmp.with_name("base.jsonl")
        tmp_base.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in relabelled), encoding="utf-8")
        base = score_run(out, tmp_base, lab / "docs.jsonl")
        full = score(out, lab / "lines.jsonl", lab / "docs.jsonl")
        part = score(out, tmp, lab / "docs.jsonl")
        own = score_run(out, lab / "lines.jsonl", lab / "docs.jsonl")
        print(f"| {run.name} | {ds} | {full['content_lines_kept']} | {full['noise_lines_removed']} | "
              f"{part['noise_lines_removed']} (-{len(rows) - len(kept)}) | {own['content_lines_kept']} | "
              f"{base['content_lines_kept']} | {own['noise_lines_removed']} | {own['noise_lines_unscoreable']} | "
              f"{own['pii_leaked']}/{own['pii_labelled']} | {own['good_documents_wrongly_rejected']} |")
