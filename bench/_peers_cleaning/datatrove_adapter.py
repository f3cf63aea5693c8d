"""Run datatrove's quality filters with FineWeb-2's Chinese settings; runs inside bench/.envs/datatrove.

  python datatrove_adapter.py INPUT.jsonl OUT [--config fw2|fw2+c4|defaults]

Writes the run layout the scorer reads: OUT/kept/part.jsonl {"id","text"} and
OUT/dropped/part.jsonl {"id","reason","text","duplicate_of": null}, plus OUT/timing.json.

Settings (FineWeb-2, `configs/cmn_Hani.yml` of huggingface/fineweb-2 and its README):
- word tokenizer for `cmn_Hani`: datatrove's SpaCyTokenizer("zh") with the jieba segmenter;
- GopherRepetitionFilter with the cmn_Hani dup_line_frac / top_n_grams / dup_n_grams,
  paragraph rules off (FineWeb-2 disabled them);
- GopherQualityFilter with the cmn_Hani word-length bounds, non-alpha ratio and stopwords;
- FineWebQualityFilter with the cmn_Hani line_punct_thr and new_line_ratio, short_line rule off,
  char_duplicates_ratio 0.1 (FineWeb-2's global changes);
- then FTFY and PII anonymisation (emails, public IPs), as FineWeb-2 did after filtering.
Left out: GlotLID language scoring (its model is a hub download; no network here).
`fw2+c4` adds C4QualityFilter (FineWeb v1 order: after Gopher, before FineWeb); FineWeb-2 itself
dropped C4. Its whitespace word count per line means nothing for Chinese, so min_words_per_line is
off; everything else is C4's default (its terminal punctuation is ASCII only).
`defaults` is Gopher repetition + Gopher quality + C4 + FineWeb quality exactly as datatrove ships them
(English settings), the reference point quoted in the issue.
Filters are called per document (no executor, no stats writing), which favours datatrove on speed.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from datatrove.data import Document
from datatrove.pipeline.filters import (
    C4QualityFilter,
    FineWebQualityFilter,
    GopherQualityFilter,
    GopherRepetitionFilter,
)
from datatrove.pipeline.formatters import FTFYFormatter, PIIFormatter
from datatrove.utils.word_tokenizers import load_word_tokenizer

LANG = "cmn_Hani"
# huggingface/fineweb-2 configs/cmn_Hani.yml
CMN_HANI = {
    "dup_line_frac": 0.287,
    "dup_n_grams": ((5, 0.198), (6, 0.182), (7, 0.167), (8, 0.154), (9, 0.14), (10, 0.127)),
    "top_n_grams": ((2, 0.256), (3, 0.201), (4, 0.171)),
    "line_punct_thr": 0.106,
    "max_avg_word_length": 5,
    "min_avg_word_length": 1,
    "max_non_alpha_words_ratio": 0.735,
    "new_line_ratio": 0.178,
    "stopwords": ["的", "年", "在", "月", "是", "和", "日", "了", "於", "·", "為", "有", "被",
                  "人", "中", "为", "他", "與", "後", "也", "而", "由"],
}


def build(config: str) -> list[tuple[str, object]]:
    if config == "defaults":
        return [("gopher_rep", GopherRepetitionFilter()), ("gopher_qual", GopherQualityFilter()),
                ("c4", C4QualityFilter()), ("fineweb_qual", FineWebQualityFilter())]
    c = CMN_HANI
    steps: list[tuple[str, object]] = [
        ("gopher_rep", GopherRepetitionFilter(
            dup_line_frac=c["dup_line_frac"], dup_para_frac=0, dup_para_char_frac=0,
            top_n_grams=c["top_n_grams"], dup_n_grams=c["dup_n_grams"], language=LANG)),
        ("gopher_qual", GopherQualityFilter(
            min_avg_word_length=c["min_avg_word_length"], max_avg_word_length=c["max_avg_word_length"],
            max_non_alpha_words_ratio=c["max_non_alpha_words_ratio"], stop_words=c["stopwords"], language=LANG)),
    ]
    if config == "fw2+c4":
        steps.append(("c4", C4QualityFilter(min_words_per_line=-1, language=LANG)))
    steps.append(("fineweb_qual", FineWebQualityFilter(
        line_punct_thr=c["line_punct_thr"], short_line_thr=999, char_duplicates_ratio=0.1,
        new_line_ratio=c["new_line_ratio"], language=LANG)))
    steps.append(("ftfy", FTFYFormatter()))
    steps.append(("pii", PIIFormatter()))
    return steps


def run_one(steps, doc: Document) -> str | None:
    """Return the drop reason, or None when the document survives (its text possibly edited)."""
    for name, step in steps:
        if hasattr(step, "filter"):
            res = step.filter(doc)
            ok, reason = res if isinstance(res, tuple) else (res, None)
            if not ok:
                return f"{name}:{reason or 'dropped'}"
        else:
            doc.text = step.format(doc.text)
    return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--config", choices=["fw2", "fw2+c4", "defaults"], default="fw2")
    a = ap.parse_args()
    t0 = time.perf_counter()
    steps = build(a.config)
    # load the tokenizer (spaCy + jieba dictionary) now, so setup is timed apart from processing
    load_word_tokenizer("en" if a.config == "defaults" else LANG).word_tokenize("预热分词器。")
    t1 = time.perf_counter()
    (a.out / "kept").mkdir(parents=True, exist_ok=True)
    (a.out / "dropped").mkdir(parents=True, exist_ok=True)
    n = nbytes = 0
    with a.input.open(encoding="utf-8") as src, \
            (a.out / "kept" / "part.jsonl").open("w", encoding="utf-8") as kept, \
            (a.out / "dropped" / "part.jsonl").open("w", encoding="utf-8") as dropped:
        for line in src:
            if not line.strip():
                continue
            row = json.loads(line)
            n += 1
            nbytes += len(row["text"].encode("utf-8"))
            doc = Document(text=row["text"], id=str(row["id"]))
            reason = run_one(steps, doc)
            if reason is None:
                kept.write(json.dumps({"id": doc.id, "text": doc.text}, ensure_ascii=False) + "\n")
            else:
                dropped.write(json.dumps({"id": doc.id, "reason": reason, "text": doc.text, "duplicate_of": None},
                                         ensure_ascii=False) + "\n")
    t2 = time.perf_counter()
    (a.out / "timing.json").write_text(json.dumps({"docs": n, "bytes": nbytes, "setup_s": t1 - t0, "process_s": t2 - t1}))


if __name__ == "__main__":
    main()
