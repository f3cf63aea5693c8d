"""Executors run one function over many small items.  That is all a pipeline needs.

Every executor implements `map(fn, items)`, returning the results in input order as they
become available.  `fn` and the items must be picklable: what travels is shard
descriptors and frozen pipeline segments, never documents.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, Protocol


class Executor(Protocol):
    name: str
    workers: int

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]: ...

    def close(self) -> None: ...


class InlineExecutor:
    """Runs everything in this process: simplest to debug, and the reference for equivalence."""

    name = "inline"
    workers = 1

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            yield fn(item)

    def close(self) -> None:
        pass


class LocalExecutor:
    """A pool of worker processes on this machine (forkserver: safe with Arrow's threads).

    The pool is started on the first `map` and kept for the next ones (a recipe with global
    steps maps several times); `close()` or interpreter exit stops it."""

    name = "local"

    def __init__(self, workers: int | None = None):
        self.workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        items = list(items)
        if not items:
            return
        if self._pool is None:
            ctx = multiprocessing.get_context("forkserver")
            # the fork server is started once per interpreter and keeps the environment of
            # that moment; workers take the current one (credentials for s3:// and the like)
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx,
                                             initializer=_adopt_environment, initargs=(dict(os.environ),))
        try:
            yield from self._pool.map(fn, items)
        except BaseException:
            self.close()  # a broken or interrupted pool is not reused
            raise

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __getstate__(self) -> dict[str, Any]:
        return {"workers": self.workers, "_pool": None}


def _adopt_environment(env: dict[str, str]) -> None:
    os.environ.clear()
    os.environ.update(env)


def make_executor(name: str = "local", workers: int | None = None, **options: Any) -> Executor:
    if name == "inline" or (name == "local" and workers == 1):
        return InlineExecutor()
    if name == "local":
        return LocalExecutor(workers)
    if name == "ray":
        from .ray import RayExecutor

        return RayExecutor(workers=workers, **options)
    raise ValueError(f"unknown executor {name!r} (inline, local, ray)")
