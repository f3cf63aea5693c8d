"""The files trainers read: Megatron-LM's IndexedDataset, datatrove/nanotron's .ds, and Parquet.

Each writer takes one output file's sequences (token arrays, end-of-document id already appended
where the format wants it) and writes through `Folder.write`, so a file appears whole or not at all.

megatron  `<stem>.bin`: the sequences' ids back to back.  `<stem>.idx` (Megatron-LM's
          `_IndexWriter`, version 1): b"MMIDIDX\\x00\\x00", u64 version 1, u8 dtype code (4 int32,
          8 uint16), u64 sequence count, u64 document count (sequences + 1), i32 length of each
          sequence, i64 byte offset of each sequence in .bin, i64 document indices 0..n (every
          sequence is one document).  Ids are uint16 when the vocabulary has fewer than 65,500
          entries, int32 otherwise (Megatron-LM's `DType.optimal_dtype`).
nanotron  `<stem>.ds`: ids back to back, little-endian uint16 or uint32 (uint32 when the vocabulary
          exceeds 65,536 ids, as datatrove's `DocumentTokenizer` decides); `<stem>.ds.index`: u64
          end (in tokens) of each document; `<stem>.ds.metadata`: "tokenizer|token size" and the
          token count, as datatrove writes it.  Documents are not shuffled (nanotron samples).
parquet   `<stem>.parquet`: id, input_ids (list of int32), n_tokens; no end-of-document id.
"""
from __future__ import annotations

import struct
from typing import IO

import numpy as np

from ..io.fs import Folder

FORMATS = ("megatron", "nanotron", "parquet")
MEGATRON_HEADER = b"MMIDIDX\x00\x00"
MEGATRON_DTYPE_CODES = {np.dtype(np.int32): 4, np.dtype(np.uint16): 8}


def appends_eod(fmt: str) -> bool:
    return fmt in ("megatron", "nanotron")


def token_dtype(fmt: str, n_vocab: int) -> np.dtype:
    if fmt == "megatron":
        return np.dtype(np.uint16) if n_vocab < 65500 else np.dtype(np.int32)
    if fmt == "nanotron":
        return np.dtype("<u2") if n_vocab <= 65536 else np.dtype("<u4")
    return np.dtype(np.int32)


def output_files(fmt: str, stem: str) -> list[str]:
    return {"megatron": [f"{stem}.bin", f"{stem}.idx"],
            "nanotron": [f"{stem}.ds", f"{stem}.ds.index", f"{stem}.ds.metadata"],
            "parquet": [f"{stem}.parquet"]}[fmt]


def write(fmt: str, folder: Folder, stem: str, ids: list[str], sequences: list[np.ndarray],
          dtype: np.dtype, tokenizer_name: str) -> None:
    if fmt == "megatron":
        write_megatron(folder, stem, sequences, dtype)
    elif fmt == "nanotron":
        write_nanotron(folder, stem, sequences, dtype, tokenizer_name)
    elif fmt == "parquet":
        write_parquet(folder, stem, ids, sequences)
    else:
        raise ValueError(f"unknown export format {fmt!r} ({', '.join(FORMATS)})")


def _write_tokens(out: IO[bytes], sequences: list[np.ndarray], dtype: np.dtype) -> None:
    for seq in sequences:
        out.write(np.ascontiguousarray(seq, dtype=dtype).tobytes())


def write_megatron(folder: Folder, stem: str, sequences: list[np.ndarray], dtype: np.dtype) -> None:
    folder.write(f"{stem}.bin", lambda out: _write_tokens(out, sequences, dtype))
    lengths = np.array([len(s) for s in sequences], dtype=np.int32)
    pointers = np.zeros(len(sequences), dtype=np.int64)
    if len(sequences) > 1:
        pointers[1:] = np.cumsum(lengths[:-1].astype(np.int64)) * dtype.itemsize
    documents = np.arange(len(sequences) + 1, dtype=np.int64)

    def fill(out: IO[bytes]) -> None:
        out.write(MEGATRON_HEADER)
        out.write(struct.pack("<Q", 1))
        out.write(struct.pack("<B", MEGATRON_DTYPE_CODES[dtype]))
        out.write(struct.pack("<Q", len(sequences)))
        out.write(struct.pack("<Q", len(documents)))
        out.write(lengths.tobytes())
        out.write(pointers.tobytes())
        out.write(documents.tobytes())

    folder.write(f"{stem}.idx", fill)


def write_nanotron(folder: Folder, stem: str, sequences: list[np.ndarray], dtype: np.dtype, tokenizer_name: str) -> None:
    folder.write(f"{stem}.ds", lambda out: _write_tokens(out, sequences, dtype))
    ends = np.cumsum([len(s) for s in sequences], dtype=np.uint64) if sequences else np.zeros(0, np.uint64)
    folder.write_bytes(f"{stem}.ds.index", ends.astype("<u8").tobytes())
    total = int(ends[-1]) if len(ends) else 0
    folder.write_bytes(f"{stem}.ds.metadata", f"{tokenizer_name}|{dtype.itemsize}\n{total}".encode())


def write_parquet(folder: Folder, stem: str, ids: list[str], sequences: list[np.ndarray]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    lengths = np.array([len(s) for s in sequences], dtype=np.int32)
    offsets = np.zeros(len(sequences) + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    values = np.concatenate(sequences).astype(np.int32) if sequences else np.zeros(0, np.int32)
    table = pa.table({"id": pa.array(ids, pa.string()),
                      "input_ids": pa.ListArray.from_arrays(pa.array(offsets), pa.array(values)),
                      "n_tokens": pa.array(lengths)})
    folder.write(f"{stem}.parquet", lambda out: pq.write_table(table, out, compression="zstd"))
