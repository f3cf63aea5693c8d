"""Deduplication across scripts and reposts: the fold, the three phases, the runner, paragraphs."""
from __future__ import annotations

import json
import random

import numpy as np
import opencc
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from jinglian import InlineExecutor, LocalExecutor, Pipeline, load_recipe, run
from jinglian.document import Document, Drop
from jinglian.steps.dedup import MinHashDedup, ParagraphDedup
from jinglian.steps.dedup.clusters import attach_leaves, components, survivors
from jinglian.steps.dedup.contained import _scan
from jinglian.steps.dedup.sketch import containment_sample, oph_sketch, sample_similarity
from jinglian.steps.quality import Signals
from jinglian.zh.fold import dedup_key, fold, shingle_hashes

from helpers import digest, outputs, write_jsonl

# Sentences written for these tests; articles are made by joining them into paragraphs.
SENTENCES = [
    "今年春天，这座城市的地铁新线正式开通运营，沿线居民的出行时间明显缩短。",
    "据市交通部门介绍，新线全长三十二公里，共设车站二十四座，其中换乘站六座。",
    "开通首日，不少市民专程前来体验，车厢里挤满了拍照留念的乘客。",
    "专家认为，轨道交通网络的完善将带动周边商业和住房的发展。",
    "与此同时，公交线路也将随之调整，以便与地铁站点更好地衔接。",
    "气象台发布消息称，受冷空气影响，未来三天全省将出现大范围降温。",
    "部分山区可能出现雨夹雪天气，请过往车辆注意行车安全，减速慢行。",
    "农业部门提醒种植户及时加固大棚，做好蔬菜和果树的防冻工作。",
    "学校方面表示，如遇极端天气，将根据教育部门的通知调整上课时间。",
    "电力公司已组织抢修队伍待命，确保居民在寒潮期间的正常用电。",
    "这家老字号面馆开业已有六十多年，每天清晨门口都排起长队。",
    "店主说，汤底要用骨头熬上整整一夜，面条则坚持手工现做。",
    "许多外地游客慕名而来，只为尝一口地道的传统风味。",
    "随着城市改造的推进，面馆所在的老街区也迎来了新的变化。",
    "街坊们希望，这份熟悉的味道能够一直留在这条街上。",
    "研究团队在实验室中培育出一种耐盐碱的新型水稻品种。",
    "试验田的数据显示，在含盐量较高的土地上，这种水稻仍能保持稳定产量。",
    "项目负责人表示，下一步将在沿海多个地区开展大面积示范种植。",
    "如果推广顺利，将有助于提高边际土地的利用效率，保障粮食安全。",
    "该成果已在国际学术期刊上发表，引起了同行的广泛关注。",
    "图书馆推出了夜间开放服务，每周五和周六延长至晚上十点。",
    "馆方还新增了自习区座位，并为读者提供免费的无线网络。",
    "不少上班族表示，下班后终于有了一个安静读书的好去处。",
    "图书馆负责人说，今后将根据读者的反馈继续优化服务时间。",
    "志愿者们利用周末时间为社区老人讲解智能手机的使用方法。",
    "从视频通话到网上挂号，老人们一项一项认真地学习和练习。",
    "一位七十多岁的老人高兴地说，现在自己也能给远方的孙子发照片了。",
    "社区计划把这项活动长期办下去，让更多老人跟上数字生活。",
    "博物馆新展出了一批出土文物，其中包括保存完好的青铜器和陶器。",
    "讲解员介绍，这些文物反映了当时人们的生活方式和手工技艺。",
    "展览期间，博物馆每天限量预约参观，以保证良好的观展体验。",
    "不少家长带着孩子前来参观，希望孩子们能够了解历史、热爱文化。",
]
CHROME = ["首页 > 新闻 > 正文", "登录 | 注册", "责任编辑：小王", "分享到：微信 微博", "返回首页", "网友评论"]


def article(indexes: list[list[int]]) -> list[str]:
    return ["".join(SENTENCES[i] for i in para) for para in indexes]


ART_A = article([[0, 1], [2, 3], [4], [5, 6], [7, 8], [9]])
ART_B = article([[10, 11], [12], [13, 14], [15, 16]])
ART_C = article([[20, 21], [22, 23], [24, 25], [26, 27]])
ART_D = article([[28, 29], [30, 31], [17, 18], [19]])

s2t, s2hk = opencc.OpenCC("s2t"), opencc.OpenCC("s2hk")

CAPTION = "图为开通首日的地铁站台，乘客们正在有序上车。"
CORPUS = {
    # the most complete copy: it alone carries the photo caption
    "a-original": "\n".join([CHROME[0], *ART_A, CAPTION, CHROME[2]]),
    # traditional script, other chrome
    "a-traditional": s2t.convert("\n".join([CHROME[1], *ART_A, CHROME[3], CHROME[5]])),
    # Hong Kong script, truncated to 4 of 6 paragraphs, a foreign fragment glued on top
    "a-truncated-hk": s2hk.convert("\n".join([ART_B[0][:30], CHROME[4], *ART_A[:4]])),
    # the same text with other spacing and ASCII punctuation: an exact duplicate of the key
    "a-respaced": "\n".join([CHROME[1], *ART_A, CAPTION]).replace("，", ", ").replace("。", ". "),
    "b": "\n".join([CHROME[0], *ART_B]),
    "c": "\n".join(ART_C),
    "d": "\n".join([CHROME[5], *ART_D, CHROME[2]]),
}


def run_phases(step, docs: dict[str, str], tmp_path, shards: int = 1, executor=None):
    """signature -> parquet per shard -> resolve -> load -> decide, as the runner does: each
    shard's documents are decided on with the decisions loaded for that shard alone."""
    step.ensure_setup()
    ids = list(docs)
    paths = []
    for s in range(shards):
        rows = [{"id": i, **step.signature(Document(i, docs[i]))} for i in ids[s::shards]]
        path = tmp_path / f"sig-{s}.parquet"
        pq.write_table(pa.Table.from_pylist(rows), path)
        paths.append(str(path))
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    summary = step.resolve(paths, str(work), executor or InlineExecutor())
    verdicts = {}
    for s in range(shards):
        decisions = step.load(str(work), f"sig-{s}")
        verdicts.update((i, step.decide(Document(i, docs[i]), decisions)) for i in ids[s::shards])
    return {i: verdicts[i] for i in ids}, summary


# --- the key ------------------------------------------------------------------------------

def test_fold_joins_simplified_traditional_taiwan_and_hongkong():
    text = "".join(ART_A)
    keys = {fold(opencc.OpenCC(cfg).convert(text)) for cfg in ("s2t", "s2tw", "s2hk")}
    assert keys == {fold(text)}
    # and raw character 5-grams of the two scripts barely overlap, which is why we fold
    raw_s = {text[i:i + 5] for i in range(len(text) - 4)}
    trad = s2t.convert(text)
    raw_t = {trad[i:i + 5] for i in range(len(trad) - 4)}
    assert len(raw_s & raw_t) / len(raw_s | raw_t) < 0.3


def test_fold_normalises_width_case_punctuation_and_space():
    assert fold("ＡＢＣ１２３，Hello World！\n 世界。") == fold("abc123,hello world!世界.") == "abc123helloworld世界"
    assert fold("著") == fold("着") and fold("發") == fold("髮") == fold("发")
    assert fold("𠀀𪚥") == "𠀀𪚥"  # astral Han kept


def test_dedup_key_skips_short_lines_unless_nothing_long_is_left():
    text = "首页 > 新闻\n" + ART_A[0] + "\n返回首页"
    assert fold(ART_A[0]) == dedup_key(text, 10).tobytes().decode("utf-32-le")
    assert len(dedup_key("登录\n注册", 10)) == 4  # only short lines: the whole text


def test_shingles_and_sketch_agree_with_exact_jaccard():
    a = dedup_key("".join(ART_A))
    b = dedup_key("".join(ART_A[:4]) + "".join(ART_C))
    ha, hb = np.sort(shingle_hashes(a)), np.sort(shingle_hashes(b))
    true_j = len(set(ha.tolist()) & set(hb.tolist())) / len(set(ha.tolist()) | set(hb.tolist()))
    oph_j = (oph_sketch(np.unique(ha), 128) == oph_sketch(np.unique(hb), 128)).mean()
    assert abs(oph_j - true_j) < 0.12
    sa, sb = containment_sample(np.unique(ha), 256, 2), containment_sample(np.unique(hb), 256, 2)
    jac, con, _ = sample_similarity(sa, sb, 2)
    assert abs(jac - true_j) < 0.1
    assert shingle_hashes(dedup_key("短")).shape == (1,)  # shorter than n: one shingle
    assert shingle_hashes(dedup_key("")).shape == (0,)


def test_sample_similarity_mixes_a_whole_set_with_a_sample():
    rng = np.random.default_rng(1)
    big = np.unique(rng.integers(0, 2**63, 4000, dtype=np.uint64))
    small = big[rng.choice(len(big), 200, replace=False)]
    sample_big = containment_sample(big, 256, 2)  # sampled
    whole_small = containment_sample(np.sort(small), 256, 2)  # kept whole
    assert len(whole_small) == 200 and len(sample_big) < 1500
    _, con, n = sample_similarity(whole_small, sample_big, 2)
    assert con == 1.0 and n < 200  # the whole set was brought to the sampling rate


# --- the three phases ---------------------------------------------------------------------

def test_reposts_across_scripts_truncation_and_chrome_join_their_original(tmp_path):
    verdicts, summary = run_phases(MinHashDedup(), CORPUS, tmp_path)
    dropped = {i: v for i, v in verdicts.items() if v is not None}
    assert set(dropped) == {"a-traditional", "a-truncated-hk", "a-respaced"}
    # survivor: the most complete copy (then quality, then the smallest id)
    assert {v.duplicate_of for v in dropped.values()} == {"a-original"} and verdicts["a-original"] is None
    for v in dropped.values():
        assert isinstance(v, Drop) and v.reason in MinHashDedup.reasons
        assert set(v.detail) == {"jaccard", "containment", "cluster_size"} and v.detail["cluster_size"] == 4
    assert dropped["a-respaced"].reason == "minhash.exact" and dropped["a-respaced"].detail["jaccard"] == 1.0
    assert dropped["a-traditional"].reason == "minhash.near_duplicate"
    assert dropped["a-truncated-hk"].detail["containment"] >= 0.6
    assert summary["documents"] == len(CORPUS)


def test_survivor_rule_prefers_complete_then_quality_then_id():
    labels = np.array([0, 0, 0, 3, 3, 5])
    completeness = np.array([10, 12, 12, 5, 5, 1])
    quality = np.array([0.1, 0.2, 0.9, np.nan, np.nan, np.nan])
    id_rank = np.array([0, 1, 2, 4, 3, 5])
    assert survivors(labels, completeness, quality, id_rank).tolist() == [2, 2, 2, 4, 4, 5]
    assert components(5, np.array([0, 3]), np.array([1, 4])).tolist() == [0, 0, 2, 3, 3]


def test_quality_score_breaks_ties_between_equal_copies(tmp_path):
    step = MinHashDedup()
    step.ensure_setup()
    docs = {"x1": "\n".join(ART_B), "x2": "\n".join(ART_B)}
    rows = []
    for i, q in (("x1", 0.2), ("x2", 0.8)):
        d = Document(i, docs[i], scores={"quality": q})
        rows.append({"id": i, **step.signature(d)})
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "s.parquet")
    step.resolve([str(tmp_path / "s.parquet")], str(tmp_path), InlineExecutor())
    verdict = step.decide(Document("x1", docs["x1"]), step.load(str(tmp_path)))
    assert verdict.duplicate_of == "x2" and verdict.reason == "minhash.exact"


def test_signature_is_plain_python_values():
    step = MinHashDedup()
    step.ensure_setup()
    sig = step.signature(Document("x", CORPUS["a-original"]))
    assert {type(v) for v in sig.values()} <= {bytes, int, float, type(None)}
    assert len(sig["sketch"]) == 4 * step.num_perm
    empty = step.signature(Document("e", "……！！"))
    assert empty["shingles"] == 0


def test_same_decisions_for_any_shard_layout_and_executor(tmp_path):
    rng = random.Random(3)
    docs = {**CORPUS, **TRIO, **SHARED_LINE}  # with leaves
    for k in range(40):  # unrelated documents made of other sentence mixes
        docs[f"z{k:02d}"] = "\n".join("".join(rng.sample(SENTENCES, 3)) for _ in range(4))
    (tmp_path / "one").mkdir()
    one, _ = run_phases(MinHashDedup(), docs, tmp_path / "one")
    shuffled = dict(sorted(docs.items(), key=lambda kv: kv[0][::-1]))
    (tmp_path / "three").mkdir()
    three, _ = run_phases(MinHashDedup(band_groups=3), shuffled, tmp_path / "three", shards=3,
                          executor=LocalExecutor(2))
    assert one == three


def test_unrelated_documents_sharing_chrome_and_a_sentence_stay(tmp_path):
    docs = {
        "p": "\n".join([CHROME[0], ART_B[0], ART_C[0], CHROME[2], CHROME[5]]),
        "q": "\n".join([CHROME[0], ART_B[0] + SENTENCES[30], ART_D[0], CHROME[2], CHROME[5]]),
    }
    verdicts, _ = run_phases(MinHashDedup(), docs, tmp_path)
    assert verdicts == {"p": None, "q": None}


# --- short copies contained in a larger document (leaves) ----------------------------------

TITLE, TAG = "城市地铁新线正式开通运营沿线居民出行更加便捷", "地铁新线开通首日客流创新高"
HEAD = [TITLE, "【", f"#{TITLE}#", "】", f"#{TAG}#"]
# the dev set's d000049/d000050/d000051 in miniature: an article with its title and hashtags, a
# full traditional repost, and a Hong Kong repost cut down to the title and hashtags (as cleaning
# leaves it): 30 shingles against 293, a tenth of the article, far below the size-ratio guard
TRIO = {
    "t-article": "\n".join([CHROME[0], *HEAD, *ART_A, CHROME[2]]),
    "t-repost": s2t.convert("\n".join([*HEAD, *ART_A, CHROME[5]])),
    "t-headline": s2hk.convert("\n".join(HEAD)),
}
# one stock sentence that two unrelated articles both carry, and a page that is only that sentence
GENERIC = "本报记者在现场看到，市民们排队有序，现场秩序井然，工作人员耐心地解答大家的问题。"
SHARED_LINE = {
    "g-bus": "\n".join([*ART_B, GENERIC]),
    "g-library": "\n".join([GENERIC, *ART_C]),
    "g-line": GENERIC,
}


def test_a_headline_repost_contained_in_its_original_is_dropped_as_a_leaf(tmp_path):
    verdicts, summary = run_phases(MinHashDedup(), {**TRIO, "d": CORPUS["d"], "c": CORPUS["c"]}, tmp_path)
    assert verdicts["t-article"] is None and verdicts["t-repost"].duplicate_of == "t-article"
    leaf = verdicts["t-headline"]
    assert leaf.reason == "minhash.contained" and leaf.duplicate_of == "t-article"
    assert leaf.detail["containment"] == 1.0 and leaf.detail["jaccard"] < 0.2  # why LSH and the guard miss it
    assert leaf.detail["contained_in"] in {"t-article", "t-repost"} and leaf.detail["cluster_size"] == 3
    assert verdicts["c"] is None and verdicts["d"] is None
    assert summary["dropped_contained"] == 1


def test_a_generic_line_in_two_unrelated_articles_joins_neither_to_the_other(tmp_path):
    verdicts, summary = run_phases(MinHashDedup(), SHARED_LINE, tmp_path)
    assert verdicts["g-bus"] is None and verdicts["g-library"] is None  # no bridge through the short page
    leaf = verdicts["g-line"]
    # contained (1.0) in both: the larger container wins, deterministically
    assert leaf.reason == "minhash.contained" and leaf.duplicate_of == "g-library" == leaf.detail["contained_in"]
    assert leaf.detail["cluster_size"] == 2 and summary["contained_pairs"] == 2
    # text found in more documents than leaf_max_containers is generic, not a copy: left alone
    (tmp_path / "capped").mkdir()
    verdicts, _ = run_phases(MinHashDedup(leaf_max_containers=2), SHARED_LINE, tmp_path / "capped")
    assert verdicts == {"g-bus": None, "g-library": None, "g-line": None}


def test_a_short_page_with_text_of_its_own_is_not_a_leaf(tmp_path):
    # the stock sentence plus one of its own: 0.6 of it is in the article, which is 6x larger
    docs = {"big": "\n".join([*ART_A, GENERIC]), "own": GENERIC + SENTENCES[12]}
    verdicts, summary = run_phases(MinHashDedup(), docs, tmp_path)
    assert verdicts == {"big": None, "own": None} and summary["short_heads"] == 1


def test_the_sample_scan_finds_values_that_share_a_table_bucket(tmp_path):
    # 4096 and 4104 share their top 22 bits (one table bucket); 4100 is there too but not wanted
    values = np.array([5, 4104, 1 << 30, 4096, 4100, 4096], dtype=np.uint32)
    values.tofile(tmp_path / "samples.u32")
    wanted = np.array([4096, 4104, 1 << 30], dtype=np.uint32)
    found = [(p.tolist(), w.tolist()) for p, w in _scan(tmp_path, wanted)]
    assert found == [([1, 2, 3, 5], [1, 2, 0, 0])]
    assert [(p.tolist(), w.tolist()) for p, w in _scan(tmp_path, wanted, np.array([1]))] == [([1], [1])]


def test_leaves_attach_to_one_cluster_and_chains_end_at_the_root():
    # clusters {0, 1} (big), {2} (big, unrelated), {3} contained in both, {4} contained in 3
    labels = np.array([0, 0, 2, 3, 4])
    size = np.array([900, 800, 700, 100, 15])
    id_rank = np.arange(5)
    new, via = attach_leaves(labels, size, id_rank, np.array([3, 3, 4]), np.array([1, 2, 3]),
                             np.array([1.0, 1.0, 0.95]))
    assert new.tolist() == [0, 0, 2, 0, 0]  # 3 went to the larger container (1, cluster 0); 4 followed it
    assert via.tolist() == [-1, -1, -1, 1, 3]
    new, _ = attach_leaves(labels, size, id_rank, np.array([3, 3]), np.array([1, 2]), np.array([0.92, 0.97]))
    assert new.tolist() == [0, 0, 2, 2, 4]  # higher containment first


def test_leaves_are_the_same_for_any_worker_count_through_the_runner(tmp_path):
    rows = [{"id": k, "text": v} for k, v in {**TRIO, **SHARED_LINE, "d": CORPUS["d"]}.items()]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    digests = []
    for i, executor in enumerate([InlineExecutor(), LocalExecutor(2)]):
        out = tmp_path / f"out-{i}"
        run([str(src)], out, load_recipe("dedup-only"), executor=executor, shard_bytes=3000, report=False)
        digests.append(digest(out))
    assert len(digests[0]) > 3 and digests[0] == digests[1]
    _, dropped, _ = outputs(tmp_path / "out-0")
    by_id = {r["id"]: r for r in dropped}
    assert by_id["t-headline"]["reason"] == "minhash.contained" and by_id["t-headline"]["duplicate_of"] == "t-article"
    assert "g-bus" not in by_id and "g-library" not in by_id


def test_the_quality_score_of_quality_signals_breaks_ties_between_equal_copies(tmp_path):
    # two copies with the same key: one lost its sentence-final punctuation (which the key ignores)
    rows = [{"id": "b1-flat", "text": "\n".join(p.rstrip("。") for p in ART_B)}, {"id": "b2", "text": "\n".join(ART_B)}]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    run([str(src)], tmp_path / "out", Pipeline([Signals(), MinHashDedup()]), report=False)
    kept, dropped, _ = outputs(tmp_path / "out")
    assert [r["id"] for r in kept] == ["b2"]  # by id alone b1-flat would survive
    (drop,) = dropped
    assert drop["reason"] == "minhash.exact" and drop["duplicate_of"] == "b2"
    scores = {r["id"]: json.loads(r["scores"]) if isinstance(r["scores"], str) else r["scores"] for r in kept + dropped}
    assert scores["b2"]["quality"] > scores["b1-flat"]["quality"]


def test_zh_web_records_the_headline_repost_as_a_copy(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": k, "text": v} for k, v in TRIO.items()])
    run([str(src)], tmp_path / "out", load_recipe("zh-web"), report=False)
    kept, dropped, _ = outputs(tmp_path / "out")
    assert [r["id"] for r in kept] == ["t-article"]
    # the headline repost passes quality.too_short (5 lines, 50+ characters) and reaches dedup
    by_id = {r["id"]: r for r in dropped}
    assert by_id["t-headline"]["reason"] == "minhash.contained" and by_id["t-headline"]["duplicate_of"] == "t-article"


# --- paragraphs ---------------------------------------------------------------------------

def test_a_paragraph_repeated_across_documents_stays_in_one(tmp_path):
    quote = SENTENCES[15] + SENTENCES[16]
    docs = {
        "m1": "\n".join([ART_B[0], quote, ART_B[2]]),
        "m2": "\n".join([ART_C[0], s2t.convert(quote), ART_C[1]]),  # the same paragraph, traditional
        "m3": "\n".join([ART_D[0], ART_D[1]]),
    }
    verdicts, summary = run_phases(ParagraphDedup(), docs, tmp_path)
    assert verdicts["m1"] == [] and verdicts["m3"] == []
    (span,) = verdicts["m2"]
    assert span.reason == "paragraphs.repeated"
    assert docs["m2"][span.start:span.end] == s2t.convert(quote) + "\n"
    assert summary == {"repeated_paragraphs": 1, "removals": 1, "fragments": 0, "partitions": 4}


def test_a_big_corpus_spreads_its_paragraphs_over_more_partitions_with_the_same_verdicts(tmp_path):
    """A resolve task's memory is bounded by `partition_rows`, not by the corpus: more
    paragraphs than that per partition means more partitions, and nothing else changes."""
    rng = random.Random(11)
    quote = SENTENCES[15] + SENTENCES[16]
    docs = {f"p{k:02d}": "\n".join("".join(rng.sample(SENTENCES, 3)) for _ in range(3)) for k in range(12)}
    docs.update(q1="\n".join([ART_B[1], quote]), q2="\n".join([quote, ART_C[2]]), q3=s2t.convert(quote))
    (tmp_path / "few").mkdir(), (tmp_path / "many").mkdir()
    few, few_summary = run_phases(ParagraphDedup(), docs, tmp_path / "few")
    many, many_summary = run_phases(ParagraphDedup(partition_rows=3), docs, tmp_path / "many")
    assert few_summary["partitions"] == 4 and many_summary["partitions"] > 4
    assert many == few
    assert [k for k, spans in many.items() if spans] == ["q2", "q3"]


def test_each_shard_loads_only_the_decisions_about_its_own_documents(tmp_path):
    """Memory bounded by the shard, not the corpus: the decisions a shard task loads name only
    its own documents (minhash) or the paragraphs its documents hold without owning (paragraphs),
    and together they are every decision; copies whose survivor is in another shard still go."""
    rng = random.Random(5)
    unrelated = {f"z{k:02d}": "\n".join("".join(rng.sample(SENTENCES, 3)) for _ in range(4)) for k in range(30)}
    quote = SENTENCES[15] + SENTENCES[16]
    quoting = {"q1": "\n".join([ART_B[1], quote]), "q2": "\n".join([quote, ART_C[2]])}
    for step, docs in ((MinHashDedup(), {**CORPUS, **TRIO, **unrelated}), (ParagraphDedup(), {**unrelated, **quoting})):
        ids = list(docs)
        (tmp_path / step.name).mkdir()
        verdicts, _ = run_phases(step, docs, tmp_path / step.name, shards=3)
        work = str(tmp_path / step.name / "work")
        parts = [step.load(work, f"sig-{s}") for s in range(3)]
        everything = step.load(work)
        if isinstance(step, MinHashDedup):
            for s, part in enumerate(parts):
                assert part and set(part) <= set(ids[s::3])
            assert {k: v for part in parts for k, v in part.items()} == everything
            dropped = {i: v for i, v in verdicts.items() if v is not None}
            assert {"a-traditional", "a-truncated-hk", "a-respaced", "t-repost", "t-headline"} <= set(dropped)
            (tmp_path / "one").mkdir()
            assert run_phases(step, docs, tmp_path / "one")[0] == verdicts
            assert any(ids.index(i) % 3 != ids.index(v.duplicate_of) % 3 for i, v in dropped.items())
        else:
            q2 = ids.index("q2") % 3
            assert ids.index("q1") % 3 != q2
            assert parts[q2] == everything and everything.fragments == {}
            assert set(everything.repeated.values()) == {"q1"} and len(everything.repeated) == 1
            assert all(not part.repeated and not part.fragments for s, part in enumerate(parts) if s != q2)
            assert all(verdicts[i] == [] for i in ids if i != "q2")
            (span,) = verdicts["q2"]
            assert docs["q2"][span.start:span.end] == quote + "\n"


# --- foreign fragments ----------------------------------------------------------------------

# Paragraphs of two real articles (magic-html-zh 9a0e481ae0f33a2e, sohu.com; 9c642bd57e7c44cd,
# news.youth.cn; Apache-2.0, the copy in tests/data/magic-html-zh), whose truncated copies held-out sets 13,
# 17 and 18 glue into other pages.  The NBA paragraph is shorter than paragraphs.dedup's min_chars.
NBA = "北京时间5月20日，今天NBA季后赛步行者130-109战胜尼克斯，大比分4-3晋级东部决赛。"
FAIR = ("3月19日，上海工程技术大学举办了养老服务管理专业专场就业实习招聘会。养老机构泰康之家上海分公司人力资源总监"
        "毛佳杰告诉记者，之前他就了解到这所高校的这个专业今年有第一届本科生毕业，而当天现场场面比他之前预想的更加"
        "“火热”：企业提供的就业岗位和机会远大于该专业第一届毕业生的数量。")
COMMAND = "执行 composer require hamcq/filter-plus"
HEADING = "坚持以习近平新时代中国特色社会主义思想为指导"
SOURCES = {
    "nba": "\n".join(["悲壮！布伦森遭遇左手骨折 第三节受伤提前离场", NBA, "尼克斯官方宣布，布伦森第三节遭遇左手骨折，本场比赛不会回归。"]),
    "fair": "\n".join(["我国首届养老专业本科生迎来毕业季", FAIR, "这届毕业生的就业出路如何？记者采访了两所高校的师生。"]),
    "forum": "\n".join(["Flarum 扩展安装求助", COMMAND + " 之后，后台的扩展列表里看不到它，请问是什么原因？"]),
    # written for these tests: a paragraph opening with a formula that headings repeat
    "policy": "\n".join(["关于做好今年基层治理工作的通知", HEADING + "，全面贯彻落实党的二十大精神，坚持和发展新时代"
                          "“枫桥经验”，健全共建共治共享的社会治理制度，不断提升基层治理体系和治理能力现代化水平。"]),
}
TITLE = "科普中国-辟谣文章"
OWN = ART_C  # the page's own article (sentences written for these tests)
NBA_CUT = s2t.convert(NBA[:24])  # 北京時間5月20日，今天NBA季後賽步行者130: 23 key characters, traditional
FAIR_CUT = FAIR[:90]

FRAGMENT_CASES = [
    # (page, the lines paragraphs.fragment removes from it)
    # held-out 18 d000025: a traditional, short cut of a simplified paragraph right after the title
    ([TITLE, NBA_CUT, *OWN], [NBA_CUT]),
    # after a byline, and with the page converted to Hong Kong script
    ([s2hk.convert(t) for t in (TITLE, "本报记者 林小雨", FAIR[:60], *OWN)], [s2hk.convert(FAIR[:60])]),
    # at the end of the page
    ([TITLE, *OWN, FAIR_CUT], [FAIR_CUT]),
    # two fragments on one page
    ([TITLE, FAIR_CUT, *OWN, NBA_CUT], [FAIR_CUT, NBA_CUT]),
    # the paragraph's first sentence, ended: a quote, not a cut
    ([TITLE, FAIR[:FAIR.index("。") + 1], *OWN], []),
    # a lead-in ending in a colon
    ([TITLE, "3月19日，上海工程技术大学举办了养老服务管理专业专场就业实习招聘会，总监毛佳杰告诉记者：", *OWN], []),
    # the page's own lede, repeated in full below it (the full copy is paragraphs.repeated's)
    ([TITLE, FAIR_CUT, *OWN, FAIR], []),
    # the first line is where a title is: a headline that begins another page's paragraph stays
    ([FAIR_CUT, *OWN], []),
    # 18 key characters in common, then another sentence
    ([TITLE, "3月19日，上海工程技术大学举办了养老知识讲座，邀请多位专家为社区老人讲解健康常识", *OWN], []),
    # the same first sentence (33 key characters), then another: 40 are compared
    ([TITLE, FAIR[:FAIR.index("。") + 1] + "随后校方又组织了一场面向本科生的职业规划讲座，吸引了不少", *OWN], []),
    # a heading that opens a paragraph over 3 times its length elsewhere
    ([TITLE, HEADING, *OWN], []),
    # a line ending in a full-width full stop the lines step does not count
    ([TITLE, FAIR_CUT + "．", *OWN], []),
    # a command line is no Chinese paragraph (2 Han in its first 20 key characters): its start says nothing
    ([TITLE, "安装方法", COMMAND, *OWN], []),
    # a cut paragraph whose article is not in the corpus: no evidence across documents
    ([TITLE, "習近平在上海調研期間專門召開這次座談會。座談會上，國家發展改革委主任鄭柵潔、上海市委書記陳吉寧、江蘇省委書記信長星、提", *OWN], []),
]


def fragment_cuts(docs: dict[str, str], verdicts: dict[str, list]) -> dict[str, list[str]]:
    return {i: [docs[i][sp.start:sp.end].rstrip("\n") for sp in spans if sp.reason == "paragraphs.fragment"]
            for i, spans in verdicts.items()}


@pytest.mark.parametrize("lines,cut", FRAGMENT_CASES)
def test_a_truncated_copy_of_another_documents_paragraph_goes(tmp_path, lines, cut):
    docs = {**SOURCES, "page": "\n".join(lines)}
    verdicts, summary = run_phases(ParagraphDedup(), docs, tmp_path)
    assert fragment_cuts(docs, verdicts) == {**{i: [] for i in SOURCES}, "page": cut}
    assert summary["fragments"] == len(cut)
    assert all(verdicts[i] == [] for i in SOURCES)  # the sources keep their paragraphs


def test_fragment_verdicts_do_not_depend_on_shards_or_partitions(tmp_path):
    """Pages glued with fragments of each other's paragraphs and of the sources, signed in one
    or three shards, resolved in 4 partitions or in as many as there are rows: same verdicts."""
    docs = {**SOURCES}
    for k, (lines, _) in enumerate(FRAGMENT_CASES):
        docs[f"page{k:02d}"] = "\n".join(lines)
    (tmp_path / "one").mkdir(), (tmp_path / "three").mkdir()
    one, summary = run_phases(ParagraphDedup(), docs, tmp_path / "one")
    three, many = run_phases(ParagraphDedup(partition_rows=1), docs, tmp_path / "three", shards=3)
    assert many["partitions"] > 4 and three == one
    cuts = fragment_cuts(docs, one)
    # every page that cuts a fragment on its own still does; the lede page's truncated line has
    # its full copy at home; the first-line page (page07) loses no line as a fragment
    assert {i: c for i, c in cuts.items() if c} == {f"page{k:02d}": cut for k, (_, cut) in enumerate(FRAGMENT_CASES) if cut}
    assert summary["fragments"] == sum(len(c) for c in cuts.values())


def test_a_fragment_goes_through_the_runner_with_its_reason_whatever_the_workers(tmp_path):
    page = "\n".join([TITLE, NBA_CUT, *OWN])
    other = "\n".join([TITLE, *ART_D, FAIR_CUT])
    docs = {**SOURCES, "page": page, "other": other}
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": k, "text": v} for k, v in docs.items()])
    digests = []
    for i, executor in enumerate([InlineExecutor(), LocalExecutor(2)]):
        run([str(src)], tmp_path / f"out-{i}", Pipeline([ParagraphDedup()]), executor=executor, shard_bytes=1500,
            report=False)
        digests.append(digest(tmp_path / f"out-{i}"))
    assert len(digests[0]) > 3 and digests[0] == digests[1]  # several shards, the same bytes
    kept, dropped, edits = outputs(tmp_path / "out-0")
    texts = {r["id"]: r["text"] for r in kept}
    assert not dropped and texts == {**SOURCES, "page": "\n".join([TITLE, *OWN]), "other": "\n".join([TITLE, *ART_D]) + "\n"}
    assert sorted((e["id"], e["reason"], e["removed_text"]) for e in edits) == [
        ("other", "paragraphs.fragment", FAIR_CUT), ("page", "paragraphs.fragment", NBA_CUT + "\n")]
    assert "paragraphs.fragment" in ParagraphDedup.reasons


# --- through the runner -------------------------------------------------------------------

def test_dedup_only_recipe_through_the_runner(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": k, "text": v} for k, v in CORPUS.items()])
    pipeline = load_recipe("dedup-only")
    assert [s.name for s in pipeline.steps] == ["minhash.dedup"]
    run([str(src)], tmp_path / "out", pipeline, report=False)
    kept, dropped, _ = outputs(tmp_path / "out")
    assert {r["id"] for r in dropped} == {"a-traditional", "a-truncated-hk", "a-respaced"}
    assert {r["duplicate_of"] for r in dropped} == {"a-original"}
    # each kept document keeps its own text and script; dropped ones keep theirs in the record
    assert {r["id"]: r["text"] for r in kept} == {r["id"]: CORPUS[r["id"]] for r in kept}
    trad = next(r for r in dropped if r["id"] == "a-traditional")
    assert trad["text"] == CORPUS["a-traditional"] and json.loads(trad["detail"])["jaccard"] > 0.5


def test_zh_web_recipe_ends_with_document_then_paragraph_dedup():
    names = [s.name for s in load_recipe("zh-web").steps]
    assert names[-2:] == ["minhash.dedup", "paragraphs.dedup"]


@pytest.mark.parametrize("bad", [{"num_perm": 100}, {"bands": 90, "rows": 3}])
def test_inconsistent_parameters_fail_before_work(bad):
    with pytest.raises(ValueError):
        MinHashDedup(**bad)
