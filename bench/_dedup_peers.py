"""Peer dedup pipelines for bench/dedup.py, each run *inside its own venv* (bench/.envs/<peer>).

    python _dedup_peers.py datatrove  --input DOCS_DIR --work DIR --workers N [--lang zho_Hani]
    python _dedup_peers.py textdedup  --input DOCS_DIR --work DIR --workers N
    python _dedup_peers.py rensa      --input DOCS_DIR --work DIR --workers N

Input: DOCS_DIR/*.jsonl rows {"id", "text"}.  Every peer ends by writing WORK/groups.jsonl:
one row {"id", "group"} per document its pipeline put in a duplicate cluster (groups of one are
left out).  Only the standard library and the peer's own packages are imported here, never
jinglian.  Every peer uses 128 hash values: datatrove 16 buckets x 8, text-dedup num_perm=128,
rensa num_perm=128 (32 bands x 4).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def write_groups(work: Path, groups: dict[str, object]) -> None:
    sizes: dict[object, int] = {}
    for g in groups.values():
        sizes[g] = sizes.get(g, 0) + 1
    with open(work / "groups.jsonl", "w", encoding="utf-8") as f:
        for doc_id, g in groups.items():
            if sizes[g] > 1:
                f.write(json.dumps({"id": doc_id, "group": str(g)}) + "\n")


def run_datatrove(a: argparse.Namespace) -> None:
    """All four stages of datatrove's MinHash dedup, as in its examples/minhash_deduplication.py."""
    from datatrove.executor.local import LocalPipelineExecutor
    from datatrove.pipeline.dedup.minhash import (MinhashConfig, MinhashDedupBuckets, MinhashDedupCluster,
                                                  MinhashDedupFilter, MinhashDedupSignature)
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers.jsonl import JsonlWriter
    from datatrove.utils.hashing import HashConfig

    work = Path(a.work)
    cfg = MinhashConfig(hash_config=HashConfig(precision=64), num_buckets=16, hashes_per_bucket=8, n_grams=5)
    files = sorted(Path(a.input).glob("*.jsonl"))
    tasks = len(files)

    def reader():
        return JsonlReader(a.input, glob_pattern="*.jsonl")

    common = dict(workers=a.workers, skip_completed=False)
    LocalPipelineExecutor(pipeline=[reader(), MinhashDedupSignature(output_folder=str(work / "sigs"), config=cfg,
                                                                    language=a.lang)],
                          tasks=tasks, logging_dir=str(work / "logs/1"), **common).run()
    LocalPipelineExecutor(pipeline=[MinhashDedupBuckets(input_folder=str(work / "sigs"), output_folder=str(work / "buckets"),
                                                        config=cfg)],
                          tasks=cfg.num_buckets, logging_dir=str(work / "logs/2"), **common).run()
    LocalPipelineExecutor(pipeline=[MinhashDedupCluster(input_folder=str(work / "buckets"), output_folder=str(work / "remove"),
                                                        config=cfg, save_cluster_id=True)],
                          tasks=1, logging_dir=str(work / "logs/3"), workers=1, skip_completed=False).run()
    LocalPipelineExecutor(pipeline=[reader(),
                                    MinhashDedupFilter(input_folder=str(work / "remove"), load_cluster_ids=True,
                                                       exclusion_writer=JsonlWriter(str(work / "removed"), compression=None)),
                                    JsonlWriter(str(work / "kept"), compression=None)],
                          tasks=tasks, logging_dir=str(work / "logs/4"), **common).run()
    groups: dict[str, object] = {}
    for sub in ("kept", "removed"):
        for p in sorted((work / sub).glob("*.jsonl")):
            for line in open(p, encoding="utf-8"):
                row = json.loads(line)
                cid = row.get("metadata", {}).get("minhash_cluster_id", -1)
                if cid is not None and cid >= 0:
                    groups[row["id"]] = cid
    write_groups(work, groups)


def run_textdedup(a: argparse.Namespace) -> None:
    """text-dedup's MinHash (text_dedup.minhash.main) with its false-positive check on."""
    from datasets import load_from_disk
    from text_dedup.config.base import load_config_from_toml
    from text_dedup.minhash import main

    work = Path(a.work)
    files = [str(p) for p in sorted(Path(a.input).glob("*.jsonl"))]
    out = work / "out"
    toml = f"""
[input]
input_type = "local_files"
file_type = "json"
[input.read_arguments]
path = "json"
data_files = {json.dumps(files)}
split = "train"

[algorithm]
algorithm_name = "minhash"
text_column = "text"
num_perm = 128
threshold = 0.5
ngram_size = 5
check_false_positive = true
num_proc = {a.workers}
seed = 42

[output]
output_dir = "{out}"
skip_filtering = true
keep_index_column = true
keep_cluster_column = true

[debug]
enable_profiling = false
"""
    (work / "config.toml").write_text(toml, encoding="utf-8")
    os.environ.setdefault("HF_DATASETS_CACHE", str(work / "hf-cache"))
    main(load_config_from_toml(work / "config.toml"))
    ds = load_from_disk(str(out))
    groups = {doc_id: cluster for doc_id, cluster in zip(ds["id"], ds["__CLUSTER__"])}
    write_groups(work, groups)


def _rensa_signatures(path: str) -> list:
    import opencc
    from rensa import RMinHash

    conv = opencc.OpenCC("t2s")
    out = []
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        text = conv.convert(row["text"])
        m = RMinHash(num_perm=128, seed=42)
        m.update([text[i:i + 5] for i in range(max(1, len(text) - 4))])
        out.append((row["id"], m))  # RMinHash pickles
    return out


def run_rensa(a: argparse.Namespace) -> None:
    """A plain baseline: OpenCC t2s, character 5-grams, rensa MinHash + LSH, no verification."""
    from multiprocessing import Pool

    from rensa import RMinHashLSH

    work = Path(a.work)
    files = [str(p) for p in sorted(Path(a.input).glob("*.jsonl"))]
    with Pool(a.workers) as pool:
        sigs = [s for part in pool.map(_rensa_signatures, files) for s in part]
    lsh = RMinHashLSH(threshold=0.5, num_perm=128, num_bands=32)
    parent = list(range(len(sigs)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    minhashes = [m for _, m in sigs]
    for k, m in enumerate(minhashes):
        lsh.insert(k, m)
    for k, m in enumerate(minhashes):
        for other in lsh.query(m):
            ra, rb = find(k), find(other)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    write_groups(work, {sigs[k][0]: find(k) for k in range(len(sigs))})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("peer", choices=["datatrove", "textdedup", "rensa"])
    ap.add_argument("--input", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--lang", default="zho_Hani", help="datatrove word tokenizer language")
    a = ap.parse_args()
    Path(a.work).mkdir(parents=True, exist_ok=True)
    {"datatrove": run_datatrove, "textdedup": run_textdedup, "rensa": run_rensa}[a.peer](a)


if __name__ == "__main__":
    sys.exit(main())
