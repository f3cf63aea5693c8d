"""The HTML report of a run and the single-document viewer.

`build_report(out_dir)` writes OUT/report.html: one self-contained file (inline CSS, JS
and SVG; a Content-Security-Policy forbids any network) that samples the run, so it
opens fast for a million documents.  `render_document_html(out_dir, doc_id)` renders one
document as it came in, every removed span struck through and colored by reason.
"""
from __future__ import annotations

from pathlib import Path

from .page import SampleSizes, render_document_page, render_report
from ..rundir import REPORT, RunDir
from .viewer import load_view

__all__ = ["build_report", "render_document_html", "SampleSizes"]


def build_report(out_dir: str | Path, sizes: SampleSizes = SampleSizes()) -> str:
    """Write OUT/report.html from the run directory and return its path (or URI)."""
    run = RunDir.open(out_dir)
    html = render_report(run, sizes)
    run.folder.write_bytes(REPORT, html.encode("utf-8", errors="replace"))
    return run.folder.uri(REPORT)


def render_document_html(out_dir: str | Path, doc_id: str) -> str:
    """A standalone HTML page for one document of the run (kept or dropped).

    Raises KeyError when the run holds no document with that id."""
    run = RunDir.open(out_dir)
    view = load_view(run, doc_id)
    if view is None:
        raise KeyError(f"no document with id {doc_id!r} in {run.path}")
    return render_document_page(run, view)
