"""HTML and WARC readers, and the extractor step: every record ends as a document or a
drop with a reason.

The WARC files are written byte by byte here (records, HTTP heads, gzip members), so the
tests say exactly what a crawler would have stored.
"""
from __future__ import annotations

import gzip
import shutil
import time
from pathlib import Path

import pytest

import jinglian.extract
from jinglian.document import Document, Drop
from jinglian.extract import ExtractOptions
from jinglian.io.base import READ_REASONS, Piece, RawPage, ReadFailure, ReadOptions
from jinglian.io.html import page_to_document, read_html
from jinglian.io.warc import read_warc
from jinglian.steps.extract import ExtractJinglian

from helpers import outputs

FIXTURES = Path(__file__).parent / "fixtures" / "html"

PAGE = ("<html><head><title>测试页面</title></head><body><ul><li><a href='/'>首页</a></li></ul>"
        "<p>这是一个测试页面的正文，内容足够长，可以被识别为正文。第二句话也在这里。</p></body></html>")
GBK_PAGE = "<html><body><p>这是一个用国标码编码的页面，字符集只在HTTP头里声明，页面自己没有说。</p></body></html>"


def _read(reader, path: Path, rel: str | None = None) -> list[Document | Drop | ReadFailure]:
    """What the reader yields, web records put through the default extractor step."""
    items = list(reader(Piece(str(path), rel or path.name, "html"), ReadOptions()))
    step = ExtractJinglian()
    step.ensure_setup()
    for item in items:
        if isinstance(item, ReadFailure):
            assert item.reason in READ_REASONS
    out = [step.extract(i) if isinstance(i, RawPage) else i for i in items]
    assert all(o.reason in step.reasons for o in out if isinstance(o, Drop))
    return out


# --- saved pages ----------------------------------------------------------------------

def test_html_files_become_documents_with_their_path_as_id(tmp_path):
    shutil.copytree(FIXTURES, tmp_path / "pages")
    docs = {}
    for f in sorted((tmp_path / "pages").glob("*.html")):
        [item] = _read(read_html, f, f"pages/{f.name}")
        docs[f.name] = item
    art = docs["article_gbk.html"]
    assert isinstance(art, Document) and art.id == "pages/article_gbk.html" and art.source == "pages/article_gbk.html"
    assert art.meta["encoding"] == "gb18030" and art.meta["charset_declared"] == "gb2312"
    assert art.meta["charset_declared_in"] == "meta" and art.meta["title"] == "长江流域今年首场汛期会商举行"
    assert "武汉" in art.text
    trad = docs["traditional_big5.html"]
    assert trad.meta["encoding"] == "big5hkscs" and "颱風" in trad.text
    empty = docs["navigation_only.html"]
    assert isinstance(empty, Drop) and empty.reason == "extract.jinglian.empty"


def test_saved_from_comment_gives_the_url(tmp_path):
    p = tmp_path / "a.htm"
    p.write_text("<!-- saved from url=(0025)https://example.cn/a.html -->\n" + PAGE, encoding="utf-8")
    [doc] = _read(read_html, p)
    assert doc.url == "https://example.cn/a.html"


def test_not_html_and_undecodable_files_are_dropped_with_reasons(tmp_path):
    text = tmp_path / "notes.html"
    text.write_text("只是一段纯文本，没有任何标签。", encoding="utf-8")
    [item] = _read(read_html, text)
    assert isinstance(item, ReadFailure) and item.reason == "read.not_html"
    garbage = tmp_path / "bad.html"
    garbage.write_bytes(b"<html><body><p>" + b"\xff\xfe\x80" * 200 + b"</p></body></html>")
    [item] = _read(read_html, garbage)
    assert item.reason == "extract.jinglian.undecodable" and item.detail["error"]


def test_a_few_broken_bytes_are_tolerated_and_counted():
    data = ("<html><body><p>" + "正文内容很长，句子完整。" * 50 + "</p></body></html>").encode("utf-8")
    data = data.replace("完整".encode(), b"\xe5\xae", 1)  # one cut character
    doc = page_to_document(data, doc_id="x", source="x", locator="", url=None)
    assert isinstance(doc, Document)
    assert doc.meta["encoding_evidence"] == "lenient" and doc.meta["encoding_errors"] == 1


def test_extraction_errors_and_timeouts_become_drops(monkeypatch):
    data = PAGE.encode("utf-8")

    def boom(*a, **k):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(jinglian.extract, "extract_html", boom)
    item = page_to_document(data, doc_id="p", source="p", locator="", url="http://a.cn/")
    assert item.reason == "extract.jinglian.error" and "parser exploded" in item.detail["error"]
    assert "Traceback" in item.detail["traceback"]

    def slow(*a, **k):  # a parser stuck on a page: it burns CPU (the limit counts CPU time)
        t = time.perf_counter()
        while time.perf_counter() - t < 5:
            pass

    monkeypatch.setattr(jinglian.extract, "extract_html", slow)
    t0 = time.perf_counter()
    item = page_to_document(data, doc_id="p", source="p", locator="", url=None, options=ExtractOptions(timeout=0.1))
    assert item.reason == "extract.jinglian.timeout" and item.detail["seconds"] == 0.1
    assert time.perf_counter() - t0 < 2


# --- WARC -----------------------------------------------------------------------------

def _record(n: int, rtype: str, uri: str, block: bytes, ctype: str = "application/http; msgtype=response",
            extra: str = "") -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{n:012d}>\r\n"
            f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-20T00:00:00Z\r\nContent-Type: {ctype}\r\n{extra}"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def _http(body: bytes, ctype: str = "text/html; charset=utf-8", extra: str = "") -> bytes:
    return f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n{extra}\r\n".encode() + body


def _rid(n: int) -> str:
    return f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>"


def _chunked(body: bytes) -> bytes:
    half = len(body) // 2
    return b"".join(f"{len(c):x}\r\n".encode() + c + b"\r\n" for c in (body[:half], body[half:])) + b"0\r\n\r\n"


def _warc_records() -> list[bytes]:
    page = PAGE.encode("utf-8")
    return [
        _record(1, "warcinfo", "", b"software: hand-written\r\n", "application/warc-fields"),
        _record(2, "request", "http://a.cn/1", b"GET /1 HTTP/1.1\r\nHost: a.cn\r\n\r\n", "application/http; msgtype=request"),
        _record(3, "response", "http://a.cn/1", _http(page)),
        _record(4, "response", "http://a.cn/logo.png", _http(b"\x89PNG\r\n\x1a\n....", "image/png")),
        _record(5, "response", "http://a.cn/gbk", _http(GBK_PAGE.encode("gbk"), "text/html; charset=GBK")),
        _record(6, "response", "http://a.cn/gz", _http(gzip.compress(page), extra="Content-Encoding: gzip\r\n")),
        _record(7, "response", "http://a.cn/chunked", _http(_chunked(page), extra="Transfer-Encoding: chunked\r\n")),
        _record(8, "response", "http://a.cn/last", _http(page)),
    ]


def test_warc_gz_records_become_documents_or_drops_with_record_ids(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(gzip.compress(r) for r in _warc_records()))
    items = {i.locator: i for i in _read(read_warc, path, "crawl.warc.gz")}
    assert set(items) == {_rid(n) for n in range(3, 9)}  # warcinfo and request records are not pages
    doc = items[_rid(3)]
    assert isinstance(doc, Document) and doc.id == f"crawl.warc.gz#{_rid(3)}" and doc.source == "crawl.warc.gz"
    assert doc.url == "http://a.cn/1" and "测试页面的正文" in doc.text and "首页" not in doc.text
    assert doc.meta["warc_record_id"] == _rid(3) and doc.meta["http_status"] == 200 and doc.meta["title"] == "测试页面"
    png = items[_rid(4)]
    assert png.reason == "read.not_html" and png.detail["warc_record_id"] == _rid(4) and png.url == "http://a.cn/logo.png"
    gbk = items[_rid(5)]
    assert "字符集只在HTTP头里声明" in gbk.text
    assert gbk.meta["encoding"] == "gb18030" and gbk.meta["charset_declared_in"] == "http"
    assert "测试页面的正文" in items[_rid(6)].text  # Content-Encoding: gzip undone
    assert "测试页面的正文" in items[_rid(7)].text  # chunked transfer coding undone


def test_truncated_gzip_member_is_a_drop_not_silence(tmp_path):
    members = [gzip.compress(r) for r in _warc_records()]
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(b"".join(members[:-1]) + members[-1][: len(members[-1]) // 2])
    items = _read(read_warc, path)
    truncated = [i for i in items if isinstance(i, ReadFailure) and i.reason == "read.truncated"]
    assert len(truncated) == 1
    assert sum(isinstance(i, Document) for i in items) == 4  # records 3, 5, 6, 7 survive
    # cut inside the gzip header of the last member: no record at all, still reported
    path.write_bytes(b"".join(members[:-1]) + members[-1][:12])
    items = _read(read_warc, path)
    assert [i.reason for i in items if isinstance(i, ReadFailure)].count("read.truncated") == 1
    # the whole file compressed as one gzip member, cut near its end
    whole = gzip.compress(b"".join(_warc_records()))
    path.write_bytes(whole[:-30])
    items = _read(read_warc, path)
    assert [i.reason for i in items if isinstance(i, ReadFailure)].count("read.truncated") == 1
    path.write_bytes(whole)
    assert "read.truncated" not in {i.reason for i in _read(read_warc, path) if isinstance(i, ReadFailure)}


def test_truncated_plain_warc_record_is_dropped_with_its_id(tmp_path):
    path = tmp_path / "cut.warc"
    path.write_bytes(b"".join(_warc_records())[:-60])
    items = _read(read_warc, path)
    last = [i for i in items if i.locator == _rid(8)]
    assert len(last) == 1 and last[0].reason == "read.truncated" and last[0].detail["warc_record_id"] == _rid(8)


def test_warc_truncated_header_marks_a_cut_payload(tmp_path):
    path = tmp_path / "t.warc"
    path.write_bytes(_record(9, "response", "http://a.cn/big", _http(PAGE.encode()), extra="WARC-Truncated: length\r\n"))
    [item] = _read(read_warc, path)
    assert item.reason == "read.truncated" and "WARC-Truncated" in item.detail["error"]


def test_wet_conversion_records_are_text_already(tmp_path):
    wet = [
        _record(1, "warcinfo", "", b"software: hand-written\r\n", "application/warc-fields"),
        _record(2, "conversion", "http://a.cn/1", "第一页的纯文本。\n第二行。".encode(), "text/plain"),
        _record(3, "conversion", "http://a.cn/2", "<p>不是HTML解析，原样保留</p>".encode(), "text/plain"),
    ]
    path = tmp_path / "x.warc.wet.gz"
    path.write_bytes(b"".join(gzip.compress(r) for r in wet))
    items = _read(read_warc, path)
    assert [i.text for i in items] == ["第一页的纯文本。\n第二行。", "<p>不是HTML解析，原样保留</p>"]
    assert items[0].id == f"x.warc.wet.gz#{_rid(2)}" and items[0].url == "http://a.cn/1"


def test_ids_are_stable_across_reads(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(_warc_records()))
    first = [(i.id, getattr(i, "text", None)) for i in _read(read_warc, path)]
    assert first == [(i.id, getattr(i, "text", None)) for i in _read(read_warc, path)]


# --- end to end -----------------------------------------------------------------------

@pytest.mark.parametrize("what", ["folder", "warc"])
def test_jinglian_run_extracts_then_cleans_with_the_default_recipe(tmp_path, what):
    from jinglian.cli import main

    src = tmp_path / "in"
    if what == "folder":
        shutil.copytree(FIXTURES, src)
    else:
        src.mkdir()
        body = FIXTURES.joinpath("article_gbk.html").read_bytes()
        records = _warc_records() + [_record(10, "response", "http://news.example.cn/a.html",
                                             _http(body, "text/html; charset=gbk"))]
        (src / "crawl.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in records))
    out = tmp_path / "out"
    assert main(["run", str(src), "-o", str(out), "--quiet"]) == 0
    kept, dropped, _ = outputs(out)
    by_reason = {d["reason"] for d in dropped}
    article = [k for k in kept if "长江流域今年首场汛期会商于5月19日" in k["text"]]
    assert len(article) == 1
    if what == "folder":
        assert article[0]["id"] == "in/article_gbk.html" and article[0]["source"] == "in/article_gbk.html"
        assert "extract.jinglian.empty" in by_reason  # navigation_only.html
    else:
        assert article[0]["source"] == "in/crawl.warc.gz" and article[0]["locator"] == _rid(10)
        assert article[0]["url"] == "http://news.example.cn/a.html"
        assert "read.not_html" in by_reason
    assert "首页" not in article[0]["text"]
