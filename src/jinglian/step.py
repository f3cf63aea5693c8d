"""The step kinds.  A step looks at one document; it never iterates, writes or routes.

One job per kind, so the runner can account for every character:

- `Filter.filter(doc)`      -> `Drop` (or a declared reason string) to drop, `None` to keep
- `Editor.edit(doc)`        -> spans to remove, each with a declared reason
- `Normalizer.normalize(t)` -> rewritten text; deterministic and idempotent
- `Annotator.annotate(doc)` -> scores stored on the document (kept or dropped)
- `PageFilter.filter_page(page)` -> on a web record before extraction: `Drop` to skip it
  (its id and URL are recorded, not its bytes), `None` to extract it
- `Extractor.extract(page)` -> a web record (`RawPage`) becomes a `Document`, or a `Drop`
  (bad data: its bytes are kept); page steps come first in a recipe
- `GlobalStep`              -> corpus-wide work in three phases linked by id:
  `signature(doc)` per shard, `resolve(...)` once over all signatures, `decide(doc, decisions)` per shard.

Steps are dataclasses: their fields are the recipe parameters.  Heavy resources are loaded
in `setup()` into attributes whose names start with `_`; those are not pickled, so the
same step object travels to any executor and sets itself up again there.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from .document import Document, Drop, Span

if TYPE_CHECKING:
    from .executors import Executor
    from .io.base import RawPage


class Step:
    """Base of every step.  Subclasses are `@dataclass`es that set `name` and `reasons`."""

    name: ClassVar[str] = ""
    kind: ClassVar[str] = ""
    #: reason -> one-line description; every reason a step emits must be declared here
    reasons: ClassVar[dict[str, str]] = {}
    #: annotators whose scores this step reads: the runner recomputes them first when the
    #: text changed since they were stored, and `Pipeline.warnings` names what changed it
    reads_scores: ClassVar[tuple[str, ...]] = ()
    #: whether the step can change the text (editors, normalizers, most global steps)
    changes_text: ClassVar[bool] = False

    def setup(self) -> None:
        """Load heavy resources (models, lexicons); called once per process before first use."""

    def ensure_setup(self) -> None:
        if not self.__dict__.get("_is_set_up"):
            self.setup()
            self.__dict__["_is_set_up"] = True

    @property
    def error_reason(self) -> str:
        return f"{self.name}.error"

    def params(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)} if dataclasses.is_dataclass(self) else {}

    def describe(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.params().items())
        return f"{self.name}({args})"

    def details(self) -> list[str]:
        """Lines `jinglian explain` prints under the step: the policy its parameters do not
        show (the order of a rule list, for one)."""
        return []

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


class Filter(Step):
    kind: ClassVar[str] = "filter"

    def filter(self, doc: Document) -> Drop | str | None:
        raise NotImplementedError


class Editor(Step):
    kind: ClassVar[str] = "editor"
    changes_text: ClassVar[bool] = True

    def edit(self, doc: Document) -> list[Span]:
        raise NotImplementedError


class Normalizer(Step):
    kind: ClassVar[str] = "normalizer"
    changes_text: ClassVar[bool] = True
    #: bump when the output of `normalize` changes for some input
    version: ClassVar[str] = "1"

    def normalize(self, text: str) -> str:
        raise NotImplementedError


class Annotator(Step):
    kind: ClassVar[str] = "annotator"

    def annotate(self, doc: Document) -> dict[str, Any]:
        raise NotImplementedError


class PageFilter(Step):
    """Decides on a web record before it is extracted (cheap evidence only)."""

    kind: ClassVar[str] = "prefilter"

    def filter_page(self, page: RawPage) -> Drop | str | None:
        raise NotImplementedError


class Extractor(Step):
    """Turns a web record into a document: decoding and main-content extraction."""

    kind: ClassVar[str] = "extractor"
    #: bump when the output for some page changes (the recipe fingerprint covers it)
    version: ClassVar[str] = "1"

    def extract(self, page: RawPage) -> Document | Drop:
        raise NotImplementedError


PAGE_STEPS = (PageFilter, Extractor)


class GlobalStep(Step):
    """Corpus-wide work (deduplication, learned boilerplate).

    The runner cuts the pipeline at each global step.  Before the cut it calls
    `signature(doc)` on every surviving document and stores the returned columns (plus
    `id`) in one Parquet file per shard.  Then it calls `resolve(...)` once, which may
    fan work out with `executor.map` and must leave its decisions under `workdir`.  After
    the cut, each shard process calls `load(workdir)` once and `decide(doc, decisions)`
    per document, which may drop the document or remove spans.

    Memory is bounded by the record, not the corpus: a step whose decisions grow with the
    corpus sets `decisions_per_shard` and writes them partitioned by shard.  Each signature
    file is named after its shard (`shard_of_signatures`), and the documents a shard task
    decides on after the cut are those that shard signed before it, so the runner then calls
    `load(workdir, shard)` with the shard's name and the step loads that shard's part only
    (`load(workdir)` without a shard still loads every part).
    """

    kind: ClassVar[str] = "global"
    changes_text: ClassVar[bool] = True  # `decide` may return spans; a step that only drops says False
    #: `load(workdir, shard)` loads the decisions about that shard's documents only
    decisions_per_shard: ClassVar[bool] = False

    def signature(self, doc: Document) -> dict[str, Any] | None:
        raise NotImplementedError

    def resolve(self, signature_paths: list[str], workdir: str, executor: Executor) -> dict[str, Any]:
        """Compute decisions from all signatures; returns a small JSON summary for stats."""
        raise NotImplementedError

    def load(self, workdir: str, shard: str | None = None) -> Any:
        """The decisions `decide` reads: about every document, or (`decisions_per_shard`)
        about the documents of `shard` alone."""
        raise NotImplementedError

    def decide(self, doc: Document, decisions: Any) -> Drop | list[Span] | None:
        raise NotImplementedError


def shard_of_signatures(path: str) -> str:
    """The shard whose documents a signature file holds: the file is named after it."""
    return Path(path).name.split(".")[0]
