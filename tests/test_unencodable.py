"""No input string stops a run: lone surrogates (valid JSON "\\ud800", an emoji cut in half)
in the text are removed as an edit with a reason; in the id, url and metadata they are kept
as their \\uXXXX escape.  Readers and writers are fuzzed with such strings (hypothesis)."""
from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jinglian import Pipeline, run
from jinglian.io.fs import Folder
from jinglian.io.writers import RowWriter
from jinglian.rundir.rows import KEPT_SCHEMA

from helpers import outputs
from toysteps import RemoveDigits

SURROGATE = re.compile("[\ud800-\udfff]")
#: Han, astral Han and emoji, ASCII, and both halves of a surrogate pair on their own
CHARS = st.sampled_from(list("中文字，。ab1 \n") + ["𠀀", "😀", "\ud83d", "\ude00", "\ud800", "\udfff"])
STRINGS = st.lists(CHARS, max_size=30).map("".join)


def escaped(s: str) -> str:
    return SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", s)


def write_lines(path: Path, records: list[dict]) -> Path:
    """JSON with \\u escapes: how a crawl stores a lone surrogate (the only way JSON can)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="ascii")
    return path


def test_a_lone_surrogate_in_text_is_an_edit_with_a_reason(tmp_path):
    text = "表情\ud83d被截断了，正文123继续。"  # a high surrogate whose low half was cut off
    src = write_lines(tmp_path / "in.jsonl", [{"id": "a", "text": text, "url": "http://x/\udfff",
                                              "tag": "m\ud800"}, {"id": "b", "text": "正常的文本"}])
    run([str(src)], tmp_path / "out", Pipeline([RemoveDigits()]), report=False)
    kept, dropped, edits = outputs(tmp_path / "out")
    assert not dropped and len(kept) == 2
    a = next(r for r in kept if r["id"] == "a")
    assert a["text"] == "表情被截断了，正文继续。"
    assert a["url"] == "http://x/\\udfff" and json.loads(a["meta"]) == {"tag": "m\\ud800"}
    read = [e for e in edits if e["step"] == "read"]
    assert [(e["reason"], e["start"], e["end"], e["removed_text"]) for e in read] == [
        ("read.unencodable", 2, 3, "\\ud83d")]  # code-point offsets into the text as read
    digits = sorted((e["start"], e["end"]) for e in edits if e["step"] == "toy.remove_digits")
    assert digits[0][0] == 9 and digits[-1][1] == 12  # offsets after the read edit, like every edit
    stats = json.loads((tmp_path / "out" / "stats.json").read_text())
    read_stats = next(s for s in stats["steps"] if s["step"] == "read")
    assert read_stats["edited"] == {"read.unencodable": 1}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(st.fixed_dictionaries({"id": STRINGS, "text": STRINGS, "url": STRINGS, "note": STRINGS}),
                        min_size=1, max_size=8),
       fmt=st.sampled_from(["parquet", "jsonl"]))
def test_fuzz_every_string_field_through_reader_and_writers(records, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        records = [r | {"id": f"{n}-{r['id']}"} for n, r in enumerate(records)]  # unique ids
        src = write_lines(Path(tmp) / "in.jsonl", records)
        run([str(src)], Path(tmp) / "out", Pipeline([]), fmt=fmt, report=False)
        kept, dropped, edits = outputs(Path(tmp) / "out")
    assert not dropped and len(kept) == len(records)
    by_id = {r["id"]: r for r in kept}
    for rec in records:
        rec = json.loads(json.dumps(rec))  # as the reader sees it: an escaped pair is one code point again
        row = by_id[escaped(rec["id"])]
        assert row["text"] == SURROGATE.sub("", rec["text"])
        assert row["url"] == escaped(rec["url"]) and json.loads(row["meta"]) == {"note": escaped(rec["note"])}
        removed = [e for e in edits if e["id"] == row["id"]]
        assert "".join(e["removed_text"] for e in removed) == "".join(escaped(c) for c in SURROGATE.findall(rec["text"]))
        for e in removed:  # each removal is one code point of the text as read
            assert e["end"] - e["start"] == 1 and SURROGATE.fullmatch(rec["text"][e["start"]])


@settings(max_examples=50, deadline=None)
@given(rows=st.lists(st.tuples(STRINGS, STRINGS), max_size=30))
def test_fuzz_the_row_writer_with_unencodable_strings(rows):
    with tempfile.TemporaryDirectory() as tmp:
        writer = RowWriter(KEPT_SCHEMA, Folder(tmp), "kept.parquet")
        for text, meta in rows:
            writer.add({"id": text, "text": text, "meta": meta, "source": "s"})
        writer.close()
        got = pq.read_table(Path(tmp) / "kept.parquet").to_pylist() if rows else []
    assert [(r["id"], r["text"], r["meta"]) for r in got] == [(escaped(t), escaped(t), escaped(m)) for t, m in rows]


def test_row_writer_streams_row_groups_and_publishes_only_on_close(tmp_path, monkeypatch):
    import jinglian.io.writers as writers

    monkeypatch.setattr(writers, "ROW_GROUP_CHARS", 100)
    rows = [{"id": str(i), "text": "中文" * 20, "source": "s"} for i in range(10)]
    writer = RowWriter(KEPT_SCHEMA, Folder(tmp_path), "kept/a.parquet")
    for row in rows:
        writer.add(row)
    assert not (tmp_path / "kept" / "a.parquet").exists()  # written under a temporary name until closed
    assert len(list((tmp_path / "kept").iterdir())) == 1
    writer.close()
    pf = pq.ParquetFile(tmp_path / "kept" / "a.parquet")
    assert pf.metadata.num_row_groups == 4  # 42 characters a row: a group every third row, then one
    assert pf.read().select(["id", "text"]).to_pylist() == [{"id": r["id"], "text": r["text"]} for r in rows]
    failed = RowWriter(KEPT_SCHEMA, Folder(tmp_path), "kept/b.parquet")
    failed.extend(rows)
    failed.discard()
    assert sorted(p.name for p in (tmp_path / "kept").iterdir()) == ["a.parquet"]
    empty = RowWriter(KEPT_SCHEMA, Folder(tmp_path), "kept/c.parquet")
    empty.close()
    assert not (tmp_path / "kept" / "c.parquet").exists()
