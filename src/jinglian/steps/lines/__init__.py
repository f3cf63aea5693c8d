"""Line-level noise removal for Chinese web pages (`lines.noise`).

Crawled pages wrap an article in site chrome (navigation, account links, share bars,
recommendation blocks), meta lines (date · views · comments), bylines, source and editor
lines, repost / copyright / licence notices, contact blocks and keyword-stuffed SEO spam.
No list of template strings can keep up with the web, so each line is read in three stages:

- `features`: what is known about a line alone (folded text, Han count, sentence
  punctuation, visible length), as a frozen `LineFeatures`;
- `rules`: an ordered list of named rules, each `(features, params, lexicon) -> Verdict |
  None`, the first verdict wins.  They use lexicon hits (`jinglian.zh.lexicon`: chrome words,
  field labels, notice phrases, spam vocabulary, matched on the folded line so traditional
  and full-width pages need no second lexicon) and structure ("label: value" shape, dates and
  counts, separators and segment lengths, contact data found by the PII finders, greeting /
  date banners by their cues).  A sentence-like line is content even when it contains a
  lexicon word; only multi-phrase notices override that;
- `layout`: position.  The *body* runs from the first to the last sentence-like line that is
  not itself noise; the head and tail outside it are where chrome, bylines and sources live,
  so weak evidence removes a line there and only strong evidence inside.  After an
  end-of-article marker (a recommendation header, a copyright notice) in the last part of
  the page, short lines are widgets and links; a repeated title and a fragment of another
  page glued before the article go too.

Every threshold is a field of `params.LineParams`, which `LineNoise` is: a recipe parameter.
Every removed line gets its own reason.  Spans cover whole lines plus the blank lines that
follow them, so removals do not leave gaps.
"""
from __future__ import annotations

from .params import LineParams
from .patterns import ends_sentence
from .step import LineNoise, line_spans

__all__ = ["LineNoise", "LineParams", "ends_sentence", "line_spans"]

STEPS = [LineNoise]
