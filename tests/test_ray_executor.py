"""On a local Ray (2 CPUs) the same recipe gives the local executor's bytes; lost work is
retried a bounded number of times; bad code is raised as itself and never retried.

One Ray is started for the whole module (its start-up costs seconds on a 2-core machine).
The helper functions below run in Ray workers, which find this folder on the PYTHONPATH
they inherit.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest

from jinglian import Annotator, Document, LocalExecutor, Pipeline, ShardFailed, StepError, load_recipe, run
from jinglian.executors.ray import RayExecutor
from jinglian.io.fs import Folder

from helpers import digest, outputs, s3_server, upload

TESTS = Path(__file__).resolve().parent
SAMPLE = TESTS.parent / "samples" / "zh-web"
SHARD_BYTES = 20_000  # cuts the sample into six shards


# --- functions and a step that run inside Ray workers ----------------------------------

def _attempt(log: str) -> int:
    """Record one attempt in `log`; return how many attempts there were, this one included."""
    with open(log, "a") as f:
        f.write(f"{os.getpid()}\n")
    return len(Path(log).read_text().split())


def meet_then_sleep(item: tuple[int, str, str, float]) -> tuple[int, bool]:
    """Announce itself, wait (bounded) for its partner to show up, then sleep a little.

    Both partners meet only if they run at the same time, whatever the machine's load."""
    index, me, partner, seconds = item
    Path(me).touch()
    deadline = time.time() + 60
    while not Path(partner).exists() and time.time() < deadline:
        time.sleep(0.01)
    time.sleep(seconds)
    return index, Path(partner).exists()


def raise_bad_code(item: tuple[str, str]) -> None:
    kind, log = item
    _attempt(log)
    raise {"step": StepError, "shard": ShardFailed}[kind](f"{kind} is broken")


def fail_first_attempt(item: tuple[str, str, int]) -> int:
    how, log, value = item
    if _attempt(log) == 1:
        if how == "oserror":
            raise ConnectionResetError("the filesystem went away")
        os._exit(1)  # the worker process dies, as when a node is lost
    return value * 10


def always_oserror(log: str) -> None:
    _attempt(log)
    raise OSError("the bucket is unreachable")


@dataclass
class CrashWorkerOnce(Annotator):
    """Kills its worker process the first time it sees a document (a lost task mid-shard)."""

    name: ClassVar[str] = "test.crash_once"
    reasons: ClassVar[dict[str, str]] = {}
    marker: str = ""

    def annotate(self, doc: Document) -> dict[str, Any]:
        try:
            fd = os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return {}
        os.close(fd)
        os._exit(1)


# --- fixtures --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ray_executor():
    # Ray's processes inherit the environment they start in; a runtime_env would do the same
    # job on a cluster but costs seconds of set-up per worker on this machine.
    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(TESTS), saved]))
    executor = RayExecutor(2)
    try:
        list(executor.map(abs, [-1]))  # start Ray now, with that environment
    finally:
        if saved is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = saved
    yield executor
    executor.close()
    import ray

    assert not ray.is_initialized(), "a Ray we started must not outlive the run"


@pytest.fixture(scope="module")
def local_zh_web(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local") / "zh-web"
    run([str(SAMPLE)], out, load_recipe("zh-web"), executor=LocalExecutor(2), shard_bytes=SHARD_BYTES, report=False)
    return out


# --- equivalence -----------------------------------------------------------------------

def test_zh_web_on_ray_is_byte_identical_to_the_local_executor(ray_executor, local_zh_web, tmp_path):
    out = tmp_path / "ray"
    run([str(SAMPLE)], out, load_recipe("zh-web"), executor=ray_executor, shard_bytes=SHARD_BYTES, report=False)
    expected = digest(local_zh_web)
    assert len([k for k in expected if k.startswith("kept/")]) > 3, "the sample must be cut into several shards"
    assert any(k.startswith("dropped/") for k in expected) and any(k.startswith("edits/") for k in expected)
    assert digest(out) == expected
    assert not list(out.rglob("*.tmp-*"))
    _, dropped, _ = outputs(out)  # dedup's resolve fanned out over band groups as Ray tasks
    assert sum(r["reason"].startswith("minhash.") and r["duplicate_of"] is not None for r in dropped) >= 5


def test_zh_web_from_and_to_s3_on_ray_is_byte_identical_to_the_local_executor(ray_executor, local_zh_web, tmp_path):
    """Workers read their shards from the bucket and write their outputs to it directly."""
    with s3_server(credentials_in_uri=True) as (uri, fs):
        upload(fs, SAMPLE, "bkt/in/zh-web")
        run([uri("in/zh-web")], uri("out"), load_recipe("zh-web"), executor=ray_executor, shard_bytes=SHARD_BYTES,
            report=False, work_dir=tmp_path / "work")
        out = Folder(uri("out"))
        got = {rel: hashlib.sha256(out.read_bytes(rel)).hexdigest() for t in ("kept", "dropped", "edits")
               for rel in out.files(t)}
    assert got == digest(local_zh_web)


def test_a_lost_worker_is_retried_and_a_resumed_run_gives_the_same_bytes(ray_executor, local_zh_web, tmp_path):
    recipe = load_recipe("zh-web")
    pipeline = Pipeline([CrashWorkerOnce(str(tmp_path / "crashed")), *recipe.steps], recipe.name, tokenizer=recipe.tokenizer)
    out = tmp_path / "ray"
    run([str(SAMPLE)], out, pipeline, executor=ray_executor, shard_bytes=SHARD_BYTES, report=False)
    assert (tmp_path / "crashed").exists(), "a worker must have died during the run"
    assert digest(out) == digest(local_zh_web)

    # forget the last shard, as if the run had been interrupted, and resume it on Ray
    last = sorted((out / "kept").glob("*.parquet"))[-1]
    last.unlink()
    for marker in out.glob(f".work/seg*/done/{last.stem}.json"):
        marker.unlink()
    (out / "stats.json").unlink()
    run([str(SAMPLE)], out, pipeline, executor=ray_executor, shard_bytes=SHARD_BYTES, report=False, resume=True)
    assert digest(out) == digest(local_zh_web)
    assert not list(out.rglob("*.tmp-*"))


def test_the_cli_joins_an_existing_cluster_by_address(ray_executor, local_zh_web, tmp_path):
    import ray

    address = ray.get_runtime_context().gcs_address  # the module's Ray stands in for a cluster
    out = tmp_path / "cli"
    cmd = [sys.executable, "-m", "jinglian", "run", str(SAMPLE), "-o", str(out), "--executor", "ray",
           "--ray-address", address, "--shard-mb", str(SHARD_BYTES / 2**20), "--quiet", "--no-report"]
    env = {k: v for k, v in os.environ.items() if k not in ("RAY_ADDRESS", "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER")}
    subprocess.run(cmd, check=True, timeout=300, env=env)
    assert digest(out) == digest(local_zh_web)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["executor"] == {"name": "ray", "workers": 2}, "workers default to the cluster's CPUs"
    assert ray.is_initialized(), "a driver that joined a cluster must leave it running"


# --- the map primitive -----------------------------------------------------------------

def test_map_yields_in_input_order_while_tasks_run_in_parallel(ray_executor, tmp_path):
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    # the first item finishes last: its result must still come first
    items = [(0, a, b, 1.0), (1, b, a, 0.0), (2, a, a, 0.0), (3, a, a, 0.0)]
    assert list(ray_executor.map(meet_then_sleep, items)) == [(0, True), (1, True), (2, True), (3, True)]
    assert list(ray_executor.map(meet_then_sleep, [])) == []


@pytest.mark.parametrize("kind, error", [("step", StepError), ("shard", ShardFailed)])
def test_bad_code_is_raised_as_itself_and_never_retried(ray_executor, tmp_path, kind, error):
    log = str(tmp_path / "attempts")
    with pytest.raises(error, match=f"{kind} is broken") as caught:
        list(ray_executor.map(raise_bad_code, [(kind, log)]))
    assert type(caught.value) is error
    assert len(Path(log).read_text().split()) == 1


def test_transient_errors_and_dead_workers_are_retried(ray_executor, tmp_path):
    items = [("oserror", str(tmp_path / "a"), 1), ("exit", str(tmp_path / "b"), 2), ("oserror", str(tmp_path / "c"), 3)]
    assert list(ray_executor.map(fail_first_attempt, items)) == [10, 20, 30]
    assert [len(Path(log).read_text().split()) for _, log, _ in items] == [2, 2, 2]


def test_retries_are_bounded(ray_executor, tmp_path):
    log = str(tmp_path / "attempts")
    bounded = RayExecutor(1, max_retries=1)  # joins the running Ray, leaves it running
    with pytest.raises(OSError, match="unreachable"):
        list(bounded.map(always_oserror, [log]))
    bounded.close()
    assert len(Path(log).read_text().split()) == 2
    import ray

    assert ray.is_initialized()
