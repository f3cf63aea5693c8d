"""The only code that iterates over documents.

It routes every document to exactly one place (kept or dropped), applies the spans
editors ask for and records what they removed, counts everything per step, isolates
per-document exceptions, and writes each shard atomically followed by a completion
marker.  Steps cannot bypass it: they only return verdicts.

The parts: `contract` applies one step to one document and holds it to its contract;
`shard` is the task one worker runs on one shard of one segment; `orchestrate` is the
whole run around them.  The run directory's layout, schemas and rows are `jinglian.rundir`'s.
"""
from __future__ import annotations

from .contract import apply_page_steps, apply_step
from .orchestrate import RunResult, run
from .shard import READ_STEP, WRITE_STEP, Task, clean_strings, run_task

__all__ = ["run", "RunResult", "Task", "run_task", "apply_step", "apply_page_steps", "clean_strings",
           "READ_STEP", "WRITE_STEP"]
