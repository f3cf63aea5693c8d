"""Terminal output: a progress bar during a run and a summary table after it (rich)."""
from __future__ import annotations

import sys
from typing import Any

from .io.fs import Folder
from .runner import RunResult


class Progress:
    """Receives the runner's progress events; draws a bar only on a terminal."""

    def __init__(self, enabled: bool = True):
        self.enabled = enabled and sys.stderr.isatty()
        self._bar = None
        self._task = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeElapsedColumn

            self._bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            transient=False)
            self._bar.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)

    def update(self, event: str, **kw: Any) -> None:
        if self._bar is None:
            return
        if event == "segment":
            label = f"segment {kw['index'] + 1}/{kw['segments']}"
            self._task = self._bar.add_task(label, total=kw["total"], completed=kw["total"] - kw["todo"])
        elif event == "shard" and self._task is not None:
            self._bar.advance(self._task)
        elif event == "resolve":
            self._bar.console.print(f"resolving {kw['step']} ...")


def print_summary(r: RunResult) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=False)
    mb = r.bytes_in / 1e6
    secs = max(r.seconds, 1e-9)
    t = Table(title=f"jinglian run → {r.out}", show_lines=False)
    t.add_column("")
    t.add_column("documents", justify="right")
    t.add_column("share", justify="right")
    t.add_row("in", f"{r.documents_in:,}", "100%")
    t.add_row("kept", f"{r.documents_kept:,}", _pct(r.documents_kept, r.documents_in))
    t.add_row("dropped", f"{r.documents_dropped:,}", _pct(r.documents_dropped, r.documents_in))
    for reason, n in r.dropped_by_reason().items():
        t.add_row(f"  {reason}", f"{n:,}", _pct(n, r.documents_in))
    console.print(t)
    removed: dict[str, int] = {}
    for s in r.steps:
        for reason, n in s.chars_removed.items():
            if reason in s.edited:
                removed[reason] = removed.get(reason, 0) + n
    if removed:
        e = Table(title="characters removed from kept and dropped documents by editors")
        e.add_column("reason")
        e.add_column("characters", justify="right")
        e.add_column("share of input", justify="right")
        for reason, n in sorted(removed.items(), key=lambda kv: -kv[1]):
            e.add_row(reason, f"{n:,}", _pct(n, r.chars_in))
        console.print(e)
    console.print(f"characters in {r.chars_in:,}, kept {r.chars_kept:,} ({_pct(r.chars_kept, r.chars_in)}); "
                  f"{r.seconds:.1f} s, {r.documents_in / secs:,.0f} docs/s, {mb / secs:.2f} MB/s")
    console.print(f"output: {r.out}/kept, dropped, edits; stats.json; manifest.json"
                  + (f"; report: {r.out}/report.html" if Folder(r.out).exists("report.html") else ""))


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.1f}%" if total else "-"
