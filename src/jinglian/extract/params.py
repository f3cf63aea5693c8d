"""The content scorer's parameters, apart from the scorer so that recipes, `explain` and the
prefilter can name them on a core install, where lxml (the `html` extra) is absent."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ContentParams:
    """Scoring constants.  Chosen on magic-html-zh (75 pages, see bench/extract.py); those new in
    extractor v4 on magic-html-other (183 non-Chinese pages), with magic-html-zh as the check."""

    link_share: float = 0.5  # a block with at least this share of link text is navigation
    link_cap: float = 15.0  # one link line costs at most this much (a long URL in a post is no menu)
    prose_min_chars: int = 10  # shorter punctuated lines are labels, not prose
    long_min_chars: int = 50  # unpunctuated text this long still counts (code, lists, poems)
    long_weight: float = 0.7
    # a run of this many short lines of one text with no links is prose written line by line (0: off);
    # magic-html-other (bench/extract.py --sweep --grid v4-runs): 3 F1 0.826, 5 0.825, 8 0.825, off 0.818
    short_run_min: int = 3
    short_penalty: float = 0.1  # per character of a short unpunctuated line
    # per character of a short sentence on a forum page (a reply: "元旦快乐！"); 0.5 chosen by 3 of the 5
    # training folds of magic-html-zh's site-grouped CV (bench/extract.py --cv --grid v3-new), 0 by 1, 1.0 by none
    short_reply_weight: float = 0.5
    teaser_weight: float = 0.0  # prose ending in "..." is often a teaser for another page (article pages only)
    negative_hint_weight: float = 0.2  # prose inside chrome-named containers counts this much
    # ... unless the container holds at least this share of the page's prose (a "content-area has-sidebar"
    # layout box, a post classed "tag-porch"): nearly all of it, since a "recommended" box may hold 92 % of a
    # page's prose beside a short post (tests/test_extract.py).  Among values above that, magic-html-other
    # (bench/extract.py --sweep --grid v4-chrome) scores 0.9 and 0.95 alike (F1 0.813), 0.98 0.807, off 0.802
    chrome_max_share: float = 0.95
    # teaser cards (a linked heading over a short excerpt, repeated: "more stories"), content.discount_teasers:
    # how far above the heading a card may start (0: off), how many look-alike cards make a list, and how much
    # prose a card holds at most.  Chosen on magic-html-other: depth 3 scored best of 0/2/3/4/6 (articles
    # 0.835 -> 0.849, --sweep --grid v4-teaser-depth); 2, 3 and 4 cards scored alike (3 taken: a list); 400 chars
    # 0.849, 200 0.841, no cap 0.850 (--grid v4-teaser; the cap keeps long sections under linked headings)
    teaser_card_depth: int = 3
    teaser_min_cards: int = 3
    teaser_max_chars: int = 400
    keep_lone_links: bool = True
    drop_named_chrome: bool = True
    lone_link_min_chars: int = 15  # shorter lone links are buttons ("回复 举报"), not references
    threads: bool = True
    # posts found at any depth under the content root (a reply list nested under the opening post), each trimmed
    # of its own chrome.  No constant; found on the lowest held-out pages of magic-html-zh (patent.bbscloud, paopao),
    # checked on magic-html-other: forums 0.812 -> 0.822 (zh), 0.781 -> 0.793 (other), articles unchanged
    nested_posts: bool = True
    # a short reply without sentence punctuation ("这放假方式有点奇特啊") in the box where the other posts keep their
    # text is a reply (content.lift_post_bodies); no constant.  Found on magic-html-zh's lowest held-out forum pages
    # (mlog.club topic), checked on magic-html-other: forums 0.822 -> 0.839 (zh), 0.793 -> 0.794 (other)
    post_bodies: bool = True
    # how far above the best subtree to look for sibling posts; Discuz! puts a post's text 11 elements
    # below its container (magic-html-zh's tiancity threads; 6 before v3, 12 chosen on all 5 CV folds)
    thread_max_climb: int = 12
    thread_min_post: float = 5.0  # a sibling counts as a post when its prose blocks score above this
    # ... and its chrome (negative blocks) scores at most this many times that (a bootstrap sidebar column
    # scores 30x); 1.0 chosen by 4 of the 5 training folds of magic-html-zh's site-grouped CV (--grid v3-new)
    thread_max_chrome: float = 1.0
    boilerplate_max_chars: int = 120  # longer blocks are never taken for a notice
    label_max_chars: int = 40  # an editor / source line is short
