"""Where inputs and outputs live: a local path, or a URI of any filesystem pyarrow supports.

`s3://bucket/prefix`, `gs://bucket/prefix`, `hdfs://host/path` and `abfs://...` go through
`pyarrow.fs.FileSystem.from_uri`, which also reads options from the URI's query string
(`s3://bucket/x?endpoint_override=minio:9000&scheme=http`) and credentials from the
usual environment variables.  Any other scheme is tried with fsspec when it is installed.
`file://` URIs and plain paths are local and use the operating system directly.

A `Folder` is a directory on one of these filesystems: the run directory's outputs are
written through it, so the same code writes to a laptop disk, NFS or an object store.
"""
from __future__ import annotations

import functools
import os
import re
import shutil
from pathlib import Path
from typing import IO, Callable
from urllib.parse import unquote, urlsplit

from ..errors import InputError

_SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://")


def is_remote(location: str | os.PathLike) -> bool:
    """True for a URI of a non-local filesystem (`file://` counts as local)."""
    m = _SCHEME_RE.match(str(location))
    return bool(m) and m.group(1).lower() != "file"


def local_path(location: str | os.PathLike) -> str:
    """A local path for a plain path or a `file://` URI."""
    s = str(location)
    return unquote(urlsplit(s).path) if s.lower().startswith("file://") else s


@functools.lru_cache(maxsize=64)
def filesystem(uri: str):
    """(pyarrow FileSystem, path inside it) for a remote URI; cached per process."""
    import pyarrow.fs as pafs

    try:
        return pafs.FileSystem.from_uri(uri)
    except Exception as e:  # ArrowInvalid for an unknown scheme, OSError for a bad option
        pyarrow_error = e
    try:
        import fsspec
        from pyarrow.fs import FSSpecHandler, PyFileSystem
    except ImportError:
        raise InputError(f"{uri}: cannot open this filesystem ({pyarrow_error})") from None
    try:
        fs, _, paths = fsspec.get_fs_token_paths(uri)
    except Exception as e:
        raise InputError(f"{uri}: cannot open this filesystem ({pyarrow_error}; fsspec: {e})") from None
    if not paths:
        raise InputError(f"{uri}: no path in this URI")
    return PyFileSystem(FSSpecHandler(fs)), paths[0]


def join(base: str, rel: str) -> str:
    if not base:
        return rel
    return f"{base.rstrip('/')}/{rel}" if rel else base


def display_uri(root: str, path: str) -> str:
    """The URI a user would type for `path` inside the filesystem of the URI `root`."""
    parts = urlsplit(root)
    host = parts.netloc.rsplit("@", 1)[-1]  # never show credentials given in the URI
    inner = path.lstrip("/")
    if inner.startswith(host + "/") or inner == host:  # object stores (and fsspec's memory): the bucket leads
        return f"{parts.scheme}://{inner}"
    return f"{parts.scheme}://{host}/{path.lstrip('/')}"


def open_input(root: str, path: str) -> IO[bytes]:
    """A seekable binary file: local when `root` is empty, else inside `root`'s filesystem."""
    if not root:
        return open(path, "rb")
    fs, _ = filesystem(root)
    return fs.open_input_file(path)


def open_arrow(root: str, path: str):
    """The same file as an Arrow-native input file, for pyarrow readers (Parquet).

    Given a Python file object, Arrow's I/O threads call back into Python to read it; a
    thread still holding such an object when the interpreter shuts down aborts the process
    ("terminate called without an active exception", exit 134, apache/arrow#34314), after
    the command has done its work.  A native file never needs the interpreter."""
    if not root:
        import pyarrow as pa

        return pa.OSFile(path)
    fs, _ = filesystem(root)
    return fs.open_input_file(path)


class Folder:
    """A directory on the local disk or on a remote filesystem, addressed by relative names.

    Files are written whole and published atomically: locally through a temporary name
    and a rename; on an object store by the upload itself (an object appears only when its
    upload completes, and a rename there is a copy).
    """

    def __init__(self, location: str | os.PathLike):
        self.location = str(location)
        self.remote = is_remote(self.location)
        if self.remote:
            self.fs, self.base = filesystem(self.location)
            self.atomic_upload = type(self.fs).__name__ in ("S3FileSystem", "GcsFileSystem", "AzureFileSystem")
        else:
            self.fs, self.base = None, local_path(self.location)
            self.atomic_upload = False

    def __str__(self) -> str:
        return self.location

    def path(self, rel: str = "") -> str:
        return join(self.base, rel)

    def uri(self, rel: str = "") -> str:
        if not self.remote:
            return self.path(rel)
        parts = urlsplit(self.location)
        return display_uri(self.location, self.path(rel)) + (f"?{parts.query}" if parts.query else "")

    # --- reading -----------------------------------------------------------------
    def _info(self, rel: str):
        return self.fs.get_file_info(self.path(rel))

    def exists(self, rel: str = "") -> bool:
        if not self.remote:
            return os.path.exists(self.path(rel))
        import pyarrow.fs as pafs

        return self._info(rel).type != pafs.FileType.NotFound

    def is_dir(self, rel: str = "") -> bool:
        if not self.remote:
            return os.path.isdir(self.path(rel))
        import pyarrow.fs as pafs

        return self._info(rel).type == pafs.FileType.Directory

    def files(self, rel: str = "", recursive: bool = False) -> list[str]:
        """Relative names of the files under `rel` (sorted); [] when it does not exist."""
        if not self.remote:
            root = Path(self.path(rel))
            if not root.is_dir():
                return []
            found = root.rglob("*") if recursive else root.iterdir()
            return sorted(join(rel, p.relative_to(root).as_posix()) for p in found if p.is_file())
        import pyarrow.fs as pafs

        top = self.path(rel)
        infos = self.fs.get_file_info(pafs.FileSelector(top, allow_not_found=True, recursive=recursive))
        return sorted(join(rel, i.path[len(top):].lstrip("/")) for i in infos if i.type == pafs.FileType.File)

    def open(self, rel: str) -> IO[bytes]:
        return open(self.path(rel), "rb") if not self.remote else self.fs.open_input_file(self.path(rel))

    def open_arrow(self, rel: str):
        """`rel` as an Arrow-native input file, for pyarrow readers (see `open_arrow`)."""
        return self.fs.open_input_file(self.path(rel)) if self.remote else open_arrow("", self.path(rel))

    def open_text(self, rel: str) -> IO[str]:
        """A UTF-8 text stream of `rel`, read a block at a time (JSONL outputs can be large)."""
        import io

        return io.TextIOWrapper(self.open(rel), encoding="utf-8")

    def read_bytes(self, rel: str) -> bytes:
        with self.open(rel) as f:
            return f.read()

    def read_text(self, rel: str) -> str:
        return self.read_bytes(rel).decode("utf-8")

    # --- writing -----------------------------------------------------------------
    def write(self, rel: str, fill: Callable[[IO[bytes]], None]) -> None:
        """Write the file `rel` with `fill(stream)`, published whole or not at all."""
        pending = self.open_write(rel)
        try:
            fill(pending.stream)
        except BaseException:
            pending.discard()
            raise
        pending.publish()

    def open_write(self, rel: str) -> "PendingFile":
        """A file being written: `publish()` makes it appear under `rel`, `discard()` drops it.

        Lets a writer stream a file that is filled over a long time (a shard's rows)."""
        final = self.path(rel)
        if self.atomic_upload:
            return PendingFile(self.fs.open_output_stream(final), None, final, self)
        tmp = f"{final}.tmp-{_host()}-{os.getpid()}"
        if not self.remote:
            os.makedirs(os.path.dirname(final) or ".", exist_ok=True)
            return PendingFile(open(tmp, "wb"), tmp, final, self)
        self.fs.create_dir(final.rsplit("/", 1)[0], recursive=True)
        return PendingFile(self.fs.open_output_stream(tmp), tmp, final, self)

    def write_bytes(self, rel: str, data: bytes) -> None:
        self.write(rel, lambda out: out.write(data))

    def remove_temps(self) -> None:
        """Delete temporary files left by writers that died mid-write."""
        for rel in self.files("", recursive=True):
            if ".tmp-" in rel.rsplit("/", 1)[-1]:
                self.remove(rel)

    def remove(self, rel: str) -> None:
        if not self.remote:
            Path(self.path(rel)).unlink(missing_ok=True)
        else:
            self.fs.delete_file(self.path(rel))

    def clear(self) -> None:
        """Empty the folder (create it when missing)."""
        if not self.remote:
            shutil.rmtree(self.base, ignore_errors=True)
            os.makedirs(self.base, exist_ok=True)
        else:
            self.fs.create_dir(self.base, recursive=True)
            self.fs.delete_dir_contents(self.base, missing_dir_ok=True)

    def make(self) -> None:
        if not self.remote:
            os.makedirs(self.base, exist_ok=True)
        else:
            self.fs.create_dir(self.base, recursive=True)


class PendingFile:
    """An output file under a temporary name (or an upload not yet completed)."""

    def __init__(self, stream: IO[bytes], tmp: str | None, final: str, folder: Folder):
        self.stream, self.tmp, self.final, self.folder = stream, tmp, final, folder

    def publish(self) -> None:
        self.stream.close()
        if self.tmp is None:  # an object store upload appears whole when it completes
            return
        if self.folder.remote:
            self.folder.fs.move(self.tmp, self.final)
        else:
            os.replace(self.tmp, self.final)

    def discard(self) -> None:
        if self.tmp is None:
            # an unfinished upload: closing would complete it, so abort it where the stream allows
            abort = getattr(self.stream, "abort", None)
            (abort or self.stream.close)()
            if abort is None:
                self.folder.fs.delete_file(self.final)
            return
        try:
            self.stream.close()
        finally:
            if self.folder.remote:
                self.folder.fs.delete_file(self.tmp)
            else:
                Path(self.tmp).unlink(missing_ok=True)


@functools.lru_cache(maxsize=1)
def _host() -> str:
    import socket

    return socket.gethostname()
