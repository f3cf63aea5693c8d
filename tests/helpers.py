"""Reading a run directory back in tests."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from jinglian.io.rundir import RunDir


def outputs(out: Path) -> tuple[list[dict], list[dict], list[dict]]:
    rd = RunDir(out, json.loads((Path(out) / "manifest.json").read_text())["format"])
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
