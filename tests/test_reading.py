"""Bad input never stops a run and is never lost: it lands in dropped/ with a reason and its raw bytes."""
from __future__ import annotations

import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard

from jinglian import Pipeline, run
from jinglian.io.plan import plan_shards

from helpers import outputs, write_jsonl

ROWS = [{"id": f"a{i}", "text": f"第{i}篇文章。" * 5, "url": f"https://example.cn/{i}", "lang": "zh"} for i in range(300)]


def _ids(rows):
    return sorted(r["id"] for r in rows)


def test_bad_records_become_drops_with_raw_bytes(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "bad.jsonl").write_bytes(
        b'{"id": "ok", "text": "\xe5\xa5\xbd"}\n'
        b"{not json\n"
        b'{"id": "notext"}\n'
        b'"a string"\n'
        b'{"id": "latin", "text": "\xff\xfe"}\n'
        b'{"id": "ok", "text": "again"}\n'
        b"\n"
    )
    (src / "gbk.txt").write_bytes("这是一段用GBK编码保存的中文文本，测试解码是否正确。".encode("gbk"))
    (src / "big5.txt").write_bytes("這是一段用Big5編碼保存的繁體中文文本，測試解碼。".encode("big5"))
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS).encode()
    gz = gzip.compress(data)
    (src / "cut.jsonl.gz").write_bytes(gz[: len(gz) // 2])
    (src / "notes.md").write_text("not an input")
    out = tmp_path / "out"
    result = run([str(src)], out, Pipeline([]), report=False)
    kept, dropped, _ = outputs(out)
    reasons = {(r["source"], r["locator"]): r["reason"] for r in dropped}
    assert reasons[("in/bad.jsonl", "2")] == "read.malformed_json"
    assert reasons[("in/bad.jsonl", "4")] == "read.malformed_json"
    assert reasons[("in/bad.jsonl", "5")] == "read.undecodable"
    assert reasons[("in/bad.jsonl", "6")] == "read.duplicate_id"
    assert reasons[("in/binary.txt", "")] == "read.undecodable"
    truncated = [r for r in dropped if r["reason"] == "read.truncated"]
    assert len(truncated) == 1 and truncated[0]["source"] == "in/cut.jsonl.gz"
    missing = next(r for r in dropped if r["reason"] == "read.missing_text")
    assert missing["id"] == "notext" and json.loads(missing["raw"]) == {"id": "notext"}
    # the raw line is kept byte for byte, so nothing is lost
    assert next(r for r in dropped if r["locator"] == "5")["raw"] == b'{"id": "latin", "text": "\xff\xfe"}'
    assert next(r for r in dropped if r["locator"] == "2")["raw"] == b"{not json"
    texts = {r["id"]: r["text"] for r in kept}
    assert texts["in/gbk.txt"].startswith("这是一段用GBK编码")
    assert texts["in/big5.txt"].startswith("這是一段用Big5編碼")
    good_gz = [i for i in texts if i.startswith("a")]
    assert 0 < len(good_gz) < len(ROWS)  # every line before the cut is kept
    assert result.documents_in == len(kept) + len(dropped)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["skipped_inputs"] == [{"path": str((src / "notes.md").absolute()), "why": "unknown file type"}]


def test_ids_from_input_or_derived_and_metadata_passes_through(tmp_path):
    rows = [{"text": "没有编号的文档", "site": "a"}, {"id": 7, "text": "数字编号", "tags": ["x"]}]
    src = write_jsonl(tmp_path / "d.jsonl", rows)
    out = tmp_path / "out"
    run([str(src)], out, Pipeline([]), report=False)
    kept, _, _ = outputs(out)
    by_id = {r["id"]: r for r in kept}
    assert set(by_id) == {"d.jsonl:1", "7"}
    assert json.loads(by_id["d.jsonl:1"]["meta"]) == {"site": "a"}
    assert json.loads(by_id["7"]["meta"]) == {"tags": ["x"]}


def test_custom_text_field_and_zstd_and_parquet(tmp_path):
    from jinglian.io.base import ReadOptions

    rows = [{"id": f"z{i}", "content": f"正文{i}"} for i in range(50)]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    pq.write_table(pa.Table.from_pylist([{"id": f"p{i}", "content": f"列式{i}"} for i in range(40)]),
                   tmp_path / "in" / "b.parquet", row_group_size=7)
    out = tmp_path / "out"
    run([str(tmp_path / "in")], out, Pipeline([]), read_options=ReadOptions(text_field="content"), report=False)
    kept, dropped, _ = outputs(out)
    assert not dropped
    assert _ids(kept) == sorted([f"z{i}" for i in range(50)] + [f"p{i}" for i in range(40)])


def test_split_shards_give_the_same_documents_as_whole_files(tmp_path):
    rows = [{"text": f"第{i}行，" + "内容" * (i % 17)} for i in range(2000)]
    src = write_jsonl(tmp_path / "big.jsonl", rows)
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "big.parquet", row_group_size=100)
    shards, _ = plan_shards([str(src), str(tmp_path / "big.parquet")], shard_bytes=4096)
    assert len(shards) > 10
    whole, split = tmp_path / "whole", tmp_path / "split"
    run([str(src), str(tmp_path / "big.parquet")], whole, Pipeline([]), report=False)
    run([str(src), str(tmp_path / "big.parquet")], split, Pipeline([]), shard_bytes=4096, report=False)
    a = {r["id"]: r["text"] for r in outputs(whole)[0]}
    b = {r["id"]: r["text"] for r in outputs(split)[0]}
    assert a == b and len(a) == 4000
    assert "big.jsonl:2000" in a and a["big.jsonl:2000"] == rows[1999]["text"]
    assert "big.parquet:1999" in a


def test_a_folder_of_symlinks_reads_the_linked_files_under_the_links_names(tmp_path):
    """Picking part of a crawl by linking its files into a folder is common: the run reads them,
    names their sources by the links, and a linked folder that contains itself is not a loop."""
    crawl = tmp_path / "crawl"
    write_jsonl(crawl / "part-0.jsonl", [{"id": "a", "text": "第一篇文章的内容。"}])
    write_jsonl(crawl / "part-1.jsonl", [{"id": "b", "text": "第二篇文章的内容。"}])
    pick = tmp_path / "pick"
    (pick / "sub").mkdir(parents=True)
    (pick / "first.jsonl").symlink_to(crawl / "part-0.jsonl")
    (pick / "sub" / "second.jsonl").symlink_to(crawl / "part-1.jsonl")
    (pick / "sub" / "loop").symlink_to(pick, target_is_directory=True)
    run([str(pick)], tmp_path / "out", Pipeline([]), report=False)
    kept, dropped, _ = outputs(tmp_path / "out")
    assert dropped == []
    assert sorted((r["id"], r["source"]) for r in kept) == [("a", "pick/first.jsonl"), ("b", "pick/sub/second.jsonl")]
