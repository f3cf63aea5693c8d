"""`jinglian export RUN -o DIR`: a run's kept documents as training-ready token files.

Three phases, each shard-parallel through the executor like `run`, each resumable:

1. tokenize  one task per kept file: ids, source, quality, duplicate-cluster size and the token ids
             of every document, to DIR/.work/tokens/<stem>.parquet (published whole);
2. select    on the driver, over the small columns only: quality floor, token budget, rehydration;
3. write     one task per kept file: its documents in their kept order, each repeated as selected
             (copies side by side), to the format's files plus <stem>.index.parquet (one row per
             sequence: id, source, n_tokens, repeat, repeats); a marker DIR/.work/done/<stem>.json.

Output file stems follow the kept files (kept/part-00003.parquet -> part-00003.*), which do not
depend on the worker count, so the same run and options give the same bytes whatever the executor.
DIR/export.json records the tokenizer (name, vocabulary fingerprint), the options, the totals and
tokens per source.
"""
from __future__ import annotations

import functools
import json
import math
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import RunDirectoryError
from ..io.fs import Folder, is_remote
from ..io.writers import write_json
from ..steps.dedup.minhash import CLUSTER_SIZE_SCORE as CLUSTER_SCORE  # on dedup survivors
from . import formats
from .select import REHYDRATE_CMN_HANI, REHYDRATE_SOURCE, select

QUALITY_SCORE = "quality"
EXPORT_JSON = "export.json"


@dataclass
class ExportResult:
    out: str
    documents: int = 0
    sequences: int = 0
    tokens: int = 0
    files: list[str] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class _Shard:
    run: str
    fmt_run: str         # the run's table format (parquet or jsonl)
    rel: str             # kept/<stem>.<ext>
    stem: str
    work: str            # DIR/.work


def export(run_dir: str, out: str, tokenizer: str = "deepseek-v3", fmt: str = "megatron", *,
           executor: Any = None, min_quality: float | None = None, budget: int | None = None,
           upsample: str = "none", resume: bool = False, overwrite: bool = False) -> ExportResult:
    from ..executors import InlineExecutor
    from ..rundir import RunDir
    from ..tokens import load_tokenizer

    if fmt not in formats.FORMATS:
        raise ValueError(f"unknown export format {fmt!r} ({', '.join(formats.FORMATS)})")
    if is_remote(out):
        raise RunDirectoryError(f"{out}: export writes to a local folder (copy it to the object store after)")
    tok = load_tokenizer(tokenizer)
    if formats.appends_eod(fmt) and tok.eod_id is None:
        raise RunDirectoryError(f"tokenizer {tokenizer!r} has no end-of-document token, which the {fmt} format needs")
    rd = RunDir.open(run_dir)
    manifest = rd.manifest
    fmt_run = manifest.get("format", "parquet")
    options = {"tokenizer": tok.name, "tokenizer_spec": tokenizer, "vocabulary_fingerprint": tok.fingerprint,
               "format": fmt, "min_quality": min_quality, "budget": budget, "upsample": upsample,
               "run": str(run_dir), "run_fingerprint": manifest.get("pipeline_fingerprint")}
    root = Path(out)
    work = root / ".work"
    _prepare(root, work, options, resume, overwrite)
    executor = executor or InlineExecutor()
    t0 = time.perf_counter()

    shards = [_Shard(str(run_dir), fmt_run, rel, Path(rel).name.split(".")[0], str(work)) for rel in (f.rel for f in rd.files("kept"))]
    list(executor.map(functools.partial(_tokenize_shard, tokenizer), shards))
    t1 = time.perf_counter()

    cols = _selection_columns(shards)
    eod = 1 if formats.appends_eod(fmt) else 0
    chosen = select(cols["quality"], cols["cluster_size"], cols["n_tokens"], cols["id"], min_quality=min_quality,
                    budget=budget, upsample=upsample, per_doc_extra=eod)
    repeats_by_stem: dict[str, list[int]] = {}
    start = 0
    for shard, n in zip(shards, cols["per_shard"]):
        repeats_by_stem[shard.stem] = chosen.repeats[start:start + n].tolist()
        start += n
    write_task = functools.partial(_write_shard, tokenizer, fmt)
    results = list(executor.map(write_task, [(s, repeats_by_stem[s.stem]) for s in shards]))
    t2 = time.perf_counter()

    per_source: dict[str, int] = {}
    for r in results:
        for src, n in r["tokens_per_source"].items():
            per_source[src] = per_source.get(src, 0) + n
    summary = {
        "jinglian_export": 1,
        **options,
        "tokenizer": tok.describe(),
        "token_dtype": str(formats.token_dtype(fmt, tok.n_vocab)),
        "end_of_document_appended": bool(eod),
        "rules": {
            "min_quality": min_quality, "quality_score": QUALITY_SCORE,
            "budget_tokens": budget,
            "budget_rule": "documents from the highest quality score down (ties by id) while they fit; every "
                           "repeat and end-of-document id counted; the first that does not fit ends the fill",
            "upsample": upsample,
            **({"rehydrate_weights": {str(k): v for k, v in REHYDRATE_CMN_HANI.items()},
                "rehydrate_source": REHYDRATE_SOURCE, "cluster_size_score": CLUSTER_SCORE}
               if upsample == "rehydrate" else {}),
        },
        "totals": {
            "documents_in_run": len(cols["id"]),
            "documents_written": int((chosen.repeats > 0).sum()),
            "documents_below_quality": chosen.below_quality,
            "documents_over_budget": chosen.over_budget,
            "sequences": sum(r["sequences"] for r in results),
            "tokens": sum(r["tokens"] for r in results),
            "tokens_before_selection": int(cols["n_tokens"].sum()) + eod * len(cols["id"]),
        },
        "tokens_per_source": dict(sorted(per_source.items())),
        "files": [f for r in results for f in r["files"]],
        "seconds": {"tokenize": round(t1 - t0, 3), "write": round(t2 - t1, 3)},
    }
    write_json(summary, Folder(str(root)), EXPORT_JSON)
    shutil.rmtree(work / "tokens", ignore_errors=True)
    return ExportResult(str(root), summary["totals"]["documents_written"], summary["totals"]["sequences"],
                        summary["totals"]["tokens"], summary["files"], summary)


def _prepare(root: Path, work: Path, options: dict[str, Any], resume: bool, overwrite: bool) -> None:
    if root.exists() and any(root.iterdir()):
        if resume:
            marker = work / "options.json"
            if not marker.exists():
                raise RunDirectoryError(f"{root}: cannot resume: not an interrupted export (no .work/options.json)")
            old = json.loads(marker.read_text(encoding="utf-8"))
            for key, value in options.items():
                if old.get(key) != value:
                    raise RunDirectoryError(f"{root}: cannot resume: {key} differs from the interrupted export")
            for tmp in root.rglob("*.tmp-*"):
                tmp.unlink(missing_ok=True)
            return
        if not overwrite:
            raise RunDirectoryError(f"{root}: output directory is not empty; pass --resume to continue it or "
                                    "--overwrite to replace it")
        shutil.rmtree(root)
    (work / "tokens").mkdir(parents=True, exist_ok=True)
    (work / "done").mkdir(parents=True, exist_ok=True)
    write_json(options, Folder(str(work)), "options.json")


# --- phase 1: tokenize ---------------------------------------------------------------------

def _kept_rows(shard: _Shard, columns: list[str]) -> list[dict[str, Any]]:
    """The rows of one kept file (through the run directory's reader)."""
    from ..rundir.reader import TableFile

    return list(TableFile(Folder(shard.run), shard.rel).rows(columns))


def _score(scores: dict[str, Any], key: str, default: float) -> float:
    value = scores.get(key)
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


def _tokenize_shard(tokenizer: str, shard: _Shard) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..tokens import load_tokenizer

    path = Path(shard.work) / "tokens" / f"{shard.stem}.parquet"
    if path.exists():
        return str(path)
    tok = load_tokenizer(tokenizer)
    rows = _kept_rows(shard, ["id", "text", "source", "scores"])
    encoded = [np.asarray(tok.encode(r["text"] or ""), dtype=np.int32) for r in rows]
    scores = [json.loads(r["scores"] or "{}") for r in rows]
    lengths = np.array([len(e) for e in encoded], dtype=np.int64)
    offsets = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    values = np.concatenate(encoded) if encoded else np.zeros(0, np.int32)
    table = pa.table({
        "id": pa.array([r["id"] for r in rows], pa.string()),
        "source": pa.array([r["source"] for r in rows], pa.string()),
        "quality": pa.array([_score(s, QUALITY_SCORE, math.nan) for s in scores], pa.float64()),
        "cluster_size": pa.array([int(_score(s, CLUSTER_SCORE, 1)) for s in scores], pa.int64()),
        "n_tokens": pa.array(lengths),
        "input_ids": pa.LargeListArray.from_arrays(pa.array(offsets), pa.array(values)),
    })
    Folder(str(path.parent)).write(path.name, lambda out: pq.write_table(table, out))
    return str(path)


def _selection_columns(shards: list[_Shard]) -> dict[str, Any]:
    import pyarrow.parquet as pq

    ids: list[str] = []
    quality, cluster, n_tokens, per_shard = [], [], [], []
    for s in shards:
        t = pq.read_table(Path(s.work) / "tokens" / f"{s.stem}.parquet",
                          columns=["id", "quality", "cluster_size", "n_tokens"])
        ids.extend(t.column("id").to_pylist())
        quality.append(t.column("quality").to_numpy(zero_copy_only=False))
        cluster.append(t.column("cluster_size").to_numpy())
        n_tokens.append(t.column("n_tokens").to_numpy())
        per_shard.append(t.num_rows)
    cat = (lambda parts, dt: np.concatenate(parts).astype(dt) if parts else np.zeros(0, dt))
    return {"id": ids, "quality": cat(quality, np.float64), "cluster_size": cat(cluster, np.int64),
            "n_tokens": cat(n_tokens, np.int64), "per_shard": per_shard}


# --- phase 3: write ------------------------------------------------------------------------

def _write_shard(tokenizer: str, fmt: str, item: tuple[_Shard, list[int]]) -> dict[str, Any]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..tokens import load_tokenizer

    shard, repeats = item
    done = Path(shard.work) / "done" / f"{shard.stem}.json"
    if done.exists():
        return json.loads(done.read_text(encoding="utf-8"))
    tok = load_tokenizer(tokenizer)
    t = pq.read_table(Path(shard.work) / "tokens" / f"{shard.stem}.parquet")
    ids, sources = t.column("id").to_pylist(), t.column("source").to_pylist()
    col = t.column("input_ids").combine_chunks()
    offsets = col.offsets.to_numpy()
    values = col.values.to_numpy()
    eod = np.array([tok.eod_id], dtype=np.int32) if formats.appends_eod(fmt) else None
    seq_ids: list[str] = []
    sequences: list[np.ndarray] = []
    index = {"id": [], "source": [], "n_tokens": [], "repeat": [], "repeats": []}
    per_source: dict[str, int] = {}
    for i, k in enumerate(repeats):
        if k <= 0:
            continue
        seq = values[offsets[i]:offsets[i + 1]]
        if eod is not None:
            seq = np.concatenate([seq, eod])
        for copy in range(1, k + 1):
            seq_ids.append(ids[i])
            sequences.append(seq)
            index["id"].append(ids[i])
            index["source"].append(sources[i])
            index["n_tokens"].append(len(seq))
            index["repeat"].append(copy)
            index["repeats"].append(k)
        per_source[sources[i] or ""] = per_source.get(sources[i] or "", 0) + k * len(seq)
    root = Folder(str(Path(shard.work).parent))
    dtype = formats.token_dtype(fmt, tok.n_vocab)
    formats.write(fmt, root, shard.stem, seq_ids, sequences, dtype, tok.name)
    table = pa.table({"id": pa.array(index["id"], pa.string()), "source": pa.array(index["source"], pa.string()),
                      "n_tokens": pa.array(index["n_tokens"], pa.int64()),
                      "repeat": pa.array(index["repeat"], pa.int32()), "repeats": pa.array(index["repeats"], pa.int32())})
    root.write(f"{shard.stem}.index.parquet", lambda out: pq.write_table(table, out, compression="zstd"))
    result = {"stem": shard.stem, "sequences": len(sequences), "tokens": int(sum(index["n_tokens"])),
              "tokens_per_source": per_source,
              "files": [*formats.output_files(fmt, shard.stem), f"{shard.stem}.index.parquet"]}
    write_json(result, Folder(str(done.parent)), done.name)
    return result
