"""Quality signals (zh/signals.py) and the quality filters, on constructed cases and on
real pages: the dev set's junk must go, and no annotated magic-html-zh page may."""
from __future__ import annotations


import pytest

from jinglian.document import Document
from jinglian.steps.decode import MojibakeFilter
from jinglian.steps.quality import Language, Navigation, Repetition, Signals, Spam, TooShort, quality_score
from jinglian.zh.signals import codepoints, document_signals, ends_sentence, is_list_line, ngram_repetition

from testdata import LabelledSet, magic_html_zh_gold, read_jsonl


ARTICLE = (
    "国家统计局发布数据\n"
    "国家统计局今天发布数据，全国粮食总产量达到六千九百亿斤，比上年增长百分之零点五。\n"
    "会议强调，要坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长。\n"
    "專家認為，今年糧食生產形勢總體向好，但仍需防範極端天氣帶來的風險。"
)
FILTERS = (TooShort(), Language(), Spam(), Navigation(), Repetition())


def verdict(text: str):
    doc = Document("d", text)
    doc.scores.update(Signals().annotate(doc))
    for f in (MojibakeFilter(), *FILTERS):
        drop = f.filter(doc)
        if drop is not None:
            return drop.reason
    return None


def test_signals_of_an_article():
    s = document_signals(ARTICLE)
    assert s["n_lines"] == 4 and s["lang"] == "zh" and s["han_ratio"] > 0.85
    assert s["terminal_punct_share"] == 0.75  # the title does not end a sentence
    assert s["list_line_share"] == 0 and s["dup_line_share"] == 0 and s["spam_density"] == 0
    assert s["mojibake"] == 0 and s["n_chars"] == len(ARTICLE.replace("\n", ""))


def test_quality_score_is_stored_and_ranks_copies_of_one_text():
    q = Signals().annotate(Document("d", ARTICLE))["quality"]
    # a short article: the length factor is log(1 + 144) / log(1 + 20000)
    assert q == quality_score(document_signals(ARTICLE)) and 0.4 < q <= 0.55
    # a longer clean article scores higher (length carries most of a page's value)
    longer = ARTICLE + "\n" + "\n".join((
        "夏粮收购工作已经全面展开，各地粮食部门提前检修仓容，准备好烘干设备。",
        "农业农村部组织专家分赴主产省份，指导农民抢收抢晒，减少雨季损失。",
        "东北地区玉米长势良好，气象部门提醒注意防范局地强对流天气。",
        "部分南方省份早稻进入灌浆期，技术人员建议及时防治病虫害。",
        "市场分析人士认为，稻谷和小麦价格总体平稳，饲料需求略有回升。",
    ))
    assert q < quality_score(document_signals(longer)) <= 1.0
    # the same text with a defect scores lower: no sentence ends, a spam line, a repeated paragraph
    body = ARTICLE.split("\n")
    worse = {
        "no sentence ends": "\n".join(x.rstrip("。") for x in body),
        "spam line": ARTICLE + "\n娱乐城注册送彩金，真人娱乐，六合彩开奖，一夜暴富",
        "repeated paragraph": ARTICLE + "\n" + body[1],
        "latin debris": ARTICLE + "\nÃ¤Â¸Â­Ã¦â€“â€¡",
    }
    for why, text in worse.items():
        assert 0.0 <= quality_score(document_signals(text)) < q, why
    assert quality_score(document_signals("")) == 0.0
    assert quality_score(document_signals("Plain English text only, no Chinese at all.")) == 0.0


def test_signals_count_astral_han_and_duplicates():
    s = document_signals("𠀀𪚥是扩展区汉字。\n重复的一行文字。\n重复的一行文字。")
    assert s["n_han"] == 22 and s["han_ratio"] == round(22 / 25, 4)
    assert s["dup_line_share"] == round(8 / 25, 4)


def test_line_shape_helpers():
    assert ends_sentence("他说：“好。”") and ends_sentence("真的吗？ ") and not ends_sentence("国家统计局发布数据")
    assert is_list_line("免费观看_高清影院_在线视频_日韩精品")
    assert is_list_line("首页 新闻 财经 科技 汽车")
    assert not is_list_line("Breaking news: markets rallied on Tuesday as investors weighed data", has_han=False)
    assert not is_list_line("会议强调，要坚持稳中求进，推动经济增长。")


def test_ngram_repetition():
    assert ngram_repetition(codepoints("甲乙丙丁戊己庚辛壬癸"), 4) == (0.0, 0.0)
    top, dup = ngram_repetition(codepoints("买一送一" * 10), 4)
    assert top == 1.0 and dup == 1.0  # each of the 4 rotations covers the whole text
    top, dup = ngram_repetition(codepoints("甲乙丙丁戊己庚辛壬癸" + "买一送一" * 3), 4)
    assert top == pytest.approx(3 * 4 / 22) and dup == pytest.approx(9 / 19)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("国家统计局发布数据", "quality.near_empty"),  # a lone title
        ("好。", "quality.near_empty"),
        ("", "quality.near_empty"),
        ("一位摄影师用镜头记录了老城清晨的街景。这组作品名为《晨光》。", "quality.near_empty"),  # a caption
        ("3/12 清晨的湖面上起了一层薄雾，几只水鸟贴着水面飞过，远处的山峦若隐若现，摄影爱好者们早早架好了相机等待日出。",
         "quality.near_empty"),  # one slide of a gallery
        ("Breaking news: markets rallied on Tuesday as investors weighed new data on inflation.\n"
         "Analysts said the rally could continue if earnings stay strong through the quarter.", "quality.language"),
        ("今日は東京で新しい展示会が開かれました。多くの人が訪れて、作品を楽しんでいました。", "quality.language"),
        ("\n".join(["澳门赌场_真人娱乐_彩票平台_代开发票_一夜暴富", "高清无码|日韩精品|成人影院|在线视频|免费观看"] * 3), "quality.spam"),
        ("\n".join(["热卖_新款_包邮_特价_正品_秒杀"] * 2 + ["男装|女装|童装|鞋靴|箱包|配饰", "手机 电脑 家电 数码 相机 耳机"]), "quality.keyword_lists"),
        ("\n".join(["首页 > 新闻中心 > 正文", "登录 | 注册", "设为首页 加入收藏", "网站导航", "返回首页",
                    "上一篇:人工智能赋能千行百业", "相关阅读", "网友评论", "扫描二维码，手机浏览"]), "quality.navigation"),
        ("\n".join(["点击这里领取红包福利活动"] * 8 + ["今天的天气很好，我们去公园散步。"]), "quality.repeated_lines"),
        ("国家统计局发布数据" + "\n国家统计局今天发布数据，粮食产量稳定增长。".encode("utf-8").decode("latin-1") * 5, "decode.mojibake"),
    ],
)
def test_junk_is_dropped(text, reason):
    assert verdict(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,
        # a gallery page that keeps its slides' captions together: more than one slide is an article
        "1/2 清晨的湖面上起了一层薄雾，几只水鸟贴着水面飞过。\n2/2 太阳升起后，薄雾渐渐散去，湖边的游人多了起来。",
        # a short forum thread without sentence-final punctuation on most lines
        "花了1天半的时间买了4个平板，总算是解决了。。\n花钱就可以解决问题嘛？\n有句话叫 有钱能使鬼推磨\n@马亮南生 花钱就可以解决问题嘛？",
        # a technical page: more Latin than Han
        "解决新项目npm依赖报错\n每次打开别人新的项目都要 npm 依赖都会各种报错很烦\nnpm i -g depcheck\n"
        "找到 Missing dependencies 缺失依赖\nnpm i aaa.js bbb.js\n本作品采用《CC 协议》，转载必须注明作者和本文链接",
        # a how-to that is mostly commands, split one token per line by the extractor
        "\n".join(["git 配置代理和取消代理的方法", "# 配置 http 代理", "git config --global", "http.proxy",
                    "http://127.0.0.1:7890", "git config --global", "https.proxy", "https://127.0.0.1:7890",
                    "# 查看当前配置", "git config --global --list", "# 取消代理", "git config --global --unset",
                    "http.proxy", "git config --global --unset", "https.proxy", "=", ":", "/", "&&", "echo $http_proxy",
                    "npm config set proxy=http://127.0.0.1:7890", "npm config set https-proxy http://127.0.0.1:7890",
                    "npm config delete proxy", "pip install -i https://pypi.tuna.tsinghua.edu.cn/simple requests",
                    "以上命令在 Windows 和 Linux 下都可以使用"]),
        # a table of contents: short lines, no punctuation
        "\n".join(["中国特色社会主义政治经济学视角下的中国式现代化道路", "张素峰", "坚持人民至上的观念认知、制度支撐及運行機制",
                   "陈家刚;陈凌宇", "论发展全过程人民民主与新时代民生建设", "杨渊浩;程竹汝"]),
    ],
)
def test_good_pages_are_kept(text):
    assert verdict(text) is None


def exercise_page() -> str:
    """A long fill-in-the-blank page: blanks, a text-drawn table, dotted answer lines."""
    words = ["春天", "花朵", "小河", "柳树", "燕子", "田野", "蜜蜂", "阳光", "微风", "种子", "泥土", "雨水"]
    lines = ["三年级语文下册第二单元练习题", "一、看拼音，写词语。"]
    lines += [f"{i + 1}. （________）  {w}的近义词是（________），反义词是（________）。" for i, w in enumerate(words)]
    lines += ["二、按课文内容填空。"]
    lines += [f"{i + 1}. 《古诗三首》中，“__________，__________”描写了第{i + 1}种景色。" for i in range(10)]
    lines += ["三、连线题", "┌────────┬────────┐"]
    for w in words[:6]:
        lines += [f"│ {w}     │ ........ │", "├────────┼────────┤"]
    lines += ["└────────┴────────┘", "四、阅读短文，回答问题。春天来了，小河里的冰融化了，柳树发出了嫩芽，燕子从南方飞回来了。",
              "1. 短文写了哪些景物？____________________________________________",
              "2. 你最喜欢哪一句？为什么？--------------------------------------------"]
    return "\n".join(lines)


def test_blanks_and_drawn_tables_are_not_repetition():
    """Runs of underscores, dots, dashes and box drawing are blanks and rules, not repeated
    language: an exercise page passes; the same page of repeated words still goes."""
    page = exercise_page()
    assert document_signals(page)["top_4gram_share"] < 0.25
    assert verdict(page) is None
    form = "\n".join(["报名表", "姓名：__________  性别：____  年龄：____", "学校：______________________",
                      "联系地址：..................................", "家长签字：————————  日期：——————"] * 3
                     + ["填写说明：请用黑色签字笔填写，字迹工整，不得涂改，填写完毕后交给班主任。"])
    assert document_signals(form)["top_4gram_share"] < document_signals(form.replace("_", "").replace(".", "")
                                                                            .replace("—", ""))["top_4gram_share"] + 0.01
    assert verdict(page + "\n" + "领取红包" * 200) == "quality.repeated_ngrams"


@pytest.mark.parametrize("rule", ["=" * 24, "*" * 24, "#" * 24, "+" + "-" * 22 + "+", "＝" * 20, "~" * 24])
def test_a_rule_line_on_a_short_page_is_not_repetition(rule):
    """A short notice set off by plain-text rules ("=====", "*****", "+-----+"): the rules are
    layout, not repeated language, so the page is kept; the same rule made of words is not."""
    notice = ["社区通知", rule, "本周六上午九点，社区将在活动中心举办旧物交换活动，欢迎居民带上闲置的书籍、玩具和小家电参加。",
              "活动现场还将提供免费的家电检修服务，请大家提前做好准备。", rule]
    assert verdict("\n".join(notice)) is None
    assert verdict("\n".join(notice).replace(rule, "交换活动" * 12)) == "quality.repeated_ngrams"


@pytest.mark.parametrize(
    "text",
    [
        # English prose around commands: the prose lines keep it English
        "How to set a proxy for git\nRun the following commands in your terminal before you clone.\n"
        "git config --global http.proxy http://127.0.0.1:7890\ngit config --global https.proxy http://127.0.0.1:7890\n"
        "To remove the proxy again, unset both keys with the commands below.\ngit config --global --unset http.proxy",
        # a code dump whose only Chinese is a menu word or two
        "\n".join(["首页 登录"] + ["x = np.zeros((n, m), dtype=np.float32)", "for i in range(n):", "    x[i] = f(i)",
                                    "print(x.sum())", "import numpy as np", "def f(i): return i * 2"] * 4),
    ],
)
def test_code_does_not_make_a_page_chinese(text):
    assert verdict(text) == "quality.language"


def test_languages_are_configurable():
    english = "Breaking news: markets rallied on Tuesday as investors weighed new data on inflation."
    assert Language(languages=("zh", "latin")).filter(Document("d", english)) is None
    assert Language(languages=("latin",)).filter(Document("d", ARTICLE)).reason == "quality.language"


def test_no_annotated_magic_html_zh_page_is_rejected():
    """75 real pages (53 articles, 22 forum/Q&A) with human-annotated main text."""
    rows = magic_html_zh_gold()
    assert len(rows) == 75
    rejected = {row["id"]: verdict(row["title"] + "\n" + row["content"]) for row in rows}
    assert {k: v for k, v in rejected.items() if v} == {}


def test_gate_set_junk_goes_and_articles_stay_without_line_cleaning():
    """The filters alone (no line steps) on the gate set (tests/data/gate, noise templates these
    filters were never tuned on): none of the 132 articles and reposts dropped, and at least 33 of the
    35 junk pages (spam, navigation, mojibake, lone titles, English).  Measured 2026-12-02: 33; the two
    left are a seven-line navigation page and a lone question title (a forum page's, 60 characters,
    ending in '？'); the whole recipe drops both (the quality gate counts junk rejected by zh-web)."""
    gate = LabelledSet("gate")
    labels = {row["id"]: row for row in read_jsonl(gate.docs)}
    assert sum(row["label"] == "reject" for row in labels.values()) == 35
    good_dropped, junk_kept = [], []
    for row in gate.documents():
        reason, label = verdict(row["text"]), labels[row["id"]]
        if label["label"] == "keep" and reason is not None:
            good_dropped.append((row["id"], label["why"], reason))
        elif label["label"] == "reject" and reason is None:
            junk_kept.append((row["id"], label["why"], row["text"][:80]))
    assert good_dropped == []
    assert len(junk_kept) <= 2, junk_kept
