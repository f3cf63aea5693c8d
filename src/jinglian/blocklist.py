"""Domain and URL blocklists, read from files, matched by host suffix and path prefix.

Two layouts are read:

- a category folder, the layout of the public adult / gambling lists (UT1 blacklists and the
  lists built like it): `<dir>/<category>/domains` and `<dir>/<category>/urls`, one entry a line;
- the user's own files: one domain (or, for URL lists, one `host/path` prefix) a line.

Lines are stripped; empty lines and `#` comments are skipped; a scheme, `www.`, a leading
`*.` or `.`, a port and a trailing dot are ignored.  A domain entry blocks the domain and
every subdomain; a URL entry blocks that URL and everything under it (at a `/` boundary).
Entries are kept as sorted 64-bit hashes (xxh64), so a list of millions of domains costs
tens of megabytes, not a Python set of strings.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
import xxhash


def normalize_host(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    if host.startswith("*."):
        host = host[2:]
    host = host.lstrip(".")
    if host.startswith("www."):
        host = host[4:]
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            pass
    return host


def split_url(url: str) -> tuple[str, str]:
    """(normalized host, path with query) of a URL or of a scheme-less `host/path` entry."""
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return "", ""
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return normalize_host(host), path


def host_suffixes(host: str) -> list[str]:
    """`a.b.example.com` -> itself, `b.example.com`, `example.com`, `com`."""
    labels = host.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


def url_prefixes(host: str, path: str) -> list[str]:
    """`host/a/b?q` -> `host/a/b?q`, `host/a/b`, `host/a`, `host` (what a URL entry may name)."""
    out = [f"{host}{path}".rstrip("/")]
    base = path.split("?", 1)[0].rstrip("/")
    while base:
        out.append(f"{host}{base}")
        base = base.rsplit("/", 1)[0]
    out.append(host)
    return list(dict.fromkeys(out))


def _h(s: str) -> int:
    return xxhash.xxh64_intdigest(s.encode("utf-8"))


@dataclass
class Table:
    """Sorted entry hashes with the list (category) each came from."""

    hashes: np.ndarray
    lists: np.ndarray
    names: list[str]

    def find(self, keys: list[str]) -> tuple[str, str] | None:
        """The first key found, and the name of its list."""
        if not len(self.hashes):
            return None
        hs = np.array([_h(k) for k in keys], dtype=np.uint64)
        pos = np.searchsorted(self.hashes, hs)
        for key, h, p in zip(keys, hs, pos):
            if p < len(self.hashes) and self.hashes[p] == h:
                return key, self.names[int(self.lists[p])]
        return None


def read_entries(path: Path, as_url: bool) -> list[str]:
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if as_url:
                host, p = split_url(line)
                if host:
                    out.append(f"{host}{p}".rstrip("/"))
            else:
                host = normalize_host(line.split("/", 1)[0].split("://")[-1].split(":")[0])
                if host:
                    out.append(host)
    return out


def build_table(sources: list[tuple[str, Path]], as_url: bool) -> Table:
    """(list name, file) pairs -> one table; an entry in several lists keeps the first."""
    hashes, lists, names = [], [], []
    for i, (name, path) in enumerate(sources):
        names.append(name)
        entries = read_entries(path, as_url)
        hashes.append(np.fromiter((_h(e) for e in entries), dtype=np.uint64, count=len(entries)))
        lists.append(np.full(len(entries), i, dtype=np.uint32))
    h = np.concatenate(hashes) if hashes else np.zeros(0, np.uint64)
    lst = np.concatenate(lists) if lists else np.zeros(0, np.uint32)
    order = np.lexsort((lst, h))
    h, lst = h[order], lst[order]
    first = np.ones(len(h), dtype=bool)
    first[1:] = h[1:] != h[:-1]
    return Table(h[first], lst[first], names)


def category_files(folder: Path, categories: tuple[str, ...]) -> tuple[list[tuple[str, Path]], list[tuple[str, Path]]]:
    """(domain files, URL files) of a category folder, as (category, path)."""
    domains, urls = [], []
    wanted = set(categories)
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        if wanted and sub.name not in wanted:
            continue
        if (sub / "domains").is_file():
            domains.append((sub.name, sub / "domains"))
        if (sub / "urls").is_file():
            urls.append((sub.name, sub / "urls"))
    return domains, urls


def digest(paths: list[Path]) -> str:
    """A digest of the lists' contents: the recipe fingerprint changes when a list does."""
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(str(p).encode())
        with open(p, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()[:16]
