"""The most `content_lines_kept` any run can reach on a labelled set while no PII leaks.

    .venv/bin/python bench/content_bound.py [--set ../shared/data/devset]

Every labelled content line is taken as kept whole; a line that carries PII is masked alone,
with jinglian's pii.mask and, for comparison, by replacing each labelled PII string with a
placeholder; then score_cleaning.py's own trigram rule (>= 0.7 of the line's trigrams present)
decides whether it counts as kept.  Short contact lines, where the PII is most of the line,
cannot count as kept without leaking it: that caps the score below 1.
"""
import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--set", type=Path, default=ROOT.parent / "shared" / "data" / "devset")
args = ap.parse_args()
sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
from score_cleaning import norm, grams
from jinglian.document import Document, remove_spans
from jinglian.steps.pii import MaskPII

step = MaskPII()
step.ensure_setup()
L = [json.loads(x) for x in open(args.set / 'labels' / 'lines.jsonl', encoding='utf-8')]
D = {json.loads(x)['id']: json.loads(x) for x in open(args.set / 'labels' / 'docs.jsonl', encoding='utf-8')}


def cov(line, body):
    g = grams(norm(line)); b = grams(norm(body))
    return len(g & b) / len(g) if len(norm(line)) >= 3 else float(norm(line) in norm(body))


tot = ours = whole = leaks = 0
for r in L:
    if D.get(r['id'], {}).get('label') == 'reject' or r['label'] != 'keep':
        continue
    tot += 1
    if not r.get('pii'):
        ours += 1; whole += 1; continue
    doc = Document(id='x', text=r['text'])
    masked, _ = remove_spans(r['text'], step.edit(doc))
    leaks += any(norm(s) in norm(masked) for s in r['pii'])
    ours += cov(r['text'], masked) >= 0.7
    w = r['text']
    for s in r['pii']:
        w = w.replace(s, '<PII>')
    whole += cov(r['text'], w) >= 0.7
print(f"content lines {tot}; best case with pii.mask: {ours/tot:.4f} (leaks {leaks}); "
      f"best case masking each PII string whole: {whole/tot:.4f}")
