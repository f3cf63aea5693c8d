"""The report and the document viewer, on real runs of the runner (and one large synthetic run).

The browser half (does it load, draw, strike, and refuse to run planted scripts in a real
Chromium) is in tests/browser/test_report_in_chromium.py.
"""
from __future__ import annotations

import json
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jinglian import run
from jinglian.cli import main as cli_main
from jinglian.document import Removal, Span, remove_spans
from jinglian.rundir.rows import DROPPED_SCHEMA, EDITS_SCHEMA, KEPT_SCHEMA
from jinglian.report import SampleSizes, build_report, render_document_html
from jinglian.document import Edit
from jinglian.report.viewer import build_view, replay

from browser.sample_run import XSS_CLOSE, XSS_IMG, XSS_SCRIPT, documents, make_sample_run, pipeline


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory) -> Path:
    return make_sample_run(tmp_path_factory.mktemp("report"))


class Marks(HTMLParser):
    """Collects, inside one element, the text of <del> and <ins> and the text outside them."""

    def __init__(self, root_class: str):
        super().__init__(convert_charrefs=True)
        self.root_class, self.depth, self.stack = root_class, 0, []
        self.plain, self.struck, self.inserted, self.sequence = [], [], [], []
        self.classes: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth == 0 and tag == "pre" and self.root_class in (attrs.get("class") or "").split():
            self.depth = 1
            return
        if self.depth:
            self.depth += 1
            self.stack.append(tag)
            if tag in ("del", "ins"):
                self.classes.append(attrs.get("class") or "")

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            if self.stack:
                self.stack.pop()
            if self.depth == 0:
                self.root_class = "\0done"  # only the first matching <pre>

    def handle_data(self, data):
        if not self.depth:
            return
        where = self.stack[-1] if self.stack else ""
        {"del": self.struck, "ins": self.inserted}.get(where, self.plain).append(data)
        self.sequence.append((where, data))


def first_text_block(html: str) -> Marks:
    m = Marks("text")
    m.feed(html)
    return m


# ------------------------------------------------------------------ the report


def test_report_is_written_by_every_run_and_holds_funnel_reasons_and_plots(sample_run):
    html = (sample_run / "report.html").read_text(encoding="utf-8")
    stats = json.loads((sample_run / "stats.json").read_text(encoding="utf-8"))
    assert f'{stats["documents_in"]:,}' in html and f'{stats["chars_kept"]:,}' in html
    for step in stats["steps"]:
        assert f">{step['step']}<" in html
    reasons = {r for s in stats["steps"] for k in ("dropped", "edited") for r in s[k]}
    assert reasons == {"sample.site_chrome", "sample.copyright", "sample.email", "sample.low_han_ratio",
                       "sample.too_short", "sample.duplicate"}
    for reason in reasons:  # a row in the reason table and an examples block with at least one example
        block = re.search(rf'<h3 id="ex-rc\d+-{re.sub(r"[^0-9a-z]", "-", reason)}">(.*?)(?=<h3 |</section>)', html, re.S)
        assert block, reason
        assert 'class="ex ' in block.group(1), f"no example for {reason}"
    assert html.count('<svg class="chart"') >= 7  # funnel, length, clusters, script, 3 signals, sites
    assert 'min_han_ratio=0.5</text>' in html and "min_length=40</text>" in html  # thresholds drawn
    assert "3 copies" in html  # one cluster: doc-005 and its two copies
    assert "traditional · kept" in html  # the script mix


def test_report_is_self_contained_and_escapes_crawled_text(sample_run):
    html = (sample_run / "report.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r'\b(?:src|href)\s*=\s*"(?:https?:)?//', html)  # nothing is fetched, no outbound links
    assert not re.search(r"<link\b|@import|url\(", html)
    assert html.count("<script") == 1 and html.count("</script>") == 1  # ours only
    for probe in (XSS_SCRIPT, XSS_IMG, XSS_CLOSE, "window.__xss=3</script>"):
        assert probe not in html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in html


def test_report_rebuilds_through_the_cli(sample_run, capsys):
    before = (sample_run / "report.html").read_text(encoding="utf-8")
    (sample_run / "report.html").unlink()
    assert cli_main(["report", str(sample_run)]) == 0
    assert "report written" in capsys.readouterr().out
    assert (sample_run / "report.html").read_text(encoding="utf-8") == before  # deterministic


# ------------------------------------------------------------------ the document viewer


def test_viewer_shows_the_text_as_it_came_in_with_every_removal_struck(sample_run, tmp_path):
    source = {d["id"]: d["text"] for d in documents()}
    target = tmp_path / "doc.html"
    assert cli_main(["trace", str(sample_run), "doc-000", "--html", str(target)]) == 0
    page = target.read_text(encoding="utf-8")
    marks = first_text_block(page)
    # struck and plain text together rebuild the input exactly; the placeholder is shown apart
    assert "".join(d for where, d in marks.sequence if where != "ins") == source["doc-000"]
    assert "".join(marks.struck) == "首页 > 新闻 > 正文\n" + "editor0@example-news.cn" + "版权所有 © 2024 示例资讯网 未经授权禁止转载"
    assert marks.inserted == ["<EMAIL>"]
    kept = pq.read_table(sample_run / "kept").to_pylist()
    final = next(r["text"] for r in kept if r["id"] == "doc-000")
    assert "".join(d for where, d in marks.sequence if where != "del") == final
    # each mark carries its reason's class, the same one the report's reason table uses
    report = (sample_run / "report.html").read_text(encoding="utf-8")
    for reason in ("sample.site_chrome", "sample.email", "sample.copyright"):
        cls = re.search(rf'<span class="chip (rc\d+)">{re.escape(reason)}</span>', report).group(1)
        assert re.search(rf'<del class="{cls}" title="{re.escape(reason)} \(step', page) or \
            re.search(rf'<ins class="{cls}" title="inserted by sample.pii: {re.escape(reason)}"', page), reason


def test_viewer_of_a_duplicate_shows_the_document_it_duplicates(sample_run):
    page = render_document_html(sample_run, "doc-copy-1")
    assert "the document it duplicates: doc-005 (kept)" in page
    assert 'sample.duplicate</span>' in page and "similarity" in page
    with pytest.raises(KeyError):
        render_document_html(sample_run, "no-such-id")


def test_replay_marks_a_placeholder_that_a_later_step_removed():
    text = "联系我们：kefu@example.cn\n正文内容。"
    at = text.index("kefu")
    masked, first = remove_spans(text, [Span(at, at + len("kefu@example.cn"), "pii.email", "<EMAIL>")])
    line_end = masked.index("\n") + 1
    final, second = remove_spans(masked, [Span(0, line_end, "lines.contact")])
    rows = [{"id": "x", "step": step, "reason": r.reason, "start": r.start, "end": r.end,
             "removed_text": r.text, "replacement": r.replacement}
            for step, rems in (("pii", first), ("lines", second)) for r in rems]
    view = build_view("kept", {"id": "x", "text": final}, rows)
    assert view.warnings == []
    assert [(p.text, p.removed, p.inserted) for p in view.pieces] == [
        ("联系我们：", ("lines", "lines.contact"), None),
        ("kefu@example.cn", ("pii", "pii.email"), None),
        ("<EMAIL>", ("lines", "lines.contact"), ("pii", "pii.email")),
        ("\n", ("lines", "lines.contact"), None),
        ("正文内容。", None, None),
    ]


def test_replay_reports_an_edit_log_that_does_not_match_the_text():
    pieces, warnings = replay("abcdef", [Edit("s", (Removal(1, 3, "r", "XX"),))])
    assert warnings and "edit log says" in warnings[0]
    pieces, warnings = replay("abc", [Edit("s", (Removal(2, 9, "r", "c"),))])
    assert warnings and "outside the text" in warnings[0]


def test_report_and_viewer_read_a_jsonl_run_with_a_broken_record(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps(d, ensure_ascii=False) for d in documents()[:12]]
    lines.insert(3, '{"id": "broken", "text": "未闭合的记录 <script>window.__xss=9</script>')  # not JSON
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run([str(src)], out, pipeline(), fmt="jsonl")
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "sample.site_chrome" in html and 'class="ex ' in html
    assert "read.malformed_json" in html and "76 raw bytes" in html and "未闭合的记录" in html  # from its raw bytes
    assert "window.__xss=9</script>" not in html
    assert "<del" in render_document_html(out, "doc-003")


# ------------------------------------------------------------------ scale


def _synthetic_run(out: Path, n: int, files: int = 4, group_rows: int = 2_000) -> None:
    """A run directory written straight with the runner's schemas: n documents, 1/5 dropped."""
    line = "今年一季度全国规模以上工业增加值同比增长。"
    per = n // files
    stats_removed = 0
    for f in range(files):
        kept, dropped, edits = [], [], []
        for i in range(f * per, (f + 1) * per):
            doc_id = f"d{i:07d}"
            text = line * (1 + i % 9)
            host = f"site{i % 37}.example.cn"
            scores = json.dumps({"han_ratio": 0.5 + (i % 50) / 100, "length": len(text), "script": "simplified"})
            if i % 5 == 0:
                reason, dup = ("dedup.near_duplicate", f"d{i - 1:07d}") if i % 10 == 0 else ("quality.low_han_ratio", None)
                dropped.append({"id": doc_id, "step": reason.split(".")[0], "reason": reason, "detail": "{}",
                                "duplicate_of": dup, "text": text, "source": "in.jsonl", "locator": str(i),
                                "url": f"https://{host}/{i}", "meta": "{}", "scores": scores, "normalizations": "[]",
                                "raw": None})
            else:
                head = "首页 > 新闻\n"
                kept.append({"id": doc_id, "text": text, "source": "in.jsonl", "locator": str(i),
                             "url": f"https://{host}/{i}", "meta": "{}", "scores": scores, "normalizations": "[]"})
                edits.append({"id": doc_id, "step": "lines", "reason": "lines.site_chrome", "start": 0,
                              "end": len(head), "removed_text": head, "replacement": ""})
                stats_removed += len(head)
        for name, rows, schema in (("kept", kept, KEPT_SCHEMA), ("dropped", dropped, DROPPED_SCHEMA),
                                   ("edits", edits, EDITS_SCHEMA)):
            (out / name).mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), out / name / f"part-{f:05d}.parquet",
                           row_group_size=group_rows, compression="zstd")
    n_drop = n // 5
    steps = [{"step": "read", "kind": "reader", "in": n, "out": n, "chars_in": 0, "dropped": {}, "edited": {},
              "chars_removed": {}, "normalized_chars": 0, "seconds": 1.0},
             {"step": "lines", "kind": "editor", "in": n, "out": n, "dropped": {}, "edited": {"lines.site_chrome": n - n_drop},
              "chars_removed": {"lines.site_chrome": stats_removed}, "normalized_chars": 0, "seconds": 1.0},
             {"step": "quality", "kind": "filter", "in": n, "out": n - n // 10, "dropped": {"quality.low_han_ratio": n // 10},
              "edited": {}, "chars_removed": {}, "normalized_chars": 0, "seconds": 1.0},
             {"step": "dedup", "kind": "global", "in": n - n // 10, "out": n - n_drop,
              "dropped": {"dedup.near_duplicate": n // 10}, "edited": {}, "chars_removed": {}, "normalized_chars": 0,
              "seconds": 1.0}]
    (out / "stats.json").write_text(json.dumps({"documents_in": n, "documents_kept": n - n_drop,
                                                "documents_dropped": n_drop, "chars_in": 0, "chars_kept": 0,
                                                "steps": steps}))
    (out / "manifest.json").write_text(json.dumps({"recipe": {"name": "synthetic", "steps": [
        {"use": "quality", "min_han_ratio": 0.6}]}}))


def test_a_large_run_is_sampled_so_the_report_stays_small(tmp_path):
    out = tmp_path / "big"
    _synthetic_run(out, 40_000)
    t0 = time.perf_counter()
    path = Path(build_report(out, SampleSizes(read=8_000, scores=3_000)))
    seconds = time.perf_counter() - t0
    html = path.read_text(encoding="utf-8")
    assert "Estimated from a sample" in html
    assert path.stat().st_size < 1_500_000
    # 3 reasons x 4 examples, plus the kept originals of the 4 duplicates: examples, not every document
    assert html.count('class="viewer"') == 16
    assert "site0.example.cn" in html and "min_han_ratio=0.6</text>" in html
    # the duplicate cluster chart is exact: every 10th document duplicates its predecessor
    assert "4,000 clusters" in html
    assert seconds < 20, seconds


def test_replay_is_linear_on_a_document_with_many_spans():
    text = "".join(f"第{i}行：电话13800{i:06d}\n" for i in range(3000))
    spans = [Span(m.start(), m.end(), "pii.phone", "<PHONE>") for m in re.finditer(r"1\d{10}", text)]
    masked, first = remove_spans(text, spans)
    lines = [Span(m.start(), m.end(), "lines.short") for m in re.finditer(r"第\d*5行[^\n]*\n", masked)]
    final, second = remove_spans(masked, lines)
    rows = [{"step": step, "reason": r.reason, "start": r.start, "end": r.end, "removed_text": r.text,
             "replacement": r.replacement} for step, rems in (("pii", first), ("lines", second)) for r in rems]
    t0 = time.perf_counter()
    view = build_view("kept", {"id": "long", "text": final}, rows)
    assert time.perf_counter() - t0 < 2.0
    assert view.warnings == [] and len(first) == 3000 and len(second) == 300
    assert "".join(p.text for p in view.pieces if not p.inserted) == text
    assert "".join(p.text for p in view.pieces if not p.removed) == final


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="中文字ab\n 。", max_size=40),
       steps=st.lists(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8), st.sampled_from(["", "<P>"])),
                               max_size=4), max_size=4))
def test_replay_property_struck_and_present_pieces_rebuild_input_and_output(text, steps):
    current, rows = text, []
    for k, raw in enumerate(steps):
        spans = [Span(min(a, len(current)), min(a + n, len(current)), f"r{k}", rep) for a, n, rep in raw]
        current, removals = remove_spans(current, spans)
        rows += [{"step": f"s{k}", "reason": r.reason, "start": r.start, "end": r.end, "removed_text": r.text,
                  "replacement": r.replacement} for r in removals]
    view = build_view("kept", {"id": "p", "text": current}, rows)
    assert view.warnings == []
    assert "".join(p.text for p in view.pieces if not p.inserted) == text
    assert "".join(p.text for p in view.pieces if not p.removed) == current


def test_thresholds_are_matched_to_signals_by_parameter_name():
    from jinglian.report.plots import match_thresholds

    params = [("quality.language", {"min_han_ratio": 0.15, "languages": ["zh"]}),
              ("quality.too_short", {"min_chars": 40, "max_lone_line_chars": 80}),
              ("quality.repetition", {"max_dup_line_share": 0.4, "strict": True}),
              ("x", {"han_ratio_max": 0.99})]
    found = match_thresholds(params, ["han_ratio", "n_chars", "quality.dup_line_share", "spam_density"])
    assert found == {"han_ratio": [(0.15, "min_han_ratio=0.15"), (0.99, "han_ratio_max=0.99")],
                     "n_chars": [(40.0, "min_chars=40")],
                     "quality.dup_line_share": [(0.4, "max_dup_line_share=0.4")]}
