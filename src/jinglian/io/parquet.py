"""Parquet reader: one document per row, read one row group at a time."""
from __future__ import annotations

from typing import Iterator

from ..document import Document
from .base import Piece, ReadFailure, ReadOptions
from .records import derived_id, record_to_document


def read_parquet(piece: Piece, options: ReadOptions) -> Iterator[Document | ReadFailure]:
    import pyarrow.parquet as pq

    try:
        f = piece.open_arrow()
        pf = pq.ParquetFile(f)
    except Exception as e:  # pyarrow raises ArrowInvalid/OSError for corrupt files
        yield ReadFailure(piece.rel, "", "read.unreadable", {"error": f"{type(e).__name__}: {e}"}, None)
        return
    with f:
        yield from _row_groups(pf, piece, options)


def _row_groups(pf, piece: Piece, options: ReadOptions) -> Iterator[Document | ReadFailure]:
    end = pf.metadata.num_row_groups if piece.end == -1 else piece.end
    row = sum(pf.metadata.row_group(i).num_rows for i in range(piece.start))
    for rg in range(piece.start, end):
        try:
            rows = pf.read_row_group(rg).to_pylist()
        except Exception as e:
            locator = f"row-group-{rg}"
            yield ReadFailure(derived_id(piece, locator), locator, "read.unreadable", {"error": f"{type(e).__name__}: {e}"}, None)
            row += pf.metadata.row_group(rg).num_rows
            continue
        for rec in rows:
            yield record_to_document(rec, piece, str(row), options, None)
            row += 1
