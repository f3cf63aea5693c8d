"""Document ids that are unique in a run and the same on every run, decided before any stage.

Crawl exports often number their records from 0 in every file, and the global steps link
stages by id, so ids must be settled before the first document is processed.  The rule:

* a record's id is its input id (the `--id-field`), unchanged, when no other input file
  uses any of the same ids;
* the records of a file that shares at least one input id with another input file all get
  `"{source}#{input id}"` (source: the file relative to the input argument's parent, as in
  the `source` column; `#` as in WARC ids, while derived ids use `:`);
* a record without an input id gets `"{source}:{line or row}"`;
* an id repeated inside one file: the first record keeps it, each later one is dropped as
  `read.duplicate_id` under its own id `"{source}:{line or row}"`, naming the first;
* the input's own id is always kept in the `input_id` column.

Knowing which files collide takes one pass over the id fields before the run (`scan_shard`,
mapped over the shards like any work, then `decide`): 64-bit hashes of the ids and their
line numbers, 16 bytes a record.  The decision depends only on the inputs (never on shards
or workers), so outputs stay byte-identical for any `--workers` and `--shard-mb`, and a
whole file is qualified or not, so a file's ids do not change from record to record.
Why not always qualify: most inputs carry ids that are already unique (and label sets,
scorers and users' joins refer to them); only files that actually collide pay.
Formats whose ids are derived from the file itself (txt, html, WARC) are not scanned.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from .base import ReadFailure, ReadOptions
from .formats import reader_for
from .records import derived_id

#: formats whose records may carry their own id
SCANNED = {"jsonl", "parquet"}


@dataclass(frozen=True, slots=True)
class ScanTask:
    pieces: tuple  # the shard's pieces
    read_options: ReadOptions


def _hash(ids: list[str]) -> np.ndarray:
    import xxhash

    return np.fromiter((xxhash.xxh3_64_intdigest(i.encode("utf-8", "surrogatepass")) for i in ids),
                       dtype=np.uint64, count=len(ids))


def scan_shard(task: ScanTask) -> list[tuple[str, int, np.ndarray, np.ndarray]]:
    """(source, first line, id hashes, line numbers) of each scanned piece of one shard."""
    out = []
    for piece in task.pieces:
        if piece.format not in SCANNED:
            continue
        ids: list[str] = []
        lines: list[int] = []
        for item in reader_for(piece.format)(piece, task.read_options):
            input_id = getattr(item, "input_id", None)
            if input_id is not None:
                ids.append(input_id)
                lines.append(int(item.locator))
        out.append((piece.rel, piece.first_line if piece.format == "jsonl" else piece.start, _hash(ids),
                    np.asarray(lines, dtype=np.int64)))
    return out


def decide(scans: Iterator[list[tuple[str, int, np.ndarray, np.ndarray]]]) -> dict[str, Any]:
    """{"qualified": [sources], "repeats": {source: {line: first line}}} from every shard's scan."""
    by_file: dict[str, list[tuple[int, np.ndarray, np.ndarray]]] = {}
    for shard in scans:
        for rel, first, hashes, lines in shard:
            by_file.setdefault(rel, []).append((first, hashes, lines))
    repeats: dict[str, dict[str, str]] = {}
    uniques: list[np.ndarray] = []
    rels = sorted(by_file)
    for rel in rels:
        parts = sorted(by_file[rel], key=lambda p: p[0])
        hashes = np.concatenate([p[1] for p in parts])
        lines = np.concatenate([p[2] for p in parts])
        uniq, first, inverse = np.unique(hashes, return_index=True, return_inverse=True)
        later = np.ones(len(hashes), dtype=bool)
        later[first] = False
        if later.any():
            repeats[rel] = {str(int(lines[i])): str(int(lines[first[inverse[i]]])) for i in np.flatnonzero(later)}
        uniques.append(uniq)
    qualified: list[str] = []
    if len(uniques) > 1:
        every = np.sort(np.concatenate(uniques))
        shared = np.unique(every[1:][every[1:] == every[:-1]])
        qualified = [rel for rel, uniq in zip(rels, uniques) if len(shared) and np.isin(uniq, shared).any()]
    return {"qualified": qualified, "repeats": repeats}


class IdRule:
    """The decision of `decide`, applied to each record as it is read (in every worker)."""

    def __init__(self, decision: dict[str, Any] | None):
        decision = decision or {}
        self.qualified = frozenset(decision.get("qualified", ()))
        self.repeats: dict[str, dict[str, str]] = decision.get("repeats", {})

    @classmethod
    def load(cls, path: str | None) -> "IdRule":
        return cls(json.loads(Path(path).read_text(encoding="utf-8")) if path else None)

    def final_id(self, source: str, input_id: str) -> str:
        return f"{source}#{input_id}" if source in self.qualified else input_id

    def apply(self, item: Any, piece) -> Any:
        """The item with its run id; a later record reusing an id of its file becomes a drop."""
        input_id = getattr(item, "input_id", None)  # web records (RawPage) have none
        if input_id is None:
            return item
        first = self.repeats.get(piece.rel, {}).get(item.locator)
        if first is not None:
            own = derived_id(piece, item.locator)
            if isinstance(item, ReadFailure):
                item.id = own
                return item
            from ..rundir.rows import dumps

            return ReadFailure(own, item.locator, "read.duplicate_id",
                               {"error": f"id {input_id!r} appears more than once in {piece.rel}",
                                "first": self.final_id(piece.rel, input_id), "first_locator": first},
                               dumps({"text": item.text, "url": item.url, "meta": item.meta}).encode("utf-8", "surrogatepass"),
                               item.url, input_id)
        item.id = self.final_id(piece.rel, input_id)
        return item
