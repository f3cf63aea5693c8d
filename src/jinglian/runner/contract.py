"""Applying one step to one document, and holding the step to its contract.

A step only returns verdicts: a drop (with a declared reason), spans to remove (in bounds,
with declared reasons), new text (a normalizer), scores (an annotator).  These functions
check each verdict, apply it to the document in place, log what was removed, count it in
the step's stats, and turn an exception on one document into a `<step>.error` drop.
"""
from __future__ import annotations

import time
import traceback
from types import MappingProxyType
from typing import Any, Callable, Mapping

import numpy as np

from ..document import Document, Drop, Edit, Normalization, Span, remove_spans
from ..errors import StepError
from ..io.base import RawPage
from ..rundir.rows import page_drop_row
from ..stats import StepStats
from ..step import Annotator, Editor, Extractor, Filter, GlobalStep, Normalizer, PageFilter, Step


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


def _guarded(step: Step, st: StepStats, call: Callable[..., Any], *args: Any) -> Any:
    """`call(*args)` for `step`, timed into `st`.  A StepError (the step broke its contract)
    propagates; any other exception is this document's `<step>.error` drop."""
    t0 = time.perf_counter()
    try:
        result = call(*args)
    except StepError:
        raise
    except Exception as e:
        result = _error_drop(step, e)
    st.seconds += time.perf_counter() - t0
    return result


def apply_step(step: Step, doc: Document, st: StepStats, decisions: Any = None,
               annotators: Mapping[str, Annotator] = MappingProxyType({})) -> Drop | None:
    """Run one step on one document, in place; return a drop verdict or None.

    `annotators` (name -> step) recompute the stale scores the step reads (`refresh_scores`)."""
    st.docs_in += 1
    st.chars_in += len(doc.text)
    verdict = _guarded(step, st, _run_step, step, doc, st, decisions, annotators)
    if verdict is None:
        st.docs_out += 1
    else:
        _count_drop(step, st, verdict)
        st.chars_removed[verdict.reason] += len(doc.text)
    return verdict


def _count_drop(step: Step, st: StepStats, drop: Drop) -> None:
    st.dropped[drop.reason] += 1
    if getattr(step, "count_sites", False):
        st.sites[str((drop.detail or {}).get("site"))] += 1


def _run_step(step: Step, doc: Document, st: StepStats, decisions: Any,
              annotators: Mapping[str, Annotator]) -> Drop | None:
    """What each step kind does to a document; its verdict checked against the contract."""
    refresh_scores(step, doc, annotators)
    if isinstance(step, GlobalStep):
        result = step.decide(doc, decisions)
        if not isinstance(result, list):
            return _as_drop(step, result)
        _apply_spans(step, doc, result, st)
    elif isinstance(step, Filter):
        return _as_drop(step, step.filter(doc))
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
    return None


# --- web records: page filters, then the extractor ------------------------------------

def apply_page_steps(steps: tuple[Step, ...], page: RawPage, stats: list[StepStats]) -> Document | dict[str, Any]:
    """Run the page filters, then the extractor, on one web record: its document or its drop row."""
    for step, st in zip(steps, stats):
        st.docs_in += 1
        result = _guarded(step, st, _run_page_step, step, page)
        if isinstance(result, Drop):
            _count_drop(step, st, result)
            return page_drop_row(page, step.name, result, keep_raw=isinstance(step, Extractor))
        st.docs_out += 1
        if isinstance(result, Document):
            st.chars_in += len(result.text)
            return result
    raise StepError("the page steps end without an extractor")


def _run_page_step(step: Step, page: RawPage) -> Document | Drop | None:
    if isinstance(step, PageFilter):
        return _as_drop(step, step.filter_page(page))
    result = step.extract(page)
    if isinstance(result, Document):
        return result
    drop = _as_drop(step, result)
    if drop is None:
        raise StepError(f"extractor {step.name} returned None; expected a Document or a Drop")
    return drop
