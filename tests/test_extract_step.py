"""Extraction belongs to the recipe: its settings are parameters that `explain --toml`
writes, the fingerprint covers them (a changed extractor cannot be resumed into an older
run), and its drops are filed under its own name, not under `read`."""
from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from jinglian import RunDirectoryError
from jinglian.errors import RecipeError
from jinglian.extract import ContentParams
from jinglian.pipeline import Pipeline
from jinglian.recipe import load_recipe, parse_recipe, to_toml
from jinglian.runner import run
from jinglian.steps.basic import MinChars
from jinglian.steps.extract import ExtractJinglian
from jinglian.steps.prefilter import LanguagePrefilter

from helpers import outputs

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def test_every_scoring_constant_is_a_recipe_parameter():
    params = ExtractJinglian().params()
    for f in dataclasses.fields(ContentParams):
        assert params[f.name] == getattr(ContentParams(), f.name)
    options = ExtractJinglian(link_share=0.4, timeout=3.0).options()
    assert options.params.link_share == 0.4 and options.timeout == 3.0


def test_zh_web_writes_its_extraction_settings_and_reads_them_back():
    zh_web = load_recipe("zh-web")
    toml = to_toml(zh_web)
    assert 'use = "prefilter.language"' in toml and 'use = "extract.jinglian"' in toml
    assert "timeout = 10.0" in toml and "link_share = 0.5" in toml
    again = parse_recipe(toml)
    assert again.fingerprint() == zh_web.fingerprint()
    changed = parse_recipe(toml.replace("timeout = 10.0", "timeout = 20.0"))
    assert changed.fingerprint() != zh_web.fingerprint()


def test_the_default_extractor_is_explained_and_fingerprinted(monkeypatch):
    plain = Pipeline([MinChars()])
    assert "extract.jinglian(" in plain.explain() and "the default" in plain.explain()
    before = plain.fingerprint()
    monkeypatch.setattr(ExtractJinglian, "version", "test-next")
    assert plain.fingerprint() != before  # a new extractor version is a new recipe
    assert Pipeline([ExtractJinglian(), MinChars()]).fingerprint() != before


def test_page_steps_run_first_and_the_extractor_last_among_them():
    [seg] = Pipeline([MinChars(), LanguagePrefilter(), ExtractJinglian()]).segments()
    assert [s.name for s in seg.steps] == ["prefilter.language", "extract.jinglian", "basic.min_chars"]
    with pytest.raises(RecipeError, match="one extractor, after the page filters"):
        Pipeline([ExtractJinglian(), LanguagePrefilter()]).segments()
    with pytest.raises(RecipeError, match="one extractor"):
        parse_recipe('[[steps]]\nuse = "extract.jinglian"\n[[steps]]\nuse = "extract.jinglian"\n').segments()


def test_resume_after_an_extractor_change_is_refused(tmp_path):
    shutil.copytree(FIXTURES, tmp_path / "in")
    out = tmp_path / "out"
    run([str(tmp_path / "in")], out, Pipeline([ExtractJinglian()]), report=False)
    with pytest.raises(RunDirectoryError, match="pipeline fingerprint differs"):
        run([str(tmp_path / "in")], out, Pipeline([ExtractJinglian(long_weight=0.5)]), resume=True, report=False)


def test_extraction_drops_and_settings_are_the_extractors(tmp_path):
    shutil.copytree(FIXTURES, tmp_path / "in")
    result = run([str(tmp_path / "in")], tmp_path / "out", Pipeline([ExtractJinglian(metadata=False)]), report=False)
    kept, dropped, _ = outputs(tmp_path / "out")
    steps = {s.step: s for s in result.steps}
    assert not steps["read"].dropped
    assert dict(steps["extract.jinglian"].dropped) == {"extract.jinglian.empty": 1}  # navigation_only.html
    [empty] = [d for d in dropped if d["reason"] == "extract.jinglian.empty"]
    assert empty["step"] == "extract.jinglian" and empty["raw"]  # bad data keeps its bytes
    assert kept and all('"title"' not in k["meta"] for k in kept)  # metadata = false reached the extractor
