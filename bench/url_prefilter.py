"""What `url.prefilter` saves over `url.filter` on a crawl: blocked records skipped before
extraction instead of extracted and then dropped.

    .venv/bin/python bench/url_prefilter.py [--share 0.3] [--blocked 0.5] [--rounds 2]

The 30 % Chinese WARC of `bench/crawl.py` (magic-html-zh and magic-html-other pages), and a
domain list made here of a share (--blocked) of its hosts.  zh-web runs twice, inline, with the
list as `url.filter` (first document step, after extraction) and as `url.prefilter` (before
extraction), alternating for --rounds; reported: the least CPU seconds of each, records extracted, and whether both keep the
same documents.  The machine is shared: read the ratio, and run it twice.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crawl import build, load  # noqa: E402


def host(url: str) -> str:
    from jinglian.blocklist import split_url

    return split_url(url)[0]


def run_once(warc: Path, prefilter: bool, lists: Path) -> tuple[float, list, int]:
    from jinglian import load_recipe
    from jinglian.executors import InlineExecutor
    from jinglian.pipeline import Pipeline
    from jinglian.rundir import RunDir
    from jinglian.runner import run
    from jinglian.steps.url import UrlFilter, UrlPrefilter

    base = load_recipe("zh-web")
    page = list(base.page_steps())
    rest = [s for s in base.steps if s not in page]
    steps = ([UrlPrefilter(domain_files=(str(lists),)), *page, *rest] if prefilter
             else [*page, UrlFilter(domain_files=(str(lists),)), *rest])
    pipeline = Pipeline(steps, name=base.name, tokenizer=base.tokenizer)
    with tempfile.TemporaryDirectory(dir=warc.parent) as tmp:
        t0 = time.process_time()
        result = run([str(warc)], Path(tmp) / "out", pipeline, executor=InlineExecutor(), report=False)
        cpu = time.process_time() - t0
        kept = sorted((row["id"], row["text"]) for row in RunDir(Path(tmp) / "out").rows("kept"))
    extracted = next(s.docs_in for s in result.steps if s.step.startswith("extract."))
    return cpu, kept, extracted


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--share", type=float, default=0.3, help="Chinese share of the WARC")
    ap.add_argument("--blocked", type=float, default=0.5, help="share of the hosts on the list")
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds; the least CPU of each is shown")
    args = ap.parse_args()
    zh, other = load("magic-html-zh"), load("magic-html-other")
    with tempfile.TemporaryDirectory() as tmp:
        warc, labels = build(zh, other, args.share, Path(tmp))
        hosts = sorted({host(r["url"]) for r in zh + other} - {""})
        blocked = hosts[::round(1 / args.blocked)] if args.blocked else []
        lists = Path(tmp) / "blocked.txt"
        lists.write_text("\n".join(blocked) + "\n", encoding="utf-8")
        runs: dict[bool, list] = {False: [], True: []}
        for r in range(args.rounds):  # alternating, the first run of each round swapped
            for prefilter in ((False, True) if r % 2 else (True, False)):
                runs[prefilter].append(run_once(warc, prefilter, lists))
        (after_cpu, after_kept, after_extracted), (before_cpu, before_kept, before_extracted) = (
            min(runs[False], key=lambda x: x[0]), min(runs[True], key=lambda x: x[0]))
    print(f"{len(labels)} records, {len(blocked)} of {len(hosts)} hosts blocked")
    print("| list as | CPU s | records extracted | kept |")
    print("|---|---|---|---|")
    print(f"| url.filter (after extraction) | {after_cpu:.1f} | {after_extracted} | {len(after_kept)} |")
    print(f"| url.prefilter (before extraction) | {before_cpu:.1f} | {before_extracted} | {len(before_kept)} |")
    print(f"CPU ratio prefilter / filter: {before_cpu / after_cpu:.2f}; same kept documents: "
          f"{'yes' if before_kept == after_kept else 'NO'}")


if __name__ == "__main__":
    main()
