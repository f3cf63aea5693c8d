"""Document-level quality on real-page defects: garbled (byte-shifted GBK) runs, gambling services
injected into articles, teaser lists.  Every text here is written for the test; the garbled runs are
made the way the web makes them, by decoding our own sentences one byte off."""
from __future__ import annotations

import pytest

from jinglian.document import Document
from jinglian.runner import apply_step
from jinglian.stats import StepStats
from jinglian.steps.quality import (
    Garble, Garbled, GarbledSpans, InjectedSpam, Signals, SummaryList, TeaserList, quality_score, summary_share,
    teaser_share)
from jinglian.zh.garble import garble_signals, garbled_spans, rare_han
from jinglian.zh.inject import injected_hits
from jinglian.zh.lexicon import Folder


def shifted(sentence: str) -> str:
    """`sentence` as a GBK page cut one byte off shows it: a `?` where the lone lead byte was, a
    run of wrong characters, and a `?` where the last byte pair broke."""
    broken = sentence.encode("gbk")[1:].decode("gbk", errors="replace").replace("\ufffd", "?")
    return "?" + broken


PARAS = [
    "新华社记者从当地政府获悉，受强降雨影响的三个乡镇已经恢复供电。",
    "据统计，这次降雨过程共造成两千多间房屋受损，没有人员伤亡。",
    "目前，救援队伍正在清理道路，预计周末前全部恢复通行。",
    "当地气象台提醒，未来三天仍有阵雨，请居民注意防范山洪和地质灾害。",
    "民政部门已经向受灾群众发放了帐篷、棉被和饮用水等生活物资。",
    "专家表示，汛期还没有结束，各地应当继续做好防汛准备。",
]


def test_byte_shifted_runs_are_found_and_ordinary_question_marks_are_not():
    text = PARAS[0] + shifted("据记者了解，") + "当地已经恢复正常供水。" + PARAS[1]
    spans = garbled_spans(text)
    assert len(spans) == 1
    a, b = spans[0]
    assert text[a] == "?" and text[b - 1] == "?" and "当地已经" in text[b:]
    # questions written with an ASCII '?' are prose, not garble
    for ok in ("你吃饭了吗?我吃过了?", "他问：这是真的吗?」然后走了。", "为什么?因为天气太热。真的?",
               "是何事矣?」答曰：无事。", "价格是多少?3元?还是5元?"):
        assert garbled_spans(ok) == [], ok
    # a run of rare characters between two '?' is garble even without a marker before it
    assert garbled_spans("今天天气很好" + "?" + "莨俜钚峦蹇犇" + "?" + "大家都出门了。") != []


def test_rare_characters_are_counted_across_scripts():
    n, rare = rare_han("我们今天去学校上课")
    assert n == 9 and rare == 0
    n_t, rare_t = rare_han("我們今天去學校上課")  # traditional folds onto the same classes
    assert n_t == 9 and rare_t == 0
    assert rare_han("莨俜钚峦蹇犇")[1] >= 4


def run(step, doc):
    st = StepStats(step.name, step.kind)
    step.ensure_setup()
    return apply_step(step, doc, st)


def test_spread_garble_drops_the_document_and_local_garble_is_removed():
    spread = "".join(p if i % 2 == 0 else shifted(p[:6]) + p[6:] for i, p in enumerate(PARAS))
    doc = Document("spread", spread)
    doc.scores.update(Garble().annotate(doc))
    assert doc.scores["garbled_spans"] >= 2 and doc.scores["garbled_share"] > 0.05
    drop = run(Garbled(), doc)
    assert drop is not None and drop.reason == "quality.garbled" and drop.detail["examples"]

    # one short run in a long article: local, so only the run goes
    long_text = "\n".join(PARAS * 6)
    bad = shifted("此外，") + "记者还发现"
    local = long_text + "\n" + bad + "，部分道路仍有积水。"
    doc = Document("local", local)
    doc.scores.update(Garble().annotate(doc))
    assert doc.scores["garbled_spans"] == 1 and doc.scores["garbled_share"] < 0.01
    assert run(Garbled(), doc) is None
    assert run(GarbledSpans(), doc) is None
    assert "?" not in doc.text and doc.text.endswith("记者还发现，部分道路仍有积水。")
    assert doc.edits[-1].removals[0].reason == "quality.garbled_span"
    assert doc.undo() == local

    clean = Document("clean", "\n".join(PARAS))
    assert garble_signals(clean.text)["garbled_spans"] == 0 and run(Garbled(), clean) is None


FOLD = Folder()


@pytest.mark.parametrize("text,terms", [
    ("‘华体会’自然资源部组织专家检查矿山治理情况", ["华体会"]),
    ("本公司（简称“美獅貴賓會”）今年完成了扶贫任务", ["美狮贵宾会"]),  # traditional script
    ("快递行业的竞争越来越激烈【欧宝体育APP】", ["欧宝体育"]),
    ("ＪＳ３３３金沙线路为您提供最新资讯", ["js333", "金沙线路"]),  # full-width
    ("王者威尼斯人现金网网址：今天上午召开了会议", ["威尼斯人现金"]),
    ("bt365手机下载的新闻学院介绍", ["bt365"]),
    ("（雷竞技）市政府召开常务会议研究部署防汛工作", ["雷竞技"]),
    ("幸运飞艇计划群：今天的天气很好", ["幸运飞艇"]),
    ("m88体育官网登录，今天的新闻", ["m88"]),
])
def test_injected_services_are_found_across_scripts_and_widths(text, terms):
    assert injected_hits(FOLD.fold(text)) == terms


@pytest.mark.parametrize("text", [
    "金沙江流经云南和四川，水能资源丰富。",
    "我对这次活动深有体会，同学们也都体会到了合作的重要。",
    "升华体会到的道理，要用在工作中。",
    "中华体会堂举行了纪念活动。",
    "澳门金沙城中心今年举办了多场展览。",
    "成都金沙遗址博物馆是国家一级博物馆。",
    "本店贵宾会员可享受九折优惠。",
    "中国体育彩票公益金用于全民健身设施建设。",
    "这款体育app可以记录跑步的距离和时间。",
    "威尼斯人酒店位于澳门路氹城。",
    "型号JS3000的设备已经停产。",
    "运动员展现了完美体育精神。",
    "星空体育馆今晚举行演唱会。",
    "他的职位明升暗降。",
    "新會員送RM88，首次儲值再享回贈。",  # 88 ringgit, not the m88 brand (held-out 41, session 13)
])
def test_look_alikes_are_not_injected_spam(text):
    assert injected_hits(FOLD.fold(text)) == []


def test_injected_spam_filter_and_signal():
    article = "‘华体会’" + "".join(PARAS)
    doc = Document("spam", article)
    doc.scores.update(Signals().annotate(doc))
    assert doc.scores["injected_spam"] == 1
    drop = run(InjectedSpam(), doc)
    assert drop.reason == "quality.injected_spam" and drop.detail["terms"] == ["华体会"]
    clean = Document("clean", "".join(PARAS))
    assert run(InjectedSpam(), clean) is None
    clean.scores.update(Signals().annotate(clean))
    assert clean.scores["injected_spam"] == 0 and doc.scores["quality"] < clean.scores["quality"]


def test_teaser_lists_are_dropped_and_an_article_citing_its_sources_is_not():
    teaser = "".join(p[:-1] + "…［详细］" for p in PARAS[:4])
    drop = run(TeaserList(), Document("teaser", teaser))
    assert drop is not None and drop.reason == "quality.teaser_list"
    article = "\n".join(PARAS * 3) + "［详细］（新华社）"
    assert run(TeaserList(), Document("article", article)) is None
    # a short post with one teaser line appended: dense markers, but the teasers are not the page
    post = "\n".join(PARAS[:3]) + "\n" + PARAS[3][:12] + "……［详细］"
    doc = Document("post", post)
    doc.scores.update(Signals().annotate(doc))
    assert doc.scores["teaser_density"] > 0.25 and doc.scores["teaser_share"] < 0.5
    assert run(TeaserList(), doc) is None
    items = "\ue40c".join(p[:-1] + "…［ 详细 ］" for p in PARAS[:3])  # items on one line, bullet-separated
    from jinglian.zh.signals import visible_len

    assert teaser_share(items, visible_len(items)) > 0.95 and run(TeaserList(), Document("items", items)) is not None


def test_summary_lists_are_dropped_and_an_excerpt_or_two_are_not():
    """A listing page of summaries cut off with an ellipsis (the unmarked teaser list) goes; an
    article quoting one or two cut-off lines, and short titles ending in "…", stay."""
    from jinglian.zh.signals import visible_len

    listing = "\n".join(["灾后重建动态"] + [p[:-1] + "，下面为大家汇总了更多细节..." for p in PARAS[:4]])
    doc = Document("listing", listing)
    doc.scores.update(Signals().annotate(doc))
    assert doc.scores["summary_share"] > 0.9
    drop = run(SummaryList(), doc)
    assert drop is not None and drop.reason == "quality.summary_list"
    assert run(SummaryList(), Document("fresh", listing)) is not None  # without stored scores
    excerpt = "\n".join(PARAS * 2 + [PARAS[0][:-1] + "……", PARAS[1][:-1] + "......"])
    assert summary_share(excerpt, visible_len(excerpt)) == 0.0 and run(SummaryList(), Document("a", excerpt)) is None
    titles = "\n".join(PARAS[:2] + ["未完待续…", "敬请期待…", "下回分解…"])  # short lines are not summaries
    assert summary_share(titles, visible_len(titles)) == 0.0


def test_quality_score_penalises_each_defect():
    base = {"n_chars": 2000, "han_ratio": 0.9, "top_4gram_share": 0.02, "mojibake": 0.0, "spam_density": 0.0,
            "terminal_punct_share": 0.8, "dup_10gram_share": 0.0}
    q = quality_score(base)
    for key, value in (("garbled_share", 0.03), ("injected_spam", 1), ("teaser_density", 0.5),
                       ("spam_density", 0.2), ("top_4gram_share", 0.3)):
        assert quality_score({**base, key: value}) < q, key
    assert quality_score({**base, "n_chars": 200}) < q < quality_score({**base, "n_chars": 8000})
    # a learned score joins when quality.model ran first
    assert quality_score({**base, "quality_model": 0.1}) < quality_score({**base, "quality_model": 0.9}) < q


def test_folding_skips_opencc_only_when_no_traditional_character_is_there():
    from jinglian.zh.inject import fold

    simp = Document("s", "快递行业【欧宝体育APP】")
    simp.scores["script_trad_share"] = 0.0
    assert injected_hits(fold(simp, FOLD)) == ["欧宝体育"]
    trad = Document("t", "本公司（簡稱“美獅貴賓會”）")
    trad.scores["script_trad_share"] = 1.0
    assert injected_hits(fold(trad, FOLD)) == ["美狮贵宾会"]


def test_product_pages_open_with_a_data_sheet_and_news_about_products_does_not():
    from jinglian.steps.quality import ProductPage

    page = "耐磨钢板\n产品名称：耐磨钢板NM400\n规格：20*2000*8000\n欢迎来电咨询价格。"
    drop = run(ProductPage(), Document("p", page))
    assert drop is not None and drop.reason == "quality.product_page" and drop.detail["line"] == 2
    recall = "\n".join(PARAS[:4]) + "\n涉及的产品信息如下。\n产品名称：某品牌婴儿配方奶粉\n生产日期：2023年5月"
    assert run(ProductPage(), Document("news", recall)) is None
    assert run(ProductPage(), Document("talk", "我们公司的产品名称很好记。\n" + PARAS[0])) is None


def test_a_product_page_whose_label_line_a_line_step_removed_is_still_one():
    """The data sheet's label lines read as noise one by one; once they are gone the page is read as it came
    (gold-train's g0047, session 21)."""
    from jinglian.document import Edit, Removal
    from jinglian.steps.quality import ProductPage

    page = "cdbox3d.com\n产品名称： 无纺布口罩\n产品编号： 口罩用无纺布\n" + PARAS[0]
    label = "产品名称： 无纺布口罩\n产品编号： 口罩用无纺布\n"
    start = page.index(label)
    doc = Document("p", page.replace(label, ""))
    doc.edits.append(Edit("lines.model", (Removal(start, start + len(label), "lines.model", label),)))
    assert doc.undo() == page
    drop = run(ProductPage(), doc)
    assert drop is not None and drop.reason == "quality.product_page" and drop.detail["line"] == 2
    # one shop line injected into a news page, removed by the line steps, is no data sheet (held-out 121)
    news = "義大利公開賽 茲韋列夫封王\n商品编号：5973 产地：江西赣州\n" + PARAS[0]
    line = "商品编号：5973 产地：江西赣州\n"
    start = news.index(line)
    injected = Document("i", news.replace(line, ""))
    injected.edits.append(Edit("lines.noise", (Removal(start, start + len(line), "lines.meta", line),)))
    assert injected.undo() == news and run(ProductPage(), injected) is None
    # a line step's removal of anything else leaves the page as it is
    other = Document("n", PARAS[0])
    other.edits.append(Edit("lines.noise", (Removal(0, 0, "lines.site_chrome", ""),)))
    assert run(ProductPage(), other) is None
