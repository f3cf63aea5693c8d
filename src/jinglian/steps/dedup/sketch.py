"""MinHash sketches by one-permutation hashing, LSH band keys, and similarity estimates.

Classic MinHash applies `num_perm` hash functions to every shingle: 128 x n multiply-adds per
document, which dominated our profile (0.7 MB/s per core on 1,200-character documents).
One-permutation hashing (Li, Owen & Zhang 2012) hashes each shingle once and splits the hash
space into `num_perm` bins; the minimum of each bin plays the role of one permutation's
minimum.  With the shingle hashes sorted (we sort anyway to count distinct shingles) the
bin minima are one `searchsorted`.  Empty bins (short documents) are filled from the next
non-empty bin to the right with an offset per step ("rotation" densification, Shrivastava &
Li 2014), which keeps the probability that two sketches agree in a bin equal to the Jaccard
similarity, so the usual banding applies.
"""
from __future__ import annotations

import numpy as np

_ROTATE = np.uint32(0x9E3779B1)
_C1 = np.uint64(0xBF58476D1CE4E5B9)
_C2 = np.uint64(0x94D049BB133111EB)


def oph_sketch(distinct_sorted: np.ndarray, num_perm: int) -> np.ndarray:
    """uint32[num_perm] sketch of a set of uint64 hashes given sorted and distinct.

    `num_perm` must be a power of two.  An empty set gives all zeros (callers skip it)."""
    bits = num_perm.bit_length() - 1
    if 1 << bits != num_perm:
        raise ValueError(f"num_perm must be a power of two, not {num_perm}")
    if len(distinct_sorted) == 0:
        return np.zeros(num_perm, dtype=np.uint32)
    shift = np.uint64(64 - bits)
    edges = np.arange(num_perm, dtype=np.uint64) << shift
    idx = np.searchsorted(distinct_sorted, edges)
    first = distinct_sorted[np.minimum(idx, len(distinct_sorted) - 1)]
    filled = (idx < len(distinct_sorted)) & ((first >> shift) == np.arange(num_perm, dtype=np.uint64))
    values = ((first << np.uint64(bits)) >> np.uint64(32)).astype(np.uint32)
    if filled.all():
        return values
    donors = np.flatnonzero(filled)
    bins = np.arange(num_perm)
    pos = np.searchsorted(donors, bins) % len(donors)
    donor = donors[pos]
    distance = ((donor - bins) % num_perm).astype(np.uint32)
    with np.errstate(over="ignore"):
        return values[donor] + distance * _ROTATE


def band_keys(sketches: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """uint64[n, bands]: one hash per band of `rows` consecutive sketch values.

    Two documents share a band key (up to 64-bit collisions) exactly when their sketches agree
    on every value of that band."""
    n = sketches.shape[0]
    used = sketches[:, : bands * rows].reshape(n, bands, rows).astype(np.uint64)
    with np.errstate(over="ignore"):
        h = np.arange(1, bands + 1, dtype=np.uint64)[None, :] * _C2
        for r in range(rows):
            h = (h ^ used[:, :, r]) * _C1
            h ^= h >> np.uint64(29)
    return h


def estimate(sk_a: np.ndarray, sk_b: np.ndarray, n_a: np.ndarray, n_b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Estimated Jaccard and containment (of the smaller set in the larger) for rows of pairs.

    Jaccard is the share of agreeing sketch values; containment follows from Jaccard and the
    two set sizes: |A∩B| = J·|A∪B| and |A∪B| = (|A|+|B|)/(1+J)."""
    jac = (sk_a == sk_b).mean(axis=1)
    small = np.maximum(np.minimum(n_a, n_b), 1)
    inter = jac * (n_a + n_b) / (1.0 + jac)
    return jac, np.minimum(inter / small, 1.0)


def containment_sample(distinct_sorted: np.ndarray, full_below: int, rate_bits: int) -> np.ndarray:
    """A consistent sample of a shingle set for verifying Jaccard and containment.

    Jaccard-from-MinHash turns into a poor containment estimate when the two sizes differ (a
    short repost of a long page): the error of J is multiplied by |A∪B|/|A|.  A *fixed-rate*
    sample (keep the hashes whose value is 0 modulo 2**rate_bits) is consistent across
    documents, so the sample of A∩B is the intersection of the samples, and its size grows with
    the document, not with the larger partner.  Sets smaller than `full_below` are kept whole,
    so short documents are verified exactly.  Values are the high 32 bits of the hashes."""
    values = (distinct_sorted >> np.uint64(32)).astype(np.uint32)  # sorted, as the hashes are
    if len(values) > 1:
        values = values[np.concatenate(([True], values[1:] != values[:-1]))]
    if len(values) < full_below:
        return values
    return values[(values & np.uint32((1 << rate_bits) - 1)) == 0]


def sample_similarity(a: np.ndarray, b: np.ndarray, rate_bits: int) -> tuple[float, float, int]:
    """Jaccard, containment of the smaller set in the larger, and the sample size they rest on.

    A sample is recognised by all its values being 0 modulo 2**rate_bits (a whole set of more
    than a few values almost never is; one that is equals its own sample, so nothing is lost).
    When either side is a sample, both are brought to the sampling rate first."""
    mask = np.uint32((1 << rate_bits) - 1)
    off_a, off_b = (a & mask) != 0, (b & mask) != 0
    if not off_a.any() or not off_b.any():
        a, b = a[~off_a], b[~off_b]
    if len(a) == 0 or len(b) == 0:
        return 0.0, 0.0, 0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    small = min(len(a), len(b))
    return inter / (len(a) + len(b) - inter), inter / small, small
