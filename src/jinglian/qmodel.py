"""A learned quality score: a fastText classifier on character n-grams (DCLM's recipe, for Chinese).

The user brings a reference set of their best data as positives and a random sample of a run as
negatives; `train` fits a supervised fastText model that tells them apart, and the
`quality.model` annotator writes its probability of "positive" on every document.

Chinese has no spaces, so the text is fed to fastText one character per token (white space dropped,
the first `MAX_CHARS` characters); `word_ngrams` then makes character bigrams and trigrams the
features.  Training is reproducible: one thread, a fixed seed, examples in a fixed order shuffled by
that seed, so the same files give the same model bytes.

`fasttext-numpy2` is an optional extra (`pip install 'jinglian[model]'`), imported only here.
"""
from __future__ import annotations

import hashlib
import os
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import JinglianError

POSITIVE = "__label__hq"
NEGATIVE = "__label__lq"
#: characters of a document the model reads (the head carries its kind; predicting costs O(n))
MAX_CHARS = 3000


def model_text(text: str, max_chars: int = MAX_CHARS) -> str:
    """The text as fastText reads it: one token per visible character, one line."""
    chars = [c for c in text if not c.isspace()]
    return " ".join(chars[:max_chars])


def _fasttext():
    try:
        import fasttext
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise JinglianError("the learned quality score needs fastText: pip install 'jinglian[model]' "
                            "(fasttext-numpy2)") from e
    return fasttext


@dataclass(frozen=True)
class TrainOptions:
    """fastText settings; the defaults are small and fast (a few MB model, seconds per 10k docs)."""

    epoch: int = 5
    lr: float = 0.1
    dim: int = 32
    word_ngrams: int = 3
    min_count: int = 2
    bucket: int = 500_000
    seed: int = 1

    def fasttext_args(self) -> dict[str, Any]:
        return {"epoch": self.epoch, "lr": self.lr, "dim": self.dim, "wordNgrams": self.word_ngrams,
                "minCount": self.min_count, "bucket": self.bucket, "seed": self.seed, "thread": 1,
                "minn": 0, "maxn": 0, "loss": "softmax", "verbose": 0}


def train(positives: Iterable[str], negatives: Iterable[str], out: str | Path,
          options: TrainOptions = TrainOptions()) -> dict[str, Any]:
    """Train a model on two lists of texts and save it to `out`; returns a summary with its sha256."""
    examples = [f"{POSITIVE} {model_text(t)}" for t in positives if t.strip()]
    n_pos = len(examples)
    examples += [f"{NEGATIVE} {model_text(t)}" for t in negatives if t.strip()]
    n_neg = len(examples) - n_pos
    if not n_pos or not n_neg:
        raise JinglianError(f"training needs positive and negative texts (got {n_pos} positive, {n_neg} negative)")
    random.Random(options.seed).shuffle(examples)
    fasttext = _fasttext()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".txt", prefix="jinglian-train-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write("\n".join(examples) + "\n")
        model = fasttext.train_supervised(input=tmp, **options.fasttext_args())
    finally:
        os.unlink(tmp)
    model.save_model(str(out))
    return {"model": str(out), "sha256": file_sha256(out), "positives": n_pos, "negatives": n_neg,
            "options": options.fasttext_args()}


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class Model:
    """A loaded model: `score(text)` is the probability that the text is like the positives."""

    def __init__(self, path: str | Path):
        if not Path(path).is_file():
            raise JinglianError(f"{path}: quality model file not found")
        fasttext = _fasttext()
        try:
            self._ft = fasttext.load_model(str(path))
        except ValueError as e:
            raise JinglianError(f"{path}: not a fastText model ({e})") from e
        labels = set(self._ft.get_labels())
        if POSITIVE not in labels:
            raise JinglianError(f"{path}: the model has no {POSITIVE} label (labels: {sorted(labels)})")

    def score(self, text: str) -> float:
        line = model_text(text)
        if not line:
            return 0.0
        labels, probs = self._ft.predict(line, k=2)
        for label, p in zip(labels, probs):
            if label == POSITIVE:
                return round(min(1.0, max(0.0, float(p))), 4)
        return 0.0


def read_texts(paths: list[str], text_field: str = "text") -> Iterator[str]:
    """Texts of every document in `paths` (files or folders jinglian reads: JSONL, Parquet, txt, ...)."""
    from .io.base import ReadFailure, ReadOptions
    from .io.formats import reader_for
    from .io.plan import plan_shards

    shards, _ = plan_shards(paths)
    options = ReadOptions(text_field=text_field)
    for shard in shards:
        for piece in shard.pieces:
            for doc in reader_for(piece.format)(piece, options):
                if not isinstance(doc, ReadFailure) and doc.text:
                    yield doc.text
