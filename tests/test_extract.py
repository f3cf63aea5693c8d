"""Main-content extraction: what is kept and what is dropped on small Chinese pages."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from jinglian.extract import ExtractOptions, extract_html
from jinglian.extract.charset import declared_charset, header_charset, meta_charset
from jinglian.extract.limits import ExtractionTimeout, time_limit
from jinglian.extract.metadata import normalize_date
from jinglian.extract.score import bigram_prf
from jinglian.zh.encoding import decode_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def _page(name: str) -> str:
    data = (FIXTURES / name).read_bytes()
    return decode_bytes(data, declared_charset(data)[0])[0]


def test_article_keeps_every_paragraph_and_drops_menus_share_bar_and_footer():
    result = extract_html(_page("article_gbk.html"))
    lines = result.text.splitlines()
    for para in ("长江流域今年首场汛期会商于5月19日在武汉举行", "长江中下游降雨较常年同期偏多两成",
                 "落实落细各项防御措施", "提前预置抢险物资"):
        assert any(para in line for line in lines), para
    for chrome in ("首页", "财经", "分享到", "版权所有", "关于我们", "不是正文的脚本内容", "搜索"):
        assert chrome not in result.text, chrome


def test_prose_after_a_related_heading_is_not_main_text():
    text = extract_html(_page("article_gbk.html")).text
    assert "相关新闻" not in text
    assert "黄河流域" not in text and "珠江流域" not in text


def test_forum_thread_keeps_every_reply_but_not_the_sidebar():
    text = extract_html(_page("forum.html")).text
    for reply in ("豆子总是煮不烂", "先用高压锅", "冻在冰箱里", "今年腊八就按这个方法做"):
        assert reply in text, reply
    assert "热门话题" not in text and "下一页" not in text
    assert "回复 举报" not in text  # per-post buttons are link lines, not content


def test_traditional_script_page_is_extracted_like_any_other():
    result = extract_html(_page("traditional_big5.html"))
    assert "颱風經常帶來強風豪雨" in result.text and "熱帶氣旋警告信號" in result.text
    assert "首頁" not in result.text
    assert result.metadata["title"] == "颱風季節的防災準備"


def test_metadata_title_date_author_from_meta_and_byline():
    meta = extract_html(_page("article_gbk.html")).metadata
    assert meta["title"] == "长江流域今年首场汛期会商举行"  # site suffix of <title> dropped
    assert meta["date"] == "2024-05-20T10:21:00"
    assert meta["author"] == "张三"
    trad = extract_html(_page("traditional_big5.html")).metadata
    assert trad["date"] == "2023-08-01" and trad["author"] == "陳美玲"


def test_metadata_prefers_structured_tags():
    html = ('<html><head><meta property="og:title" content="结构化标题">'
            '<meta property="article:published_time" content="2023-11-02T08:30:00+08:00">'
            '<link rel="canonical" href="https://example.cn/a/1.html"></head>'
            '<body><h1>页面标题</h1><p>正文内容，有足够长的句子来成为正文。这是第二句话。</p></body></html>')
    meta = extract_html(html).metadata
    assert meta["title"] == "结构化标题"
    assert meta["date"] == "2023-11-02T08:30:00"
    assert meta["canonical_url"] == "https://example.cn/a/1.html"


@pytest.mark.parametrize("text, iso", [
    ("发布时间：2024年5月20日 13:15", "2024-05-20T13:15:00"),
    ("2024/5/2", "2024-05-02"),
    ("2023.12.01 来源：新华社", "2023-12-01"),
    ("无日期", None),
    ("2024-13-40", None),
])
def test_chinese_date_formats(text, iso):
    assert normalize_date(text) == iso


def test_navigation_only_page_gives_no_text():
    assert extract_html(_page("navigation_only.html")).text == ""


def test_unparseable_markup_gives_empty_text_not_an_exception():
    assert extract_html("").text == ""
    assert extract_html("   \n").blocks == 0


def test_declared_charset_http_header_wins_over_meta():
    page = b'<html><head><meta charset="big5"></head><body>x</body></html>'
    assert declared_charset(page, "text/html; charset=GBK") == ("GBK", "http")
    assert declared_charset(page) == ("big5", "meta")
    assert meta_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">') == "gb2312"
    assert meta_charset(b"<meta content='text/html;charset=utf-8' http-equiv='content-type'>") == "utf-8"
    assert header_charset("text/html") is None
    assert declared_charset(b"<html><body>no charset</body></html>") == (None, None)


def test_time_limit_interrupts_a_slow_page():
    t0 = time.perf_counter()
    with pytest.raises(ExtractionTimeout):
        with time_limit(0.05) as enforced:
            assert enforced
            while True:
                pass
    assert time.perf_counter() - t0 < 2
    with time_limit(None) as enforced:
        assert not enforced


def test_time_limit_counts_cpu_time_not_waiting():
    """A worker that waits for a core (a loaded machine) is not timed out: only CPU time counts,
    so the same pages are extracted whatever else the machine runs."""
    with time_limit(0.05) as enforced:
        assert enforced
        time.sleep(0.3)  # waiting, as a starved process does: no CPU time


def test_bigram_scores():
    assert bigram_prf("今天天气很好", "今天天气很好") == (1.0, 1.0, 1.0)
    assert bigram_prf("", "今天天气") == (0.0, 0.0, 0.0)
    p, r, f = bigram_prf("今天天气很好。广告", "今天 天气\n很好。")
    assert r == 1.0 and 0 < p < 1 and 0 < f < 1


def test_options_can_turn_off_metadata():
    result = extract_html(_page("article_gbk.html"), options=ExtractOptions(metadata=False))
    assert "title" not in result.metadata and "date" not in result.metadata and "武汉" in result.text


def test_page_kind_decides_whether_comment_boxes_are_content():
    from jinglian.extract.pagekind import page_kind

    assert page_kind("https://bbs.example.cn/thread-1-1-1.html", None) == "forum"
    assert page_kind("https://example.com/forum.php?mod=viewthread&tid=9", None) == "forum"
    assert page_kind("https://www.example.com/question/123/answer/456", None) == "forum"
    assert page_kind("https://news.example.cn/2024-05/20/c_1.htm", None) == "article"
    assert page_kind("https://mlog.club/article/1", None) == "article"  # a .club TLD is not a forum word
    assert page_kind(None, None) == "unknown"
    comments = "".join(f'<div class="comment-item"><p>网友评论第{i}条，说得很有道理，我也这么认为。</p></div>' for i in range(4))
    article = ('<html><body><div class="article"><p>' + "这是新闻正文的一句话，内容完整。" * 6 + '</p></div>'
               f'<div class="comments">{comments}</div></body></html>')
    assert "网友评论" not in extract_html(article, url="https://news.example.cn/a.html").text
    assert "网友评论第3条" in extract_html(article, url="https://bbs.example.cn/thread-1.html").text
    assert "网友评论第3条" in extract_html(article).text  # no URL: keep rather than lose replies


def test_huge_pages_are_cut_before_parsing_and_say_so():
    page = "<html><body><p>" + "很长的正文句子，一直重复。" * 200 + "</p>" + "<div>尾巴</div>" * 1000 + "</body></html>"
    result = extract_html(page, options=ExtractOptions(max_chars=3000))
    assert result.metadata["html_cut_at"] == 3000 and "很长的正文句子" in result.text


def test_meta_author_naming_the_site_or_template_is_not_an_author():
    def author(meta_author: str, title: str = "标题 - 某某网") -> str | None:
        html = (f'<html><head><title>{title}</title><meta name="author" content="{meta_author}"></head>'
                '<body><h1>标题</h1><p>正文内容，有足够长的句子来成为正文。这是第二句话。</p></body></html>')
        return extract_html(html).metadata.get("author")

    assert author("王小明") == "王小明"
    assert author("Discuz! Team and Comsenz UI Team") is None
    assert author("某某网") is None
    assert author("sina_mobile") is None


def test_date_from_a_labelled_line_above_the_text_when_there_is_no_heading():
    html = ('<html><body><table><tr><td><a href="/">首页</a> | <a href="/a">公开</a></td></tr></table>'
            '<div><font size="4"><b>关于做好春季防火工作的通知</b></font></div><div>发布时间：2024-03-01 浏览次数：328</div>'
            '<font>当前正值春季防火关键期，气温回升，风干物燥，火灾风险明显增加。<br>各单位要落实防火责任，加强巡查。</font>'
            '</body></html>')
    assert extract_html(html).metadata["date"] == "2024-03-01"


def test_reference_sections_and_player_widgets_are_not_main_text():
    paras = "".join(f"<p>第{i}段正文，讲述这座城市的历史与发展，内容足够长。</p>" for i in range(5))
    refs = "".join(f"<li>参考书目第{i}本，某出版社，2017年，第{i}页。</li>" for i in range(6))
    html = (f'<html><body><div class="content"><div class="video-player"><div>正在为您切换到高清，请稍候。</div>'
            f'<div>全屏</div><div>00:00</div></div>{paras}'
            f'<h2>参考文献<span>[<a href="#">编辑</a>]</span></h2><ol>{refs}</ol></div></body></html>')
    text = extract_html(html, url="https://wiki.example.org/wiki/城市").text
    assert "第4段正文" in text and "第0段正文" in text
    assert "参考书目" not in text and "正在为您切换" not in text


_ARTICLE = "".join(f"<p>第{i}段：长江流域今年首场汛期会商在武汉举行，会议分析了当前雨情、水情和工情，部署下一阶段防汛工作。</p>"
                   for i in range(1, 5))


def test_consent_banners_and_dialogs_are_never_main_text_even_when_longest():
    banner = ("我们使用 Cookie 以允许我们网站的正常工作、个性化设计内容和广告、提供社交媒体功能并分析流量。"
              "我们还同社交媒体、广告和分析合作伙伴分享有关您使用我们网站的信息。") * 4
    for wrapper in ("<div id='onetrust-banner-sdk'>{}</div>", "<div class='cookie-consent'>{}</div>",
                    "<div role='alertdialog'>{}</div>", "<section aria-modal='true'>{}</section>"):
        html = f"<html><body><div class='post'><p>短帖正文：今天去了图书馆。</p></div>{wrapper.format(f'<p>{banner}</p>')}</body></html>"
        text = extract_html(html).text
        assert "Cookie" not in text and "图书馆" in text, wrapper


def test_landmark_roles_and_test_ids_mark_chrome():
    search = "<div data-testid='search-box-container'><p>轻松搜索晚餐、时尚等内容，请使用向上和向下箭头查看和进入选择，触屏设备用户请用滑动手势。</p></div>"
    side = "<div role='complementary'><p>热门推荐：这是一段很长的侧栏文字，说的是另一篇文章的内容，和本文无关，但它有标点。</p></div>"
    html = f"<html><body><div>{search}<div class='x'>{_ARTICLE}</div>{side}</div></body></html>"
    text = extract_html(html, "https://news.example.cn/2024/a.html").text
    assert "第1段" in text and "第4段" in text
    assert "搜索晚餐" not in text and "侧栏文字" not in text


def test_notices_and_editor_lines_at_the_edges_of_the_article_are_trimmed():
    tail = ("<p>（编辑：小何）返回搜狐，查看更多</p><p>责任编辑：王五</p>"
            "<p>特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。</p>"
            "<p>平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台。</p>")
    middle = "<p>来源：新华社</p>"  # a label line between paragraphs stays with them
    text = extract_html(f"<html><body><div>{_ARTICLE[:len(_ARTICLE) // 2]}{middle}{_ARTICLE[len(_ARTICLE) // 2:]}"
                        f"{tail}</div></body></html>").text
    assert "第1段" in text and "第4段" in text and "来源：新华社" in text
    for line in ("责任编辑", "特别声明", "平台声明", "返回搜狐"):
        assert line not in text, line


def _discuz_post(n: int, body: str) -> str:
    """One post as Discuz! X renders it: the text ten elements below the post's container, beside an
    author card and a row of buttons (what makes each post's own chrome outweigh a short reply)."""
    card = ("<td class='pls'><div class='pi'><a href='/u'>用户" + str(n) + "</a></div><dl><dt>主题</dt><dd>12</dd>"
            "<dt>帖子</dt><dd>345</dd><dt>积分</dt><dd>6789</dd></dl><p>注册时间 2019-1-1</p><p>在线时间 12 小时</p></td>")
    return (f"<div id='post_{1000 + n}'><table id='pid{1000 + n}' class='plhin'><tr>{card}<td class='plc'>"
            f"<div class='pi'><em>发表于 2023-5-{n + 1} 10:00</em> <a href='#'>只看该作者</a> <em>{n + 1}楼</em></div>"
            f"<div class='pct'><div class='pcb'><div class='t_fsz'><table><tr><td id='postmessage_{1000 + n}' "
            f"class='t_f'>{body}</td></tr></table></div></div></div>"
            "<div class='po'><a href='#'>回复</a> <a href='#'>举报</a> <a href='#'>评分</a> <a href='#'>分享</a></div>"
            "</td></tr></table></div>")


def test_deeply_nested_forum_posts_with_their_own_chrome_are_all_kept():
    opening = "建议对游戏的排位规则进行改版，现在的规则说是公平，跟别的游戏差太远了。<br>" * 4
    replies = ["顶你，这个规则真的是太不合理了，打一局要半小时", "同质化太严重了就没意思了，支持改版",
               "排位能自动匹配段位就好了，强烈复议"]
    posts = "".join(_discuz_post(n, body) for n, body in enumerate([opening, *replies]))
    menu = "".join(f"<li><a href='/f{n}'>版块{n}</a></li>" for n in range(20))
    page = (f"<html><body><div id='hd'><ul>{menu}</ul></div><div id='postlist' class='pl bm'>{posts}</div>"
            f"<div id='ft'><a href='https://www.discuz.net'>Powered by Discuz! X3.4</a></div></body></html>")
    text = extract_html(page, url="https://bbs.example.cn/forum.php?mod=viewthread&tid=1").text
    for reply in replies:
        assert reply in text, reply
    assert "积分" not in text and "注册时间" not in text and "版块" not in text


def test_a_grid_column_is_no_sibling_post_of_the_article_column():
    """`col-md-8` and `col-md-4` look alike once digits go; the sidebar column is mostly links."""
    article = "".join(f"<p>第{n}段：深夜看书须尽欢，明月照亮浊酒案，一杯美酒空对月，酌酒吟诗五千年。</p>" for n in range(6))
    sidebar = ("<p>本站简介：记录生活、雅俗共赏，欢迎投稿。</p><ul>"
               + "".join(f"<li><a href='/p{n}'>热门诗歌推荐第{n}首</a></li>" for n in range(40)) + "</ul>")
    page = (f"<html><body><div class='row'><div class='col-md-8'><div class='noteCon'>{article}</div></div>"
            f"<div class='col-md-4'>{sidebar}</div></div></body></html>")
    text = extract_html(page, url="https://www.example.com/c/2020/1.shtml").text
    assert "第5段" in text and "本站简介" not in text


def test_a_thread_keeps_its_title_an_article_and_a_logo_heading_do_not():
    body = "".join(f"<p>第{n}个回答：先用高压锅压十分钟，再用小火慢慢熬，豆子就烂了。</p>" for n in range(4))
    page = ("<html><body><h1 class='logo'><a href='/'>美食论坛</a></h1><ul>"
            + "".join(f"<li><a href='/c{n}'>分类{n}</a></li>" for n in range(10))
            + f"</ul><div class='main'><h1>腊八粥的豆子怎么煮烂</h1><div class='posts'>{body}</div></div></body></html>")
    forum = extract_html(page, url="https://bbs.example.cn/thread-7-1-1.html").text
    assert forum.splitlines()[0] == "腊八粥的豆子怎么煮烂" and "美食论坛" not in forum
    article = extract_html(page, url="https://news.example.cn/2024/05/1.html").text
    assert "腊八粥的豆子怎么煮烂" not in article and "第3个回答" in article
    logo_only = page.replace("<h1>腊八粥的豆子怎么煮烂</h1>", "")
    assert extract_html(logo_only, url="https://bbs.example.cn/thread-7-1-1.html").text.splitlines()[0].startswith("第0个")


def test_pop_up_forms_are_never_main_text_even_when_longest():
    report = "".join(f"<p>举报理由{n}：恶意灌水、广告、推广等内容，测试、灌水、文不对题。</p>" for n in range(8))
    menu = "".join(f"<li><a href='/t{n}'>话题{n}</a></li>" for n in range(30))
    page = (f"<html><body><div class='ui modal small report'><form>{report}</form></div><ul>{menu}</ul>"
            "<div class='article'><p>每次打开别人的项目，依赖都会报错，很烦。</p><p>安装 depcheck，检查依赖。</p></div></body></html>")
    text = extract_html(page, url="https://www.example.com/articles/1").text
    assert "举报理由" not in text and "安装 depcheck" in text


def test_short_replies_that_are_sentences_stay_in_a_thread_labels_do_not():
    def comment(n: int, body: str) -> str:
        return (f"<div class='comment'><div class='meta'><a href='/u/{n}'>用户{n}</a> <span>{n}小时前</span></div>"
                f"<div class='comment-content'><p>{body}</p></div><div class='ops'><a href='#'>回复</a></div></div>")

    opening = "又要放假了，元旦要来啦，提前祝大家元旦快乐，放假前把手头的工作收个尾。"
    replies = ["元旦快乐！", "羡慕！！！", "我们放一天上一天再放一天。"]
    menu = "".join(f"<li><a href='/c{n}'>栏目{n}</a></li>" for n in range(15))
    page = (f"<html><body><ul>{menu}</ul><div class='comments'>"
            + "".join(comment(n, body) for n, body in enumerate([opening, *replies])) + "</div></body></html>")
    text = extract_html(page, url="https://bbs.example.cn/topic/1666").text
    for reply in [opening, *replies]:
        assert reply in text, reply
    assert "小时前" not in text and "栏目" not in text


def test_a_short_post_beats_a_longer_story_in_a_box_named_recommended():
    post = "<p>据美国全国广播公司报道，美参议院多数党领袖表示，没有证据表明该事件中存在谋杀行为，全面调查仍在进行中。</p>"
    story = "".join(f"<p>第{n}段：如果说在中国传唱度最高的歌曲，那这一首歌绝对算得上是家喻户晓，很多明星都翻唱过。</p>"
                    for n in range(12))
    tags = "".join(f"<li><a href='/t{n}'>话题{n}</a></li>" for n in range(30))  # the page around both
    page = (f"<html><body><div class='detail'><div class='detail__content'>{post}</div><ul>{tags}</ul>"
            f"<div class='detail__recommend--wrapper'><div class='detail__recommend__content'>{story}</div></div>"
            "</div></body></html>")
    text = extract_html(page, url="https://www.example.com/9a0132f36c25dd0ac").text
    assert "没有证据表明" in text and "传唱度最高" not in text
    alone = page.replace(post, "")  # with nothing else on the page, the box is what there is
    assert "传唱度最高" in extract_html(alone, url="https://www.example.com/9a0132f36c25dd0ac").text


_PARAS = ["长江流域今年首场汛期会商于5月19日在武汉举行，水利部门通报了今年以来的雨情、水情和工情。",
          "会议指出，长江中下游降雨较常年同期偏多两成，部分支流已出现超警戒水位的洪水过程。",
          "会议要求各地落实落细各项防御措施，提前预置抢险物资，确保人民群众生命财产安全。"]


def test_a_layout_box_whose_class_names_a_sidebar_is_content_when_it_holds_the_prose():
    """WordPress-style classes name chrome as a modifier ("content-area has-sidebar", a post's
    "tag-porch"): a box holding (nearly) all of a page's prose is the content whatever it is called."""
    article = "".join(f"<p>{p}</p>" for p in _PARAS * 3)  # 97 % of the prose: a date line sits outside
    menu = "".join(f"<li><a href='/c{n}'>栏目{n}</a></li>" for n in range(15))
    for cls in ("content-area has-sidebar", "post type-post tag-porch tag-outdoor-living"):
        page = (f"<html><body><ul>{menu}</ul><div id='page'><div class='{cls}'><h1>汛期会商</h1>{article}"
                "<div class='share'>分享到：微博 微信</div></div><p>更新于：2024年5月20日</p></div></body></html>")
        text = extract_html(page, url="https://news.example.cn/a/1.html").text
        assert all(p in text for p in _PARAS), cls
        assert "栏目" not in text and "分享到" not in text


def _cards(n: int, excerpt: str) -> str:
    return "".join(f"<div class='card'><h3><a href='/s{i}'>另一篇新闻的标题第{i}篇</a></h3><p>{excerpt}</p></div>"
                   for i in range(n))


def test_teaser_cards_after_an_article_are_left_out_in_any_language():
    """A linked heading over a short excerpt, repeated: a "more stories" grid, whatever its heading says."""
    article = "".join(f"<p>{p}</p>" for p in _PARAS)
    excerpt = "这是另一篇文章的摘要，说明了该文的主要内容，读者点击标题即可阅读全文。"
    page = (f"<html><body><div><div>{article}</div><div class='grid'>{_cards(6, excerpt)}</div></div></body></html>")
    text = extract_html(page, url="https://news.example.cn/a/1.html").text
    assert all(p in text for p in _PARAS) and "摘要" not in text
    # two cards are no list; long sections under linked headings are an article's own (a listicle)
    assert "摘要" in extract_html(page.replace(_cards(6, excerpt), _cards(2, excerpt)),
                                  url="https://news.example.cn/a/1.html").text
    listicle = f"<html><body><div>{_cards(5, ''.join(_PARAS * 4))}</div></body></html>"
    assert _PARAS[1] in extract_html(listicle, url="https://news.example.cn/a/2.html").text
    # a forum thread's posts may carry linked titles ("Re: ..."): they stay
    forum = page.replace("https://news.example.cn/a/1.html", "")
    assert "摘要" in extract_html(forum, url="https://bbs.example.cn/thread-1-1.html").text


def test_a_post_ending_in_an_ellipsis_is_no_teaser_on_a_forum_page():
    """On an article page, prose ending in "..." is a teaser for another page; in a thread it is how people write."""
    posts = ["大多数框架的路由都写在装饰器里，比如 app.route 之类的写法等等...",
             "为什么我在源码里完全找不到任何路由装饰器，是不是用了别的注册方式？",
             "我们用了另一种注册方式，和插件架构配合得更好，具体请看视图模块。"]
    page = ("<html><body><div class='topic'>" + "".join(
        f"<div class='post'><div class='author'><a href='/u{i}'>用户{i}</a></div><p>{t}</p></div>"
        for i, t in enumerate(posts)) + "</div></body></html>")
    text = extract_html(page, url="https://bbs.example.cn/topic/2322").text
    assert all(t in text for t in posts)


def test_prose_written_one_short_phrase_per_line_is_content():
    """Blogs and poems put a phrase on each line: every line alone is too short to count, the run is prose."""
    lines = ["今天终于买到了", "那件很火的背心", "穿上的那一刻", "真的太喜欢了", "颜色也很好看", "面料也很舒服",
             "价格也不算贵", "大家一定要试试", "下次再来分享"]
    body = "".join(f"<p>{t}</p>" for t in lines)
    menu = "".join(f"<li><a href='/c{n}'>栏目{n}</a></li>" for n in range(8))
    page = f"<html><body><ul>{menu}</ul><div class='entry'>{body}</div><div><p>广告</p></div></body></html>"
    text = extract_html(page, url="https://blog.example.cn/entry-1.html").text
    assert all(t in text for t in lines) and "栏目" not in text


def test_replies_nested_under_the_opening_post_are_each_trimmed_of_their_chrome():
    """A thread whose replies sit in a list nested beside the opening post (not sibling posts of it):
    each reply's author, date, floor number and buttons are chrome, its text is content."""
    def reply(n: int, body: str) -> str:
        return (f"<li class='comment-item'><div class='user'><div class='name'>用户{n}</div>"
                f"<div class='time'>2020.06.09 09:4{n} 发布</div><div class='floor'>#{n}</div></div>"
                f"<div class='rich-text'><p>{body}</p></div><div class='actions'><div>首赞</div><div>评论</div>"
                f"<div>举报</div></div></li>")

    opening = "大家还记得之前的直播课程吗？老师点评了五十佳专利中的部分专利，还点评了一些公司的专利，今年还会再办。"
    replies = ["我感觉可以讲机械类的，因为最常用，很多时候编写的也切合现实。", "想听听关于生物医药类专利的改写，期待老师的点评。",
               "软件类的专利也可以讲一讲，最近写得比较多，希望能听到建议。"]
    page = ("<html><body><div class='left-content'><div class='detail'><div class='title'>你期待改写哪个专利呢？</div>"
            "<div class='author'><div>软唐知产小傅</div><div>2020.06.09 09:37发布于社区管理</div></div>"
            f"<div class='rich-text'><p>{opening}</p></div><div class='detail-actions'><div>点赞</div><div>收藏</div>"
            "<div>分享</div><div>举报</div></div></div><div class='comment-list'><div class='comment-head'>"
            "<div>3个评论</div><div>倒序看帖</div><div>仅看楼主</div></div><ul class='list-items'>"
            + "".join(reply(n, body) for n, body in enumerate(replies, 1)) + "</ul></div></div></body></html>")
    text = extract_html(page, url="https://bbs.example.cn/info/2497").text
    for body in [opening, *replies]:
        assert body in text, body
    for chrome in ("用户2", "09:42", "#2", "首赞", "举报", "倒序看帖"):
        assert chrome not in text, chrome


def test_a_short_reply_without_punctuation_stays_where_the_other_posts_keep_their_text():
    """Posts share a template: a reply too short or unpunctuated to count as prose on its own
    ("这放假方式有点奇特啊") sits in the same box as the longer replies and is kept; the author line,
    the date and the buttons beside it are not."""
    def comment(n: int, body: str) -> str:
        return (f"<div class='comment'><div class='meta'>鹿小町{n}<span>2021-01-01 10:3{n}:38</span></div>"
                f"<div class='comment-body'><p>{body}</p></div><div class='ops'><span>点赞</span><span>评论</span></div></div>")

    long_replies = ["我是年前彻底放假了，外包项目结束，一点补偿都没有；年前不找了，过了年再找吧。",
                    "我已经放假了，哈哈哈，今年终于可以早点回家陪陪家人了，开心。"]
    short_replies = ["这放假方式有点奇特啊", "我们放一天上一天再放一天"]
    menu = "".join(f"<li><a href='/c{n}'>栏目{n}</a></li>" for n in range(15))
    page = (f"<html><body><ul>{menu}</ul><div class='comments'>"
            + "".join(comment(n, body) for n, body in enumerate([long_replies[0], *short_replies, long_replies[1]]))
            + "</div></body></html>")
    text = extract_html(page, url="https://bbs.example.cn/topic/1666").text
    for body in [*long_replies, *short_replies]:
        assert body in text, body
    for chrome in ("鹿小町2", "10:32", "点赞", "栏目"):
        assert chrome not in text, chrome


def test_a_page_built_on_forum_software_is_a_forum_whatever_its_url_says():
    """The "powered by" credit or the folder its scripts load from names the forum software; a link
    to the software's site inside an article's text, or a word in a path, does not."""
    from jinglian.extract.blocks import parse
    from jinglian.extract.pagekind import page_kind

    url = "https://www.example.com/media/for-hire-2-x-jcm800"  # no forum word in the URL
    body = "<p>" + "出租两台音箱头，状态很好，价格可议。" * 3 + "</p>"
    credit = f'<html><body>{body}<div class="copyright"><a href="https://xenforo.com">XenForo</a></div></body></html>'
    plugin = (f'<html><head><link rel="stylesheet" href="https://www.example.com/wp-content/plugins/wpforo/themes/x.css">'
              f'</head><body>{body}</body></html>')
    assert page_kind(url, parse(credit)) == "forum" and page_kind(url, parse(plugin)) == "forum"
    mention = f'<html><body>{body}<p>参见 <a href="https://www.example.org/xenforo-review">评测</a></p></body></html>'
    assert page_kind(url, parse(mention)) == "article"
