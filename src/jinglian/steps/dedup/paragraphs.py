"""Paragraphs repeated across documents: long quotes, syndicated paragraphs, shared boilerplate.

A paragraph (a line) whose dedup key — folded to one script, width and no punctuation, as for
documents — occurs in several documents is kept in one of them and removed from the others,
each removal an edit with its reason.  Keys are script-folded, so a traditional-script copy of
a paragraph counts as a repeat.  Run it after document dedup, so whole reposts are gone first
and do not claim paragraphs.

Phases: signature = hashes of the document's long paragraphs; resolve = `executor.map` over
hash partitions, each reading only the hash column of every signature file and keeping the
hashes seen in two or more documents, with the owner, and writing for each shard the owners of
the repeated paragraphs its documents hold but do not own (one row group per shard, so a shard
task reads its own: memory bounded by the shard, not the corpus); decide = re-hash the
paragraphs and remove those owned by another document.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from ...document import Document, Span
from ...step import GlobalStep, shard_of_signatures

REASON = "paragraphs.repeated"


@dataclass
class ParagraphDedup(GlobalStep):
    """Remove paragraphs that another document already carries (the owner keeps them)."""

    name: ClassVar[str] = "paragraphs.dedup"
    reasons: ClassVar[dict[str, str]] = {
        REASON: "paragraph repeated from another document, which keeps it (the owner: smallest id)",
    }

    #: only lines with at least this many key characters (Han, letters, digits) count; shorter
    #: repeated lines are site chrome and belong to the cleaning steps.  50 keeps ordinary
    #: sentences of the dev set's articles (median line 60+ key characters) in play.
    min_chars: int = 50
    #: resolve runs one task per hash partition, at least this many
    partitions: int = 4
    #: and more when the corpus has more than this many long paragraphs per partition: a task
    #: holds its partition's (hash, id) rows and groups them, about 260 bytes a row at its peak
    #: (measured: 1.5M rows, 388 MB), and two run at once; 1M bench documents carry ~7M
    partition_rows: int = 500_000

    decisions_per_shard: ClassVar[bool] = True

    def setup(self) -> None:
        from ...zh.fold import fold_table

        fold_table()

    def _paragraphs(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, hash) of each long line, end including its newline."""
        import xxhash

        from ...zh.fold import line_keys

        key, key_lines, per_line = line_keys(text)
        long_lines = np.flatnonzero(per_line >= self.min_chars)
        if len(long_lines) == 0:
            return []
        starts = np.concatenate(([0], np.cumsum(per_line)))
        out = []
        line_starts = [0]
        for line in text.split("\n"):
            line_starts.append(line_starts[-1] + len(line) + 1)
        for ln in long_lines.tolist():
            h = xxhash.xxh3_64_intdigest(key[starts[ln]: starts[ln + 1]].tobytes())
            out.append((line_starts[ln], min(line_starts[ln + 1], len(text)), h - (1 << 64) if h >= 1 << 63 else h))
        return out

    def signature(self, doc: Document) -> dict[str, Any]:
        return {"paragraphs": sorted({h for _, _, h in self._paragraphs(doc.text)})}

    def resolve(self, signature_paths: list[str], workdir: str, executor: Any) -> dict[str, Any]:
        parts = max(self.partitions, -(-_paragraph_rows(signature_paths) // self.partition_rows))
        task = functools.partial(_repeated_in_partition, list(signature_paths), workdir, parts)
        counts = list(executor.map(task, range(parts)))
        return {"repeated_paragraphs": sum(c[0] for c in counts), "removals": sum(c[1] for c in counts),
                "partitions": parts}

    def load(self, workdir: str, shard: str | None = None) -> dict[int, str]:
        """hash -> owner of the repeated paragraphs that documents of `shard` (None: of any
        shard) hold without owning them."""
        import pyarrow.parquet as pq

        owners: dict[int, str] = {}
        for part in sorted(Path(workdir).glob("owners-*.parquet")):
            pf = pq.ParquetFile(part)
            meta = pf.metadata
            column = pf.schema_arrow.get_field_index("shard")
            if column < 0:
                raise ValueError(f"{part}: paragraph owners without a shard column (resolved by an older jinglian); "
                                 f"rerun with --overwrite")
            for rg in range(meta.num_row_groups):
                stats = meta.row_group(rg).column(column).statistics
                if shard is not None and stats is not None and stats.has_min_max and not stats.min <= shard <= stats.max:
                    continue
                t = pf.read_row_group(rg, columns=["shard", "hash", "owner"])
                if shard is not None:
                    import pyarrow.compute as pc

                    t = t.filter(pc.equal(t.column("shard"), shard))
                owners.update(zip(t.column("hash").to_pylist(), t.column("owner").to_pylist()))
        return owners

    def decide(self, doc: Document, owners: dict[int, str]) -> list[Span]:
        spans = []
        for start, end, h in self._paragraphs(doc.text):
            owner = owners.get(h)
            if owner is not None and owner != doc.id:
                spans.append(Span(start, end, REASON))
        return spans


def _paragraph_rows(paths: list[str]) -> int:
    """How many paragraph hashes the signature files hold, from their Parquet footers alone."""
    import pyarrow.parquet as pq

    rows = 0
    for path in paths:
        meta = pq.ParquetFile(path).metadata
        leaf = next((i for i in range(meta.num_columns) if meta.schema.column(i).path.startswith("paragraphs")), None)
        if leaf is not None:
            rows += sum(meta.row_group(g).column(leaf).num_values for g in range(meta.num_row_groups))
    return rows


def _repeated_in_partition(paths: list[str], workdir: str, partitions: int, part: int) -> tuple[int, int]:
    """Hashes of this partition seen in two or more documents, with their owner (smallest id),
    written per shard: the (hash, owner) of each repeated paragraph a document of the shard holds
    without owning it, one row group per shard (sorted by shard, then hash)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    schema = pa.schema([("shard", pa.string()), ("hash", pa.int64()), ("owner", pa.string())])
    tables = []
    for s, path in enumerate(paths):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=65536, columns=["id", "paragraphs"]):
            lists = batch.column("paragraphs")
            hashes = pc.list_flatten(lists)
            if len(hashes) == 0:
                continue
            ids = pc.take(batch.column("id"), pc.list_parent_indices(lists))
            # partition by hash modulo `partitions` (computed in numpy: Arrow has no modulo)
            h = hashes.to_numpy(zero_copy_only=False)
            mine = (h % partitions) == part
            tables.append(pa.table({"hash": pa.array(h[mine]), "id": pc.filter(ids, pa.array(mine)),
                                    "file": pa.array(np.full(int(mine.sum()), s, dtype=np.int32))}))
    out = Path(workdir) / f"owners-{part:03d}.parquet"
    if not tables:
        pq.write_table(schema.empty_table(), out)
        return 0, 0
    t = pa.concat_tables(tables)
    del tables
    grouped = t.group_by("hash").aggregate([("id", "min"), ("id", "count_distinct")])
    repeated = grouped.filter(pc.greater(grouped.column("id_count_distinct"), 1))
    removals = int(pc.sum(repeated.column("id_count_distinct")).as_py() or 0) - len(repeated)
    n_repeated = len(repeated)
    owners = pa.table({"hash": repeated.column("hash"), "owner": repeated.column("id_min")})
    del grouped, repeated
    held = t.join(owners, "hash", join_type="inner")
    del t
    held = held.filter(pc.not_equal(held.column("id"), held.column("owner")))
    held = held.group_by(["file", "hash", "owner"]).aggregate([]).sort_by([("file", "ascending"), ("hash", "ascending")])
    files = held.column("file").to_numpy()
    bounds = np.searchsorted(files, np.arange(len(paths) + 1))
    names = [shard_of_signatures(p) for p in paths]
    with pq.ParquetWriter(out, schema) as writer:
        for s in np.flatnonzero(np.diff(bounds)).tolist():
            rows = held.slice(bounds[s], bounds[s + 1] - bounds[s])
            writer.write_table(pa.table({"shard": pa.array([names[s]] * len(rows), pa.string()),
                                         "hash": rows.column("hash"), "owner": rows.column("owner")}, schema=schema))
    return n_repeated, removals
