"""PII finders against every set's contact formats inside every other set's sentences.

    PYTHONPATH=src .venv/bin/python bench/pii_cross.py [--exclude heldout34,heldout35] [--per-format 40]

Each held-out set's templates (bench/*-templates.json) hold the phone and e-mail formats its
writer invented and the sentences (`inline_pii`) that hand a contact out inside an article.  A
set's own pairs are all masked once the set has been tuned on, so this check mixes them: each
format is filled as make_noisy_set.py fills it and put into `--per-format` sentences drawn from
all sets, in simplified or (via OpenCC) traditional script.  A contact leaks when its string is
still in the text after `find_pii` (pii.mask's defaults).  Leave the unseen sets out with
`--exclude`: this is a tuning figure.
"""
from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

import opencc

from jinglian.zh.pii import find_pii

BENCH = Path(__file__).resolve().parent
PARAGRAPH = "这是一段正常的新闻正文，讲述了当地的发展情况。"


def fill(rng: random.Random, templates: dict, fmt: str) -> str:
    digits = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    return fmt.format(d3=digits(3), d4=digits(4), d5=digits(5), d8=digits(8), d9=digits(9),
                      mob="1" + rng.choice("3456789") + digits(9),
                      user=rng.choice(templates["pii_users"]) + digits(rng.randint(0, 4)),
                      dom=rng.choice(templates["email_domains"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--exclude", default="", help="comma-separated set names to leave out (the unseen ones)")
    ap.add_argument("--per-format", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    skip = set(filter(None, args.exclude.split(",")))
    sets = {p.name.split("-templates")[0]: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(BENCH.glob("*-templates.json")) if p.name.split("-templates")[0] not in skip}
    rng = random.Random(args.seed)
    convert = {name: opencc.OpenCC(name) for name in ("s2t", "s2tw", "s2hk")}
    sentences = [s for t in sets.values() for s in t["inline_pii"]]
    leaks: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    tried: Counter = Counter()
    for name, templates in sets.items():
        for kind in ("phone", "email"):
            for fmt in templates["pii_formats"][kind]:
                for sentence in rng.sample(sentences, min(args.per_format, len(sentences))):
                    pii = fill(rng, templates, fmt)
                    line = PARAGRAPH + sentence.replace("{pii}", pii)
                    script = rng.choice([None, "s2t", "s2tw", "s2hk"])
                    if script:
                        line, pii = convert[script].convert(line), convert[script].convert(pii)
                    tried[(name, kind, fmt)] += 1
                    masked = line
                    for start, end, _ in reversed(find_pii(line, keep_prefixes=True, directory_lines=False)):
                        masked = masked[:start] + "<PII>" + masked[end:]
                    if pii in masked:
                        leaks[(name, kind, fmt)].append(line[len(PARAGRAPH):])
    print(f"sets: {len(sets)}, formats: {len(tried)}, leaked {sum(map(len, leaks.values()))}/{sum(tried.values())}")
    for key, lines in sorted(leaks.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(lines):3d}/{tried[key]}  {key[0]} {key[1]} {key[2]!r}  e.g. {lines[0]!r}")


if __name__ == "__main__":
    main()
