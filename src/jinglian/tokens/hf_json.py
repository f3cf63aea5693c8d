"""Read a Hugging Face byte-level BPE `tokenizer.json` into what tiktoken needs.

Byte-level BPE stores each token as a string over GPT-2's byte alphabet (a printable stand-in for
each of the 256 bytes) and merges as pairs of such strings, applied lowest-rank first.  tiktoken
stores each token as raw bytes with a rank, and merges the adjacent pair whose concatenation has
the lowest rank.  The two agree when the rank of a merged token is its merge's position, which is
what this module builds; the tests compare ids with Hugging Face's own encoder on random and real
text.  Tokens that no merge produces (and that are not single bytes) cannot come out of Hugging
Face's BPE, so they get no rank.  Added tokens (`<think>`, `<｜end▁of▁sentence｜>`) are recorded as
specials: jinglian encodes raw text with none of them, so they are never matched inside text.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .pattern import Unsupported

# Hugging Face's ByteLevel pre-tokenizer with use_regex=true splits with GPT-2's pattern
GPT2_PATTERN = r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""


@dataclass(frozen=True)
class BpeFile:
    """What a byte-level BPE `tokenizer.json` says, in tiktoken's terms."""

    ranks: dict[bytes, int]                 # token bytes -> rank (= id when ids follow merge order)
    split_patterns: list[str]               # the pre-tokenizer's Split regexes, in order
    nfc: bool                               # the normalizer is NFC (otherwise none)
    specials: dict[str, int]                # added tokens: content -> id
    rank_to_id: list[int] | None = field(default=None)  # only when ids do not follow merge order


@lru_cache(maxsize=1)
def byte_alphabet() -> dict[str, int]:
    """GPT-2's printable stand-in character for each byte -> the byte."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    chars = dict(zip(printable, printable))
    extra = 0
    for b in range(256):
        if b not in chars:
            chars[b] = 256 + extra
            extra += 1
    return {chr(c): b for b, c in chars.items()}


# bump when BpeFile or its construction changes: cached files of an older layout are then ignored
CACHE_VERSION = 1


def read_tokenizer_json(path: str) -> BpeFile:
    """Parse `path`, through a cache keyed by the file's bytes: building the ranks of a large
    vocabulary takes about half a second, which every worker process would otherwise pay."""
    with open(path, "rb") as f:
        raw = f.read()
    cache = _cache_path(hashlib.sha256(raw).hexdigest()[:24])
    try:
        with open(cache, "rb") as f:
            cached = pickle.load(f)
        if isinstance(cached, BpeFile):
            return cached
    except (OSError, pickle.PickleError, EOFError, AttributeError, ValueError):
        pass
    bpe = parse_tokenizer_json(json.loads(raw.decode("utf-8")), where=path)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f"{cache.name}.tmp-{os.getpid()}")
        with open(tmp, "wb") as f:
            pickle.dump(bpe, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:  # a read-only home: parse again next time
        pass
    return bpe


def _cache_path(key: str) -> Path:
    root = os.environ.get("JINGLIAN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "jinglian")
    return Path(root) / "tokenizers" / f"v{CACHE_VERSION}-{key}.pickle"


def parse_tokenizer_json(data: dict, where: str = "tokenizer.json") -> BpeFile:
    model = data.get("model") or {}
    if model.get("type") != "BPE":
        raise Unsupported(f"{where}: model type {model.get('type')!r}, only byte-level BPE is supported")
    for key in ("dropout", "continuing_subword_prefix", "end_of_word_suffix"):
        if model.get(key):
            raise Unsupported(f"{where}: BPE option {key}={model[key]!r} is not supported")
    if model.get("byte_fallback"):
        raise Unsupported(f"{where}: byte_fallback BPE (SentencePiece style) is not byte-level BPE")
    ranks, rank_to_id = _ranks(model, where)
    return BpeFile(
        ranks=ranks,
        split_patterns=_split_patterns(data.get("pre_tokenizer"), where),
        nfc=_is_nfc(data.get("normalizer"), where),
        specials={t["content"]: int(t["id"]) for t in data.get("added_tokens") or []},
        rank_to_id=rank_to_id,
    )


def _ranks(model: dict, where: str) -> tuple[dict[bytes, int], list[int] | None]:
    alphabet = byte_alphabet()
    vocab: dict[str, int] = model["vocab"]

    def to_bytes(token: str) -> bytes:
        try:
            return bytes(alphabet[c] for c in token)
        except KeyError:
            raise Unsupported(f"{where}: token {token!r} is not over the byte-level alphabet") from None

    single = {}
    for char, byte in alphabet.items():
        if char not in vocab:
            raise Unsupported(f"{where}: byte {byte} has no token, so this is not byte-level BPE")
        single[bytes([byte])] = vocab[char]
    merged: dict[bytes, int] = {}
    for merge in model.get("merges") or []:
        left, right = merge.split(" ") if isinstance(merge, str) else merge
        token = left + right
        if token not in vocab:
            raise Unsupported(f"{where}: merge {left!r} + {right!r} gives {token!r}, which is not in the vocabulary")
        merged.setdefault(to_bytes(token), vocab[token])  # the first merge that makes a token wins
    merged_ids = list(merged.values())
    ids_follow_merges = all(a < b for a, b in zip(merged_ids, merged_ids[1:])) and (
        not merged_ids or max(single.values()) < merged_ids[0])
    if ids_follow_merges:
        return {**single, **merged}, None
    # ranks must follow merge order for tiktoken: number them so, and map back to ids after encoding
    order = sorted(single.items(), key=lambda kv: kv[1]) + list(merged.items())
    return {b: rank for rank, (b, _) in enumerate(order)}, [i for _, i in order]


def _split_patterns(pre: dict | None, where: str) -> list[str]:
    steps = (pre.get("pretokenizers") if pre and pre.get("type") == "Sequence" else [pre]) if pre else []
    patterns: list[str] = []
    byte_level = False
    for step in steps:
        kind = step.get("type")
        if kind == "Split":
            if step.get("behavior") != "Isolated" or step.get("invert"):
                raise Unsupported(f"{where}: Split behaviour {step.get('behavior')!r} (invert={step.get('invert')}) "
                                  "is not supported, only Isolated")
            pat = step["pattern"]
            patterns.append(pat["Regex"] if "Regex" in pat else _escape(pat["String"]))
        elif kind == "ByteLevel":
            if step.get("add_prefix_space"):
                raise Unsupported(f"{where}: ByteLevel add_prefix_space=true is not supported")
            if step.get("use_regex", True):
                patterns.append(GPT2_PATTERN)
            byte_level = True
        else:
            raise Unsupported(f"{where}: pre-tokenizer {kind!r} is not supported")
    if not byte_level:
        raise Unsupported(f"{where}: no ByteLevel pre-tokenizer, so this is not byte-level BPE")
    if not patterns:
        raise Unsupported(f"{where}: no split pattern")
    return patterns


def _escape(literal: str) -> str:
    import regex
    return regex.escape(literal)


def _is_nfc(norm: dict | None, where: str) -> bool:
    steps = (norm.get("normalizers") if norm.get("type") == "Sequence" else [norm]) if norm else []
    kinds = [s.get("type") for s in steps]
    if kinds == []:
        return False
    if kinds == ["NFC"]:
        return True
    raise Unsupported(f"{where}: normalizer {kinds} is not supported (only none or NFC)")
