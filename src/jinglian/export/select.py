"""Which kept documents an export writes, and how many times: quality floor, token budget, rehydration.

Pure functions over small per-document columns (quality, duplicate-cluster size, token count), so
the choice is made once, on the driver, and is the same whatever the executor or worker count.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np

# FineWeb-2's rehydration weights for Mandarin Chinese (cmn_Hani), "up to 10 repetitions":
# huggingface/fineweb-2, misc/rehydration/weights/up_to_10_reps.json (commit 995a1ca5), read with
# the rule of misc/rehydration/README.md: a survivor whose duplicate cluster has N documents (N = 1:
# no duplicates) is written weight(N) times, weight(N) = the value of the largest key <= N.  The
# weights come from the filtering rate of each cluster size on FineWeb-2's Chinese data: clusters
# of middling size were filtered least, so their survivors are repeated most.
REHYDRATE_CMN_HANI: dict[int, int] = {1: 1, 2: 4, 4: 6, 6: 7, 7: 8, 9: 9, 16: 8, 20: 7, 26: 6, 31: 5, 36: 4,
                                      44: 3, 52: 2, 60: 1}
REHYDRATE_SOURCE = ("FineWeb-2 cmn_Hani rehydration weights (up to 10 repetitions): huggingface/fineweb-2 "
                    "misc/rehydration/weights/up_to_10_reps.json, rule in misc/rehydration/README.md")
UPSAMPLE_RULES = ("none", "rehydrate")


def rehydrate_weight(cluster_size: int, table: dict[int, int] = REHYDRATE_CMN_HANI) -> int:
    """How many times a survivor of a cluster of `cluster_size` documents is written."""
    keys = sorted(table)
    i = bisect.bisect_right(keys, max(1, int(cluster_size))) - 1
    return table[keys[max(i, 0)]]


@dataclass(frozen=True)
class Selection:
    """What to write: repeats per document (0 = left out), in the order the columns were given."""

    repeats: np.ndarray
    below_quality: int        # documents under --min-quality (or without a quality score when one is set)
    over_budget: int          # documents that did not fit the budget
    tokens: int               # tokens written, repeats and end-of-document ids included


def select(quality: np.ndarray, cluster_size: np.ndarray, n_tokens: np.ndarray, ids: list[str], *,
           min_quality: float | None = None, budget: int | None = None, upsample: str = "none",
           per_doc_extra: int = 1) -> Selection:
    """Repeats for each document.

    `quality` is NaN where a document has no score.  Each copy of a document costs
    `n_tokens + per_doc_extra` (the end-of-document id).  With a budget, documents are taken from
    the highest quality down (ties by id) while they fit, every repeat counted; the first document
    that does not fit ends the fill, so nothing of lower quality is written in its place.
    """
    n = len(ids)
    if upsample not in UPSAMPLE_RULES:
        raise ValueError(f"unknown upsampling rule {upsample!r} ({', '.join(UPSAMPLE_RULES)})")
    repeats = (np.array([rehydrate_weight(s) for s in cluster_size.tolist()], dtype=np.int64)
               if upsample == "rehydrate" else np.ones(n, dtype=np.int64))
    below = 0
    if min_quality is not None:
        low = ~(quality >= min_quality)  # NaN (no score) counts as below
        below = int(low.sum())
        repeats[low] = 0
    cost = repeats * (n_tokens.astype(np.int64) + per_doc_extra)
    over = 0
    if budget is not None:
        order = sorted(range(n), key=lambda i: (-(quality[i]) if quality[i] == quality[i] else float("inf"), ids[i]))
        order = [i for i in order if repeats[i] > 0]
        used = np.cumsum(cost[order]) if order else np.zeros(0, dtype=np.int64)
        fits = int(np.searchsorted(used, budget, side="right"))
        cut = order[fits:]
        over = len(cut)
        repeats[cut] = 0
        cost[cut] = 0
    return Selection(repeats=repeats, below_quality=below, over_budget=over, tokens=int(cost[repeats > 0].sum()))
