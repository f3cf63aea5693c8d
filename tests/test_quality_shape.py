"""Shape signals of junk pages (`zh.shape`) and the filters on them: sales copy, link stuffing,
pinyin glosses, titles pasted into the body, forms, spun text, explicit stories.  Every text here is written for the test."""
from __future__ import annotations

import pytest

from jinglian.document import Document
from jinglian.runner import apply_step
from jinglian.stats import StepStats
from jinglian.steps.quality import Explicit, FormPage, SalesCopy, SeoShape, Signals, SpunText, quality_score
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
    # a news brief with two calls to action glued on (held-out 108's d000017): 5 entries in two
    # sentences, but the sentences that hold them are a fifth of the page
    ("河北遵化：数字农机服务助力农业生产\n5月13日，在河北省遵化市东新庄镇一家家庭农场，无人驾驶农机在播种玉米。\n"
     "眼下，植保无人机、无人驾驶农机等在河北省遵化市的田间地头忙碌，助力农业生产。近年来，遵化市积极推行农机无人"
     "驾驶耕种和无人机植保作业等数字农机服务工作，促进农业增效、农民增收。【订购热线：<EMAIL>】\n"
     "新华社发（刘满仓摄）欢迎来电咨询：<EMAIL>。", False),
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
    # a URL without its scheme is a link too when it has a path; a bare host is a name
    assert shape.link_share("123456.com/a/%E5%AD%A6%E4%B9%A0/", 30) == 1.0
    assert shape.link_share("news.sina.com.cn/c/2024-05-01/doc-123.shtml", 43) == 1.0
    assert shape.link_share("本站官网example.com，邮箱a@b.com", 24) == 0.0
    # bare_urls finds what BARE_URL_RE finds, from the top-level domains
    for s in ("x 123456.com/a/b y.cn/c", "http://a.com/x", "www.b.com/y", "a@b.com/x", "网example.com/x",
              "news.sina.com.cn/c/1.shtml，又见 -a.com/x", ".a.com/x a.b.c.org/d"):
        assert shape.bare_urls(s) == shape.BARE_URL_RE.findall(s)


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


def test_a_title_tacked_onto_a_paragraph_as_a_keyword():
    title = "带你了解家用净水器品牌"
    seo = "\n".join([title, NEWS[0][:-1] + "，" + title] + NEWS[1:])
    doc = annotated(seo)
    assert doc.scores["title_tail_echo"] == 1 and doc.scores["title_echo"] == 1
    assert run(SeoShape(), doc).reason == "quality.title_keyword"
    # a lead that restates the headline ends its sentence; a heading repeated as a line; a subtitle
    assert shape.title_tail_echo("\n".join(["三个乡镇恢复供电", "记者获悉：三个乡镇恢复供电。"] + NEWS)) == 0
    assert shape.title_tail_echo("\n".join(["三个乡镇恢复供电了", "三个乡镇恢复供电了"] + NEWS)) == 0
    assert shape.title_tail_echo("\n".join(["三个乡镇恢复供电了", "据当地政府通报三个乡镇恢复供电了"] + NEWS)) == 0
    assert shape.title_tail_echo("\n".join(["三个乡镇恢复供电了", "专题：三个乡镇恢复供电了"])) == 1
    assert shape.title_tail_echo("短标题\n正文，短标题") == 0  # too short to be a stuffed keyword
    # a repost notice names the original title after its label
    assert shape.title_tail_echo("春季馬拉松 本地選手奪冠\n本文經授權轉載自某報，原文標題：春季馬拉松 本地選手奪冠") == 0
    assert shape.title_tail_echo("三个乡镇恢复供电了\n原标题：三个乡镇恢复供电了") == 0
    # a previous/next link to the page itself (bench heldout20's traditional-script templates)
    assert shape.title_tail_echo("三个乡镇恢复供电了\n上一則：三个乡镇恢复供电了") == 0
    assert shape.title_tail_echo("三个乡镇恢复供电了\n下一篇：三个乡镇恢复供电了") == 0
    assert shape.title_tail_echo("三个乡镇恢复供电了\n据通报上一则：三个乡镇恢复供电了") == 1  # not the whole prefix


def test_sales_copy_lowers_the_quality_score():
    base = {"n_chars": 2000, "han_ratio": 0.9, "top_4gram_share": 0.02, "terminal_punct_share": 0.8}
    assert quality_score({**base, "commerce_density": 3.0}) < quality_score(base)
    assert quality_score({**base, "commerce_density": 30.0}) == pytest.approx(quality_score(base) / 2, abs=1e-3)


def test_signals_are_stored_and_empty_text_is_harmless():
    doc = annotated("")
    for key in ("commerce_terms", "commerce_density", "link_share", "pinyin_glosses", "pinyin_gloss_density",
                "title_echo", "title_tail_echo", "form_fields", "chrome_line_share", "spun_terms", "spun_hits", "explicit_terms",
                "question_repeats", "question_repeat_density", "catalogue_models"):
        assert doc.scores[key] == 0
    assert shape.link_share("www.", 4) == 0.0 and shape.link_share("www.example.com", 15) == 1.0


@pytest.mark.parametrize("text,terms,hits", [
    ("董事长先容了公司的情况，希翼大家支持。", 2, 2),                 # 介绍, 希望 swapped
    ("患者不克不及吃辛辣食物，应只管即便多休息。", 2, 2),               # 不能, 尽量
    ("这种药能起到平喘的感化，置信大家已有所理解。", 2, 2),             # 作用, 相信
    ("良多患者想了解，上面就一起来看看吧。", 2, 2),                     # 很多, 下面
    ("學院舉辦勞動學問節，學問節期間展示成果。", 1, 2),                 # traditional script, folded
    ("某某化工集团有限责任企业召开年度会议。", 1, 1),                   # 公司 in a legal name
    ("他被老师的耐心感化了。在老师的感化下，他改掉了坏习惯。", 0, 0),   # 感化's own sense
    ("这是次要矛盾，不相干的人请离开；相干光的干涉条纹很清晰。", 0, 0),  # 次要, 相干 as themselves
    ("会议结束后大家感慨良多，获益良多。置信度为百分之九十五。", 0, 0),
    ("新华社记者介绍，当地希望尽量减少损失。", 0, 0),
])
def test_spinner_phrases_are_counted_and_real_words_are_not(text, terms, hits):
    matches = shape.spun_matches(FOLD.fold(text))
    assert (len(set(matches)), len(matches)) == (terms, hits)


def test_the_spun_lexicon_lookahead_loses_no_match():
    """`first:` in spun.txt must list every character a pattern can start with."""
    import re

    rx = shape.spun_re()
    plain = re.compile(rx.pattern[rx.pattern.index(")(?:") + 1:])
    text = ("先容希翼不克不及只管即便办事器有限责任企业股份有限企业置信大家起到了感化发挥感化次要用于相干部门良多患者"
            "售后办事一站式办事上面就一起前进效率技巧参数产物价格企业学问学问节空气新颖新颖蔬菜体育锤炼")
    assert [m.group(0) for m in rx.finditer(text)] == [m.group(0) for m in plain.finditer(text)]
    assert len(list(rx.finditer(text))) >= 22


def test_spun_pages_are_dropped_and_a_page_with_one_odd_phrase_is_not():
    spun = "\n".join(NEWS[:2] + ["赵局长先容了救灾情况，希翼群众做好防范。"] + NEWS[2:])
    doc = annotated(spun)
    assert doc.scores["spun_terms"] == 2
    drop = run(SpunText(), doc)
    assert drop.reason == "quality.spun_text" and drop.detail["examples"] == ["先容", "希翼"]
    assert run(SpunText(), Document("fresh", spun)) is not None  # without stored scores
    # one swap made all through the page
    festival = "\n".join(["学校举办读书学问节"] + [p + "读书学问节期间活动不断。" for p in NEWS[:2]])
    assert annotated(festival).scores["spun_hits"] == 3 and run(SpunText(), annotated(festival)) is not None
    once = "\n".join(NEWS + ["售后办事电话已经开通。"])
    assert annotated(once).scores["spun_hits"] == 1 and run(SpunText(), annotated(once)) is None


@pytest.mark.parametrize("text,terms", [
    ("他们做爱，她呻吟着，他舔着她，场面淫荡。", 4),
    ("社区组织做爱心公益活动，港口交通繁忙，两国水乳交融。", 0),   # words inside other words
    ("医生说，性生活后出现阴道出血应及时就诊，射精过快可以治疗。", 0),  # clinical words are not listed
    ("警方查获一批淫秽光盘。", 1),
])
def test_explicit_words_are_counted_once_and_clinical_words_not_at_all(text, terms):
    assert shape.explicit_terms(FOLD.fold(text)) == terms


def test_an_erotic_story_is_dropped_and_a_novel_with_two_such_words_is_not():
    story = "\n".join(["那天晚上他们做爱了，她不停地呻吟。", "他舔着她的身体，她变得淫荡起来。", "她说：“舔我。”"])
    doc = annotated(story)
    assert doc.scores["explicit_terms"] == 5 and run(Explicit(), doc).reason == "quality.explicit"
    novel = "\n".join(NEWS[:2] + ["伤员在病床上痛苦地呻吟，医生把针头插进他的手臂。"] + NEWS[2:])
    doc = annotated(novel)
    assert doc.scores["explicit_terms"] == 2 and run(Explicit(), doc) is None


@pytest.mark.parametrize("text,fields", [
    ("志愿者登记表\ue40c1、姓名\ue40c2、性别\ue40c3、出生日期\ue40c4、特长", 3),  # bullets
    ("*请填写您的称呼 姓名：\n*方便我们回访 手机：\n资料会寄到这里 邮箱：", 3),
    ("姓名：\n电话：\n地址：", 3),
    ("联系人：王先生\n电话：010-12345678\n地址：北京市朝阳区建国路88号", 0),  # a contact block has values
    ("报名请写明以下信息：\n记者从会上获悉，报名者须提供姓名、电话和地址。", 0),
    ("他的手机：", 1),
])
def test_blank_form_fields_are_counted_and_filled_ones_are_not(text, fields):
    assert shape.form_fields(text) == fields


def test_a_form_is_dropped_and_a_story_with_a_contact_block_is_not():
    form = "\n".join(["在线预约", "我们会尽快与您联系", "*请填写您的称呼 姓名：",
                      "*请留下常用号码 手机：", "*用于寄送资料 地址："] + NEWS[:2])
    doc = annotated(form)
    assert doc.scores["form_fields"] == 3 and run(FormPage(), doc).reason == "quality.form_page"
    story = "\n".join(NEWS + ["联系人：王先生", "电话：010-12345678", "地址：北京市朝阳区建国路88号"])
    assert run(FormPage(), annotated(story)) is None


def test_a_thread_reduced_to_its_buttons_and_a_thread_with_a_few():
    post = ["点赞", "收藏", "分享", "举报"]
    thread = "\n".join(["周末的读书会想请大家推荐书目，欢迎留言。", *post, "#1", "推荐一本讲城市历史的书。", "评论",
                        "举报", "#2", "我投科普类，新手也读得懂。", *post])
    doc = annotated(thread)
    assert doc.scores["chrome_line_share"] > 0.6
    assert run(FormPage(), doc).reason == "quality.interface_lines"
    calm = "\n".join(NEWS + NEWS[::-1] + ["点赞", "分享"])
    doc = annotated(calm)
    assert 0 < doc.scores["chrome_line_share"] < 0.2 and run(FormPage(), doc) is None
    assert shape.chrome_line_share("点赞\n收藏", frozenset({"点赞", "收藏"})) == 0.0  # too few lines to judge


def test_a_question_title_pasted_into_a_sentence_is_a_keyword():
    title = "空调外机噪音大怎么办？"
    seo = "\n".join([title, "物业协调之后" + title + "，或者请厂家上门检查。"] + NEWS)
    doc = annotated(seo)
    assert doc.scores["title_tail_echo"] == 1
    assert run(SeoShape(), doc).reason == "quality.title_keyword"
    # an article that opens by asking its title's question ends that sentence there; a heading again
    assert shape.title_tail_echo("\n".join([title, title + "先看安装支架是否松动。", title] + NEWS)) == 0
    assert shape.title_tail_echo("\n".join(["三个乡镇恢复供电了！", "据通报三个乡镇恢复供电了！，居民"])) == 1
    assert shape.title_tail_echo("\n".join(["三个乡镇恢复供电了", "据通报三个乡镇恢复供电了，居民"])) == 0


@pytest.mark.parametrize("text,repeats", [
    ("冬天的阳台能种什么花？\n种菜好不好？冬天的阳台能种什么花？\n答：冬天的阳台能种什么花？三色堇。", 2),
    ("为什么候鸟要迁徙？迁徙是为了食物。", 0),
    ("为什么候鸟要迁徙？\n科普小站\n为什么候鸟要迁徙？\n因为北方冬天缺少食物。", 1),   # a title, a heading again
    # a line printed twice in a row asks once: a question title over the same heading (held-out 462)
    ("为什么候鸟要迁徙？\n为什么候鸟要迁徙？\n因为北方冬天缺少食物。", 0),
    ("某站 » 科普 » 迁徙之谜，为什么候鸟要迁徙？\n为什么候鸟要迁徙？\n为什么候鸟要迁徙？\n为什么候鸟要迁徙？候鸟迁徙是为了食物。", 2),
    ("怎么办？怎么办？怎么办？真着急。", 0),                                  # too short to be a query
    ("Why do birds migrate? Why do birds migrate?", 0),                      # no Han, no query
    ("他问：孩子发烧怎么办？\n医生答：孩子发烧怎么办？先量体温。\n又问：孩子发烧怎么办?", 2),  # after a colon, either mark
    # an abstract of three questions, repeated as the first paragraph: each comes back once
    ("摘要：城市为什么缺水？水价该怎么定？节水从哪里做起？\n城市为什么缺水？水价该怎么定？节水从哪里做起？", 1),
])
def test_repeated_questions_are_counted(text, repeats):
    assert shape.question_repeats(text) == repeats


def test_a_query_pasted_under_every_paragraph_is_dropped_and_an_faq_is_not():
    query = "木地板起拱了怎么修复？"
    stuffed = "\n".join(["家装小知识"] + [p + query for p in NEWS[:4]])   # not the title: not title stuffing
    doc = annotated(stuffed)
    assert doc.scores["question_repeats"] == 3 and doc.scores["title_echo"] == 0
    assert doc.scores["question_repeat_density"] >= SeoShape().min_question_repeat_density
    assert run(SeoShape(), doc).reason == "quality.question_stuffing"
    faq = "\n".join(["木地板起拱了怎么修复？", "先找到受潮的位置。", "起拱以后还能用多久？", "处理得当可以用很多年。",
                     "木地板起拱了怎么修复？这是读者问得最多的问题。"] + NEWS)
    doc = annotated(faq)
    assert doc.scores["question_repeats"] == 1 and run(SeoShape(), doc) is None


def test_a_question_that_comes_back_now_and_then_in_a_long_page_is_not_stuffing():
    # a forum regular's signature asks the same question under four of his posts in a long thread
    # (held-out 462: a question glued to paragraphs of a 19,000-character story); four pastes
    # under four short paragraphs are stuffing
    sign = "有冇人知佢哋幾時再開？我打咗電話都冇人聽。"
    long_page = "\n".join(["讨论区"] + [p + sign if i % 50 == 0 else p for i, p in enumerate(NEWS * 50)])
    doc = annotated(long_page)
    assert doc.scores["question_repeats"] >= 3
    assert doc.scores["question_repeat_density"] < SeoShape().min_question_repeat_density
    assert run(SeoShape(), doc) is None
    short_page = "\n".join(["讨论区"] + [p + sign for p in NEWS[:4]])
    assert run(SeoShape(), annotated(short_page)).reason == "quality.question_stuffing"


@pytest.mark.parametrize("text,models", [
    ("KX-200A型恒温水浴锅\nKX-300B型恒温水浴锅\nKX-200A型恒温水浴锅\nM50数显电子秤", 3),  # distinct only
    ("08B磁力搅拌器\n12A离心机", 2),
    ("5G手机\nA4纸\nPM2.5监测点\nV2.0版本说明\niPhone15评测", 0),  # too short, a decimal, lower case
    ("本店新到KX-200A型恒温水浴锅，欢迎选购。", 0),                  # a sentence, not a list item
    ("KX-200A型恒温水浴锅" + "，" + "适用于实验室" * 8, 0),           # a line too long to be an item
])
def test_model_numbers_in_short_lines_are_counted(text, models):
    assert shape.catalogue_models(text) == models


def test_a_catalogue_is_dropped_and_a_review_of_one_model_is_not():
    catalogue = "\n".join(["实验室仪器", "KX-200A恒温水浴锅", "温控精度高，适合常规实验。", "KX-300B恒温水浴锅",
                           "M50数显电子秤", "双显示屏，读数方便。", "08B磁力搅拌器", "12A离心机", "转速可调。"])
    doc = annotated(catalogue)
    assert doc.scores["catalogue_models"] == 5
    assert run(SalesCopy(), doc).reason == "quality.catalogue"
    review = "\n".join(["KX-200A恒温水浴锅评测", NEWS[0], "KX-200A的温控", NEWS[1], "KX-200A的噪音", NEWS[2]])
    doc = annotated(review)
    assert doc.scores["catalogue_models"] == 1 and run(SalesCopy(), doc) is None


def test_pattern_entries_keep_their_escapes():
    """Lexicon entries are lower-cased, but not their regex escapes: "\\S{0,4}?" in commerce.txt is
    "within four characters", and once read "\\s{0,4}?" (white space only) it never matched a call to
    action with words between its urging word and its act."""
    from jinglian.zh.lexicon import read_list

    assert any("\\S{0,4}?" in entry for entry in read_list("commerce.txt"))
    assert [m.group(0) for m in shape.commerce_re().finditer(FOLD.fold("欢迎广大朋友来电"))] == ["欢迎广大朋友来电"]
