"""Build `src/jinglian/zh/data/charfreq.tsv`: how common each Han character is in Chinese text.

The garbled-text signal (`jinglian.zh.garble`) needs to know which characters ordinary text uses:
byte-shifted GBK turns a sentence into a run of real but rare characters (`莨俜阶钚峦臣疲`).

Source: the word-frequency dictionary that jieba 0.42.1 ships (`jieba/dict.txt`, MIT licence,
349,046 words with counts from its authors' corpora).  A character's count is the sum of the counts
of the words it appears in (a word counted once per occurrence of the character).  Characters are
folded to one script first (`jinglian.zh.fold.fold_table`, OpenCC's simplified/traditional classes), so
a traditional page is judged like a simplified one.  The table keeps the folded characters that
make up 99.99 % of the mass (rank, character, count per million), a few thousand lines.

  pip download jieba==0.42.1 --no-deps -d /tmp/jieba && tar xzf /tmp/jieba/jieba-0.42.1.tar.gz -C /tmp/jieba
  .venv/bin/python tools/build_charfreq.py /tmp/jieba/jieba-0.42.1/jieba/dict.txt

The output is deterministic (ties broken by code point).
"""
from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from pathlib import Path

from jinglian.zh.fold import fold_table
from jinglian.zh.text import HAN_RE

OUT = Path(__file__).resolve().parents[1] / "src" / "jinglian" / "zh" / "data" / "charfreq.tsv"
#: share of the total character mass the table keeps
MASS = 0.9999


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dict_txt", type=Path, help="jieba-0.42.1/jieba/dict.txt")
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args()
    raw = args.dict_txt.read_bytes()
    table = fold_table()
    counts: Counter[str] = Counter()
    for line in raw.decode("utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) < 2:
            continue
        word, freq = parts[0], int(parts[1])
        for ch in word:
            if HAN_RE.match(ch):
                counts[chr(int(table[ord(ch)]))] += freq
    total = sum(counts.values())
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], ord(kv[0])))
    lines, acc = [], 0
    for rank, (ch, n) in enumerate(ranked, 1):
        lines.append(f"{rank}\t{ch}\t{n * 1e6 / total:.2f}")
        acc += n
        if acc >= MASS * total:
            break
    header = [
        "# Han character frequencies (folded to one script), per million characters.",
        "# Built by tools/build_charfreq.py from jieba 0.42.1's dict.txt (MIT licence, (c) Sun Junyi),",
        f"# sha256 {hashlib.sha256(raw).hexdigest()}; keeps {MASS:.2%} of the mass. rank<TAB>char<TAB>per_million",
    ]
    args.out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} characters -> {args.out}")


if __name__ == "__main__":
    main()
