"""Exact and near-duplicate documents, across scripts, reposts and truncation.

Three phases linked by id (see `GlobalStep`):

1. **signature** (per document, in the shard workers): the dedup key is the text folded to one
   script, width and no punctuation (`jinglian.zh.fold`), restricted to its long lines; from
   its character n-grams we keep a one-permutation MinHash sketch, the number of distinct
   n-grams, and a hash of the whole key for exact duplicates.
2. **resolve** (once): the driver streams the signature files one at a time into a sketch
   matrix on disk and one band-key file per *band group*; `executor.map` then runs one task per
   band group, each finding the documents that share a band key and verifying those
   candidates against the full sketches (Jaccard, or containment of the smaller document so a
   truncated copy joins its original); the driver joins verified pairs and exact-hash groups
   by union-find.  Then short documents (title-and-hashtag reposts) wholly contained in a much
   larger one, which LSH and the size-ratio guard leave out, are found by an anchor scan of the
   samples and attached as leaves (`contained.py`): each short cluster joins one container's
   cluster and never bridges two.  One survivor per cluster.  No phase holds documents or all pairs.
   The decisions are written one file per shard (`decisions/<shard>.parquet`: the rows about
   the documents that shard signed), so a shard task loads only its own.
3. **decide** (per document): look the id up in its shard's decisions; a non-survivor is dropped with `duplicate_of`
   naming the survivor and the similarity to it measured in the detail (a contained copy also
   names the document it was found contained in).  A survivor of a cluster of two or more gets
   `scores.minhash_cluster_size` (the cluster's size, itself included; FineWeb-2's name), which
   `jinglian export --upsample rehydrate` repeats it by.

Each kept document keeps its own text and script: the key is only hashed.
"""
from __future__ import annotations

import functools
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from ...document import Document, Drop
from ...step import GlobalStep, shard_of_signatures
from .clusters import attach_leaves, components, survivors
from .contained import contained_pairs
from .sketch import band_keys, containment_sample, estimate, oph_sketch, sample_similarity

DECISIONS_DIR = "decisions"
CLUSTER_SIZE_SCORE = "minhash_cluster_size"


@dataclass
class MinHashDedup(GlobalStep):
    """Drop exact and near-duplicate documents, keeping one survivor per cluster."""

    name: ClassVar[str] = "minhash.dedup"
    reasons: ClassVar[dict[str, str]] = {
        "minhash.exact": "same dedup key as the survivor (identical text up to script, width, punctuation and spacing)",
        "minhash.near_duplicate": "near-duplicate of the survivor (MinHash candidates verified by Jaccard or containment)",
        "minhash.contained": "a short copy (title, hashtags, an excerpt) wholly contained in a much larger document of the survivor's cluster",
    }
    #: it only drops; the survivor's tie-break reads `quality` (see `quality_score`)
    changes_text: ClassVar[bool] = False
    decisions_per_shard: ClassVar[bool] = True
    reads_scores: ClassVar[tuple[str, ...]] = ("quality.signals",)

    #: character n-gram size of the shingles
    ngram: int = 5
    #: sketch size (a power of two); bands * rows of it are used for LSH, all of it to verify
    #: 85 bands of 3 catch a pair with Jaccard 0.3 with probability 0.90 (0.25: 0.74), which
    #: truncated reposts need; 42 x 3 of 128 missed twice as many pairs on the 25k bench corpus
    num_perm: int = 256
    bands: int = 85
    rows: int = 3
    #: key on lines with at least this many key characters (0: the whole text).  10 keeps
    #: sentences and drops menus, dates and bylines: on the raw dev set (devset/input) it found
    #: 0.95 of duplicate pairs against 0.93 for the whole text and 0.90 for 20
    min_line_chars: int = 10
    #: ... unless those lines hold fewer key characters than this; then the whole text is the key
    min_key_chars: int = 50
    #: a verified pair has Jaccard >= jaccard, or containment of the smaller >= containment,
    #: measured on a fixed-rate sample of the shingles (1 in 2**sample_rate_bits; whole sets
    #: below full_sample_below shingles)
    #: Thresholds chosen on the dev set and a 25k-document make_bench_corpus.py corpus: true
    #: reposts (truncated, other chrome, a foreign fragment) have containment 0.6-1.0 while
    #: unrelated pairs stay under 0.5; 0.6 gave precision 1.0 on both, 0.5 let 11 pairs in.
    jaccard: float = 0.5
    containment: float = 0.6
    #: a containment match also needs the smaller key to be at least this share of the larger:
    #: a page that is a fifth of another's size is an excerpt or a quote, not a copy (truncated
    #: reposts keep 60 % or more).  On the cleaned dev set (zh-web) this separates the one false
    #: match (a title plus a long fragment of another article: size ratio 0.13) from every true one.
    min_size_ratio: float = 0.2
    sample_rate_bits: int = 2
    full_sample_below: int = 256
    #: a document under full_sample_below shingles whose key is below the size ratio of a larger
    #: one and holds at least this share of its sampled shingles in it is a contained copy, dropped
    #: as a leaf of that document's cluster.  Chosen on the cleaned dev set (d000050, title and
    #: hashtags of d000049: 1.0) and the 200k bench corpus; 0.9 leaves room for a changed character.
    leaf_containment: float = 0.9
    #: ... measured on at least this many shingles (1 in 4 of a short key's shingles are on the
    #: sampling grid, so about 16+ shingles, a 20-character key; d000050 has 24 shingles, 8 on it)
    leaf_min_checked: int = 4
    #: a short document whose anchors occur in more documents than this is generic text (a notice,
    #: a slogan) rather than a copy of one page, and is left alone; also bounds the work per document
    leaf_max_containers: int = 1000
    #: score in doc.scores that breaks ties between equally complete copies (higher is better)
    quality_score: str = "quality"
    #: resolve runs one task per band group
    band_groups: int = 4

    def __post_init__(self) -> None:
        if self.bands * self.rows > self.num_perm:
            raise ValueError(f"bands * rows = {self.bands * self.rows} exceeds num_perm = {self.num_perm}")
        if self.num_perm & (self.num_perm - 1):
            raise ValueError(f"num_perm must be a power of two, not {self.num_perm}")

    def setup(self) -> None:
        from ...zh.fold import fold_table

        fold_table()

    # --- phase 1 -------------------------------------------------------------------------
    def signature(self, doc: Document) -> dict[str, Any]:
        import xxhash

        from ...zh.fold import dedup_key, shingle_hashes

        key = dedup_key(doc.text, self.min_line_chars, self.min_key_chars)
        hashes = np.sort(shingle_hashes(key, self.ngram))
        if len(hashes) > 1:
            hashes = hashes[np.concatenate(([True], hashes[1:] != hashes[:-1]))]
        distinct = len(hashes)
        exact = xxhash.xxh3_64_intdigest(key.tobytes()) if len(key) else 0
        quality = doc.scores.get(self.quality_score)
        return {
            "sketch": oph_sketch(hashes, self.num_perm).tobytes(),
            "sample": containment_sample(hashes, self.full_sample_below, self.sample_rate_bits).tobytes(),
            "shingles": distinct,
            "exact": exact - (1 << 64) if exact >= 1 << 63 else exact,
            "quality": float(quality) if isinstance(quality, (int, float)) else None,
        }

    # --- phase 2 -------------------------------------------------------------------------
    def resolve(self, signature_paths: list[str], workdir: str, executor: Any) -> dict[str, Any]:
        work = Path(workdir)
        index = _gather(signature_paths, work, self)
        ids = index["ids"]  # one Arrow string array: no Python object per document
        n = len(ids)
        id_rank = _id_rank(ids)
        shingles, exact, quality = index["shingles"], index["exact"], index["quality"]
        active = shingles > 0

        # exact duplicates: equal key hashes; only the first (by id) of each group goes on to LSH
        order = np.lexsort((id_rank, exact))
        order = order[active[order]]
        same = exact[order][1:] == exact[order][:-1]
        group_start = np.maximum.accumulate(np.where(np.concatenate(([True], ~same)), np.arange(len(order)), 0))
        exact_a, exact_b = order[group_start][1:][same], order[1:][same]
        representative = active.copy()
        representative[exact_b] = False
        np.save(work / "representative.npy", representative)
        np.save(work / "id_rank.npy", id_rank)
        np.save(work / "shingles.npy", shingles)

        task = functools.partial(_bucket_and_verify, str(work), n, self.num_perm, self.jaccard, self.containment,
                                 self.min_size_ratio, self.sample_rate_bits)
        groups = _band_groups(self.bands, self.band_groups)
        results = list(executor.map(task, [(g, r.start, r.stop) for g, r in enumerate(groups)]))
        pairs = [np.load(path) for path, _ in results]
        near = np.unique(np.concatenate(pairs), axis=0) if pairs else np.empty((0, 2), dtype=np.int64)

        a = np.concatenate([exact_a, near[:, 0]]).astype(np.int64)
        b = np.concatenate([exact_b, near[:, 1]]).astype(np.int64)
        labels = components(n, a, b)
        best = survivors(labels, shingles, quality, id_rank)
        rows = _Rows(work, self.num_perm)
        # short clusters (survivor's set kept whole in the samples) wholly contained in a much larger
        # document, which LSH and the size-ratio guard leave alone: attached as leaves, never bridges
        heads = np.flatnonzero((best == np.arange(n)) & active & (shingles < self.full_sample_below))
        leaf_a, leaf_b, leaf_c = contained_pairs(
            work, rows, heads, shingles, labels, representative, containment=self.leaf_containment,
            min_size_ratio=self.min_size_ratio, rate_bits=self.sample_rate_bits,
            min_checked=self.leaf_min_checked, max_containers=self.leaf_max_containers)
        labels, via = attach_leaves(labels, shingles, id_rank, leaf_a, leaf_b, leaf_c)
        best = survivors(labels, shingles, quality, id_rank)
        dropped = np.flatnonzero(best != np.arange(n))
        sims = [sample_similarity(rows.sample(i), rows.sample(j), self.sample_rate_bits)[:2]
                for i, j in zip(dropped.tolist(), best[dropped].tolist())]
        rows.close()
        jac = np.array([x[0] for x in sims], dtype=np.float64)
        con = np.array([x[1] for x in sims], dtype=np.float64)
        is_exact = exact[dropped] == exact[best[dropped]]
        sizes = np.bincount(labels, minlength=n)
        # survivors of clusters of two or more keep their cluster's size (FineWeb-2's rehydration
        # weighs a survivor by it): rows without duplicate_of
        kept = np.flatnonzero((best == np.arange(n)) & (sizes[labels] > 1))
        none = np.full(len(kept), -1, dtype=np.int64)
        _write_decisions(work / DECISIONS_DIR, index["shards"], index["shard_ends"], ids, {
            "id": np.concatenate([dropped, kept]),
            "duplicate_of": np.concatenate([best[dropped], none]),
            "exact": np.concatenate([is_exact, np.zeros(len(kept), dtype=bool)]),
            "contained_in": np.concatenate([via[dropped], none]),
            "jaccard": np.concatenate([np.where(is_exact, 1.0, jac).round(4), np.full(len(kept), np.nan)]),
            "containment": np.concatenate([np.where(is_exact, 1.0, con).round(4), np.full(len(kept), np.nan)]),
            "cluster_size": np.concatenate([sizes[labels[dropped]], sizes[labels[kept]]]),
        })
        for tmp in ("samples.u32", "sample_offsets.npy", "sketch16.u16", "shingles.npy", "representative.npy",
                    "id_rank.npy", *[f"pairs-{g}.npy" for g in range(len(groups))]):
            (work / tmp).unlink(missing_ok=True)
        shutil.rmtree(work / "bands", ignore_errors=True)
        return {"documents": n, "exact_pairs": int(len(exact_a)), "candidate_pairs": sum(c for _, c in results),
                "verified_pairs": int(len(near)), "short_heads": int(len(heads)), "contained_pairs": int(len(leaf_a)),
                "clusters": int(len(np.unique(labels[dropped]))) if len(dropped) else 0,
                "dropped_exact": int(is_exact.sum()), "dropped_contained": int((~is_exact & (via[dropped] >= 0)).sum()),
                "dropped_near": int((~is_exact & (via[dropped] < 0)).sum())}

    # --- phase 3 -------------------------------------------------------------------------
    def load(self, workdir: str, shard: str | None = None) -> dict[str, tuple]:
        """id -> decision for the documents of `shard` (None: of every shard)."""
        import pyarrow.parquet as pq

        folder = Path(workdir) / DECISIONS_DIR
        if not folder.is_dir():  # every resolve makes it, even without duplicates
            raise FileNotFoundError(f"{folder}: no minhash decisions (resolved by an older jinglian, or lost); "
                                    f"rerun with --overwrite")
        paths = [folder / f"{shard}.parquet"] if shard is not None else sorted(folder.glob("*.parquet"))
        out: dict[str, tuple] = {}
        for path in paths:
            if not path.exists():  # a shard without duplicates or survivors of clusters
                continue
            t = pq.read_table(path)
            cols = [t.column(c).to_pylist()
                    for c in ("id", "duplicate_of", "exact", "jaccard", "containment", "cluster_size", "contained_in")]
            out.update((row[0], row[1:]) for row in zip(*cols))
        return out

    def decide(self, doc: Document, decisions: dict[str, tuple]) -> Drop | None:
        hit = decisions.get(doc.id)
        if hit is None:
            return None
        survivor, exact, jac, con, size, contained_in = hit
        if survivor is None:  # the survivor of a cluster: its size, for rehydration at export
            doc.scores[CLUSTER_SIZE_SCORE] = size
            return None
        detail = {"jaccard": jac, "containment": con, "cluster_size": size}
        if exact:
            return Drop("minhash.exact", detail, survivor)
        if contained_in is not None:  # similarity to the survivor, and the document it was found in
            return Drop("minhash.contained", {**detail, "contained_in": contained_in}, survivor)
        return Drop("minhash.near_duplicate", detail, survivor)


def _band_groups(bands: int, groups: int) -> list[range]:
    groups = max(1, min(groups, bands))
    edges = np.linspace(0, bands, groups + 1).round().astype(int)
    return [range(edges[g], edges[g + 1]) for g in range(groups)]


def _gather(paths: list[str], work: Path, step: MinHashDedup) -> dict[str, Any]:
    """Stream the signature files once: 16-bit sketches and shingle samples to files on disk, each
    band's keys to a file of its own, and the small per-document columns into memory."""
    import pyarrow.parquet as pq

    (work / "bands").mkdir(exist_ok=True)
    import pyarrow as pa

    band_files = [open(work / "bands" / f"{b:04d}.u64", "wb") for b in range(step.bands)]
    ids: list[Any] = []
    shard_ends: list[int] = []
    shingles, exact, quality = [], [], []
    offsets = [np.zeros(1, dtype=np.int64)]
    with open(work / "samples.u32", "wb") as sample_file, open(work / "sketch16.u16", "wb") as sketch_file:
        for path in paths:
            pf = pq.ParquetFile(path)
            for batch in pf.iter_batches(batch_size=16384, columns=["id", "sketch", "sample", "shingles", "exact", "quality"]):
                sk = _fixed_binary(batch.column("sketch"), step.num_perm)
                data, ends = _binary_values(batch.column("sample"))
                sample_file.write(data.tobytes())
                offsets.append(ends // 4 + offsets[-1][-1])
                sketch_file.write((sk & np.uint32(0xFFFF)).astype(np.uint16).tobytes())
                keys = band_keys(sk, step.bands, step.rows)
                for b, f in enumerate(band_files):
                    f.write(np.ascontiguousarray(keys[:, b]).tobytes())
                ids.append(batch.column("id"))
                shingles.append(batch.column("shingles").to_numpy(zero_copy_only=False))
                exact.append(batch.column("exact").to_numpy(zero_copy_only=False))
                quality.append(batch.column("quality").cast("float64").to_numpy(zero_copy_only=False))
            shard_ends.append(sum(len(c) for c in ids))
    for f in band_files:
        f.close()
    np.save(work / "sample_offsets.npy", np.concatenate(offsets))

    def cat(parts: list[np.ndarray], dtype: Any) -> np.ndarray:
        return np.concatenate(parts).astype(dtype) if parts else np.empty(0, dtype=dtype)

    return {"ids": pa.concat_arrays([c.cast(pa.large_string()) for c in ids]) if ids else pa.array([], pa.large_string()),
            "shingles": cat(shingles, np.int64), "exact": cat(exact, np.int64), "quality": cat(quality, np.float64),
            "shards": [shard_of_signatures(p) for p in paths], "shard_ends": np.array(shard_ends, dtype=np.int64)}


def _id_rank(ids: Any) -> np.ndarray:
    """Each document's rank among the ids (code-point order, as Python sorts str: Arrow compares
    the UTF-8 bytes, which order alike)."""
    import pyarrow.compute as pc

    n = len(ids)
    rank = np.empty(n, dtype=np.int64)
    rank[pc.sort_indices(ids).to_numpy()] = np.arange(n)
    return rank


def _binary_values(column: Any) -> tuple[np.ndarray, np.ndarray]:
    """The bytes of a binary Arrow column as one array, and each row's end offset into it."""
    import pyarrow as pa

    arr = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if arr.null_count:
        raise ValueError("a signature value is missing for some document")
    width = 8 if pa.types.is_large_binary(arr.type) else 4
    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int64 if width == 8 else np.int32)[arr.offset: arr.offset + len(arr) + 1]
    data = np.frombuffer(arr.buffers()[2], dtype=np.uint8)[offsets[0]: offsets[-1]] if arr.buffers()[2] else np.empty(0, np.uint8)
    return data, (offsets[1:] - offsets[0]).astype(np.int64)


def _fixed_binary(column: Any, width: int) -> np.ndarray:
    """A binary Arrow column of equal-length uint32 sketches as an (n, width) array, no copies per row."""
    data, _ = _binary_values(column)
    n = len(column)
    if len(data) != n * width * 4:
        raise ValueError(f"signature sketches are not {width} values each; was num_perm changed between phases?")
    return data.view(np.uint32).reshape(n, width)


#: sketch rows per block read (8192 rows of 256 uint16: 4 MiB), and the asked-for rows in a block
#: from which the whole block is read at once rather than row by row
_BLOCK_ROWS = 8192
_BLOCK_READ_MIN = 64


class _Rows:
    """Rows of the on-disk sketch and sample files, read with pread for the documents asked for.

    Reading instead of memory-mapping keeps a task's resident memory to the rows of one chunk of
    candidate pairs: a mapped file's touched pages would count as the process's memory."""

    def __init__(self, work: Path, num_perm: int):
        self.sample_offsets = np.load(work / "sample_offsets.npy") * 4
        self.sketch_fd = os.open(work / "sketch16.u16", os.O_RDONLY)
        self.sample_fd = os.open(work / "samples.u32", os.O_RDONLY)
        self.row = num_perm * 2

    def sketches(self, docs: np.ndarray) -> np.ndarray:
        """uint16[len(docs), num_perm] for sorted distinct `docs`.

        Rows are read a block of `_BLOCK_ROWS` at a time where the block holds many asked-for
        rows (candidates of a large corpus are dense in the file: one read instead of one per
        row), one by one elsewhere; memory stays one block whatever the corpus size."""
        out = np.empty((len(docs), self.row // 2), dtype=np.uint16)
        block = docs // _BLOCK_ROWS
        bounds = np.flatnonzero(np.concatenate(([True], block[1:] != block[:-1], [True])))
        for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
            rows = docs[lo:hi]
            if hi - lo >= _BLOCK_READ_MIN:
                first = int(rows[0])
                span = os.pread(self.sketch_fd, (int(rows[-1]) - first + 1) * self.row, first * self.row)
                out[lo:hi] = np.frombuffer(span, dtype=np.uint16).reshape(-1, self.row // 2)[rows - first]
            else:
                buf = b"".join(os.pread(self.sketch_fd, self.row, int(i) * self.row) for i in rows.tolist())
                out[lo:hi] = np.frombuffer(buf, dtype=np.uint16).reshape(hi - lo, self.row // 2)
        return out

    def sample(self, i: int) -> np.ndarray:
        lo, hi = int(self.sample_offsets[i]), int(self.sample_offsets[i + 1])
        return np.frombuffer(os.pread(self.sample_fd, hi - lo, lo), dtype=np.uint32)

    def close(self) -> None:
        os.close(self.sketch_fd)
        os.close(self.sample_fd)


#: candidates whose MinHash estimates fall this far below both thresholds are not worth the exact
#: sample check (the estimate's error at 256 values is about 0.03 in Jaccard)
PREFILTER_MARGIN = 0.25


def _bucket_and_verify(workdir: str, n: int, num_perm: int, jaccard: float, containment: float,
                       min_size_ratio: float, rate_bits: int, group: tuple[int, int, int]) -> tuple[str, int]:
    """One resolve task: candidate pairs from the bands of one group, verified.

    Within a bucket (documents sharing a band key) each member is paired with the bucket's first
    member by id and with its predecessor by id: two pairs per member however large the bucket,
    and duplicates share several bands, so the few links this skips are found in another band.
    Pairs are kept as one int64 (i * n + j) and merged band by band.  Verification is two cuts:
    a vectorised one on the MinHash estimates (16 bits of each sketch value), then Jaccard and
    containment on the shingle samples for the pairs that remain, chunk by chunk."""
    index, first_band, end_band = group
    work = Path(workdir)
    representative = np.load(work / "representative.npy")
    id_rank = np.load(work / "id_rank.npy")
    docs = np.flatnonzero(representative)
    docs = docs[np.argsort(id_rank[docs], kind="stable")]  # candidates in id order: layout-independent
    pairs = np.empty(0, dtype=np.int64)
    pending: list[np.ndarray] = []  # bands' pairs not yet merged: merged when they outgrow the merged set
    for band in range(first_band, end_band):
        col = np.fromfile(work / "bands" / f"{band:04d}.u64", dtype=np.uint64)[docs]
        order = np.argsort(col, kind="stable")
        sk, members = col[order], docs[order]
        same = sk[1:] == sk[:-1]
        if not same.any():
            continue
        start = np.maximum.accumulate(np.where(np.concatenate(([True], ~same)), np.arange(len(sk)), 0))
        a = np.concatenate([members[start][1:][same], members[:-1][same]])
        b = np.concatenate([members[1:][same], members[1:][same]])
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        pending.append(np.unique((lo * n + hi)[lo != hi]))
        if sum(len(p) for p in pending) > len(pairs):  # amortised: each pair is re-sorted O(log bands) times
            pairs = np.unique(np.concatenate([pairs, *pending]))
            pending = []
    if pending:
        pairs = np.unique(np.concatenate([pairs, *pending]))
    shingles = np.load(work / "shingles.npy")
    rows = _Rows(work, num_perm)
    verified = []
    for chunk_start in range(0, len(pairs), 20_000):
        chunk = pairs[chunk_start: chunk_start + 20_000]
        ia, ib = chunk // n, chunk % n
        needed = np.unique(np.concatenate([ia, ib]))
        sk = rows.sketches(needed)
        jac_est, con_est = estimate(sk[np.searchsorted(needed, ia)], sk[np.searchsorted(needed, ib)], shingles[ia], shingles[ib])
        na, nb = shingles[ia], shingles[ib]
        sized = np.minimum(na, nb) >= min_size_ratio * np.maximum(na, nb)
        plausible = (jac_est >= jaccard - PREFILTER_MARGIN) | (sized & (con_est >= containment - PREFILTER_MARGIN))
        for i, j, ok in zip(ia[plausible].tolist(), ib[plausible].tolist(), sized[plausible].tolist()):
            jac, con, _ = sample_similarity(rows.sample(i), rows.sample(j), rate_bits)
            if jac >= jaccard or (ok and con >= containment):
                verified.append((i, j))
    rows.close()
    out = work / f"pairs-{index}.npy"
    np.save(out, np.array(verified, dtype=np.int64).reshape(-1, 2))
    return str(out), int(len(pairs))


def _write_decisions(folder: Path, shards: list[str], shard_ends: np.ndarray, ids: Any,
                     columns: dict[str, np.ndarray]) -> None:
    """One decisions file per shard: the rows about the documents that shard signed.

    `columns` holds document indexes for id, duplicate_of and contained_in (-1: none) and
    NaN for missing similarities."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("id", pa.string()), ("duplicate_of", pa.string()), ("exact", pa.bool_()),
                        ("jaccard", pa.float64()), ("containment", pa.float64()), ("cluster_size", pa.int64()),
                        ("contained_in", pa.string())])
    folder.mkdir(exist_ok=True)
    shard = np.searchsorted(shard_ends, columns["id"], side="right")
    order = np.argsort(shard, kind="stable")
    bounds = np.searchsorted(shard[order], np.arange(len(shards) + 1))
    for s, name in enumerate(shards):
        rows = order[bounds[s]: bounds[s + 1]]
        if len(rows) == 0:
            continue

        def strings(col: str) -> Any:
            idx = columns[col][rows]
            return ids.take(pa.array(idx, mask=idx < 0)).cast(pa.string())

        def floats(col: str) -> Any:
            v = columns[col][rows]
            return pa.array(v, mask=np.isnan(v))

        table = pa.table({"id": strings("id"), "duplicate_of": strings("duplicate_of"),
                          "exact": pa.array(columns["exact"][rows]), "jaccard": floats("jaccard"),
                          "containment": floats("containment"), "cluster_size": pa.array(columns["cluster_size"][rows]),
                          "contained_in": strings("contained_in")}, schema=schema)
        path = folder / f"{name}.parquet"
        tmp = path.with_name(path.name + ".tmp")
        pq.write_table(table, tmp)
        tmp.replace(path)
