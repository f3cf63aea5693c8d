"""Crawl-scale WARC: what the whole zh-web run costs when few records are Chinese.

    .venv/bin/python bench/crawl.py [--shares 0.05,0.3] [--out /work/scratch/crawl] [--json OUT]

Inputs: one WARC (gzip per record, HTTP response records with each page's URL) per Chinese
share, built from ../shared/data/corpora/magic-html-zh (75 Chinese pages) and
magic-html-other (183 pages that are not Chinese: English, 7 Japanese, 2 Korean, some with
Chinese menus).  The 75 Chinese pages appear once each; the other pages are repeated (each
copy its own record id and URL, `?copy=N`) until they make up the rest of the share.

Per share:
- CPU seconds per 1,000 records of the whole `jinglian run` with zh-web (reading the WARC,
  prefilter, extraction, cleaning, dedup, writing; inline executor, no report), this
  process's CPU time;
- the same for trafilatura 2.x `extract()` and resiliparse `extract_plain_text(main_content=True)`
  on every HTML record, given decoded text (their best case: decoding is not timed);
- Chinese pages kept (of 75) and non-Chinese records kept (target 0), what the prefilter
  skipped and why, and the records the prefilter let through that were not Chinese.

The labels come from which corpus a record was built from.  CPU times are process CPU
seconds on a shared 2-core machine; compare the ratios, which are measured in one run.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "data" / "corpora"
DEFAULT_OUT = Path("/work/scratch/crawl")


def load(corpus: str) -> list[dict]:
    rows = [json.loads(line) for line in (CORPORA / corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    for r in rows:
        r["html"] = (CORPORA / corpus / "html" / f"{r['id']}.html").read_bytes()
        r["corpus"] = corpus
    return rows


def _record(n: int, uri: str, payload: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + payload
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{n:012d}>\r\n"
            f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-20T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n", compresslevel=1)


def build(zh: list[dict], other: list[dict], share: float, out: Path) -> tuple[Path, dict[str, str]]:
    """A WARC with every Chinese page once and other pages repeated up to `share`; id -> label."""
    n_other = round(len(zh) * (1 - share) / share)
    records = [(r, 0) for r in zh] + [(other[i % len(other)], i // len(other)) for i in range(n_other)]
    # interleave deterministically so Chinese pages are spread over the file
    records.sort(key=lambda rc: (rc[1], rc[0]["id"]))
    path = out / f"mix-{round(share * 100)}pct.warc.gz"
    labels: dict[str, str] = {}
    with open(path, "wb") as f:
        for n, (r, copy) in enumerate(records, 1):
            url = r["url"] if copy == 0 else f"{r['url']}{'&' if '?' in r['url'] else '?'}copy={copy}"
            f.write(_record(n, url, r["html"]))
            labels[f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>"] = (
                "zh" if r["corpus"] == "magic-html-zh" else "other") + f":{r['id']}"
    return path, labels


def run_jinglian(path: Path) -> dict:
    from jinglian.executors import InlineExecutor
    from jinglian.rundir import RunDir
    from jinglian.runner import run

    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        t0 = time.process_time()
        result = run([str(path)], Path(tmp) / "out", executor=InlineExecutor(), report=False)
        cpu = time.process_time() - t0
        rd = RunDir(Path(tmp) / "out")
        kept = [(row["locator"], row["text"]) for row in rd.rows("kept")]
        dropped = [(row["locator"], row["step"], row["reason"]) for row in rd.rows("dropped")]
    steps = {s.step: {"in": s.docs_in, "out": s.docs_out, "dropped": dict(s.dropped), "seconds": round(s.seconds, 2)}
             for s in result.steps}
    return {"cpu": cpu, "kept": kept, "dropped": dropped, "steps": steps, "records": result.documents_in}


def decoded(rows: list[dict]) -> list[str]:
    from jinglian.zh.encoding import decode_bytes
    from jinglian.extract.charset import declared_charset
    from jinglian.extract.page import decode_leniently

    out = []
    for r in rows:
        try:
            out.append(decode_bytes(r["html"], declared_charset(r["html"])[0])[0])
        except UnicodeDecodeError:
            out.append((decode_leniently(r["html"], None) or (r["html"].decode("utf-8", "replace"), {}))[0])
    return out


def time_peer(name: str, texts: list[str], urls: list[str]) -> float:
    if name == "trafilatura":
        import trafilatura

        def fn(t, u):
            return trafilatura.extract(t, url=u)
    else:
        from resiliparse.extract.html2text import extract_plain_text

        def fn(t, u):
            return extract_plain_text(t, main_content=True)
    fn(texts[0], urls[0])  # warm-up
    t0 = time.process_time()
    for t, u in zip(texts, urls):
        fn(t, u)
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shares", default="0.05,0.3")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--no-peers", action="store_true")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    zh, other = load("magic-html-zh"), load("magic-html-other")
    by_id = {r["id"]: r for r in zh + other}
    rows, results = [], []
    for share in (float(s) for s in args.shares.split(",")):
        path, labels = build(zh, other, share, args.out)
        n = len(labels)
        ours = run_jinglian(path)
        kept_labels = [labels[loc] for loc, _ in ours["kept"]]
        zh_kept = len({lab for lab in kept_labels if lab.startswith("zh:")})
        other_kept = sorted(lab for lab in kept_labels if lab.startswith("other:"))
        pre = ours["steps"].get("prefilter.language", {})
        passed_other = [labels[loc] for loc, step, reason in ours["dropped"]
                        if labels[loc].startswith("other:") and step not in ("prefilter.language", "read")]
        zh_skipped = sorted({labels[loc] for loc, step, _ in ours["dropped"]
                             if step == "prefilter.language" and labels[loc].startswith("zh:")})
        zh_dropped = {labels[loc]: reason for loc, step, reason in ours["dropped"] if labels[loc].startswith("zh:")}
        row = {"share": share, "records": n, "zh_records": sum(v.startswith("zh:") for v in labels.values()),
               "jinglian_cpu_s_per_1k": 1000 * ours["cpu"] / n, "zh_kept": zh_kept, "other_kept": len(other_kept),
               "other_kept_ids": other_kept, "zh_dropped": zh_dropped, "prefilter": pre, "zh_skipped_by_prefilter": zh_skipped,
               "other_extracted": len(passed_other) + len(other_kept),
               "extract": ours["steps"].get("extract.jinglian", {})}
        if not args.no_peers:
            recs = [by_id[lab.split(":", 1)[1]] for lab in labels.values()]
            texts, urls = decoded(recs), [r["url"] for r in recs]
            for peer in ("trafilatura", "resiliparse"):
                row[f"{peer}_cpu_s_per_1k"] = 1000 * time_peer(peer, texts, urls) / n
            row["ratio_to_trafilatura"] = row["jinglian_cpu_s_per_1k"] / row["trafilatura_cpu_s_per_1k"]
        results.append(row)
        print(json.dumps(row, ensure_ascii=False), file=sys.stderr)
    print("| Chinese share | records | zh-web CPU s / 1k | trafilatura | resiliparse | zh-web / trafilatura "
          "| Chinese kept | non-Chinese kept | skipped by prefilter | non-Chinese extracted |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        skipped = sum(r["prefilter"].get("dropped", {}).values())
        print(f"| {r['share']:.0%} | {r['records']} | {r['jinglian_cpu_s_per_1k']:.1f} | "
              f"{r.get('trafilatura_cpu_s_per_1k', float('nan')):.1f} | {r.get('resiliparse_cpu_s_per_1k', float('nan')):.1f} | "
              f"{r.get('ratio_to_trafilatura', float('nan')):.3f} | {r['zh_kept']} / {r['zh_records']} | "
              f"{r['other_kept']} | {skipped} | {r['other_extracted']} |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
