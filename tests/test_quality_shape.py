"""Shape signals of junk pages (`zh.shape`) and the filters on them: sales copy, link stuffing,
pinyin glosses, titles pasted into the body.  Every text here is written for the test."""
from __future__ import annotations

import pytest

from jinglian.document import Document
from jinglian.runner import apply_step
from jinglian.stats import StepStats
from jinglian.steps.quality import SalesCopy, SeoShape, Signals, quality_score
from jinglian.zh import shape
from jinglian.zh.lexicon import Folder

FOLD = Folder()

NEWS = [
    "新华社记者从当地政府获悉，受强降雨影响的三个乡镇已经恢复供电。",
    "据统计，这次降雨过程共造成两千多间房屋受损，没有人员伤亡。",
    "目前，救援队伍正在清理道路，预计周末前全部恢复通行。",
    "当地气象台提醒，未来三天仍有阵雨，请居民注意防范山洪和地质灾害。",
    "民政部门已经向受灾群众发放了帐篷、棉被和饮用水等生活物资。",
]


def run(step, doc):
    step.ensure_setup()
    return apply_step(step, doc, StepStats(step.name, step.kind))


def annotated(text: str) -> Document:
    doc = Document("d", text)
    doc.scores.update(Signals().annotate(doc))
    return doc


@pytest.mark.parametrize("text,terms", [
    ("耐磨板特价销售，价格优惠，欢迎来电咨询：<PHONE>", 6),   # 特价 价格 优惠 欢迎来电 咨询 <phone>
    ("立即免費試用，售後無憂。", 2),                           # traditional script, folded
    ("咨询电话：010-67784710，<PHONE>，<EMAIL>", 2),          # every contact together is one
    ("居民消费价格上涨，食品价格下降，非食品价格上涨。", 1),    # one word said often is one entry
    ("今天的天气很好，我们去公园散步。", 0),
])
def test_sales_copy_entries_are_counted_once_across_scripts(text, terms):
    assert shape.commerce_terms(FOLD.fold(text)) == terms


def test_the_first_character_lookahead_loses_no_match():
    """`first:` in commerce.txt must list every character a pattern can start with."""
    import re

    rx = shape.commerce_re()
    plain = re.compile(rx.pattern[rx.pattern.index(")(?:") + 1:])
    text = FOLD.fold("欢迎来电。赶快报名！立即下单，马上抢购，免费领取，在线咨询，随时来电，敬请留言，快来试用。"
                     "<PHONE> <EMAIL> <QQ> <WECHAT> 021-12345678 0755－87654321 价格优惠，厂家批发，联系我们。")
    assert [m.group(0) for m in rx.finditer(text)] == [m.group(0) for m in plain.finditer(text)]
    assert len(list(rx.finditer(text))) >= 20


def test_a_simplified_page_is_matched_as_the_pipeline_folds_it():
    """In a recipe, simplified text is only lower-cased (`zh.inject.fold`): a full-width dash stays."""
    doc = Document("s", "奖励办法：优先资助。咨询电话：010－67784710，010－67784720。报名方式：下载报名表。")
    doc.scores["script_trad_share"] = 0.0
    doc.scores.update(Signals().annotate(doc))
    assert doc.scores["commerce_terms"] == 3  # 咨询, 报名, the two numbers as one contact


def test_sales_pages_are_dropped_and_news_about_shopping_is_not():
    page = "\n".join([
        "钢板特价销售，量大从优，欢迎选购。",
        "本公司长期批发各种规格钢板，价格优惠，厂家直销，包邮到家。",
        "订购热线：<PHONE>，在线客服随时为您服务，赶紧来电咨询吧！",
    ])
    doc = annotated(page)
    assert doc.scores["commerce_density"] > 2.0 and doc.scores["commerce_terms"] >= 3
    drop = run(SalesCopy(), doc)
    assert drop is not None and drop.reason == "quality.sales_copy"
    assert run(SalesCopy(), Document("fresh", page)) is not None  # without stored scores
    # a story about a shopping festival names prices and discounts among its facts
    story = "\n".join(NEWS[:3] + ["今年的购物节期间，多家商场推出优惠活动，部分商品价格下降了两成。"] + NEWS[3:])
    assert run(SalesCopy(), annotated(story)) is None
    # a price index story says 价格 again and again: one entry
    cpi = "\n".join(["居民消费价格同比上涨0.3%"] + [f"{c}价格同比上涨{n}%，环比持平。" for c, n in
                                                (("食品", 1), ("鲜菜", 2), ("猪肉", 3), ("能源", 4), ("服务", 5))])
    assert run(SalesCopy(), annotated(cpi)) is None
    # a hotline in a short brief: dense, but too few entries to be a sales page
    brief = "暴雨致道路中断，市民可拨打热线咨询。"
    assert shape.commerce_terms(FOLD.fold(brief)) == 2 and run(SalesCopy(), annotated(brief)) is None



@pytest.mark.parametrize(("text", "dropped"), [
    # one call to action in a short forum thread (held-out 7's d000116): 3 entries, one sentence
    ("简历无法下载，提示服务器出现问题。\n简历无法下载，有意者可拨打热线 <EMAIL>@hotmail.com 咨询。\n"
     "已优化下载体验\n现在确实可以了 感谢\n哈哈", False),
    # the same 3 entries over two sentences: sales copy
    ("简历无法下载。\n特价热线 <EMAIL>@hotmail.com。\n欢迎来电咨询！\n哈哈", True),
    # a one-line sales list with 4 entries (gold-train's g0284 holds 5)
    ("耐磨板特价销售 NM360 5500 NM400 6500 批发价格优惠 订购热线 <PHONE>", True),
])
def test_sales_copy_needs_more_than_one_call_to_action(text, dropped):
    assert (run(SalesCopy(), annotated(text)) is not None) is dropped


def test_link_stuffing():
    links = "你可以使用 " + " ".join(f"[词{i}](https://example.com/doc/{i:08d}?spm=1055.2569&kwd=x{i})" for i in range(8))
    doc = annotated(links + "。")
    assert doc.scores["link_share"] > 0.5
    assert run(SeoShape(), doc).reason == "quality.link_stuffing"
    cited = "\n".join(NEWS + ["原文链接：https://example.com/news/2024/05/13/123.html"])
    doc = annotated(cited)
    assert 0 < doc.scores["link_share"] < 0.35 and run(SeoShape(), doc) is None
    # a markdown post that shows its screenshots: images are not links
    post = "\n".join(f"## 第{i}步\n![](http://img.example.com/github/step-{i}.png)\n{p}" for i, p in enumerate(NEWS[:3]))
    assert annotated(post).scores["link_share"] == 0.0


def test_pinyin_glosses_every_few_characters_are_seo_and_a_lesson_glossing_two_is_not():
    glossed = "烟(yan)台市(shi)教育装(zhuang)备中心主(zhu)办的第(di)二十一届机器人竞赛(sai)在二中体(ti)育场举行。"
    doc = annotated(glossed + "\n" + NEWS[0])
    assert doc.scores["pinyin_glosses"] == 7 and doc.scores["pinyin_gloss_density"] > 2
    assert run(SeoShape(), doc).reason == "quality.pinyin_glosses"
    lesson = "“龃龉（jǔ yǔ）”的意思是意见不合；“踟（chí）蹰（chú）”是徘徊不前。\n" + "\n".join(NEWS)
    doc = annotated(lesson)
    assert doc.scores["pinyin_glosses"] == 2 and run(SeoShape(), doc) is None


def test_a_title_pasted_into_the_body_again_and_again():
    title = "什么方法治疗失眠效果好"
    stuffed = "\n".join([title] + [p[:-1] + "，" + title + "。" for p in NEWS[:4]])
    doc = annotated(stuffed)
    assert doc.scores["title_echo"] == 4
    assert run(SeoShape(), doc).reason == "quality.title_stuffing"
    # a story that repeats its headline once, and a product page named after its model
    story = "\n".join(["三个乡镇恢复供电", NEWS[0], "记者获悉：三个乡镇恢复供电。"] + NEWS[1:])
    assert shape.title_echo(story) == 1 and run(SeoShape(), annotated(story)) is None
    product = "\n".join(["APL 3.2 喷涂机"] + [f"APL 3.2 喷涂机{p}" for p in NEWS[:4]])
    assert shape.title_echo(product) == 0
    assert shape.title_echo("一行") == 0 and shape.title_echo("") == 0


def test_sales_copy_lowers_the_quality_score():
    base = {"n_chars": 2000, "han_ratio": 0.9, "top_4gram_share": 0.02, "terminal_punct_share": 0.8}
    assert quality_score({**base, "commerce_density": 3.0}) < quality_score(base)
    assert quality_score({**base, "commerce_density": 30.0}) == pytest.approx(quality_score(base) / 2, abs=1e-3)


def test_signals_are_stored_and_empty_text_is_harmless():
    doc = annotated("")
    for key in ("commerce_terms", "commerce_density", "link_share", "pinyin_glosses", "pinyin_gloss_density",
                "title_echo"):
        assert doc.scores[key] == 0
    assert shape.link_share("www.", 4) == 0.0 and shape.link_share("www.example.com", 15) == 1.0
