"""Plain-text reader: one document per file, in any common Chinese encoding."""
from __future__ import annotations

from typing import Iterator

from ..document import Document
from .base import Piece, ReadFailure, ReadOptions, read_whole


def read_txt(piece: Piece, options: ReadOptions) -> Iterator[Document | ReadFailure]:
    from ..zh.encoding import decode_bytes

    data = read_whole(piece)
    if isinstance(data, ReadFailure):
        yield data
        return
    try:
        text, evidence = decode_bytes(data)
    except UnicodeDecodeError as e:
        yield ReadFailure(piece.rel, "", "read.undecodable", {"error": str(e)}, data)
        return
    yield Document(piece.rel, text, piece.rel, "", None, {"encoding": evidence.get("encoding"), "encoding_evidence": evidence.get("evidence")})
