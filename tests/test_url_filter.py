"""url.filter: domain and URL blocklists from files (category folders and the user's own),
subdomains matched at label boundaries, drops counted by site.  Lists are made here."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from jinglian.errors import RecipeError
from jinglian.pipeline import Pipeline
from jinglian.recipe import parse_recipe
from jinglian.runner import run
from jinglian.steps.url import UrlFilter

from helpers import outputs, write_jsonl


def lists(tmp_path: Path) -> Path:
    root = tmp_path / "blacklists"
    files = {
        "adult/domains": "# adult sites\nexample-adult.com\n*.cams.test\nWWW.Bad.ORG\n\n",
        "adult/urls": "news.example.cn/adult\nhttp://blog.example.cn/p/42\n",
        "gambling/domains": "bet.test\n",
        "press/domains": "news.example.cn\n",  # a category nobody asked for
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (tmp_path / "mine.txt").write_text("spam.example.net\n", encoding="utf-8")
    return root


URLS = {
    "https://example-adult.com/a": ("url.blocked_domain", "example-adult.com", "adult"),
    "https://video.sub.example-adult.com/b?x=1": ("url.blocked_domain", "example-adult.com", "adult"),
    "http://live.cams.test/": ("url.blocked_domain", "cams.test", "adult"),
    "http://www.bad.org:8080/x": ("url.blocked_domain", "bad.org", "adult"),
    "https://bet.test/odds": ("url.blocked_domain", "bet.test", "gambling"),
    "https://m.spam.example.net/": ("url.blocked_domain", "spam.example.net", "mine.txt"),
    "https://news.example.cn/adult/2024/1.html": ("url.blocked_url", "news.example.cn", "adult"),
    "https://blog.example.cn/p/42": ("url.blocked_url", "blog.example.cn", "adult"),
    # not blocked: other labels, other paths, a category not chosen, no URL
    "https://notexample-adult.com/": None,
    "https://example-adult.com.cn/": None,
    "https://news.example.cn/adultery.html": None,
    "https://news.example.cn/politics/1.html": None,
    "https://blog.example.cn/p/420": None,
    "not a url at all": None,
}


def test_blocked_urls_are_dropped_with_the_list_and_counted_by_site(tmp_path):
    root = lists(tmp_path)
    rows = [{"id": f"d{i}", "text": "正文内容。", "url": u} for i, u in enumerate(URLS)] + [{"id": "nourl", "text": "正文。"}]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    step = UrlFilter(category_dirs=(str(root),), categories=("adult", "gambling"), domain_files=(str(tmp_path / "mine.txt"),))
    result = run([str(src)], tmp_path / "out", Pipeline([step]), report=False)
    kept, dropped, _ = outputs(tmp_path / "out")
    got = {d["url"]: (d["reason"], json.loads(d["detail"])["site"], json.loads(d["detail"])["list"]) for d in dropped}
    assert got == {u: v for u, v in URLS.items() if v}
    assert {k["url"] for k in kept} == {u for u, v in URLS.items() if v is None} | {None}
    [st] = [s for s in result.steps if s.step == "url.filter"]
    assert dict(st.sites) == {"example-adult.com": 2, "cams.test": 1, "bad.org": 1, "bet.test": 1,
                              "spam.example.net": 1, "news.example.cn": 1, "blog.example.cn": 1}
    stats = json.loads((tmp_path / "out" / "stats.json").read_text())
    [sj] = [s for s in stats["steps"] if s["step"] == "url.filter"]
    assert sj["sites"]["example-adult.com"] == 2


def test_every_category_is_used_unless_some_are_chosen(tmp_path):
    root = lists(tmp_path)
    step = UrlFilter(category_dirs=(str(root),))
    step.ensure_setup()
    from jinglian.document import Document

    assert step.filter(Document("a", "x", url="https://news.example.cn/politics/1.html")).reason == "url.blocked_domain"


def test_lists_are_checked_before_work_and_their_contents_fingerprinted(tmp_path):
    root = lists(tmp_path)
    with pytest.raises(RecipeError, match="nowhere: no such folder"):
        UrlFilter(category_dirs=(str(tmp_path / "nowhere"),))
    with pytest.raises(RecipeError, match="no lists"):
        UrlFilter(category_dirs=(str(root),), categories=("weapons",))
    with pytest.raises(RecipeError, match="missing.txt: no such blocklist file"):
        parse_recipe(f'[[steps]]\nuse = "url.filter"\ndomain_files = ["{tmp_path / "missing.txt"}"]\n')
    recipe = f'[[steps]]\nuse = "url.filter"\ncategory_dirs = ["{root}"]\n'
    before = parse_recipe(recipe).fingerprint()
    assert parse_recipe(recipe).fingerprint() == before
    with open(root / "gambling" / "domains", "a", encoding="utf-8") as f:
        f.write("casino.test\n")
    assert parse_recipe(recipe).fingerprint() != before


def test_a_missing_list_is_a_cli_error_naming_the_file(tmp_path, capsys):
    from jinglian.cli import main

    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "正文。", "url": "https://a.cn/"}])
    recipe = tmp_path / "r.toml"
    recipe.write_text(f'[[steps]]\nuse = "url.filter"\ncategory_dirs = ["{tmp_path / "lists"}"]\n', encoding="utf-8")
    assert main(["run", str(src), "-o", str(tmp_path / "out"), "--recipe", str(recipe), "--quiet"]) != 0
    err = capsys.readouterr().err
    assert f"{tmp_path / 'lists'}: no such folder" in err and "Traceback" not in err


def test_the_prefilter_skips_blocked_web_records_before_extraction(tmp_path):
    """url.prefilter: the same lists on WARC records; a blocked record is never extracted, keeps
    its id and URL in dropped/ without its bytes, and is counted by site."""
    from test_prefilter import ZH, _warc, page

    from jinglian.executors import InlineExecutor
    from jinglian.steps.extract import ExtractJinglian
    from jinglian.steps.url import UrlPrefilter

    root = lists(tmp_path)
    src = tmp_path / "crawl.warc.gz"
    src.write_bytes(_warc([
        ("http://news.example.cn/politics/1.html", page(f"<p>{ZH * 3}</p>")),
        ("https://video.sub.example-adult.com/b", page(f"<p>{ZH * 3}</p>")),
        ("https://news.example.cn/adult/2024/1.html", page(f"<p>{ZH * 3}</p>")),
        ("https://bet.test/odds", page(f"<p>{ZH * 3}</p>")),
    ]))
    pipeline = Pipeline([UrlPrefilter(category_dirs=(str(root),), categories=("adult", "gambling")), ExtractJinglian()])
    result = run([str(src)], tmp_path / "out", pipeline, executor=InlineExecutor(), report=False)
    kept, dropped, _ = outputs(tmp_path / "out")
    assert [k["url"] for k in kept] == ["http://news.example.cn/politics/1.html"]
    got = {d["url"]: (d["step"], d["reason"], json.loads(d["detail"])["site"]) for d in dropped}
    assert got == {"https://video.sub.example-adult.com/b": ("url.prefilter", "url.blocked_domain", "example-adult.com"),
                   "https://news.example.cn/adult/2024/1.html": ("url.prefilter", "url.blocked_url", "news.example.cn"),
                   "https://bet.test/odds": ("url.prefilter", "url.blocked_domain", "bet.test")}
    assert all(d["raw"] is None and d["text"] is None for d in dropped)
    steps = {s.step: s for s in result.steps}
    assert steps["extract.jinglian"].docs_in == 1  # the blocked records were never extracted
    assert dict(steps["url.prefilter"].sites) == {"example-adult.com": 1, "news.example.cn": 1, "bet.test": 1}
    stats = json.loads((tmp_path / "out" / "stats.json").read_text())
    [sj] = [s for s in stats["steps"] if s["step"] == "url.prefilter"]
    assert sj["sites"] == {"example-adult.com": 1, "news.example.cn": 1, "bet.test": 1}
