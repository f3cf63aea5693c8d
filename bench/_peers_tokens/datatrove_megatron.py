"""Runs in datatrove's venv (bench/setup_peers.sh): datatrove's MegatronDocumentTokenizer over a JSONL
of kept texts, in order, writing .bin/.idx; prints CPU and wall seconds of the tokenizer step as JSON."""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import time
from pathlib import Path


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--tokenizer", required=True)
    ap.add_argument("--eos", required=True)
    args = ap.parse_args()
    from datatrove.data import Document
    from datatrove.pipeline.tokens.megatron_tokenizer import MegatronDocumentTokenizer

    rows = [json.loads(line) for line in Path(args.texts).read_text(encoding="utf-8").split("\n") if line]
    docs = [Document(text=r["text"], id=r["id"]) for r in rows]
    shutil.rmtree(args.out, ignore_errors=True)
    step = MegatronDocumentTokenizer(output_folder=args.out, tokenizer_name_or_path=args.tokenizer, eos_token=args.eos)
    step.tokenizer  # load before timing
    c0, w0 = cpu_seconds(), time.perf_counter()
    step.run(iter(docs), rank=0, world_size=1)
    cpu, wall = cpu_seconds() - c0, time.perf_counter() - w0
    out = Path(args.out)
    bin_path, idx_path = out / "00000_tokens.bin", out / "00000_tokens.idx"
    tokens = bin_path.stat().st_size // step.token_size
    print(json.dumps({"cpu_s": cpu, "wall_s": wall, "tokens": tokens, "bin": str(bin_path), "idx": str(idx_path)}))


if __name__ == "__main__":
    main()
