"""`jinglian score`: a run directory against line, document and duplicate labels."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from jinglian.cli import main
from jinglian.score import LabelError, score_run
from jinglian.score.text import FinalText, line_coverage

from helpers import write_jsonl

P1 = "国家统计局今天发布数据，全国粮食总产量达到六千九百亿斤，比上年增长百分之零点五。"
P2 = "会议强调，要坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长。"
P3 = "专家认为，今年粮食生产形势总体向好，但仍需防范极端天气带来的风险和挑战。"
CHROME = "首页 > 新闻中心 > 正文"
PHONE = "13812345678"


def _run_dir(root: Path, kept: list[dict], dropped: list[dict]) -> Path:
    """A run directory in the documented layout, written by hand (JSONL tables)."""
    write_jsonl(root / "kept" / "part-00000.jsonl", kept)
    write_jsonl(root / "dropped" / "s0-part-00000.jsonl",
                [{"duplicate_of": None, **row} for row in dropped])
    return root


def _line(doc: str, text: str, label: str, why: str, pii: list[str] | None = None) -> dict:
    return {"id": doc, "text": text, "label": label, "why": why, "pii": pii or []}


def test_line_coverage_ignores_labelled_pii_and_normalisation():
    masked = FinalText(f"{P1[:-1]}（联系电话：138<PHONE>）。")
    line = f"{P1[:-1]}（联系电话：{PHONE}）。"
    assert line_coverage(line, (PHONE,), masked) == 1.0          # masking the PII costs nothing
    assert line_coverage(line, (), masked) < 0.85                 # counted as text, the PII would cost
    assert line_coverage(PHONE, (PHONE,), masked) is None         # nothing but PII: not scored
    assert line_coverage(P2, (), None) == 0.0                     # a rejected document kept nothing
    # full-width/half-width, Chinese/ASCII punctuation and white space do not count
    assert line_coverage("ＧＤＰ增长 5.2%，好。", (), FinalText("GDP增长5.2%,好.")) == 1.0


def test_line_rates_pii_and_by_label(tmp_path):
    run = _run_dir(tmp_path / "run", kept=[
        {"id": "a", "text": f"{P1}\n{P2[:-1]}（联系电话：<PHONE>）。"},   # chrome removed, PII masked
        {"id": "b", "text": f"{CHROME}\n{P3}\n微信：{PHONE}"},           # chrome and PII left in
    ], dropped=[])
    lines = write_jsonl(tmp_path / "lines.jsonl", [
        _line("a", CHROME, "drop", "site-chrome"), _line("a", P1, "keep", "content"),
        _line("a", f"{P2[:-1]}（联系电话：{PHONE}）。", "keep", "content+pii", [PHONE]),
        _line("b", CHROME, "drop", "site-chrome"), _line("b", P3, "keep", "content"),
        _line("b", f"微信：{PHONE}", "either", "contact", [PHONE]),
    ])
    s = score_run(run, lines)
    assert s["content_lines_kept"] == 1.0 and s["noise_lines_removed"] == 0.5
    assert (s["pii_leaked"], s["pii_labelled"]) == (1, 2)
    assert s["by_label"] == {"drop:site-chrome": "1/2", "keep:content": "2/2", "keep:content+pii": "1/1"}
    assert "junk_documents_rejected" not in s and s["labeled_documents_missing_from_output"] == 0


def test_document_and_duplicate_scores(tmp_path):
    # labelled clusters: X = {x1, x2, x3}, Y = {y1, y2}; z is a lone article; j1, j2 are junk
    run = _run_dir(tmp_path / "run", kept=[
        {"id": "x1", "text": P1}, {"id": "y1", "text": P2}, {"id": "y2", "text": P2}, {"id": "j2", "text": "免费观看"},
    ], dropped=[
        {"id": "x2", "text": P1, "reason": "minhash.duplicate", "duplicate_of": "x1"},
        {"id": "x3", "text": P1, "reason": "minhash.near_duplicate", "duplicate_of": "x2"},   # a chain
        {"id": "z", "text": P3, "reason": "minhash.near_duplicate", "duplicate_of": "x1"},    # wrongly joined
        {"id": "j1", "text": "首页", "reason": "quality.navigation"},
    ])
    lines = write_jsonl(tmp_path / "lines.jsonl", [_line("x1", P1, "keep", "content"), _line("z", P3, "keep", "content")])
    docs = write_jsonl(tmp_path / "docs.jsonl", [
        {"id": "x1", "label": "keep", "why": "article", "cluster": "X"},
        {"id": "x2", "label": "keep", "why": "repost", "cluster": "X"},
        {"id": "x3", "label": "keep", "why": "repost", "cluster": "X"},
        {"id": "y1", "label": "keep", "why": "article", "cluster": "Y"},
        {"id": "y2", "label": "keep", "why": "repost", "cluster": "Y"},
        {"id": "z", "label": "keep", "why": "article", "cluster": "Z"},
        {"id": "j1", "label": "reject", "why": "nav", "cluster": None},
        {"id": "j2", "label": "reject", "why": "spam", "cluster": None},
    ])
    s = score_run(run, lines, docs)
    assert s["junk_documents_rejected"] == 0.5
    assert s["good_documents_wrongly_rejected"] == 0.0          # z went as a duplicate, not as junk
    assert s["content_lines_kept"] == 1.0                       # a duplicate is judged on its text when dropped
    # pairs: X gives 3 found, Y 1 missed; run cluster {x1,x2,x3,z} joins z wrongly with 3 of them
    assert s["duplicate_pairs"] == {"labelled": 4, "found": 3, "wrongly_joined": 3}
    assert s["duplicate_pairs_found"] == 0.75 and s["duplicate_pairs_precision"] == 0.5
    assert s["duplicate_clusters_with_one_survivor"] == "1/2"
    assert s["duplicate_clusters_one_survivor_share"] == 0.5


def test_a_real_run_scored_from_the_command_line_with_gzipped_labels(tmp_path, capsys):
    """jinglian writes the run (Parquet), `jinglian score` reads it back through RunDir."""
    docs = [
        {"id": "a", "text": f"{CHROME}\n{P1}\n{P2[:-1]}，详情可咨询{PHONE}。\n{P3}"},
        {"id": "b", "text": f"{P1}\n{P2}\n{P3}"},          # a copy of a without chrome or phone
        {"id": "c", "text": "短"},
    ]
    src = write_jsonl(tmp_path / "in.jsonl", docs)
    recipe = tmp_path / "r.toml"
    recipe.write_text('name = "t"\n[[steps]]\nuse = "basic.regex_remove"\npattern = "首页 > .*\\\\n"\n'
                      '[[steps]]\nuse = "pii.mask"\n[[steps]]\nuse = "basic.min_chars"\nmin_chars = 5\n'
                      '[[steps]]\nuse = "minhash.dedup"\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(src), "-o", str(out), "--recipe", str(recipe), "--workers", "1", "--quiet", "--no-report"]) == 0
    lines = tmp_path / "lines.jsonl.gz"
    with gzip.open(lines, "wt", encoding="utf-8") as f:
        for row in [_line("a", CHROME, "drop", "site-chrome"), _line("a", P1, "keep", "content"),
                    _line("a", f"{P2[:-1]}，详情可咨询{PHONE}。", "keep", "content+pii", [PHONE]),
                    _line("a", P3, "keep", "content"), _line("b", P1, "keep", "content"), _line("c", "短", "drop", "short")]:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    labels = write_jsonl(tmp_path / "docs.jsonl", [
        {"id": "a", "label": "keep", "why": "article", "cluster": "A"},
        {"id": "b", "label": "keep", "why": "repost", "cluster": "A"},
        {"id": "c", "label": "reject", "why": "short", "cluster": None}])
    assert main(["score", str(out), "--lines", str(lines), "--docs", str(labels), "--json"]) == 0
    s = json.loads(capsys.readouterr().out)
    assert s["documents_in_output"] == 3 and s["pii_leaked"] == 0 and s["pii_labelled"] == 1
    assert s["content_lines_kept"] == 1.0 and s["noise_lines_removed"] == 1.0
    assert s["junk_documents_rejected"] == 1.0 and s["good_documents_wrongly_rejected"] == 0.0
    assert s["duplicate_pairs_found"] == 1.0 and s["duplicate_clusters_with_one_survivor"] == "1/1"
    assert main(["score", str(out), "--lines", str(lines)]) == 0
    table = capsys.readouterr().out
    assert "content lines kept" in table and "1.0000  (4/4)" in table and re.search(r"PII strings leaked +0 of 1\n", table)


@pytest.mark.parametrize("content,message", [
    ('{"id": "a", "text": "x", "label": "keep"}\n{"id": "a", "text": "y"', "lines.jsonl:2: not JSON"),
    ('{"id": "a", "text": "x", "label": "maybe"}\n', "lines.jsonl:1: 'label' must be one of keep, drop, either, not 'maybe'"),
    ('{"id": "a", "label": "keep"}\n', "lines.jsonl:1: 'text' must be a string"),
    ('{"id": "a", "text": "x", "label": "keep", "pii": "138"}\n', "lines.jsonl:1: 'pii' must be a list"),
    ('["a", "x"]\n', "lines.jsonl:1: a row must be a JSON object"),
])
def test_bad_line_labels_fail_naming_file_and_line(tmp_path, capsys, content, message):
    run = _run_dir(tmp_path / "run", kept=[{"id": "a", "text": "x"}], dropped=[])
    (tmp_path / "lines.jsonl").write_text(content, encoding="utf-8")
    assert main(["score", str(run), "--lines", str(tmp_path / "lines.jsonl")]) == 2
    err = capsys.readouterr().err
    assert message in err and str(tmp_path) in err and "Traceback" not in err
    with pytest.raises(LabelError):
        score_run(run, tmp_path / "lines.jsonl")


def test_cli_errors_name_the_file_without_a_traceback(tmp_path, capsys):
    run = _run_dir(tmp_path / "run", kept=[{"id": "a", "text": P1}], dropped=[])
    lines = write_jsonl(tmp_path / "lines.jsonl", [_line("a", P1, "keep", "content")])
    docs = write_jsonl(tmp_path / "docs.jsonl", [{"id": "a", "label": "keep"}, {"id": "a", "label": "keep"}])
    cases = [
        (["score", str(tmp_path / "nope"), "--lines", str(lines)], f"{tmp_path / 'nope'}: no such run directory"),
        (["score", str(tmp_path), "--lines", str(lines)], f"{tmp_path}: not a run directory"),
        (["score", str(run), "--lines", str(tmp_path / "missing.jsonl")], f"{tmp_path / 'missing.jsonl'}: no such file"),
        (["score", str(run), "--lines", str(lines), "--docs", str(docs)], f"{docs}:2: document 'a' is labelled twice"),
    ]
    for argv, message in cases:
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err, err
    broken = tmp_path / "run" / "kept" / "part-00001.parquet"
    broken.write_bytes(b"PAR1 not really")
    assert main(["score", str(run), "--lines", str(lines)]) == 2
    err = capsys.readouterr().err
    assert f"{broken}: cannot read" in err and "Traceback" not in err
    gz = tmp_path / "cut.jsonl.gz"
    gz.write_bytes(gzip.compress(b'{"id": "a"}\n' * 50)[:20])
    assert main(["score", str(tmp_path / "run"), "--lines", str(gz)]) == 2
    assert f"{gz}: cannot read" in capsys.readouterr().err


def test_documents_missing_or_in_both_are_reported(tmp_path):
    run = _run_dir(tmp_path / "run", kept=[{"id": "a", "text": P1}],
                   dropped=[{"id": "a", "text": P1, "reason": "x.y"},
                            {"id": "a", "text": P1, "reason": "read.duplicate_id"}])  # a second record, not the document
    lines = write_jsonl(tmp_path / "lines.jsonl", [_line("a", P1, "keep", "content"), _line("gone", P2, "keep", "content")])
    s = score_run(run, lines)
    assert s["labeled_documents_missing_from_output"] == 1 and s["documents_in_both_kept_and_dropped"] == 1
    assert s["by_label"] == {"keep:content": "0/1"}  # "a" counts as dropped: its text is not final


def test_a_noise_line_quoting_the_title_is_judged_on_what_it_adds(tmp_path):
    """"原标题：<title>" removed while the title stays is removed noise; kept, it is kept noise.
    The title's own trigrams say nothing either way, so they are cut out like PII; a noise line
    that adds under a trigram, or copies a content line, is not judged (and is counted)."""
    title = "全国粮食总产量再创新高"
    kept = [{"id": "a", "text": f"{title}\n{P1}"},                       # 原标题 line removed
            {"id": "b", "text": f"{title}\n原标题：{title}\n{P1}"}]      # 原标题 line left in
    lines = []
    for doc in "ab":
        lines += [_line(doc, title, "keep", "title"), _line(doc, f"原标题：{title}", "drop", "meta-line"),
                  _line(doc, f"· {title}", "drop", "site-chrome"), _line(doc, title, "drop", "copy"),
                  _line(doc, P1, "keep", "content")]
    s = score_run(_run_dir(tmp_path / "run", kept, []), write_jsonl(tmp_path / "lines.jsonl", lines))
    assert s["by_label"]["drop:meta-line"] == "1/2" and s["noise_lines_removed"] == 0.5
    assert s["noise_lines_unscoreable"] == 4 and s["content_lines_kept"] == 1.0
    # without the title among the content lines the removed 原标题 line would count as left in
    assert line_coverage(f"原标题：{title}", (), FinalText(f"{title}\n{P1}")) > 0.3
    assert line_coverage(f"原标题：{title}", (), FinalText(f"{title}\n{P1}"), (title, P1)) == 0.0
