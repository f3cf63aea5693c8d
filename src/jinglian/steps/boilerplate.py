"""Corpus-level boilerplate: short lines repeated across many pages of one site, or everywhere.

Lexicons and structure (`lines.noise`) catch the chrome they know; a site's own template
("每一天，每一秒……", a slogan, a column footer, a widget title never seen before) is caught by
counting.  In the spirit of cc_net's paragraph hashing, each short line is hashed (folded to
simplified script, half-width, lower case, white space removed, digits collapsed) and the
hashes are counted per site across the corpus being processed.

Reposts of one article share their lines, so counts are of distinct *articles*, not pages:
each page carries a content fingerprint (the hash of its first paragraph, which copies of
one article share even when truncated; not a hash over all long lines, since a long
site-wide notice or a common quote would make every page look like one article) and a
line is boilerplate only when pages with several different fingerprints carry it.  Long sentence-like lines are never counted: a quote repeated across
articles is content, unless the line is shaped like boilerplate (a notice led by its marker,
"特别声明：…", or a teaser ending in "［详细］"): a platform disclaimer in a site's own words.  Nor are short lines between the article's first and last paragraph:
templates sit above and below the article, while the short lines inside it (a wiki's list
items, place names) are shared by related articles, and by copies of one article whose first
paragraphs were edited apart (held-out set heldout3: 1,388 content lines lost that way, and
no noise line caught inside the body on any set).

Phases (see `GlobalStep`): signature = site hash, fingerprint and the hashes of the page's
short lines; resolve = `executor.map` over hash partitions, each reading only those columns
and writing the repeated hashes of its partition under `workdir`; decide = re-hash the lines
and remove the repeated ones.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import numpy as np

from ..document import Document, Span
from ..step import GlobalStep
from ..zh.lexicon import Folder
from ..zh.text import HAN_RE, wide_chars
from .lines import ends_sentence, line_spans
from .lines.layout import PAGE_TITLE_SEP_RE
from .lines.patterns import NOTICE_LEAD_RE, TEASER_LINK_RE

SITE_REASON = "boilerplate.site_repeated"
GLOBAL_REASON = "boilerplate.global_repeated"
SENTENCE_REASON = "boilerplate.global_sentence"
MASK63 = (1 << 63) - 1  # Parquet int64 columns: keep hashes non-negative

_KEY_DROP_RE = re.compile(r"\s+")
_DIGITS_RE = re.compile(r"\d+")
_WORDY_RE = re.compile(r"[a-z]")
#: what differs between copies of one page: digits (dates, counts, phone numbers) and e-mail
#: addresses; the fallback fingerprint takes only lines without them (issue 14 round 3: held-out
#: 11's four copies of a forum thread, each with a contact number glued to a different line,
#: were four "articles", and their shared lines site boilerplate)
_VARIES_RE = re.compile(r"[\d@]")
HAN_2_RE = re.compile(f"(?:{HAN_RE.pattern}.*){{2}}")
#: a line's skeleton (issue 14 round 6): template lines recur with different fillers, so on a
#: line with Han text e-mail addresses (also written "(at)", "[at]"), URLs and runs of Latin
#: letters (ids, app names) are collapsed like digits.  Lines without two Han characters keep
#: their letters (English lines would all collapse to one key).  Not the insides of 《…》 and
#: “…”: tried, it removed newspaper credits ("《光明日报》（2024年05月20日 03版）") that held-out 15
#: labels content, and removed no noise line more on held-out 7-17.
_SKEL_EMAIL_RE = re.compile(r"[\w.+-]+(?:@|\(at\)|\[at\])[\w-]+(?:\.[\w-]+)+")
_SKEL_URL_RE = re.compile(r"(?:https?://|www\.)[\w./?=&%#:~+-]+")
_SKEL_LATIN_RE = re.compile(r"[a-z]+")
#: a sentence-like line's key lives in its own name space: it is learned only across sites
_SENTENCE_SALT = b"\x01sentence"


def _skeleton(s: str) -> str:
    """A folded Han line with its e-mail addresses and URLs as "@" and its Latin runs as "a".  Each
    substitution runs only when its marker is in the line: most lines have none, and this runs on
    every short and sentence-like line of every page, twice (zh-web on the 10k bench corpus spent
    0.3 s in three full regex passes per 3,000 documents)."""
    if "@" in s or "(at)" in s or "[at]" in s:
        s = _SKEL_EMAIL_RE.sub("@", s)
    if "http" in s or "www." in s:
        s = _SKEL_URL_RE.sub("@", s)
    return _SKEL_LATIN_RE.sub("a", s)


def site_of(doc: Document) -> str:
    """The host of the page (without "www."), else its source, else nothing."""
    if doc.url:
        host = urlsplit(doc.url).hostname or ""
        if host:
            return host[4:] if host.startswith("www.") else host
    return doc.source or ""


@dataclass
class Boilerplate(GlobalStep):
    """Remove short lines that many different articles of a site (or of many sites) carry."""

    name: ClassVar[str] = "boilerplate.lines"
    reasons: ClassVar[dict[str, str]] = {
        SITE_REASON: "short line repeated in many different articles of the same site",
        GLOBAL_REASON: "short line repeated in many different articles across many sites",
        SENTENCE_REASON: "sentence-like line (a notice, a disclaimer) repeated, skeleton for skeleton, "
                         "in many different articles across many sites",
    }

    #: a line is site boilerplate when this many distinct articles of one site carry it.
    #: 3 finds template lines on sites with ~30 pages (dev set: 4 hosts, 118 pages) and
    #: cannot be reached by one article and its reposts (they share a fingerprint).
    min_site_articles: int = 3
    #: a line is global boilerplate when this many distinct articles on at least
    #: `min_global_sites` sites carry it
    min_global_articles: int = 6
    min_global_sites: int = 3
    #: only lines up to this many visible characters are counted
    max_chars: int = 100
    #: a line with this many Han characters that ends a sentence is content, never counted
    sentence_han: int = 25
    #: the page's first line with this many Han characters that ends a sentence is its
    #: content fingerprint (reposts, even truncated, keep their first paragraph)
    fingerprint_han: int = 20
    #: a page without such a paragraph is known by its first `fallback_lines` lines with at
    #: least `fallback_han` wide characters, when it has that many (one line was too few: pages
    #: made of one site's chrome shared it, and held-out 7 kept a navigation page; issue 14
    #: round 2).  Not when its paragraph lies lower: those first lines include whatever noise
    #: the line rules missed in the head, which differs between reposts (held-out 11, read
    #: after its one measurement: a reposted blog post lost whole).  Lines with a page title's
    #: separators are not taken (a title with the site's name, a navigation bar: they differ
    #: between reposts), and fewer lines do when one has `fingerprint_han` wide characters
    #: (issue 14 round 11: held-out 26's code tutorial, one long line and short ones, was known
    #: by its whole text, so its three copies on one site were three articles and lost whole;
    #: content up on held-out 17, 23 and 26, no other set changed)
    fallback_lines: int = 3
    fallback_han: int = 10
    #: lines shaped like boilerplate (a notice led by 声明/特别声明/免责声明, a teaser ending in
    #: ［详细］) are counted up to this many characters even when they read as sentences: a
    #: platform disclaimer in a site's own words is one long sentence on every page
    max_shaped_chars: int = 400
    #: count the short lines that earlier line steps removed from a page too: otherwise a
    #: template line the line rules remove on most pages of a site (under a repost notice, say)
    #: is counted on too few articles to be learned for the pages where they keep it (issue 14
    #: round 2: held-out 9's contact-block headings, removed by boilerplate before the line rules
    #: learned to cut under a notice, came back on the pages without one)
    count_removed: bool = True
    #: collapse a Han line's addresses and Latin runs before hashing (see `_SKEL_*`): contact
    #: lines with different ids are one key.  No effect on held-out 7-17 or the dev set
    #: (issue 14 round 6), where such lines were already removed by the line rules
    skeleton: bool = True
    #: count sentence-like lines too (up to `max_sentence_chars`), in their own name space and
    #: only across sites: a line is removed when `min_global_articles` distinct articles on
    #: `min_global_sites` sites carry its skeleton, never on one site's count.  Reposts of one article share a
    #: fingerprint and count once; a repeated sentence between two of the article's own
    #: paragraphs is a quote and stays (see `decide`).  Chosen on held-out 7-17 and the dev
    #: set (issue 14 round 6): sentence-like notices ("提醒求职者：…请立即举报。") that no rule
    #: read were never counted, as a quote was the reason to skip long lines
    count_sentences: bool = True
    max_sentence_chars: int = 200
    #: resolve runs one task per hash partition
    partitions: int = 8

    def setup(self) -> None:
        self._folder = Folder()

    # --- lines and keys -----------------------------------------------------------------
    def _keys(self, text: str) -> tuple[list[str], list[int | None], int, set[int], list[int]]:
        """Raw lines, the hash of each countable line (None otherwise), the fingerprint, the
        indices of the sentence-like lines among them (see `count_sentences`) and of all the
        page's paragraphs.

        Only short lines are folded and hashed; long lines are looked at for the
        fingerprint alone, so most of the bytes cost one length check."""
        import xxhash

        self.ensure_setup()
        raw = text.split("\n")
        hashes: list[int | None] = [None] * len(raw)
        short: list[int] = []
        first_paragraph = None
        first_lines: list[str] = []  # the fallback fingerprint's lines
        paragraphs: list[int] = []
        sentences: list[int] = []
        for i, line in enumerate(raw):
            s = line.strip()
            if not s:
                continue
            wide = wide_chars(s)
            sentence = ends_sentence(s)
            if first_paragraph is None and sentence and wide >= self.fingerprint_han:
                first_paragraph = s
            if (len(first_lines) < self.fallback_lines and wide >= self.fallback_han and not _VARIES_RE.search(s)
                    and not PAGE_TITLE_SEP_RE.search(s)):
                first_lines.append(s)
            if len(s) <= self.max_shaped_chars and (NOTICE_LEAD_RE.match(s) or TEASER_LINK_RE.search(s, max(0, len(s) - 16))):
                short.append(i)  # boilerplate by its shape, however long
            elif sentence and wide >= self.sentence_han:
                paragraphs.append(i)
                if self.count_sentences and len(s) <= self.max_sentence_chars:
                    sentences.append(i)
            elif len(s) <= self.max_chars:
                short.append(i)
        if paragraphs:
            # site templates wrap the article; short lines between its paragraphs are its own
            short = [i for i in short if not paragraphs[0] < i < paragraphs[-1]]
        if short:
            for i, h in zip(short, self._line_hashes([raw[i] for i in short])):
                hashes[i] = h
        if sentences:
            for i, h in zip(sentences, self._line_hashes([raw[i] for i in sentences], _SENTENCE_SALT)):
                hashes[i] = h
        # folded, so a traditional-script repost has the same fingerprint as the original.  A page
        # without a paragraph (a table of contents, a thread of short replies) is known by its
        # first few longer lines, which its reposts share whatever chrome they carry: its whole
        # text made each repost a different article, and three reposts on one site turned the
        # page's own lines into site boilerplate (held-out 8, issue 14 round 2: 93 content lines
        # of two such pages lost)
        # (all `fallback_lines` of them, or one long line: a page with fewer is chrome, known by
        # its whole text)
        enough = len(first_lines) == self.fallback_lines or any(wide_chars(x) >= self.fingerprint_han for x in first_lines)
        first = first_paragraph or ("\n".join(first_lines) if enough else None)
        basis = self._folder.fold(_KEY_DROP_RE.sub("", first)) if first else self._folder.fold(text)
        return raw, hashes, xxhash.xxh64_intdigest(basis.encode("utf-8")) & MASK63, set(sentences), paragraphs

    def _line_hashes(self, lines: list[str], salt: bytes = b"") -> list[int | None]:
        """The key of each line: folded, white space dropped, digits collapsed (and, with
        `skeleton`, a Han line's addresses and Latin runs); None for a line
        without words (two Han characters or three letters), which is never counted."""
        import xxhash

        out: list[int | None] = []
        for f in self._folder.fold_lines(lines):
            s = _KEY_DROP_RE.sub("", f)
            han = HAN_2_RE.search(s)
            if han or len(_WORDY_RE.findall(s)) >= 3:
                if han and self.skeleton:
                    s = _skeleton(s)
                out.append(xxhash.xxh64_intdigest(salt + _DIGITS_RE.sub("0", s).encode("utf-8")) & MASK63)
            else:
                out.append(None)
        return out

    def _removed_hashes(self, doc: Document) -> list[int | None]:
        """Keys of the short lines that line steps (`lines.*` reasons) removed from the page
        before this step: a template line the line rules caught on one page is still evidence
        that the site carries it (see `count_removed`)."""
        lines, sentences = [], []
        for edit in doc.edits:
            for r in edit.removals:
                if r.reason.startswith("lines."):
                    for line in r.text.split("\n"):
                        t = line.strip()
                        if not t:
                            continue
                        if ends_sentence(t) and wide_chars(t) >= self.sentence_han:
                            if self.count_sentences and len(t) <= self.max_sentence_chars:
                                sentences.append(t)
                        elif len(t) <= self.max_chars:
                            lines.append(t)
        out = self._line_hashes(lines) if lines else []
        return out + (self._line_hashes(sentences, _SENTENCE_SALT) if sentences else [])

    # --- phase 1 --------------------------------------------------------------------------
    def signature(self, doc: Document) -> dict[str, Any] | None:
        import xxhash

        _, hashes, fingerprint, _, _ = self._keys(doc.text)
        found = {h for h in hashes if h is not None}
        if self.count_removed:
            found.update(h for h in self._removed_hashes(doc) if h is not None)
        lines = sorted(found)
        return {
            "site": xxhash.xxh64_intdigest(site_of(doc).encode("utf-8")) & MASK63,
            "article": fingerprint,
            "lines": lines,
        }

    # --- phase 2 --------------------------------------------------------------------------
    def resolve(self, signature_paths: list[str], workdir: str, executor: Any) -> dict[str, Any]:
        tasks = [(list(signature_paths), workdir, p, self.partitions, self.min_site_articles,
                  self.min_global_articles, self.min_global_sites) for p in range(self.partitions)]
        site_lines = global_lines = 0
        for n_site, n_global in executor.map(_resolve_partition, tasks):
            site_lines += n_site
            global_lines += n_global
        return {"site_repeated_lines": site_lines, "global_repeated_lines": global_lines}

    # --- phase 3 ---------------------------------------------------------------------------
    def load(self, workdir: str) -> "Learned":
        sites, lines, global_lines = [], [], []
        for p in range(self.partitions):
            path = Path(workdir) / f"boilerplate-{p:04d}.npz"
            if not path.exists():
                continue
            with np.load(path) as z:
                sites.append(z["site"])
                lines.append(z["line"])
                global_lines.append(z["global"])
        return Learned.of(sites, lines, global_lines)

    def decide(self, doc: Document, learned: "Learned") -> list[Span] | None:
        import xxhash

        site = xxhash.xxh64_intdigest(site_of(doc).encode("utf-8")) & MASK63
        site_lines = learned.lines_of(site)
        if site_lines is None and not len(learned.global_lines):
            return None  # nothing learned for this page's site
        raw, hashes, _, sentences, paragraphs = self._keys(doc.text)
        known = [h for h in hashes if h is not None]
        if not known:
            return None
        keys = np.array(known, dtype=np.int64)
        at_site = _members(site_lines, keys) if site_lines is not None else np.zeros(len(keys), bool)
        at_large = _members(learned.global_lines, keys)
        verdicts = iter(zip(at_site.tolist(), at_large.tolist()))
        reasons: list[str | None] = []
        for i, h in enumerate(hashes):
            if h is None:
                reasons.append(None)
                continue
            site_hit, global_hit = next(verdicts)
            if i in sentences:  # a sentence: learned only across sites
                reasons.append(SENTENCE_REASON if global_hit else None)
            else:
                reasons.append(SITE_REASON if site_hit else GLOBAL_REASON if global_hit else None)
        if sentences:
            # a repeated sentence is cut only above or below the article: between the first and
            # the last paragraph that is not itself repeated it is a quote (a syndicated
            # statement inside an article), and stays
            own = [i for i in paragraphs if reasons[i] is None]
            if own:
                for i in sentences:
                    if reasons[i] and own[0] < i < own[-1]:
                        reasons[i] = None
        if not any(reasons):
            return None
        return line_spans(raw, reasons)


@dataclass(frozen=True)
class Learned:
    """What the resolve learned, as sorted int64 arrays rather than Python sets: 16 bytes per
    (site, line) pair instead of about 200, so a worker's copy stays small at millions of pages.

    `sites` holds each site once, `starts[i]:starts[i + 1]` its slice of `site_lines` (sorted)."""

    sites: np.ndarray
    starts: np.ndarray
    site_lines: np.ndarray
    global_lines: np.ndarray

    @classmethod
    def of(cls, sites: list[np.ndarray], lines: list[np.ndarray], global_lines: list[np.ndarray]) -> "Learned":
        empty = np.zeros(0, dtype=np.int64)
        site = np.concatenate(sites).astype(np.int64, copy=False) if sites else empty
        line = np.concatenate(lines).astype(np.int64, copy=False) if lines else empty
        order = np.lexsort((line, site))
        site, line = site[order], line[order]
        unique_sites, starts = np.unique(site, return_index=True)
        glob = np.unique(np.concatenate(global_lines).astype(np.int64, copy=False)) if global_lines else empty
        return cls(unique_sites, np.append(starts, len(site)), line, glob)

    def lines_of(self, site: int) -> np.ndarray | None:
        """The sorted repeated lines of `site`, or None when nothing was learned for it."""
        i = int(np.searchsorted(self.sites, site))
        if i == len(self.sites) or int(self.sites[i]) != site:
            return None
        return self.site_lines[self.starts[i]:self.starts[i + 1]]


def _members(sorted_keys: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """For each of `keys`, whether it is in `sorted_keys` (sorted ascending)."""
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=bool)
    at = np.searchsorted(sorted_keys, keys).clip(max=len(sorted_keys) - 1)
    return sorted_keys[at] == keys


def _read_partition(paths: list[str], part: int, parts: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(site, article, line) rows of every signature whose line hash falls in `part`."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    sites, articles, lines = [], [], []
    for path in paths:
        table = pq.read_table(path, columns=["site", "article", "lines"])
        col = table.column("lines")
        flat = pc.list_flatten(col).to_numpy(zero_copy_only=False).astype(np.int64, copy=False)
        if flat.size == 0:
            continue
        parent = pc.list_parent_indices(col).to_numpy(zero_copy_only=False)
        keep = (flat % parts) == part
        lines.append(flat[keep])
        sites.append(table.column("site").to_numpy()[parent[keep]])
        articles.append(table.column("article").to_numpy()[parent[keep]])
    if not lines:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    return np.concatenate(sites), np.concatenate(articles), np.concatenate(lines)


def _resolve_partition(task: tuple) -> tuple[int, int]:
    """Count distinct articles per (site, line) and per line in one hash partition."""
    paths, workdir, part, parts, min_site, min_global, min_sites = task
    site, article, line = _read_partition(paths, part, parts)
    # one row per distinct (line, site, article): copies of an article count once
    triples = np.unique(np.stack([line, site, article], axis=1), axis=0) if line.size else np.zeros((0, 3), np.int64)
    pairs, per_pair = (np.unique(triples[:, :2], axis=0, return_counts=True) if len(triples)
                       else (np.zeros((0, 2), np.int64), np.zeros(0, np.int64)))
    repeated = pairs[per_pair >= min_site]
    # global: distinct articles and distinct sites per line
    if len(triples):
        lines_u, articles_per_line = np.unique(np.unique(triples[:, [0, 2]], axis=0)[:, 0], return_counts=True)
        lines_s, sites_per_line = np.unique(pairs[:, 0], return_counts=True)
        sites_of = dict(zip(lines_s.tolist(), sites_per_line.tolist()))
        glob = np.array([h for h, n in zip(lines_u.tolist(), articles_per_line.tolist())
                         if n >= min_global and sites_of.get(h, 0) >= min_sites], dtype=np.int64)
    else:
        glob = np.zeros(0, np.int64)
    out = Path(workdir) / f"boilerplate-{part:04d}.npz"
    tmp = out.with_name(out.name + f".tmp-{os.getpid()}.npz")
    np.savez(tmp, site=repeated[:, 1], line=repeated[:, 0], **{"global": glob})
    os.replace(tmp, out)
    return int(len(repeated)), int(len(glob))


STEPS = [Boilerplate]
