"""Assemble the report page from a run directory.

What is exact and what is sampled, so the page stays fast for a million documents:
- exact: the funnel and reason tables (stats.json), per-site document counts and drop
  rates and duplicate cluster sizes (read from the `url`, `reason` and `duplicate_of`
  columns only);
- sampled: length and score distributions, script mix and characters per site come from
  row groups read up to `SampleSizes.read` rows per table (the text column is turned into
  lengths as it is read); examples are a few documents per reason picked by hashing ids.
Every piece of crawled text goes through `html.escape`; the page holds no data for
scripts, only markup rendered here, and a Content-Security-Policy forbids any network.
"""
from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from html import escape
from importlib import resources

import pyarrow as pa
import pyarrow.compute as pc

from . import plots, svg
from .colors import DROPPED, KEPT, Palette
from .markup import num, pct, td
from ..rundir import RunDir
from ..rundir.reader import pick_concentrated
from ..rundir.rows import loads
from .viewer import DocView, Piece, build_view, render_text, render_view

#: No network at all; only our own script runs (allowed by its hash, so even markup that
#: slipped past escaping could not run a script or an inline event handler).
CSP = ("default-src 'none'; script-src '{script_hash}'; style-src 'unsafe-inline'; "
       "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")
#: scheme://host — kept simple on purpose: RE2 runs it over a million urls in well under a second
HOST_RE = r"^[A-Za-z][A-Za-z0-9+.\-]*://(?P<host>[^/:?#@]+)"


@dataclass(frozen=True)
class SampleSizes:
    #: rows read per table for distributions (row groups are read whole)
    read: int = 40_000
    #: rows per table whose scores are parsed for the score plots
    scores: int = 10_000
    #: documents shown per drop reason and per edit reason
    per_reason: int = 4
    #: characters of one document shown in the report's viewer
    doc_chars: int = 5_000


def asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def page(title: str, body: str, palette: Palette, body_class: str = "") -> str:
    script = f"\n{asset('report.js')}\n"
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return (
        "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP.format(script_hash="sha256-" + digest)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(title)}</title>\n<style>\n{asset('report.css')}\n{palette.css()}\n</style>\n</head>\n"
        f'<body class="{body_class}">\n{body}\n<script>{script}</script>\n</body>\n</html>\n'
    )


# ------------------------------------------------------------------ the report


class Report:
    def __init__(self, run: RunDir, sizes: SampleSizes = SampleSizes()):
        self.run = run
        self.sizes = sizes
        self.stats = run.stats
        self.palette = Palette(run.reasons())
        self.views: dict[str, tuple[int, DocView]] = {}  # id -> (dom index, view)

    # --- data ----------------------------------------------------------------
    def load(self) -> None:
        run = self.run
        self.n_kept = run.count("kept")
        self.n_dropped = run.count("dropped")
        drops = run.read_columns("dropped", ["id", "step", "reason", "duplicate_of", "url"], with_rank=True)
        kept_urls = run.read_columns("kept", ["url"])
        edits = run.read_columns("edits", ["id", "reason"], with_rank=True)
        self.drops, self.edit_index = drops, edits
        self.kept_sample, self.kept_total = run.sample(
            "kept", ["id", "text", "url", "scores"], self.sizes.read, self.sizes.read, "kept", _lengths)
        self.drop_sample, self.drop_total = run.sample(
            "dropped", ["id", "reason", "text", "url", "scores"], self.sizes.read, self.sizes.read, "dropped", _lengths)
        self.kept_scores = self._scores(self.kept_sample, "kept")
        self.drop_scores = self._scores(self.drop_sample, "dropped")
        self.sites = self._sites(kept_urls, drops)
        self.clusters = self._clusters(drops)

    def _sites(self, kept_urls: pa.Table, drops: pa.Table) -> list[dict]:
        """Per host: kept and dropped documents (exact), kept characters (from the sample)."""
        kept_hosts = _count(_hosts(kept_urls))
        drop_hosts = _hosts(drops)
        dropped = _count(drop_hosts)
        top: dict[str, tuple[str, int]] = {}
        if drops.num_rows:
            pairs = pa.table({"host": drop_hosts, "reason": drops.column("reason")}).group_by(["host", "reason"]).aggregate(
                [("reason", "count")])
            for host, reason, n in zip(*(pairs.column(c).to_pylist() for c in ("host", "reason", "reason_count"))):
                if host not in top or (n, reason) > (top[host][1], top[host][0]):
                    top[host] = (reason, n)
        chars: dict[str, float] = {}
        if self.kept_sample.num_rows:
            sums = pa.table({"host": _hosts(self.kept_sample), "length": self.kept_sample.column("length")}).group_by(
                "host").aggregate([("length", "sum")])
            chars = dict(zip(sums.column("host").to_pylist(), sums.column("length_sum").to_pylist()))
        scale = self.kept_total / self.kept_sample.num_rows if self.kept_sample.num_rows else 0
        out = []
        for host in set(kept_hosts) | set(dropped):
            k, d = kept_hosts.get(host, 0), dropped.get(host, 0)
            out.append({"host": host, "kept": k, "dropped": d, "docs": k + d, "drop_rate": d / (k + d),
                        "kept_chars": (chars.get(host) or 0) * scale, "top_reason": top.get(host)})
        return out

    def _clusters(self, drops: pa.Table) -> Counter:
        """Cluster size (the kept document plus its duplicates) -> number of clusters."""
        if not drops.num_rows:
            return Counter()
        col = drops.column("duplicate_of").drop_null()
        if not len(col):
            return Counter()
        counts = pc.value_counts(col)
        return Counter(int(c) + 1 for c in counts.field("counts").to_pylist())

    # --- the document viewer's documents ---------------------------------------
    def collect_examples(self) -> None:
        k = self.sizes.per_reason
        self.drop_examples = _examples(self.drops, k)
        self.edit_examples = _examples(self.edit_index, k)
        wanted = {i for ids in self.drop_examples.values() for i in ids}
        wanted |= {i for ids in self.edit_examples.values() for i in ids}
        rows = self._fetch(wanted)
        targets = {str(row["duplicate_of"]) for _, row in rows.values() if row.get("duplicate_of")}
        rows.update(self._fetch(targets - set(rows)))
        edits = self.run.edits_for(rows)
        for doc_id in sorted(rows, key=lambda i: (i in targets, i)):
            status, row = rows[doc_id]
            self._add_view(build_view(status, row, edits.get(doc_id, [])))
        for _, view in list(self.views.values()):
            target = view.row.get("duplicate_of")
            if target and str(target) in self.views:
                view.duplicate = self.views[str(target)][1]

    def _fetch(self, ids: set[str]) -> dict[str, tuple[str, dict]]:
        out: dict[str, tuple[str, dict]] = {}
        if not ids:
            return out
        for row in self.run.fetch("kept", ids):
            out[row["id"]] = ("kept", row)
        for row in self.run.fetch("dropped", set(ids) - set(out)):
            out[row["id"]] = ("dropped", row)
        return out

    def _add_view(self, view: DocView) -> None:
        if view.id not in self.views:
            self.views[view.id] = (len(self.views), view)

    def dom_id(self, doc_id: str) -> str:
        return f"doc-{self.views[doc_id][0]}"

    def view_link(self, doc_id: str, label: str = "view") -> str:
        if doc_id not in self.views:
            return ""
        return f'<a class="view" href="#{self.dom_id(doc_id)}" title="open in the document viewer">{label}</a>'

    # --- sections --------------------------------------------------------------
    def render(self) -> str:
        self.load()
        self.collect_examples()
        body = [self.header(), self.nav(), "<main>", self.summary(), self.funnel(), self.reasons_table(),
                self.plots(), self.examples(), self.viewer_index(), self.recipe(), "</main>", self.viewers()]
        name = (self.run.manifest.get("recipe") or {}).get("name", "")
        return page(f"jinglian report — {self.run.name} ({name})", "\n".join(body), self.palette)

    def header(self) -> str:
        m = self.run.manifest
        recipe = m.get("recipe") or {}
        bits = [f"recipe <b>{escape(str(recipe.get('name', '?')))}</b>"]
        ex = m.get("executor") or {}
        if ex:
            bits.append(f"executor {escape(str(ex.get('name', '?')))} × {escape(str(ex.get('workers', '?')))}")
        if m.get("jinglian_version"):
            bits.append(f"jinglian {escape(str(m['jinglian_version']))}")
        if self.stats.get("seconds") is not None:
            bits.append(f"{self.stats['seconds']:,.1f} s")
        if m.get("status") and m.get("status") != "complete":
            bits.append(f'<b style="color:#ffb4b4">status: {escape(str(m["status"]))}</b>')
        inputs = m.get("inputs") or []
        shown = ", ".join(escape(str(i)) for i in inputs[:3]) + (f" and {len(inputs) - 3} more" if len(inputs) > 3 else "")
        return (f'<header class="top"><h1>精炼 jinglian run report<small>{escape(str(self.run.path))}</small></h1>'
                f'<div class="run">{" · ".join(bits)}</div><div class="run">inputs: {shown or "–"}</div></header>')

    def nav(self) -> str:
        links = [("summary", "Summary"), ("funnel", "Funnel"), ("reasons", "Reasons"), ("plots", "Distributions"),
                 ("sites", "Sites"), ("examples", "Examples"), ("documents", "Document viewer"), ("recipe", "Recipe")]
        return '<nav class="toc">' + "".join(f'<a href="#{a}">{t}</a>' for a, t in links) + "</nav>"

    def summary(self) -> str:
        s = self.stats
        d_in, d_kept = s.get("documents_in", self.n_kept + self.n_dropped), s.get("documents_kept", self.n_kept)
        d_drop = s.get("documents_dropped", self.n_dropped)
        c_in, c_kept = s.get("chars_in", 0), s.get("chars_kept", 0)
        removed_by_edits = sum(sum((st.get("chars_removed") or {}).get(r, 0) for r in (st.get("edited") or {}))
                               for st in s.get("steps", []))
        cards = [("documents in", num(d_in), ""), ("documents kept", num(d_kept), pct(d_kept, d_in)),
                 ("documents dropped", num(d_drop), pct(d_drop, d_in)), ("characters in", num(c_in), ""),
                 ("characters kept", num(c_kept), pct(c_kept, c_in)),
                 ("characters removed by edits", num(removed_by_edits), pct(removed_by_edits, c_in))]
        tok = s.get("tokens") or {}
        if tok.get("counting") == "on":
            t_in, t_kept = tok.get("tokens_in", 0), tok.get("tokens_kept", 0)
            cost = tok.get("training_cost") or {}
            cards += [(f"tokens in ({escape(str(tok.get('name', '')))})", num(t_in), ""),
                      ("tokens kept", num(t_kept), pct(t_kept, t_in)),
                      ("tokens removed", num(tok.get("tokens_removed", 0)), pct(tok.get("tokens_removed", 0), t_in)),
                      ("training on the removed tokens", _hours(cost.get("removed_gpu_hours", 0)),
                       "H800 GPU-hours at DeepSeek-V3's rate")]
        html = ['<section id="summary"><div class="cards">']
        for k, v, sub in cards:
            html.append(f'<div class="card"><div class="k">{k}</div><div class="v">{v}</div><div class="s">{sub}</div></div>')
        errors = {r: n for st in s.get("steps", []) for r, n in (st.get("dropped") or {}).items() if r.endswith(".error")}
        if errors:
            html.append('<div class="card warn"><div class="k">documents dropped by step errors</div>'
                        f'<div class="v">{num(sum(errors.values()))}</div><div class="s">'
                        + ", ".join(escape(r) for r in errors) + "</div></div>")
        html.append("</div>")
        if tok.get("counting") == "on":
            html.append(f'<p class="note">Tokens counted with {escape(str(tok.get("name")))} (vocabulary '
                        f'{escape(str(tok.get("fingerprint")))}); cost basis: {escape(str((tok.get("training_cost") or {}).get("basis", "")))}.</p>')
        elif tok.get("counting") == "off":
            html.append(f'<p class="note">Token counting was off: {escape(str(tok.get("why", "")))}</p>')
        if self.n_kept != d_kept or self.n_dropped != d_drop:
            html.append(f'<p class="warn">stats.json counts {d_kept:,} kept / {d_drop:,} dropped, but the run directory '
                        f'holds {self.n_kept:,} kept / {self.n_dropped:,} dropped rows.</p>')
        html.append("</section>")
        return "".join(html)

    def funnel(self) -> str:
        steps = self.stats.get("steps", [])
        c_kept = self.stats.get("chars_kept", 0)
        rows, chart = [], []
        for i, st in enumerate(steps):
            nxt = steps[i + 1].get("chars_in") if i + 1 < len(steps) else c_kept
            dropped = sum((st.get("dropped") or {}).values())
            spans = sum((st.get("edited") or {}).values())
            chars_removed = sum((st.get("chars_removed") or {}).values())
            d_in, d_out = st.get("in", 0), st.get("out", 0)
            c_in = st.get("chars_in")
            chart.append((st.get("step", "?"), d_in, d_out))
            rows.append("<tr>" + "".join([
                td(escape(str(st.get("step", "?"))), cls="l"), td(escape(str(st.get("kind", ""))), cls="l"),
                td(num(d_in), d_in), td(num(d_out), d_out), td(num(dropped), dropped), td(pct(dropped, d_in), _ratio(dropped, d_in)),
                td(num(spans), spans),
                td(num(c_in) if c_in is not None else "–", c_in or 0),
                td(num(nxt) if c_in is not None and nxt is not None else "–", nxt or 0),
                td(num(chars_removed), chars_removed), td(pct(chars_removed, c_in or 0), _ratio(chars_removed, c_in or 0)),
                td(num(st.get("normalized_chars", 0)), st.get("normalized_chars", 0)),
                td(num(st["tokens_in"]) if "tokens_in" in st else "–", st.get("tokens_in", 0)),
                td(num(st["tokens_out"]) if "tokens_out" in st else "–", st.get("tokens_out", 0)),
                td(f'{st.get("seconds", 0):,.2f}', st.get("seconds", 0)),
            ]) + "</tr>")
        s = self.stats
        rows.append('<tr class="total">' + "".join([
            td("whole run", cls="l"), td(""), td(num(s.get("documents_in", 0))), td(num(s.get("documents_kept", 0))),
            td(num(s.get("documents_dropped", 0))), td(pct(s.get("documents_dropped", 0), s.get("documents_in", 0))), td(""),
            td(num(s.get("chars_in", 0))), td(num(c_kept)), td(num(s.get("chars_in", 0) - c_kept)),
            td(pct(s.get("chars_in", 0) - c_kept, s.get("chars_in", 0))), td(""),
            td(num((s.get("tokens") or {})["tokens_in"]) if "tokens_in" in (s.get("tokens") or {}) else ""),
            td(num((s.get("tokens") or {})["tokens_kept"]) if "tokens_kept" in (s.get("tokens") or {}) else ""),
            td(f'{s["seconds"]:,.2f}' if s.get("seconds") is not None else "–"),
        ]) + "</tr>")
        head = ["step", "kind", "docs in", "docs out", "dropped", "dropped %", "spans removed", "chars in", "chars out",
                "chars removed", "chars removed %", "chars normalized", "tokens in", "tokens out", "seconds"]
        thead = "".join(f'<th class="{"l" if i < 2 else ""}">{h}</th>' for i, h in enumerate(head))
        return ('<section id="funnel"><h2>Funnel</h2><p class="note">Documents entering each step (blue: went on, red: dropped '
                'by the step). Characters removed count spans cut by editors and the text of dropped documents. '
                'Hover a bar for exact numbers.</p>'
                + svg.funnel(chart, "documents", kept=KEPT, lost=DROPPED)
                + f'<table class="data steps"><thead><tr>{thead}</tr></thead><tbody>{"".join(rows)}</tbody></table></section>')

    def reasons_table(self) -> str:
        s = self.stats
        d_in, c_in = s.get("documents_in", 0) or 1, s.get("chars_in", 0) or 1
        tokens_removed = (s.get("tokens") or {}).get("removed_by_reason")
        rows = []
        for st in s.get("steps", []):
            dropped, edited, removed = st.get("dropped") or {}, st.get("edited") or {}, st.get("chars_removed") or {}
            for reason in sorted(set(dropped) | set(edited) | set(removed)):
                docs, spans, chars = dropped.get(reason, 0), edited.get(reason, 0), removed.get(reason, 0)
                what = "drop" if docs else "edit"
                example = f'<a href="#ex-{self.palette.css_class(reason)}-{_slug(reason)}">examples</a>'
                rows.append((chars, "<tr>" + "".join([
                    td(self.palette.chip(reason), cls="l"), td(escape(str(st.get("step", ""))), cls="l"), td(what, cls="l"),
                    td(num(docs), docs), td(pct(docs, d_in), docs / d_in), td(num(spans), spans),
                    td(f'<span class="bar-cell" style="width:{max(1, round(chars / c_in * 120))}px;background:{self.palette.color(reason)}"></span>{num(chars)}', chars),
                    td(pct(chars, c_in), chars / c_in),
                    *([td(num(tokens_removed.get(reason, 0)), tokens_removed.get(reason, 0))] if tokens_removed is not None else []),
                    td(example, cls="l"),
                ]) + "</tr>"))
        rows.sort(key=lambda r: -r[0])
        head = ["reason", "step", "action", "documents", "% of docs in", "spans", "characters removed", "% of chars in",
                *(["tokens removed"] if tokens_removed is not None else []), ""]
        thead = "".join(f'<th class="{"l" if i in (0, 1, 2, len(head) - 1) else ""}">{h}</th>' for i, h in enumerate(head))
        return ('<section id="reasons"><h2>Drops and removals by reason</h2><p class="note">Every removed character '
                'has a reason. Shares are of all documents / characters that entered the run. Colors are the same in '
                'plots and in the document viewer. Click a column to sort.</p>'
                f'<table class="data sortable"><thead><tr>{thead}</tr></thead><tbody>{"".join(r for _, r in rows)}'
                '</tbody></table></section>')

    # --- plots ---------------------------------------------------------------
    def plots(self) -> str:
        parts = ['<section id="plots"><h2>Distributions</h2>', self._sample_note(), '<div class="grid2">']
        parts.append(plots.length_figure(self.kept_sample, self.drop_sample))
        parts.append(plots.cluster_figure(self.clusters))
        parts.extend(plots.category_figures(self.kept_scores, self.drop_scores))
        parts.append("</div><h3>Quality signals</h3><p class=\"note\">Scores are stored on every document, kept or "
                     "dropped. A dashed line marks a recipe parameter whose name is the signal's name with a "
                     "<code>min_</code>/<code>max_</code> prefix or a <code>_min</code>/<code>_max</code>/"
                     "<code>_threshold</code> suffix (e.g. <code>min_han_ratio</code> on <code>han_ratio</code>), or an "
                     "<code>n_</code> count of it (<code>min_chars</code> on <code>n_chars</code>).</p>"
                     '<div class="grid2">')
        parts.extend(plots.signal_figures(self.kept_scores, self.drop_scores, list(self.run.step_params())))
        parts.append("</div></section>")
        parts.append(plots.sites_section(self.sites, self.palette, self.kept_sample.num_rows < self.kept_total))
        return "".join(parts)

    def _sample_note(self) -> str:
        k, d = self.kept_sample.num_rows, self.drop_sample.num_rows
        if k >= self.kept_total and d >= self.drop_total:
            return '<p class="note">Computed from every document of the run.</p>'
        return (f'<p class="note">Estimated from a sample: {k:,} of {self.kept_total:,} kept and {d:,} of '
                f'{self.drop_total:,} dropped documents (whole row groups, picked by hash).</p>')

    def _scores(self, table: pa.Table, seed: str) -> list[dict]:
        """Parsed scores of at most `sizes.scores` rows of a sample (an even stride through it)."""
        if not table.num_rows or "scores" not in table.column_names:
            return []
        col = table.column("scores")
        if len(col) > self.sizes.scores:
            step = len(col) / self.sizes.scores
            col = col.take(pa.array([int(i * step) for i in range(self.sizes.scores)]))
        return [loads(s) for s in col.to_pylist()]

    # --- examples ------------------------------------------------------------
    def examples(self) -> str:
        parts = ['<section id="examples"><h2>Examples for every reason</h2><p class="note">A few documents per reason, '
                 'picked by hashing ids (stable between runs). Struck text is what the reason removed; '
                 '<b>view</b> opens the whole document as it came in.</p>']
        order = []
        for st in self.stats.get("steps", []):
            for r in sorted(set(st.get("dropped") or {}) | set(st.get("edited") or {})):
                order.append((r, st.get("step", "")))
        seen = set()
        for reason, step in order:
            if reason in seen:
                continue
            seen.add(reason)
            anchor = f"ex-{self.palette.css_class(reason)}-{_slug(reason)}"
            parts.append(f'<h3 id="{anchor}">{self.palette.chip(reason)} <span class="muted">step {escape(str(step))}</span></h3>'
                         '<div class="examples">')
            shown = 0
            for doc_id in self.drop_examples.get(reason, []):
                if doc_id in self.views:
                    parts.append(self._drop_example(self.views[doc_id][1], reason))
                    shown += 1
            for doc_id in self.edit_examples.get(reason, []):
                if doc_id in self.views:
                    parts.append(self._edit_example(self.views[doc_id][1], reason))
                    shown += 1
            if not shown:
                parts.append('<p class="note">No rows with this reason were found in the run directory.</p>')
            parts.append("</div>")
        if not order:
            parts.append('<p class="note">Nothing was dropped or removed.</p>')
        parts.append("</section>")
        return "".join(parts)

    def _drop_example(self, view: DocView, reason: str) -> str:
        row = view.row
        head = [f'<span class="id">{escape(view.id)}</span>', self.view_link(view.id)]
        if row.get("url"):
            head.append(f'<span class="url">{escape(str(row["url"]))}</span>')
        if row.get("duplicate_of"):
            target = str(row["duplicate_of"])
            head.append(f'duplicate of <span class="id">{escape(target)}</span> {self.view_link(target, "view original")}')
        detail = loads(row.get("detail"))
        if detail:
            head.append(f"<code>{escape(json.dumps(detail, ensure_ascii=False, sort_keys=True)[:300])}</code>")
        text = row.get("text") or ""
        if not text and row.get("raw"):
            raw = bytes(row["raw"])
            text = f"[no text; {len(raw):,} raw bytes, shown as UTF-8 with � for bytes that are not]\n" + \
                raw[:1200].decode("utf-8", errors="replace")
        snippet = escape(text[:400]) + ("…" if len(text) > 400 else "")
        return (f'<div class="ex {self.palette.css_class(reason)}"><div class="head">{" ".join(head)}</div>'
                f"<pre>{snippet}</pre></div>")

    def _edit_example(self, view: DocView, reason: str, per_doc: int = 2, context: int = 70) -> str:
        starts, pos, spans = [], 0, []
        for i, p in enumerate(view.pieces):
            starts.append(pos)
            if p.removed and p.removed[1] == reason and not p.inserted:
                if spans and spans[-1][1] == i - 1:
                    spans[-1][1] = i
                else:
                    spans.append([i, i])
            pos += len(p.text)
        snippets = []
        for a, b in spans[:per_doc]:
            lo = max(0, starts[a] - context)
            hi = starts[b] + len(view.pieces[b].text) + context
            snippets.append(("…" if lo else "") + render_text(_window(view.pieces, lo, hi), self.palette)
                            + ("…" if hi < pos else ""))
        more = f" · {len(spans) - per_doc} more spans" if len(spans) > per_doc else ""
        head = [f'<span class="id">{escape(view.id)}</span>', self.view_link(view.id),
                f'<span class="badge {view.status}">{view.status}</span>']
        if view.row.get("url"):
            head.append(f'<span class="url">{escape(str(view.row["url"]))}</span>')
        body = "".join(f"<pre>{s}</pre>" for s in snippets)
        return (f'<div class="ex {self.palette.css_class(reason)}"><div class="head">{" ".join(head)}{more}</div>'
                f"{body}</div>")

    def viewer_index(self) -> str:
        rows = []
        for doc_id, (i, view) in sorted(self.views.items(), key=lambda kv: kv[1][0]):
            reason = view.row.get("reason") if view.status == "dropped" else None
            struck = sorted({p.removed[1] for p in view.pieces if p.removed})
            rows.append("<tr>" + "".join([
                td(self.view_link(doc_id, escape(doc_id)), cls="l"), td(f'<span class="badge {view.status}">{view.status}</span>', cls="l"),
                td(self.palette.chip(str(reason)) if reason else "", cls="l"),
                td(" ".join(self.palette.chip(r) for r in struck), cls="l wrap"),
                td(num(view.original_length), view.original_length), td(num(view.removed_chars), view.removed_chars),
                td(escape(str(view.row.get("url") or "")), cls="l wrap"),
            ]) + "</tr>")
        return ('<section id="documents"><h2>Document viewer</h2><p class="note">The sampled documents of this report. '
                'Any document of the run can be opened with <code>jinglian trace OUT ID --html FILE</code>.</p>'
                '<table class="data sortable"><thead><tr><th class="l">id</th><th class="l">status</th>'
                '<th class="l">drop reason</th><th class="l">struck spans</th><th>chars in</th><th>chars struck</th>'
                f'<th class="l">url</th></tr></thead><tbody>{"".join(rows)}</tbody></table></section>')

    def viewers(self) -> str:
        out = []
        for doc_id, (i, view) in sorted(self.views.items(), key=lambda kv: kv[1][0]):
            out.append(f'<div class="viewer" id="doc-{i}"><div class="box"><div class="bar"><h3>document '
                       f'{escape(doc_id)}</h3><a class="close" href="#documents" title="close (Esc)">×</a></div>'
                       f'{render_view(view, self.palette, self.sizes.doc_chars)}</div></div>')
        return "\n".join(out)

    def recipe(self) -> str:
        m = self.run.manifest
        rows = []
        for i, (step, params) in enumerate(self.run.step_params(), 1):
            shown = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in params.items())
            rows.append(f'<tr><td>{i}</td><td class="l"><code>{escape(step)}</code></td>'
                        f'<td class="l wrap"><code>{escape(shown) or "–"}</code></td></tr>')
        rest = {k: v for k, v in m.items() if k != "recipe"}
        recipe = m.get("recipe") or {}
        return ('<section id="recipe"><h2>Recipe and run</h2>'
                f'<p class="note">{escape(str(recipe.get("name", "")))}: {escape(str(recipe.get("description", "")))}</p>'
                '<table class="data"><thead><tr><th></th><th class="l">step</th><th class="l">parameters</th></tr></thead>'
                f'<tbody>{"".join(rows)}</tbody></table>'
                '<details class="recipe"><summary>manifest.json</summary>'
                f"<pre>{escape(json.dumps(rest, ensure_ascii=False, indent=1))}</pre></details></section>")


# ------------------------------------------------------------------ helpers


def _lengths(table: pa.Table) -> pa.Table:
    """Replace the text column by its length in code points, so samples hold no text."""
    if "text" not in table.column_names:
        return table
    col = table.column("text")
    lengths = pc.fill_null(pc.utf8_length(col), 0) if len(col) else pa.array([], pa.int64())
    idx = table.column_names.index("text")
    return table.set_column(idx, "length", lengths.cast(pa.int64()))


def _hosts(table: pa.Table) -> pa.ChunkedArray | pa.Array:
    """The host of each row's url, lower-cased; "(no url)" when there is none."""
    if not table.num_rows or "url" not in table.column_names:
        return pa.array(["(no url)"] * table.num_rows, pa.string())
    col = table.column("url").cast(pa.string())
    hosts = pc.struct_field(pc.extract_regex(col, HOST_RE), [0])
    return pc.utf8_lower(pc.fill_null(hosts, "(no url)"))


def _count(values) -> dict[str, int]:
    if not len(values):
        return {}
    counts = pc.value_counts(values)
    return dict(zip(counts.field("values").to_pylist(), counts.field("counts").to_pylist()))


def _examples(table: pa.Table, k: int) -> dict[str, list[str]]:
    """reason -> up to `k` example ids, concentrated in few shards (see `pick_concentrated`)."""
    if not table.num_rows:
        return {}
    out = {}
    for reason in pc.unique(table.column("reason")).to_pylist():
        if reason is not None:
            rows = table.filter(pc.equal(table.column("reason"), reason)).select(["id", "_rank"])
            out[reason] = pick_concentrated(rows, k, reason)
    return out


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _slug(reason: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in reason)[:60]


def _window(pieces: list[Piece], lo: int, hi: int) -> list[Piece]:
    """The pieces covering [lo, hi) of the shown text, clipped at both ends."""
    out, pos = [], 0
    for p in pieces:
        a, b = pos, pos + len(p.text)
        pos = b
        if b <= lo or a >= hi:
            continue
        out.append(Piece(p.text[max(lo, a) - a: min(hi, b) - a], p.removed, p.inserted))
    return out


def render_report(run: RunDir, sizes: SampleSizes = SampleSizes()) -> str:
    return Report(run, sizes).render()


def render_document_page(run: RunDir, view: DocView) -> str:
    palette = Palette(run.reasons())
    body = (f'<header class="top"><h1>精炼 jinglian document<small>{escape(view.id)}</small></h1>'
            f'<div class="run">run {escape(str(run.path))}</div></header><main>'
            + render_view(view, palette) + "</main>")
    return page(f"jinglian document {view.id}", body, palette, "standalone")


def _hours(x: float) -> str:
    return f"{x:,.0f}" if x >= 100 else f"{x:.3g}"
