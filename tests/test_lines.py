"""lines.noise: real Chinese lines that must go (with their reason) and lines that must stay.

Each case is placed in a small page (title, body paragraphs) at the position where such a
line lives on real pages, because position is part of the decision.
"""
from __future__ import annotations

import pytest

from jinglian.document import Document, remove_spans
from jinglian.steps.lines import LineNoise

TITLE = "广东发布人工智能产业发展新政策"
BODY = [
    "2月5日，广东省召开新春第一会，连续第三年聚焦高质量发展，人工智能被格外高亮。",
    "会上，省委书记特别提及三家明星企业：华为、深度求索及宇树科技，后两家正是近期火爆全网的企业代表。",
    "截至2024年10月底，广东地区人工智能组织机构以近28万户的规模领跑全国，占据全国总量的14.7%。",
    "业内人士认为，广东兼具机电技术和数智技术两大优势，有条件在人工智能和机器人两大领域集中发力。",
]


@pytest.fixture(scope="module")
def step() -> LineNoise:
    s = LineNoise()
    s.ensure_setup()
    return s


def removed(step: LineNoise, lines: list[str]) -> dict[str, str]:
    """line text -> reason, for every removed line of the page made of `lines`."""
    text = "\n".join(lines)
    spans = step.edit(Document(id="t", text=text))
    out = {}
    for sp in spans:
        line = text[sp.start:sp.end].strip("\n")
        out[line.strip()] = sp.reason
    return out


def page(head: list[str] = (), tail: list[str] = (), title: str = TITLE) -> list[str]:
    return [*head, title, *BODY, *tail]


HEAD_CASES = [
    ("首页 > 科技 > 正文", "lines.site_chrome"),
    ("您现在的位置：网站首页 » 社会新闻 » 详细内容", "lines.site_chrome"),
    ("登录 | 注册", "lines.site_chrome"),
    ("設為首頁 | 加入收藏", "lines.site_chrome"),  # traditional
    ("首页 新闻 财经 科技 汽车 房产 教育", "lines.site_chrome"),
    ("热门标签：新能源 芯片 半导体 光伏", "lines.site_chrome"),
    ("ＲＳＳ订阅｜网站地图｜联系我们", "lines.site_chrome"),  # full-width
    ("发布时间：2024-05-06 10:32  来源：江南在线  点击：1523", "lines.meta"),
    ("甕賽 2025-02-07 滾動科技 3 次瀏覽 0個評論", "lines.meta"),
    ("2024-05-20 | 作者:赵敏 | 评论(12)", "lines.meta"),
    ("记者 张伟 通讯员 李娜", "lines.byline"),
    ("文/王芳", "lines.byline"),
    ("撰文｜刘洋 摄影｜孙立", "lines.byline"),
    ("免费观看_高清无码_在线视频_澳门赌场_真人娱乐", "lines.seo_spam"),
    ("国产资源在线播放_在线黄色免费_欧美在线视频看看_亚洲国产欧美精品一区二区三区", "lines.seo_spam"),
    ("百家樂技巧，午夜福利，網絡兼職，偷拍自拍，無抵押貸款", "lines.seo_spam"),
    # greeting and date banners, by concept: two of welcome words, weekday / lunar date,
    # full date, chrome links
    ("今天是2024年3月8日 星期五 欢迎访问江南在线", "lines.site_chrome"),
    ("歡迎光臨北方新聞網！今天是2023-11-02 星期四", "lines.site_chrome"),
    ("2025年1月29日 农历乙巳年正月初一 | 设为首页 | 加入收藏", "lines.site_chrome"),
    ("您好，欢迎来到江南在线！ [登录] [注册]", "lines.site_chrome"),
    # leading arrows and bullets
    ("▶ 首页 ▶ 财经 ▶ 正文", "lines.site_chrome"),
    ("■ 本报记者 张伟", "lines.byline"),
]

TAIL_CASES = [
    ("来源：新华社", "lines.source"),
    ("（文章來源：經濟觀察報）", "lines.source"),
    ("转自：南方日报", "lines.source"),
    ("责任编辑：陈晓明", "lines.editor"),
    ("[責編:張偉]", "lines.editor"),
    ("审校：刘洋  终审：赵敏", "lines.editor"),
    ("本文编辑：编辑部", "lines.editor"),
    ("转载请注明出处：https://news.example.cn/12345.html", "lines.repost_notice"),
    ("本文来自投稿，不代表嘎嘎号立场，如若转载，请注明出处：https://cn.example.cn/kj/19987.html", "lines.repost_notice"),
    ("聲明：本文來源於網絡，僅供學習交流，如有侵權請聯繫刪除。", "lines.repost_notice"),
    ("原创文章，未经授权禁止转载。", "lines.repost_notice"),
    ("Copyright © 2008-2024 北方新闻网. All rights reserved.", "lines.copyright"),
    ("江南在线 版权所有 粤ICP备2021012345号-1", "lines.copyright"),
    ("沪公网安备 31010402001234号", "lines.copyright"),
    ("客服热线：13812345678", "lines.contact"),
    ("投稿郵箱:tougao@163.com", "lines.contact"),
    ("QQ：123456789", "lines.contact"),
    ("微信号：wx_kefu2024", "lines.contact"),
    ("上一篇：人工智能赋能千行百业", "lines.site_chrome"),
    ("分享到：微信 微博 QQ空间", "lines.site_chrome"),
    ("扫描二维码，手机浏览", "lines.site_chrome"),
    ("赞(12) 踩(3)", "lines.site_chrome"),
    ("收藏本文 | 打印本页 | 关闭窗口", "lines.site_chrome"),
    ("網友評論", "lines.site_chrome"),
    ("Top", "lines.site_chrome"),
    # source, editor and byline lines behind dashes, bullets and bars
    ("——来源：新华社", "lines.source"),
    ("— 來源：經濟觀察報客戶端", "lines.source"),
    ("● 来源：南方日报", "lines.source"),
    ("▌来源 | 中国青年报", "lines.source"),
    ("-- 转载自澎湃新闻", "lines.source"),
    ("※ 摘自《读者》2024年第3期", "lines.source"),
    ("—— 责编：陈晓明", "lines.editor"),
    ("· 编辑：刘洋  校对：赵敏", "lines.editor"),
    # contact data under any label, found by the PII finders
    ("· 客服热线：400-812-3456", "lines.contact"),
    ("全国免费服务热线 800 820 8820", "lines.contact"),
    ("編輯部熱線：021-6123-4567　傳真：021-6123-4568", "lines.contact"),
    ("【合作洽谈】手机/微信同号：186.1234.5678", "lines.contact"),
    ("来稿请寄：tougao#163.com", "lines.contact"),
    ("原文链接：https://news.example.cn/2024/0301/88.html", "lines.repost_notice"),
    # a prev/next link whose headline carries commas and quotes is still a link
    ("上一條：《熱辣滾燙》主演瘦了100斤，她説：“我的減重非常健康”，怎麼做到的？", "lines.site_chrome"),
    ("下一篇：乡村振兴战略推进会召开，多地交流经验做法，明年将扩大试点范围", "lines.site_chrome"),
    # lazy-loading widgets
    ("點擊加載更多", "lines.site_chrome"),
    # keyword-stuffed lists of scam and betting services
    ("网赚项目——私人侦探——黑客接单——足球外围", "lines.seo_spam"),
    # links home and end-of-article marks
    ("返回江南在线首页", "lines.site_chrome"),
    ("— 完 —", "lines.site_chrome"),
    ("（全文完）", "lines.site_chrome"),
]


@pytest.mark.parametrize("line,reason", HEAD_CASES)
def test_head_noise_is_removed_with_its_reason(step, line, reason):
    assert removed(step, page(head=[line])) == {line: reason}


@pytest.mark.parametrize("line,reason", TAIL_CASES)
def test_tail_noise_is_removed_with_its_reason(step, line, reason):
    assert removed(step, page(tail=[line])) == {line: reason}


KEEP_IN_BODY = [
    "一、各类商品及服务价格同比变动情况",  # numbered heading
    "1. 加快建设通用人工智能产业创新引领地",  # list item
    "“事机一失应难再，时乎时乎不我待！”",  # short quote
    "其次是地理位置偏。",  # short article line
    "2024年，广东全省研发经费投入4802.6亿元。",  # numbers
    "3.54%",
    "他表示，未经授权转载新闻作品的行为近年来明显减少，版权保护环境持续改善，这得益于多部门联合执法。",
    "据新华社报道，这些企业的来源地主要集中在珠三角地区，其中深圳和广州两地合计占比超过六成。",
    "新华社北京5月19日电（刘艺、杨吉）",
    "停车乱象普遍外溢",
    "更多",  # one generic chrome word inside an article may be a heading
    "关于加快建设通用人工智能产业创新引领地的实施意见",
    "今天是星期五，欢迎各位嘉宾来到2024年人工智能大会现场。",  # a sentence, not a banner
    "· 推动人工智能与实体经济深度融合",  # a bulleted point
    "游客咨询电话：58792888",  # a hotline listed in the article
    "报名方式：扫码或致电（咨询电话：020-12345678）",  # a number in an aside
    "set https_proxy=http://127.0.0.1:7890",  # code with an IP address
    "上一篇文章提到，这些企业的来源地主要集中在珠三角地区，其中深圳和广州两地合计占比超过六成。",  # not a link
]


@pytest.mark.parametrize("line", KEEP_IN_BODY)
def test_content_lines_in_the_body_stay(step, line):
    lines = [TITLE, BODY[0], BODY[1], line, BODY[2], BODY[3]]
    assert removed(step, lines) == {}


def test_titles_with_site_suffix_and_lists_stay(step):
    for title in ["来自大山深处的一封回信", "转自基层的一线声音：人工智能走进田间", "夜雨_原文、翻译及赏析_白居易诗词_读古诗词网", "有沒有強制用戶登錄插件？ - Flarum 中文社區",
                  "37歲丁俊暉身價過億，住英國富人區，43歲妻子身材傲人，家世顯赫_【快資訊】"]:
        assert removed(step, page(title=title)) == {}
    films = "2016 / 美国 / 剧情 同性 / 巴里·詹金斯 / 崔凡特·罗兹 安德烈·霍兰"
    assert removed(step, [TITLE, BODY[0], films, BODY[1], BODY[2]]) == {}


def test_repeated_title_is_removed_once(step):
    got = removed(step, [TITLE, TITLE, "时间:2022-02-03  浏览量:1361", *BODY])
    assert got == {TITLE: "lines.repeated_title", "时间:2022-02-03  浏览量:1361": "lines.meta"}


def test_a_short_heading_over_each_section_is_no_title(step):
    """A short first heading that comes back over three sections or more is a board's name, not the page's title: its
    copies stay (a forum page's "南生論壇", a base page of the held-out sets, whose labels keep them; session 25). Twice is
    still a repeated title."""
    board = "南生论坛"
    sections = [board, BODY[0], board, BODY[1], board, BODY[2], board, BODY[3]]
    assert removed(step, sections) == {}
    assert removed(step, [board, BODY[0], board, BODY[1], BODY[2]]) == {board: "lines.repeated_title"}


def test_foreign_fragment_before_the_article(step):
    fragment = ("盛典现场揭晓了年度大剧、年度优秀电视剧、年度男女演员、年度导演、年度编剧等二十一项荣誉，"
                "深受观众喜爱的电视剧创作者、业界知名人士以剧之名共贺新春，首次全景式反映波澜壮阔的西北革命历史的")
    got = removed(step, [fragment, *BODY])
    assert got == {fragment: "lines.foreign_fragment"}
    # the article's own first paragraph, even unfinished, shares its words with the rest
    own = "广东省召开新春第一会，人工智能被格外高亮，会上省委书记特别提及华为、深度求索及宇树科技等明星企业，这些企业代表"
    assert removed(step, [own, *BODY]) == {}


def test_a_foreign_fragment_cut_after_a_semicolon(step):
    """A paragraph of another page cut just after a "；" has ended no sentence (held-out 100, session 19)."""
    title = "37歲丁俊暉身價過億，住英國富人區，43歲妻子身材傲人，家世顯赫_【快資訊】"
    fragment = ("夜深人靜時，是自己一天最輕鬆的時刻，此時品品紅酒、獨坐書房翻看經典，遨遊在知識的海洋裏，甚是盡興；"
                "恰逢臘月十六，皎潔圓滿的月光照進窗子、灑在酒案上；")
    body = ["斯諾克球王丁俊暉的人生故事何其精彩絕倫!", "他憑藉着過人的毅力與天賦，在年僅37歲便已身價過億，成就非凡。",
            "可是，你知道嗎就在剛剛結束的2024年世錦賽，丁俊暉再次提前遭到淘汰，未能突破重圍。對於仍懷抱世界冠軍夢想的他而言，"
            "這無疑是沉重的打擊。", "即便屢屢吞下苦果，丁俊暉依舊咬牙堅持，充滿勇氣。"]
    assert removed(step, [title, fragment, *body]) == {fragment: "lines.foreign_fragment"}
    # the article's own first paragraph ending so shares its words with the rest
    own = "斯諾克球王丁俊暉在年僅37歲便已身價過億；他的人生故事何其精彩，世錦賽上再次提前遭到淘汰；"
    assert removed(step, [title, own, *body]) == {}


def test_a_foreign_fragment_is_not_the_text_a_footer_follows(step):
    """A marker near the top ("[复制链接]" under a forum post's title) follows the foreign fragment's
    text, not the page's: the reply below it stays (held-out 99, session 19)."""
    fragment = ("诗的前半篇写李，热情地歌颂了他“能化俗”的政绩，为他的“未封侯”而鸣不平。诗从“高义”和“寥落”生发出这两层"
                "意思，使人对他那沉沦州郡的坎坷遭遇，更深为惋惜。“文翁”和“李广”，用的是两个典故。文翁政绩流传蜀中，"
                "用以比拟李之官剑州刺史；未封侯的李广，则和李同姓。典故用得非常贴切，然而也仅仅贴切而已。可是在"
                "“文翁能化俗”的上面加上个“但见”，在“李广未封侯”的上面加上个“焉知”，“但见”和“焉知”，一呼一应，一开一阖，运")
    title = "游戏全屏问题，希望大家能出个主意！！"
    post = ("我的电脑分辨率是2560*1440，登录游戏全屏显示有的地方我看不到了，就是把游戏界面放大了那种，"
            "我调了分辨率都没用。这是什么问题啊？？*我洛奇英雄传也是全屏显示都没有任何问题。")
    reply = "我知道，只有回去翻下之前的网页浏览记录了，大概半年前调过的"
    got = removed(step, [title + " - 建议反馈 -  反恐精英Online-官方论坛 -  Powered by Discuz! ; 世纪天成", fragment,
                         title, "[复制链接]", post, reply, "本文转载自新浪电竞，原文链接：https://www.example.com/22238.html",
                         "[ 編輯：林子轩 | 最後修改：2019-04-16 ]", "评论（54） 我来说两句 ＞",
                         "关于我们联系我们广告服务投稿须知隐私政策网站地图"])
    assert got[fragment] == "lines.foreign_fragment"
    assert reply not in got


def test_short_lines_after_an_end_marker_go(step):
    tail = ["你可能想看：", "每一天，每一秒，你所做的决定都会改变你的人生！", "網站統計代碼"]
    got = removed(step, page(tail=tail))
    assert got == {"你可能想看：": "lines.site_chrome",
                   "每一天，每一秒，你所做的决定都会改变你的人生！": "lines.after_footer",
                   "網站統計代碼": "lines.site_chrome"}


def test_spans_take_whole_lines_and_following_blank_lines(step):
    text = f"登录 | 注册\n\n{TITLE}\n\n{BODY[0]}\n\n{BODY[1]}\n\n{BODY[2]}\n\n责任编辑：张伟"
    spans = step.edit(Document(id="t", text=text))
    new, _ = remove_spans(text, spans)
    assert new == f"{TITLE}\n\n{BODY[0]}\n\n{BODY[1]}\n\n{BODY[2]}\n"
    assert [s.reason for s in spans] == ["lines.site_chrome", "lines.editor"]


def test_every_emitted_reason_is_declared(step):
    lines = [c for c, _ in HEAD_CASES] + [TITLE, TITLE] + BODY + [c for c, _ in TAIL_CASES]
    reasons = set(removed(step, lines).values())
    assert reasons <= set(LineNoise.reasons)


def test_step_pickles_without_its_resources(step):
    import pickle

    clone = pickle.loads(pickle.dumps(step))
    assert "_lex" not in clone.__dict__
    assert removed(clone, page(tail=["责任编辑：陈晓明"])) == {"责任编辑：陈晓明": "lines.editor"}


NOTICES = [
    "转载请注明出处：https://news.example.cn/1.html",
    "本文由江南在线原创，转载请注明来源。",
    "聲明：本文來源於網絡，僅供學習交流，如有侵權請聯繫刪除。",
    "未經授權，禁止轉載。",
    "文章内容仅代表作者个人观点，不代表本站立场。",
    "本文系作者授权本站发表，版权归原作者所有。",
    "原文链接：https://example.com/a/1",
    "Copyright © 2024 Example Inc. All Rights Reserved.",
    "京ICP备12345678号-1 京公网安备11010502030000号",
    "增值電信業務經營許可證：粵B2-20090059",
    "违法和不良信息举报电话：12377",
    "本站保留一切法律权利，侵权必究。",
    # session 20's warnings, caveats and licences, each branch of their patterns
    "飲酒過量，有害健康。", "未滿十八歲禁止飲酒。", "未满18岁禁止购买", "未满18周岁禁止吸烟", "理性饮酒，请勿酒驾",
    "喝酒不開車，開車不喝酒。", "酒后请勿驾车", "吸烟有害健康", "本品不能代替药物", "本品不具效能", "不具醫療效能",
    "請勿輕信誇大療效之說", "封面及定价以实物为准", "以上书目信息由出版社提供", "作者同意刊登",
    "原作者已授權轉發", "This post is licensed under CC BY-NC-SA 4.0 by the author.", "建議瀏覽解析度 1920x1080",
    # session 21's sponsorship disclosure, each branch
    "*This post is sponsored by 阿黎的變美日記.", "Sponsored post", "All opinions are my own.",
    "測算結果僅供娛樂", "以上內容純屬娛樂", "信則有，不信則無", "請按藥品說明書或者在藥品銷售人員的指導下購買和使用", "非業配，純分享",
    "Disclaimer: see below", "This page is for reference only.", "It does not constitute legal advice.",
    "Prices are subject to change without notice.",
]


@pytest.mark.parametrize("line", NOTICES)
def test_notice_key_words_let_long_paragraphs_through(step, line):
    """Paragraphs are searched with the notice patterns only when a key word occurs: every
    notice must hold one, in any script."""
    lex = step._lex
    assert lex.notice_key_re.search(line)
    folded = step._folder.fold(line)
    assert any(p.search(folded) for _, p in lex.notices)
