"""The learned quality score: `jinglian quality train`, the `quality.model` annotator and filter, and
`jinglian quality eval`, on small texts made up for the test (no model is shipped or downloaded)."""
from __future__ import annotations

import json
import random

import pytest

pytest.importorskip("fasttext", reason="the 'model' extra (fasttext-numpy2) is not installed")

import jinglian  # noqa: E402
from jinglian.cli import main  # noqa: E402
from jinglian.errors import RecipeError  # noqa: E402
from jinglian.pipeline import Pipeline  # noqa: E402
from jinglian.qmodel import Model, TrainOptions, file_sha256, model_text, train  # noqa: E402
from jinglian.qeval import evaluate, roc_auc, spearman  # noqa: E402
from jinglian.steps.model import ModelFilter, ModelScore, ModelTopShare  # noqa: E402
from jinglian.steps.quality import Signals  # noqa: E402

PLACES = ["北京", "上海", "广州", "成都", "武汉", "西安", "杭州", "南京", "重庆", "长沙"]
TOPICS = ["粮食生产", "城市交通", "教育改革", "医疗服务", "环境保护", "科技创新", "文化遗产", "乡村振兴"]
SPAM = ["免费观看", "高清无码", "澳门赌场", "注册送彩金", "一夜暴富", "代开发票", "网赚项目", "裸聊直播",
        "时时彩计划", "刷单兼职", "贷款秒批", "成人视频"]


def good_text(rng: random.Random) -> str:
    p, t = rng.choice(PLACES), rng.choice(TOPICS)
    return (f"记者从{p}市有关部门了解到，今年以来{t}工作取得了明显进展。专家认为，"
            f"下一步应当继续完善相关制度，加强部门之间的协调，让群众得到更多实惠。"
            f"据介绍，{p}将在年底前出台新的措施，进一步推动{t}。")


def spam_text(rng: random.Random) -> str:
    return "_".join(rng.sample(SPAM, 6)) + "\n" + " ".join(rng.sample(SPAM, 5))


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    rng = random.Random(7)
    d = tmp_path_factory.mktemp("qm")
    pos = [good_text(rng) for _ in range(60)]
    neg = [spam_text(rng) for _ in range(60)]
    (d / "pos.jsonl").write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in pos) + "\n", encoding="utf-8")
    (d / "neg.jsonl").write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in neg) + "\n", encoding="utf-8")
    return d, pos, neg


def test_model_text_is_one_token_per_character():
    assert model_text("今天 天气\n很好。") == "今 天 天 气 很 好 。"
    assert model_text("一二三四五", max_chars=3) == "一 二 三"


def test_training_is_reproducible_and_the_model_tells_good_from_spam(data, tmp_path):
    d, pos, neg = data
    a = train(pos, neg, tmp_path / "a.bin", TrainOptions(epoch=10))
    b = train(pos, neg, tmp_path / "b.bin", TrainOptions(epoch=10))
    assert a["sha256"] == b["sha256"] == file_sha256(tmp_path / "a.bin")
    assert a["positives"] == 60 and a["negatives"] == 60
    c = train(pos, neg, tmp_path / "c.bin", TrainOptions(epoch=10, seed=2))
    assert c["sha256"] != a["sha256"]  # the seed is what fixes it
    m = Model(tmp_path / "a.bin")
    rng = random.Random(99)  # texts the model has not seen
    assert min(m.score(good_text(rng)) for _ in range(10)) > max(m.score(spam_text(rng)) for _ in range(10))
    assert m.score("") == 0.0


def test_cli_train_annotator_filter_fingerprint_and_eval(data, tmp_path, capsys):
    d, pos, neg = data
    model = tmp_path / "m.bin"
    assert main(["quality", "train", "--positive", str(d / "pos.jsonl"), "--negative", str(d / "neg.jsonl"),
                 "-o", str(model), "--epoch", "10"]) == 0
    assert json.loads(capsys.readouterr().out)["sha256"] == file_sha256(model)

    rng = random.Random(5)
    docs = [("g%d" % i, good_text(rng)) for i in range(8)] + [("s%d" % i, spam_text(rng)) for i in range(8)]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in docs) + "\n", encoding="utf-8")
    steps = [ModelScore(model=str(model)), Signals(), ModelFilter(min_score=0.5)]
    pipeline = Pipeline(steps, name="model-test")
    out = tmp_path / "run"
    result = jinglian.run([str(src)], str(out), pipeline, executor=jinglian.InlineExecutor())
    assert result.documents_kept == 8 and result.dropped_by_reason() == {"quality.model_low": 8}
    kept = {r["id"]: json.loads(r["scores"]) for r in _rows(out / "kept")}
    assert set(kept) == {"g%d" % i for i in range(8)} and all(s["quality_model"] >= 0.5 for s in kept.values())

    # the top share of the run by the model's score (a percentile): a quarter of 16 documents
    top = Pipeline([ModelScore(model=str(model)), ModelTopShare(keep_share=0.25)], name="model-top")
    res_top = jinglian.run([str(src)], str(tmp_path / "run-top"), top, executor=jinglian.InlineExecutor())
    kept_top = [json.loads(r["scores"])["quality_model"] for r in _rows(tmp_path / "run-top" / "kept")]
    dropped_top = [json.loads(r["scores"])["quality_model"] for r in _rows(tmp_path / "run-top" / "dropped")]
    fourth = sorted(kept_top + dropped_top, reverse=True)[3]
    # the cutoff is the 4th best score; documents tying with it are kept too
    assert len(kept_top) == sum(v >= fourth for v in kept_top + dropped_top) >= 4
    assert min(kept_top) >= fourth > max(dropped_top)
    assert res_top.dropped_by_reason() == {"quality.model_below_share": len(dropped_top)}
    with pytest.raises(RecipeError):
        ModelTopShare(keep_share=0)

    # the fingerprint covers the model's bytes; a pinned hash that differs stops the run
    other = tmp_path / "m2.bin"
    train(pos[:40], neg[:40], other, TrainOptions(epoch=3))
    assert Pipeline([ModelScore(model=str(other))]).fingerprint() != Pipeline([ModelScore(model=str(model))]).fingerprint()
    with pytest.raises(RecipeError, match="sha256"):
        ModelScore(model=str(model), sha256="0" * 64).setup()

    labels = tmp_path / "labels.jsonl"
    labels.write_text("\n".join(json.dumps({"gid": i, "keep": [i.startswith("g")] * 2, "edu": [3 if i.startswith("g") else 0, 2]})
                                for i, _ in docs) + "\n", encoding="utf-8")
    res = evaluate(str(out), str(labels), n_boot=50)
    assert res["documents"] == 16 and res["kept"] == 8
    m = res["scores"]["quality_model"]
    assert m["roc_auc"]["value"] == 1.0 and m["precision_at_keep_rate"]["value"] == 1.0
    assert "combined" in res["scores"] and "quality" in res["scores"]
    lo, hi = m["spearman_value"]["ci95"]
    assert lo <= m["spearman_value"]["value"] <= hi
    assert main(["quality", "eval", str(out), "--labels", str(labels)]) == 0
    assert "ROC-AUC" in capsys.readouterr().out


def test_eval_metrics_on_known_cases():
    import numpy as np

    assert roc_auc(np.array([0.1, 0.4, 0.35, 0.8]), np.array([False, False, True, True])) == 0.75
    assert spearman(np.array([1.0, 2, 3, 4]), np.array([10.0, 20, 30, 40])) == pytest.approx(1.0)


def test_bad_model_and_labels_are_reported_without_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"not a model")
    assert main(["quality", "eval", str(tmp_path), "--labels", str(tmp_path / "missing.jsonl")]) == 2
    assert "missing.jsonl" in capsys.readouterr().err
    with pytest.raises(RecipeError):
        ModelScore(model="")


def _rows(folder):
    import pyarrow.parquet as pq

    for p in sorted(folder.glob("*.parquet")):
        yield from pq.read_table(p).to_pylist()
