"""The base pages' own boilerplate: lines of magic-html-zh's human main text that two annotators,
labelling independently, both call page boilerplate (bench/base-boilerplate/: the guide they
followed, A.jsonl and B.jsonl).

Every held-out set is built on those 75 pages, and make_noisy_set.py labels every line of their main
text content, "责任编辑：X", "Copy", "广告" and "返回搜狐，查看更多" included: removing such a line
counts as content lost.  `relabel` turns the content rows whose text is an agreed boilerplate line
(and never a non-boilerplate line of any page) into "either", which neither score counts, so a run
can be read on the content the annotators would keep.  Text is matched folded to simplified script
and normalised as the scorer does, because the sets carry the pages in both scripts.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1] / "shared" / "data" / "corpora" / "magic-html-zh" / "gold.jsonl"


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def key(text: str) -> str:
    from jinglian.score.text import normalize
    return normalize(_t2s().convert(text))


@lru_cache(maxsize=1)
def agreed_keys() -> frozenset[str]:
    """Keys of lines both annotators call boilerplate, minus any key a kept line also has."""
    marks = [{json.loads(s)["page"]: set(json.loads(s)["boilerplate"]) for s in open(HERE / "base-boilerplate" / f, encoding="utf-8")}
             for f in ("A.jsonl", "B.jsonl")]
    boiler, kept = set(), set()
    for s in open(GOLD, encoding="utf-8"):
        page = json.loads(s)
        lines = [x for x in page["content"].split("\n") if x.strip()]
        for i, x in enumerate(lines):
            (boiler if all(i in m.get(page["id"], ()) for m in marks) else kept).add(key(x))
    return frozenset(boiler - kept - {""})


def relabel(rows: list[dict]) -> tuple[list[dict], int]:
    """The label rows with agreed base-page boilerplate content rows as "either"; how many."""
    agreed = agreed_keys()
    out, n = [], 0
    for r in rows:
        if r["label"] == "keep" and r["why"] == "content" and key(r["text"]) in agreed:
            r = dict(r, label="either")
            n += 1
        out.append(r)
    return out, n
