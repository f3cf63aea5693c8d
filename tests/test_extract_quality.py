"""Quality gate: main-text F1 on magic-html-zh may not fall below recorded floors.

The corpus (75 annotated Chinese pages, Apache-2.0) is bundled in tests/data/magic-html-zh (pages
without their <script> and <style> elements, which tools/build_test_data.py checks give the extractor the
same text; see tests/data/README.md); set JINGLIAN_MAGIC_HTML_ZH to a folder in the corpus's own
layout to use another copy.  Floors sit a little under what `bench/extract.py` measured (articles
0.944, forums 0.745 on 2026-11-23; extractor v3 on 2026-12-02: 0.957 / 0.809, the floors raised
from 0.935 / 0.735 with it); trafilatura 2.3.1 scores 0.850 / 0.677 on the same pages.
Lowering a floor needs a reason in the commit message.
"""
from __future__ import annotations

from collections import defaultdict

from jinglian.document import Document
from jinglian.extract.score import bigram_prf, mean_prf
from jinglian.io.html import page_to_document

from testdata import magic_html_zh_pages

FLOORS = {"article": 0.950, "forum": 0.800}
TRAFILATURA_2_3_1 = {"article": 0.850, "forum": 0.677}


def test_main_text_f1_stays_above_floors_on_magic_html_zh():
    scores = defaultdict(list)
    for row, data in magic_html_zh_pages():
        doc = page_to_document(data, doc_id=row["id"], source=row["id"], locator="", url=row["url"])
        scores[row["kind"]].append(bigram_prf(doc.text if isinstance(doc, Document) else "", row["content"]))
    f1 = {kind: mean_prf(rows)[2] for kind, rows in scores.items()}
    assert len(scores["article"]) == 53 and len(scores["forum"]) == 22
    for kind, floor in FLOORS.items():
        assert f1[kind] >= floor, f"{kind} F1 {f1[kind]:.3f} fell below the floor {floor}"
    # the targets: articles >= trafilatura + 0.05 and >= 0.90; forums >= trafilatura
    assert f1["article"] >= max(0.90, TRAFILATURA_2_3_1["article"] + 0.05)
    assert f1["forum"] >= TRAFILATURA_2_3_1["forum"]
