"""Main-content extraction on Chinese pages: jinglian against trafilatura and resiliparse.

    .venv/bin/python bench/extract.py [--corpus DIR] [--repeat N] [--json OUT]

Corpus: shared/data/corpora/magic-html-zh (75 pages: 53 articles, 22 forum/Q&A pages,
human-annotated main text in gold.jsonl, Apache-2.0).  Score: character-bigram
precision / recall / F1 against gold `content`, whitespace ignored, averaged over pages
(every page counts the same), per kind.  Speed: pages/s of each extractor from raw bytes
to text, all in this one process and run, so the ratios are fair on a shared machine.

Rows:
  trafilatura            trafilatura.extract(bytes) with defaults
  trafilatura precision  the same with favor_precision=True
  resiliparse            extract_plain_text(main_content=True) after its own encoding detection
  jinglian               our reader path: decode with evidence, extract, metadata
  jinglian + lines...     `jinglian.runner.run` over the pages (URL given in a "saved from"
                         comment, as browsers write it) with the zh-web recipe's line-cleaning
                         steps (`lines.*`, `boilerplate.*`; the catalog's defaults while
                         the recipe does not list them yet)

Measured 2026-11-23 (2 shared cores, best of 2 passes; pages/s are ratios within the run):

| extractor | articles P / R / F1 | forums P / R / F1 | pages/s |
|---|---|---|---|
| trafilatura 2.3.1 | 0.807 / 0.994 / 0.850 | 0.765 / 0.698 / 0.677 | 4.8 |
| trafilatura precision | 0.866 / 0.990 / 0.899 | 0.718 / 0.539 / 0.602 | 6.3 |
| resiliparse 2.0.0 | 0.646 / 0.960 / 0.724 | 0.692 / 0.827 / 0.709 | 97.3 |
| jinglian | 0.931 / 0.964 / 0.944 | 0.839 / 0.720 / 0.745 | 25.2 |
| jinglian + lines.noise, boilerplate.lines | 0.954 / 0.961 / 0.956 | 0.846 / 0.700 / 0.739 | 21.9 |

Measured once outside this script (Python 3.12 venv; magic-html needs >= 3.12), F1
articles / forums: magic-html 0.1.8 0.946 / 0.597 (0.769 when told each page's gold kind;
its authors built it on this benchmark's pages), readability-lxml 0.9 0.897 / 0.505,
boilerpy3 1.0.7 0.725 / 0.485, jusText 3.0.2 0 / 0 (no Chinese stop list).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "magic-html-zh"
KINDS = ("article", "forum")


def load_corpus(corpus: Path) -> list[dict]:
    rows = [json.loads(line) for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for r in rows:
        r["html"] = (corpus / "html" / f"{r['id']}.html").read_bytes()
    return rows


def _trafilatura(precision: bool = False) -> Callable[[bytes, str], str]:
    import trafilatura

    def run(data: bytes, url: str) -> str:
        return trafilatura.extract(data, url=url, favor_precision=precision) or ""

    return run


def _resiliparse() -> Callable[[bytes, str], str]:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    def run(data: bytes, url: str) -> str:
        return extract_plain_text(bytes_to_str(data, detect_encoding(data)), main_content=True) or ""

    return run


def _jinglian() -> Callable[[bytes, str], str]:
    from jinglian.document import Document
    from jinglian.io.html import page_to_document

    def run(data: bytes, url: str) -> str:
        doc = page_to_document(data, doc_id="x", source="x", locator="", url=url)
        return doc.text if isinstance(doc, Document) else ""

    return run


def measure(name: str, fn: Callable[[bytes, str], str], rows: list[dict], repeat: int) -> dict:
    from jinglian.extract.score import bigram_prf, mean_prf

    outputs = {}
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for r in rows:
            outputs[r["id"]] = fn(r["html"], r["url"])
        best = min(best, time.perf_counter() - t0)
    return _scores(name, outputs, rows, len(rows) / best, bigram_prf, mean_prf)


def _scores(name, outputs, rows, pages_per_s, bigram_prf, mean_prf) -> dict:
    per_kind = defaultdict(list)
    per_page = {}
    for r in rows:
        s = bigram_prf(outputs.get(r["id"], ""), r["content"])
        per_kind[r["kind"]].append(s)
        per_page[r["id"]] = [round(x, 4) for x in s]
    result = {"name": name, "pages_per_s": pages_per_s, "per_page": per_page}
    for kind in KINDS:
        p, rcl, f = mean_prf(per_kind[kind])
        result[kind] = {"precision": p, "recall": rcl, "f1": f, "pages": len(per_kind[kind])}
    return result


def with_line_cleaning(rows: list[dict], corpus: Path) -> dict | None:
    """Our extraction followed by the zh-web recipe's line-cleaning steps, via the runner."""
    from jinglian.executors import InlineExecutor
    from jinglian.extract.score import bigram_prf, mean_prf
    from jinglian.io.rundir import RunDir
    from jinglian.pipeline import Pipeline
    from jinglian.recipe import load_recipe
    from jinglian.runner import run

    from jinglian.catalog import catalog

    def is_line_step(name: str) -> bool:
        return name.split(".")[0] in ("lines", "boilerplate")

    steps = [s for s in load_recipe("zh-web").steps if is_line_step(s.name)]
    source = "zh-web recipe"
    if not steps:  # the recipe does not list them yet: take the catalog's, with defaults
        steps = [cls() for name, cls in catalog().items() if is_line_step(name)]
        source = "catalog defaults"
    if not steps:
        return None
    pipeline = Pipeline(steps, name=f"line cleaning ({source})")
    with tempfile.TemporaryDirectory() as tmp:
        # give the reader each page's URL the way browsers record it in saved pages, so this
        # row sees the same inputs as the in-process rows (which get the URL as an argument)
        pages = Path(tmp) / "html"
        pages.mkdir()
        for r in rows:
            comment = f"<!-- saved from url=({len(r['url']):04d}){r['url']} -->\n".encode()
            (pages / f"{r['id']}.html").write_bytes(comment + r["html"])
        t0 = time.perf_counter()
        run([str(pages)], Path(tmp) / "out", pipeline, executor=InlineExecutor(), report=False)
        seconds = time.perf_counter() - t0
        rd = RunDir(Path(tmp) / "out", "parquet")
        outputs = {Path(row["id"]).stem: row["text"] for row in rd.rows("kept")}
    result = _scores("jinglian + zh-web lines", outputs, rows, len(rows) / seconds, bigram_prf, mean_prf)
    result["steps"] = [s.name for s in steps]
    result["name"] = f"jinglian + {', '.join(result['steps'])} ({source})"
    return result


def table(results: list[dict]) -> str:
    head = "| extractor | articles P / R / F1 | forums P / R / F1 | pages/s |\n|---|---|---|---|"
    lines = [head]
    for r in results:
        cells = [f"{r[k]['precision']:.3f} / {r[k]['recall']:.3f} / **{r[k]['f1']:.3f}**" for k in KINDS]
        lines.append(f"| {r['name']} | {cells[0]} | {cells[1]} | {r['pages_per_s']:.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=2, help="timing: best of N passes (outputs are identical)")
    ap.add_argument("--json", type=Path, help="also write all scores (per page too) here")
    ap.add_argument("--no-lines", action="store_true", help="skip the extraction + zh-web line cleaning row")
    args = ap.parse_args(argv)
    rows = load_corpus(args.corpus)
    kinds = {k: sum(1 for r in rows if r["kind"] == k) for k in KINDS}
    print(f"corpus {args.corpus.name}: {len(rows)} pages ({kinds['article']} articles, {kinds['forum']} forums)",
          file=sys.stderr)
    extractors = [("trafilatura", _trafilatura()), ("trafilatura precision", _trafilatura(True)),
                  ("resiliparse", _resiliparse()), ("jinglian", _jinglian())]
    for _, fn in extractors:  # warm-up: imports, lazy tables
        fn(rows[0]["html"], rows[0]["url"])
    results = [measure(name, fn, rows, args.repeat) for name, fn in extractors]
    if not args.no_lines:
        cleaned = with_line_cleaning(rows, args.corpus)
        if cleaned is None:
            print("(no lines.* / boilerplate.* steps in zh-web yet: row skipped)", file=sys.stderr)
        else:
            results.append(cleaned)
    print(table(results))
    trafilatura_article = results[0]["article"]["f1"]
    ours = results[3]
    print(f"\ntargets: articles F1 >= max(0.90, trafilatura + 0.05 = {trafilatura_article + 0.05:.3f}): "
          f"{ours['article']['f1']:.3f}; forums F1 >= trafilatura {results[0]['forum']['f1']:.3f}: "
          f"{ours['forum']['f1']:.3f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
