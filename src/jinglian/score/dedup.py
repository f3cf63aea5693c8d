"""Duplicate metrics: the run's duplicate links against the labelled clusters.

The run links a dropped copy to the document it duplicates (`duplicate_of`); the connected
components of those links are the run's clusters.  Over the documents labelled `keep`:
  pairs found      pairs of one labelled cluster that share a run cluster / all such pairs
  precision        pairs sharing a run cluster that belong to one labelled cluster / all such pairs
  one survivor     labelled clusters of two or more copies of which exactly one is kept
A document labelled without a cluster is a cluster of its own.
"""
from __future__ import annotations

import itertools
from collections import defaultdict
from typing import Any

from .labels import DocLabel


class _Components:
    """Union-find over document ids."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def duplicate_scores(labels: dict[str, DocLabel], links: list[tuple[str, str]], kept: set[str]) -> dict[str, Any]:
    run = _Components()
    for copy, original in links:
        run.union(copy, original)
    good = [d for d in labels.values() if d.label == "keep"]
    truth: dict[str, list[str]] = defaultdict(list)
    for d in good:
        truth[d.cluster if d.cluster is not None else "\0" + d.doc].append(d.doc)
    found = missed = 0
    for members in truth.values():
        for a, b in itertools.combinations(members, 2):
            if run.find(a) == run.find(b):
                found += 1
            else:
                missed += 1
    joined: dict[str, list[DocLabel]] = defaultdict(list)
    for d in good:
        joined[run.find(d.doc)].append(d)
    wrong = sum(a.cluster != b.cluster or a.cluster is None
                for members in joined.values() for a, b in itertools.combinations(members, 2))
    multi = [m for m in truth.values() if len(m) > 1]
    one_left = sum(sum(doc in kept for doc in m) == 1 for m in multi)
    return {
        "duplicate_pairs_found": share(found, found + missed),
        "duplicate_pairs_precision": share(found, found + wrong),
        "duplicate_pairs": {"labelled": found + missed, "found": found, "wrongly_joined": wrong},
        "duplicate_clusters_with_one_survivor": f"{one_left}/{len(multi)}",
        "duplicate_clusters_one_survivor_share": share(one_left, len(multi)),
    }


def share(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None
