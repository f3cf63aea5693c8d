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


def attach_leaves(labels: np.ndarray, completeness: np.ndarray, id_rank: np.ndarray, short: np.ndarray,
                  container: np.ndarray, containment: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Labels after moving each short cluster into *one* cluster that contains it.

    `short[i]` (a document, the survivor of its cluster) is contained in `container[i]`.  A short
    cluster with several containers goes to one, chosen by the highest containment, then the
    larger container, then the smaller container id: a leaf never joins two clusters, which is
    what keeps a short generic text from chaining unrelated articles.  Containers are strictly
    larger than what they contain, so taking short clusters largest first resolves chains (a
    leaf of a leaf ends where its container ends).  Returns the new labels and, per item, the
    container it was attached through (-1 when not attached)."""
    out = labels.copy()
    via = np.full(len(labels), -1, dtype=np.int64)
    if len(short) == 0:
        return out, via
    order = np.lexsort((id_rank[container], -completeness[container], -containment, short))
    first = np.ones(len(order), dtype=bool)
    first[1:] = short[order][1:] != short[order][:-1]
    leaf, into = short[order][first], container[order][first]
    target = np.arange(len(labels), dtype=np.int64)  # cluster label -> final label
    for i in np.argsort(-completeness[leaf], kind="stable").tolist():
        target[labels[leaf[i]]] = target[labels[into[i]]]
    out = target[labels]
    moved = out != labels
    through = np.full(len(labels), -1, dtype=np.int64)
    through[labels[leaf]] = into
    via[moved] = through[labels[moved]]
    return out, via
