"""`jinglian` on the command line: a thin layer over the Python API.

Errors jinglian raises on purpose (bad recipe, missing input, unusable output folder)
print one line naming the file and the problem, without a traceback, and exit with 2.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .errors import JinglianError


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args) or 0
    except JinglianError as e:
        print(f"jinglian: error: {e}", file=sys.stderr)
        return 2
    except OSError as e:  # a filesystem refused (permissions, a missing bucket, credentials)
        where = f"{e.filename}: " if getattr(e, "filename", None) else ""
        print(f"jinglian: error: {where}{e.strerror or e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("jinglian: interrupted; rerun with --resume to finish", file=sys.stderr)
        return 130


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="jinglian", description="Refine raw Chinese web crawl into clean, deduplicated, traceable training data.")
    p.add_argument("--version", action="version", version=f"jinglian {__version__}")
    sub = p.add_subparsers(metavar="COMMAND")

    r = sub.add_parser("run", help="run a recipe over inputs into a run directory")
    r.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files or folders (.jsonl[.gz|.zst], .parquet, .txt, .html, .warc[.gz]); paths or URIs (s3://, gs://, hdfs://)")
    r.add_argument("-o", "--out", required=True, help="output run directory: a path or a URI (s3://bucket/run, gs://...)")
    r.add_argument("--recipe", default="zh-web", help="built-in recipe name or a TOML file (default: zh-web)")
    r.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores; with Ray: the cluster's CPUs)")
    r.add_argument("--executor", choices=["inline", "local", "ray"], default="local")
    r.add_argument("--ray-address", default=None, help="Ray cluster address (default: $RAY_ADDRESS, else a local Ray)")
    r.add_argument("--resume", action="store_true", help="continue an interrupted run, skipping finished shards")
    r.add_argument("--overwrite", action="store_true", help="replace an existing output directory")
    r.add_argument("--format", choices=["parquet", "jsonl"], default="parquet", help="format of kept/dropped/edits")
    r.add_argument("--text-field", default="text", help="JSONL/Parquet field holding the text (default: text)")
    r.add_argument("--id-field", default="id", help="field holding the document id (default: id)")
    r.add_argument("--shard-mb", type=float, default=16, help="target input megabytes per shard (default: 16)")
    r.add_argument("--max-error-share", type=float, default=0.05,
                   help="fail the run when a step raises on more than this share of a shard's documents (default: 0.05)")
    r.add_argument("--no-report", action="store_true", help="do not write report.html")
    r.add_argument("--keep-work", action="store_true", help="keep intermediate documents and signatures in the work folder")
    r.add_argument("--work-dir", default=None,
                   help="scratch folder for markers and intermediate files (default: OUT/.work; for a remote OUT a folder "
                        "in ~/.cache/jinglian; on a multi-node Ray cluster it must be a filesystem every node mounts)")
    r.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    r.set_defaults(func=cmd_run)

    s = sub.add_parser("steps", help="list the step catalog with parameters and reasons")
    s.set_defaults(func=cmd_steps)

    e = sub.add_parser("explain", help="show what a recipe will do, segment by segment")
    e.add_argument("recipe", nargs="?", default="zh-web")
    e.add_argument("--toml", action="store_true", help="print the resolved recipe as TOML")
    e.set_defaults(func=cmd_explain)

    t = sub.add_parser("trace", help="one document's story: source, every removal, final text or why it was dropped")
    t.add_argument("out")
    t.add_argument("id")
    t.add_argument("--html", metavar="FILE", help="also write the document viewer to FILE")
    t.set_defaults(func=cmd_trace)

    m = sub.add_parser("sample", help="examples of what a reason removed or dropped")
    m.add_argument("out")
    m.add_argument("--reason", required=True)
    m.add_argument("-n", type=int, default=10)
    m.set_defaults(func=cmd_sample)

    x = sub.add_parser("export", help="a run's kept documents as token files for trainers (Megatron, nanotron, Parquet)")
    x.add_argument("run", metavar="RUN", help="a run directory")
    x.add_argument("-o", "--out", required=True, help="output folder")
    x.add_argument("--tokenizer", default="deepseek-v3",
                   help="deepseek-v3 (default), qwen2.5, qwen3.6, or the path of a byte-level BPE tokenizer.json")
    x.add_argument("--format", choices=["megatron", "nanotron", "parquet"], default="megatron")
    x.add_argument("--min-quality", type=float, default=None, metavar="Q",
                   help="leave out documents whose quality score is below Q (or missing)")
    x.add_argument("--budget", type=_token_count, default=None, metavar="TOKENS",
                   help="fill this many tokens from the highest quality down (e.g. 2e9, 500M, 1B); repeats count")
    x.add_argument("--upsample", choices=["none", "rehydrate"], default="none",
                   help="rehydrate: repeat each dedup survivor by FineWeb-2's cmn_Hani weight for its cluster size")
    x.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    x.add_argument("--executor", choices=["inline", "local", "ray"], default="local")
    x.add_argument("--ray-address", default=None)
    x.add_argument("--resume", action="store_true", help="continue an interrupted export")
    x.add_argument("--overwrite", action="store_true", help="replace an existing output folder")
    x.set_defaults(func=cmd_export)

    rep = sub.add_parser("report", help="(re)build OUT/report.html")
    rep.add_argument("out")
    rep.set_defaults(func=cmd_report)

    q = sub.add_parser("quality", help="the learned quality score: train a model, evaluate scores against labels")
    qsub = q.add_subparsers(metavar="ACTION")
    qt = qsub.add_parser("train", help="train a fastText model on character n-grams: positives (your best data) vs negatives")
    qt.add_argument("--positive", nargs="+", required=True, metavar="FILE", help="files or folders of good documents (JSONL, Parquet, txt, ...)")
    qt.add_argument("--negative", nargs="+", required=True, metavar="FILE", help="files or folders of other documents (e.g. a random sample of a run)")
    qt.add_argument("-o", "--out", required=True, metavar="MODEL", help="where to write the model (.bin)")
    qt.add_argument("--text-field", default="text", help="JSONL/Parquet field holding the text (default: text)")
    for name, default in (("epoch", 5), ("dim", 32), ("word-ngrams", 3), ("min-count", 2), ("seed", 1)):
        qt.add_argument(f"--{name}", type=int, default=default, help=f"(default: {default})")
    qt.add_argument("--lr", type=float, default=0.1, help="(default: 0.1)")
    qt.set_defaults(func=cmd_quality_train)
    qe = qsub.add_parser("eval", help="ROC-AUC, precision at the keep rate and Spearman of a run's scores against labels")
    qe.add_argument("run", help="a run directory")
    qe.add_argument("--labels", required=True, metavar="FILE", help="JSONL labels: id (or gid), keep, edu (see README)")
    qe.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples for the 95%% intervals (default: 1000)")
    qe.add_argument("--json", action="store_true", help="print the figures as JSON")
    qe.set_defaults(func=cmd_quality_eval)

    sc = sub.add_parser("score", help="score a run against line, document and duplicate labels")
    sc.add_argument("out", metavar="RUN")
    sc.add_argument("--lines", required=True, metavar="L", help="line labels: JSONL[.gz] of id, text, label, why, pii")
    sc.add_argument("--docs", metavar="D", help="document labels: JSONL[.gz] of id, label, why, cluster")
    sc.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    sc.set_defaults(func=cmd_score)
    return p


def cmd_quality_train(args: argparse.Namespace) -> int:
    from .qmodel import TrainOptions, read_texts, train

    options = TrainOptions(epoch=args.epoch, lr=args.lr, dim=args.dim, word_ngrams=args.word_ngrams,
                           min_count=args.min_count, seed=args.seed)
    pos = list(read_texts(args.positive, args.text_field))
    neg = list(read_texts(args.negative, args.text_field))
    print(json.dumps(train(pos, neg, args.out, options), ensure_ascii=False, indent=1))
    return 0


def cmd_quality_eval(args: argparse.Namespace) -> int:
    from .qeval import evaluate, format_report

    result = evaluate(args.run, args.labels, n_boot=args.bootstrap)
    print(json.dumps(result, indent=1) if args.json else format_report(result))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from .executors import make_executor
    from .io.base import ReadOptions
    from .recipe import load_recipe
    from .runner import run
    from .ui import Progress, print_summary

    pipeline = load_recipe(args.recipe)
    _check_work_dir(args)
    options = {"address": args.ray_address} if args.executor == "ray" else {}
    executor = make_executor(args.executor, args.workers, **options)
    progress = Progress(enabled=not args.quiet)
    try:
        with progress:
            result = run(args.inputs, args.out, pipeline, executor=executor, resume=args.resume, overwrite=args.overwrite,
                         fmt=args.format, read_options=ReadOptions(text_field=args.text_field, id_field=args.id_field),
                         shard_bytes=int(args.shard_mb * 2**20), max_error_share=args.max_error_share,
                         report=not args.no_report, keep_work=args.keep_work, work_dir=args.work_dir,
                         progress=progress.update)
    finally:
        executor.close()
    if not args.quiet:
        print_summary(result)
    return 0


def _check_work_dir(args: argparse.Namespace) -> None:
    """A remote OUT on a Ray cluster needs a shared work folder: the default one is local
    to the machine that starts the run, and the other nodes could not see its files."""
    import os

    from .errors import RunDirectoryError
    from .io.fs import is_remote

    address = args.ray_address or os.environ.get("RAY_ADDRESS")
    if args.executor == "ray" and address and address != "local" and is_remote(args.out) and not args.work_dir:
        raise RunDirectoryError(f"{args.out}: a remote output on a Ray cluster needs --work-dir on a filesystem every node "
                         "mounts (NFS or similar), for the run's markers and intermediate files")


def cmd_steps(args: argparse.Namespace) -> int:
    from .catalog import catalog
    from .pipeline import step_params

    for name, cls in catalog().items():
        doc = (cls.__doc__ or "").strip().split("\n")[0]
        print(f"{name}  [{cls.kind}]  {doc}")
        for f in step_params(cls):
            default = f.default if f.default is not f.default_factory else None
            if default is not None and repr(default).startswith("<dataclasses"):
                default = f.default_factory()  # type: ignore[misc]
            print(f"    {f.name} = {default!r}")
        for reason, why in cls.reasons.items():
            print(f"    -> {reason}: {why}")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from .recipe import load_recipe, to_toml

    pipeline = load_recipe(args.recipe)
    print(to_toml(pipeline) if args.toml else pipeline.explain())
    return 0


def _require_run(out: str):
    from .rundir import RunDir

    return RunDir.open(out)


def cmd_trace(args: argparse.Namespace) -> int:
    from .errors import RunDirectoryError
    from .trace import trace

    rd = _require_run(args.out)
    story = trace(rd, args.id)
    if story is None:
        raise RunDirectoryError(f"{args.out}: no document with id {args.id!r}")
    print(story.render())
    if args.html:
        from . import report

        Path(args.html).write_text(report.render_document_html(rd.path, args.id), encoding="utf-8")
        print(f"viewer written to {args.html}")
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    from .trace import sample

    rd = _require_run(args.out)
    rows = sample(rd, args.reason, args.n)
    if not rows:
        print(f"no document was dropped and no span removed for reason {args.reason!r}")
        return 1
    for row in rows:
        print(row)
    return 0


def _token_count(value: str) -> int:
    """2e9, 500M, 1.5B, 10k -> tokens."""
    units = {"k": 10**3, "m": 10**6, "b": 10**9, "g": 10**9, "t": 10**12}
    text = value.strip().lower().replace("_", "").replace(",", "")
    try:
        if text and text[-1] in units:
            return int(float(text[:-1]) * units[text[-1]])
        return int(float(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a token count: {value!r} (examples: 2e9, 500M, 1B)") from None


def cmd_export(args: argparse.Namespace) -> int:
    from .executors import make_executor
    from .export import export

    options = {"address": args.ray_address} if args.executor == "ray" else {}
    executor = make_executor(args.executor, args.workers, **options)
    try:
        result = export(args.run, args.out, args.tokenizer, args.format, executor=executor,
                        min_quality=args.min_quality, budget=args.budget, upsample=args.upsample,
                        resume=args.resume, overwrite=args.overwrite)
    finally:
        executor.close()
    totals = result.summary["totals"]
    print(f"{result.documents:,} documents, {result.sequences:,} sequences, {result.tokens:,} tokens "
          f"({result.summary['tokenizer']['name']}, {args.format}) -> {result.out} "
          f"[{totals['documents_below_quality']:,} below quality, {totals['documents_over_budget']:,} over budget]")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from . import report

    rd = _require_run(args.out)
    path = report.build_report(rd.path)
    print(f"report written to {path}")
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from .score import render, score_run

    scores = score_run(args.out, args.lines, args.docs)
    print(json.dumps(scores, ensure_ascii=False) if args.json else render(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
