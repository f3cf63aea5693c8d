"""Reading a run directory back in tests."""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Iterator

from jinglian.document import Document
from jinglian.rundir import RunDir


def outputs(out: Path) -> tuple[list[dict], list[dict], list[dict]]:
    rd = RunDir.open(out)
    return list(rd.rows("kept")), list(rd.rows("dropped")), list(rd.rows("edits"))


def digest(out: Path) -> dict[str, str]:
    """sha256 of every file under kept/, dropped/ and edits/ (the byte-identity contract)."""
    result = {}
    for kind in ("kept", "dropped", "edits"):
        for p in sorted((Path(out) / kind).glob("*")):
            result[f"{kind}/{p.name}"] = hashlib.sha256(p.read_bytes()).hexdigest()
    return result


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@contextlib.contextmanager
def s3_server(credentials_in_uri: bool = False) -> Iterator[tuple[Callable[[str], str], object]]:
    """An S3 server (moto) on the loopback address with a bucket `bkt`: yields (function
    making an s3:// URI for a key, pyarrow filesystem).  It runs in its own process, so
    nothing imported by other tests changes how it stores uploads.  pyarrow's own S3 client
    talks to it, as it would to AWS or MinIO.  With `credentials_in_uri` the URIs carry the
    keys (for workers started before the environment held them, like a shared Ray)."""
    import pyarrow.fs as pafs

    env = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1",
           "AWS_EC2_METADATA_DISABLED": "true"}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the moto S3 server did not start") from None
                time.sleep(0.2)
        query = f"endpoint_override=127.0.0.1:{port}&scheme=http&region=us-east-1"
        fs, _ = pafs.FileSystem.from_uri(f"s3://bkt?{query}&allow_bucket_creation=true")
        fs.create_dir("bkt")
        keys = "test:test@" if credentials_in_uri else ""

        def uri(key: str) -> str:
            return f"s3://{keys}bkt/{key}?{query}"

        yield uri, fs
    finally:
        server.kill()
        server.wait()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def upload(fs, local: Path, prefix: str) -> None:
    """Copy a local folder to `prefix` of a pyarrow filesystem."""
    for p in sorted(local.rglob("*")):
        if p.is_file():
            with fs.open_output_stream(f"{prefix}/{p.relative_to(local).as_posix()}") as out:
                out.write(p.read_bytes())


def removed_lines(step, lines: list[str], reason: str | None = None) -> list[str]:
    """The lines an editor step removes from a page made of `lines` (only those with `reason`)."""
    text = "\n".join(lines)
    return [text[sp.start:sp.end].strip("\n") for sp in step.edit(Document(id="t", text=text))
            if reason is None or sp.reason == reason]
