"""A per-page time limit for extraction.

Pathological pages (megabytes of nested tables, a million <br>) can take minutes in any
parser.  On Unix, in a process's main thread -- which is where the inline executor and
every process-pool / Ray worker run a shard -- we arm a CPU-time interval timer
(`signal.setitimer(ITIMER_PROF)`: the process's user + system time) and turn its SIGPROF into
`ExtractionTimeout`.  CPU time, not wall time: on a loaded machine a worker waits for a core,
and a wall-clock limit then dropped pages that an idle machine extracts, so the same input
and recipe gave different outputs (seen with the test suite running beside a 1M-document
benchmark).  Elsewhere
(Windows, or a reader called from a non-main thread) signals are unavailable and the
limit is not enforced; `time_limit` then reports `enforced=False` so callers can say so.
A timer already armed by someone else is left alone (nested limits are not enforced).
Python delivers the signal between bytecodes, so a single long call into C (lxml's parse
of one huge document) finishes first; `ExtractOptions.max_chars` bounds that call.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator


class ExtractionTimeout(Exception):
    """Extraction of one page ran past its limit."""


def _can_use_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[bool]:
    """Raise `ExtractionTimeout` inside the block after `seconds` of CPU time; yields whether enforced."""
    if not seconds or seconds <= 0 or not _can_use_alarm():
        yield False
        return
    if signal.getitimer(signal.ITIMER_PROF)[0] > 0:
        yield False  # someone else's timer is running: do not clobber it
        return

    def on_alarm(signum, frame):  # noqa: ARG001 - signal handler signature
        raise ExtractionTimeout(f"extraction took more than {seconds:g} s of CPU time")

    previous = signal.signal(signal.SIGPROF, on_alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
