"""Build `src/jinglian/zh/data/charfreq.tsv`: how common each Han character is in Chinese text.

The garbled-text signal (`jinglian.zh.garble`) needs to know which characters ordinary text uses:
byte-shifted GBK turns a sentence into a run of real but rare characters (`莨俜阶钚峦臣疲`).

Source: the word-frequency dictionary that jieba 0.42.1 ships (`jieba/dict.txt`, MIT licence,
349,046 words with counts from its authors' corpora).  A character's count is the sum of the counts
of the words it appears in (a word counted once per occurrence of the character).  Characters are
folded to one script first (`jinglian.zh.fold.fold_table`, OpenCC's simplified/traditional classes), so
a traditional page is judged like a simplified one.  The table keeps the folded characters that
make up 99.99 % of the mass (rank, character, count per million), a few thousand lines.  The
dictionary's single-character entries count only for characters that also occur inside longer words
(it carries mojibake debris such as 殑 and 鏄 as frequent single-character entries).

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
#: words of two or more characters a character must occur in for its own entry to count
MIN_WORDS = 3


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dict_txt", type=Path, help="jieba-0.42.1/jieba/dict.txt")
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args()
    raw = args.dict_txt.read_bytes()
    table = fold_table()
    counts: Counter[str] = Counter()
    single: Counter[str] = Counter()
    in_words: Counter[str] = Counter()
    for line in raw.decode("utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) < 2:
            continue
        word, freq = parts[0], int(parts[1])
        for ch in word:
            if HAN_RE.match(ch):
                key = chr(int(table[ord(ch)]))
                if len(word) == 1:
                    single[key] += freq
                else:
                    counts[key] += freq
                    in_words[key] += 1
    # jieba's dictionary carries UTF-8-read-as-GBK debris as single-character "words" with high
    # counts (殑, 鏄, 紝, 銆: each occurs in no other word); a single-character entry counts only
    # for a character that also occurs in at least MIN_WORDS words of two or more characters
    for key, n in single.items():
        if in_words[key] >= MIN_WORDS:
            counts[key] += n
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
        f"# sha256 {hashlib.sha256(raw).hexdigest()}; keeps {MASS:.2%} of the mass; single-character entries",
        f"# count for characters in >= {MIN_WORDS} longer words. rank<TAB>char<TAB>per_million",
    ]
    args.out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} characters -> {args.out}")


if __name__ == "__main__":
    main()
