"""Reading a run directory for the report: column projection, row lookup by id, sampling.

The report must open in seconds for a run of a million documents, so nothing here reads
every column of every row.  Exact counts come from `stats.json`; distributions are
estimated from a bounded sample of rows, and single documents are fetched by id one row
group at a time (only the `id` column is read to find them).
"""
from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import xxhash

from ..errors import RunDirectoryError
from ..io.fs import Folder

TABLES = ("kept", "dropped", "edits")
EXTENSIONS = (".parquet", ".jsonl")


@dataclass(frozen=True)
class TableFile:
    """One output file of a run directory, local or remote (the part of `Path` we use)."""

    folder: Folder
    rel: str

    @property
    def name(self) -> str:
        return self.rel.rsplit("/", 1)[-1]

    @property
    def suffix(self) -> str:
        return "." + self.name.rsplit(".", 1)[-1] if "." in self.name else ""

    def open(self):
        return self.folder.open(self.rel)

    def open_text(self):
        return self.folder.open_text(self.rel)


def table_files(folder: Folder, table: str) -> list[TableFile]:
    """The finished files of one table (Parquet or JSONL), in a stable order; temporary files skipped."""
    found = [TableFile(folder, rel) for rel in folder.files(table)]
    return [f for f in found if f.suffix in EXTENSIONS and not f.name.startswith((".", "_"))]


def _groups(path: TableFile) -> list[int]:
    """Row counts of the row groups of one file (a JSONL file is one group)."""
    if path.suffix == ".parquet":
        with path.open() as f:
            meta = pq.ParquetFile(f).metadata
        return [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
    with path.open_text() as f:
        return [sum(1 for line in f if line.strip())]


def _read_group(path: TableFile, group: int, columns: list[str] | None) -> pa.Table:
    """Some columns (None: all) of one row group; columns a file lacks are left out."""
    if path.suffix == ".parquet":
        with path.open() as f:
            pf = pq.ParquetFile(f)
            names = pf.schema_arrow.names
            return pf.read_row_group(group, columns=names if columns is None else [c for c in columns if c in names])
    rows = []
    with path.open_text() as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                if row.get("raw"):
                    row["raw"] = base64.b64decode(row["raw"])
                rows.append(row if columns is None else {c: row[c] for c in columns if c in row})
    if not rows:
        return pa.table({c: pa.array([], pa.string()) for c in columns or ["id"]})
    table = pa.Table.from_pylist(rows)
    for i, f in enumerate(table.schema):  # a column that is null in every row of this file has no type
        if pa.types.is_null(f.type):
            table = table.set_column(i, f.name, table.column(i).cast(pa.binary() if f.name == "raw" else pa.string()))
    return table


def _concat(tables: list[pa.Table], columns: list[str]) -> pa.Table:
    tables = [t for t in tables if t.num_rows]
    if not tables:
        return pa.table({c: pa.array([], pa.string()) for c in columns})
    return pa.concat_tables(tables, promote_options="permissive")


def shard_rank(path: TableFile) -> int:
    """A stable pseudo-random rank of the shard a file belongs to.

    kept/part-00003 and dropped/s1-part-00003 hold documents of the same input shard, so
    they share a rank; picking examples from the lowest-ranked shards first keeps them in
    a few files, which is what makes fetching their text cheap in a large run."""
    key = re.sub(r"^s\d+-", "", path.name.split(".")[0])
    return xxhash.xxh64_intdigest(key.encode()) >> 1  # fits an int64 column


def read_columns(files: list[TableFile], columns: list[str], with_rank: bool = False) -> pa.Table:
    """All rows of `columns` (those that exist) from `files`, concatenated.

    With `with_rank`, a `_rank` column holds each row's `shard_rank`."""
    tables = []
    for f in files:
        rank = shard_rank(f)
        for g in range(len(_groups(f))):
            t = _read_group(f, g, columns)
            if with_rank:
                t = t.append_column("_rank", pa.array([rank] * t.num_rows, pa.int64()))
            tables.append(t)
    return _concat(tables, columns + (["_rank"] if with_rank else []))


def count_rows(files: list[TableFile]) -> int:
    return sum(sum(_groups(f)) for f in files)


def fetch_by_id(files: list[TableFile], ids: Iterable[str], columns: list[str] | None = None) -> list[dict]:
    """Rows whose `id` is in `ids`, in file order.

    Reads the `id` column of each row group and then only the row groups that hold a match,
    so looking up a handful of documents in a large run reads little text.
    """
    wanted = pa.array(sorted(set(ids)), pa.string())
    if len(wanted) == 0:
        return []
    rows: list[dict] = []
    for f in files:
        for g in range(len(_groups(f))):
            if f.suffix == ".parquet":
                id_col = _read_group(f, g, ["id"]).column("id")
                if not pc.any(pc.is_in(id_col, value_set=wanted)).as_py():
                    continue
            table = _read_group(f, g, columns)
            if table.num_rows and "id" in table.column_names:
                rows.extend(table.filter(pc.is_in(table.column("id"), value_set=wanted)).to_pylist())
    return rows


def sample_table(files: list[TableFile], columns: list[str], max_read: int, keep: int, seed: str = "",
                 derive=None) -> tuple[pa.Table, int]:
    """A deterministic sample of at most `keep` rows, and the number of rows it stands for.

    Reads whole row groups in a scattered, stable order until about `max_read` rows are
    read, then keeps the rows whose id hashes lowest (stable across runs and machines).
    `derive(table) -> table` runs on each row group as it is read (e.g. to turn text into
    lengths so the text itself is not held).
    """
    groups = [(f, g, n) for f in files for g, n in enumerate(_groups(f)) if n]
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
        t = _read_group(f, g, columns)
        tables.append(derive(t) if derive else t)
    table = _concat(tables, columns)
    if table.num_rows > keep:
        ranks = [xxhash.xxh64_intdigest((seed + i).encode()) for i in table.column("id").to_pylist()]
        order = sorted(range(table.num_rows), key=ranks.__getitem__)[:keep]
        table = table.take(sorted(order))
    return table, total


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


def loads(value: Any) -> Any:
    """Parse a JSON column value; tolerate values already decoded or missing."""
    if value is None or isinstance(value, (dict, list)):
        return value if value is not None else {}
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return {"_unparsed": str(value)}


@dataclass
class RunDir:
    """The pieces of a run directory the report uses."""

    path: str
    folder: Folder
    stats: dict[str, Any] = field(default_factory=dict)
    manifest: dict[str, Any] = field(default_factory=dict)
    files: dict[str, list[TableFile]] = field(default_factory=dict)

    @classmethod
    def open(cls, out_dir: str | Path) -> RunDir:
        folder = Folder(out_dir)
        if not folder.is_dir():
            raise RunDirectoryError(f"{out_dir} is not a run directory (it does not exist)")
        stats = _read_json(folder, "stats.json")
        manifest = _read_json(folder, "manifest.json")
        files = {t: table_files(folder, t) for t in TABLES}
        if not stats and not files["kept"] and not files["dropped"]:
            raise RunDirectoryError(f"{out_dir} holds no stats.json and no kept/ or dropped/ Parquet files")
        return cls(str(out_dir), folder, stats, manifest, files)

    @property
    def name(self) -> str:
        """The run directory's own name (for titles)."""
        return Path(self.folder.base).name

    def reasons(self) -> list[str]:
        """Every reason the run counted, in a stable order (used to assign colors)."""
        found: set[str] = set()
        for step in self.stats.get("steps", []):
            for key in ("dropped", "edited", "chars_removed"):
                found.update((step.get(key) or {}).keys())
        return sorted(found)

    def edits_for(self, ids: Iterable[str]) -> dict[str, list[dict]]:
        """Edit rows per document id, in the order they were applied."""
        out: dict[str, list[dict]] = {}
        for row in fetch_by_id(self.files["edits"], ids):
            out.setdefault(row["id"], []).append(row)
        return out

    def find_document(self, doc_id: str) -> tuple[str, dict] | None:
        """('kept' | 'dropped', row) for one id, or None."""
        for table in ("kept", "dropped"):
            rows = fetch_by_id(self.files[table], [doc_id])
            if rows:
                return table, rows[0]
        return None

    def iter_step_params(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(step name, params) for each step of the resolved recipe in the manifest."""
        recipe = self.manifest.get("recipe") or {}
        for step in recipe.get("steps", []) if isinstance(recipe, dict) else []:
            if not isinstance(step, dict):
                continue
            name = step.get("use") or step.get("name") or step.get("step") or ""
            params = step.get("params")
            if not isinstance(params, dict):
                params = {k: v for k, v in step.items() if k not in ("use", "name", "step", "kind")}
            yield str(name), params


def _read_json(folder: Folder, rel: str) -> dict[str, Any]:
    if not folder.exists(rel):
        return {}
    try:
        return json.loads(folder.read_text(rel))
    except ValueError as exc:
        raise RunDirectoryError(f"{folder.uri(rel)} is not valid JSON: {exc}") from exc
