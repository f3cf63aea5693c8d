"""Quality gate: the zh-web recipe must keep meeting pinned floors on the repository's own labelled sets.

What it measures. jinglian's default recipe runs (Python API, inline executor) on each set named in
tests/quality_floors.json, `tests/data/<name>/input`, and `jinglian score` (`jinglian.score.score_run`)
scores the run against `tests/data/<name>/labels/lines.jsonl.gz` and, when present, `docs.jsonl.gz`:
  - gate:  about 170 pages built by jinglian's own generator (jinglian.testing.noisy) from the 75
           annotated magic-html-zh pages with templates written for it (tests/data/templates/gate.json):
           cleaning (content, noise, PII, junk, good pages lost) and deduplication (reposts in the
           other script, cut short, re-chromed: pairs found, precision, one survivor per cluster);
  - pages: three hand-made pages in the manner of saved crawl text (a traditional copy, a truncated
           simplified copy after a foreign fragment, a local portal page with a telephone number).
Each score must meet its floor ("min" for rates that should be high, "max" for the rate of good pages
lost), and no labelled PII may survive, ever (not a floor: always 0).  See tests/data/README.md for
how the sets were built; adding a set is a folder there plus its floors here.

How floors move (the ratchet). tests/quality_floors_record.json holds the strictest floors ever
pinned. test_floors_not_lowered fails when a floor in quality_floors.json is looser than the
record, so a floor cannot be lowered by editing one number. To raise floors: edit
quality_floors.json, then `python tests/test_quality_gate.py --pin` tightens the record to match.
To lower one on purpose: run `JINGLIAN_ALLOW_LOWER_FLOORS=1 python tests/test_quality_gate.py --pin
--because "why"`; that loosens the record and appends the reason to its `lowered` log, both of
which show in review. Without the flag --pin refuses to loosen anything, and with the flag set in
the environment the test accepts floors below the record (for local experiments).
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from pathlib import Path

import pytest

from testdata import LabelledSet

FLOORS = Path(__file__).with_name("quality_floors.json")
RECORD = Path(__file__).with_name("quality_floors_record.json")
ALLOW_LOWER = "JINGLIAN_ALLOW_LOWER_FLOORS"


def _gated_sets() -> list[str]:
    return [name for name in json.loads(FLOORS.read_text(encoding="utf-8")) if not name.startswith("_")]


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, dict]:
    import jinglian
    from jinglian.score import score_run

    root = tmp_path_factory.mktemp("gate")
    out = {}
    for name in _gated_sets():
        data = LabelledSet(name)
        assert data.input.is_dir(), f"quality gate set {name!r} has no {data.input}"
        jinglian.run([str(data.input)], root / name, jinglian.load_recipe("zh-web"),
                     executor=jinglian.InlineExecutor(), report=False)
        out[name] = score_run(root / name, data.lines, data.docs)
    return out


def _floor_cases() -> list[tuple[str, str, str, float]]:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    return [(ds, metric, bound, value) for ds, metrics in floors.items() if not ds.startswith("_")
            for metric, limits in metrics.items() for bound, value in limits.items()]


@pytest.mark.parametrize("dataset,metric,bound,value", _floor_cases(),
                         ids=[f"{d}-{m}" for d, m, _, _ in _floor_cases()])
def test_score_meets_floor(scores, dataset, metric, bound, value):
    got = scores[dataset][metric]
    assert got is not None, f"{dataset}: scorer returned no {metric}"
    if bound == "min":
        assert got >= value, f"{dataset} {metric} = {got}, below its floor {value} ({scores[dataset]['by_label']})"
    else:
        assert got <= value, f"{dataset} {metric} = {got}, above its ceiling {value}"


@pytest.mark.parametrize("dataset", _gated_sets())
def test_no_pii_leaks_and_every_document_accounted_for(scores, dataset):
    s = scores[dataset]
    assert s["pii_labelled"] > 0, f"{dataset}: no labelled PII to check"
    assert s["pii_leaked"] == 0, f"{dataset}: {s['pii_leaked']} of {s['pii_labelled']} labelled PII strings survived"
    assert s["labeled_documents_missing_from_output"] == 0
    assert s["documents_in_both_kept_and_dropped"] == 0


def _looser(bound: str, new: float, old: float) -> bool:
    return new < old if bound == "min" else new > old


def looser_than_record(floors: dict, record: dict) -> list[str]:
    out = []
    for ds, metrics in record.get("floors", {}).items():
        for metric, limits in metrics.items():
            for bound, old in limits.items():
                new = floors.get(ds, {}).get(metric, {}).get(bound)
                if new is None or _looser(bound, new, old):
                    out.append(f"{ds}.{metric}.{bound}: {new} is looser than the recorded {old}")
    return out


def test_floors_not_lowered():
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    record = json.loads(RECORD.read_text(encoding="utf-8"))
    problems = looser_than_record(floors, record)
    if problems and os.environ.get(ALLOW_LOWER) != "1":
        pytest.fail("floors lowered without the explicit flag:\n  " + "\n  ".join(problems)
                    + f"\nTo lower on purpose: {ALLOW_LOWER}=1 python tests/test_quality_gate.py --pin --because '...'")
    for entry in record.get("lowered", []):
        assert entry.get("because", "").strip(), f"a lowering in {RECORD.name} carries no reason: {entry}"


def test_ratchet_flags_only_looser_floors():
    record = {"floors": {"devset": {"content_lines_kept": {"min": 0.9}, "good_documents_wrongly_rejected": {"max": 0.01}}}}
    tighter = {"devset": {"content_lines_kept": {"min": 0.95}, "good_documents_wrongly_rejected": {"max": 0.0}}}
    looser = {"devset": {"content_lines_kept": {"min": 0.85}, "good_documents_wrongly_rejected": {"max": 0.02}}}
    dropped = {"devset": {"content_lines_kept": {"min": 0.95}}}
    assert looser_than_record(tighter, record) == []
    assert len(looser_than_record(looser, record)) == 2
    assert looser_than_record(dropped, record) == [
        "devset.good_documents_wrongly_rejected.max: None is looser than the recorded 0.01"]


def pin(because: str | None) -> None:
    """Make the record match quality_floors.json: tighten freely, loosen only with the flag and a reason."""
    floors = {k: v for k, v in json.loads(FLOORS.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    record = json.loads(RECORD.read_text(encoding="utf-8")) if RECORD.exists() else {"floors": {}, "lowered": []}
    problems = looser_than_record(floors, record)
    if problems:
        if os.environ.get(ALLOW_LOWER) != "1" or not because:
            sys.exit("refusing to loosen the record:\n  " + "\n  ".join(problems)
                     + f"\nset {ALLOW_LOWER}=1 and give --because to do it on purpose")
        record.setdefault("lowered", []).append(
            {"date": datetime.date.today().isoformat(), "changes": problems, "because": because})
    record["floors"] = floors
    RECORD.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"pinned {RECORD}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Pin tests/quality_floors.json into the ratchet record.")
    ap.add_argument("--pin", action="store_true", required=True)
    ap.add_argument("--because", help="required when loosening a floor")
    pin(ap.parse_args().because)
