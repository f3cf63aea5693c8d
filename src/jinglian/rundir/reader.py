"""The one reader of a run directory (trace, sample, report, the runner's checks, tests).

A run of a million documents must open in seconds, so nothing here reads every column of
every row unless asked: columns are projected, documents are found by id one row group at
a time (only the `id` column is read to find them), and distributions come from a bounded,
deterministic sample of row groups.  Parquet and JSONL tables, local or remote (through
`io.fs.Folder`); JSONL is streamed line by line, never read whole.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import xxhash

from ..errors import RunDirectoryError
from ..io.fs import Folder
from .layout import MANIFEST, STATS, SUFFIXES, TABLES, shard_of
from .rows import json_row



@dataclass(frozen=True)
class TableFile:
    """One output file of a run directory, local or remote (the part of `Path` we use)."""

    folder: Folder
    rel: str

    @property
    def name(self) -> str:
        return self.rel.rsplit("/", 1)[-1]

    @property
    def is_parquet(self) -> bool:
        return self.name.endswith(SUFFIXES["parquet"])

    def open(self):
        return self.folder.open(self.rel)

    def open_arrow(self):
        return self.folder.open_arrow(self.rel)

    def open_text(self):
        return self.folder.open_text(self.rel)

    def groups(self) -> list[int]:
        """Row counts of the row groups (a JSONL file is one group)."""
        if self.is_parquet:
            with self.open_arrow() as f:
                meta = pq.ParquetFile(f).metadata
            return [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
        with self.open_text() as f:
            return [sum(1 for line in f if line.strip())]

    def json_rows(self, columns: list[str] | None = None, ids: pa.Array | None = None) -> Iterator[dict[str, Any]]:
        """The rows of a JSONL file, streamed; columns the file lacks are left out."""
        wanted = set(ids.to_pylist()) if ids is not None else None
        with self.open_text() as f:
            for line in f:
                if not line.strip():
                    continue
                row = json_row(json.loads(line))
                if wanted is not None and row.get("id") not in wanted:
                    continue
                yield row if columns is None else {c: row[c] for c in columns if c in row}

    def read_group(self, group: int, columns: list[str] | None) -> pa.Table:
        """Some columns (None: all) of one row group; columns the file lacks are left out."""
        if self.is_parquet:
            with self.open_arrow() as f:
                pf = pq.ParquetFile(f)
                names = pf.schema_arrow.names
                return pf.read_row_group(group, columns=names if columns is None else [c for c in columns if c in names])
        rows = list(self.json_rows(columns))
        if not rows:
            return pa.table({c: pa.array([], pa.string()) for c in columns or ["id"]})
        table = pa.Table.from_pylist(rows)
        for i, f in enumerate(table.schema):  # a column that is null in every row of this file has no type
            if pa.types.is_null(f.type):
                table = table.set_column(i, f.name, table.column(i).cast(pa.binary() if f.name == "raw" else pa.string()))
        return table

    def rows(self, columns: list[str] | None = None, ids: pa.Array | None = None) -> Iterator[dict[str, Any]]:
        """Rows in file order; with `ids`, only row groups whose id column holds one are read."""
        if not self.is_parquet:
            yield from self.json_rows(columns, ids)
            return
        for g in range(len(self.groups())):
            if ids is not None:
                id_col = self.read_group(g, ["id"]).column("id")
                if not pc.any(pc.is_in(id_col, value_set=ids)).as_py():
                    continue
            table = self.read_group(g, columns if ids is None or columns is None or "id" in columns else columns + ["id"])
            if ids is not None:
                table = table.filter(pc.is_in(table.column("id"), value_set=ids))
                if columns is not None and "id" not in columns:
                    table = table.drop_columns(["id"])
            yield from table.to_pylist()


def table_files(folder: Folder, table: str) -> list[TableFile]:
    """The finished files of one table (Parquet or JSONL), in a stable order; temporary files skipped."""
    found = [TableFile(folder, rel) for rel in folder.files(table)]
    return [f for f in found if f.name.endswith(tuple(SUFFIXES.values())) and not f.name.startswith((".", "_"))]


def shard_rank(path: TableFile) -> int:
    """A stable pseudo-random rank of the shard a file belongs to.

    kept/part-00003 and dropped/s1-part-00003 hold documents of the same input shard, so
    they share a rank; picking examples from the lowest-ranked shards first keeps them in
    a few files, which is what makes fetching their text cheap in a large run."""
    return xxhash.xxh64_intdigest(shard_of(path.name).encode()) >> 1  # fits an int64 column


def _concat(tables: list[pa.Table], columns: list[str]) -> pa.Table:
    tables = [t for t in tables if t.num_rows]
    if not tables:
        return pa.table({c: pa.array([], pa.string()) for c in columns})
    return pa.concat_tables(tables, promote_options="permissive")


def _id_array(ids: Iterable[str]) -> pa.Array:
    return pa.array(sorted(set(ids)), pa.string())


class RunDir:
    """A run directory, read: `RunDir.open(path)` for one that must exist (a CLI error
    otherwise); `RunDir(path)` for one being written (the runner's own checks)."""

    def __init__(self, root: str | Path):
        self.path = str(root)
        self.folder = Folder(root)
        self._files: dict[str, list[TableFile]] = {}

    @classmethod
    def open(cls, root: str | Path) -> RunDir:
        run = cls(root)
        if not run.folder.is_dir():
            raise RunDirectoryError(f"{root} is not a run directory (it does not exist)")
        if not run.folder.exists(MANIFEST):
            raise RunDirectoryError(f"{root}: not a jinglian run directory (no {MANIFEST})")
        return run

    @property
    def name(self) -> str:
        """The run directory's own name (for titles)."""
        return Path(self.folder.base).name

    @cached_property
    def stats(self) -> dict[str, Any]:
        return self._read_json(STATS)

    @cached_property
    def manifest(self) -> dict[str, Any]:
        return self._read_json(MANIFEST)

    def _read_json(self, rel: str) -> dict[str, Any]:
        if not self.folder.exists(rel):
            return {}
        try:
            return json.loads(self.folder.read_text(rel))
        except ValueError as exc:
            raise RunDirectoryError(f"{self.folder.uri(rel)} is not valid JSON: {exc}") from exc

    def files(self, table: str) -> list[TableFile]:
        """The finished files of `kept`, `dropped` or `edits` (listed once per reader)."""
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r} (one of {', '.join(TABLES)})")
        if table not in self._files:
            self._files[table] = table_files(self.folder, table)
        return self._files[table]

    # --- rows ---------------------------------------------------------------
    def rows(self, table: str, columns: list[str] | None = None, ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        """Rows of one table in file order, streamed: only `columns` (None: all), only `ids`."""
        wanted = _id_array(ids) if ids is not None else None
        if wanted is not None and not len(wanted):
            return
        for f in self.files(table):
            yield from f.rows(columns, wanted)

    def fetch(self, table: str, ids: Iterable[str], columns: list[str] | None = None) -> list[dict[str, Any]]:
        """The rows of `ids`, reading only the row groups that hold them."""
        return list(self.rows(table, columns, ids))

    def find(self, doc_id: str) -> tuple[str, dict[str, Any]] | None:
        """('kept' | 'dropped', row) for one id, or None."""
        for table in ("kept", "dropped"):
            rows = self.fetch(table, [doc_id])
            if rows:
                return table, rows[0]
        return None

    def edits_for(self, ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """Edit rows per document id, in the order they were applied."""
        out: dict[str, list[dict[str, Any]]] = {}
        for row in self.rows("edits", ids=ids):
            out.setdefault(row["id"], []).append(row)
        return out

    # --- columns and samples ------------------------------------------------------
    def count(self, table: str) -> int:
        return sum(sum(f.groups()) for f in self.files(table))

    def read_columns(self, table: str, columns: list[str], with_rank: bool = False) -> pa.Table:
        """All rows of `columns` (those that exist), concatenated.

        With `with_rank`, a `_rank` column holds each row's `shard_rank`."""
        tables = []
        for f in self.files(table):
            rank = shard_rank(f)
            for g in range(len(f.groups())):
                t = f.read_group(g, columns)
                if with_rank:
                    t = t.append_column("_rank", pa.array([rank] * t.num_rows, pa.int64()))
                tables.append(t)
        return _concat(tables, columns + (["_rank"] if with_rank else []))

    def sample(self, table: str, columns: list[str], max_read: int, keep: int, seed: str = "",
               derive=None) -> tuple[pa.Table, int]:
        """A deterministic sample of at most `keep` rows, and the number of rows it stands for.

        Reads whole row groups in a scattered, stable order until about `max_read` rows are
        read, then keeps the rows whose id hashes lowest (stable across runs and machines).
        `derive(table) -> table` runs on each row group as it is read (e.g. to turn text into
        lengths so the text itself is not held).
        """
        groups = [(f, g, n) for f in self.files(table) for g, n in enumerate(f.groups()) if n]
        total = sum(n for _, _, n in groups)
        chosen = groups
        if total > max_read:
            order = sorted(groups, key=lambda g: xxhash.xxh64_intdigest(f"{seed}{g[0].name}:{g[1]}".encode()))
            chosen, budget = [], 0
            for g in order:
                if budget >= max_read:
                    break
                chosen.append(g)
                budget += g[2]
        tables = []
        for f, g, _ in chosen:
            t = f.read_group(g, columns)
            tables.append(derive(t) if derive else t)
        sample = _concat(tables, columns)
        if sample.num_rows > keep:
            ranks = [xxhash.xxh64_intdigest((seed + i).encode()) for i in sample.column("id").to_pylist()]
            order = sorted(range(sample.num_rows), key=ranks.__getitem__)[:keep]
            sample = sample.take(sorted(order))
        return sample, total

    # --- what the manifest and stats say ---------------------------------------------
    def reasons(self) -> list[str]:
        """Every reason the run counted, in a stable order (used to assign colors)."""
        found: set[str] = set()
        for step in self.stats.get("steps", []):
            for key in ("dropped", "edited", "chars_removed"):
                found.update(step[key])
        return sorted(found)

    def step_params(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(step name, params) for each step of the resolved recipe (`Pipeline.to_dict`)."""
        for step in (self.manifest.get("recipe") or {}).get("steps", []):
            yield step["use"], {k: v for k, v in step.items() if k != "use"}


def pick_ids(ids: list[str], k: int, seed: str = "") -> list[str]:
    """The `k` ids whose hash is lowest: a stable, order-independent sample."""
    return sorted(set(ids), key=lambda i: xxhash.xxh64_intdigest((seed + i).encode()))[:k]


def pick_concentrated(table: pa.Table, k: int, seed: str = "") -> list[str]:
    """Up to `k` ids of `table` (columns id, _rank), from as few shards as possible.

    Shards are taken in `_rank` order and ids within a shard by hash, so the choice is
    stable and the documents' text is then read from one or two files, not from all."""
    if not table.num_rows:
        return []
    order = pc.sort_indices(table, sort_keys=[("_rank", "ascending")])
    picked: list[str] = []
    start = 0
    while len(picked) < k and start < table.num_rows:
        rank = table.column("_rank")[order[start].as_py()].as_py()
        stop = start
        chunk_ids = []
        while stop < table.num_rows:  # the rows of this shard, in slices
            part = table.take(order[stop:stop + 65536])
            same = pc.equal(part.column("_rank"), rank)
            n_same = pc.sum(same).as_py() or 0
            chunk_ids.extend(part.column("id").filter(same).to_pylist())
            stop += n_same
            if n_same < part.num_rows:
                break
        picked.extend(i for i in pick_ids(chunk_ids, k - len(picked), seed) if i not in picked)
        start = stop
    return picked
