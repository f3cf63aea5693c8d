"""The only code that iterates over documents.

It routes every document to exactly one place (kept or dropped), applies the spans
editors ask for and records what they removed, counts everything per step, isolates
per-document exceptions, and writes each shard atomically followed by a completion
marker.  Steps cannot bypass it: they only return verdicts.
"""
from __future__ import annotations

import json
import os
import shutil
import time
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Iterator, Mapping

import numpy as np

from . import __version__
from .document import Document, Drop, Edit, Normalization, Removal, Span, remove_spans
from .errors import RunDirectoryError, ShardFailed, StepError
from .executors import Executor, InlineExecutor
from .io.base import READ_REASONS, RawPage, ReadFailure, ReadOptions
from .io.formats import reader_for
from .io.fs import display_uri
from .io.plan import DEFAULT_SHARD_BYTES, InputFile, Shard, list_inputs, shards_of
from .io.ids import SCANNED, IdRule, ScanTask, decide, scan_shard
from .rundir import Layout, RunDir
from .io.writers import SURROGATES, RowWriter, encodable, escape_surrogate, utf8_ok, write_json
from .rundir.rows import (CARRY_SCHEMA, DROPPED_SCHEMA, EDITS_SCHEMA, KEPT_SCHEMA, carry_row, doc_from_carry,
                          dropped_row, dumps, edit_rows, failure_row, kept_row, page_drop_row)
from .pipeline import Pipeline, Segment
from .stats import StepStats, merge
from .step import PAGE_STEPS, Annotator, Editor, Extractor, Filter, GlobalStep, Normalizer, PageFilter, Step

READ_STEP = "read"
UNENCODABLE = "read.unencodable"
WRITE_STEP = "write"


@dataclass(frozen=True)
class Task:
    """Everything one worker needs for one shard of one segment.  Small and picklable."""

    out: str
    work: str
    fmt: str
    segment: Segment
    shard: Shard
    read_options: ReadOptions
    max_error_share: float
    ids: str | None = None  # the id decision of the run (io.ids), a file in the work folder
    tokenizer: str | None = None          # count tokens (jinglian.tokens) as documents leave; None: off
    token_steps: tuple[str, ...] = ()     # every step name of the pipeline, in order


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


# --- applying one step to one document -----------------------------------------------

def _check_reason(step: Step, reason: str) -> None:
    if reason not in step.reasons and reason != step.error_reason:
        raise StepError(f"step {step.name} returned undeclared reason {reason!r} (declared: {', '.join(step.reasons)})")


def _as_drop(step: Step, verdict: Drop | str | None) -> Drop | None:
    if verdict is None:
        return None
    drop = Drop(verdict) if isinstance(verdict, str) else verdict
    if not isinstance(drop, Drop):
        raise StepError(f"step {step.name} returned {type(verdict).__name__}; expected Drop, a reason string or None")
    _check_reason(step, drop.reason)
    return drop


def _apply_spans(step: Step, doc: Document, spans: list[Span] | None, st: StepStats) -> None:
    if not spans:
        return
    n = len(doc.text)
    for s in spans:
        if not isinstance(s, Span):
            raise StepError(f"step {step.name} returned {type(s).__name__} among its spans; expected Span")
        if not 0 <= s.start <= s.end <= n:
            raise StepError(f"step {step.name} returned span [{s.start}, {s.end}) outside a text of {n} characters")
        _check_reason(step, s.reason)
    new_text, removals = remove_spans(doc.text, spans)
    if not removals:
        return
    doc.edits.append(Edit(step.name, removals))
    doc.text = new_text
    for r in removals:
        st.edited[r.reason] += 1
        st.chars_removed[r.reason] += (r.end - r.start) - len(r.replacement)


def _changed_chars(old: str, new: str) -> int:
    """Characters a normalizer changed: mismatches when the length is kept, otherwise the
    size of the differing middle (vectorised: this runs on every normalized document)."""
    a = np.frombuffer(old.encode("utf-32-le"), dtype=np.uint32)
    b = np.frombuffer(new.encode("utf-32-le"), dtype=np.uint32)
    if len(a) == len(b):
        return int(np.count_nonzero(a != b))
    m = min(len(a), len(b))
    head = a[:m] != b[:m]
    prefix = int(head.argmax()) if head.any() else m
    tail = a[len(a) - m:][::-1] != b[len(b) - m:][::-1]
    suffix = min(int(tail.argmax()) if tail.any() else m, m - prefix)
    return max(len(a), len(b)) - prefix - suffix


def _error_drop(step: Step, e: Exception) -> Drop:
    """A step raised on one document: drop it as `<step>.error` with the traceback."""
    return Drop(step.error_reason, {"error": f"{type(e).__name__}: {e}", "traceback": traceback.format_exc(limit=8)})


def annotate(step: Annotator, doc: Document) -> None:
    """Store an annotator's scores, stamped with the revision of the text they describe."""
    scores = step.annotate(doc)
    if scores:
        doc.scores.update(scores)
    doc.score_revisions[step.name] = doc.revision


def refresh_scores(step: Step, doc: Document, annotators: Mapping[str, Annotator]) -> None:
    """Recompute the scores `step` reads if the text changed since they were stored."""
    for name in step.reads_scores:
        if not doc.scores_current(name) and name in annotators:
            annotators[name].ensure_setup()
            annotate(annotators[name], doc)


def apply_step(step: Step, doc: Document, st: StepStats, decisions: Any = None,
               annotators: Mapping[str, Annotator] = MappingProxyType({})) -> Drop | None:
    """Run one step on one document, in place; return a drop verdict or None.

    `annotators` (name -> step) recompute the stale scores the step reads (`refresh_scores`)."""
    st.docs_in += 1
    st.chars_in += len(doc.text)
    t0 = time.perf_counter()
    verdict: Drop | None = None
    try:
        refresh_scores(step, doc, annotators)
        if isinstance(step, GlobalStep):
            result = step.decide(doc, decisions)
            if isinstance(result, list):
                _apply_spans(step, doc, result, st)
            else:
                verdict = _as_drop(step, result)
        elif isinstance(step, Filter):
            verdict = _as_drop(step, step.filter(doc))
        elif isinstance(step, Editor):
            _apply_spans(step, doc, step.edit(doc), st)
        elif isinstance(step, Normalizer):
            new = step.normalize(doc.text)
            if not isinstance(new, str):
                raise StepError(f"normalizer {step.name} returned {type(new).__name__}; expected str")
            if new != doc.text:
                changed = _changed_chars(doc.text, new)
                doc.normalizations.append(Normalization(step.name, step.version, changed))
                st.normalized_chars += changed
                doc.text = new
        elif isinstance(step, Annotator):
            annotate(step, doc)
        else:
            raise StepError(f"{type(step).__name__} is not a step kind the runner knows")
    except StepError:
        raise
    except Exception as e:
        verdict = _error_drop(step, e)
    st.seconds += time.perf_counter() - t0
    if verdict is None:
        st.docs_out += 1
    else:
        st.dropped[verdict.reason] += 1
        if getattr(step, "count_sites", False):
            st.sites[str((verdict.detail or {}).get("site"))] += 1
        st.chars_removed[verdict.reason] += len(doc.text)
    return verdict


# --- web records: page filters, then the extractor ------------------------------------

def apply_page_steps(steps: tuple[Step, ...], page: RawPage, stats: list[StepStats]) -> Document | dict[str, Any]:
    """Run the page filters, then the extractor, on one web record: its document or its drop row."""
    for step, st in zip(steps, stats):
        st.docs_in += 1
        t0 = time.perf_counter()
        try:
            if isinstance(step, PageFilter):
                result = _as_drop(step, step.filter_page(page))
            else:
                result = step.extract(page)
                if not isinstance(result, Document):
                    result = _as_drop(step, result)
                    if result is None:
                        raise StepError(f"extractor {step.name} returned None; expected a Document or a Drop")
        except StepError:
            raise
        except Exception as e:
            result = _error_drop(step, e)
        st.seconds += time.perf_counter() - t0
        if isinstance(result, Drop):
            st.dropped[result.reason] += 1
            return page_drop_row(page, step.name, result, keep_raw=isinstance(step, Extractor))
        st.docs_out += 1
        if isinstance(result, Document):
            st.chars_in += len(result.text)
            return result
    raise StepError("the page steps end without an extractor")


# --- one shard of one segment ---------------------------------------------------------

_DECISIONS: dict[tuple[str, int, str | None], Any] = {}


def _decisions(step: GlobalStep, rd: Layout, seg: int, shard: str) -> Any:
    """The step's decisions for this shard's documents; a worker keeps one set at a time (the
    whole corpus's for a step whose decisions are small, else the shard's own part)."""
    marker = rd.resolved_marker(seg)
    part = shard if step.decisions_per_shard else None
    key = (str(marker), marker.stat().st_mtime_ns, part)
    if key not in _DECISIONS:
        _DECISIONS.clear()
        workdir = str(rd.decisions(seg))
        _DECISIONS[key] = step.load(workdir, part) if part is not None else step.load(workdir)
    return _DECISIONS[key]


_ID_RULES: dict[tuple[str, int], IdRule] = {}


def _id_rule(path: str | None) -> IdRule:
    if path is None:
        return IdRule(None)
    key = (path, Path(path).stat().st_mtime_ns)
    if key not in _ID_RULES:
        _ID_RULES.clear()
        _ID_RULES[key] = IdRule.load(path)
    return _ID_RULES[key]


def _read_shard(task: Task, read_stats: StepStats) -> Iterator[Document | RawPage | tuple[ReadFailure, str]]:
    rule = _id_rule(task.ids)
    seen: set[str] = set()  # the last guard, for ids from formats io.ids does not scan (WARC record ids)
    for piece in task.shard.pieces:
        for item in reader_for(piece.format)(piece, task.read_options):
            read_stats.docs_in += 1
            item = rule.apply(item, piece)
            if isinstance(item, (Document, RawPage)) and item.id in seen:
                raw = item.data if isinstance(item, RawPage) else \
                    dumps({"text": item.text, "url": item.url, "meta": item.meta}).encode("utf-8", "surrogatepass")
                item = ReadFailure(item.id, item.locator, "read.duplicate_id",
                                   {"error": f"id {item.id!r} appears more than once in {piece.rel}"}, raw, item.url,
                                   getattr(item, "input_id", None))
            if isinstance(item, ReadFailure):
                if item.reason not in READ_REASONS:
                    raise StepError(f"reader {piece.format} returned undeclared reason {item.reason!r}")
                read_stats.dropped[item.reason] += 1
                yield item, piece.rel
                continue
            seen.add(item.id)
            read_stats.docs_out += 1
            if isinstance(item, Document):
                clean_strings(item, read_stats)
                read_stats.chars_in += len(item.text)
            yield item


def clean_strings(doc: Document, st: StepStats) -> None:
    """Remove the code points no UTF-8 file can hold (lone surrogates: valid JSON such as
    "\\ud800", an emoji cut in half) from the text, as an edit of the read step with reason
    `read.unencodable`, so that no input string can stop a run.  The removal's text holds the
    `\\uXXXX` escape of what was removed (the code point itself cannot be stored).  Other
    strings (id, url, meta, source) keep such code points as `\\uXXXX` escapes (`encodable`)."""
    if not utf8_ok(doc.text):
        removals = tuple(Removal(m.start(), m.end(), UNENCODABLE, escape_surrogate(m)) for m in SURROGATES.finditer(doc.text))
        doc.text = SURROGATES.sub("", doc.text)
        doc.edits.append(Edit(READ_STEP, removals))
        st.edited[UNENCODABLE] += len(removals)
        st.chars_removed[UNENCODABLE] += sum(r.end - r.start for r in removals)
    doc.id, doc.url, doc.source, doc.locator = (encodable(doc.id), encodable(doc.url), encodable(doc.source),
                                                encodable(doc.locator))
    if doc.meta:
        doc.meta = _encodable_tree(doc.meta)


def _encodable_tree(value: Any) -> Any:
    if isinstance(value, str):
        return encodable(value)
    if isinstance(value, dict):
        return {encodable(k): _encodable_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_encodable_tree(v) for v in value]
    return value


def _carried(task: Task, rd: Layout) -> Iterator[Document]:
    path = rd.carry(task.segment.index - 1, task.shard.name)
    if not path.exists():  # every shard writes one, even empty: a missing one is lost work, not "no documents"
        raise RunDirectoryError(f"{path}: the documents shard {task.shard.name} carries into segment {task.segment.index} "
                                f"are missing (the work folder was cleaned or lost); rerun with --overwrite")
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    for batch in pf.iter_batches(batch_size=2048):
        for row in batch.to_pylist():
            yield doc_from_carry(row)


def run_task(task: Task) -> list[dict[str, Any]]:
    """Run one segment over one shard; write its outputs and marker; return its stats."""
    rd = Layout(task.out, task.fmt, task.work)
    seg, name = task.segment, task.shard.name
    marker = rd.done_marker(seg.index, name)
    if marker.exists():  # a retried task (Ray) whose first attempt finished: never write a shard twice
        return json.loads(marker.read_text(encoding="utf-8"))
    for step in (seg.entry, *seg.steps, seg.exit):
        if step is not None:
            step.ensure_setup()
    decisions = _decisions(seg.entry, rd, seg.index - 1, name) if seg.entry is not None else None
    read_stats = StepStats(READ_STEP, "reader")
    page_steps = tuple(s for s in seg.steps if isinstance(s, PAGE_STEPS))  # segment 0 only
    page_stats = [StepStats(s.name, s.kind) for s in page_steps]
    doc_steps = seg.steps[len(page_steps):]
    stats = [StepStats(s.name, s.kind) for s in ((seg.entry,) if seg.entry else ()) + doc_steps]
    chain: list[tuple[Step, Any]] = ([(seg.entry, decisions)] if seg.entry else []) + [(s, None) for s in doc_steps]
    annotators = dict(seg.annotators)
    sig_stats = StepStats(f"{seg.exit.name}:signature", "signature") if seg.exit else None
    # every output streams (row groups written as they fill): a shard's memory is bounded by
    # the writers' buffers, not by its size; files appear only when the shard completes
    dropped = RowWriter(DROPPED_SCHEMA, rd.out, rd.dropped(seg.index, name), task.fmt)
    edits = RowWriter(EDITS_SCHEMA, rd.out, rd.edits(seg.index, name), task.fmt)
    if seg.exit is not None:  # every shard writes its carry file, even empty: a missing one is lost work
        kept = RowWriter(CARRY_SCHEMA, rd.work_folder, rd.work_rel(rd.carry(seg.index, name)), always=True)
    else:
        kept = RowWriter(KEPT_SCHEMA, rd.out, rd.kept(name), task.fmt)
    writers = (dropped, edits, kept)
    sigs: list[dict[str, Any]] = []
    chars_kept = 0
    tokens = None
    if task.tokenizer:
        from .tokens.accounting import ShardTokens

        tokens = ShardTokens(task.tokenizer, list(task.token_steps))
    try:
        source = _read_shard(task, read_stats) if seg.index == 0 else _carried(task, rd)
        for item in source:
            if isinstance(item, tuple):
                dropped.add(failure_row(*item, READ_STEP))
                continue
            if isinstance(item, RawPage):
                item = apply_page_steps(page_steps, item, page_stats)
                if not isinstance(item, Document):
                    dropped.add(item)
                    continue
                clean_strings(item, read_stats)
                read_stats.chars_in += len(item.text)
            doc = item
            verdict, by = None, ""
            for (step, dec), st in zip(chain, stats):
                verdict = apply_step(step, doc, st, dec, annotators)
                if verdict is not None:
                    by = step.name
                    break
            if verdict is None and seg.exit is not None:
                verdict, sig = _signature(seg.exit, doc, sig_stats, annotators)
                by = seg.exit.name
                if sig is not None:
                    sigs.append({"id": doc.id, **sig})
            if verdict is not None:
                dropped.add(dropped_row(doc, by, verdict))
                edits.extend(edit_rows(doc))
                if tokens is not None:
                    tokens.leave(doc, by, verdict.reason)
            elif seg.exit is not None:
                kept.add(carry_row(doc))
            else:
                kept.add(kept_row(doc, tokens.kept(doc) if tokens is not None else None))
                chars_kept += len(doc.text)
                edits.extend(edit_rows(doc))
        all_stats = ([read_stats, *page_stats] if seg.index == 0 else []) + stats + ([sig_stats] if sig_stats else [])
        if seg.exit is None:
            all_stats.append(StepStats(WRITE_STEP, "writer", kept.rows, kept.rows, chars_kept))
        _check_error_share(all_stats, task)
        for w in writers:
            w.close()
    except BaseException:
        for w in writers:
            w.discard()
        raise
    if seg.exit is not None and sigs:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(sigs)
        rd.work_folder.write(rd.work_rel(rd.signatures(seg.index, name)), lambda out: pq.write_table(table, out))
    if tokens is not None:
        write_json(tokens.to_json(), rd.work_folder, rd.work_rel(rd.tokens_part(seg.index, name)))
    result = [s.to_json() for s in all_stats]
    write_json(result, rd.work_folder, rd.work_rel(marker))
    return result


def _signature(step: GlobalStep, doc: Document, st: StepStats,
               annotators: Mapping[str, Annotator]) -> tuple[Drop | None, dict | None]:
    st.docs_in += 1
    st.chars_in += len(doc.text)
    t0 = time.perf_counter()
    try:
        refresh_scores(step, doc, annotators)
        sig = step.signature(doc)
        verdict = None
    except Exception as e:
        sig, verdict = None, Drop(step.error_reason, {"error": f"{type(e).__name__}: {e}", "phase": "signature",
                                                     "traceback": traceback.format_exc(limit=8)})
        st.dropped[verdict.reason] += 1
        st.chars_removed[verdict.reason] += len(doc.text)
    else:
        st.docs_out += 1
    st.seconds += time.perf_counter() - t0
    return verdict, sig


def _check_error_share(stats: list[StepStats], task: Task) -> None:
    for st in stats:
        errors = sum(n for reason, n in st.dropped.items() if reason.endswith(".error"))
        if errors > max(task.max_error_share * st.docs_in, 1):
            raise ShardFailed(
                f"step {st.step} failed on {errors} of {st.docs_in} documents of shard {task.shard.name} "
                f"({', '.join(p.rel for p in task.shard.pieces[:3])}); the limit is {task.max_error_share:.0%}. "
                f"See the '{st.step.split(':')[0]}.error' rows in dropped/ for the tracebacks.")


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
        from .recipe import load_recipe

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
        from .tokens.accounting import token_summary

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
        from .report import build_report

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
    from .tokens import TokenizerError, load_tokenizer

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
