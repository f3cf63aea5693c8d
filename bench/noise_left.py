"""Which noise lines a run really left in: verbatim, or only "covered" by the text it kept.

../shared/tools/score_cleaning.py counts a noise line as left in when more than 0.3 of its character
trigrams are in the document's output.  A line that quotes what the run rightly kept ("上一篇：<the
page's own title>", "附件下載：<title>.pdf（3775KB）", "本文來源於星洲日報，原標題《<title>》") is then
counted as left in whether or not the run removed it.  For each set this splits the noise lines the
shared scorer counts as left in three ways:
- verbatim: the line (its labelled PII aside) is in the output as it came;
- masked: it is there with only its contact data masked (a placeholder where the number was);
- partly: it is not in the output as it came, and the output's lines that are not labelled content (a part of it
  the run kept, say) still hold more than 0.3 of its trigrams;
- quoting: it is not in the output; only lines labelled content (or "either") hold its trigrams, because it
  quotes them.
The first three are noise the run left; "quoting" is what the shared scorer cannot tell apart.

  bench/noise_left.py RESULTS_DIR --sets heldout208,heldout209 [--show verbatim,masked]
(RESULTS_DIR/<set>/jinglian as bench/cleaning.py --results RESULTS_DIR writes it)."""
import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO.parent / "shared" / "tools"))
from score_cleaning import grams, load_jsonl, norm, read_rows  # noqa: E402

#: the placeholders pii.mask writes
PLACEHOLDER_RE = re.compile(r"<[A-Z_]+>")
#: the shared scorer's bar: a noise line with more of its trigrams in the output counts as left in
LEFT_IN = 0.3


def parts_of(line: dict) -> list[str]:
    """The line's normalised text around its labelled PII, as the shared scorer looks for it."""
    parts = [norm(line["text"])]
    for s in line.get("pii") or []:
        parts = [q for part in parts for q in part.split(norm(s))]
    return [q for q in parts if q]


def coverage(parts: list[str], body: str, body_grams: set[str]) -> float:
    """The shared scorer's share of a line's trigrams found in the output (plain containment when too short)."""
    if sum(map(len, parts)) < 3:
        return float(all(q in body for q in parts))
    g = set().union(*(grams(q) for q in parts if len(q) >= 3)) or set(parts)
    return sum(q in body_grams or (len(q) < 3 and q in body) for q in g) / len(g)


def kind(line: dict, body: str, body_grams: set[str], masked_lines: list[str], other: str) -> str | None:
    """'verbatim', 'masked', 'partly' or 'quoting' for a noise line the shared scorer counts as left in, else None.
    `other` is the output without the lines labelled content."""
    parts = parts_of(line)
    if not parts or coverage(parts, body, body_grams) <= LEFT_IN:
        return None
    if all(q in body for q in parts):
        return "verbatim"
    text = norm(line["text"])
    for m in masked_lines:
        pieces = [p for p in (norm(q) for q in PLACEHOLDER_RE.split(m)) if p]
        if pieces and len(m) < 2 * len(line["text"]) and sum(map(len, pieces)) >= 2 and all(p in text for p in pieces):
            return "masked"
    return "partly" if coverage(parts, other, grams(other)) > LEFT_IN else "quoting"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("run", type=Path)
    ap.add_argument("--sets", required=True)
    ap.add_argument("--show", default="", help="print the lines of these kinds")
    a = ap.parse_args()
    show = set(filter(None, a.show.split(",")))
    total = Counter()
    print("| set | noise lines | left in (shared scorer) | verbatim | masked | partly | quoting | "
          "noise removed, quoting lines not counted as left |")
    print("|---|---|---|---|---|---|---|---|")
    for ds in a.sets.split(","):
        out, lab = a.run / ds / "jinglian", REPO / "bench" / "data" / ds / "labels"
        # the output as the shared scorer reads it: kept text, and a duplicate's text too (a dropped document has none)
        final = {str(r["id"]): r.get("text") or "" for r in read_rows(out / "kept")}
        for r in read_rows(out / "dropped"):
            final[str(r["id"])] = (r.get("text") or "") if r.get("duplicate_of") else ""
        docs = {d["id"]: d for d in load_jsonl(lab / "docs.jsonl")}
        content: dict[str, set[str]] = {}
        for line in load_jsonl(lab / "lines.jsonl"):
            if line["label"] != "drop":
                content.setdefault(str(line["id"]), set()).add(norm(line["text"]))
        n, cache = Counter(), {}
        for line in load_jsonl(lab / "lines.jsonl"):
            doc = str(line["id"])
            if line["label"] != "drop" or docs.get(doc, {}).get("label") == "reject" or doc not in final \
                    or not parts_of(line):
                continue
            n["noise"] += 1
            body = final[doc]
            if doc not in cache:
                other = "\n".join(t for t in map(norm, body.split("\n")) if t not in content.get(doc, ()))
                cache = {doc: (norm(body), grams(norm(body)), other)}
            body_n, body_grams, other = cache[doc]
            k = kind(line, body_n, body_grams, [s for s in body.split("\n") if PLACEHOLDER_RE.search(s)], other)
            if k:
                n[k] += 1
                if k in show:
                    print(f"    {ds} {doc} {k} {line.get('why')} | {line['text'][:120]}", file=sys.stderr)
        total.update(n)
        row(ds, n)
    row("all", total)


def row(name: str, n: Counter) -> None:
    left = n["verbatim"] + n["masked"] + n["partly"]
    print(f"| {name} | {n['noise']} | {left + n['quoting']} | {n['verbatim']} | {n['masked']} | {n['partly']} | "
          f"{n['quoting']} | {1 - left / max(n['noise'], 1):.4f} |")


if __name__ == "__main__":
    main()
