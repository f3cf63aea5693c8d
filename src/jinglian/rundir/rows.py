"""The columns of the run directory's tables, and the conversion between documents and rows.

JSON columns (`meta`, `scores`, `detail`, `normalizations`) hold canonical JSON text;
`raw` holds bytes (base64 in JSONL).  Reading code turns a row back into values here, so
it never guesses at what the writer stored.
"""
from __future__ import annotations

import base64
import json
from typing import Any

from ..document import Normalization


def json_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row as read from a JSONL table, with its values as a Parquet table gives them."""
    if row.get("raw"):
        row["raw"] = base64.b64decode(row["raw"])
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
    """The `normalizations` column: [[step, version, chars changed], ...]."""
    return [Normalization(*n) for n in json.loads(row.get("normalizations") or "[]")]
