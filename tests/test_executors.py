"""Same input and recipe, same bytes: whatever the executor, worker count or interruption."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from jinglian import InlineExecutor, LocalExecutor, Pipeline, load_recipe, run

from helpers import digest, outputs, write_jsonl
from toysteps import CountChars, DropIfContains, ExactDuplicates, MaskHan, RemoveDigits, Slow, env_value

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "zh-web"


def _toy_pipeline() -> Pipeline:
    return Pipeline([CountChars(), RemoveDigits(), DropIfContains("澳門"), ExactDuplicates(), MaskHan()])


def test_inline_and_process_pool_outputs_are_byte_identical(tmp_path):
    for name, pipeline in [("toy", _toy_pipeline()), ("zh-web", load_recipe("zh-web"))]:
        digests = []
        for i, executor in enumerate([InlineExecutor(), LocalExecutor(2), LocalExecutor(3)]):
            out = tmp_path / f"{name}-{i}"
            run([str(SAMPLE)], out, pipeline, executor=executor, shard_bytes=20_000, report=False)
            digests.append(digest(out))
        assert len(digests[0]) > 3, "the sample must be cut into several shards"
        assert digests[0] == digests[1] == digests[2], name


RUNNER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from jinglian import LocalExecutor, Pipeline, run
    from toysteps import CountChars, ExactDuplicates, RemoveDigits, Slow
    if __name__ == "__main__":  # worker processes import this module too
        pipeline = Pipeline([RemoveDigits(), Slow(0.004), ExactDuplicates(), CountChars()])
        run([{src!r}], {out!r}, pipeline, executor=LocalExecutor(2), shard_bytes=4000,
            resume=len(sys.argv) > 1, report=False)
""")


def test_resume_after_kill_9_gives_the_uninterrupted_output(tmp_path):
    rows = [{"id": f"k{i:04d}", "text": f"第{i % 150}段：" + "文字" * (i % 40 + 5)} for i in range(1200)]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    tests = str(Path(__file__).resolve().parent)
    env = {**os.environ, "PYTHONPATH": tests}

    def script(out: Path) -> Path:
        p = tmp_path / f"run-{out.name}.py"
        p.write_text(RUNNER.format(tests=tests, src=str(src), out=str(out)))
        return p

    full = tmp_path / "full"
    subprocess.run([sys.executable, str(script(full))], check=True, env=env, timeout=300)

    out = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, str(script(out))], env=env, start_new_session=True)
    done = out / ".work" / "seg0" / "done"
    deadline = time.time() + 120
    while time.time() < deadline and len(list(done.glob("*.json"))) < 3:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole process group, workers included: a real crash
    proc.wait()
    n_shards = len(list((full / ".work" / "seg0" / "done").glob("*.json")))
    finished = len(list(done.glob("*.json")))
    assert 3 <= finished < n_shards, f"the kill should land mid-run ({finished} of {n_shards} shards done)"
    assert not (out / "stats.json").exists()

    subprocess.run([sys.executable, str(script(out)), "resume"], check=True, env=env, timeout=300)
    assert digest(out) == digest(full)
    assert not list(out.rglob("*.tmp-*"))
    kept, dropped, _ = outputs(out)
    assert len(kept) + len(dropped) == len(rows)


def test_workers_see_the_environment_of_the_run_not_of_the_first_pool(monkeypatch):
    """Credentials set after an earlier run (a notebook) reach the workers of the next one."""
    first = LocalExecutor(2)
    assert list(first.map(env_value, ["JINGLIAN_TEST_SECRET"])) == [None]
    first.close()
    monkeypatch.setenv("JINGLIAN_TEST_SECRET", "set-later")
    second = LocalExecutor(2)
    try:
        assert list(second.map(env_value, ["JINGLIAN_TEST_SECRET"] * 3)) == ["set-later"] * 3
    finally:
        second.close()


def test_ray_map_never_cancels_the_task_that_failed():
    """Cancelling an already failed task trips a check in Ray's driver (2.60) that kills the
    process; only tasks still pending are cancelled.  A stand-in for `ray` records the calls."""
    from jinglian.executors.ray import RayExecutor

    class Ref:
        def __init__(self, item):
            self.item = item

    class FakeRay:
        cancelled: list = []

        def put(self, value):
            return value

        def wait(self, refs, num_returns):
            return refs[:num_returns], refs[num_returns:]

        def get(self, ref):
            if ref.item == "bad":
                raise ValueError("bad data")
            return ref.item

        def cancel(self, ref, force=False):
            self.cancelled.append(ref.item)

    class Remote:
        def remote(self, fn, item):
            return Ref(item)

    fake = FakeRay()
    executor = RayExecutor(workers=2)
    executor._connect = lambda: fake
    executor._remote = Remote()
    results = executor.map(str, ["ok", "bad", "later"])
    assert next(results) == "ok"
    try:
        next(results)
    except ValueError:
        pass
    else:
        raise AssertionError("the task's error must reach the caller")
    assert fake.cancelled == ["later"]
