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

from .lexicon import alternation, read_list


@lru_cache(maxsize=1)
def injected_re() -> re.Pattern[str]:
    literals, patterns = [], []
    for entry in read_list("injected.txt"):
        (patterns.append(entry[3:]) if entry.startswith("re:") else literals.append(entry))
    return re.compile("|".join([alternation(literals)] + [f"(?:{p})" for p in patterns]))


def injected_hits(folded: str) -> list[str]:
    """The injected-service terms in `folded` text (see `zh.lexicon.Folder`), in order."""
    return [m.group(0) for m in injected_re().finditer(folded)]
