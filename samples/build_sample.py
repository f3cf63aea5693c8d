"""Rebuild the bundled sample corpus from ../shared/data (run from the repository root).

The sample is small on purpose: a few reposted articles (some in traditional script,
truncated, re-chromed), junk pages from the labeled dev set, and three raw crawled
pages as plain text.  Sources and licences: ../shared/data/corpora/README.md.
"""
from __future__ import annotations

import json
import shutil
from collections import defaultdict
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
OUT = Path(__file__).resolve().parent / "zh-web"
HTML_PAGES = ("83bd4dfc1e736b9a", "9f4c1adb9f61d954", "45fcfa7d6741f436")


def main() -> None:
    labels = [json.loads(x) for x in (SHARED / "devset/labels/docs.jsonl").read_text(encoding="utf-8").split("\n") if x]
    clusters: dict[str, list[str]] = defaultdict(list)
    junk: dict[str, list[str]] = defaultdict(list)
    for row in labels:
        if row["label"] == "keep":
            clusters[row["cluster"]].append(row["id"])
        else:
            junk[row["why"]].append(row["id"])
    reposted = sorted((c for c, ids in clusters.items() if len(ids) > 1), key=lambda c: clusters[c][0])[:6]
    single = sorted((c for c, ids in clusters.items() if len(ids) == 1), key=lambda c: clusters[c][0])[:8]
    wanted = {i for c in reposted + single for i in clusters[c]} | {ids[0] for ids in junk.values()}
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "docs.jsonl").open("w", encoding="utf-8") as f:
        for line in (SHARED / "devset/input/docs.jsonl").read_text(encoding="utf-8").split("\n"):
            if line and json.loads(line)["id"] in wanted:
                f.write(line + "\n")
    (OUT / "pages").mkdir(exist_ok=True)
    for p in sorted((SHARED / "seeds").glob("seed-*.txt")):
        shutil.copy(p, OUT / "pages" / p.name)
    # three saved Chinese pages (magic-html benchmark data, Apache-2.0: see html/NOTICE)
    (OUT / "html").mkdir(exist_ok=True)
    corpus = SHARED / "corpora" / "magic-html-zh"
    for page in HTML_PAGES:
        shutil.copy(corpus / "html" / f"{page}.html", OUT / "html" / f"{page}.html")
    (OUT / "html" / "NOTICE").write_text(
        "Saved pages from the benchmark data of opendatalab/magic-html (benchmark/data),\n"
        "licensed under the Apache License 2.0; the pages themselves are third-party.\n", encoding="utf-8")
    print(f"{len(wanted)} documents in {OUT / 'docs.jsonl'}, {len(list((OUT / 'pages').iterdir()))} pages, "
          f"{len(HTML_PAGES)} html pages")


if __name__ == "__main__":
    main()
