"""One color per reason, the same in tables, plots and the viewer.

Colors are assigned in the sorted order of the run's reasons (from stats.json), so the
report and a document page rendered later from the same run directory agree.
"""
from __future__ import annotations

from html import escape

#: Qualitative palette (Tableau 20 order reshuffled so neighbours differ in hue).
COLORS = (
    "#e15759", "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#edc948", "#76b7b2", "#9c755f",
    "#ff9da7", "#499894", "#d37295", "#8cd17d", "#a0cbe8", "#b6992d", "#ffbe7d", "#86bcb6",
    "#f1ce63", "#bab0ac", "#fabfd2", "#79706e",
)
KEPT = "#4e79a7"
DROPPED = "#e15759"


def tint(color: str, alpha: float) -> str:
    """`color` mixed with white (a solid color, so no CSS color-mix is needed)."""
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 - (255 - c) * alpha) for c in (r, g, b)]
    return "#" + "".join(f"{c:02x}" for c in mix)


class Palette:
    def __init__(self, reasons: list[str]):
        self.reasons: list[str] = []
        for r in reasons:
            self.add(r)

    def add(self, reason: str) -> int:
        if reason not in self.reasons:
            self.reasons.append(reason)
        return self.reasons.index(reason)

    def color(self, reason: str) -> str:
        return COLORS[self.add(reason) % len(COLORS)]

    def css_class(self, reason: str) -> str:
        return f"rc{self.add(reason) % len(COLORS)}"

    def chip(self, reason: str) -> str:
        """A reason label with its color swatch (HTML)."""
        return f'<span class="chip {self.css_class(reason)}">{escape(reason)}</span>'

    @staticmethod
    def css() -> str:
        rules = []
        for i, c in enumerate(COLORS):
            rules.append(f".rc{i}{{--c:{c};--t:{tint(c, 0.28)}}}")
        return "\n".join(rules)
