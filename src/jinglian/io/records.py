"""Turn one structured input record (a JSONL object, a Parquet row) into a document."""
from __future__ import annotations

import json
from typing import Any

from ..document import Document
from .base import Piece, ReadFailure, ReadOptions


def derived_id(piece: Piece, locator: str) -> str:
    """An id from where the record sits: the same on every run and every executor."""
    return f"{piece.rel}:{locator}" if locator else piece.rel


def _json_safe(value: Any) -> Any:
    try:
        json.dumps(value)
        return value
    except (TypeError, ValueError):
        return repr(value)


def record_to_document(rec: Any, piece: Piece, locator: str, options: ReadOptions, raw: bytes | None) -> Document | ReadFailure:
    if not isinstance(rec, dict):
        return ReadFailure(derived_id(piece, locator), locator, "read.malformed_json",
                           {"error": f"expected a JSON object, got {type(rec).__name__}"}, raw)
    rid = rec.get(options.id_field) if options.id_field else None
    input_id = str(rid) if rid is not None and rid != "" else None
    doc_id = input_id if input_id is not None else derived_id(piece, locator)
    url = rec.get(options.url_field)
    url = str(url) if url is not None else None
    text = rec.get(options.text_field)
    if not isinstance(text, str):
        what = "missing" if text is None else f"not a string ({type(text).__name__})"
        return ReadFailure(doc_id, locator, "read.missing_text",
                           {"error": f"text field {options.text_field!r} is {what}", "fields": sorted(map(str, rec))},
                           json.dumps(rec, ensure_ascii=False, default=repr).encode("utf-8", "surrogatepass")
                           if raw is None else raw, url, input_id)
    meta = {k: _json_safe(v) for k, v in rec.items() if k not in (options.text_field, options.id_field, options.url_field)}
    return Document(doc_id, text, piece.rel, locator, url, meta, input_id=input_id)
