"""jinglian.testing.noisy: labelled noisy pages whose labels hold by construction."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from jinglian.testing.noisy import build, main, to_articles, write

from testdata import DATA, LabelledSet, read_jsonl

TEMPLATES = DATA / "templates" / "gate.json"
PARAS = ["国家统计局今天发布数据，全国粮食总产量达到六千九百亿斤，比上年增长百分之零点五。",
         "会议强调，要坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长。",
         "专家认为，今年粮食生产形势总体向好，但仍需防范极端天气带来的风险和挑战。",
         "各地要抓好春耕备耕，保障农资供应，确保粮食生产稳定发展。"]


def _articles(n: int) -> list[dict]:
    return [{"id": f"a{i}", "title": f"第{i}篇文章的标题", "paragraphs": [f"{p}（第{i}篇）" for p in PARAS]} for i in range(n)]


def check_labels_hold(docs: list[dict], lines: list[dict], labels: list[dict]) -> None:
    """Every page's non-empty lines are its line labels, in order; PII sits where it is said to;
    junk is all noise; copies share a cluster."""
    by_doc = defaultdict(list)
    for row in lines:
        by_doc[row["id"]].append(row)
    kinds = {row["id"]: row for row in labels}
    assert set(kinds) == {d["id"] for d in docs}
    for doc in docs:
        rows = by_doc[doc["id"]]
        assert [x.strip() for x in doc["text"].split("\n") if x.strip()] == [r["text"] for r in rows]
        for r in rows:
            assert r["label"] in ("keep", "drop", "either") and all(p in r["text"] for p in r["pii"])
        if kinds[doc["id"]]["label"] == "reject":
            assert kinds[doc["id"]]["cluster"] is None and {r["label"] for r in rows} == {"drop"}
        else:
            assert any(r["label"] == "keep" for r in rows)


def test_pages_carry_their_labels_and_the_same_seed_gives_the_same_bytes(tmp_path):
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _articles(30)), encoding="utf-8")
    for out in ("one", "two"):
        main(["--articles", str(src), "--templates", str(TEMPLATES), "--out", str(tmp_path / out), "--seed", "3"])
    main(["--articles", str(src), "--templates", str(TEMPLATES), "--out", str(tmp_path / "other"), "--seed", "4"])
    files = ["input/docs.jsonl.gz", "labels/lines.jsonl.gz", "labels/docs.jsonl.gz"]
    for rel in files:
        assert (tmp_path / "one" / rel).read_bytes() == (tmp_path / "two" / rel).read_bytes()
    assert (tmp_path / "one" / files[0]).read_bytes() != (tmp_path / "other" / files[0]).read_bytes()
    docs, lines, labels = (read_jsonl(tmp_path / "one" / rel) for rel in files)
    check_labels_hold(docs, lines, labels)
    clusters = Counter(row["cluster"] for row in labels if row["label"] == "keep")
    assert set(clusters) == {f"a{i}" for i in range(30)} and max(clusters.values()) > 1   # reposts
    assert Counter(row["why"] for row in labels if row["label"] == "reject") == {k: 3 for k in
                                                                                  ("spam", "nav", "mojibake", "short", "english")}
    whys = Counter(row["why"] for row in lines)
    assert whys["content"] > 0 and whys["title"] > 0 and whys["site-chrome"] > 0 and whys["pii"] > 0
    text = "\n".join(d["text"] for d in docs)
    assert "國家統計局" in text or "国家統計局" in text   # some pages in traditional script


def test_article_length_cap_and_invisible_paragraphs():
    rows = [{"id": "x", "title": "标题", "paragraphs": ["\u200b", *PARAS, "\u3000 "]}]
    [art] = to_articles(rows)
    assert art.paragraphs == PARAS
    [capped] = to_articles(rows, max_chars=100)
    assert capped.paragraphs == PARAS[:3]                    # never fewer than three paragraphs
    assert to_articles([{"id": "y", "text": "一\n二"}]) == []  # too short to be an article


def test_the_bundled_sets_hold_their_labels():
    for name in ("gate", "pages"):
        data = LabelledSet(name)
        check_labels_hold(data.documents(), read_jsonl(data.lines), read_jsonl(data.docs))


def test_write_names_documents_with_the_prefix(tmp_path: Path):
    templates = json.loads(TEMPLATES.read_text(encoding="utf-8"))
    pages = build(to_articles(_articles(3)), templates, seed=1)
    assert write(pages, tmp_path, templates, prefix="t")["documents"] == len(pages)
    assert read_jsonl(tmp_path / "input" / "docs.jsonl.gz")[0]["id"] == "t00001"
