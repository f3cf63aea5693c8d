"""What a rule change does on every labelled set: lines.noise reasons and find_pii matches, before and after.

Each rule commit of issue 14 is checked so: every labelled document of the built sets (bench/data/<set>, built by
bench/cleaning.py) is classified line by line by `lines.noise`, and `find_pii` (the pipeline's settings) runs on its text,
once with the old source tree and once with the new; then each changed line or match is printed beside its label, and
the changes are counted by kind.  A labelled content line newly removed, or a number newly masked in one, is what a
rule change must not do.

  bench/rule_diff.py --old /tmp/old/src --new src [--sets heldout300,heldout301]
(--old / --new: a directory holding the `jinglian` package, e.g. `git archive <commit> src | tar -x -C /tmp/old`)."""
import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "bench" / "data"

#: run under the given source tree: one JSON line per document
_CLASSIFY = r"""
import json, sys
from jinglian.steps.lines.step import LineNoise
from jinglian.zh.pii import find_pii
step = LineNoise(); step.setup()
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        raw = d["text"].split("\n")
        pii = [[a, b, k, d["text"][a:b]] for a, b, k in find_pii(d["text"], keep_prefixes=True, directory_lines=False)]
        print(json.dumps({"doc": path + "#" + d["id"], "reasons": step.classify(raw), "pii": pii, "raw": raw},
                         ensure_ascii=False))
"""


def classify(src: Path, inputs: list[Path]) -> dict[str, dict]:
    env = dict(os.environ, PYTHONPATH=str(src.resolve()))
    out = subprocess.run([sys.executable, "-c", _CLASSIFY, *map(str, inputs)], env=env, check=True,
                         capture_output=True, text=True).stdout
    return {r["doc"]: r for r in map(json.loads, filter(None, out.split("\n")))}  # (not splitlines: U+2028 in a text)


def labels_of(inputs: list[Path]) -> dict[str, list[dict]]:
    """Each document's labelled lines, keyed as `classify` keys documents."""
    out: dict[str, list[dict]] = defaultdict(list)
    for path in inputs:
        for line in (path.parents[1] / "labels" / "lines.jsonl").open(encoding="utf-8"):
            r = json.loads(line)
            out[f"{path}#{r['id']}"].append(r)
    return out


def line_label(rows: list[dict], text: str) -> str:
    return ",".join(sorted({r["label"] for r in rows if r["text"].strip() == text.strip()})) or "?"


def pii_label(rows: list[dict], s: str) -> str:
    hit = [r for r in rows if s in r["text"]]
    named = any(any(s in p or p in s for p in r.get("pii") or []) for r in hit)
    return ("labelled PII" if named else "not PII") + " in " + (",".join(sorted({r["label"] for r in hit})) or "?")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", type=Path, required=True)
    ap.add_argument("--new", type=Path, required=True)
    ap.add_argument("--sets", default="", help="comma-separated; default: every built set under bench/data")
    a = ap.parse_args()
    names = a.sets.split(",") if a.sets else sorted(p.name for p in DATA.iterdir()
                                                     if (p / "input" / "docs.jsonl").exists())
    inputs = [DATA / n / "input" / "docs.jsonl" for n in names]
    old, new, labels = classify(a.old, inputs), classify(a.new, inputs), labels_of(inputs)
    counts: Counter = Counter()
    for doc, before in old.items():
        after, rows = new[doc], labels[doc]
        where = Path(doc.split("#")[0]).parents[1].name + " " + doc.split("#")[1]
        for i, (x, y) in enumerate(zip(before["reasons"], after["reasons"])):
            if x != y:
                key = f"line {x} -> {y}, labelled {line_label(rows, before['raw'][i])}"
                counts[key] += 1
                print(f"{where}\t{key}\t{before['raw'][i][:100]}")
        was = {tuple(m) for m in before["pii"]}
        now = {tuple(m) for m in after["pii"]}
        for sign, diff in (("-", was - now), ("+", now - was)):
            for _, _, kind, s in sorted(diff):
                key = f"PII{sign} {kind}, {pii_label(rows, s)}"
                counts[key] += 1
                print(f"{where}\t{key}\t{s}")
    print(f"\n{len(old)} documents in {len(names)} sets; changes by kind:")
    for key, n in sorted(counts.items()):
        print(f"{n:6}  {key}")


if __name__ == "__main__":
    main()
