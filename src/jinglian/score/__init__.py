"""Score a run directory against labelled pages: how well a recipe cleaned and deduplicated.

    jinglian score OUT --lines lines.jsonl[.gz] [--docs docs.jsonl[.gz]] [--json]

Labels are JSON Lines files (gzip allowed), one object per line:

  lines: {"id": DOC_ID, "text": LINE, "label": "keep"|"drop"|"either", "why": KIND, "pii": [STR, ...]}
         one row per non-empty line of a labelled document. `keep` lines are content that should
         survive, `drop` lines are noise that should go, `either` lines are not scored. `why`
         (optional) groups the lines in `by_label`. `pii` (optional) lists substrings that must not
         survive anywhere in the document, even when the line itself is kept.
  docs:  {"id": DOC_ID, "label": "keep"|"reject", "why": KIND, "cluster": KEY|null}
         one row per document. `reject` marks junk that should be dropped whole; documents sharing a
         `cluster` are copies of one article, of which exactly one should survive deduplication.

How a line is judged (`text.line_coverage`): its character trigrams, after NFKC, folding Chinese
punctuation to ASCII, lower-casing and removing white space, are looked up in the final text of its
document.  A line counts as kept when at least 70 % of its trigrams are there and as removed when at
most 30 % are.  The characters of the line's labelled PII are cut out first, so masking them (the
right thing to do) never counts against the line.  A `drop` line that quotes a `keep` line of its
document whole ("原标题：<title>", "<title>……［详细］", "来源：X  <title>……") is judged on what it adds:
the quoted content is cut out too, since its trigrams survive whenever the content does, whatever the
run did with the noise line.  A drop line that adds less than a trigram, or is a copy of a content
line, cannot be judged and is counted in `noise_lines_unscoreable` instead of the noise rate.
(../shared/tools/score_cleaning.py does not cut quoted content: there such a line counts as kept
whenever the content it quotes is kept.)  A document dropped as a duplicate is judged on
the text it had when dropped (deduplication is scored separately); one dropped for any other reason
has lost every line.  Lines of documents labelled `reject` are left out of the line rates.
"""
from .labels import DocLabel, LabelError, LineLabel, read_doc_labels, read_line_labels
from .run import render, score_run

__all__ = ["DocLabel", "LabelError", "LineLabel", "read_doc_labels", "read_line_labels", "render", "score_run"]
