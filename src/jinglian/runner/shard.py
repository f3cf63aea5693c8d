"""One shard through one segment: the task a worker runs, whatever the executor.

It reads the shard (or the documents an earlier segment carried), runs the segment's steps
on each document (`contract`), routes every document to exactly one place, writes kept,
dropped, edits, carried documents and signatures as they come, then its stats and a
completion marker.  Everything it needs travels in a small, picklable `Task`.
"""
from __future__ import annotations

import json
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Mapping

from ..document import Document, Drop, Edit, Removal
from ..errors import RunDirectoryError, ShardFailed, StepError
from ..io.base import READ_REASONS, RawPage, ReadFailure, ReadOptions
from ..io.formats import reader_for
from ..io.ids import IdRule
from ..io.plan import Shard
from ..io.writers import SURROGATES, RowWriter, encodable, escape_surrogate, utf8_ok, write_json
from ..pipeline import Segment
from ..rundir import Layout
from ..rundir.rows import (CARRY_SCHEMA, DROPPED_SCHEMA, EDITS_SCHEMA, KEPT_SCHEMA, carry_row, doc_from_carry,
                           dropped_row, dumps, edit_rows, failure_row, kept_row)
from ..stats import StepStats
from ..step import PAGE_STEPS, Annotator, GlobalStep, Step
from .contract import apply_page_steps, apply_step, refresh_scores
from .memory import release_memory

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
        from ..tokens.accounting import ShardTokens

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
                if tokens is None:
                    kept.add(kept_row(doc))
                elif tokens.leave(doc, row=kept_row(doc)):
                    kept.extend(tokens.finish())
                chars_kept += len(doc.text)
                edits.extend(edit_rows(doc))
        if tokens is not None:  # the last batch of kept rows, and the dropped documents still waiting
            kept.extend(tokens.finish())
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
    del sigs, writers, dropped, edits, kept, source
    release_memory(collect=False)  # a worker's next shard starts from its fixed cost, not this shard's high-water mark
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
