"""Dedup benchmark: jinglian's `dedup-only` recipe against datatrove, text-dedup and a rensa baseline.

Every system runs in the same invocation, one after the other, on the same corpus built with
../shared/tools/make_bench_corpus.py (which writes which documents are copies of which), as a
subprocess whose whole process tree is polled for memory.  Reported per system and corpus:
wall time, MB/s of input text, peak memory of the process tree, duplicate pairs found and
precision (pairs joined in one cluster, as ../shared/tools/score_cleaning.py counts them), and
pairs found by variant type (same script or script-converted, full or truncated copy of the
original, and repost-to-repost pairs).

Peers (each in its own venv under bench/.envs/, see bench/setup_peers.sh):

    bash bench/setup_peers.sh datatrove_minhash textdedup rensa   # PYTHON312=... if python3.12 is not on PATH

- datatrove 0.10.1: all four MinHash stages (signature, buckets, cluster, filter) with 16 buckets x 8
  hashes (128, as ours) on 5-grams of *words*, so its language setting decides what a word is:
  `datatrove` uses `zho_Hani` (jieba), `datatrove-eng` its English default.
- text-dedup 0.4.1: `text_dedup.minhash` with num_perm 128, threshold 0.5, 5-grams of its
  tokens, false-positive check on.
- rensa 0.5.0: a plain baseline, OpenCC t2s then character 5-grams, RMinHash(128) + RMinHashLSH
  (32 bands), no verification.

Run (corpora from make_bench_corpus.py; the scaling table is the same command over several):

    .venv/bin/python bench/dedup.py --corpus /work/notes/bench25k --workers 2
    .venv/bin/python bench/dedup.py --corpus /work/notes/bench200k --workers 2
    .venv/bin/python bench/dedup.py --corpus C25 --corpus C50 --corpus C100 --corpus C200 --systems jinglian

Results: bench/results/dedup/<corpus>.json and a markdown table on stdout.

Measured here (2 workers, shared 2-core machine in a quiet window; seconds / MB/s / peak MB of the
process tree / pairs found / precision):

    200k docs, 710 MB   jinglian   62.3 s  11.39 MB/s   693 MB  0.9959  0.9987
                        rensa      49.3 s  14.40 MB/s   711 MB  0.9691  0.0066  (no verification)
    25k docs, 88 MB     jinglian   10.7 s   8.25 MB/s   568 MB  0.9942  0.9996
                        rensa       8.8 s  10.07 MB/s   110 MB  0.9668  0.4589
                        text-dedup 18.3 s   4.82 MB/s  1989 MB  0.2866  1.0
                        datatrove (eng) 113.2 s 0.78 MB/s 389 MB 0.1358 1.0
    under load (same run, load 4-8): datatrove zho_Hani 0.21 MB/s, found 0.3614; text-dedup at 200k
    1.01 MB/s, 6458 MB, found 0.2845.
With the contained-copy rule (minhash.contained, 23464b5; load 0.3-1.9): 200k jinglian 65.5 s, 10.84 MB/s,
762 MB, found/precision unchanged (207 short clusters checked, none contained); run directly, before/after
the rule: 63.1 s / 115.6 CPU s / 720 MB against 63.7 s / 115.7 CPU s / 753 MB (resolve 15.4 -> 16.1 s).
jinglian's recall is the highest on every variant type (same script / converted, full / truncated,
repost-to-repost); scaling 25k -> 200k is linear in time with peak memory 568 -> 693 MB.
"""
from __future__ import annotations

import argparse
import collections
import glob
import itertools
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import REPO, SHARED, measure, table  # noqa: E402

ENVS = REPO / "bench" / ".envs"
PEERS = Path(__file__).resolve().parent / "_dedup_peers.py"
SYSTEMS = ["jinglian", "datatrove", "datatrove-eng", "textdedup", "rensa"]


def command(system: str, corpus: Path, work: Path, workers: int) -> list[str]:
    docs = str(corpus / "docs")
    if system == "jinglian":
        return [str(REPO / ".venv" / "bin" / "jinglian"), "run", docs, "-o", str(work / "run"), "--recipe", "dedup-only",
                "--workers", str(workers), "--no-report", "--quiet", "--overwrite"]
    peer, _, variant = system.partition("-")
    cmd = [str(ENVS / peer / "bin" / "python"), str(PEERS), peer, "--input", docs, "--work", str(work),
           "--workers", str(workers)]
    if peer == "datatrove":
        cmd += ["--lang", "eng" if variant == "eng" else "zho_Hani"]
    return cmd


def groups_of(system: str, work: Path) -> dict[str, str]:
    """id -> cluster label, for documents the system put in a duplicate cluster."""
    if system == "jinglian":
        import pyarrow.parquet as pq

        groups: dict[str, str] = {}
        for p in sorted((work / "run" / "dropped").glob("*.parquet")):
            t = pq.read_table(p, columns=["id", "duplicate_of"])
            for i, d in zip(t.column("id").to_pylist(), t.column("duplicate_of").to_pylist()):
                if d:
                    groups[i] = d
                    groups[d] = d
        return groups
    return {r["id"]: r["group"] for r in map(json.loads, open(work / "groups.jsonl", encoding="utf-8"))}


# --- ground truth and variant types --------------------------------------------------------

def variant_types(corpus: Path) -> dict[str, str]:
    """For each repost: same-script|converted and full|truncated, relative to its cluster's original.

    The original of cluster bNNNNNNNN is document sNNNNNNNN (make_bench_corpus.py names them so).
    Converted: OpenCC t2s changes the text.  Truncated: the original's last body paragraph (its
    last line that starts with a sentence of the pool) is missing from the repost.  Cached in the
    corpus folder."""
    cache = corpus / "variants.json"
    if cache.exists():
        return json.loads(cache.read_text())
    import opencc

    from jinglian.zh.fold import fold

    t2s = opencc.OpenCC("t2s")
    pool = [s.strip() for s in (SHARED / "data/corpora/sentence-pool.txt").read_text(encoding="utf-8").split("\n") if s.strip()]
    prefixes = {fold(s)[:8] for s in pool}
    clusters = {r["id"]: r["cluster"] for r in map(json.loads, open(corpus / "clusters.jsonl", encoding="utf-8"))}
    wanted = {i for i, c in clusters.items() if "s" + c[1:] != i}
    wanted |= {"s" + clusters[i][1:] for i in wanted}
    texts: dict[str, str] = {}
    for p in sorted((corpus / "docs").glob("*.jsonl")):
        for line in open(p, encoding="utf-8"):
            row = json.loads(line)
            if row["id"] in wanted:
                texts[row["id"]] = row["text"]
    out: dict[str, str] = {}
    for i in sorted(wanted):
        orig = "s" + clusters[i][1:]
        if i == orig:
            continue
        folded_lines = [fold(t2s.convert(x)) for x in texts[i].split("\n")]
        body = [fold(x) for x in texts[orig].split("\n") if fold(x)[:8] in prefixes]
        last = body[-1][:20] if body else ""
        truncated = bool(last) and not any(x.startswith(last) for x in folded_lines)
        converted = t2s.convert(texts[i]) != texts[i]
        out[i] = ("converted" if converted else "same-script") + ("-truncated" if truncated else "-full")
    cache.write_text(json.dumps(out))
    return out


def score(corpus: Path, groups: dict[str, str], variants: dict[str, str]) -> dict:
    clusters = {r["id"]: r["cluster"] for r in map(json.loads, open(corpus / "clusters.jsonl", encoding="utf-8"))}
    members = collections.defaultdict(list)
    for i, c in clusters.items():
        members[c].append(i)
    found: collections.Counter = collections.Counter()
    total: collections.Counter = collections.Counter()
    for c, m in members.items():
        orig = "s" + c[1:]
        for a, b in itertools.combinations(sorted(m), 2):
            kind = variants.get(b if a == orig else a, "?") if orig in (a, b) else "repost-repost"
            total[kind] += 1
            hit = a in groups and b in groups and groups[a] == groups[b]
            found[kind] += hit
    tp = sum(found.values())
    fp = 0
    by_group = collections.defaultdict(list)
    for i, g in groups.items():
        by_group[g].append(clusters[i])
    for labels in by_group.values():
        n = len(labels)
        fp += n * (n - 1) // 2 - sum(k * (k - 1) // 2 for k in collections.Counter(labels).values())
    return {
        "pairs": sum(total.values()),
        "found": round(tp / max(1, sum(total.values())), 4),
        "precision": round(tp / (tp + fp), 4) if tp + fp else None,
        "by_type": {k: f"{found[k]}/{total[k]} ({found[k] / total[k]:.3f})" for k in sorted(total)},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, action="append", required=True)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--systems", default=",".join(SYSTEMS))
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "dedup")
    ap.add_argument("--keep", action="store_true", help="keep each system's work folder")
    a = ap.parse_args()
    rows = []
    for corpus in a.corpus:
        mb = sum(len(json.loads(line)["text"].encode()) for p in glob.glob(str(corpus / "docs" / "*.jsonl"))
                 for line in open(p, encoding="utf-8")) / 1e6
        n_docs = sum(1 for _ in open(corpus / "clusters.jsonl"))
        variants = variant_types(corpus)
        results = []
        for system in a.systems.split(","):
            work = a.out / corpus.name / system
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            m = measure(command(system, corpus, work, a.workers))
            row = {"corpus": corpus.name, "docs": n_docs, "MB": round(mb, 1), "system": system,
                   "seconds": round(m.seconds, 1), "MB/s": round(mb / m.seconds, 2), "peak MB": round(m.peak_rss_mb),
                   "returncode": m.returncode}
            if m.returncode == 0:
                row.update(score(corpus, groups_of(system, work), variants))
            else:
                row["error"] = m.output[-2000:]
            print(json.dumps(row, ensure_ascii=False), flush=True)
            results.append(row)
            if not a.keep:
                shutil.rmtree(work, ignore_errors=True)
        (a.out / f"{corpus.name}.json").write_text(json.dumps(results, ensure_ascii=False, indent=1))
        rows.extend(results)
    types = sorted({k for r in rows for k in r.get("by_type", {})})
    flat = [{**r, **{t: r.get("by_type", {}).get(t, "") for t in types}} for r in rows]
    print(table(flat, ["corpus", "docs", "MB", "system", "seconds", "MB/s", "peak MB", "found", "precision", *types]))


if __name__ == "__main__":
    main()
