"""Ids unique in the run and stable across runs (io.ids): files that number their records
alike are qualified by their source, never dropped; a repeat inside one file is still a
`read.duplicate_id`; the input's own id stays in `input_id`; nothing depends on shards or
workers."""
from __future__ import annotations

import json

from jinglian import LocalExecutor, Pipeline, run

from helpers import digest, outputs, write_jsonl
from toysteps import ExactDuplicates

TEXTS = ["国家统计局今天发布数据，全国粮食总产量稳定增长。", "会议强调，要坚持稳中求进工作总基调。", "专家认为，今年粮食生产形势总体向好。"]


def _inputs(tmp_path):
    src = tmp_path / "in"
    write_jsonl(src / "a.jsonl", [{"id": str(i), "text": t} for i, t in enumerate(TEXTS)])
    write_jsonl(src / "b.jsonl", [{"id": str(i), "text": t + "另一篇。"} for i, t in enumerate(TEXTS)]
                + [{"id": "0", "text": "同一文件里重复的编号仍是重复。"}, {"text": "没有编号的记录。"}])
    write_jsonl(src / "c.jsonl", [{"id": "c-1", "text": TEXTS[0]}, {"id": "c-2", "text": "独有编号的文件保留原编号。"}])
    return src


def _ids(out):
    kept, dropped, _ = outputs(out)
    return ({r["id"]: (r["input_id"], r["source"], r["locator"]) for r in kept},
            {r["id"]: (r["reason"], r["input_id"], json.loads(r["detail"])) for r in dropped})


def test_files_numbered_alike_keep_every_document_in_one_shard_or_many(tmp_path):
    src = _inputs(tmp_path)
    results = {}
    for label, shard_bytes in (("one shard", 16 * 2**20), ("many shards", 200)):
        out = tmp_path / label
        run([str(src)], out, Pipeline([]), shard_bytes=shard_bytes, report=False)
        results[label] = _ids(out)
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["ids"] == {"qualified_sources": ["in/a.jsonl", "in/b.jsonl"], "repeated_in_file": 1}
        assert manifest["shards"] == (1 if label == "one shard" else 4)
    assert results["one shard"] == results["many shards"]
    kept, dropped = results["one shard"]
    assert kept == {
        "in/a.jsonl#0": ("0", "in/a.jsonl", "1"), "in/a.jsonl#1": ("1", "in/a.jsonl", "2"),
        "in/a.jsonl#2": ("2", "in/a.jsonl", "3"),
        "in/b.jsonl#0": ("0", "in/b.jsonl", "1"), "in/b.jsonl#1": ("1", "in/b.jsonl", "2"),
        "in/b.jsonl#2": ("2", "in/b.jsonl", "3"), "in/b.jsonl:5": (None, "in/b.jsonl", "5"),
        "c-1": ("c-1", "in/c.jsonl", "1"), "c-2": ("c-2", "in/c.jsonl", "2"),  # no collision: ids unchanged
    }
    # the repeat inside b.jsonl is reported under its own id, naming the record it repeats
    assert dropped == {"in/b.jsonl:4": ("read.duplicate_id", "0", {
        "error": "id '0' appears more than once in in/b.jsonl", "first": "in/b.jsonl#0", "first_locator": "1"})}


def test_duplicate_of_names_exactly_one_document_for_any_worker_count(tmp_path):
    src = _inputs(tmp_path)
    digests = []
    for n, executor in enumerate([None, LocalExecutor(2)]):
        out = tmp_path / f"run{n}"
        run([str(src)], out, Pipeline([ExactDuplicates()]), shard_bytes=200, executor=executor, report=False)
        digests.append(digest(out))
        kept, dropped, _ = outputs(out)
        ids = [r["id"] for r in kept] + [r["id"] for r in dropped]
        assert len(ids) == len(set(ids)) == 10
        dup = next(r for r in dropped if r["reason"] == "toy.duplicate")
        # a.jsonl:1 and c.jsonl:1 hold the same text; the survivor is named by its unique id
        assert dup["id"] == "in/a.jsonl#0" and dup["duplicate_of"] == "c-1"
        assert [r["id"] for r in kept].count(dup["duplicate_of"]) == 1
    assert digests[0] == digests[1]


def test_derived_ids_when_the_id_field_is_off(tmp_path):
    from jinglian.io.base import ReadOptions

    src = _inputs(tmp_path)
    out = tmp_path / "out"
    run([str(src)], out, Pipeline([]), read_options=ReadOptions(id_field=""), report=False)
    kept, dropped = _ids(out)
    assert not dropped and len(kept) == 10 and "in/b.jsonl:4" in kept and kept["in/b.jsonl:4"][0] is None
    assert "ids" not in json.loads((out / "manifest.json").read_text(encoding="utf-8"))
