"""Per-step counters that merge with `+`, so shards can be counted anywhere and summed."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass
class StepStats:
    step: str
    kind: str
    docs_in: int = 0
    docs_out: int = 0
    chars_in: int = 0
    dropped: Counter = field(default_factory=Counter)
    edited: Counter = field(default_factory=Counter)  # reason -> spans removed
    chars_removed: Counter = field(default_factory=Counter)  # reason -> characters removed (or dropped)
    normalized_chars: int = 0
    seconds: float = 0.0
    sites: Counter = field(default_factory=Counter)  # site -> drops, for steps that name a site (url.filter)

    def __add__(self, other: StepStats) -> StepStats:
        return StepStats(
            self.step, self.kind, self.docs_in + other.docs_in, self.docs_out + other.docs_out,
            self.chars_in + other.chars_in, self.dropped + other.dropped, self.edited + other.edited,
            self.chars_removed + other.chars_removed, self.normalized_chars + other.normalized_chars,
            self.seconds + other.seconds, self.sites + other.sites,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "step": self.step, "kind": self.kind, "in": self.docs_in, "out": self.docs_out,
            "chars_in": self.chars_in, "dropped": dict(sorted(self.dropped.items())),
            "edited": dict(sorted(self.edited.items())), "chars_removed": dict(sorted(self.chars_removed.items())),
            "normalized_chars": self.normalized_chars, "seconds": round(self.seconds, 4),
            **({"sites": dict(sorted(self.sites.items(), key=lambda kv: (-kv[1], kv[0])))} if self.sites else {}),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> StepStats:
        return cls(d["step"], d["kind"], d["in"], d["out"], d.get("chars_in", 0), Counter(d["dropped"]),
                   Counter(d["edited"]), Counter(d["chars_removed"]), d.get("normalized_chars", 0), d["seconds"],
                   Counter(d.get("sites", {})))


def merge(parts: list[list[StepStats]]) -> list[StepStats]:
    """Sum lists of step stats position by position (every shard runs the same steps)."""
    total: dict[str, StepStats] = {}
    for part in parts:
        for s in part:
            total[s.step] = total[s.step] + s if s.step in total else s
    return list(total.values())
