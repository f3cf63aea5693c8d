"""Paragraphs repeated across documents: long quotes, syndicated paragraphs, shared boilerplate.

A paragraph (a line) whose dedup key — folded to one script, width and no punctuation, as for
documents — occurs in several documents is kept in one of them and removed from the others,
each removal an edit with its reason.  Keys are script-folded, so a traditional-script copy of
a paragraph counts as a repeat.  Run it after document dedup, so whole reposts are gone first
and do not claim paragraphs.

A *foreign fragment* is another article's paragraph cut mid-sentence and glued into a page
(after its title, or at its end).  On a crawl the paragraph's own article is usually there too,
which is better evidence than anything inside the page: a line that stops without sentence
punctuation, whose key starts like a longer line of another document, at most `1 /
fragment_share` times as long, is that line's truncated copy and is removed
(`paragraphs.fragment`); the document with the longer line keeps it.  "Starts like" is checked
on the longest prefix of the candidate's key among `fragment_chars` key characters doubled up
to `fragment_max_chars` (20, 40, 80, 160, 320): at least half of a candidate's key is
compared, so two paragraphs that merely open with the same sentence are not taken for copies,
and a heading is not cut for opening paragraphs much longer than itself ("坚持以习近平新时代
中国特色社会主义思想为指导" opens many).  Not a candidate: a document's first line (where its
title is), a line ending in a colon (a lead-in to what follows) or in a full stop the lines
step does not count ("．", "."), and a line whose longer counterpart is in its own document (a
lede repeated in full below).  Keys are folded, so a traditional copy of a simplified
paragraph counts, as far as the fold joins their characters (it does not join 瞭 and 了, which
conversion writes for 了解 in Hong Kong script).

Phases: signature = hashes of the document's long paragraphs, and the prefix hashes of its
lines at those lengths with their key lengths (its fragment candidates' at their longest
prefix only); resolve = `executor.map` over hash partitions, each reading only hash columns of
every signature file and keeping the paragraph hashes seen in two or more documents, with the
owner, and the candidates whose prefix another document holds a fitting longer line for (the
prefix rows are read only for the prefixes some candidate has, so they add little memory),
and writing for each shard the decisions about its documents (one row group per shard, so a
shard task reads its own: memory bounded by the shard, not the corpus); decide = re-hash the
lines and remove the paragraphs owned by another document and the fragments.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

import numpy as np

from ...document import Document, Span
from ...step import GlobalStep, shard_of_signatures
from ..lines import ends_sentence

REASON = "paragraphs.repeated"
FRAGMENT = "paragraphs.fragment"


#: a line ending in one of these (closing quotes aside) is no cut either: a colon leads in to what
#: follows; a full-width or ASCII full stop and a tilde end sentences the lines step does not count
_NOT_CUT = frozenset(":：．.～~")
_CLOSERS = "”’」』）)]】》\"'"
#: prefix hashes use their own seed, so a prefix never equals a paragraph's hash by construction
_PREFIX_SEED = 0x6A6C66


def _signed(h: int) -> int:
    """An unsigned 64-bit hash as the int64 Parquet stores."""
    return h - (1 << 64) if h >= 1 << 63 else h


class Decisions(NamedTuple):
    """What `decide` reads: hash -> owner of the repeated paragraphs a shard's documents hold
    without owning them, and (prefix hash, key length) -> holder of a longer line it was cut
    from, for the fragment candidates of the shard's documents that are fragments."""

    repeated: dict[int, str]
    fragments: dict[tuple[int, int], str]


@dataclass
class ParagraphDedup(GlobalStep):
    """Remove paragraphs that another document already carries (the owner keeps them), and
    truncated copies of another document's longer paragraphs (foreign fragments)."""

    name: ClassVar[str] = "paragraphs.dedup"
    reasons: ClassVar[dict[str, str]] = {
        REASON: "paragraph repeated from another document, which keeps it (the owner: smallest id)",
        FRAGMENT: "a line cut mid-sentence whose start begins a longer paragraph of another document "
                  "(another article's paragraph glued into the page); the longer one stays",
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
    #: a line without sentence punctuation at its end is a fragment of a longer line of another
    #: document when their keys start with the same key characters: at least this many (shorter
    #: lines are no candidates).  Chosen on the dev set and held-out 5-19 (tuning sets): their
    #: foreign fragments hold 19-1059 key characters when they reach this step; on the first 10
    #: alone a dated content line ("，2021年7月1日在容城组团内部…") and command lines shared their
    #: starts with longer lines elsewhere, from 16 up only fragments did; 20 keeps a margin and
    #: still takes held-out 18's 23-character NBA fragment.
    fragment_chars: int = 20
    #: the prefix compared is the longest of fragment_chars, twice that, four times ... up to this
    #: many that the candidate has, so at least half of it is compared.  On the 10,000-document
    #: bench corpus, whose paragraphs are shuffled sentences of a small pool (many unterminated),
    #: the first 20 alone cut 6,800 lines, most of which merely opened with another paragraph's
    #: first sentence; with this (and fragment_share) 1,815, 943 of them whole prefixes of a
    #: longer line elsewhere.  The tuning sets' 23 fragments are caught either way.
    fragment_max_chars: int = 320
    #: and the candidate holds at least this share of the longer line's key characters.  The
    #: tuning sets' fragments hold 0.41-0.8 of their paragraph (make_noisy_set cuts at 40-80 %);
    #: 0.3 leaves a margin, and keeps a heading that opens paragraphs over 3 times its length
    fragment_share: float = 0.3
    #: of which at least this many Han: code and English lines ("composer require …") share
    #: their starts across pages without being cut from anything
    fragment_han: int = 10

    decisions_per_shard: ClassVar[bool] = True

    def __post_init__(self) -> None:
        if not 0 < self.fragment_han <= self.fragment_chars:
            raise ValueError(f"fragment_han must be in 1..fragment_chars, got {self.fragment_han}")
        if not 0 < self.fragment_share < 1:
            raise ValueError(f"fragment_share must be in (0, 1), got {self.fragment_share}")
        if self.fragment_max_chars < self.fragment_chars:
            raise ValueError(f"fragment_max_chars must be at least fragment_chars, got {self.fragment_max_chars}")

    def _levels(self) -> list[int]:
        """The prefix lengths compared: fragment_chars doubled up to fragment_max_chars."""
        levels = [self.fragment_chars]
        while levels[-1] * 2 <= self.fragment_max_chars:
            levels.append(levels[-1] * 2)
        return levels

    def setup(self) -> None:
        from ...zh.fold import fold_table
        from ...zh.signals import class_table

        fold_table()
        class_table()

    def _lines(self, text: str, prefixes: bool = True, heads_wanted: bool = True) -> tuple[
            list[tuple[int, int, int]], list[tuple[int, int, int, int]], set[tuple[int, int]]]:
        """The document's lines as the three phases see them:
        - (start, end, hash) of each long line (at least `min_chars` key characters), end
          including its newline;
        - (start, end, prefix hash, key length) of each fragment candidate: a line after the
          first that stops mid-sentence (not at a colon or a full stop, see _NOT_CUT), with at
          least `fragment_chars` key characters, `fragment_han` Han among the first, and no
          longer line of its own document that starts the same; its prefix is the longest of
          `_levels()` it has;
        - (prefix hash, key length) of the lines (with `fragment_han` Han among their first
          `fragment_chars` key characters) at each of `_levels()` shorter than the line that
          another document's candidate may be a fragment of: a candidate compared at level c
          has fewer than 2c key characters (c not the last level), so a line of n is left out
          at the levels where 2c - 1 < fragment_share * n (15 % of the rows of the 10,000-document
          bench corpus).
        With `prefixes` False, only the first (the others empty); with `heads_wanted` False, not
        the last, and no prefix is hashed on a page without candidates."""
        import xxhash

        from ...zh.fold import line_keys
        from ...zh.signals import HAN, class_table

        key, key_lines, per_line = line_keys(text)
        k, levels = self.fragment_chars, self._levels()
        wanted = np.flatnonzero(per_line >= (min(self.min_chars, k) if prefixes else self.min_chars))
        if len(wanted) == 0:
            return [], [], {}
        starts = np.concatenate(([0], np.cumsum(per_line))).tolist()  # Python ints: the loop reads them one by one
        lines = text.split("\n")
        line_starts = [0]
        for line in lines:
            line_starts.append(line_starts[-1] + len(line) + 1)
        first = int(np.flatnonzero(per_line)[0])
        han = class_table()[key] == HAN
        han_before = np.concatenate(([0], np.cumsum(han))).tolist()
        kb = memoryview(key.tobytes())  # 4 bytes a key character
        paragraphs, prefixed = [], []
        any_candidate = False
        counts = per_line.tolist()
        for ln in wanted.tolist():
            a, n = starts[ln], counts[ln]
            span = (line_starts[ln], min(line_starts[ln + 1], len(text)))
            if n >= self.min_chars:
                paragraphs.append((*span, _signed(xxhash.xxh3_64_intdigest(kb[4 * a: 4 * (a + n)]))))
            if not prefixes or n < k or han_before[a + k] - han_before[a] < self.fragment_han:
                continue
            tail = lines[ln].rstrip()
            candidate = ln != first and not ends_sentence(tail) and tail.rstrip(_CLOSERS)[-1:] not in _NOT_CUT
            any_candidate |= candidate
            prefixed.append((span, a, n, candidate))
        if not any_candidate and not heads_wanted:
            return paragraphs, [], set()
        candidates, heads, longest = [], set(), {}
        share, top = self.fragment_share, levels[-1]
        for span, a, n, candidate in prefixed:
            h = 0
            for c in levels:
                if c > n:
                    break
                h = _signed(xxhash.xxh3_64_intdigest(kb[4 * a: 4 * (a + c)], seed=_PREFIX_SEED))
                if c < n:
                    longest[h] = max(longest.get(h, 0), n)
                    if heads_wanted and (c == top or 2 * c - 1 >= share * n):
                        heads.add((h, n))
            if candidate:
                candidates.append((*span, h, n))  # h: its longest prefix
        return paragraphs, [c for c in candidates if longest.get(c[2], 0) <= c[3]], heads

    def signature(self, doc: Document) -> dict[str, Any]:
        paragraphs, candidates, heads = self._lines(doc.text)
        cuts = dict(sorted({(h, n) for _, _, h, n in candidates}))  # one length per prefix: see _lines
        heads = sorted(heads)
        return {"paragraphs": sorted({h for _, _, h in paragraphs}),
                "cuts": list(cuts), "cut_chars": list(cuts.values()),
                "heads": [h for h, _ in heads], "head_chars": [n for _, n in heads]}

    def resolve(self, signature_paths: list[str], workdir: str, executor: Any) -> dict[str, Any]:
        parts = max(self.partitions, -(-_paragraph_rows(signature_paths) // self.partition_rows))
        task = functools.partial(_repeated_in_partition, list(signature_paths), workdir, parts, self.fragment_share)
        counts = list(executor.map(task, range(parts)))
        return {"repeated_paragraphs": sum(c[0] for c in counts), "removals": sum(c[1] for c in counts),
                "fragments": sum(c[2] for c in counts), "partitions": parts}

    def load(self, workdir: str, shard: str | None = None) -> Decisions:
        """The decisions about the documents of `shard` (None: of any shard): the owners of the
        repeated paragraphs they hold without owning them, and those of their fragment
        candidates that are fragments of another document's line, with its holder."""
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        repeated: dict[int, str] = {}
        fragments: dict[tuple[int, int], str] = {}
        for part in sorted(Path(workdir).glob("owners-*.parquet")):
            pf = pq.ParquetFile(part)
            meta = pf.metadata
            column = pf.schema_arrow.get_field_index("shard")
            if column < 0 or pf.schema_arrow.get_field_index("chars") < 0:
                raise ValueError(f"{part}: paragraph decisions without a shard or chars column (resolved by an "
                                 f"older jinglian); rerun with --overwrite")
            for rg in range(meta.num_row_groups):
                stats = meta.row_group(rg).column(column).statistics
                if shard is not None and stats is not None and stats.has_min_max and not stats.min <= shard <= stats.max:
                    continue
                t = pf.read_row_group(rg, columns=["shard", "hash", "owner", "chars"])
                if shard is not None:
                    t = t.filter(pc.equal(t.column("shard"), shard))
                for h, owner, chars in zip(t.column("hash").to_pylist(), t.column("owner").to_pylist(),
                                           t.column("chars").to_pylist()):
                    if chars is None:
                        repeated[h] = owner
                    else:
                        fragments[(h, chars)] = owner
        return Decisions(repeated, fragments)

    def decide(self, doc: Document, decisions: Decisions) -> list[Span]:
        # prefixes are hashed only on pages with candidates, in shards with fragment decisions
        paragraphs, candidates, _ = self._lines(doc.text, prefixes=bool(decisions.fragments), heads_wanted=False)
        spans = {}
        for start, end, h, n in candidates:
            if (h, n) in decisions.fragments:
                spans[start] = Span(start, end, FRAGMENT)
        # a truncated copy is a fragment even where it is repeated, in its owner too
        for start, end, h in paragraphs:
            owner = decisions.repeated.get(h)
            if owner is not None and owner != doc.id and start not in spans:
                spans[start] = Span(start, end, REASON)
        return [spans[k] for k in sorted(spans)]


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


def _repeated_in_partition(paths: list[str], workdir: str, partitions: int, share: float,
                           part: int) -> tuple[int, int, int]:
    """The decisions of one hash partition, written per shard, one row group per shard (sorted
    by shard, then hash): for each paragraph hash seen in two or more documents, its owner
    (smallest id) and each shard whose documents hold it without owning it (`chars` null); for
    each fragment candidate (prefix hash, key length `chars`) that is a fragment of a line of
    another document (`_fragments`), that line's holder, for each shard whose documents hold
    the candidate.  Returns (repeated paragraphs, their removals, fragments cut)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("shard", pa.string()), ("hash", pa.int64()), ("owner", pa.string()),
                        ("chars", pa.int32())])
    out = Path(workdir) / f"owners-{part:03d}.parquet"
    held, n_repeated, removals = _repeated(paths, partitions, part)
    cut, n_cut = _fragments(paths, partitions, part, share)
    decisions = [t for t in (held, cut) if t is not None and len(t)]
    if not decisions:
        pq.write_table(schema.empty_table(), out)
        return n_repeated, removals, n_cut
    rows = pa.concat_tables(decisions).sort_by([("file", "ascending"), ("hash", "ascending"), ("chars", "ascending")])
    files = rows.column("file").to_numpy()
    bounds = np.searchsorted(files, np.arange(len(paths) + 1))
    names = [shard_of_signatures(p) for p in paths]
    with pq.ParquetWriter(out, schema) as writer:
        for s in np.flatnonzero(np.diff(bounds)).tolist():
            group = rows.slice(bounds[s], bounds[s + 1] - bounds[s])
            writer.write_table(pa.table({"shard": pa.array([names[s]] * len(group), pa.string()),
                                         "hash": group.column("hash"), "owner": group.column("owner"),
                                         "chars": group.column("chars")}, schema=schema))
    return n_repeated, removals, n_cut


def _rows(paths: list[str], partitions: int, part: int, column: str, extra: str | None = None,
          among: Any = None) -> Any:
    """(hash, id, file[, extra]) of the hashes in list column `column` of every signature file
    that fall in this partition (and in `among`, when given), `extra` a list column parallel to it."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    tables = []
    for s, path in enumerate(paths):
        pf = pq.ParquetFile(path)
        if pf.schema_arrow.get_field_index(column) < 0:
            continue
        for batch in pf.iter_batches(batch_size=65536, columns=["id", column] + ([extra] if extra else [])):
            lists = batch.column(column)
            hashes = pc.list_flatten(lists)
            if len(hashes) == 0:
                continue
            # partition by hash modulo `partitions` (computed in numpy: Arrow has no modulo)
            h = hashes.to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
            mine = (h % partitions) == part
            if among is not None:
                mine &= pc.is_in(pa.array(h), value_set=among).to_numpy(zero_copy_only=False)
            if not mine.any():
                continue
            parents = pc.list_parent_indices(lists).to_numpy(zero_copy_only=False)[mine]
            rows = {"hash": pa.array(h[mine]), "id": pc.take(batch.column("id"), pa.array(parents)),
                    "file": pa.array(np.full(len(parents), s, dtype=np.int32))}
            if extra:
                rows[extra] = pc.filter(pc.list_flatten(batch.column(extra)).cast(pa.int32()), pa.array(mine))
            tables.append(pa.table(rows))
    return pa.concat_tables(tables) if tables else None


def _repeated(paths: list[str], partitions: int, part: int) -> tuple[Any, int, int]:
    """(file, hash, owner, longer=null) of each repeated paragraph of the partition a document
    of the file holds without owning it; how many repeated paragraphs, how many removals."""
    import pyarrow as pa
    import pyarrow.compute as pc

    t = _rows(paths, partitions, part, "paragraphs")
    if t is None:
        return None, 0, 0
    grouped = t.group_by("hash").aggregate([("id", "min"), ("id", "count_distinct")])
    repeated = grouped.filter(pc.greater(grouped.column("id_count_distinct"), 1))
    removals = int(pc.sum(repeated.column("id_count_distinct")).as_py() or 0) - len(repeated)
    n_repeated = len(repeated)
    owners = pa.table({"hash": repeated.column("hash"), "owner": repeated.column("id_min")})
    del grouped, repeated
    held = t.join(owners, "hash", join_type="inner")
    del t
    held = held.filter(pc.not_equal(held.column("id"), held.column("owner")))
    held = held.group_by(["file", "hash", "owner"]).aggregate([])
    return held.append_column("chars", pa.nulls(len(held), pa.int32())), n_repeated, removals


def _fragments(paths: list[str], partitions: int, part: int, share: float) -> tuple[Any, int]:
    """(file, hash, owner, chars) for each fragment candidate of the partition, (prefix hash, key
    length `chars`), that a line of another document starts like, longer but at most `1 / share`
    times as long: the holder of such a line (smallest id among those of the longest), once per
    file holding the candidate; and how many candidates that cuts.  The prefix rows are read for
    the candidates' prefixes only, and grouped by (prefix, length) before they meet the
    candidates, so a prefix that opens many lines costs its distinct lengths, not its lines."""
    import pyarrow.compute as pc

    cuts = _rows(paths, partitions, part, "cuts", "cut_chars")
    if cuts is None:
        return None, 0
    heads = _rows(paths, partitions, part, "heads", "head_chars", among=pc.unique(cuts.column("hash")))
    if heads is None:
        return None, 0
    lengths = heads.group_by(["hash", "head_chars"]).aggregate([("id", "min")])
    del heads
    wanted = cuts.group_by(["hash", "cut_chars"]).aggregate([])
    pairs = wanted.join(lengths, "hash", join_type="inner")
    # a candidate has no longer line of its own (see ParagraphDedup._lines): a longer one is another's
    longer = pc.greater(pairs.column("head_chars"), pairs.column("cut_chars"))
    close = pc.greater_equal(pc.cast(pairs.column("cut_chars"), "float64"),
                             pc.multiply(pc.cast(pairs.column("head_chars"), "float64"), share))
    pairs = pairs.filter(pc.and_(longer, close))
    pairs = pairs.sort_by([("hash", "ascending"), ("cut_chars", "ascending"), ("head_chars", "descending"),
                           ("id_min", "ascending")])
    # the holder of the longest such line (the sort puts it first in each group)
    firsts = pairs.group_by(["hash", "cut_chars"], use_threads=False).aggregate([("id_min", "first")])
    cut = cuts.join(firsts, ["hash", "cut_chars"], join_type="inner")
    n_cut = len(cut)
    cut = cut.group_by(["file", "hash", "cut_chars", "id_min_first"]).aggregate([])
    return cut.rename_columns(["file", "hash", "chars", "owner"]).select(["file", "hash", "owner", "chars"]), n_cut
