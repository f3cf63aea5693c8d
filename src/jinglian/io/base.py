"""What readers produce and consume.

A reader turns one `Piece` (a whole file, or a byte range / row-group range of a large
one) into a stream of `Document`s, `RawPage`s and `ReadFailure`s.  A failure is bad *data*:
the runner writes it to `dropped/` with its reason, detail and raw bytes, so nothing is lost.
A `RawPage` is a web record not yet reduced to text: the recipe's page steps (a language
prefilter, then the extractor) decide what becomes of it, so extraction is the recipe's.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Any, Callable, Iterator, Union

from ..document import Document
from .fs import open_arrow, open_input


@dataclass(frozen=True, slots=True)
class Piece:
    """A readable unit of one input file.

    `path` is what to open: a local path, or, when `fs` holds the URI of the input argument
    it came from, a path inside that remote filesystem (see `io.fs`).  `rel` is the path
    relative to the input argument's parent, used for stable ids and the `source` column,
    so the same files give the same ids wherever they are stored.
    `start`/`end` delimit a byte range (JSONL) or a row-group range (Parquet); `end=-1`
    means to the end of the file.  `first_line` is the line number at `start` (JSONL), so
    locators stay the same however a file is split.
    """

    path: str
    rel: str
    format: str
    start: int = 0
    end: int = -1
    size: int = 0
    first_line: int = 1
    fs: str = ""

    def open(self) -> IO[bytes]:
        return open_input(self.fs, self.path)

    def open_arrow(self):
        """The file as an Arrow-native input file (for pyarrow readers, see `fs.open_arrow`)."""
        return open_arrow(self.fs, self.path)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    text_field: str = "text"
    id_field: str = "id"
    url_field: str = "url"


@dataclass(slots=True)
class ReadFailure:
    """An input record that could not become a document."""

    id: str
    locator: str
    reason: str  # declared in READ_REASONS
    detail: dict[str, Any] = field(default_factory=dict)
    raw: bytes | None = None
    url: str | None = None
    input_id: str | None = None  # the record's own id field, when it had one


@dataclass(slots=True)
class RawPage:
    """A web record as the reader found it: HTML bytes (or, for a WET record, text)."""

    id: str
    locator: str
    source: str
    url: str | None
    data: bytes  # the payload (HTTP transfer and content codings undone)
    content_type: str | None = None  # the HTTP Content-Type header, if any (declares a charset)
    meta: dict[str, Any] = field(default_factory=dict)
    text: str | None = None  # already text (WET conversion records): nothing to extract


READ_REASONS = {
    "read.malformed_json": "a JSONL line that is not a JSON object",
    "read.missing_text": "a record without a usable text field",
    "read.undecodable": "bytes that decode in no supported encoding",
    "read.truncated": "a compressed stream or file that ends early or is corrupt",
    "read.unreadable": "a file or record the reader could not open or parse",
    "read.not_html": "a web record whose payload is not HTML",
    "read.unencodable": "code points no UTF-8 file can hold (lone surrogates, an emoji cut in half) removed from the text",
    "read.duplicate_id": "a record whose id an earlier record of the same input file already has",
    "read.empty": "a text record (WET conversion) with no text",
}

Reader = Callable[[Piece, ReadOptions], Iterator[Union[Document, RawPage, ReadFailure]]]


def read_whole(piece: Piece) -> bytes | ReadFailure:
    """The bytes of a one-document file, or the failure that says why they cannot be had."""
    try:
        with piece.open() as f:
            return f.read()
    except OSError as e:
        return ReadFailure(piece.rel, "", "read.unreadable", {"error": str(e)}, None)
