"""The one reader of a run directory: the same answers from Parquet and JSONL tables."""
from __future__ import annotations

import pytest

from jinglian import Pipeline, RunDirectoryError, run
from jinglian.rundir import RunDir

from helpers import write_jsonl
from toysteps import CountChars, DropIfContains, MaskHan, RemoveDigits

DOCS = [{"id": f"d{i}", "text": f"第{i}篇文章中有{i * 7}个字。" + ("X" if i % 3 == 0 else ""), "url": f"https://s{i % 2}.cn/{i}"}
        for i in range(12)]
PIPELINE = Pipeline([CountChars(), RemoveDigits(), MaskHan(), DropIfContains("X")], name="toy")


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, RunDir]:
    tmp = tmp_path_factory.mktemp("rundir")
    src = write_jsonl(tmp / "in.jsonl", DOCS)
    for fmt in ("parquet", "jsonl"):
        run([str(src)], tmp / fmt, PIPELINE, fmt=fmt, report=False)
    return {fmt: RunDir.open(tmp / fmt) for fmt in ("parquet", "jsonl")}


def test_parquet_and_jsonl_tables_read_alike(runs):
    pq, js = runs["parquet"], runs["jsonl"]
    for table in ("kept", "dropped", "edits"):
        assert list(pq.rows(table)) == list(js.rows(table)) != []
        assert pq.count(table) == js.count(table) == len(list(pq.rows(table)))
        assert pq.read_columns(table, ["id", "reason"]).to_pylist() == js.read_columns(table, ["id", "reason"]).to_pylist()
    assert pq.count("kept") == 8 and pq.count("dropped") == 4


def test_projection_lookup_and_sampling(runs):
    for rd in runs.values():
        assert list(rd.rows("kept", columns=["id"]))[:2] == [{"id": "d1"}, {"id": "d2"}]
        assert rd.fetch("kept", ["d5", "d3", "nope"], columns=["text"]) == [{"text": "第篇文章<M>有个字。"}]
        assert rd.find("d3")[0] == "dropped" and rd.find("d3")[1]["reason"] == "toy.contains"
        assert rd.find("nope") is None
        assert [e["reason"] for e in rd.edits_for(["d11"])["d11"]] == ["toy.digit"] * 4 + ["toy.masked"]
        sample, total = rd.sample("kept", ["id", "url"], max_read=100, keep=3, seed="s")
        assert total == 8 and sample.num_rows == 3 and sample.column_names == ["id", "url"]
        assert rd.sample("kept", ["id"], max_read=100, keep=3, seed="s")[0].column("id") == sample.column("id")


def test_the_manifest_and_stats_are_read_as_written(runs):
    rd = runs["parquet"]
    assert list(rd.step_params()) == [(s["use"], {k: v for k, v in s.items() if k != "use"})
                                      for s in PIPELINE.to_dict()["steps"]]
    assert ("toy.drop_if_contains", {"marker": "X"}) in list(rd.step_params())
    assert rd.reasons() == ["toy.contains", "toy.digit", "toy.masked"]
    assert rd.manifest["format"] == "parquet" and rd.stats["documents_in"] == 12


def test_a_folder_that_is_not_a_run_is_refused(tmp_path):
    with pytest.raises(RunDirectoryError, match="does not exist"):
        RunDir.open(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(RunDirectoryError, match="no manifest.json"):
        RunDir.open(tmp_path / "empty")


def test_the_readme_names_every_column_the_writer_writes():
    import re
    from pathlib import Path

    from jinglian.rundir.rows import column_names

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("### The run directory", 1)[1].split("```")[1]
    for table, names in column_names().items():
        described = re.search(rf"OUT/{table}/\*\.parquet(.*?)(?=\nOUT/)", block, re.S).group(1)
        missing = [n for n in names if not re.search(rf"\b{n}\b", described)]
        assert not missing, f"README's run-directory table does not name {table}/ column(s) {missing}"
