"""The runner's contract: one place per document, every removal recorded and undoable,
errors isolated per document, contract violations loud, global steps in three phases."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import ClassVar

import pytest

from jinglian import Pipeline, ShardFailed, StepError, run
from jinglian.rundir import RunDir
from jinglian.trace import trace

from helpers import outputs, write_jsonl
from toysteps import (CountChars, DropIfContains, ExactDuplicates, MaskHan, RaiseIfContains, RemoveDigits,
                      RemoveFirstLine, Upper)

DOCS = [
    {"id": "d1", "text": "标题1\n正文2023年有3个中国城市。"},
    {"id": "d2", "text": "标题2\n含有X的文档"},
    {"id": "d3", "text": "标题1\n正文2023年有3个中国城市。"},  # same as d1
    {"id": "d4", "text": "标题4\n中中中文"},
]


def test_every_kind_of_step_and_the_record_it_leaves(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", DOCS)
    out = tmp_path / "out"
    steps = [CountChars(), RemoveFirstLine(), DropIfContains("X"), RemoveDigits(), MaskHan(), Upper(), ExactDuplicates()]
    result = run([str(src)], out, Pipeline(steps), report=False)
    kept, dropped, edits = outputs(out)
    assert {r["id"]: r["text"] for r in kept} == {"d1": "正文年有个<M>国城市。", "d4": "<M>文"}
    by_id = {r["id"]: r for r in dropped}
    assert by_id["d2"]["reason"] == "toy.contains" and by_id["d2"]["step"] == "toy.drop_if_contains"
    assert by_id["d2"]["text"] == "含有X的文档"  # the text as it was when dropped
    assert by_id["d3"]["reason"] == "toy.duplicate" and by_id["d3"]["duplicate_of"] == "d1"
    assert json.loads(by_id["d3"]["detail"]) == {"similarity": 1.0}
    assert json.loads(kept[0]["scores"])["toy_chars"] == len(DOCS[0]["text"])
    d1_edits = [e for e in edits if e["id"] == "d1"]
    assert [e["reason"] for e in d1_edits] == ["toy.first_line"] + ["toy.digit"] * 5 + ["toy.masked"]
    assert d1_edits[-1]["replacement"] == "<M>" and d1_edits[-1]["removed_text"] == "中"
    # the dropped duplicate's edits are recorded too: every removed character has a reason
    assert {e["reason"] for e in edits if e["id"] == "d3"} == {"toy.first_line", "toy.digit", "toy.masked"}
    stats = json.loads((out / "stats.json").read_text())
    assert stats["documents_in"] == 4 and stats["documents_kept"] == 2
    assert stats["dropped_by_reason"] == {"toy.contains": 1, "toy.duplicate": 1}
    per_step = {s["step"]: s for s in stats["steps"]}
    assert per_step["toy.remove_digits"]["chars_removed"] == {"toy.digit": 10}
    assert per_step["toy.upper"]["normalized_chars"] == 0  # no Latin letters left to change
    assert stats["resolve"]["toy.exact"]["summary"]["duplicates"] == 1
    assert result.documents_kept == 2
    # undoing every edit of a kept document rebuilds its input text
    story = trace(RunDir(out), "d1")
    assert story is not None and not story.dropped
    assert story.original_text() == DOCS[0]["text"]
    assert trace(RunDir(out), "d3").original_text() == DOCS[2]["text"]


def test_a_step_that_raises_drops_only_that_document(tmp_path):
    rows = [{"id": f"r{i}", "text": "BOOM" if i == 7 else f"文本{i}"} for i in range(100)]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out"
    run([str(src)], out, Pipeline([RaiseIfContains()]), report=False)
    kept, dropped, _ = outputs(out)
    assert len(kept) == 99 and len(dropped) == 1
    assert dropped[0]["reason"] == "toy.raise_if_contains.error"
    detail = json.loads(dropped[0]["detail"])
    assert "cannot handle BOOM" in detail["error"] and "Traceback" in detail["traceback"]


def test_a_step_failing_on_too_many_documents_fails_the_run(tmp_path):
    rows = [{"id": f"r{i}", "text": "BOOM" if i % 4 == 0 else f"文本{i}"} for i in range(100)]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    with pytest.raises(ShardFailed, match=r"toy.raise_if_contains failed on 25 of 100 documents"):
        run([str(src)], tmp_path / "out", Pipeline([RaiseIfContains()]), max_error_share=0.1, report=False)


def test_contract_violations_are_bugs_and_raise(tmp_path):
    from jinglian import Span
    from jinglian.step import Editor

    @dataclass
    class OutOfBounds(Editor):
        name: ClassVar[str] = "toy.oob"
        reasons: ClassVar[dict] = {"toy.oob": "x"}

        def edit(self, doc):
            return [Span(0, len(doc.text) + 5, "toy.oob")]

    @dataclass
    class Undeclared(Editor):
        name: ClassVar[str] = "toy.undeclared"
        reasons: ClassVar[dict] = {"toy.a": "x"}

        def edit(self, doc):
            return [Span(0, 1, "toy.b")]

    src = write_jsonl(tmp_path / "in.jsonl", DOCS)
    with pytest.raises(StepError, match="outside a text"):
        run([str(src)], tmp_path / "o1", Pipeline([OutOfBounds()]), report=False)
    with pytest.raises(StepError, match="undeclared reason 'toy.b'"):
        run([str(src)], tmp_path / "o2", Pipeline([Undeclared()]), report=False)


def test_output_directory_is_protected_and_resumable(tmp_path):
    from jinglian import RunDirectoryError

    src = write_jsonl(tmp_path / "in.jsonl", DOCS)
    out = tmp_path / "out"
    run([str(src)], out, Pipeline([RemoveDigits()]), report=False)
    with pytest.raises(RunDirectoryError, match="not empty"):
        run([str(src)], out, Pipeline([RemoveDigits()]), report=False)
    with pytest.raises(RunDirectoryError, match="pipeline fingerprint differs"):
        run([str(src)], out, Pipeline([RemoveFirstLine()]), resume=True, report=False)
    before = outputs(out)
    run([str(src)], out, Pipeline([RemoveDigits()]), resume=True, report=False)  # all shards done: a no-op
    assert outputs(out) == before
    run([str(src)], out, Pipeline([RemoveFirstLine()]), overwrite=True, report=False)
    assert {r["text"] for r in outputs(out)[0]} >= {"含有X的文档"}


def test_jsonl_output_format(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", DOCS)
    out = tmp_path / "out"
    run([str(src)], out, Pipeline([DropIfContains("X"), RemoveDigits()]), fmt="jsonl", report=False)
    assert sorted(p.name for p in (out / "kept").iterdir()) == ["part-00000.jsonl"]
    kept, dropped, edits = outputs(out)
    assert len(kept) == 3 and dropped[0]["id"] == "d2" and edits
