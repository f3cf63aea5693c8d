"""`url.filter` and `url.prefilter`: drop what comes from a domain or URL on a blocklist read from files.

Ships no lists.  Point it at a category folder in the layout public adult / gambling lists
use (`<dir>/<category>/domains`, `<dir>/<category>/urls`, e.g. UT1's blacklists) and/or at
your own files; a domain blocks its subdomains too (`jinglian.blocklist`).  Each drop names
the list (category) and the entry that matched, and stats.json counts drops by the blocked
site (`sites` of this step); the report's sites table shows them by host.  A list's
contents are part of the recipe fingerprint: `--resume` refuses a run made with other lists.

`url.prefilter` is the same check on web records (HTML, WARC) before they are extracted, so a
blocked site costs no extraction; like `prefilter.language` it keeps the id and URL of a
skipped record in dropped/, not its bytes.  Other inputs (JSONL, Parquet, text) have no records
to skip: give them `url.filter`, which may sit in the same recipe.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from .. import blocklist
from ..document import Document, Drop
from ..errors import RecipeError
from ..io.base import RawPage
from ..step import Filter, PageFilter


REASONS = {
    "url.blocked_domain": "the URL's host or a parent domain is on a domain list",
    "url.blocked_url": "the URL, or a path above it, is on a URL list",
}


@dataclass
class _Blocklists:
    """The lists and the check, shared by the document filter and the page filter."""

    reasons: ClassVar[dict[str, str]] = REASONS
    count_sites: ClassVar[bool] = True  # the runner counts this step's drops by the `site` in their detail

    category_dirs: tuple[str, ...] = ()  # folders of <category>/domains and <category>/urls files
    categories: tuple[str, ...] = ()  # categories to use from those folders (empty: every one)
    domain_files: tuple[str, ...] = ()  # your own lists: one domain a line
    url_files: tuple[str, ...] = ()  # your own lists: one URL (host/path prefix) a line

    def __post_init__(self) -> None:
        domains, urls = self._sources()
        if not domains and not urls:
            raise RecipeError(f"{self.name}: no lists: give category_dirs (with <category>/domains or "
                              f"<category>/urls files{' for ' + ', '.join(self.categories) if self.categories else ''}), "
                              f"domain_files or url_files")

    def _sources(self) -> tuple[list[tuple[str, Path]], list[tuple[str, Path]]]:
        domains: list[tuple[str, Path]] = []
        urls: list[tuple[str, Path]] = []
        for d in self.category_dirs:
            folder = Path(d)
            if not folder.is_dir():
                raise RecipeError(f"{self.name}: {folder}: no such folder of blocklists")
            ds, us = blocklist.category_files(folder, tuple(self.categories))
            domains += ds
            urls += us
        for files, into in ((self.domain_files, domains), (self.url_files, urls)):
            for f in files:
                path = Path(f)
                if not path.is_file():
                    raise RecipeError(f"{self.name}: {path}: no such blocklist file")
                into.append((path.name, path))
        return domains, urls

    @property
    def version(self) -> str:
        """The lists' contents (the fingerprint includes every step's version)."""
        if "_digest" not in self.__dict__:
            domains, urls = self._sources()
            self.__dict__["_digest"] = blocklist.digest([p for _, p in domains + urls])
        return self.__dict__["_digest"]

    def setup(self) -> None:
        domains, urls = self._sources()
        self._domains = blocklist.build_table(domains, as_url=False)
        self._urls = blocklist.build_table(urls, as_url=True)

    def check(self, url: str | None) -> Drop | None:
        if not url:
            return None
        host, path = blocklist.split_url(url)
        if not host:
            return None
        hit = self._domains.find(blocklist.host_suffixes(host))
        if hit:
            return Drop("url.blocked_domain", {"site": hit[0], "list": hit[1], "host": host})
        hit = self._urls.find(blocklist.url_prefixes(host, path))
        if hit:
            return Drop("url.blocked_url", {"site": host, "list": hit[1], "entry": hit[0]})
        return None


@dataclass
class UrlFilter(_Blocklists, Filter):
    """Drop documents whose URL's host (or a parent domain), or URL prefix, is blocklisted."""

    name: ClassVar[str] = "url.filter"

    def filter(self, doc: Document) -> Drop | None:
        return self.check(doc.url)


@dataclass
class UrlPrefilter(_Blocklists, PageFilter):
    """Skip web records whose URL is blocklisted before extracting them."""

    name: ClassVar[str] = "url.prefilter"

    def filter_page(self, page: RawPage) -> Drop | None:
        return self.check(page.url)


STEPS = [UrlFilter, UrlPrefilter]
