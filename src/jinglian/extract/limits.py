"""A per-page time limit for extraction.

Pathological pages (megabytes of nested tables, a million <br>) can take minutes in any
parser.  On Unix, in a process's main thread -- which is where the inline executor and
every process-pool / Ray worker run a shard -- we arm a real-time interval timer
(`signal.setitimer(ITIMER_REAL)`) and turn its SIGALRM into `ExtractionTimeout`.  Elsewhere
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
    """Raise `ExtractionTimeout` inside the block after `seconds`; yields whether enforced."""
    if not seconds or seconds <= 0 or not _can_use_alarm():
        yield False
        return
    if signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        yield False  # someone else's timer is running: do not clobber it
        return

    def on_alarm(signum, frame):  # noqa: ARG001 - signal handler signature
        raise ExtractionTimeout(f"extraction took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
