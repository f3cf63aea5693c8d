"""The whole run: plan the shards, decide the ids, run each segment's shard tasks on the
executor, resolve each global step between segments, merge the stats, write the manifest,
stats.json and the report.  Resumable: finished shards and resolves are skipped by marker.
"""
from __future__ import annotations

import json
import shutil
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .. import __version__
from ..errors import RunDirectoryError
from ..executors import Executor, InlineExecutor
from ..io.base import ReadOptions
from ..io.fs import display_uri
from ..io.ids import SCANNED, ScanTask, decide, scan_shard
from ..io.plan import DEFAULT_SHARD_BYTES, InputFile, Shard, list_inputs, shards_of
from ..io.writers import write_json
from ..pipeline import Pipeline, Segment
from ..rundir import Layout, RunDir
from ..stats import StepStats, merge
from .memory import release_memory
from .shard import READ_STEP, WRITE_STEP, Task, run_task

@dataclass
class RunResult:
    out: str
    steps: list[StepStats]
    seconds: float
    documents_in: int
    documents_kept: int
    documents_dropped: int
    bytes_in: int
    chars_in: int
    chars_kept: int
    resolve: dict[str, Any] = field(default_factory=dict)

    def dropped_by_reason(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in self.steps:
            for reason, n in s.dropped.items():
                out[reason] = out.get(reason, 0) + n
        return dict(sorted(out.items(), key=lambda kv: -kv[1]))


# --- the whole run ------------------------------------------------------------------------

ProgressFn = Callable[..., None]


def _prepare(rd: Layout, manifest: dict[str, Any], resume: bool, overwrite: bool) -> None:
    root, out = rd.root, rd.out
    if out.files("", recursive=True):
        if resume:
            if not out.exists(rd.manifest):
                raise RunDirectoryError(f"{root}: cannot resume: no manifest.json (not a jinglian run directory)")
            old = RunDir(root).manifest
            for key in ("pipeline_fingerprint", "inputs", "format", "shard_bytes", "read_options"):
                if old.get(key) != manifest.get(key):
                    raise RunDirectoryError(f"{root}: cannot resume: {key.replace('_', ' ')} differs from the interrupted run")
            _remove_temps(rd)
            return
        if not overwrite:
            raise RunDirectoryError(f"{root}: output directory is not empty; pass --resume to continue it or --overwrite to replace it")
    out.clear()
    shutil.rmtree(rd.work, ignore_errors=True)  # a work folder outside OUT may hold an older run's markers
    rd.work.mkdir(parents=True, exist_ok=True)


def _remove_temps(rd: Layout) -> None:
    """Delete the temporary files of tasks that died mid-write (before a retry finished them)."""
    rd.out.remove_temps()
    if rd.work.is_dir():
        for tmp in rd.work.rglob("*.tmp-*"):
            tmp.unlink(missing_ok=True)


def run(
    inputs: list[str] | str,
    out: str | Path,
    pipeline: Pipeline | None = None,
    *,
    executor: Executor | None = None,
    resume: bool = False,
    overwrite: bool = False,
    fmt: str = "parquet",
    read_options: ReadOptions | None = None,
    shard_bytes: int = DEFAULT_SHARD_BYTES,
    max_error_share: float = 0.05,
    work_dir: str | Path | None = None,
    report: bool = True,
    keep_work: bool = False,
    progress: ProgressFn | None = None,
) -> RunResult:
    """Run `pipeline` (default: the `zh-web` recipe) over `inputs` into the run directory `out`.

    `inputs` and `out` may be local paths or URIs of any filesystem pyarrow supports; see
    `rundir.layout` for `work_dir`, the scratch folder of markers and intermediate files."""
    if pipeline is None:
        from ..recipe import load_recipe

        pipeline = load_recipe("zh-web")
    for warning in pipeline.warnings():
        warnings.warn(warning, stacklevel=2)
    inputs = [inputs] if isinstance(inputs, (str, Path)) else [str(i) for i in inputs]
    executor = executor or InlineExecutor()
    read_options = read_options or ReadOptions()
    progress = progress or (lambda *a, **k: None)
    t_start = time.time()
    files, skipped = list_inputs(inputs)
    rd = Layout(out, fmt, work_dir)
    manifest = {
        "jinglian_version": __version__, "status": "running",
        "recipe": pipeline.to_dict(), "pipeline_fingerprint": pipeline.fingerprint(),
        "inputs": sorted({_input_name(f) for f in files}), "skipped_inputs": [vars_of(s) for s in skipped],
        "format": fmt, "shard_bytes": shard_bytes, "read_options": vars_of(read_options),
        "executor": {"name": executor.name, "workers": executor.workers},
    }
    _prepare(rd, manifest, resume, overwrite)
    t0 = time.time()
    shards = shards_of(files, shard_bytes, rd.work / "split")  # after _prepare: splits go to the work folder
    manifest["shards"] = len(shards)
    split_seconds = time.time() - t0
    write_json(manifest, rd.out, rd.manifest)
    segments = pipeline.segments()
    tokenizer, token_info = _token_counting(pipeline)
    token_steps = tuple(s.name for s in pipeline.steps)
    all_stats: list[list[StepStats]] = [[] for _ in shards]
    timings: dict[str, float] = {"plan": round(split_seconds, 3)}
    resolve_info: dict[str, Any] = {}
    t0 = time.time()
    ids = _decide_ids(rd, shards, read_options, executor, progress)
    if ids is not None:
        decision = json.loads(Path(ids).read_text(encoding="utf-8"))
        manifest["ids"] = {"qualified_sources": decision["qualified"],
                           "repeated_in_file": sum(len(r) for r in decision["repeats"].values())}
        timings["ids"] = round(time.time() - t0, 3)
    for seg in segments:
        t0 = time.time()
        todo = [Task(rd.root, str(rd.work), fmt, seg, sh, read_options, max_error_share, ids, tokenizer, token_steps)
                for sh in shards
                if not rd.done_marker(seg.index, sh.name).exists()]
        progress("segment", index=seg.index, total=len(shards), todo=len(todo), segments=len(segments))
        for task, _ in zip(todo, executor.map(run_task, todo)):
            progress("shard", index=seg.index, shard=task.shard.name)
        for i, sh in enumerate(shards):
            part = json.loads(rd.done_marker(seg.index, sh.name).read_text(encoding="utf-8"))
            all_stats[i].extend(StepStats.from_json(d) for d in part)
        timings[f"segment {seg.index}"] = round(time.time() - t0, 3)
        if seg.exit is not None:
            t1 = time.time()
            resolve_info[seg.exit.name] = _resolve(seg, rd, shards, executor, progress)
            timings[f"resolve {seg.exit.name}"] = round(time.time() - t1, 3)
    steps = merge(all_stats)
    result = _result(rd, steps, time.time() - t_start, sum(f.size for f in files), resolve_info)
    stats_json = _stats_json(result)
    if tokenizer:
        from ..tokens.accounting import token_summary

        parts = [json.loads(p.read_text(encoding="utf-8")) for seg in segments for sh in shards
                 if (p := rd.tokens_part(seg.index, sh.name)).exists()]
        token_summary(stats_json, parts, token_info)
    elif token_info:
        stats_json["tokens"] = token_info
    write_json(stats_json, rd.out, rd.stats)
    manifest.update(status="complete", timings=timings, seconds=round(result.seconds, 3))
    write_json(manifest, rd.out, rd.manifest)
    _remove_temps(rd)
    if not keep_work:
        shutil.rmtree(rd.work / "split", ignore_errors=True)
        for seg in segments:
            for sub in ("docs", "signatures"):
                shutil.rmtree(rd.work / f"seg{seg.index}" / sub, ignore_errors=True)
    if report:
        from ..report import build_report

        try:
            build_report(rd.root)
        except Exception as e:  # the data is complete; a broken report must not hide it
            manifest["report_error"] = f"{type(e).__name__}: {e}"
            write_json(manifest, rd.out, rd.manifest)
            warnings.warn(f"report.html could not be built ({type(e).__name__}: {e}); "
                          f"the run's data is complete; retry with `jinglian report {rd.root}`", stacklevel=2)
    progress("done")
    return result


def _decide_ids(rd: Layout, shards: list[Shard], options: ReadOptions, executor: Executor,
                progress: ProgressFn) -> str | None:
    """Scan the id fields once and decide the run's ids (see `io.ids`); the decision's path,
    or None when no input can carry ids.  A resumed run reuses the decision."""
    path = rd.work / "ids.json"
    if path.exists():
        return str(path)
    if not options.id_field or not any(p.format in SCANNED for sh in shards for p in sh.pieces):
        return None
    progress("ids", total=len(shards))
    decision = decide(executor.map(scan_shard, [ScanTask(sh.pieces, options) for sh in shards]))
    write_json(decision, rd.work_folder, rd.work_rel(path))
    return str(path)


def _token_counting(pipeline: Pipeline) -> tuple[str | None, dict[str, Any]]:
    """The tokenizer the recipe counts with, if it can be loaded here; else off, with the reason."""
    if not pipeline.tokenizer:
        return None, {}
    from ..tokens import TokenizerError, load_tokenizer

    try:
        tok = load_tokenizer(pipeline.tokenizer)
    except TokenizerError as e:
        warnings.warn(f"token counting is off: {e}", stacklevel=3)
        return None, {"counting": "off", "why": str(e)}
    return pipeline.tokenizer, {"counting": "on", **tok.describe()}


def _resolve(seg: Segment, rd: Layout, shards: list[Shard], executor: Executor, progress: ProgressFn) -> dict[str, Any]:
    marker = rd.resolved_marker(seg.index)
    if marker.exists():
        return json.loads(marker.read_text(encoding="utf-8"))
    progress("resolve", index=seg.index, step=seg.exit.name)
    paths = [str(p) for sh in shards if (p := rd.signatures(seg.index, sh.name)).exists()]
    workdir = rd.decisions(seg.index)
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    t0 = time.time()
    seg.exit.ensure_setup()
    summary = seg.exit.resolve(paths, str(workdir), executor) or {}
    release_memory()  # the resolve's arrays, before the workers' next segment
    info = {"summary": summary, "seconds": round(time.time() - t0, 3), "signature_files": len(paths)}
    write_json(info, rd.work_folder, rd.work_rel(marker))
    return info


def vars_of(obj: Any) -> dict[str, Any]:
    return {k: getattr(obj, k) for k in obj.__slots__} if hasattr(obj, "__slots__") else dict(vars(obj))


def _input_name(file: InputFile) -> str:
    return display_uri(file.fs, file.path) if file.fs else file.path


def _result(rd: Layout, steps: list[StepStats], seconds: float, bytes_in: int, resolve: dict) -> RunResult:
    read = next((s for s in steps if s.step == READ_STEP), StepStats(READ_STEP, "reader"))
    docs_in = read.docs_in
    dropped = sum(sum(s.dropped.values()) for s in steps)
    chars_kept = next((s.chars_in for s in steps if s.step == WRITE_STEP), 0)
    return RunResult(rd.root, steps, seconds, docs_in, docs_in - dropped, dropped, bytes_in, read.chars_in, chars_kept, resolve)


def _stats_json(r: RunResult) -> dict[str, Any]:
    return {
        "documents_in": r.documents_in, "documents_kept": r.documents_kept, "documents_dropped": r.documents_dropped,
        "chars_in": r.chars_in, "chars_kept": r.chars_kept, "bytes_in": r.bytes_in, "seconds": round(r.seconds, 3),
        "dropped_by_reason": r.dropped_by_reason(), "steps": [s.to_json() for s in r.steps], "resolve": r.resolve,
    }
