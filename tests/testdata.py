"""The repository's own test data (tests/data, see its README): paths and readers.

Nothing here reads outside the repository, so a fresh clone tests itself.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

DATA = Path(__file__).resolve().parent / "data"
MAGIC_HTML_ZH = DATA / "magic-html-zh"


def read_jsonl(path: Path) -> list[dict]:
    """Rows of a JSONL file, gzipped or not (split on "\\n" only: str.splitlines() also breaks on
    C1 characters inside mojibake)."""
    data = path.read_bytes()
    text = (gzip.decompress(data) if path.name.endswith(".gz") else data).decode("utf-8")
    return [json.loads(x) for x in text.split("\n") if x.strip()]


@dataclass(frozen=True)
class LabelledSet:
    """tests/data/<name>: input/ (what `jinglian run` reads), labels/lines.jsonl.gz and, when
    documents are labelled too, labels/docs.jsonl.gz (the formats `jinglian score` reads)."""
    name: str

    @property
    def root(self) -> Path:
        return DATA / self.name

    @property
    def input(self) -> Path:
        return self.root / "input"

    @property
    def lines(self) -> Path:
        return self.root / "labels" / "lines.jsonl.gz"

    @property
    def docs(self) -> Path | None:
        path = self.root / "labels" / "docs.jsonl.gz"
        return path if path.exists() else None

    def documents(self) -> list[dict]:
        return [row for p in sorted(self.input.glob("*.jsonl*")) for row in read_jsonl(p)]


def magic_html_zh_gold() -> list[dict]:
    """The 75 annotated magic-html-zh pages: id, url, kind, script, title, content."""
    return read_jsonl(MAGIC_HTML_ZH / "gold.jsonl.gz")


def magic_html_zh_pages() -> Iterator[tuple[dict, bytes]]:
    """(annotation, saved HTML) of each page.  JINGLIAN_MAGIC_HTML_ZH may name a folder in the
    corpus's own layout (gold.jsonl, html/<id>.html) to use instead of the bundled copy."""
    other = os.environ.get("JINGLIAN_MAGIC_HTML_ZH")
    if other:
        for row in read_jsonl(Path(other) / "gold.jsonl"):
            yield row, (Path(other) / "html" / f"{row['id']}.html").read_bytes()
        return
    with tarfile.open(fileobj=io.BytesIO((MAGIC_HTML_ZH / "pages.tar.xz").read_bytes()), mode="r:xz") as tar:
        pages = {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}
    for row in magic_html_zh_gold():
        yield row, pages[f"html/{row['id']}.html"]
