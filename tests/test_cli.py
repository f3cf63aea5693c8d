"""The command line: thin over the API, clear one-line errors without tracebacks."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from jinglian.cli import main

from helpers import outputs, write_jsonl

DOCS = [{"id": "a", "text": "第一篇。\n电话：2023"}, {"id": "b", "text": "短"}]


def _recipe(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "r.toml"
    p.write_text('name = "t"\n' + body, encoding="utf-8")
    return p


def test_unknown_step_or_key_fails_before_work_with_a_hint(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", DOCS)
    bad_step = _recipe(tmp_path, '[[steps]]\nuse = "basic.min_char"\n')
    assert main(["run", str(src), "-o", str(tmp_path / "o"), "--recipe", str(bad_step), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "unknown step 'basic.min_char'" in err and "did you mean 'basic.min_chars'" in err
    assert "Traceback" not in err and not (tmp_path / "o").exists()
    bad_key = _recipe(tmp_path, '[[steps]]\nuse = "basic.min_chars"\nmin_char = 3\n')
    assert main(["run", str(src), "-o", str(tmp_path / "o"), "--recipe", str(bad_key)]) == 2
    err = capsys.readouterr().err
    assert "has no parameter 'min_char'" in err and "did you mean 'min_chars'" in err
    bad_type = _recipe(tmp_path, '[[steps]]\nuse = "basic.min_chars"\nmin_chars = "3"\n')
    assert main(["explain", str(bad_type)]) == 2
    assert "min_chars must be int" in capsys.readouterr().err
    assert main(["explain", "zh-wbe"]) == 2
    assert "did you mean 'zh-web'" in capsys.readouterr().err
    assert main(["run", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o")]) == 2
    assert "missing.jsonl: no such file or directory" in capsys.readouterr().err


def test_run_trace_sample_and_steps(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", DOCS)
    recipe = _recipe(tmp_path, '[[steps]]\nuse = "basic.regex_remove"\npattern = "电话：\\\\d+"\n'
                               '[[steps]]\nuse = "basic.min_chars"\nmin_chars = 3\n')
    out = tmp_path / "out"
    assert main(["run", str(src), "-o", str(out), "--recipe", str(recipe), "--workers", "1", "--no-report"]) == 0
    summary = capsys.readouterr().out
    assert "kept" in summary and "basic.too_short" in summary and "docs/s" in summary
    kept, dropped, edits = outputs(out)
    assert [r["text"] for r in kept] == ["第一篇。\n"] and dropped[0]["reason"] == "basic.too_short"
    assert main(["trace", str(out), "a"]) == 0
    story = capsys.readouterr().out
    assert "basic.regex" in story and "电话：2023" in story and "KEPT" in story
    assert main(["trace", str(out), "b"]) == 0
    assert "DROPPED  by basic.min_chars: basic.too_short" in capsys.readouterr().out
    assert main(["trace", str(out), "zzz"]) == 2
    assert main(["sample", str(out), "--reason", "basic.regex"]) == 0
    assert "电话：2023" in capsys.readouterr().out
    assert main(["steps"]) == 0
    listing = capsys.readouterr().out
    assert "basic.min_chars" in listing and "-> basic.too_short" in listing
    assert main(["explain", str(recipe)]) == 0
    assert "segment 0" in capsys.readouterr().out
    assert main(["explain", str(recipe), "--toml"]) == 0
    toml = capsys.readouterr().out
    from jinglian import parse_recipe

    assert [s.name for s in parse_recipe(toml).steps] == ["basic.regex_remove", "basic.min_chars"]


def test_console_script_runs_the_default_recipe(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", DOCS)
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "jinglian", "run", str(src), "-o", str(out), "--quiet"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["recipe"]["name"] == "zh-web" and manifest["status"] == "complete"
