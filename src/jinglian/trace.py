"""Follow one document through a run, or sample what one reason removed."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .document import edits_from_rows, undo_edits
from .rundir import RunDir
from .rundir.rows import loads, normalizations_of


@dataclass
class Story:
    id: str
    row: dict[str, Any]
    dropped: bool
    edits: list[dict[str, Any]] = field(default_factory=list)

    def original_text(self) -> str:
        """The text as it entered the first editor: every removal undone, last first."""
        return undo_edits(self.row.get("text") or "", edits_from_rows(self.edits))

    def render(self) -> str:
        r = self.row
        out = [f"id       {self.id}", f"source   {r.get('source')}  {r.get('locator') or ''}".rstrip()]
        if r.get("url"):
            out.append(f"url      {r['url']}")
        for n in normalizations_of(r):
            out.append(f"normalized by {n.step} (v{n.version}): {n.chars_changed} characters changed")
        for e in self.edits:
            what = e["removed_text"].replace("\n", "⏎")
            if len(what) > 80:
                what = what[:77] + "..."
            repl = f" -> {e['replacement']}" if e.get("replacement") else ""
            out.append(f"removed  [{e['start']}:{e['end']}] {e['reason']} ({e['step']}): {what}{repl}")
        scores = loads(r["scores"])
        if scores:
            out.append("scores   " + ", ".join(f"{k}={_fmt(v)}" for k, v in sorted(scores.items())))
        if self.dropped:
            out.append(f"DROPPED  by {r['step']}: {r['reason']}")
            if r.get("duplicate_of"):
                out.append(f"         duplicate of {r['duplicate_of']}")
            if r.get("detail") and r["detail"] != "{}":
                out.append(f"         detail {r['detail'][:500]}")
            if r.get("raw") and not r.get("text"):
                out.append(f"         raw bytes ({len(r['raw'])}): {r['raw'][:200]!r}")
            out.append("text when dropped:")
        else:
            out.append("KEPT; final text:")
        out.append(r.get("text") or "")
        return "\n".join(out)


def _fmt(v: Any) -> str:
    return f"{v:.3g}" if isinstance(v, float) else str(v)


def trace(rd: RunDir, doc_id: str) -> Story | None:
    found = rd.find(doc_id)
    if found is None:
        return None
    table, row = found
    return Story(doc_id, row, table == "dropped", rd.edits_for([doc_id]).get(doc_id, []))


def sample(rd: RunDir, reason: str, n: int = 10) -> list[str]:
    """Up to `n` examples (deterministic: the first in output order) for a drop or edit reason."""
    out: list[str] = []
    for row in rd.rows("dropped", columns=["id", "reason", "text", "duplicate_of", "detail"]):
        if row["reason"] == reason:
            text = (row["text"] or "").replace("\n", "⏎ ")
            dup = f" (duplicate of {row['duplicate_of']})" if row.get("duplicate_of") else ""
            out.append(f"[dropped] {row['id']}{dup}: {text[:160]}")
            if len(out) >= n:
                return out
    for row in rd.rows("edits", columns=["id", "reason", "removed_text"]):
        if row["reason"] == reason:
            out.append(f"[removed] {row['id']}: {row['removed_text'].strip()[:160]}")
            if len(out) >= n:
                return out
    return out
