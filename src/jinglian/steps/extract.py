"""Extraction, a step of the recipe: its settings are shown by `explain`, covered by the
fingerprint (`--resume` refuses a run made with other settings or another extractor
version), and its drop reasons carry its name.

`extract.jinglian` decodes each web record with evidence and keeps its main content
(`jinglian.extract`).  Every `ContentParams` constant is a parameter here, so a recipe can
tune the scoring without code.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import ClassVar

from ..document import Document, Drop
from ..extract import EXTRACTOR_VERSION, ContentParams, ExtractOptions
from ..extract.page import FAILURES, NAME, extract_page
from ..io.base import RawPage
from ..step import Extractor

_CONTENT = ContentParams()


@dataclass
class ExtractJinglian(Extractor):
    """Main content of each web record (HTML, WARC); WET text passes through."""

    name: ClassVar[str] = NAME
    version: ClassVar[str] = EXTRACTOR_VERSION
    reasons: ClassVar[dict[str, str]] = {f"{NAME}.{k}": v for k, v in FAILURES.items() if k != "error"}

    timeout: float = 10.0  # CPU seconds per page, decoding included (0: no limit)
    max_chars: int = 4_000_000  # longer markup is cut before parsing (main text sits in the first megabytes)
    metadata: bool = True  # title, date, author, canonical URL into meta
    # scoring constants (jinglian.extract.content.ContentParams; chosen on magic-html-zh, v4's on magic-html-other)
    link_share: float = _CONTENT.link_share
    link_cap: float = _CONTENT.link_cap
    prose_min_chars: int = _CONTENT.prose_min_chars
    long_min_chars: int = _CONTENT.long_min_chars
    long_weight: float = _CONTENT.long_weight
    short_run_min: int = _CONTENT.short_run_min
    short_penalty: float = _CONTENT.short_penalty
    short_reply_weight: float = _CONTENT.short_reply_weight
    teaser_weight: float = _CONTENT.teaser_weight
    negative_hint_weight: float = _CONTENT.negative_hint_weight
    chrome_max_share: float = _CONTENT.chrome_max_share
    teaser_card_depth: int = _CONTENT.teaser_card_depth
    teaser_min_cards: int = _CONTENT.teaser_min_cards
    teaser_max_chars: int = _CONTENT.teaser_max_chars
    keep_lone_links: bool = _CONTENT.keep_lone_links
    drop_named_chrome: bool = _CONTENT.drop_named_chrome
    lone_link_min_chars: int = _CONTENT.lone_link_min_chars
    threads: bool = _CONTENT.threads
    nested_posts: bool = _CONTENT.nested_posts
    post_bodies: bool = _CONTENT.post_bodies
    thread_max_climb: int = _CONTENT.thread_max_climb
    thread_min_post: float = _CONTENT.thread_min_post
    thread_max_chrome: float = _CONTENT.thread_max_chrome
    boilerplate_max_chars: int = _CONTENT.boilerplate_max_chars
    label_max_chars: int = _CONTENT.label_max_chars

    def __post_init__(self) -> None:
        if self.timeout < 0 or self.max_chars <= 0:
            raise ValueError("timeout must be >= 0 and max_chars > 0")

    def options(self) -> ExtractOptions:
        content = ContentParams(**{f.name: getattr(self, f.name) for f in fields(ContentParams)})
        return ExtractOptions(timeout=self.timeout or None, max_chars=self.max_chars, metadata=self.metadata,
                              params=content)

    def setup(self) -> None:
        self._options = self.options()

    def extract(self, page: RawPage) -> Document | Drop:
        return extract_page(page, self._options, self.name)


STEPS = [ExtractJinglian]
