"""Small inline-SVG charts drawn in Python: no JS library, nothing fetched, works offline.

Every chart has labelled axes and a <title> tooltip on each bar with the exact numbers.
"""
from __future__ import annotations

import math
from html import escape

import numpy as np
from typing import Sequence

FONT = 11


def _num(v: float) -> str:
    """Compact number for tick labels: 1.2k, 35M, 0.25."""
    a = abs(v)
    if a >= 1e9:
        return f"{v / 1e9:.3g}G"
    if a >= 1e6:
        return f"{v / 1e6:.3g}M"
    if a >= 1e3:
        return f"{v / 1e3:.3g}k"
    if a == 0 or a >= 1:
        return f"{v:.3g}"
    return f"{v:.2g}"


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    if hi <= lo:
        return [lo]
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.ceil(lo / step) * step
    ticks, t = [], start
    while t <= hi + step * 1e-9:
        ticks.append(round(t, 10))
        t += step
    return ticks


def _svg(width: int, height: int, body: list[str], label: str) -> str:
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
            f'role="img" aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
            + "".join(body) + "</svg>")


def histogram(
    groups: Sequence[tuple[str, Sequence[float], str]],
    edges: Sequence[float],
    x_label: str,
    *,
    log_x: bool = False,
    share: bool = True,
    thresholds: Sequence[tuple[float, str]] = (),
    width: int = 460,
    height: int = 230,
) -> str:
    """Overlaid histograms of several groups over the same bins.

    With `share`, each group is scaled to its own total so kept and dropped documents are
    comparable in shape whatever their counts; tooltips still give the counts.
    `thresholds` are drawn as dashed vertical lines with their label.
    """
    ml, mr, mt, mb = 46, 12, 30, 40
    pw, ph = width - ml - mr, height - mt - mb
    nb = len(edges) - 1
    counts = []
    inner = np.asarray(edges[1:-1], dtype=float)
    for _, values, _ in groups:
        arr = np.asarray([v for v in values if v is not None], dtype=float)
        arr = arr[~np.isnan(arr)]
        # bin i holds edges[i] <= v < edges[i+1]; values beyond either end go to the end bins
        counts.append(np.bincount(np.searchsorted(inner, arr, side="right"), minlength=nb).tolist())
    heights = []
    for c in counts:
        total = sum(c) or 1
        heights.append([x / total * 100 if share else x for x in c])
    top = max([max(h) for h in heights if h] + [1e-9])
    yt = nice_ticks(0, top)
    ymax = max(yt[-1], top)

    def tx(i: float) -> float:  # bin index -> x
        return ml + pw * i / nb

    def ty(v: float) -> float:
        return mt + ph - ph * v / ymax

    body = [f'<rect x="{ml}" y="{mt}" width="{pw}" height="{ph}" class="plot-bg"/>']
    for t in yt:
        body.append(f'<line x1="{ml}" x2="{ml + pw}" y1="{ty(t):.1f}" y2="{ty(t):.1f}" class="grid"/>'
                    f'<text x="{ml - 4}" y="{ty(t) + 3.5:.1f}" class="tick" text-anchor="end">{_num(t)}{"%" if share else ""}</text>')
    for gi, (label, _, color) in enumerate(groups):
        pts = [f"{tx(0):.1f},{ty(0):.1f}"]
        for i, h in enumerate(heights[gi]):
            pts.append(f"{tx(i):.1f},{ty(h):.1f}")
            pts.append(f"{tx(i + 1):.1f},{ty(h):.1f}")
        pts.append(f"{tx(nb):.1f},{ty(0):.1f}")
        body.append(f'<polygon points="{" ".join(pts)}" fill="{color}" fill-opacity="0.28" stroke="{color}" '
                    f'stroke-width="1.5" class="series"><title>{escape(label)}</title></polygon>')
    for i in range(nb):  # one hover target per bin with every group's numbers
        tip = f"{_edge(edges[i], log_x)} – {_edge(edges[i + 1], log_x)}\n" + "\n".join(
            f"{label}: {counts[gi][i]:,} ({heights[gi][i]:.1f}%)" if share else f"{label}: {counts[gi][i]:,}"
            for gi, (label, _, _) in enumerate(groups))
        body.append(f'<rect x="{tx(i):.1f}" y="{mt}" width="{pw / nb:.1f}" height="{ph}" class="hover">'
                    f'<title>{escape(tip)}</title></rect>')
    for value, label in thresholds:
        pos = _position(edges, value, log_x)
        if pos is None:
            continue
        x = tx(pos)
        right = x + 3 + 6.2 * len(label) > width - 2  # would run off the chart: put it left of the line
        body.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{mt - 4}" y2="{mt + ph}" class="threshold"/>'
                    f'<text x="{x - 3 if right else x + 3:.1f}" y="{mt - 5}" class="tlabel" '
                    f'text-anchor="{"end" if right else "start"}">{escape(label)}</text>')
    if log_x:  # label the powers of ten only
        marks = [i for i, e in enumerate(edges) if abs(math.log10(e) - round(math.log10(e))) < 1e-9] if edges[0] > 0 else []
    else:
        every = next(k for k in (1, 2, 4, 5, 10, 20, 25, 50, 100) if nb / k <= 6 or k == 100)
        marks = list(range(0, nb + 1, every))
    for i in marks:
        body.append(f'<line x1="{tx(i):.1f}" x2="{tx(i):.1f}" y1="{mt + ph}" y2="{mt + ph + 4}" class="axis"/>'
                    f'<text x="{tx(i):.1f}" y="{mt + ph + 15}" class="tick" text-anchor="middle">{_edge(edges[i], log_x)}</text>')
    body.append(f'<line x1="{ml}" x2="{ml + pw}" y1="{mt + ph}" y2="{mt + ph}" class="axis"/>'
                f'<line x1="{ml}" x2="{ml}" y1="{mt}" y2="{mt + ph}" class="axis"/>')
    body.append(f'<text x="{ml + pw / 2}" y="{height - 6}" class="alabel" text-anchor="middle">{escape(x_label)}</text>')
    ylab = "share of documents" if share else "documents"
    body.append(f'<text x="11" y="{mt + ph / 2}" class="alabel" text-anchor="middle" '
                f'transform="rotate(-90 11 {mt + ph / 2})">{ylab}</text>')
    lx = width - mr  # legend in the top margin, right-aligned
    for label, _, color in reversed(groups):
        lx -= 18 + 6.5 * len(label)
        body.append(f'<rect x="{lx:.1f}" y="3" width="10" height="10" fill="{color}" fill-opacity="0.6" stroke="{color}"/>'
                    f'<text x="{lx + 13:.1f}" y="12" class="tick">{escape(label)}</text>')
    return _svg(width, height, body, x_label)


def _bin(edges: Sequence[float], v: float) -> int:
    lo, hi = 0, len(edges) - 1
    if v <= edges[0]:
        return 0
    if v >= edges[-1]:
        return len(edges) - 2
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if v >= edges[mid]:
            lo = mid
        else:
            hi = mid
    return lo


def _position(edges: Sequence[float], value: float, log_x: bool) -> float | None:
    """Fractional bin index of `value` (interpolated within its bin), None if off the axis."""
    if value < edges[0] or value > edges[-1]:
        return None
    i = _bin(edges, value)
    a, b = edges[i], edges[i + 1]
    if log_x and a > 0:
        frac = (math.log(value) - math.log(a)) / (math.log(b) - math.log(a)) if value > 0 else 0
    else:
        frac = (value - a) / (b - a) if b > a else 0
    return i + frac


def _edge(v: float, log_x: bool) -> str:
    return _num(v) if log_x or abs(v) >= 1000 else (f"{v:g}" if v == int(v) else f"{v:.3g}")


def log_edges(lo: float, hi: float, per_decade: int = 4) -> list[float]:
    """Bin edges evenly spaced on a log scale from `lo` to at least `hi`."""
    lo = max(lo, 1)
    start = math.floor(math.log10(lo) * per_decade)
    stop = math.ceil(math.log10(max(hi, lo * 10)) * per_decade)
    return [10 ** (k / per_decade) for k in range(start, stop + 1)]


def linear_edges(lo: float, hi: float, n: int = 24) -> list[float]:
    if hi <= lo:
        hi = lo + 1
    ticks = nice_ticks(lo, hi, n)
    if ticks[0] > lo:
        ticks.insert(0, ticks[0] - (ticks[1] - ticks[0]) if len(ticks) > 1 else lo)
    if ticks[-1] < hi:
        ticks.append(ticks[-1] + (ticks[1] - ticks[0]) if len(ticks) > 1 else hi)
    if len(ticks) < 2:
        ticks = [lo, hi]
    return ticks


def hbars(
    items: Sequence[tuple[str, float, str, str]],
    x_label: str,
    *,
    width: int = 460,
    label_width: int = 150,
    fmt=None,
) -> str:
    """Horizontal bars: (label, value, color, tooltip) each, largest first as given."""
    fmt = fmt or (lambda v: f"{v:,.0f}" if abs(v) < 1e6 else _num(v))
    bar, gap, mt, mb = 16, 5, 6, 34
    height = mt + mb + len(items) * (bar + gap)
    ml, mr = label_width, 64
    pw = width - ml - mr
    top = max([v for _, v, _, _ in items] + [1e-9])
    ticks = nice_ticks(0, top, 4)
    xmax = max(ticks[-1], top)
    body = []
    for t in ticks:
        x = ml + pw * t / xmax
        body.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{mt}" y2="{height - mb}" class="grid"/>'
                    f'<text x="{x:.1f}" y="{height - mb + 13}" class="tick" text-anchor="middle">{_num(t)}</text>')
    for i, (label, value, color, tip) in enumerate(items):
        y = mt + i * (bar + gap)
        w = pw * value / xmax
        short = label if len(label) <= 26 else label[:25] + "…"
        body.append(f'<g class="bar"><title>{escape(tip or f"{label}: {fmt(value)}")}</title>'
                    f'<text x="{ml - 5}" y="{y + bar - 4}" class="tick" text-anchor="end">{escape(short)}</text>'
                    f'<rect x="{ml}" y="{y}" width="{max(w, 0.5):.1f}" height="{bar}" fill="{color}"/>'
                    f'<text x="{ml + w + 4:.1f}" y="{y + bar - 4}" class="tick">{escape(fmt(value))}</text></g>')
    body.append(f'<line x1="{ml}" x2="{ml}" y1="{mt}" y2="{height - mb}" class="axis"/>')
    body.append(f'<text x="{ml + pw / 2}" y="{height - 6}" class="alabel" text-anchor="middle">{escape(x_label)}</text>')
    return _svg(width, height, body, x_label)


def funnel(rows: Sequence[tuple[str, float, float]], x_label: str, *, width: int = 940, kept: str = "#4e79a7",
           lost: str = "#e15759") -> str:
    """One bar per step: what came in, split into what went on (blue) and what the step took (red)."""
    bar, gap, mt, mb, ml, mr = 18, 6, 6, 34, 190, 150
    height = mt + mb + len(rows) * (bar + gap)
    pw = width - ml - mr
    top = max([a for _, a, _ in rows] + [1e-9])
    body = []
    for t in nice_ticks(0, top, 5):
        x = ml + pw * t / top
        if x <= ml + pw + 0.5:
            body.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{mt}" y2="{height - mb}" class="grid"/>'
                        f'<text x="{x:.1f}" y="{height - mb + 13}" class="tick" text-anchor="middle">{_num(t)}</text>')
    for i, (label, a, b) in enumerate(rows):
        y = mt + i * (bar + gap)
        wa, wb = pw * a / top, pw * b / top
        share = (a - b) / a * 100 if a else 0.0
        tip = f"{label}: {a:,.0f} in, {b:,.0f} out, {a - b:,.0f} removed ({share:.2f}%)"
        body.append(f'<g class="bar"><title>{escape(tip)}</title>'
                    f'<text x="{ml - 6}" y="{y + bar - 5}" class="tick" text-anchor="end">{escape(label)}</text>'
                    f'<rect x="{ml}" y="{y}" width="{max(wb, 0.5):.1f}" height="{bar}" fill="{kept}"/>'
                    f'<rect x="{ml + wb:.1f}" y="{y}" width="{max(wa - wb, 0):.1f}" height="{bar}" fill="{lost}"/>'
                    f'<text x="{ml + wa + 5:.1f}" y="{y + bar - 5}" class="tick">{_num(b)}'
                    f'{f"  −{share:.1f}%" if a - b else ""}</text></g>')
    body.append(f'<line x1="{ml}" x2="{ml}" y1="{mt}" y2="{height - mb}" class="axis"/>')
    body.append(f'<text x="{ml + pw / 2}" y="{height - 6}" class="alabel" text-anchor="middle">{escape(x_label)}</text>')
    return _svg(width, height, body, x_label)
