"""prefilter.language: records that cannot be Chinese are skipped before extraction, and
nothing Chinese is lost; skipped records leave their id and URL in dropped/, not their bytes.

Pages are made here, in the encodings and shapes crawls hold."""
from __future__ import annotations

import gzip
import json

import pytest

from jinglian.document import Drop
from jinglian.executors import InlineExecutor
from jinglian.io.base import RawPage
from jinglian.pipeline import Pipeline
from jinglian.runner import run
from jinglian.steps.extract import ExtractJinglian
from jinglian.steps.prefilter import LanguagePrefilter

from helpers import outputs

TRAD = "長江流域今年首場汛期會商在武漢舉行，會議分析了當前的雨情、水情和工情，部署了下一階段的防汛工作。"
ZH = "长江流域今年首场汛期会商在武汉举行，会议分析了当前的雨情、水情和工情，部署了下一阶段的防汛工作。"
EN = ("The committee met on Tuesday to discuss the state of the river basin before the flood season, "
      "and agreed on a plan for the coming weeks. ")
JA = "東京で開かれた会議では、今年の梅雨の見通しについて話し合いが行われ、各地の担当者が意見を交わしました。"
KO = "서울에서 열린 회의에서는 올해 장마 전망에 대해 논의가 이루어졌으며 각 지역 담당자들이 의견을 나누었습니다."
MENU_ZH = ("<ul>" + "".join(f"<li><a href='/{i}'>{w}</a></li>" for i, w in enumerate(
    ["首页", "新闻中心", "关于我们", "产品与服务", "客户案例", "联系我们", "加入我们", "帮助中心"])) + "</ul>"
           "<div id='cookie-banner'>我们使用 Cookie 以允许我们网站的正常工作并分析流量。</div>")
SCRIPT = "<script>var t = 'lots of English-looking code in a script, which is not text';</script>" * 20


def page(body: str, *, head: str = "", lang: str | None = None, encoding: str = "utf-8") -> bytes:
    attr = f" lang='{lang}'" if lang else ""
    return f"<!DOCTYPE html><html{attr}><head>{head}<title>t</title></head><body>{SCRIPT}{body}</body></html>".encode(encoding)


def decide(data: bytes, content_type: str | None = None, **params) -> str | None:
    step = LanguagePrefilter(**params)
    drop = step.filter_page(RawPage("x", "", "x", None, data, content_type))
    return drop.reason if isinstance(drop, Drop) else None


@pytest.mark.parametrize("data, content_type", [
    (page(f"<p>{ZH * 3}</p>"), None),
    (page(f"<p>{ZH * 3}</p>", encoding="gbk"), None),  # undeclared GBK
    (page(f"<p>{ZH * 3}</p>", encoding="gbk"), "text/html; charset=GBK"),
    (page(f"<p>{TRAD * 3}</p>", encoding="big5"), "text/html; charset=big5"),
    (page(f"<p>{TRAD * 3}</p>", encoding="big5"), None),  # undeclared Big5
    (page(f"<p>{ZH * 3}</p>", head="<meta charset='gb2312'>"), None),  # label lies: UTF-8 bytes
    (page(f"<p>{ZH * 3}</p>", lang="en"), None),  # a template's lang says English
    (page(f"<p>{ZH}</p><pre>{'import os; print(os.environ)' * 8}</pre>"), None),  # Chinese how-to, code-heavy
    (page(f"<p>{ZH * 3}</p><p>动漫里的「ありがとう」是谢谢的意思。</p>"), None),  # a little kana quoted
    (page(f"{MENU_ZH}<p>{EN * 4}</p>"), None),  # Chinese menus around English: judged after extraction
    # double-encoded (UTF-8 read as Latin-1): Chinese once repaired, whether the recipe repairs or drops it
    (page(f"<p>{ZH.encode('utf-8').decode('latin-1') * 3}</p>"), None),
])
def test_chinese_pages_and_maybe_chinese_pages_pass(data, content_type):
    assert decide(data, content_type) is None


@pytest.mark.parametrize("data, content_type, reason", [
    (page(f"<p>{EN * 6}</p>", lang="en"), None, "prefilter.no_han"),
    (page(f"<p>{'Déjà vu à la française, très élégant et bien sûr. ' * 10}</p>"), None, "prefilter.no_han"),
    (page(f"<p>{EN * 30}</p><p>中文版</p><p>{'上海' * 10}</p>"), None, "prefilter.little_han"),
    (page(f"<p>{JA * 3}</p>", lang="ja"), None, "prefilter.japanese"),
    (page(f"<p>{JA * 3}</p>"), None, "prefilter.japanese"),  # kana, nothing declared
    (page(f"<p>{JA * 3}</p>", encoding="euc-jp"), "text/html; charset=EUC-JP", "prefilter.japanese"),
    (page(f"<p>{KO * 3}</p>", lang="ko"), None, "prefilter.korean"),
])
def test_pages_that_cannot_be_chinese_are_skipped_with_a_reason(data, content_type, reason):
    assert decide(data, content_type) == reason


def test_a_declared_language_alone_never_skips_a_chinese_page():
    assert decide(page(f"<p>{ZH * 3}</p>", lang="ja")) is None
    assert decide(page(f"<p>{ZH * 3}</p>", lang="ko")) is None


def test_wet_records_use_the_crawlers_language_header_and_their_text():
    def wet(text: str, cc: str | None) -> str | None:
        meta = {"cc_language": cc} if cc else {}
        drop = LanguagePrefilter().filter_page(RawPage("x", "", "x", None, b"", None, meta, text))
        return drop.reason if drop else None

    assert wet(EN * 5, "eng") == "prefilter.cc_language"
    assert wet(ZH * 3 + EN, "zho,eng") is None
    assert wet(ZH * 3, "jpn") is None  # a wrong header does not outvote a page that is all Han
    assert wet(JA * 3, None) == "prefilter.japanese"


# --- in a run -------------------------------------------------------------------------

def _warc(records: list[tuple[str, bytes]]) -> bytes:
    out = b""
    for n, (uri, body) in enumerate(records, 1):
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{n:08d}-0000-4000-8000-000000000000>\r\n"
                f"WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(http)}\r\n\r\n").encode()
        out += gzip.compress(head + http + b"\r\n\r\n")
    return out


def test_skipped_records_are_counted_and_listed_without_their_bytes(tmp_path):
    src = tmp_path / "crawl.warc.gz"
    src.write_bytes(_warc([
        ("http://a.cn/1", page(f"<p>{ZH * 3}</p>")),
        ("http://b.com/en", page(f"<p>{EN * 6}</p>", lang="en")),
        ("http://c.jp/ja", page(f"<p>{JA * 3}</p>", lang="ja")),
        ("http://a.cn/2", page(f"<p>{ZH.replace('武汉', '宜昌') * 3}</p>", encoding="gbk")),
    ]))
    pipeline = Pipeline([LanguagePrefilter(), ExtractJinglian()])
    result = run([str(src)], tmp_path / "out", pipeline, executor=InlineExecutor(), report=False)
    kept, dropped, _ = outputs(tmp_path / "out")
    assert sorted(k["url"] for k in kept) == ["http://a.cn/1", "http://a.cn/2"]
    skipped = {d["url"]: d for d in dropped}
    assert set(skipped) == {"http://b.com/en", "http://c.jp/ja"}
    for d in skipped.values():
        assert d["step"] == "prefilter.language" and d["raw"] is None and d["text"] is None
        assert d["id"].startswith("crawl.warc.gz#<urn:uuid:")
    assert skipped["http://b.com/en"]["reason"] == "prefilter.no_han"
    assert skipped["http://c.jp/ja"]["reason"] == "prefilter.japanese"
    assert json.loads(skipped["http://c.jp/ja"]["detail"])["kana"] > 0
    steps = {s.step: s for s in result.steps}
    assert steps["prefilter.language"].docs_in == 4 and steps["prefilter.language"].docs_out == 2
    assert dict(steps["prefilter.language"].dropped) == {"prefilter.no_han": 1, "prefilter.japanese": 1}
    assert steps["extract.jinglian"].docs_in == 2  # only what may be Chinese is extracted
    stats = json.loads((tmp_path / "out" / "stats.json").read_text())
    assert stats["dropped_by_reason"]["prefilter.no_han"] == 1


@pytest.mark.parametrize("opening", [b"<!--x", b"<script>x", b"<style>x", b"<x "])
def test_many_unclosed_openings_cost_one_pass(opening):
    """A page cut short, or made to stall parsers, full of openings never closed: each used to
    rescan the rest of the page (53 CPU seconds for 50,000 `<!--` in 250 kB); now the first
    unclosed one runs to the end.  Counts before it are what they were."""
    from jinglian.extract.evidence import page_evidence

    head = page(f"<p>{ZH * 3}</p>")
    data = head + opening * 30000
    assert page_evidence(data).han == page_evidence(head).han
