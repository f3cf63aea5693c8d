"""Token accounting: the tokens each step received and passed on, and the tokens each reason removed.

Tokenizing the text after every step would cost one tokenization per step.  Instead a document is
tokenized once, when it leaves the pipeline (its final text if kept, the text it had when dropped),
and the text of each removal is tokenized on its own (minus its replacement, for a masked span).
Walking the document's edit log backwards from its exit then gives the tokens before and after
every step: a dropped document counts whole against its drop reason, an edit counts the
difference it made.  So for every step `tokens_in - tokens_out` is exactly what its reasons
removed, and the tokens of kept documents are exact; the tokens a step received are counted from
the removals after it, so they can differ from tokenizing that text directly by about a token per
removed span (a span tokenized alone need not split the way it did inside its line).  Normalizers
change characters, not the count: they pass their tokens on unchanged.
"""
from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urlsplit

from ..document import Document


@dataclass
class DocumentTokens:
    """One document's tokens: at its exit, and before/after each step it went through."""

    at_exit: int                                            # kept: its final text; dropped: its text when dropped
    steps_in: list[int] = field(default_factory=list)       # tokens entering step i (i = 0 .. exit step)
    steps_out: list[int] = field(default_factory=list)      # tokens leaving step i (0 at the dropping step)
    removed: Counter = field(default_factory=Counter)       # reason -> tokens removed


def document_tokens(doc: Document, steps: list[str], count: Callable[[str], int],
                    dropped_at: int | None = None, drop_reason: str | None = None) -> DocumentTokens:
    """Tokens of `doc` through `steps` (step names in pipeline order).

    `dropped_at` is the index of the step that dropped it (None when kept: it went through all)."""
    at_exit = count(doc.text)
    last = len(steps) - 1 if dropped_at is None else dropped_at
    by_step: Counter = Counter()
    removed: Counter = Counter()
    for edit in doc.edits:
        for r in edit.removals:
            n = count(r.text) - (count(r.replacement) if r.replacement else 0)
            by_step[edit.step] += n
            removed[r.reason] += n
    steps_in = [0] * (last + 1)
    steps_out = [0] * (last + 1)
    tokens = at_exit
    if dropped_at is not None and last >= 0:
        steps_in[last], steps_out[last] = at_exit, 0
        removed[drop_reason or f"{steps[last]}.dropped"] += at_exit
        start = last - 1
    else:
        start = last
    for i in range(start, -1, -1):
        steps_out[i] = tokens
        tokens += by_step.get(steps[i], 0)
        steps_in[i] = tokens
    return DocumentTokens(at_exit, steps_in, steps_out, removed)


# scheme://[user@]host of a plain web address; anything else goes through urlsplit (a third of the
# accounting's Python time on the 5k bench corpus was urlsplit)
_PLAIN_HOST = re.compile(r"https?://(?:[^/?#@\s]*@)?([A-Za-z0-9.\-]+)(?::\d*)?(?:[/?#]|$)")


def site_of(url: str | None) -> str:
    """The host a document came from ('' when it has no URL)."""
    if not url:
        return ""
    plain = _PLAIN_HOST.match(url)
    if plain:
        host = plain.group(1).lower()
    else:
        try:
            host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
        except ValueError:
            return ""
    return host.removeprefix("www.")


@dataclass
class TokenLedger:
    """Tokens in and kept per source (input file) and per site, summed over documents; merges with +."""

    sources: dict[str, list[int]] = field(default_factory=dict)   # source -> [tokens in, tokens kept]
    sites: dict[str, list[int]] = field(default_factory=dict)

    def add(self, doc: Document, tokens_in: int, tokens_kept: int) -> None:
        for table, key in ((self.sources, doc.source or ""), (self.sites, site_of(doc.url))):
            row = table.setdefault(key, [0, 0])
            row[0] += tokens_in
            row[1] += tokens_kept

    def __add__(self, other: TokenLedger) -> TokenLedger:
        out = TokenLedger({k: list(v) for k, v in self.sources.items()}, {k: list(v) for k, v in self.sites.items()})
        for mine, theirs in ((out.sources, other.sources), (out.sites, other.sites)):
            for k, (a, b) in theirs.items():
                row = mine.setdefault(k, [0, 0])
                row[0] += a
                row[1] += b
        return out

    def to_json(self, top_sites: int | None = 100) -> dict:
        def rows(table: dict[str, list[int]]) -> list[dict]:
            ordered = sorted(table.items(), key=lambda kv: (-kv[1][0], kv[0]))
            return [{"name": k, "tokens_in": a, "tokens_kept": b} for k, (a, b) in ordered]

        sites = rows(self.sites)
        top_sites = len(sites) if top_sites is None else top_sites
        rest = sites[top_sites:]
        out = {"sources": rows(self.sources), "sites": sites[:top_sites], "sites_total": len(sites)}
        if rest:
            out["sites_other"] = {"sites": len(rest), "tokens_in": sum(r["tokens_in"] for r in rest),
                                  "tokens_kept": sum(r["tokens_kept"] for r in rest)}
        return out

    @classmethod
    def from_json(cls, d: dict) -> TokenLedger:
        return cls({r["name"]: [r["tokens_in"], r["tokens_kept"]] for r in d.get("sources", [])},
                   {r["name"]: [r["tokens_in"], r["tokens_kept"]] for r in d.get("sites", [])})


# DeepSeek-V3 technical report (arXiv:2412.19437), section 1: pre-training on 14.8T tokens took
# 2.664M H800 GPU-hours, and the whole training 2.788M GPU-hours.  The report's cost of a token:
GPU_HOURS_PER_TOKEN = 2.788e6 / 14.8e12
COST_BASIS = ("DeepSeek-V3: 2.788M H800 GPU-hours for its full training on 14.8T tokens "
              "(DeepSeek-V3 technical report, arXiv:2412.19437), i.e. 0.188 GPU-hours per million tokens")


def training_cost_gpu_hours(tokens: int) -> float:
    """What training on `tokens` tokens would cost at DeepSeek-V3's rate (H800 GPU-hours)."""
    return tokens * GPU_HOURS_PER_TOKEN


class ShardTokens:
    """The token accounting of one task (one shard through one segment): documents are counted as
    they leave the pipeline there, kept or dropped, against every step they went through.

    Per document it keeps only sums (tokens at exit by exit step, tokens removed by step); the
    tokens in and out of every step are suffix sums of those, the same figures `document_tokens`
    gives document by document (tests/test_token_accounting.py checks it)."""

    # kept rows wait for their n_tokens in batches of this much text: counting a batch back to back
    # keeps the tokenizer's tables in the CPU caches.  5k bench corpus, profiled: tiktoken took 1.72 s
    # when each kept text was counted between the pipeline's steps, 1.26 s for the same texts back to
    # back.  The batch bounds the rows held back, whatever the shard size
    BATCH_CHARS = 1_000_000

    def __init__(self, tokenizer: str, steps: list[str], count: Callable[[str], int] | None = None):
        t0 = time.process_time()
        if count is None:
            from .encoder import load_tokenizer

            count = load_tokenizer(tokenizer).count
        self._count = count
        self.seconds = time.process_time() - t0      # CPU seconds spent counting (and loading, once a process)
        self._short: dict[str, int] = {}   # removed lines repeat across a crawl (site chrome, notices)
        self.steps = list(steps)
        self.index = {name: i for i, name in enumerate(self.steps)}
        n = len(self.steps)
        self._exit_kept = [0] * n        # tokens at exit of kept documents, by the last step they saw
        self._exit_dropped = [0] * n     # tokens at exit of dropped documents, by the step that dropped them
        self._removed_at = [0] * n       # tokens edits removed, by step
        self.removed: Counter = Counter()
        self.ledger = TokenLedger()
        self._pending: list[tuple[Document, int | None, str | None, dict | None]] = []
        self._pending_chars = 0

    def count(self, text: str) -> int:
        if len(text) > 64:
            return self._count(text)
        n = self._short.get(text)
        if n is None:
            if len(self._short) > 100_000:
                self._short.clear()
            n = self._short[text] = self._count(text)
        return n

    def leave(self, doc: Document, dropped_by: str | None = None, reason: str | None = None,
              row: dict | None = None) -> bool:
        """Note a document leaving the pipeline (`row`: its kept row, which gets `n_tokens`).

        The counting waits for `finish`, so the shard's texts are tokenized back to back (see
        BATCH_CHARS).  Returns True when the batch is full: the caller should `finish` now."""
        self._pending.append((doc, self.index.get(dropped_by) if dropped_by is not None else None, reason, row))
        self._pending_chars += len(doc.text)
        return self._pending_chars >= self.BATCH_CHARS

    def finish(self) -> list[dict]:
        """Count every document noted since the last call; returns their kept rows, in the order
        they were noted, with `n_tokens` filled in."""
        t0 = time.process_time()
        rows = []
        last = len(self.steps) - 1
        for doc, at, reason, row in self._pending:
            at_exit = self._count(doc.text)
            exit_at = last if at is None else at
            doc_in = at_exit
            for edit in doc.edits:
                j = self.index.get(edit.step, -1)
                for r in edit.removals:
                    n = self.count(r.text) - (self.count(r.replacement) if r.replacement else 0)
                    self.removed[r.reason] += n
                    if 0 <= j and (j < exit_at or (at is None and j == exit_at)):
                        self._removed_at[j] += n
                        doc_in += n
            if at is None:
                if last >= 0:
                    self._exit_kept[last] += at_exit
                self.ledger.add(doc, doc_in, at_exit)
            else:
                self._exit_dropped[at] += at_exit
                self.removed[reason or f"{self.steps[at]}.dropped"] += at_exit
                self.ledger.add(doc, doc_in, 0)
            if row is not None:
                row["n_tokens"] = at_exit
                rows.append(row)
        self._pending.clear()
        self._pending_chars = 0
        self.seconds += time.process_time() - t0
        return rows

    def steps_in_out(self) -> tuple[list[int], list[int]]:
        """Tokens into and out of each step, summed over the documents that went through it."""
        n = len(self.steps)
        step_in, step_out = [0] * n, [0] * n
        into = after = 0    # running suffix sums: what entered step i, what left it
        for i in range(n - 1, -1, -1):
            after = into + self._exit_kept[i]          # steps after i received it, plus what stopped at i
            step_out[i] = after
            into = after + self._exit_dropped[i] + self._removed_at[i]
            step_in[i] = into
        return step_in, step_out

    def to_json(self) -> dict:
        if self._pending:
            raise RuntimeError("ShardTokens.to_json before finish: kept rows are still waiting for n_tokens")
        step_in, step_out = self.steps_in_out()
        return {"steps": {s: [a, b] for s, a, b in zip(self.steps, step_in, step_out) if a or b},
                "removed": dict(self.removed), "ledger": self.ledger.to_json(top_sites=None),
                "seconds": round(self.seconds, 4)}


def merge_token_parts(parts: list[dict]) -> dict:
    """Sum the `ShardTokens.to_json()` of many tasks."""
    steps: dict[str, list[int]] = {}
    removed: Counter = Counter()
    ledger = TokenLedger()
    seconds = 0.0
    for p in parts:
        seconds += p.get("seconds", 0.0)
        for s, (a, b) in p["steps"].items():
            row = steps.setdefault(s, [0, 0])
            row[0] += a
            row[1] += b
        removed.update(p["removed"])
        ledger = ledger + TokenLedger.from_json(p["ledger"])
    return {"steps": steps, "removed": removed, "ledger": ledger, "seconds": seconds}


def token_summary(stats: dict, parts: list[dict], info: dict) -> None:
    """Add the summed token accounting to a run's stats.json (in place): tokens in and out per step,
    removed per reason, per source and site, and what the removed tokens would cost to train on."""
    total = merge_token_parts(parts)
    for step in stats["steps"]:
        io = total["steps"].get(step["step"])
        if io is not None and not step["step"].endswith(":signature"):
            step["tokens_in"], step["tokens_out"] = io
    first = next(iter(total["steps"].values()), [0, 0])
    kept = sum(b for _, b in total["ledger"].sources.values())
    removed = sum(total["removed"].values())
    stats["tokens"] = {
        **info,
        "tokens_in": first[0] if total["steps"] else kept,
        "tokens_kept": kept,
        "tokens_removed": removed,
        "removed_by_reason": dict(sorted(total["removed"].items(), key=lambda kv: -kv[1])),
        **total["ledger"].to_json(),
        "seconds": round(total["seconds"], 3),   # CPU seconds the workers spent counting
        "training_cost": {"gpu_hours_per_million_tokens": round(GPU_HOURS_PER_TOKEN * 1e6, 4),
                          "removed_gpu_hours": round(training_cost_gpu_hours(removed), 3),
                          "kept_gpu_hours": round(training_cost_gpu_hours(kept), 3), "basis": COST_BASIS},
    }
