"""A pipeline is a value: an ordered list of steps you can inspect before running.

Page steps (a prefilter, then one extractor) run first, wherever a recipe lists them:
they turn web records into documents, at the start of segment 0.  A recipe that names no extractor gets the default one
(`extract.jinglian` with its defaults), which `explain` and the fingerprint include.

It is cut into segments at each global step.  Segment k runs, per shard, the decide
phase of the global step that ended segment k-1 (if any), then its local steps, then the
signature phase of the global step that ends it (if any).  Each cut is a resume point.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field

from .errors import RecipeError
from .step import Annotator, Extractor, GlobalStep, PageFilter, Step


@dataclass(frozen=True)
class Segment:
    index: int
    entry: GlobalStep | None  # decide phase at the start
    steps: tuple[Step, ...]
    exit: GlobalStep | None  # signature phase at the end
    #: (name, annotator) of the annotators up to the end of the segment, to recompute stale scores
    annotators: tuple[tuple[str, Annotator], ...] = ()

    @property
    def is_last(self) -> bool:
        return self.exit is None


@dataclass
class Pipeline:
    steps: list[Step] = field(default_factory=list)
    name: str = "custom"
    description: str = ""
    #: count tokens with this tokenizer (`jinglian.tokens`: a name or a tokenizer.json path); None: off
    tokenizer: str | None = None

    def page_steps(self) -> tuple[Step, ...]:
        """The steps that run on web records (HTML, WARC), the extractor last.

        Raises `RecipeError` when there is more than one extractor or a page filter after it."""
        page, _ = self._split()
        extractors = [i for i, s in enumerate(page) if isinstance(s, Extractor)]
        if len(extractors) > 1 or (extractors and extractors[0] != len(page) - 1):
            raise RecipeError(f"pipeline {self.name}: one extractor, after the page filters "
                              f"(got {', '.join(s.name for s in page)})")
        if not extractors:
            page.append(default_extractor())
        return tuple(page)

    def _split(self) -> tuple[list[Step], list[Step]]:
        """(the page steps, the document steps), each in the listed order."""
        page = [s for s in self.steps if isinstance(s, (PageFilter, Extractor))]
        return page, [s for s in self.steps if not isinstance(s, (PageFilter, Extractor))]

    def segments(self) -> list[Segment]:
        page = self.page_steps()  # segment 0 starts with them (the default extractor too)
        segments: list[Segment] = []
        entry: GlobalStep | None = None
        local: list[Step] = list(page)
        annotators: dict[str, Annotator] = {}
        for step in self._split()[1]:
            if isinstance(step, Annotator):
                annotators[step.name] = step
            if isinstance(step, GlobalStep):
                segments.append(Segment(len(segments), entry, tuple(local), step, tuple(annotators.items())))
                entry, local = step, []
            else:
                local.append(step)
        segments.append(Segment(len(segments), entry, tuple(local), None, tuple(annotators.items())))
        return segments

    def warnings(self) -> list[str]:
        """What in the order of the steps costs work: a step that reads an annotator's
        scores after another step changed the text has them recomputed for each document."""
        out = []
        for i, step in enumerate(self.steps):
            for name in step.reads_scores:
                last = max((j for j in range(i) if self.steps[j].name == name), default=None)
                changers = [s.name for s in self.steps[last + 1:i] if s.changes_text] if last is not None else []
                if changers:
                    out.append(f"{step.name} reads the scores of {name}, but {', '.join(dict.fromkeys(changers))} "
                               f"{'changes' if len(set(changers)) == 1 else 'change'} the text in between: they are "
                               f"recomputed for it; put {name} after {changers[-1]} to compute them once")
        return out

    def to_dict(self) -> dict:
        return {"name": self.name, "description": self.description,
                **({"tokenizer": self.tokenizer} if self.tokenizer else {}),
                "steps": [{"use": s.name, **_plain(s.params())} for s in self.steps]}

    def fingerprint(self) -> str:
        """Changes whenever a step, a parameter or a step's version changes."""
        d = self.to_dict()
        d["versions"] = [getattr(s, "version", "") for s in self.steps]
        extractor = self.page_steps()[-1]
        if extractor not in self.steps:  # the default one: its settings and version count too
            d["default_extractor"] = {"use": extractor.name, "version": extractor.version, **_plain(extractor.params())}
        return hashlib.sha256(json.dumps(d, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]

    def explain(self) -> str:
        lines = [f"pipeline {self.name}: {len(self.steps)} steps in {len(self.segments())} segment(s)"]
        if self.description:
            lines.append(f"  {self.description}")
        segments = self.segments()
        extractor = segments[0].steps[len(self.page_steps()) - 1]
        for seg in segments:
            lines.append(f"segment {seg.index} (per shard, in parallel):")
            if seg.entry is not None:
                lines.append(f"  {'decide':<11}{seg.entry.describe()}  [uses the resolved decisions]")
            for s in seg.steps:
                lines.append(f"  {s.kind:<11}{s.describe()}")
                lines.extend(f"             {d}" for d in s.details())
                if s is extractor and extractor not in self.steps:
                    lines.append("             [the default: the recipe names no extractor; used on HTML and WARC inputs]")
                if s.reasons:
                    lines.append(f"             reasons: {', '.join(s.reasons)}")
            if seg.exit is not None:
                lines.append(f"  {'signature':<11}{seg.exit.describe()}")
                lines.append(f"resolve {seg.exit.name} (once, over all signatures; reasons: {', '.join(seg.exit.reasons)})")
        if self.tokenizer:
            lines.append(f"count tokens ({self.tokenizer}) of every document as it leaves: n_tokens, tokens per step and reason")
        lines.append("write kept/, dropped/, edits/, stats.json, manifest.json, report.html")
        lines.extend(f"warning: {w}" for w in self.warnings())
        return "\n".join(lines)


def default_extractor() -> Extractor:
    from .steps.extract import ExtractJinglian

    return ExtractJinglian()


def _plain(params: dict) -> dict:
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in params.items()}


def step_params(cls: type[Step]) -> list[dataclasses.Field]:
    return list(dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else []
