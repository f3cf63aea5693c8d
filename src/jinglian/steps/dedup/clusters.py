"""Union-find over verified pairs, and the survivor rule.  Plain numpy over document indices."""
from __future__ import annotations

import numpy as np


def components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Component label (the smallest index in it) of each of `n` items joined by edges a[i]-b[i]."""
    parent = np.arange(n, dtype=np.int64)
    if len(a) == 0:
        return parent

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for x, y in zip(a.tolist(), b.tolist()):
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
    # flatten: every node points at its root
    while True:
        grand = parent[parent]
        if np.array_equal(grand, parent):
            return parent
        parent = grand


def survivors(labels: np.ndarray, completeness: np.ndarray, quality: np.ndarray, id_rank: np.ndarray) -> np.ndarray:
    """For each item, the index of its component's survivor.

    The rule: the most complete copy (most distinct shingles in its dedup key), then the best
    quality score (missing scores rank last), then the smallest id.  Only the ranking inputs
    matter, never the order documents arrived in, so any shard layout gives the same answer."""
    q = np.where(np.isnan(quality), -np.inf, quality)
    order = np.lexsort((id_rank, -q, -completeness, labels))
    first = np.ones(len(order), dtype=bool)
    first[1:] = labels[order][1:] != labels[order][:-1]
    best_of_label = np.empty(len(labels), dtype=np.int64)
    best_of_label[labels[order][first]] = order[first]
    return best_of_label[labels]
