"""The learned quality score as steps: `quality.model` writes a fastText model's score on every
document, `quality.model_filter` keeps documents whose score reaches a threshold and
`quality.model_top` the top share of the run by that score (a percentile over the corpus).

The model is a file the recipe names (`jinglian quality train` makes one, see `jinglian.qmodel`).
The step's `version` is the file's sha256, so the recipe fingerprint changes when the model does;
`sha256` in the recipe pins the file (the run fails before any work when it differs).  Not in
zh-web: the project ships no model (see README, "A learned quality score").
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from ..document import Document, Drop
from ..errors import RecipeError, StepError
from ..step import Annotator, Filter, GlobalStep


def _model_hash(path: str, pinned: str) -> str:
    from ..qmodel import file_sha256

    try:
        digest = file_sha256(path)
    except OSError as e:
        raise RecipeError(f"{path}: quality model file cannot be read ({e.strerror or e})") from e
    if pinned and digest != pinned:
        raise RecipeError(f"{path}: the model's sha256 is {digest}, the recipe pins {pinned}")
    return digest


@dataclass
class ModelScore(Annotator):
    """Store `quality_model`, a fastText model's probability that the document is like the
    positives it was trained on (`jinglian quality train`); `quality.signals` folds it into `quality`
    when this step runs first."""

    name: ClassVar[str] = "quality.model"
    reasons: ClassVar[dict[str, str]] = {}
    #: path of the model file (`jinglian quality train -o MODEL`)
    model: str = ""
    #: the model file's sha256 ("" = not pinned); the fingerprint covers the hash either way
    sha256: str = ""

    def __post_init__(self) -> None:
        if not self.model:
            raise RecipeError("quality.model: `model` must name a model file (jinglian quality train -o MODEL)")

    @property
    def version(self) -> str:
        if "_digest" not in self.__dict__:
            self.__dict__["_digest"] = _model_hash(self.model, self.sha256)
        return self.__dict__["_digest"]

    def setup(self) -> None:
        from ..qmodel import Model

        self.version  # noqa: B018 - checks the pinned hash before the first document
        self._model = Model(self.model)

    def annotate(self, doc: Document) -> dict[str, Any]:
        self.ensure_setup()
        return {"quality_model": self._model.score(doc.text)}


@dataclass
class ModelFilter(Filter):
    """Drop documents whose `quality_model` score is below `min_score` (`quality.model` must run
    first).  Choose the threshold for the share you want to keep from a run's score distribution,
    e.g. with `jinglian quality eval` (precision at the keep rate) or the report."""

    name: ClassVar[str] = "quality.model_filter"
    reads_scores: ClassVar[tuple[str, ...]] = ("quality.model",)
    reasons: ClassVar[dict[str, str]] = {
        "quality.model_low": "the learned quality score is below the recipe's threshold",
    }
    min_score: float = 0.5

    def filter(self, doc: Document) -> Drop | None:
        score = doc.scores.get("quality_model")
        if score is None:
            raise StepError("quality.model_filter needs quality.model before it in the recipe")
        if score < self.min_score:
            return Drop("quality.model_low", {"quality_model": score, "min_score": self.min_score})
        return None


@dataclass
class ModelTopShare(GlobalStep):
    """Keep the top `keep_share` of the documents by `quality_model` (a percentile, over the whole
    corpus of the run): signature = each document's score, resolve = the cutoff score, decide =
    drop the documents below it.  Documents that tie with the cutoff are all kept, so the kept
    share can be a little above `keep_share`.  `quality.model` must run before it."""

    name: ClassVar[str] = "quality.model_top"
    reads_scores: ClassVar[tuple[str, ...]] = ("quality.model",)
    changes_text: ClassVar[bool] = False  # it only drops
    reasons: ClassVar[dict[str, str]] = {
        "quality.model_below_share": "the learned quality score is below the cutoff that keeps the top keep_share of the run",
    }
    #: share of the documents reaching this step to keep (0 < keep_share <= 1)
    keep_share: float = 0.5

    def __post_init__(self) -> None:
        if not 0 < self.keep_share <= 1:
            raise RecipeError(f"quality.model_top: keep_share must be in (0, 1], got {self.keep_share}")

    def signature(self, doc: Document) -> dict[str, Any] | None:
        score = doc.scores.get("quality_model")
        if score is None:
            raise StepError("quality.model_top needs quality.model before it in the recipe")
        return {"score": float(score)}

    def resolve(self, signature_paths: list[str], workdir: str, executor: Any) -> dict[str, Any]:
        import pyarrow.parquet as pq

        scores = [pq.read_table(p, columns=["score"]).column("score").to_numpy() for p in signature_paths]
        allv = np.sort(np.concatenate(scores)) if scores else np.zeros(0)
        if len(allv):
            keep = max(1, int(np.ceil(self.keep_share * len(allv))))
            cutoff = float(allv[len(allv) - keep])
        else:
            cutoff = 0.0
        path = Path(workdir) / "model-cutoff.json"
        path.write_text(json.dumps({"cutoff": cutoff, "documents": int(len(allv))}))
        return {"cutoff": cutoff, "documents": int(len(allv))}

    def load(self, workdir: str) -> Any:
        return json.loads((Path(workdir) / "model-cutoff.json").read_text())["cutoff"]

    def decide(self, doc: Document, decisions: Any) -> Drop | None:
        score = doc.scores.get("quality_model", 0.0)
        if score < decisions:
            return Drop("quality.model_below_share", {"quality_model": score, "cutoff": decisions,
                                                      "keep_share": self.keep_share})
        return None


STEPS = [ModelScore, ModelFilter, ModelTopShare]
