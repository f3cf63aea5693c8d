"""Inputs and outputs on an object store: the same run over s3:// gives the same bytes.

An S3 server (moto) runs in this process on the loopback address; pyarrow's own S3
client talks to it, exactly as it would to AWS or MinIO.  No network is used.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.fs as pafs
import pytest

from jinglian.executors import LocalExecutor
from jinglian.io.fs import Folder
from jinglian.runner import run

from helpers import s3_server, upload

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "zh-web"
TABLES = ("kept", "dropped", "edits")


@pytest.fixture(scope="module")
def s3():
    """(function making an s3:// URI for a key, the pyarrow filesystem) of a fresh bucket."""
    with s3_server() as server:
        yield server


def _upload(fs, local: Path, key: str) -> None:
    upload(fs, local, f"bkt/{key}")


def _tables(folder: Folder) -> dict[str, bytes]:
    return {rel: folder.read_bytes(rel) for t in TABLES for rel in folder.files(t)}


def test_a_run_from_s3_to_s3_matches_the_local_run_byte_for_byte(s3, tmp_path):
    uri, fs = s3
    _upload(fs, SAMPLE, "in/zh-web")
    local_in = tmp_path / "zh-web"
    shutil.copytree(SAMPLE, local_in)

    local = run([str(local_in)], tmp_path / "local", executor=LocalExecutor(2))
    remote = run([uri("in/zh-web")], uri("runs/one"), executor=LocalExecutor(2), work_dir=tmp_path / "work")

    assert remote.documents_in == local.documents_in > 30
    assert remote.documents_kept == local.documents_kept and remote.bytes_in == local.bytes_in
    out = Folder(uri("runs/one"))
    got, want = _tables(out), _tables(Folder(tmp_path / "local"))
    assert sorted(got) == sorted(want) and got == want
    assert out.exists("stats.json") and out.exists("manifest.json") and out.exists("report.html")
    manifest = Folder(uri("runs/one")).read_text("manifest.json")
    assert "s3://bkt/in/zh-web/docs.jsonl" in manifest
    # nothing temporary is left behind, in the bucket or the work folder
    assert not [i.path for i in fs.get_file_info(pafs.FileSelector("bkt/runs", recursive=True)) if ".tmp-" in i.path]
    assert not list((tmp_path / "work").rglob("*.tmp-*"))


def test_resume_on_s3_redoes_only_the_unfinished_shard(s3, tmp_path):
    uri, fs = s3
    _upload(fs, SAMPLE / "pages", "in2/pages")
    first = run([uri("in2/pages")], uri("runs/two"), executor=LocalExecutor(1), work_dir=tmp_path / "w", keep_work=True)
    out = Folder(uri("runs/two"))
    before = _tables(out)
    # interrupt the last segment: its output and its completion marker are gone
    last = max(p.parent.parent.name for p in (tmp_path / "w").glob("seg*/done/part-00000.json"))
    (tmp_path / "w" / last / "done" / "part-00000.json").unlink()
    out.remove("kept/part-00000.parquet")
    untouched = {i.path: i.mtime for i in fs.get_file_info(pafs.FileSelector("bkt/runs/two/dropped"))}
    again = run([uri("in2/pages")], uri("runs/two"), executor=LocalExecutor(1), work_dir=tmp_path / "w", resume=True)
    assert _tables(out) == before
    assert {i.path: i.mtime for i in fs.get_file_info(pafs.FileSelector("bkt/runs/two/dropped"))} == untouched
    assert again.documents_in == first.documents_in == 3 and again.documents_kept == first.documents_kept
    with pytest.raises(Exception, match="not empty"):
        run([uri("in2/pages")], uri("runs/two"), work_dir=tmp_path / "w")


def test_cli_reads_and_traces_a_run_on_s3_and_names_a_missing_input(s3, tmp_path):
    uri, fs = s3
    _upload(fs, SAMPLE / "pages", "in3/pages")
    cli = [sys.executable, "-m", "jinglian"]
    done = subprocess.run(cli + ["run", uri("in3/pages"), "-o", uri("runs/three"), "--workers", "1", "--quiet",
                                 "--work-dir", str(tmp_path / "w")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    shown = subprocess.run(cli + ["trace", uri("runs/three"), "pages/seed-000.txt"], capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert "pages/seed-000.txt" in shown.stdout and "lines." in shown.stdout  # its removed lines, with reasons

    missing = subprocess.run(cli + ["run", uri("nowhere/docs.jsonl"), "-o", str(tmp_path / "o"), "--quiet"],
                             capture_output=True, text=True)
    assert missing.returncode == 2
    assert "nowhere/docs.jsonl" in missing.stderr and "no such file" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_any_fsspec_filesystem_works_too(tmp_path):
    """Schemes pyarrow lacks go through fsspec (here its in-memory filesystem, inline)."""
    import fsspec

    memory = fsspec.filesystem("memory")
    memory.pipe("/fsspec-in/pages/seed-000.txt", (SAMPLE / "pages" / "seed-000.txt").read_bytes())
    result = run(["memory://fsspec-in/pages"], "memory://fsspec-out")
    out = Folder("memory://fsspec-out")
    assert result.documents_in == 1
    assert set(out.files("")) == {"manifest.json", "report.html", "stats.json"}
    kept = _tables(out)
    local = run([str(SAMPLE / "pages" / "seed-000.txt")], tmp_path / "local")
    assert result.documents_kept == local.documents_kept == 1
    assert list(kept) == ["kept/part-00000.parquet"] + [k for k in kept if k != "kept/part-00000.parquet"]


def test_jsonl_outputs_and_the_report_on_a_remote_folder():
    """JSONL tables are streamed from the remote folder, and the report's URI names it once."""
    import fsspec

    from jinglian.rundir import RunDir
    from jinglian.report import build_report

    fsspec.filesystem("memory").pipe("/jsonl-in/pages/seed-001.txt", (SAMPLE / "pages" / "seed-001.txt").read_bytes())
    run(["memory://jsonl-in/pages"], "memory://jsonl-out", fmt="jsonl", report=False)
    rd = RunDir.open("memory://jsonl-out")
    kept, edits = list(rd.rows("kept")), list(rd.rows("edits"))
    assert [r["id"] for r in kept] == ["pages/seed-001.txt"] and edits
    assert {r["id"] for r in edits} == {"pages/seed-001.txt"}
    assert build_report("memory://jsonl-out") == "memory://jsonl-out/report.html"
    assert "seed-001" in Folder("memory://jsonl-out").read_text("report.html")
