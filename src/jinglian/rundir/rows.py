"""The columns of the run directory's tables, and the conversion between documents and rows.

Every column is declared once below, with its Arrow type and how its cell is made; the
schemas, the runner's rows, the documents carried between segments and the readers' decoding
all come from these declarations.

To add a column: add a `Column` to the tuple of the tables it belongs to (`DOCUMENT_COLUMNS`
for kept/, dropped/ and the carried documents, `ADDED_COLUMNS` for new ones of those; `DROP_COLUMNS`; `EDIT_COLUMNS`; `CARRY_COLUMNS`
for the work folder only) -- with the `Document` field it reads, if it is a new one -- and
a line in README's run-directory table (a test checks that the table names every column).

JSON columns (`meta`, `scores`, `detail`, `normalizations`) hold canonical JSON text (`dumps`);
`raw` holds bytes (base64 in JSONL).
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any, Callable, Iterator

import pyarrow as pa

from ..document import Document, Drop, Edit, Normalization, Removal
from ..io.base import RawPage, ReadFailure

_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=repr)


def dumps(value: Any) -> str:
    """Canonical JSON: stable key order, real characters (not \\u escapes)."""
    if not value:
        return "{}" if isinstance(value, dict) else "[]" if isinstance(value, list) else _ENCODER.encode(value)
    return _ENCODER.encode(value)


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Column:
    """One column: its name and Arrow type, how a cell is made (`cell`; its arguments are
    those of the tuple's table, see below), how a carried cell is read back into the
    `Document` field of the same name (`read`), and the cell of a row that has no document
    (an unreadable input record)."""

    name: str
    type: pa.DataType
    cell: Callable[..., Any]
    read: Callable[[Any], Any] = _same
    empty: Any = None


def _encode_normalizations(doc: Document) -> str:
    return dumps([[n.step, n.version, n.chars_changed] for n in doc.normalizations])


def _decode_normalizations(cell: str | None) -> list[Normalization]:
    return [Normalization(*n) for n in json.loads(cell or "[]")]


def _encode_edits(doc: Document) -> str:
    return dumps([[e.step, [[r.start, r.end, r.reason, r.text, r.replacement] for r in e.removals]] for e in doc.edits])


def _decode_edits(cell: str) -> list[Edit]:
    return [Edit(step, tuple(Removal(*r) for r in rems)) for step, rems in json.loads(cell)]


#: a document, as kept/, dropped/ and the carried documents store it: cell(doc)
DOCUMENT_COLUMNS = (
    Column("id", pa.string(), lambda d: d.id),
    Column("text", pa.string(), lambda d: d.text),
    Column("source", pa.string(), lambda d: d.source),
    Column("locator", pa.string(), lambda d: d.locator),
    Column("url", pa.string(), lambda d: d.url),
    Column("meta", pa.string(), lambda d: dumps(d.meta), json.loads, "{}"),
    Column("scores", pa.string(), lambda d: dumps(d.scores), json.loads, "{}"),
    Column("normalizations", pa.string(), _encode_normalizations, _decode_normalizations, "[]"),
)
#: why a document was dropped (after `id` in dropped/): cell(step name, Drop)
DROP_COLUMNS = (
    Column("step", pa.string(), lambda step, drop: step),
    Column("reason", pa.string(), lambda step, drop: drop.reason),
    Column("detail", pa.string(), lambda step, drop: dumps(drop.detail or {})),
    Column("duplicate_of", pa.string(), lambda step, drop: drop.duplicate_of),
)
#: the bytes of an input record that could not become a document (after the document in dropped/)
RAW = Column("raw", pa.binary(), lambda raw: raw)
#: document columns added later: last in kept/ and dropped/ (after `raw`), so earlier columns keep
#: their places; cell(doc)
ADDED_COLUMNS = (
    Column("input_id", pa.string(), lambda d: d.input_id),
)
#: one removed span of edits/: cell(document id, place in the edit log, Edit, Removal)
EDIT_COLUMNS = (
    Column("id", pa.string(), lambda doc_id, n, e, r: doc_id),
    Column("edit", pa.int32(), lambda doc_id, n, e, r: n),
    Column("step", pa.string(), lambda doc_id, n, e, r: e.step),
    Column("reason", pa.string(), lambda doc_id, n, e, r: r.reason),
    Column("start", pa.int64(), lambda doc_id, n, e, r: r.start),
    Column("end", pa.int64(), lambda doc_id, n, e, r: r.end),
    Column("removed_text", pa.string(), lambda doc_id, n, e, r: r.text),
    Column("replacement", pa.string(), lambda doc_id, n, e, r: r.replacement),
)
#: what a document carried from one pipeline segment to the next needs besides DOCUMENT_COLUMNS
#: (work folder only, always Parquet): cell(doc)
CARRY_COLUMNS = (
    Column("edits", pa.string(), _encode_edits, _decode_edits),
    Column("score_revisions", pa.string(), lambda d: dumps(d.score_revisions), json.loads),
)

#: what only kept/ has, last: cell(n_tokens), the document's token count when the run counts tokens
KEPT_ONLY_COLUMNS = (
    Column("n_tokens", pa.int64(), lambda n_tokens: n_tokens),
)

KEPT = DOCUMENT_COLUMNS + ADDED_COLUMNS + KEPT_ONLY_COLUMNS
DROPPED = DOCUMENT_COLUMNS[:1] + DROP_COLUMNS + DOCUMENT_COLUMNS[1:] + (RAW,) + ADDED_COLUMNS
EDITS = EDIT_COLUMNS
CARRY = DOCUMENT_COLUMNS + ADDED_COLUMNS + CARRY_COLUMNS


def schema(columns: tuple[Column, ...]) -> pa.Schema:
    return pa.schema([(c.name, c.type) for c in columns])


KEPT_SCHEMA, DROPPED_SCHEMA, EDITS_SCHEMA, CARRY_SCHEMA = (schema(t) for t in (KEPT, DROPPED, EDITS, CARRY))


# --- documents -> rows ------------------------------------------------------------------

def _document_cells(doc: Document) -> dict[str, Any]:
    return {c.name: c.cell(doc) for c in DOCUMENT_COLUMNS + ADDED_COLUMNS}


def kept_row(doc: Document, n_tokens: int | None = None) -> dict[str, Any]:
    return {**_document_cells(doc), **{c.name: c.cell(n_tokens) for c in KEPT_ONLY_COLUMNS}}


def _dropped(document: dict[str, Any], step: str, drop: Drop, raw: bytes | None) -> dict[str, Any]:
    """A dropped/ row from the document's cells (`_document_cells`), in the schema's order."""
    first = DOCUMENT_COLUMNS[0].name
    added = {c.name: document.pop(c.name) for c in ADDED_COLUMNS}
    return {first: document.pop(first), **{c.name: c.cell(step, drop) for c in DROP_COLUMNS}, **document,
            RAW.name: raw, **added}


def dropped_row(doc: Document, step: str, drop: Drop) -> dict[str, Any]:
    return _dropped(_document_cells(doc), step, drop, None)


def _undocumented_row(step: str, drop: Drop, raw: bytes | None, **known: Any) -> dict[str, Any]:
    """The dropped/ row of an input record that never became a document: the cells `known`
    (id, source, locator, url, meta), the others empty."""
    cells = {c.name: c.empty for c in DOCUMENT_COLUMNS + ADDED_COLUMNS}
    cells.update(known)
    return _dropped(cells, step, drop, raw)


def failure_row(f: ReadFailure, source: str, step: str) -> dict[str, Any]:
    """An input record the reader could not make a document of, with its bytes."""
    return _undocumented_row(step, Drop(f.reason, f.detail), f.raw, id=f.id, source=source, locator=f.locator,
                             url=f.url, input_id=f.input_id)


def page_drop_row(page: RawPage, step: str, drop: Drop, keep_raw: bool) -> dict[str, Any]:
    """A web record dropped before it became a document: a prefilter keeps no bytes (the
    record was skipped, not broken); an extractor failure keeps them (bad data)."""
    return _undocumented_row(step, drop, page.data if keep_raw else None, id=page.id, source=page.source,
                             locator=page.locator, url=page.url, meta=dumps(page.meta))


def edit_rows(doc: Document) -> Iterator[dict[str, Any]]:
    for n, e in enumerate(doc.edits):
        for r in e.removals:
            yield {c.name: c.cell(doc.id, n, e, r) for c in EDIT_COLUMNS}


def carry_row(doc: Document) -> dict[str, Any]:
    return {c.name: c.cell(doc) for c in CARRY}


def doc_from_carry(row: dict[str, Any]) -> Document:
    return Document(**{c.name: c.read(row[c.name]) for c in CARRY})


# --- reading rows back ------------------------------------------------------------------

def json_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row as read from a JSONL table, with its values as a Parquet table gives them."""
    if row.get(RAW.name):
        row[RAW.name] = base64.b64decode(row[RAW.name])
    return row


def loads(value: Any) -> Any:
    """A JSON column's value ({} when null); a value that is not JSON is shown, not raised."""
    if value is None:
        return {}
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return {"_unparsed": str(value)}


def normalizations_of(row: dict[str, Any]) -> list[Normalization]:
    """The `normalizations` column of a kept/ or dropped/ row."""
    return _decode_normalizations(row.get("normalizations"))


def column_names() -> dict[str, list[str]]:
    """table -> its column names, as written (README lists them; a test compares)."""
    return {"kept": [c.name for c in KEPT], "dropped": [c.name for c in DROPPED], "edits": [c.name for c in EDITS]}
