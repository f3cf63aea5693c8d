"""The document viewer: the text as it came in, with every removed span struck through.

Edits are stored as offsets into the text each step *received*, so to show them all on
the incoming text we first undo every edit (last first, as `Document.undo` does) and then
replay them forward on a list of pieces, where a piece is either still present, struck
(removed by a step, with its reason) or inserted (a replacement such as a PII
placeholder).  Replaying checks itself: the pieces still present must spell the final
text, otherwise the viewer says so instead of showing a wrong picture.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import escape
from typing import Any

from ..document import Edit, Removal, edits_from_rows, undo_edits
from .colors import Palette
from ..rundir import RunDir
from ..rundir.rows import loads, normalizations_of


@dataclass
class Piece:
    text: str
    removed: tuple[str, str] | None = None  # (step, reason) that struck it
    inserted: tuple[str, str] | None = None  # (step, reason) that put it in

    @property
    def width(self) -> int:
        """Length in the current text (struck pieces take no room)."""
        return 0 if self.removed else len(self.text)


def replay(original: str, groups: list[Edit]) -> tuple[list[Piece], list[str]]:
    """Apply the edits forward on pieces of the original text; return pieces and warnings."""
    pieces = [Piece(original)] if original else []
    warnings: list[str] = []
    for group in groups:
        pieces = _apply(pieces, group, warnings)
    return pieces, warnings


def _apply(pieces: list[Piece], group: Edit, warnings: list[str]) -> list[Piece]:
    """One step's removals swept together with the pieces: linear in pieces + removals.

    Offsets count only pieces still present; pieces struck earlier keep their place and
    their first reason.  A replacement goes right after the range it replaces."""
    visible = sum(p.width for p in pieces)
    removals: list[Removal] = []
    for r in sorted(group.removals, key=lambda r: (r.start, r.end)):
        if not 0 <= r.start <= r.end <= visible:
            warnings.append(f"{group.step}: span [{r.start}, {r.end}) is outside the text ({visible} characters)")
        elif removals and r.start < removals[-1].end:
            warnings.append(f"{group.step}: span [{r.start}, {r.end}) overlaps the previous one")
        else:
            removals.append(r)
    out: list[Piece] = []
    struck: list[str] = []
    ri = 0

    def finish() -> None:  # close removal `ri`: check what was struck, then put the replacement in
        nonlocal ri
        r = removals[ri]
        got = "".join(struck)
        if got != r.text:
            warnings.append(f"{group.step}: span [{r.start}, {r.end}) holds {got[:40]!r}, the edit log says {r.text[:40]!r}")
        if r.replacement:
            out.append(Piece(r.replacement, inserted=(group.step, r.reason)))
        struck.clear()
        ri += 1

    pos = 0
    for p in pieces:
        if not p.width:
            out.append(p)
            continue
        cur, end = pos, pos + len(p.text)
        while cur < end:
            r = removals[ri] if ri < len(removals) else None
            if r is not None and r.start == r.end == cur:  # an insertion
                finish()
            elif r is not None and r.start <= cur:
                stop = min(end, r.end)
                piece_text = p.text[cur - pos:stop - pos]
                out.append(Piece(piece_text, (group.step, r.reason), p.inserted))
                struck.append(piece_text)
                cur = stop
                if cur == r.end:
                    finish()
            else:
                stop = min(end, r.start) if r is not None else end
                out.append(Piece(p.text[cur - pos:stop - pos], p.removed, p.inserted))
                cur = stop
        pos = end
    while ri < len(removals):  # insertions at the very end
        finish()
    return out


@dataclass
class DocView:
    """Everything the viewer shows about one document."""

    id: str
    status: str  # "kept" | "dropped"
    pieces: list[Piece]
    row: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    duplicate: DocView | None = None

    @property
    def original_length(self) -> int:
        return sum(len(p.text) for p in self.pieces if not p.inserted)

    @property
    def removed_chars(self) -> int:
        return sum(len(p.text) for p in self.pieces if p.removed and not p.inserted)


def build_view(status: str, row: dict[str, Any], edit_rows: list[dict]) -> DocView:
    final = str(row.get("text") or "")
    groups = edits_from_rows(edit_rows)
    original = undo_edits(final, groups)
    pieces, warnings = replay(original, groups)
    present = "".join(p.text for p in pieces if not p.removed)
    if present != final:
        warnings.append("replaying the edit log does not rebuild the stored text; struck spans may be misplaced")
    return DocView(str(row.get("id")), status, pieces, row, warnings)


def load_view(run: RunDir, doc_id: str, with_duplicate: bool = True) -> DocView | None:
    found = run.find(doc_id)
    if found is None:
        return None
    status, row = found
    view = build_view(status, row, run.edits_for([doc_id]).get(doc_id, []))
    target = row.get("duplicate_of")
    if with_duplicate and target:
        view.duplicate = load_view(run, str(target), with_duplicate=False)
    return view


# ---------------------------------------------------------------- rendering


def render_text(pieces: list[Piece], palette: Palette, max_chars: int | None = None) -> str:
    """Pieces as HTML: struck spans in <del>, replacements in <ins>, each colored by reason."""
    out: list[str] = []
    shown = 0
    total = sum(len(p.text) for p in pieces)
    for p in pieces:
        text = p.text
        if max_chars is not None and shown + len(text) > max_chars:
            text = text[: max(0, max_chars - shown)]
        shown += len(text)
        if p.inserted and p.removed:
            out.append(_mark("del", text, palette, p.removed, extra="ins-del"))
        elif p.inserted:
            out.append(_mark("ins", text, palette, p.inserted))
        elif p.removed:
            out.append(_mark("del", text, palette, p.removed))
        else:
            out.append(escape(text))
        if max_chars is not None and shown >= max_chars and shown < total:
            out.append(f'<span class="cut">… {total - shown:,} more characters not shown here; '
                       f'see <code>jinglian trace OUT ID --html FILE</code></span>')
            break
    return "".join(out)


def _mark(tag: str, text: str, palette: Palette, by: tuple[str, str], extra: str = "") -> str:
    step, reason = by
    cls = palette.css_class(reason) + (f" {extra}" if extra else "")
    title = f"{reason} (step {step})" if tag == "del" else f"inserted by {step}: {reason}"
    return f'<{tag} class="{cls}" title="{escape(title)}">{escape(text)}</{tag}>'


def render_view(view: DocView, palette: Palette, max_chars: int | None = None, dom_id: str = "") -> str:
    """One document as an HTML <section> (escaped; safe to embed anywhere)."""
    row = view.row
    reasons: dict[str, int] = {}
    for p in view.pieces:
        if p.removed and not p.inserted:
            reasons[p.removed[1]] = reasons.get(p.removed[1], 0) + len(p.text)
    verdict = ('<span class="badge kept">kept</span>' if view.status == "kept" else
               f'<span class="badge dropped">dropped</span> by <b>{escape(str(row.get("step") or "?"))}</b>: '
               f'{palette.chip(str(row.get("reason") or "?"))}')
    facts = [("id", escape(view.id)), ("status", verdict)]
    if row.get("url"):
        facts.append(("url", f'<span class="url">{escape(str(row["url"]))}</span>'))
    if row.get("source") or row.get("locator"):
        facts.append(("source", escape(f'{row.get("source") or ""} {row.get("locator") or ""}'.strip())))
    facts.append(("characters", f"{view.original_length:,} in, {view.removed_chars:,} struck"
                  + ("" if view.status == "kept" else " (then the document was dropped)")))
    if row.get("duplicate_of"):
        facts.append(("duplicate of", escape(str(row["duplicate_of"]))))
    detail = loads(row.get("detail")) if "detail" in row else None
    if detail:
        facts.append(("detail", f"<code>{escape(_short_json(detail))}</code>"))
    norms = _normalizations(row)
    facts.append(("normalizations", escape(norms) + ' <span class="muted">(not reversible: the text below is shown '
                  'normalized, with every removal undone)</span>' if norms else
                  '<span class="muted">none changed this document</span>'))
    legend = " ".join(f'{palette.chip(r)} <span class="muted">{n:,} chars</span>' for r, n in sorted(reasons.items()))
    parts = [f'<section class="doc"{f" id={chr(34)}{dom_id}{chr(34)}" if dom_id else ""}>',
             '<table class="facts">' + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in facts) + "</table>"]
    if legend:
        parts.append(f'<p class="legend">struck: {legend}</p>')
    for w in view.warnings:
        parts.append(f'<p class="warn">⚠ {escape(w)}</p>')
    parts.append('<div class="cols">')
    if view.status == "dropped":
        reason = str(row.get("reason") or "?")
        heading = f"text as it came in — then dropped as a whole: {escape(reason)}"
        pre_class = f"text whole-drop {palette.css_class(reason)}"
    else:
        heading, pre_class = "text as it came in", "text"
    parts.append(f'<div class="col"><h4>{heading}</h4>'
                 f'<pre class="{pre_class}">{render_text(view.pieces, palette, max_chars)}</pre></div>')
    if view.duplicate is not None:
        dup = view.duplicate
        parts.append(f'<div class="col"><h4>the document it duplicates: {escape(dup.id)} ({escape(dup.status)})</h4>'
                     f'<pre class="text">{render_text(dup.pieces, palette, max_chars)}</pre></div>')
    elif row.get("duplicate_of"):
        parts.append(f'<div class="col"><h4>the document it duplicates</h4><p class="warn">'
                     f'{escape(str(row["duplicate_of"]))} was not found in this run directory</p></div>')
    parts.append("</div>")
    scores = loads(row.get("scores"))
    if scores:
        cells = "".join(f"<tr><th>{escape(str(k))}</th><td>{escape(_fmt(v))}</td></tr>" for k, v in sorted(scores.items()))
        parts.append(f'<details><summary>scores</summary><table class="kv">{cells}</table></details>')
    meta = loads(row.get("meta"))
    if meta:
        parts.append(f'<details><summary>meta</summary><pre class="json">{escape(json.dumps(meta, ensure_ascii=False, indent=1))}</pre></details>')
    raw = row.get("raw")
    if raw:
        preview = bytes(raw[:4000])
        parts.append(f'<details open><summary>raw bytes ({len(raw):,}; the reader could not make text of them)</summary>'
                     f'<h4>as UTF-8, � where a byte is not</h4><pre class="text">{escape(preview.decode("utf-8", errors="replace"))}</pre>'
                     f'<h4>as Python bytes</h4><pre class="json">{escape(repr(preview[:800]))}</pre></details>')
    parts.append("</section>")
    return "".join(parts)


def _normalizations(row: dict[str, Any]) -> str:
    """The document's normalization log, one phrase per step that changed it."""
    return "; ".join(f"{n.step} v{n.version}: {n.chars_changed} chars changed" for n in normalizations_of(row))


def _short_json(value: Any, limit: int = 400) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= limit else text[:limit] + "…"


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (dict, list)):
        return _short_json(value, 200)
    return str(value)
