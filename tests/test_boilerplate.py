"""boilerplate.lines through its three phases on a small corpus of several sites."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from jinglian.document import Document, remove_spans
from jinglian.executors import InlineExecutor
from jinglian.steps.boilerplate import GLOBAL_REASON, SITE_REASON, Boilerplate, site_of

ARTICLES = [
    ["国务院常务会议部署稳经济一揽子政策措施", "会议指出，要抓紧出台稳经济一揽子政策措施，推动经济运行尽快回到正常轨道上来。",
     "会议要求，各地区各部门要切实担起责任，确保各项政策措施落地见效，稳住市场主体和就业。"],
    ["长三角一体化发展座谈会在上海召开", "座谈会强调，要深入推进长三角一体化发展，进一步提升创新能力、产业竞争力和发展能级。",
     "与会代表围绕科技创新、产业协同和生态保护等议题作了发言，提出了具体的意见建议。"],
    ["我国首届养老专业本科生迎来毕业季", "山东女子学院养老服务管理专业毕业生就业双选会现场，企业提供的岗位供不应求。",
     "专家认为，养老是朝阳产业，年轻人可以在这一领域大展拳脚，实现个人价值和社会价值。"],
    ["城市有轨电车之困：一边争相上马一边接连叫停", "客流量不足的表象背后，首先是线路不成网，其次是地理位置偏，安全性也是一大因素。",
     "当然，国内的现代有轨电车也并非没有成功的探索，一些城市因地制宜取得了不错的效果。"],
    ["中法经贸合作广度深度不断拓展", "今年以来，中法两国在航空航天、核能、农业食品等传统领域的合作持续深化。",
     "双方还在绿色发展、人工智能等新兴领域积极拓展合作空间，为两国经贸关系注入新动能。"],
    ["呼和浩特发放一次性育儿津贴", "为不断满足三岁以下婴幼儿家庭多样化照护服务需求，呼和浩特市制定了一系列支持措施。",
     "托育机构用水、用电、用气、用热执行居民生活类价格，进一步降低托育机构运营成本。"],
]
SITE_SLOGAN = "每一天，每一秒，你所做的决定都会改变你的人生！"
SITE_WIDGET = "本站微信群｜每日早报"
#: a disclaimer in the site's own words, one long sentence: counted by its shape
SITE_NOTICE = "郑重声明：本站文章均来自网友投稿与公开渠道，如对内容有疑问，请与我们的值班编辑联系并说明理由。"
GLOBAL_LINE = "长按识别下方小程序码"
#: a short line between paragraphs that every article of one site carries (a wiki's link term): content
INNER_TERM = "京津冀协同发展"
QUOTE = "习近平强调，要坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的。"  # quoted everywhere: content


def corpus() -> list[Document]:
    docs = []
    n = 0
    for i, art in enumerate(ARTICLES):
        for site in ("news.alpha.cn", "www.beta.com", "gamma.net"):
            if (i + len(site)) % 2 == 0 and site != "news.alpha.cn":
                continue
            lines = [art[0], art[1], QUOTE, art[2]]
            if site == "news.alpha.cn":
                lines = [art[0], art[1], INNER_TERM, QUOTE, art[2], SITE_SLOGAN, SITE_WIDGET, SITE_NOTICE]
            lines.append(GLOBAL_LINE)
            n += 1
            docs.append(Document(id=f"d{n:03d}", text="\n".join(lines), url=f"https://{site}/a/{n}.html"))
    # three reposts of one article on one site: its heading must not become boilerplate
    for k in range(3):
        n += 1
        text = "\n".join(["独家：某地新出台的人才引进办法细则", "这是一篇只在本站转载了三次的文章，内容各处相同，不应被当作模板。",
                          "小标题：人才引进", "文章的第二段也相同，因为这些是同一篇文章的转载。"])
        docs.append(Document(id=f"r{k}", text=text, url=f"https://www.beta.com/r/{k}.html"))
    # three reposts of a contents page (titles and names, no paragraph) on one site, each with
    # its own chrome line above it: its lines must not become boilerplate either
    for k, chrome in enumerate(("首页 > 期刊 > 目录", "当前位置：学术 > 正文", "网站导航 | 登录 | 注册")):
        n += 1
        text = "\n".join([chrome, *CONTENTS])
        docs.append(Document(id=f"c{k}", text=text, url=f"https://www.beta.com/c/{k}.html"))
    return docs


#: a journal's table of contents: no line ends a sentence
CONTENTS = ["理论研究2022年第4期", "中国特色社会主义政治经济学视角下的中国式现代化道路", "张三", "坚持人民至上的观念认知、制度支撑及运行机制",
            "李四;王五", "环境法独立性阐释与环境法典编纂", "赵六"]


@pytest.fixture(scope="module")
def decided(tmp_path_factory):
    step = Boilerplate(min_site_articles=3, min_global_articles=4, min_global_sites=3, partitions=3)
    step.ensure_setup()
    docs = corpus()
    tmp = tmp_path_factory.mktemp("bp")
    paths = []
    for shard in range(2):  # two signature files, as two shards would write
        rows = [{"id": d.id, **step.signature(d)} for d in docs[shard::2]]
        path = tmp / f"sig-{shard}.parquet"
        pq.write_table(pa.Table.from_pylist(rows), path)
        paths.append(str(path))
    work = tmp / "work"
    work.mkdir()
    summary = step.resolve(paths, str(work), InlineExecutor())
    decisions = step.load(str(work))
    out = {}
    for d in docs:
        spans = step.decide(d, decisions) or []
        out[d.id] = (d, {d.text[s.start:s.end].strip("\n"): s.reason for s in spans}, spans)
    return summary, out


def test_site_template_lines_are_learned(decided):
    summary, out = decided
    assert summary["site_repeated_lines"] >= 2
    for doc, removed, _ in out.values():
        if site_of(doc) == "news.alpha.cn":
            assert removed[SITE_SLOGAN] == SITE_REASON
            assert removed[SITE_WIDGET] == SITE_REASON
            assert removed[SITE_NOTICE] == SITE_REASON  # a sentence, counted for its shape


def test_globally_frequent_short_line_is_learned(decided):
    _, out = decided
    seen = [removed.get(GLOBAL_LINE) for doc, removed, _ in out.values() if GLOBAL_LINE in doc.text]
    assert seen and all(r in (SITE_REASON, GLOBAL_REASON) for r in seen)
    beta = [removed[GLOBAL_LINE] for doc, removed, _ in out.values() if site_of(doc) == "beta.com" and GLOBAL_LINE in doc.text]
    assert GLOBAL_REASON in beta or SITE_REASON in beta


def test_content_quotes_titles_and_reposts_stay(decided):
    _, out = decided
    for doc, removed, _ in out.values():
        assert QUOTE not in removed and INNER_TERM not in removed
        for art in ARTICLES:
            assert art[0] not in removed and art[1] not in removed
        if doc.id.startswith(("r", "c")):
            assert removed == {}, "copies of one article share a fingerprint and count once"


def test_removal_leaves_the_article(decided):
    _, out = decided
    doc, _, spans = out["d001"]
    new, _ = remove_spans(doc.text, spans)
    assert new.split("\n") == [ARTICLES[0][0], ARTICLES[0][1], INNER_TERM, QUOTE, ARTICLES[0][2]]


def test_traditional_copy_of_a_template_line_matches(decided, tmp_path):
    import opencc

    _, out = decided
    step = Boilerplate(partitions=3)
    step.ensure_setup()
    # re-use the decisions of the fixture: a traditional-script page on the same site
    work = tmp_path
    trad = opencc.OpenCC("s2t").convert("\n".join([*ARTICLES[0][:2], SITE_SLOGAN]))
    doc = Document(id="t", text=trad, url="https://news.alpha.cn/t.html")
    sig = step.signature(doc)
    ref = step.signature(Document(id="s", text="\n".join([*ARTICLES[0][:2], SITE_SLOGAN]), url="https://news.alpha.cn/s.html"))
    assert sig["lines"] == ref["lines"] and sig["site"] == ref["site"]
    assert work.exists()


def test_site_of_prefers_host_then_source():
    assert site_of(Document(id="a", text="", url="https://www.Example.cn/x")) == "example.cn"
    assert site_of(Document(id="a", text="", source="crawl-2024.warc.gz")) == "crawl-2024.warc.gz"


def test_lines_the_line_rules_removed_count_as_evidence(tmp_path):
    """A template line the line rules removed on three pages of a site (under a notice there) is
    learned for the fourth page, where it was kept; with count_removed off it is not."""
    from jinglian.document import Edit, Removal

    prompt = "预约咨询请扫码"
    docs = []
    for i, art in enumerate(ARTICLES[:4]):
        text = "\n".join([*art, prompt]) if i == 3 else "\n".join(art)
        doc = Document(id=f"p{i}", text=text, url=f"https://www.delta.cn/{i}.html")
        if i < 3:  # removed before this step by lines.noise, recorded in the edit log
            doc.edits.append(Edit("lines.noise", (Removal(len(text), len(text) + len(prompt) + 1, "lines.after_footer", "\n" + prompt),)))
        docs.append(doc)
    for count_removed, expected in ((True, {prompt: SITE_REASON}), (False, {})):
        step = Boilerplate(min_site_articles=3, partitions=2, count_removed=count_removed)
        step.ensure_setup()
        path = tmp_path / f"sig-{count_removed}.parquet"
        pq.write_table(pa.Table.from_pylist([{"id": d.id, **step.signature(d)} for d in docs]), path)
        work = tmp_path / f"work-{count_removed}"
        work.mkdir()
        step.resolve([str(path)], str(work), InlineExecutor())
        spans = step.decide(docs[3], step.load(str(work))) or []
        assert {docs[3].text[s.start:s.end].strip("\n"): s.reason for s in spans} == expected


def _run(step: Boilerplate, docs: list[Document], tmp) -> dict[str, dict[str, str]]:
    """The three phases on `docs`: doc id -> {removed line: reason}."""
    step.ensure_setup()
    tmp.mkdir(parents=True, exist_ok=True)
    path = tmp / "sig.parquet"
    pq.write_table(pa.Table.from_pylist([{"id": d.id, **step.signature(d)} for d in docs]), path)
    work = tmp / "work"
    work.mkdir(exist_ok=True)
    step.resolve([str(path)], str(work), InlineExecutor())
    learned = step.load(str(work))
    return {d.id: {d.text[s.start:s.end].strip("\n"): s.reason for s in step.decide(d, learned) or []} for d in docs}


#: a notice no lexicon knows, one sentence (25+ wide characters), its address differing per page
TAIL_NOTICE = "提醒读者：凡以本站名义收取押金、培训费的，请立即举报，举报邮箱 {}@example.cn。"


def test_sentence_notice_below_many_articles_on_many_sites_is_learned(tmp_path):
    """A sentence-like notice below six different articles on three sites is removed, its
    e-mail address collapsed to the skeleton; inside an article, between two of its own
    paragraphs, the same sentence stays (a quote); with count_sentences off it is kept."""
    from jinglian.steps.boilerplate import SENTENCE_REASON

    sites = ("news.alpha.cn", "www.beta.com", "gamma.net")
    docs = [Document(id=f"n{i}", text="\n".join([*art, TAIL_NOTICE.format(f"jubao{i}")]),
                     url=f"https://{sites[i % 3]}/n/{i}.html") for i, art in enumerate(ARTICLES)]
    inner = ARTICLES[0]
    docs.append(Document(id="q", text="\n".join([inner[0], inner[1], TAIL_NOTICE.format("x"), inner[2]]),
                         url="https://delta.org/q.html"))
    out = _run(Boilerplate(min_global_articles=6, min_global_sites=3, partitions=2), docs, tmp_path)
    for i in range(len(ARTICLES)):
        assert out[f"n{i}"] == {TAIL_NOTICE.format(f"jubao{i}"): SENTENCE_REASON}
    assert out["q"] == {}
    off = _run(Boilerplate(min_global_articles=6, min_global_sites=3, partitions=2, count_sentences=False),
               docs, tmp_path / "off")
    assert all(v == {} for v in off.values())


#: a code tutorial: no line ends a sentence, one line of 20+ wide characters
TUTORIAL = ["解决新项目npm依赖报错", "前言", "每次打开别人新的项目都要 npm 依赖都会各种报错很烦", "解决", "安装 depcheck",
            "npm i -g depcheck", "检查依赖", "找到 Missing dependencies 缺失依赖", "安装缺失依赖"]


def test_reposts_of_a_page_without_paragraphs_count_once(tmp_path):
    """Three copies of a paragraph-less page on one site, each under a different head (a title
    with the site's name, a meta line with digits, a navigation bar), are one article: it has
    one long line without separators or digits, which is its fingerprint, so its lines are not
    learned as the site's template (held-out 26: a code tutorial's copies lost whole)."""
    heads = ("解决新项目npm依赖报错 | Vue.js 技术论坛", "2020-12-08 10:53｜酒店编号 H800553｜8005条点评",
             "颐和苑养老中心 首页 | 机构介绍 | 入住须知 | 护理服务 | 联系我们")
    docs = [Document(id=f"t{k}", text="\n".join([head, *TUTORIAL]), url=f"https://forum.example.cn/t/{k}")
            for k, head in enumerate(heads)]
    out = _run(Boilerplate(min_site_articles=3, partitions=2), docs, tmp_path)
    assert all(removed == {} for removed in out.values()), out
