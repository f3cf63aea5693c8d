"""`jinglian export`: the bytes trainers read, parsed here independently of our writer."""
from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pyarrow.parquet as pq
import pytest

pytest.importorskip("tiktoken", reason="the tokens extra is installed by make")

from jinglian import Pipeline, run
from jinglian.cli import main
from jinglian.document import Document
from jinglian.executors import LocalExecutor
from jinglian.export import REHYDRATE_CMN_HANI, export, rehydrate_weight
from jinglian.export.select import select
from jinglian.recipe import load_recipe
from jinglian.step import Annotator
from jinglian.tokens import load_tokenizer

from helpers import write_jsonl

ARTICLE = ("国家统计局今天发布数据显示，十月份全国居民消费价格同比上涨零点二个百分点，其中城市上涨零点三个百分点，"
           "农村持平。食品价格下降一点二个百分点，非食品价格上涨零点六个百分点。")
TEXTS = {
    "a": ARTICLE,
    "b": "深度求索发布新模型，网页里恰好写着<think>和<｜end▁of▁sentence｜>这些字样。\n第二段 with English 123456.",
    "c": "小说连载第三章：他推开门，看见院子里的桂花开了，香气一直飘到巷子口。" * 3,
    "d": "短文。",
}


@dataclass
class QualityFromMeta(Annotator):
    """Test stand-in for quality.score: the quality written in the input."""

    name: ClassVar[str] = "test.quality_from_meta"
    reasons: ClassVar[dict[str, str]] = {}

    def annotate(self, doc: Document) -> dict[str, Any]:
        return {"quality": doc.meta["q"]} if "q" in doc.meta else {}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("export")
    quality = {"a": 0.9, "b": 0.5, "c": 0.7, "d": 0.2}
    rows = [{"id": k, "text": t, "q": quality[k]} for k, t in TEXTS.items()]
    src = write_jsonl(tmp / "in" / "docs.jsonl", rows)
    run([str(src)], tmp / "run", Pipeline([QualityFromMeta()]), report=False)
    return tmp / "run"


def parse_megatron(stem: Path) -> dict[str, Any]:
    """Megatron-LM's _IndexReader layout, read field by field."""
    idx = stem.with_suffix(".idx").read_bytes()
    assert idx[:9] == b"MMIDIDX\x00\x00"
    version, = struct.unpack_from("<Q", idx, 9)
    code, = struct.unpack_from("<B", idx, 17)
    n_seq, n_doc = struct.unpack_from("<QQ", idx, 18)
    pos = 34
    lengths = np.frombuffer(idx, np.int32, n_seq, pos)
    pos += 4 * n_seq
    pointers = np.frombuffer(idx, np.int64, n_seq, pos)
    pos += 8 * n_seq
    docs = np.frombuffer(idx, np.int64, n_doc, pos)
    pos += 8 * n_doc
    assert pos == len(idx)  # nothing after the document index
    dtype = {4: np.int32, 8: np.uint16}[code]
    data = np.frombuffer(stem.with_suffix(".bin").read_bytes(), dtype)
    itemsize = np.dtype(dtype).itemsize
    seqs = [data[p // itemsize:p // itemsize + n].tolist() for p, n in zip(pointers.tolist(), lengths.tolist())]
    return {"version": version, "code": code, "lengths": lengths.tolist(), "pointers": pointers.tolist(),
            "documents": docs.tolist(), "sequences": seqs, "bin_items": len(data)}


def test_megatron_header_dtype_sizes_pointers_and_document_index(run_dir, tmp_path):
    result = export(str(run_dir), str(tmp_path / "out"), "deepseek-v3", "megatron")
    tok = load_tokenizer("deepseek-v3")
    m = parse_megatron(tmp_path / "out" / "part-00000")
    expected = [tok.encode(TEXTS[k]) + [tok.eod_id] for k in "abcd"]
    assert m["version"] == 1
    assert m["code"] == 4                                   # int32: 129,280 ids do not fit uint16
    assert m["sequences"] == expected                      # every document, end-of-document id appended
    assert m["lengths"] == [len(e) for e in expected]
    assert m["pointers"] == [4 * sum(map(len, expected[:i])) for i in range(4)]
    assert m["documents"] == [0, 1, 2, 3, 4]
    assert m["bin_items"] == sum(map(len, expected))
    assert result.tokens == sum(map(len, expected)) and result.sequences == 4
    index = pq.read_table(tmp_path / "out" / "part-00000.index.parquet").to_pylist()
    assert [(r["id"], r["n_tokens"], r["repeat"], r["repeats"]) for r in index] == \
        [(k, len(e), 1, 1) for k, e in zip("abcd", expected)]
    summary = json.loads((tmp_path / "out" / "export.json").read_text())
    assert summary["tokenizer"]["name"] == "deepseek-v3" and summary["tokenizer"]["fingerprint"] == tok.fingerprint
    assert summary["totals"]["tokens"] == result.tokens
    assert sum(summary["tokens_per_source"].values()) == result.tokens
    # the special-token strings in document b are text, not control ids: neither string's own id
    # (<think>, the end-of-sentence id the trainer splits documents on) occurs before the appended EOD
    body = m["sequences"][1][:-1]
    think, eos = tok.specials["<think>"], tok.specials["<｜end▁of▁sentence｜>"]
    assert eos == tok.eod_id and think not in body and eos not in body
    assert set(tok.specials.values()).isdisjoint(body)
    assert tok.decode(body) == TEXTS["b"]                  # and the text survives whole


def test_nanotron_and_parquet_layouts(run_dir, tmp_path):
    tok = load_tokenizer("deepseek-v3")
    plain = [tok.encode(TEXTS[k]) for k in "abcd"]
    export(str(run_dir), str(tmp_path / "ds"), "deepseek-v3", "nanotron")
    tokens = np.frombuffer((tmp_path / "ds" / "part-00000.ds").read_bytes(), "<u4").tolist()
    ends = np.frombuffer((tmp_path / "ds" / "part-00000.ds.index").read_bytes(), "<u8").tolist()
    assert tokens == [i for p in plain for i in p + [tok.eod_id]]
    assert ends == np.cumsum([len(p) + 1 for p in plain]).tolist()
    assert (tmp_path / "ds" / "part-00000.ds.metadata").read_text().split("\n") == ["deepseek-v3|4", str(len(tokens))]

    export(str(run_dir), str(tmp_path / "pq"), "deepseek-v3", "parquet")
    rows = pq.read_table(tmp_path / "pq" / "part-00000.parquet").to_pylist()
    assert [(r["id"], r["input_ids"], r["n_tokens"]) for r in rows] == [(k, p, len(p)) for k, p in zip("abcd", plain)]


def test_uint16_when_the_vocabulary_is_small(run_dir, tmp_path):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    hf = Tokenizer(models.BPE())
    hf.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    hf.decoder = decoders.ByteLevel()
    hf.train_from_iterator(list(TEXTS.values()), trainers.BpeTrainer(
        vocab_size=400, special_tokens=["<|endoftext|>"], show_progress=False,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    path = tmp_path / "tok" / "tokenizer.json"
    path.parent.mkdir()
    hf.save(str(path))
    export(str(run_dir), str(tmp_path / "out"), str(path), "megatron")
    m = parse_megatron(tmp_path / "out" / "part-00000")
    eod = hf.token_to_id("<|endoftext|>")
    assert m["code"] == 8
    assert m["sequences"] == [hf.encode(TEXTS[k]).ids + [eod] for k in "abcd"]
    assert m["pointers"][1] == 2 * m["lengths"][0]


def test_min_quality_and_budget_fill_from_the_highest_quality_down(run_dir, tmp_path):
    tok = load_tokenizer("deepseek-v3")
    cost = {k: len(tok.encode(t)) + 1 for k, t in TEXTS.items()}
    budget = cost["a"] + cost["c"] + cost["b"] - 1     # a (0.9) and c (0.7) fit, b (0.5) does not
    result = export(str(run_dir), str(tmp_path / "out"), "deepseek-v3", "megatron", budget=budget)
    ids = [r["id"] for r in pq.read_table(tmp_path / "out" / "part-00000.index.parquet").to_pylist()]
    assert ids == ["a", "c"]                               # kept order in the file, quality decides who
    assert result.tokens == cost["a"] + cost["c"] <= budget
    assert result.summary["totals"]["documents_over_budget"] == 2

    result = export(str(run_dir), str(tmp_path / "q"), "deepseek-v3", "parquet", min_quality=0.6)
    assert [r["id"] for r in pq.read_table(tmp_path / "q" / "part-00000.parquet").to_pylist()] == ["a", "c"]
    assert result.summary["totals"]["documents_below_quality"] == 2


def test_select_budget_counts_repeats_and_missing_quality_comes_last():
    quality = np.array([0.5, np.nan, 0.9, 0.9])
    n_tokens = np.array([10, 10, 10, 30])
    ids = ["x", "y", "z", "w"]
    sizes = np.array([1, 1, 3, 1])   # z survives a cluster of 3: rehydrated 4 times
    chosen = select(quality, sizes, n_tokens, ids, budget=44 + 31, upsample="rehydrate")
    assert chosen.repeats.tolist() == [0, 0, 4, 1] and chosen.tokens == 75
    chosen = select(quality, sizes, n_tokens, ids, budget=1000)
    assert chosen.repeats.tolist() == [1, 1, 1, 1]
    chosen = select(quality, sizes, n_tokens, ids, min_quality=0.5)
    assert chosen.repeats.tolist() == [1, 0, 1, 1] and chosen.below_quality == 1
    chosen = select(quality, sizes, n_tokens, ids, budget=5)   # nothing fits: nothing written
    assert chosen.repeats.tolist() == [0, 0, 0, 0] and chosen.tokens == 0


def test_rehydrate_weights_follow_fineweb2_cmn_hani_table():
    assert [rehydrate_weight(n) for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 59, 60, 10_000)] == \
        [1, 4, 4, 6, 6, 7, 8, 8, 9, 9, 8, 2, 1, 1]
    assert REHYDRATE_CMN_HANI[1] == 1 and max(REHYDRATE_CMN_HANI.values()) == 9


def test_dedup_survivor_records_its_cluster_size_and_rehydrate_repeats_it(tmp_path):
    copies = [{"id": f"copy{i}", "text": ARTICLE + "\n" + ARTICLE} for i in range(3)]
    other = {"id": "other", "text": TEXTS["c"] + "\n" + TEXTS["c"]}
    src = write_jsonl(tmp_path / "in.jsonl", [*copies, other])
    run([str(src)], tmp_path / "run", load_recipe("dedup-only"), report=False)
    kept = {r["id"]: json.loads(r["scores"]) for r in pq.read_table(tmp_path / "run" / "kept").to_pylist()}
    assert set(kept) == {"copy0", "other"}
    assert kept["copy0"]["minhash_cluster_size"] == 3 and "minhash_cluster_size" not in kept["other"]

    result = export(str(tmp_path / "run"), str(tmp_path / "out"), "deepseek-v3", "megatron", upsample="rehydrate")
    index = pq.read_table(tmp_path / "out" / "part-00000.index.parquet").to_pylist()
    assert [(r["id"], r["repeat"], r["repeats"]) for r in index] == \
        [("copy0", 1, 4), ("copy0", 2, 4), ("copy0", 3, 4), ("copy0", 4, 4), ("other", 1, 1)]
    m = parse_megatron(tmp_path / "out" / "part-00000")
    assert m["sequences"][0] == m["sequences"][3] and m["documents"] == [0, 1, 2, 3, 4, 5]
    assert result.summary["rules"]["rehydrate_weights"]["2"] == 4


def test_same_bytes_with_workers_and_after_resume(run_dir, tmp_path):
    def digest(folder: Path) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(folder.glob("part-*"))}

    export(str(run_dir), str(tmp_path / "inline"), "deepseek-v3", "megatron", upsample="rehydrate")
    executor = LocalExecutor(2)
    try:
        export(str(run_dir), str(tmp_path / "pool"), "deepseek-v3", "megatron", upsample="rehydrate", executor=executor)
    finally:
        executor.close()
    assert digest(tmp_path / "inline") == digest(tmp_path / "pool") != {}

    # an interrupted export: one shard's outputs and marker gone
    for p in (tmp_path / "pool").glob("part-00000*"):
        p.unlink()
    (tmp_path / "pool" / ".work" / "done" / "part-00000.json").unlink()
    export(str(run_dir), str(tmp_path / "pool"), "deepseek-v3", "megatron", upsample="rehydrate", resume=True)
    assert digest(tmp_path / "inline") == digest(tmp_path / "pool")


def test_cli_errors_name_the_problem_without_a_traceback(run_dir, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["export", str(run_dir), "-o", str(out), "--format", "parquet", "--budget", "1k"]) == 0
    assert "tokens (deepseek-v3, parquet)" in capsys.readouterr().out
    assert main(["export", str(run_dir), "-o", str(out)]) == 2
    assert "not empty" in capsys.readouterr().err
    assert main(["export", str(run_dir), "-o", str(out), "--resume", "--format", "megatron"]) == 2
    assert "format differs" in capsys.readouterr().err
    assert main(["export", str(tmp_path), "-o", str(tmp_path / "x")]) == 2
    assert "not a jinglian run directory" in capsys.readouterr().err
    assert main(["export", str(run_dir), "-o", str(tmp_path / "y"), "--tokenizer", "gpt-9"]) == 2
    assert "gpt-9" in capsys.readouterr().err
