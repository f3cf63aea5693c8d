"""Scores know the revision of the text they were computed on: a step that reads them
after an editor changed the text sees them recomputed, and the pipeline says so."""
from __future__ import annotations

import json
import warnings

import pytest

from jinglian import run
from jinglian.recipe import parse_recipe

from helpers import outputs, write_jsonl

ARTICLE = ("国家统计局今天发布数据，全国粮食总产量达到六千九百亿斤，比上年增长百分之零点五。\n"
           "会议强调，要坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长。")

EMPTYING = """
name = "signals-then-empty"
[[steps]]
use = "quality.signals"
[[steps]]
use = "basic.regex_remove"
pattern = '[\\s\\S]'
[[steps]]
use = "quality.too_short"
"""


@pytest.mark.parametrize("between", ["", '[[steps]]\nuse = "minhash.dedup"\n'])
def test_an_editor_that_empties_the_text_after_signals_does_not_fool_too_short(tmp_path, between):
    """Also when a global step cuts the pipeline between the annotator and the editor (the
    stamps travel with the documents carried from one segment to the next)."""
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ARTICLE}])
    recipe = EMPTYING.replace('[[steps]]\nuse = "basic.regex_remove"', between + '[[steps]]\nuse = "basic.regex_remove"')
    assert len(parse_recipe(recipe).segments()) == (2 if between else 1)
    with warnings.catch_warnings(record=True):
        run([str(src)], tmp_path / "out", parse_recipe(recipe), report=False)
    kept, dropped, edits = outputs(tmp_path / "out")
    assert kept == []
    assert [(r["id"], r["reason"], r["text"]) for r in dropped] == [("a", "quality.near_empty", "")]
    assert json.loads(dropped[0]["detail"])["n_chars"] == 0
    # the stored signals describe the text the filter judged, not the text before the editor
    assert json.loads(dropped[0]["scores"])["n_chars"] == 0
    assert "".join(e["removed_text"] for e in edits) == ARTICLE


def test_scores_are_kept_when_the_editor_changed_nothing(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ARTICLE}])
    with warnings.catch_warnings(record=True):
        run([str(src)], tmp_path / "out", parse_recipe(EMPTYING.replace("[\\s\\S]", "(?!)")), report=False)
    kept, dropped, _ = outputs(tmp_path / "out")
    assert [r["id"] for r in kept] == ["a"] and dropped == []
    assert json.loads(kept[0]["scores"])["n_chars"] == len(ARTICLE) - 1  # newline not counted


def test_an_editor_between_an_annotator_and_its_readers_is_warned_about(tmp_path):
    pipeline = parse_recipe(EMPTYING)
    (warning,) = pipeline.warnings()
    assert "quality.too_short" in warning and "basic.regex_remove" in warning and "quality.signals" in warning
    assert warning in pipeline.explain()
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ARTICLE}])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run([str(src)], tmp_path / "out", pipeline, report=False)
    assert any(warning in str(w.message) for w in caught)


def test_no_warning_when_the_editor_comes_first_and_none_for_the_default_recipe():
    from jinglian.recipe import load_recipe

    signals, editor, reader = EMPTYING.split("[[steps]]")[1:]
    assert parse_recipe("[[steps]]".join(["", editor, signals, reader])).warnings() == []
    assert load_recipe("zh-web").warnings() == []
