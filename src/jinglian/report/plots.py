"""The Distributions and Sites sections: figures built from the sampled rows of a run."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from html import escape
from typing import Any

import pyarrow as pa

from . import svg
from .colors import DROPPED, KEPT, Palette
from .markup import num, td


def length_figure(kept_sample: pa.Table, drop_sample: pa.Table) -> str:
    """Document lengths, kept vs dropped, on a log axis."""
    kept = [v for v in kept_sample.column("length").to_pylist() if v is not None] if kept_sample.num_rows else []
    drop = [v for v in drop_sample.column("length").to_pylist() if v is not None] if drop_sample.num_rows else []
    if not kept and not drop:
        return ""
    top = max(kept + drop + [10])
    edges = svg.log_edges(1, top, 4)
    chart = svg.histogram([("kept", kept, KEPT), ("dropped", drop, DROPPED)], edges,
                          "characters per document (log scale; dropped: text when dropped)", log_x=True)
    return f"<figure><figcaption>Document length, kept vs dropped</figcaption>{chart}</figure>"


def cluster_figure(clusters: Counter) -> str:
    """How many duplicate clusters of each size (a kept document and its dropped copies)."""
    if not clusters:
        return ('<figure><figcaption>Duplicate cluster sizes</figcaption><p class="note">No document was dropped '
                'as a duplicate of another.</p></figure>')
    buckets = [(2, 2), (3, 3), (4, 4), (5, 9), (10, 99), (100, 999), (1000, math.inf)]
    items = []
    for lo, hi in buckets:
        n = sum(c for size, c in clusters.items() if lo <= size <= hi)
        docs = sum(c * size for size, c in clusters.items() if lo <= size <= hi)
        if n:
            label = str(lo) if lo == hi else (f"{lo}+" if hi == math.inf else f"{lo}–{hi}")
            items.append((f"{label} copies", n, KEPT, f"clusters of {label} documents: {n:,} clusters, {docs:,} documents"))
    total = sum(clusters.values())
    chart = svg.hbars(items, "clusters (one kept document plus its dropped copies)", label_width=90)
    return (f"<figure><figcaption>Duplicate cluster sizes <span class=\"muted\">{total:,} clusters, "
            f"largest {max(clusters):,}</span></figcaption>{chart}</figure>")


def signal_figures(kept_scores: list[dict], drop_scores: list[dict],
                   step_params: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """One histogram per numeric score, kept vs dropped, with matching recipe thresholds drawn."""
    columns: dict[str, tuple[list, list]] = {}  # score -> (kept values, dropped values)
    for group, scores in ((0, kept_scores), (1, drop_scores)):
        for s in scores:
            for key, v in s.items():
                if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v):
                    if key not in columns:
                        columns[key] = ([], [])
                    columns[key][group].append(v)
    thresholds = match_thresholds(step_params, list(columns))
    n = len(kept_scores) + len(drop_scores)
    size = {k: len(a) + len(b) for k, (a, b) in columns.items()}
    keys = [k for k in columns if size[k] >= 0.05 * n]
    keys.sort(key=lambda k: (k not in thresholds, -size[k], k))
    out = []
    for key in keys[:16]:
        kv, dv = columns[key]
        lines = thresholds.get(key, [])
        edges, log_x = _signal_edges(kv + dv, [v for v, _ in lines])
        chart = svg.histogram([("kept", kv, KEPT), ("dropped", dv, DROPPED)], edges, key, log_x=log_x,
                              thresholds=lines)
        out.append(f"<figure><figcaption>{escape(key)} <span class=\"muted\">{len(kv):,} kept, {len(dv):,} dropped"
                   f"</span></figcaption>{chart}</figure>")
    if not out:
        out.append('<p class="note">No numeric scores were stored on the documents of this run.</p>')
    return out


def match_thresholds(step_params: list[tuple[str, dict[str, Any]]], signals: list[str]) -> dict[str, list[tuple[float, str]]]:
    """Recipe parameters to draw on a signal's plot.

    A numeric parameter matches a signal when stripping a `min_`/`max_` prefix or a
    `_min`/`_max`/`_threshold` suffix from its name leaves the signal's name (or the last
    dotted part of it), or that name with an `n_` prefix (a count): `min_han_ratio` -> `han_ratio`,
    `max_dup_line_share` -> `dup_line_share`, `min_chars` -> `n_chars`."""
    short = {}
    for key in signals:
        short.setdefault(key, key)
        short.setdefault(key.rsplit(".", 1)[-1], key)
    out: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for _step, params in step_params:
        for name, value in params.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                continue
            base = name
            for pre in ("min_", "max_"):
                if base.startswith(pre):
                    base = base[len(pre):]
            for suf in ("_min", "_max", "_threshold"):
                if base.endswith(suf):
                    base = base[: -len(suf)]
            if base == name:
                continue
            for candidate in (base, f"n_{base}"):
                if candidate in short:
                    out[short[candidate]].append((float(value), f"{name}={value:g}"))
                    break
    return out


def category_figures(kept_scores: list[dict], drop_scores: list[dict]) -> list[str]:
    """Mix of string-valued scores (script first), kept vs dropped."""
    kept, drop = kept_scores, drop_scores
    cats: dict[str, tuple[Counter, Counter]] = {}
    for group, scores in ((0, kept), (1, drop)):
        for s in scores:
            for key, v in s.items():
                if isinstance(v, str):
                    if key not in cats:
                        cats[key] = (Counter(), Counter())
                    cats[key][group][v] += 1
    keys = [k for k, (a, b) in cats.items() if len(a | b) <= 12]
    keys.sort(key=lambda k: ("script" not in k, k))
    out = []
    for key in keys[:3]:
        a, b = cats[key]
        items = []
        for value, _ in (a + b).most_common():
            ka, kb = a[value], b[value]
            items.append((f"{value} · kept", ka / (sum(a.values()) or 1) * 100, KEPT, f"{value}: {ka:,} kept documents"))
            items.append((f"{value} · dropped", kb / (sum(b.values()) or 1) * 100, DROPPED, f"{value}: {kb:,} dropped documents"))
        chart = svg.hbars(items, f"share of kept / dropped documents (%) by {key}", label_width=150, fmt=lambda v: f"{v:.1f}%")
        out.append(f"<figure><figcaption>{escape(key)} mix</figcaption>{chart}</figure>")
    if not out:
        out.append('<figure><figcaption>Script mix</figcaption><p class="note">No document carries a '
                   '<code>script</code> score in this run.</p></figure>')
    return out


def sites_section(sites: list[dict], palette: Palette, estimated: bool) -> str:
    """Top sites by kept characters and by drop rate, and a sortable table of the largest sites."""
    parts = ['<section id="sites"><h2>Sites</h2>']
    if not sites:
        return parts[0] + '<p class="note">No documents.</p></section>'
    by_chars = sorted(sites, key=lambda s: (-s["kept_chars"], s["host"]))[:15]
    items = [(s["host"], s["kept_chars"], KEPT, f'{s["host"]}: {s["kept_chars"]:,.0f} kept characters in {s["kept"]:,} kept documents')
             for s in by_chars if s["kept_chars"] > 0]
    total_docs = sum(s["docs"] for s in sites)
    min_docs = max(3, min(50, total_docs // 1000))
    risky = sorted((s for s in sites if s["docs"] >= min_docs and s["dropped"]),
                   key=lambda s: (-s["drop_rate"], -s["docs"], s["host"]))[:15]
    ritems = [(s["host"], s["drop_rate"] * 100, palette.color(s["top_reason"][0]) if s["top_reason"] else DROPPED,
               f'{s["host"]}: {s["dropped"]:,} of {s["docs"]:,} dropped; most: {s["top_reason"][0] if s["top_reason"] else "–"}')
              for s in risky]
    parts.append('<div class="grid2">')
    parts.append(f'<figure><figcaption>Top sites by kept characters{" <span class=muted>(estimated from the sample)</span>" if estimated else ""}'
                 f'</figcaption>{svg.hbars(items, "kept characters", label_width=170) if items else "<p class=note>none</p>"}</figure>')
    parts.append(f'<figure><figcaption>Top sites by drop rate <span class="muted">(sites with at least {min_docs} documents; '
                 f'bar color: the site\'s most common drop reason)</span></figcaption>'
                 f'{svg.hbars(ritems, "documents dropped (%)", label_width=170, fmt=lambda v: f"{v:.1f}%") if ritems else "<p class=note>no site has drops</p>"}</figure>')
    parts.append("</div>")
    rows = []
    for s in sorted(sites, key=lambda s: (-s["docs"], s["host"]))[:60]:
        top = s["top_reason"]
        rows.append("<tr>" + "".join([
            td(escape(s["host"]), cls="l"), td(num(s["docs"]), s["docs"]), td(num(s["kept"]), s["kept"]),
            td(num(s["dropped"]), s["dropped"]), td(f'{s["drop_rate"] * 100:.1f}%', s["drop_rate"]),
            td(f'{palette.chip(top[0])} {top[1]:,}' if top else "–", top[1] if top else 0, "l"),
            td(num(round(s["kept_chars"])), s["kept_chars"]),
        ]) + "</tr>")
    parts.append(f'<table class="data sortable"><thead><tr><th class="l">site</th><th>documents</th><th>kept</th>'
                 f'<th>dropped</th><th>drop rate</th><th class="l">most common drop reason</th><th>kept characters'
                 f'{" (est.)" if estimated else ""}</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')
    if len(sites) > 60:
        parts.append(f'<p class="note">The 60 largest of {len(sites):,} sites.</p>')
    parts.append("</section>")
    return "".join(parts)


def _signal_edges(values: list[float], extra: list[float]) -> tuple[list[float], bool]:
    """Bins for a score: linear for ratios and small ranges, log for long-tailed counts."""
    vals = sorted(v for v in values if math.isfinite(v))
    if not vals:
        return [0.0, 1.0], False
    lo, hi = vals[int(len(vals) * 0.005)], vals[min(len(vals) - 1, int(len(vals) * 0.995))]
    lo, hi = min([lo] + extra), max([hi] + extra)
    if lo >= 0 and hi <= 1:
        return [i / 20 for i in range(21)], False
    if lo >= 0 and hi > 1000 and (vals[len(vals) // 2] or 1) * 50 < hi:
        return svg.log_edges(max(1, lo), hi, 5), True
    return svg.linear_edges(lo, hi, 20), False
