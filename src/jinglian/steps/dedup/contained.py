"""Short documents wholly contained in a larger one: found by an anchor scan, attached as leaves.

Why a separate path: a repost cut down to its title and hashtags is nearly all contained in its
original, but it is a small share of it, so (1) its MinHash Jaccard with the original is low and
LSH with bands of 3 rows rarely makes them candidates (J = 0.15 shares a band with probability
about 0.25 over 85 bands), and (2) the size-ratio guard rightly keeps such pairs out of
union-find, where a short generic text contained in many articles would chain them together.

Finding them: for a short document A (whole shingle set at hand, see `containment_sample`) only
the shingles on the fixed sampling grid (value = 0 mod 2**rate_bits) can be looked up in every
other document's sample.  If at most a share 1 - c of them may be missing from a container, any
floor((1 - c) * m) + 1 of A's m grid values include one the container holds (pigeonhole); we
take A's rarest ones as its anchors.  Two sequential passes over the sample file (document
frequency of every grid value of the short documents, then the documents holding the chosen
anchors) give the candidate containers, which are verified on the samples.

Attaching: each short cluster goes to *one* container cluster (`clusters.attach_leaves`), so it
never bridges two clusters.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from .sketch import sample_similarity

#: values read per step of a scan (4 MB of uint32)
_CHUNK = 1 << 20
#: a value's top bits index a table of the values looked for (2**22 int32: 16 MB)
_TABLE_BITS = 22


def _grid(values: np.ndarray, rate_bits: int) -> np.ndarray:
    return values[(values & np.uint32((1 << rate_bits) - 1)) == 0]


def _scan(work: Path, wanted: np.ndarray, only: np.ndarray | None = None):
    """For each chunk of the sample file, the positions holding a value of `wanted` (sorted,
    distinct; or of `wanted[only]`) and the index into `wanted` of each.

    Streams the file (memory: one chunk).  A value's top 16 bits index a small table that fits
    in cache and lets most values go; the rest are looked up by their top 22 bits in a 16 MB
    table of indexes (values sharing a bucket by binary search)."""
    idx = np.arange(len(wanted)) if only is None else only
    sub = wanted[idx]
    coarse = np.zeros(1 << 16, dtype=bool)
    coarse[sub >> np.uint32(16)] = True
    shift = np.uint32(32 - _TABLE_BITS)
    bucket = sub >> shift
    table = np.full(1 << _TABLE_BITS, -1, dtype=np.int32)
    table[bucket] = idx
    shared, count = np.unique(bucket, return_counts=True)
    table[shared[count > 1]] = -2
    path = work / "samples.u32"
    total = path.stat().st_size // 4
    for start in range(0, total, _CHUNK):
        chunk = np.fromfile(path, dtype=np.uint32, count=min(_CHUNK, total - start), offset=start * 4)
        pos = np.flatnonzero(coarse[chunk >> np.uint32(16)])
        vals = chunk[pos]
        which = table[vals >> shift].astype(np.int64)
        many = np.flatnonzero(which == -2)
        if len(many):
            which[many] = idx[np.minimum(np.searchsorted(sub, vals[many]), len(sub) - 1)]
        hit = (which >= 0) & (wanted[which] == vals)
        yield pos[hit] + start, which[hit]


def contained_pairs(work: Path, rows, shorts: np.ndarray, shingles: np.ndarray, labels: np.ndarray,
                    eligible: np.ndarray, *, containment: float, min_size_ratio: float, rate_bits: int,
                    min_checked: int, max_containers: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Verified (short, container, containment) triples for the short documents `shorts`.

    A container is an `eligible` document of another cluster whose key is more than
    1 / min_size_ratio times larger and holds at least `containment` of the short document's
    sampled shingles (at least `min_checked` of them compared).  A short document whose anchors
    occur in more than `max_containers` documents is generic text, not a copy, and is skipped."""
    offsets = rows.sample_offsets // 4
    owners, values = [], []
    for a in shorts.tolist():
        g = _grid(rows.sample(a), rate_bits)
        if len(g) >= min_checked:
            owners.append(np.full(len(g), a, dtype=np.int64))
            values.append(g)
    empty = (np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.float64))
    if not values:
        return empty
    owner, value = np.concatenate(owners), np.concatenate(values)
    wanted, inverse = np.unique(value, return_inverse=True)
    df = np.zeros(len(wanted), dtype=np.int64)  # documents holding each value (common phrases: many)
    for _, which in _scan(work, wanted):
        df += np.bincount(which, minlength=len(wanted))

    # each short document's anchors: its rarest grid values (ties by value), enough of them that
    # a container missing the allowed share of the values still holds one
    order = np.lexsort((wanted[inverse], df[inverse], owner))
    owner, anchor = owner[order], inverse[order]
    start = np.flatnonzero(np.concatenate(([True], owner[1:] != owner[:-1])))
    m = np.diff(np.append(start, len(owner)))
    k = np.minimum(np.floor((1.0 - containment) * m).astype(np.int64) + 1, m)
    rank = np.arange(len(owner)) - np.repeat(start, m)
    chosen = rank < np.repeat(k, m)
    load = np.add.reduceat(np.where(chosen, df[anchor], 0), start)
    chosen &= np.repeat(load <= max_containers, m)
    owner, anchor = owner[chosen], anchor[chosen]
    if len(owner) == 0:
        return empty

    holders, held = [], []  # at most max_containers hits per short document
    for pos, which in _scan(work, wanted, np.unique(anchor)):
        holder = np.searchsorted(offsets, pos, side="right") - 1
        holders.append(holder[eligible[holder]])
        held.append(which[eligible[holder]])
    holder, held = np.concatenate(holders), np.concatenate(held)
    # expand each (holder, value) hit to every short document that chose that value as an anchor
    by_anchor = np.argsort(anchor, kind="stable")
    a_sorted, o_sorted = anchor[by_anchor], owner[by_anchor]
    lo = np.searchsorted(a_sorted, held, side="left")
    reps = np.searchsorted(a_sorted, held, side="right") - lo
    cand_b = np.repeat(holder, reps)
    cand_a = o_sorted[np.repeat(lo, reps) + np.arange(reps.sum()) - np.repeat(np.cumsum(reps) - reps, reps)]
    keep = ((labels[cand_a] != labels[cand_b])
            & (shingles[cand_a] < min_size_ratio * shingles[cand_b]))
    pairs = np.unique(cand_a[keep] * len(labels) + cand_b[keep])
    out_a, out_b, out_c = [], [], []
    for a, b in zip((pairs // len(labels)).tolist(), (pairs % len(labels)).tolist()):
        _, con, checked = sample_similarity(rows.sample(a), rows.sample(b), rate_bits)
        if checked >= min_checked and con >= containment:
            out_a.append(a)
            out_b.append(b)
            out_c.append(con)
    return np.array(out_a, np.int64), np.array(out_b, np.int64), np.array(out_c, np.float64)
