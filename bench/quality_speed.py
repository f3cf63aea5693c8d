"""Speed of the document-quality steps issue 15 added, in MB/s per core (CPU time of this process).

  .venv/bin/python bench/quality_speed.py DOCS.jsonl [DOCS.jsonl ...] [--model MODEL.bin]

Each step runs alone over the same documents (UTF-8 bytes of their text over the CPU seconds the
step took, setup excluded): quality.garble (the signals), quality.garbled (the filter, reading the
stored signals), quality.garbled_spans (the editor), the injected-service lexicon and teaser count
that quality.signals now adds, the shape signals it adds too (`zh.shape`: sales-copy entries, link
share, pinyin glosses, title echoes, spinner phrases, explicit words, on the text folded once for the
injected services; the spinner and explicit lexicons, the title's tail echo, the repeated questions
and the catalogue's model numbers also alone) and the
filters reading them (quality.sales_copy, quality.seo_shape, quality.spun_text, quality.explicit,
quality.form_page),
the whole quality.signals annotator for scale, and quality.model when a model is given.  CPU time is used because the machine is shared.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from jinglian.document import Document
from jinglian.steps.normalize import DetectScript
from jinglian.steps.quality import (Explicit, FormPage, Garble, Garbled, GarbledSpans, SalesCopy, SeoShape, Signals,
                                    SpunText, teaser_density)
from jinglian.zh import inject, shape


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    texts = [json.loads(line)["text"] for p in args.inputs for line in p.open(encoding="utf-8") if line.strip()]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} documents, {mb:.1f} MB")

    garble, garbled, spans, signals = Garble(), Garbled(), GarbledSpans(), Signals()
    for s in (garble, garbled, spans, signals):
        s.ensure_setup()
    docs = [Document(str(i), t) for i, t in enumerate(texts)]
    folder = signals._folder
    detect = DetectScript()  # as in zh-web: the script is known before the quality steps
    detect.ensure_setup()
    for d in docs:
        d.scores.update(detect.annotate(d))

    def timed(name, fn):
        t0 = time.process_time()
        for d in docs:
            fn(d)
        dt = time.process_time() - t0
        print(f"{name:<34}{dt:8.2f} CPU s {mb / dt:8.2f} MB/s per core")

    timed("quality.garble (annotator)", lambda d: d.scores.update(garble.annotate(d)))
    timed("quality.garbled (filter)", garbled.filter)
    timed("quality.garbled_spans (editor)", spans.edit)
    timed("injected services + teasers", lambda d: (inject.injected_hits(inject.fold(d, folder)),
                                                    teaser_density(d.text, len(d.text))))
    folded = {d.id: inject.fold(d, folder) for d in docs}
    timed("shape signals (zh.shape, folded text)", lambda d: shape.shape_signals(
        d.text, folded[d.id], len(d.text), len(d.text)))
    timed("  spinner + explicit lexicons", lambda d: (shape.spun_matches(folded[d.id]),
                                                    shape.explicit_terms(folded[d.id])))
    timed("  title tail echo", lambda d: shape.title_tail_echo(d.text))
    timed("  question repeats", lambda d: shape.question_repeats(d.text))
    timed("  catalogue models", lambda d: shape.catalogue_models(d.text))
    timed("quality.signals (whole, for scale)", lambda d: d.scores.update(signals.annotate(d)))
    sales, seo = SalesCopy(), SeoShape()
    timed("quality.sales_copy + seo_shape (filters)", lambda d: (sales.filter(d), seo.filter(d)))
    spun, explicit, form = SpunText(), Explicit(), FormPage()
    timed("quality.spun_text + explicit + form_page", lambda d: (spun.filter(d), explicit.filter(d), form.filter(d)))
    if args.model:
        from jinglian.steps.model import ModelScore

        m = ModelScore(model=args.model)
        m.ensure_setup()
        timed("quality.model (fastText)", m.annotate)


if __name__ == "__main__":
    main()
