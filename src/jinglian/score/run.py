"""Score one run directory against label files (see the package docstring for the formats)."""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ..errors import RunDirectoryError
from ..rundir import RunDir
from ..rundir.reader import TableFile
from .dedup import share, duplicate_scores
from .labels import read_doc_labels, read_line_labels
from .text import KEPT_AT, REMOVED_AT, FinalText, line_coverage, normalize

# a dropped second record that reused an id already taken: it is not the labelled document
_NOT_THE_DOCUMENT = {"read.duplicate_id"}


def score_run(run: str | Path, lines: str | Path, docs: str | Path | None = None) -> dict[str, Any]:
    """Every score of `run` against the line labels and, when given, the document labels."""
    line_labels = read_line_labels(lines)
    doc_labels = read_doc_labels(docs) if docs else {}
    kept, dropped = read_run(str(run))
    final: dict[str, str | None] = {i: text for i, text in kept.items()}
    for i, (text, duplicate_of, _) in dropped.items():
        final[i] = text if duplicate_of else None   # a duplicate is judged on the text it had when dropped
    finals: dict[str, FinalText | None] = {}

    def final_text(doc: str) -> FinalText | None:
        if doc not in finals:
            finals[doc] = FinalText(final[doc]) if final[doc] is not None else None
        return finals[doc]

    # the content lines of each document: a noise line quoting one is judged on what it adds
    content: dict[str, list[str]] = defaultdict(list)
    for row in line_labels:
        if row.label == "keep":
            content[row.doc].append(row.text)
    by_label: dict[str, Counter] = defaultdict(Counter)
    pii_total = pii_leaked = unscoreable = 0
    labelled = {row.doc for row in line_labels} | set(doc_labels)
    missing = {doc for doc in labelled if doc not in final}
    for row in line_labels:
        if row.doc in missing or (doc_labels.get(row.doc) and doc_labels[row.doc].label == "reject"):
            continue
        body = final_text(row.doc)
        for s in row.pii:
            pii_total += 1
            pii_leaked += body is not None and normalize(s) in body.norm
        if row.label == "either":
            continue
        cov = line_coverage(row.text, row.pii, body, tuple(content[row.doc]) if row.label == "drop" else ())
        if cov is None:  # nothing but PII on the line, or a noise line that only repeats content
            unscoreable += row.label == "drop"
            continue
        key = f"{row.label}:{row.why}"
        by_label[key]["total"] += 1
        by_label[key]["ok"] += cov >= KEPT_AT if row.label == "keep" else cov <= REMOVED_AT

    out: dict[str, Any] = {
        "documents_in_output": len(final),
        "documents_in_both_kept_and_dropped": len(set(kept) & set(dropped)),
        "labeled_documents_missing_from_output": len(missing),
        "content_lines_kept": _rate(by_label, "keep:"),
        "noise_lines_removed": _rate(by_label, "drop:"),
        "pii_leaked": pii_leaked,
        "pii_labelled": pii_total,
        "noise_lines_unscoreable": unscoreable,
    }
    if doc_labels:
        lost = {i for i, (_, duplicate_of, _) in dropped.items() if not duplicate_of}
        junk = [d.doc for d in doc_labels.values() if d.label == "reject"]
        good = [d.doc for d in doc_labels.values() if d.label == "keep"]
        # junk must not survive; dropping it as a duplicate of other junk is fine
        out["junk_documents_rejected"] = share(sum(d not in kept for d in junk), len(junk))
        out["good_documents_wrongly_rejected"] = share(sum(d in lost for d in good), len(good))
        links = [(i, dup) for i, (_, dup, _) in dropped.items() if dup]
        out.update(duplicate_scores(doc_labels, links, set(kept)))
    out["by_label"] = {k: f"{c['ok']}/{c['total']}" for k, c in sorted(by_label.items())}
    return out


def read_run(run: str) -> tuple[dict[str, str], dict[str, tuple[str, str | None, str]]]:
    """kept id -> text; dropped id -> (text, duplicate_of, reason)."""
    rd = RunDir(run)
    if not rd.folder.is_dir():
        raise RunDirectoryError(f"{run}: no such run directory")
    files = {kind: rd.files(kind) for kind in ("kept", "dropped")}
    if not any(files.values()):
        raise RunDirectoryError(f"{run}: not a run directory (no tables in kept/ or dropped/)")
    kept: dict[str, str] = {}
    dropped: dict[str, tuple[str, str | None, str]] = {}
    for f in files["kept"]:
        for row in _table(f, ["id", "text"]):
            kept[str(row["id"])] = row.get("text") or ""
    for f in files["dropped"]:
        for row in _table(f, ["id", "text", "duplicate_of", "reason"]):
            if row.get("reason") not in _NOT_THE_DOCUMENT:
                dup = row.get("duplicate_of")
                dropped[str(row["id"])] = (row.get("text") or "", str(dup) if dup else None, row.get("reason") or "")
    return kept, dropped


def _table(f: TableFile, columns: list[str]) -> list[dict[str, Any]]:
    try:
        return list(f.rows(columns))
    except Exception as e:  # a truncated Parquet file, a bad JSON line, a missing column
        raise RunDirectoryError(f"{f.folder.uri(f.rel)}: cannot read ({type(e).__name__}: {e})") from None


def _rate(by_label: dict[str, Counter], prefix: str) -> float | None:
    rows = [c for k, c in by_label.items() if k.startswith(prefix)]
    return share(sum(c["ok"] for c in rows), sum(c["total"] for c in rows))


_LINES = [
    ("content lines kept", "content_lines_kept", "keep:"),
    ("noise lines removed", "noise_lines_removed", "drop:"),
]
_DOCS = [
    ("junk documents rejected", "junk_documents_rejected"),
    ("good documents lost", "good_documents_wrongly_rejected"),
    ("duplicate pairs found", "duplicate_pairs_found"),
    ("duplicate pair precision", "duplicate_pairs_precision"),
]


def render(scores: dict[str, Any]) -> str:
    """The scores as a short table for a terminal."""
    def fmt(v: Any) -> str:
        return "-" if v is None else f"{v:.4f}" if isinstance(v, float) else str(v)

    def counts(prefix: str) -> str:
        pairs = [v.split("/") for k, v in scores["by_label"].items() if k.startswith(prefix)]
        return f"  ({sum(int(a) for a, _ in pairs)}/{sum(int(b) for _, b in pairs)})" if pairs else ""

    rows = [(name, fmt(scores[key]) + counts(prefix)) for name, key, prefix in _LINES]
    rows.append(("PII strings leaked", f"{scores['pii_leaked']} of {scores['pii_labelled']}"))
    rows += [(name, fmt(scores[key])) for name, key in _DOCS if key in scores]
    if "duplicate_clusters_with_one_survivor" in scores:
        rows.append(("clusters with one survivor", scores["duplicate_clusters_with_one_survivor"]))
    rows.append(("documents in output", str(scores["documents_in_output"])))
    for name, key in [("noise lines not judged", "noise_lines_unscoreable"),
                      ("labelled but missing", "labeled_documents_missing_from_output"),
                      ("in both kept and dropped", "documents_in_both_kept_and_dropped")]:
        if scores[key]:
            rows.append((name, str(scores[key])))
    width = max(len(name) for name, _ in rows)
    lines = [f"{name:<{width}}  {value}" for name, value in rows]
    if scores["by_label"]:
        lines.append("by label:")
        lines += [f"  {k:<{width - 2}}  {v}" for k, v in scores["by_label"].items()]
    return "\n".join(lines)
