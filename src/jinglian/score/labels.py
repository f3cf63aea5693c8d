"""Reading and checking label files: a bad row fails with the file, the line and what is wrong."""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from ..errors import JinglianError

LINE_LABELS = ("keep", "drop", "either")
DOC_LABELS = ("keep", "reject")


class LabelError(JinglianError):
    """A label file is missing, unreadable or holds a row that does not follow the format."""


@dataclass(frozen=True)
class LineLabel:
    doc: str
    text: str
    label: str
    why: str
    pii: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocLabel:
    doc: str
    label: str
    why: str
    cluster: str | None = None


def read_line_labels(path: str | Path) -> list[LineLabel]:
    out = []
    for where, row in _rows(path):
        label = _choice(row, "label", LINE_LABELS, where)
        pii = row.get("pii") or []
        if not isinstance(pii, list) or not all(isinstance(s, str) and s for s in pii):
            raise LabelError(f"{where}: 'pii' must be a list of non-empty strings")
        out.append(LineLabel(_text(row, "id", where), _text(row, "text", where), label, str(row.get("why") or label),
                             tuple(pii)))
    return out


def read_doc_labels(path: str | Path) -> dict[str, DocLabel]:
    out: dict[str, DocLabel] = {}
    for where, row in _rows(path):
        doc = _text(row, "id", where)
        if doc in out:
            raise LabelError(f"{where}: document {doc!r} is labelled twice")
        label = _choice(row, "label", DOC_LABELS, where)
        cluster = row.get("cluster")
        out[doc] = DocLabel(doc, label, str(row.get("why") or label), None if cluster is None else str(cluster))
    return out


def _rows(path: str | Path) -> Iterator[tuple[str, dict[str, Any]]]:
    path = Path(path)
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as f:
            # split on "\n" only: str.splitlines() would also break inside labelled mojibake (C1 controls)
            lines = f.read().split("\n")
    except FileNotFoundError:
        raise LabelError(f"{path}: no such file") from None
    except (OSError, EOFError, UnicodeDecodeError) as e:
        raise LabelError(f"{path}: cannot read ({e})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise LabelError(f"{where}: not JSON ({e.msg})") from None
        if not isinstance(row, dict):
            raise LabelError(f"{where}: a row must be a JSON object")
        yield where, row


def _text(row: dict[str, Any], key: str, where: str) -> str:
    value = row.get(key)
    if isinstance(value, int) and not isinstance(value, bool) and key == "id":
        return str(value)
    if not isinstance(value, str) or (key == "id" and not value):
        raise LabelError(f"{where}: {key!r} must be a {'non-empty ' if key == 'id' else ''}string")
    return value


def _choice(row: dict[str, Any], key: str, allowed: tuple[str, ...], where: str) -> str:
    value = row.get(key)
    if value not in allowed:
        raise LabelError(f"{where}: {key!r} must be one of {', '.join(allowed)}, not {value!r}")
    return value
