"""Injected spam: gambling, betting and porn service names written into normal articles.

Spam sites copy real news and paste a service name into the title or the body (`‘华体会’自然资源部
抽查…`, `中国广核集团（简称“美狮贵宾会”）`, `【欧宝体育app】`).  The page reads like news, so the spam
density of `zh/data/spam.txt` stays low; but these names and their calls to action (`…体育app`,
`…线路`, `…现金网`) do not occur in ordinary prose, so one hit marks the page.  The lexicon
`zh/data/injected.txt` is matched on text folded across scripts and widths (`zh.lexicon.Folder`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from typing import TYPE_CHECKING

from .lexicon import Folder, list_pattern

if TYPE_CHECKING:
    from ..document import Document


@lru_cache(maxsize=1)
def injected_re() -> re.Pattern[str]:
    return list_pattern("injected.txt")


def injected_hits(folded: str) -> list[str]:
    """The injected-service terms in `folded` text (see `zh.lexicon.Folder`), in order."""
    return [m.group(0) for m in injected_re().finditer(folded)]


def fold(doc: Document, folder: Folder) -> str:
    """The document's text folded for matching.  OpenCC's t2s and the width table are most of the
    cost, so when `normalize.detect_script` found no traditional-only character (`script_trad_share`
    0: t2s leaves such a text as it is) only lower case is applied: in a recipe, detect_script runs
    after `normalize.width` has made letters and digits half-width.  Anything else gets the full fold."""
    if doc.scores.get("script_trad_share") == 0:
        return doc.text.lower()
    return folder.fold(doc.text)
