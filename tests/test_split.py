"""One big compressed JSONL file feeds every worker: it is split by record range in one
decompressing pass (io.split), and gives the same documents and decisions as the same data
in a plain file, for any --shard-mb and any worker count (byte-identical across workers)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import zstandard

from jinglian import LocalExecutor, Pipeline, run

from helpers import digest, outputs
from toysteps import CountChars, DropIfContains, ExactDuplicates, RemoveDigits

# texts repeat (exact duplicates across pieces), some are dropped, some edited; ids numbered from 0
ROWS = [{"id": str(i), "text": f"第{i % 97}段：" + "中文内容" * (i % 23 + 1) + ("澳門" if i % 31 == 0 else ""),
         "url": f"https://example.cn/{i}"} for i in range(900)]


def _pipeline() -> Pipeline:
    return Pipeline([RemoveDigits(), DropIfContains("澳門"), ExactDuplicates(), CountChars()])


def _data() -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS).encode("utf-8")


def _inputs(tmp_path: Path) -> dict[str, Path]:
    data = _data()
    paths = {"plain": tmp_path / "plain" / "crawl.jsonl", "gz": tmp_path / "gz" / "crawl.jsonl.gz",
             "zst": tmp_path / "zst" / "crawl.jsonl.zst"}
    for p in paths.values():
        p.parent.mkdir()
    paths["plain"].write_bytes(data)
    paths["gz"].write_bytes(gzip.compress(data))
    paths["zst"].write_bytes(zstandard.ZstdCompressor().compress(data))
    return paths


def _content(out: Path) -> list[list[str]]:
    """Every row of kept/, dropped/ and edits/ without the source column (it names the file)."""
    return [sorted(json.dumps({k: v for k, v in r.items() if k != "source"}, sort_keys=True, default=repr)
                   for r in rows) for rows in outputs(out)]


def test_compressed_input_is_split_and_equals_plain_input(tmp_path):
    paths = _inputs(tmp_path)
    shard_bytes = 9000
    contents, digests = {}, {}
    pool = LocalExecutor(2)  # one pool for every run
    for name, path in paths.items():
        for workers in (1, 2) if name != "plain" else (1,):
            out = tmp_path / f"{name}-{workers}"
            run([str(path)], out, _pipeline(), shard_bytes=shard_bytes, executor=pool if workers == 2 else None,
                report=False)
            manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
            assert manifest["shards"] > 5, "the compressed file must feed several shards"
            assert manifest["inputs"] == [str(path)]
            assert not (out / ".work" / "split").exists()  # the spilled pieces are removed with the work files
            contents[name, workers], digests[name, workers] = _content(out), digest(out)
    assert digests["gz", 1] == digests["gz", 2] and digests["zst", 1] == digests["zst", 2]
    pool.close()
    assert contents["plain", 1] == contents["gz", 1] == contents["zst", 1] == contents["zst", 2]
    kept, dropped, edits = contents["gz", 1]
    assert len(kept) + len(dropped) == len(ROWS) and any('"reason": "toy.duplicate"' in r for r in dropped) and edits


def test_any_shard_size_gives_the_same_documents_and_decisions(tmp_path):
    path = _inputs(tmp_path)["gz"]
    contents = []
    for shard_bytes in (5000, 23_000, 16 * 2**20):
        out = tmp_path / f"out-{shard_bytes}"
        run([str(path)], out, _pipeline(), shard_bytes=shard_bytes, report=False)
        contents.append(_content(out))
    assert contents[0] == contents[1] == contents[2]


def test_a_truncated_compressed_file_is_read_whole_and_reported(tmp_path):
    data = gzip.compress(_data())
    path = tmp_path / "in" / "cut.jsonl.gz"
    path.parent.mkdir()
    path.write_bytes(data[: len(data) * 2 // 3])
    out = tmp_path / "out"
    run([str(path)], out, Pipeline([]), shard_bytes=5000, report=False)
    kept, dropped, _ = outputs(out)
    assert [r["reason"] for r in dropped] == ["read.truncated"]
    assert len(kept) > 300 and [r["text"] for r in kept] == [r["text"] for r in ROWS[:len(kept)]]


def test_resume_of_a_split_input_gives_the_uninterrupted_output(tmp_path):
    path = _inputs(tmp_path)["zst"]
    out = tmp_path / "out"
    run([str(path)], out, Pipeline([RemoveDigits()]), shard_bytes=5000, report=False)
    before = digest(out)
    # as if the run had died before finishing two shards: their outputs and markers are gone
    for shard in ("part-00001", "part-00004"):
        (out / "kept" / f"{shard}.parquet").unlink()
        (out / "edits" / f"s0-{shard}.parquet").unlink()
        (out / ".work" / "seg0" / "done" / f"{shard}.json").unlink()
    run([str(path)], out, Pipeline([RemoveDigits()]), shard_bytes=5000, resume=True, report=False)
    assert digest(out) == before


def _warc(tmp_path: Path) -> tuple[bytes, list[bytes]]:
    from test_html_warc import PAGE, _http, _record

    records = [_record(1, "warcinfo", "", b"software: hand-written\r\n", "application/warc-fields")]
    for i in range(2, 26):
        page = PAGE.replace("测试页面的正文", f"测试页面的正文第{i}篇" + "内容" * (i % 5)).encode("utf-8")
        records.append(_record(i, "response", f"http://a.cn/{i}", _http(page)))
    return gzip.compress(b"".join(records)), [gzip.compress(r) for r in records]


def test_a_warc_gz_is_split_at_its_records_and_equals_the_whole(tmp_path):
    one_member, members = _warc(tmp_path)
    files = {"members": b"".join(members), "cut": b"".join(members)[:-40], "one-member": one_member}
    pool = LocalExecutor(2)
    for name, data in files.items():
        path = tmp_path / name / "crawl.warc.gz"
        path.parent.mkdir()
        path.write_bytes(data)
        results = []
        for shard_bytes, executor in ((16 * 2**20, None), (2000, None), (2000, pool)):
            out = tmp_path / f"out-{name}-{shard_bytes}-{executor is not None}"
            run([str(path)], out, Pipeline([]), shard_bytes=shard_bytes, executor=executor, report=False)
            shards = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["shards"]
            assert shards == 1 if shard_bytes > 2000 or name == "one-member" else shards > 4, (name, shards)
            results.append(_content(out))
        assert results[0] == results[1] == results[2], name
        kept, dropped, _ = results[0]
        assert len(kept) == (23 if name == "cut" else 24)
        assert [json.loads(r)["reason"] for r in dropped] == (["read.truncated"] if name == "cut" else [])
    pool.close()
