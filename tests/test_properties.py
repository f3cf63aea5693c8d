"""Properties over random inputs and random step lists (hypothesis).

For any input and any sequence of steps: kept + dropped == input, ids unique, every
recorded span lies inside the text its step received, and undoing a document's edits
rebuilds the text that entered the pipeline.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jinglian import Pipeline, run
from jinglian.document import Span, remove_spans, restore
from jinglian.rundir import RunDir
from jinglian.trace import trace

from helpers import outputs, write_jsonl
from toysteps import (CountChars, DropIfContains, ExactDuplicates, MaskHan, RaiseIfContains, RemoveDigits,
                      RemoveFirstLine)

ALPHABET = st.sampled_from(list("中文字，。X0123456789ab \n") + ["𠀀", "𪚥", "BOOM"])
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)
STEP_POOL = [CountChars, RemoveDigits, RemoveFirstLine, MaskHan, lambda: DropIfContains("X"),
             lambda: RaiseIfContains("BOOM"), ExactDuplicates]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(TEXTS, min_size=1, max_size=12),
       steps=st.lists(st.integers(0, len(STEP_POOL) - 1), max_size=6),
       with_ids=st.booleans())
def test_accounting_is_complete_and_edits_undo(texts, steps, with_ids):
    rows = [({"id": f"i{n}"} if with_ids else {}) | {"text": t} for n, t in enumerate(texts)]
    pipeline = Pipeline([STEP_POOL[i]() for i in steps])
    with tempfile.TemporaryDirectory() as tmp:
        src = write_jsonl(Path(tmp) / "in.jsonl", rows)
        out = Path(tmp) / "out"
        # a generous error limit: RaiseIfContains may hit most of a tiny shard
        run([str(src)], out, pipeline, max_error_share=1.0, report=False)
        kept, dropped, edits = outputs(out)
        ids = [r["id"] for r in kept] + [r["id"] for r in dropped]
        assert len(ids) == len(set(ids)) == len(rows)
        inputs = {(f"i{n}" if with_ids else f"in.jsonl:{n + 1}"): t for n, t in enumerate(texts)}
        assert set(ids) == set(inputs)
        for e in edits:
            assert 0 <= e["start"] < e["end"] or e["replacement"]
            assert len(e["removed_text"]) == e["end"] - e["start"]
        rd = RunDir(out)
        for doc_id, text in inputs.items():
            story = trace(rd, doc_id)
            assert story.original_text() == text
        stats = json.loads((out / "stats.json").read_text())
        assert stats["documents_kept"] + stats["documents_dropped"] == len(rows) == len(kept) + len(dropped)


@given(text=TEXTS, cuts=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 10), st.booleans()), max_size=6))
def test_remove_spans_then_restore_is_identity(text, cuts):
    spans = [Span(min(a, len(text)), min(a + n, len(text)), "r", "<P>" if rep else "") for a, n, rep in cuts]
    new, removals = remove_spans(text, spans)
    assert restore(new, removals) == text
    assert all(0 <= r.start <= r.end <= len(text) for r in removals)
