"""Run the same shard tasks on Ray: a cluster named by an address, or a local Ray we start.

What travels to the workers is what travels to a process pool: the function (a module-level
function, pickled by reference) and small items (shard descriptors with a frozen pipeline
segment, or dedup partitions).  Documents never pass through the driver; workers read and
write the shared run directory themselves, so every node must see the same paths.

Retries.  A task whose worker or node dies is resubmitted by Ray, and a task that raised a
transient I/O error (`OSError`, which covers timeouts and refused connections of network
filesystems) is retried, both at most `max_retries` times.  An exception that means bad code
or a bad recipe (`jinglian.errors.JinglianError`: StepError, ShardFailed, ...) is never
retried: it is re-raised in the driver as itself.  Retrying is safe because a shard task writes
each output to a temporary name and renames it, and writes its completion marker last.

Lifecycle.  Ray is connected on the first `map` (or when `workers` is first needed) and, if
this executor started a local Ray, shut down by `close()`, on leaving a `with` block, or at
interpreter exit.  A Ray that was already initialised by the caller (`ray.init(...)` with a
runtime_env of their choosing) is used as it is and left running.
"""
from __future__ import annotations

import atexit
import os
import sys
from typing import Any, Callable, Iterable, Iterator

from ..errors import JinglianError

#: exceptions raised inside a task that are worth another attempt (lost NFS/S3 connections, ...)
RETRYABLE: tuple[type[BaseException], ...] = (OSError,)


def _call(fn: Callable[[Any], Any], item: Any) -> Any:
    """The one remote function: apply `fn` to `item` in a Ray worker."""
    return fn(item)


class RayExecutor:
    """`map(fn, items)` as Ray tasks, results in input order, at most `workers` in flight."""

    name = "ray"

    def __init__(self, workers: int | None = None, address: str | None = None, max_retries: int = 3,
                 runtime_env: dict[str, Any] | None = None):
        if workers is not None and workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        if max_retries < 0:
            raise ValueError(f"max_retries must be at least 0, got {max_retries}")
        self.address = address or os.environ.get("RAY_ADDRESS") or None
        self.max_retries = max_retries
        self.runtime_env = runtime_env
        self._workers = workers
        self._started_here = False
        self._remote: Any = None

    # --- connecting -------------------------------------------------------------------
    @property
    def workers(self) -> int:
        """Tasks in flight at once: as asked, else the CPUs of the cluster (or of this machine)."""
        if self._workers is None:
            if self.address is None and not _ray_initialized():
                self._workers = os.cpu_count() or 1
            else:
                ray = self._connect()
                self._workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
        return self._workers

    def _connect(self) -> Any:
        if (self.address is None or _is_loopback(self.address)) and "ray" not in sys.modules:
            # A local Ray listens on the loopback address only (nothing of a local run is
            # reachable from, or sent to, the network), and a Ray at a loopback address is
            # reached there.  Ray reads this once, at import; without it, it binds to and
            # dials the host's outward-facing address instead of 127.0.0.1.
            os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
        try:
            import ray
        except ImportError as e:  # pragma: no cover - depends on the installed extras
            raise JinglianError("the ray executor needs Ray: pip install 'jinglian[ray]'") from e
        if not ray.is_initialized():
            if self.address is None:
                self._start_local(ray)
            else:
                ray.init(address=self.address, runtime_env=self.runtime_env, log_to_driver=False,
                         logging_level="ERROR")
        if self._remote is None:
            self._remote = ray.remote(num_cpus=1, max_retries=self.max_retries,
                                      retry_exceptions=list(RETRYABLE))(_call)
        return ray

    def _start_local(self, ray: Any) -> None:
        # Nothing of a local run may leave this machine: no usage report to Ray's servers.
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        # address="local": always a new Ray of our own, never a cluster someone left running here
        ray.init(address="local", num_cpus=self._workers or os.cpu_count() or 1, include_dashboard=False,
                 log_to_driver=False, logging_level="ERROR", runtime_env=self.runtime_env)
        self._started_here = True
        atexit.register(self.close)

    def close(self) -> None:
        """Shut Ray down if this executor started it; a cluster we only joined is disconnected."""
        if self._remote is None and not self._started_here:
            return
        import ray

        if ray.is_initialized() and (self._started_here or self.address is not None):
            ray.shutdown()
        self._started_here = False
        self._remote = None

    def __enter__(self) -> "RayExecutor":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the primitive ----------------------------------------------------------------
    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        """Yield fn(item) for every item, in input order, while up to `workers` tasks run."""
        items = list(items)
        if not items:
            return
        ray = self._connect()
        limit = self.workers
        fn_ref = ray.put(fn)
        pending: dict[Any, int] = {}  # ref -> index of its item
        done: dict[int, Any] = {}  # finished but not yet yielded (a later item finished first)
        submitted = 0
        try:
            for want in range(len(items)):
                while want not in done:
                    while submitted < len(items) and len(pending) < limit:
                        pending[self._remote.remote(fn_ref, items[submitted])] = submitted
                        submitted += 1
                    ready, _ = ray.wait(list(pending), num_returns=1)
                    for ref in ready:
                        # out of `pending` before ray.get can raise: cancelling a task that has
                        # already failed trips a check in Ray's driver and kills the process
                        index = pending.pop(ref)
                        done[index] = _get(ray, ref)
                yield done.pop(want)
        finally:
            for ref in pending:  # a failure (or an abandoned generator) stops the rest
                ray.cancel(ref, force=False)


def _get(ray: Any, ref: Any) -> Any:
    """ray.get, but an exception raised by the task comes back as itself, not wrapped."""
    from ray.exceptions import RayTaskError

    try:
        return ray.get(ref)
    except RayTaskError as e:
        cause = e.cause
        if isinstance(cause, BaseException):
            raise cause from (None if isinstance(cause, JinglianError) else e)
        raise


def _is_loopback(address: str) -> bool:
    host = address.split("://")[-1].rsplit(":", 1)[0].strip("[]")
    return host in ("localhost", "::1") or host.startswith("127.")


def _ray_initialized() -> bool:
    ray = sys.modules.get("ray")  # not imported yet: certainly not initialised
    return ray is not None and ray.is_initialized()
