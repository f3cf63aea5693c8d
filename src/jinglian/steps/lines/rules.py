"""The line rules, in the order they are tried: the first verdict wins.

Each rule is `(line features, params, lexicon) -> Verdict | None`: None passes the line to
the next rule, a `Verdict` ends the search (`KEEP` says "not noise, look no further").  The
order is the policy: a short "label: value" line is a source or contact line even when its
label reads like a notice ("文章来源：…"), so label lines come before notices; a long
sentence is article text whatever its words, so it stops the search before the meta, spam
and chrome rules.  A rule only looks at the line; where the line sits (head, body, tail) is
decided afterwards by `layout`.
"""
from __future__ import annotations

import re
from typing import Callable, NamedTuple

from ...zh.lexicon import Lexicon
from ...zh.pii import find_pii
from ...zh.shape import URL_RE
from .features import KEEP, LineFeatures, Verdict, count_han, line_features
from .params import LineParams
from .patterns import (
    ATTRIBUTION_LABEL_RE, ORIGINAL_LINK_LABEL_RE, AUTHOR_BIO_RE, AUTHOR_IS_RE, BRACKET_OUTLET_RE, BREADCRUMB_SEP_RE, FORUM_PROFILE_RE,
    BRACKET_LABEL_RE, BREADCRUMB_START_RE, DOWNLOAD_RE, PAIRED_LABEL_RE, PAIRED_HANDLE_RE, HASHTAG_VALUE_RE,
    MALAY_AM_PM_RE, MALAY_HOURS_LABEL_RE,
    BYLINE_INSIDE_RE, CHROME_SYMBOLS, ADDRESS_LABEL_RE, CONTACT_PERSON_LABELS, CONTACT_ACCOUNT_LABELS, CONTACT_NAME_RE, CONTACT_ASIDE_RE, CONTACT_HINT_RE, LABEL_ASIDE_RE,
    CLOSERS, CONTACT_KINDS, TERMINALS, CONTACT_LINE_RE, CONTACT_VALUE_RE, COUNT_RE, BESIDE_COUNT_RE, DATE_RE, DAY_RE, DIGIT_RE, EDGE_PUNCT,
    GLUED_NAV_RE, HOME_LINK_RE, INNER_PUNCT_RE, LABEL_SEP, LEAD_DECOR, MACHINE_DATE_RE, META_WORD_RE, NOTICE_MARKER_RE,
    FOLLOW_PROMPT_RE, ORIGINAL_TITLE_RE, PREV_NEXT_LABEL_RE, PREV_NEXT_RE, STRIP_DIGITS_RE, TEASER_LINK_RE, URL_FIELD_RE,
    RELATED_LABEL_RE,
    PARTICLE_CHARS, PRONOUN_CHARS, WELCOME_RE, WELCOME_TAIL_RE, segments, META_FILLER_RE, PLAYER_WORDS_RE, PREV_AND_NEXT_RE,
    WIDGET_PROMPT_RE, FORUM_EVENT_RE, COMPANY_BLURB_RE, RULE_CHARS,
    LABELLED_NUMBER_RE, BRACKETS_RE, CONTACT_LABEL_TAIL_RE,
    COOKIE_RE, CONSENT_RE, NOTICE_LABEL_RE, SELF_DISCLAIMER_RE, OUTLET_GAP_RE,
    GROUP_JOIN_RE, GROUP_CHANNEL_RE, GROUP_NOTE_RE, TICKER_CHANGE_RE, CURRENCY_RATE_RE, BACK_LINK_RE, PREV_NEXT_PAIR_RE, TICKER_PRICE_RE, THOUSANDS_RE, COMPILED_SOURCE_RE, NOTICE_LEAD_RE, SUMMARY_LABEL_RE, SITE_STANCE_RE, SOURCE_VERB_RE, BRACKET_NOTE_RE,
    BRACKET_AUTHOR_RE, SITE_ADDRESS_RE, CITATION_RE, FORWARD_RE, PLATFORM_TITLE_RE, LICENCE_RE, END_WORD_RE, BRACKETED_OUTLET_RE, NON_WORD_RE, SHARE_BAR_RE,
    STOCK_PICK_RE, INTERFACE_HINT_RE, FLOOR_RE, BBS_HEADER_RE, BBS_FOOTER_RE, ORG_HEAD_RE, BAR_RE, SITE_TAG_RE, LINK_ARROW_RE, menu_line, AGE_GATE_RE, CONTACT_PROMPT_RE, ASK_CONTACT_RE, DM_PROMPT_RE, APP_LINK_RE, SEARCH_BUTTON, SEARCH_BOX_RE, SEARCH_LIST_RE, CHAT_VOICE_RE, NOTICE_TOPIC_RE, DROPDOWN_MARK_RE, SPACED_LABEL_RE, TAG_FIELD_RE,
    BRACKET_CREDIT_RE, BRACKET_DATELINE_RE, SEARCH_PLACEHOLDER_RE, REPOST_LEAD_RE, PUBLISHED_LEAD_RE, FIELD_SPLIT_RE, FIELD_RE, ARROW_LINK_RE, ENGAGE_ACTION_RE, ENGAGE_APPEAL_RE, LIST_LABEL_RE, SCORE_PAIR_RE, ASK_CALL_RE, EMOJI_RE, BUTTON_BAR_RE, ADDRESS_FIELD_RE, ENGLISH_CONTACT_FIELD_RE, CONTACT_FIELD_SPLIT_RE, OPENING_HOURS_RE, ENGLISH_ADDRESS_RE, ENGLISH_ADDRESS_PART_RE,
    LINK_LIST_RE, CLICK_IN_RE, APP_PROMPT_RE, OPENING_HOURS_LABEL_RE, HAN_LABEL_RE, UNIT_NUMBER_RE, STAFF_NAME_RE,
    GLUED_ADDRESS_RE, BARE_ADDRESS_RE, PROMO_RE, JOB_AD_RE, NAMED_NUMBER_RE, ACCOUNT_NAME_RE, NAV_LABEL_RE,
    LEAD_HOTLINE_RE, HOME_ITEM_RE, SIGNATURE_RE, CALL_ARROW_RE, SKIP_LINK_RE, END_ASIDE_RE,
    LANGUAGE_SWITCH, CALL_END_RE, OUTLET_NAME_RE, BILINGUAL_LABEL_RE, PROSE_WORDS, MENU_WORDS, LANGUAGE_TAIL_RE, MENU_TOKEN_RE,
    SCAN_PROMPT_RE, SHOP_CALL_RE, CN_HOURS_RE, OPEN_ALL_DAY_RE, CLOCK_RANGE_RE, CLOCK_TIMES_RE, HOURS_HEADING_RE, PLACE_LIST_LABEL_RE, DROPDOWN_LABEL_RE, SITE_SLOGAN_RE,
    BRANCH_NAME_RE, BRANCH_LABEL_RE, LANGUAGE_HEAD_RE, GLUED_ADDRESS_TAIL_RE, OUTLET_TAIL_RE,
    PAGINATION_RE, FEEDBACK_RE, SOCIAL_PROOF_RE, NO_DISTURB_RE, VIEWED_RE, TRANSIT_RE, RATING_BADGE_RE, BRACKET_SLOGAN_RE,
    FOLLOW_ON_RE, COMPANY_NAME_LINE_RE, SOLD_COUNT_RE, SOLD_WIDGET_RE, POSTED_VIA_RE, READERS_RE, THREAD_TOOLS_RE, READER_VOICE_RE, EXCERPT_SOURCE_RE, MORE_TAIL_RE, KEY_HINT_RE, BOOK_FIELDS_RE, CREDIT_TAIL_RE, SOCIAL_PAGE_LINE_RE, FREE_SHIPPING_RE, MORE_LEAD_RE, PRINT_TAIL_RE, BRANCH_BRACKET_RE, BREADCRUMB_INSIDE_RE, ENGLISH_ADDRESS_LABEL_RE, READING_TIME_RE,
    ASK_LEAVE_RE, NEWSLETTER_BOX_RE, PAYMENT_LINE_RE, OFFER_ITEM_RE, SERVICE_PROMISE_RE, SOURCE_LINK_RE,
)
from ...zh.text import HAN_RUN_RE

CHROME = "lines.site_chrome"
#: what parts an English bar's items: a bar, or a middle dot between words
LATIN_BAR_RE = re.compile(r"\s*[|｜]\s*|\s+[·•]\s+")


class Rule(NamedTuple):
    name: str
    check: Callable[[LineFeatures, LineParams, Lexicon], Verdict | None]


# --- label lines -------------------------------------------------------------------------

def label_verdict(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """'label: value' lines: source, editor, byline, contact, meta."""
    head = x.head
    bilingual = BILINGUAL_LABEL_RE.match(head)
    if bilingual and lex.label_re.match(head[bilingual.end():]):
        head = head[bilingual.end():]  # "Sumber / 来源：澎湃新闻" (held-out 158, session 24)
    paired = PAIRED_LABEL_RE.match(head)
    if (paired and lex.label_category.get(paired.group(1).strip()) == "contact" and lex.label_re.match(head[paired.end():])
            and PAIRED_HANDLE_RE.search(head)):
        head = head[paired.end():]  # "IG / Threads：@rexue.diary" (held-out 357, session 33)
    if head[1:2] == " ":
        # a contact form's label spaced out ("聯 系 人：", "地　　址："); a spaced credit ("监 制：某某") is
        # left as it was: the base pages' labels call such credits content
        spaced = SPACED_LABEL_RE.match(head)
        label = spaced.group(1).replace(" ", "") if spaced else ""
        if lex.label_category.get(label) == "contact":
            head = label + head[spaced.end(1):]
    m = lex.label_re.match(head)
    if m is None:
        # any short label before a bare e-mail / phone / QQ number: "商务合作：bd@example.com"
        c = CONTACT_LINE_RE.match(head)
        if c and HAN_RUN_RE.search(c.group(1)) and CONTACT_VALUE_RE.search(c.group(2)) and not x.ends:
            return Verdict("lines.contact")  # weak: a list of hotlines inside an article is content
        if ADDRESS_FIELD_RE.match(head) and x.visible <= p.contact_line_max and not x.ends:
            return Verdict("lines.contact")  # weak: "活动地址：某公园" opens an article's notice
        if BARE_ADDRESS_RE.match(END_ASIDE_RE.sub("", BRANCH_LABEL_RE.sub("", head))) and x.visible <= p.contact_line_max:
            # weak: an address alone, a contact block's line; perhaps behind its branch's label and before an aside
            # ("澳門總店：澳門筷子基北街80號地下", "📍 臺北市中正區南陽街3號3樓（北車補習街）"; held-out 167/168, session 25)
            return Verdict("lines.contact")
        if BRANCH_NAME_RE.match(head) and not x.sentence:
            return Verdict("lines.contact")  # weak: a business's name over its branch, "瞰清视光中心 台北總店" (held-out 169)
        if STAFF_NAME_RE.match(head) and x.visible <= p.contact_line_max and not x.ends:
            return Verdict("lines.contact")  # weak: "館員：李思齊"; a notice inside an article may name its staff
        if COMPANY_NAME_LINE_RE.match(head):
            return Verdict("lines.contact")  # weak: a contact block's company; a notice may name whom it is from
        if EXCERPT_SOURCE_RE.match(head):
            return Verdict("lines.source", True)  # "節錄自新華網" (held-out 190, session 26)
        if CREDIT_TAIL_RE.match(head):
            return Verdict("lines.editor")  # weak: "後援會宣傳組 杜明熹 整理" (held-out 184, session 26)
        # an outlet or column name before the label: "每经记者 张三", "本报讯 记者 李四"
        if BYLINE_INSIDE_RE.search(head) and x.visible <= p.short_line and not x.sentence:
            return Verdict("lines.byline")
        return None
    label = m.group("label")
    category = lex.label_category[label]
    rest = source_suffix(head[m.end():], category)
    sep = rest[:1]
    if sep and sep not in LABEL_SEP and not sep.isspace():
        # glued value ("责编张三", "记者王五", "转载自人民网") only for unambiguous multi-char
        # labels ("来自" starts ordinary titles: "来自星星的你")
        # a publication in title marks after it ("摘自《某刊》2022-02-14第66版") is a source whatever
        # its length (held-out 28, session 12)
        published = category == "source" and names_publication(rest)
        glued = category in ("editor", "byline") or (
            category == "source" and label.endswith("自") and label != "来自"
            and (len(rest) <= p.glued_source_max or published) and not INNER_PUNCT_RE.search(rest) and ":" not in rest)
        if len(label) < 2 or not glued or (x.visible > p.glued_label_max and not published):
            if GLUED_ADDRESS_RE.match(head) and x.visible <= p.contact_line_max and not x.ends:
                return Verdict("lines.contact")  # weak: "地址漵川市文昌路43號　郵編8845" (held-out 145, session 23)
            return None
    value = rest.lstrip(" :/|")
    if category == "contact":
        if x.visible <= p.contact_line_max and not x.ends and (
                CONTACT_VALUE_RE.search(value) or ADDRESS_LABEL_RE.search(label)):
            return Verdict("lines.contact", True)
        if (label in CONTACT_ACCOUNT_LABELS or SOCIAL_PAGE_LINE_RE.match(head)) and 0 < len(value) <= p.meta_value_max and not x.ends:
            return Verdict("lines.contact")  # weak: an article may name an account or page it quotes ("Facebook 專頁：…"; held-out 187)
        if not rest and x.text.endswith(":"):
            # a contact block's heading, its values on the lines below ("預約方式：", "联系电话："; held-out
            # 98, session 19, read after its one measurement); weak, as a heading may open a section
            return Verdict("lines.contact")
        if label in CONTACT_PERSON_LABELS and CONTACT_NAME_RE.fullmatch(value):
            # whom to contact, a name alone ("聯絡人：何詠詩"): a contact block's line; weak, since a
            # notice inside an article may name its contact (held-out 45, session 14)
            return Verdict("lines.contact")
        return None
    if DATE_RE.search(head) and (category == "meta" or META_WORD_RE.search(head)):
        return Verdict("lines.meta", bool(COUNT_RE.search(head)) or len(META_WORD_RE.findall(head)) >= 2)
    if category == "source" and x.visible <= p.chrome_line_max and SOURCE_LINK_RE.match(value):
        return Verdict("lines.source", True)  # the outlet and the link to the original (held-out 179, session 25)
    if category == "source" and x.visible <= p.short_line and COMPILED_SOURCE_RE.search(value):
        return Verdict("lines.source", True)  # "信息來源：某報，經某某編輯整理" (held-out 27, session 13)
    if x.visible > p.short_line or x.sentence:
        return None
    if category == "meta":
        if HASHTAG_VALUE_RE.fullmatch(value):
            return Verdict("lines.meta", True)  # a tag list (held-out 385, session 33)
        if COUNT_RE.search(head) or len(value) <= p.meta_value_max:
            return Verdict("lines.meta", bool(COUNT_RE.search(head)))
        return None
    if category == "editor":
        return Verdict("lines.editor", True)
    if category == "source":
        return Verdict("lines.source", x.text[:1] in "([【" or x.visible <= p.source_strong_max
                       or bool(COMPILED_SOURCE_RE.search(value)) or names_publication(value))
    if category == "byline":
        if len(label) == 1 and sep not in ("/", "|", ":"):
            return None  # "文" or "图" starting an ordinary line
        if len(value) <= p.byline_value_max:
            return Verdict("lines.byline")
    return None


def names_publication(value: str) -> bool:
    """A source value that opens with a publication in title marks ("《某刊》2022-02-14第66版"), or names an account
    in corner marks ("微信公众号「扮靓宝美业点评」"; held-out 149, session 23, read after its one measurement)."""
    return (value[:1] == "《" and "》" in value) or bool(ACCOUNT_NAME_RE.match(value))


def source_suffix(rest: str, category: str) -> str:
    """What follows a source label, past a "于" or "自" written between label and separator:
    "来源于：某报", "转载于：某网", "摘录自 某刊" read like "来源：某报" ("来源于生活…" has no
    separator and stays a sentence)."""
    if category == "source" and rest[:1] in ("于", "自") and (rest[1:2] in LABEL_SEP + "：" or rest[1:2].isspace()) \
            and rest[1:2]:
        return rest[1:]
    return rest


def label_line(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A short 'label: value' line (source, editor, byline, contact, meta)."""
    if x.visible <= p.short_line and x.head:
        return label_verdict(x, p, lex)
    return None


def long_label_line(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A longer 'label: value' line: a meta line with a date, a contact line."""
    if p.short_line < x.visible <= p.meta_line:
        return label_verdict(x, p, lex)
    return None


def contact_data(x: LineFeatures, p: LineParams) -> Verdict | None:
    """A line that is contact data and a few label words ("全国统一服务热线 400 xxx xxxx",
    "读者热线：… 传真：…", "联系人：张三 138…"), found by the PII finders, whatever the label.
    Weak: a list of hotlines inside an article is content."""
    head = x.head
    if not CONTACT_HINT_RE.search(head):
        return None
    found = [f for f in find_pii(head) if f[2] in CONTACT_KINDS]
    # a number in an aside after other text ("活动详情(联系电话:…)") belongs to that text, as does one
    # after other text's aside ("《某报》(2024年05月11日 09版) enquiry: …"); an aside right before the
    # colon is the label's ("手機(微信同號)：…"; held-out 119, session 21, read after its one measurement)
    if not found:
        return None
    opened = head.rfind("(", 0, found[0][0])
    if opened > 0 and not LABEL_ASIDE_RE.match(head, opened):
        return None
    rest, pos = [], 0
    for start, end, _ in found:
        rest.append(head[pos:start])
        pos = end
    rest.append(head[pos:])
    # (an address glued behind the data is the entry's too: "电话136…邮箱…地址长沙市岳麓区麓山南路99号"; held-out 168, session 25)
    # (and a service's promise after a hotline: "… 24小時上門 30分鐘到達"; held-out 179)
    rest_text = SERVICE_PROMISE_RE.sub("", GLUED_ADDRESS_TAIL_RE.sub("", "".join(rest)))
    rest_text = END_ASIDE_RE.sub("", rest_text)  # (an aside after the data is the entry's: "（加好友請註明來意）")
    if INNER_PUNCT_RE.search(rest_text) or count_han(rest_text) > p.contact_rest_han:
        return None
    return Verdict("lines.contact")


def url_field(x: LineFeatures) -> Verdict | None:
    """"label: URL": a link to the original ("本文链接：https://…") or to the site ("官网：www…")."""
    m = URL_FIELD_RE.match(x.head)
    if m is None or not HAN_RUN_RE.search(m.group(1)):
        return None
    label = m.group(1)
    if ATTRIBUTION_LABEL_RE.search(label):
        return Verdict("lines.repost_notice", bool(ORIGINAL_LINK_LABEL_RE.search(label)))
    return Verdict("lines.contact")


def contact_line(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """Contact data under any label, or a 'label: URL' line; never a sentence."""
    if x.visible <= p.contact_line_max and not x.ends:
        return contact_data(x, p) or url_field(x)
    return None


def labelled_number(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A few words and a phone-length number, perhaps with an aside: "客服：(314) 9191-9191（周一至
    周五 9:00-18:00）", "微信同号 1152 4991 152".  Whatever the label says, the shape is a contact
    entry.  Weak: a list of hotlines inside an article is content."""
    if x.visible > p.contact_line_max or x.ends:
        return None
    m = LABELLED_NUMBER_RE.match(x.text.lstrip(LEAD_DECOR)) or NAMED_NUMBER_RE.match(x.text.lstrip(LEAD_DECOR))
    if m and HAN_RUN_RE.search(m.group("label")):  # words, not a handle ("@my38778570")
        return Verdict("lines.contact")
    return None


def source_with_teaser(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A source label whose outlet is followed, after a gap, by a teaser of the article or
    another one: "来源：某某周刊  《某某》这样的现象级产品……", "来源：某报丨<teaser>" (the gap is
    white space or a separator, OUTLET_GAP_RE).  Weak: at the edges only."""
    m = lex.label_re.match(x.lead)
    if m is None or lex.label_category[m.group("label")] != "source":
        return None
    rest = source_suffix(x.lead[m.end():], "source")
    if not rest[:1] or rest[:1] not in LABEL_SEP + "：" and not rest[:1].isspace():
        return None
    value = rest.lstrip(" :：/|")
    g = OUTLET_GAP_RE.search(value)
    if g is None:
        return None
    outlet, teaser = value[:g.start()], value[g.end():]
    if 0 < len(outlet) <= p.outlet_max and not INNER_PUNCT_RE.search(outlet) and teaser.strip():
        return Verdict("lines.source")
    return None


def byline_with_contact(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A byline or editor line with contact details: in a closing aside ("记者：王五(wangwu@…)"),
    or the whole line in brackets ("（记者 王五  电话：…）").  Names and an address are never the
    article's prose, so strong (issue 14 round 2: weak, such lines stayed whenever a sentence-like
    noise line below them stretched the body; held-out 7/8/9)."""
    m = CONTACT_ASIDE_RE.match(x.text)
    if m is not None:
        pre = m.group("pre").lstrip(LEAD_DECOR)
    elif x.text[:1] == "(" and x.text[-1:] == ")" and CONTACT_HINT_RE.search(x.text):
        inner = x.text[1:-1].strip()
        found = [f for f in find_pii(inner) if f[2] in CONTACT_KINDS]
        if not found:
            return None
        # the names before the contact label: "记者 王五  电话：" -> "记者 王五"
        pre = CONTACT_LABEL_TAIL_RE.sub("", inner[:found[0][0]]).rstrip()
    else:
        return None
    label = lex.label_re.match(pre)
    # a one-character label ("图：@某某微博截图（…）") heads a caption as often as a byline
    if label is None or len(label.group("label")) < 2 or lex.label_category[label.group("label")] not in ("byline", "editor"):
        return None
    rest = pre[label.end():]
    # a separator after the label, then names: "记者走访了…（…）" is a sentence's aside
    if not rest[:1] or (rest[:1] not in LABEL_SEP + "：" and not rest[:1].isspace()):
        return None
    return Verdict("lines.byline", True) if len(pre) <= p.short_line and not INNER_PUNCT_RE.search(pre) else None


def follow_prompt(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A prompt to follow the site's account: "欢迎关注微信公众号：…，第一时间掌握…"."""
    # (perhaps after a question that leads to it: "想了解更多滅蟑小妙招？關注公眾號「…」回覆…"; held-out 172, session 25)
    # (and icons between the words: "Follow us 📘 Facebook 📸 Instagram"; held-out 175)
    if FOLLOW_PROMPT_RE.match(MORE_LEAD_RE.sub("", " ".join(EMOJI_RE.sub(" ", x.lead).split()))):
        return Verdict(CHROME, True)
    t = x.text  # (an English prompt starts with its verb; the host's ends with 不迷路)
    return Verdict(CHROME, True) if (x.visible <= p.chrome_line_max and (t[:1] in "lf" or "不迷路" in t)
                                     and FOLLOW_ON_RE.search(t)) else None


def original_title(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A repost's original headline ("原标题：…", "（原题为《…》）"), however it ends; behind a notice of its source
    ("本文來源於網絡，原標題：…"), the notice, which a footer starts at."""
    if not ORIGINAL_TITLE_RE.match(x.lead):
        return None
    v = notice(x, p, lex)
    return Verdict(v.reason, True, v.marker) if v is not None and v.reason else Verdict("lines.source", True)


def citation_line(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """How to cite the article ("引用本文：…[J]. 某刊, 2025…", "DOI：10.…"), however long: a journal
    page's metadata, never its text."""
    return Verdict("lines.meta", True) if CITATION_RE.match(x.lead) else None


def forward_header(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A forwarded post's header ("Forwarded from 某頻道", "//@某某:转发微博"): where the post came from."""
    return Verdict("lines.source", True) if FORWARD_RE.match(x.lead) else None


def platform_title(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A social platform's page title ("某某的微博_微博", "某某 · Instagram 相片和影片"): the page's
    frame, not the post.  Weak: at the edges only."""
    return Verdict(CHROME) if x.visible <= p.short_line and PLATFORM_TITLE_RE.search(x.text) else None


def author_bio(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """An author's biography: "作者简介：…" anywhere; "作者为…专栏作家。" (short) at the edges."""
    if AUTHOR_BIO_RE.match(x.lead):
        return Verdict("lines.byline", True)
    if x.visible <= p.author_bio_max and AUTHOR_IS_RE.match(x.lead):
        return Verdict("lines.byline")
    return None


def company_blurb(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A company's description of itself ("某某有限公司是一家…", "某某阀门有限公司主营…").
    Weak: a paragraph about a company inside an article is the article's."""
    return Verdict("lines.about_company") if COMPANY_BLURB_RE.match(x.lead) else None


def widget_prompt(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A widget's prompt: reward ("赞赏支持一下作者"), loading ("投票加载中，请稍等"), an
    account's reply menu ("2、回复【公积金】查询缴存记录", "点【在看】"), "扫描下方二维码…"; short,
    so a sentence about such things is left alone."""
    if x.visible <= p.widget_prompt_max and WIDGET_PROMPT_RE.search(x.lead.lstrip("0123456789、.)） ")):
        return Verdict(CHROME, True)
    if x.visible <= p.widget_prompt_max and not x.ends and SCAN_PROMPT_RE.match(x.lead):
        return Verdict(CHROME, True)  # "扫码添加加盟顾问微信 ↓", "訂閱電子報，搶先收到新品與優惠" (held-out 166-168, session 25)
    if SITE_ADDRESS_RE.match(x.lead):
        return Verdict(CHROME, True)
    return None


def engagement_prompt(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A prompt to like, share or follow the post: a social action ("点赞", "在看", "转发给…") and an
    appeal to the reader ("记得", "别忘了", "喜欢…的话"), on a short line: "如果觉得有用，记得点赞+关注，
    下期更精彩！"; up to `engage_actions_max` when it asks for two actions or more.  Weak: flagged, it no longer stretches the body over the tail's weak lines, and an
    article's own sentence about sharing stays inside the body (issue 14 round 4, held-out 11/13)."""
    if x.visible > p.engage_actions_max:
        return None
    t = x.lead if x.paragraph else x.text
    actions = len(ENGAGE_ACTION_RE.findall(t))
    if actions and (x.visible <= p.engage_max or actions >= 2) and ENGAGE_APPEAL_RE.search(t):
        return Verdict(CHROME)
    return None


def group_invite(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """An invitation into a group chat through a contact channel: "添加编辑微信 <id>，拉你进车友群",
    "扫码加小助手，进群领资料".  Strong when it carries the contact id or number (nobody's prose
    hands one out with a group invitation); weak otherwise, as a story about such groups may quote
    one (issue 14 round 5, held-out 14/15)."""
    if x.visible > p.group_invite_max:
        return None
    t = x.lead if x.paragraph else x.text
    if GROUP_JOIN_RE.search(t) and GROUP_CHANNEL_RE.search(t):
        return Verdict(CHROME, any(k in CONTACT_KINDS for _, _, k in find_pii(x.text)))
    if GROUP_NOTE_RE.match(x.head) and not x.sentence:
        return Verdict(CHROME)
    return None


def ticker_line(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A market ticker: index or price names, decimal prices and signed changes, no sentence
    ("恒指 19,876.54 +213.07  國指 7,012.33 +1.2%  即時報價").  A report states such figures in
    sentences (with commas), so strong (issue 14 round 5, held-out 15)."""
    if x.sentence or INNER_PUNCT_RE.search(THOUSANDS_RE.sub("", x.text)) or x.han > p.ticker_han_max:
        return None
    if len(TICKER_CHANGE_RE.findall(x.text)) >= p.ticker_min and len(TICKER_PRICE_RE.findall(x.text)) >= p.ticker_min:
        return Verdict(CHROME, True)
    if len(CURRENCY_RATE_RE.findall(x.text)) >= p.rate_board_min:
        return Verdict(CHROME)  # a board of rates, three or more: weak, as an article may table the day's rates
    return None


def player_widget(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A video player's controls and overlays copied as text ("广告剩余: 10秒 … 播放模式 … 错误码"):
    several words only a player carries."""
    if len(set(m.lower() for m in PLAYER_WORDS_RE.findall(x.text))) >= p.player_words:
        return Verdict(CHROME, True)
    return None


def teaser_link(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A teaser of another page ending in its link: "某地出台新政……［详细］"."""
    if x.text[-1:] not in "]］】>":
        return None
    return Verdict(CHROME, True) if TEASER_LINK_RE.search(x.text, max(0, len(x.text) - 16)) else None


def bracket_note(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A wholly bracketed publication or author note: "（本文首發於X，原題為《…》）", "（作者單位：…；
    郵箱：…）", "（本文作者X為Y資深記者，來信請寄…）", or a credit of the outlets a story comes from
    ("（新京報供稿）", "（據某報、某網綜合報道）").  The brackets set it apart from the prose, so
    strong (issue 14 round 3, held-out 10/11)."""
    t = x.text
    if x.visible > p.bracket_note_max or t[:1] not in "(（" or t[-1:] not in ")）":
        return None
    inner = t[1:-1]
    if "(" in inner or "（" in inner:
        return None  # two asides, or an aside inside: not one note
    if BRACKET_NOTE_RE.match(inner):
        return Verdict("lines.source", True)
    if BRACKET_AUTHOR_RE.match(inner):
        return Verdict("lines.byline", True)
    outlet = BRACKET_OUTLET_RE.match(inner)
    if outlet:  # with a date: a dateline, strong; with a name: a byline, at the edges only
        return Verdict("lines.source", True) if outlet.group("date") else Verdict("lines.byline")
    if OUTLET_NAME_RE.match(inner):
        return Verdict("lines.source")  # "（中國時報）" alone: weak, a credit at the edges (held-out 159, session 24)
    if BRACKET_CREDIT_RE.match(inner) or BRACKET_DATELINE_RE.match(inner):  # "（新京报供稿）", "（据某报、某网综合
        return Verdict("lines.source", True)  # 报道）": round 4, held-out 12/13; "（2024-04-18，某报讯）": round 8
    return None


def source_verb(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A short line led by a source verb after a few words: "内容源自：某报客户端", "部分资料参考自
    某报、某网，如有出入以官方公告为准".  Weak: at the edges only (issue 14 round 3, held-out 11)."""
    if x.visible <= p.short_line and not x.ends and SOURCE_VERB_RE.match(x.lead):
        return Verdict("lines.source")
    return None


def licence_number(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A licence or registration number: "互联网药品信息服务资格证书编号：(京)-非经营性-2020-0123".
    Strong: a certificate number is never prose (issue 14 round 3, held-out 11)."""
    if x.visible <= p.contact_line_max and not x.sentence and LICENCE_RE.match(x.head):
        return Verdict("lines.copyright", True)
    return None


def stock_pick(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """An entry of a stock-pick box pasted into a page: "（600123）某某科技：本周涨幅35.20%。公司主营
    工业软件…" (a bracketed six-digit code, the name, the week's move, a blurb).  Strong: the box
    sits in the middle of an article about something else (gold-train, the tuning set: a
    fund-manager story carrying eight such lines that both annotators flag)."""
    return Verdict(CHROME, True) if STOCK_PICK_RE.match(x.lead) else None


def interface_hint(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A widget's usage hint for keyboards and touch screens: "有搜索建议时，可用向上和向下箭头选择；
    触屏设备用户请用滑动手势浏览。" (a search box's).  Several such words in one notice-length line;
    an article on interfaces names one now and then."""
    if x.visible <= p.notice_max and len(set(INTERFACE_HINT_RE.findall(x.text))) >= p.interface_hint_words:
        return Verdict(CHROME, True)
    return None


def end_mark(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """An end-of-article mark between rule characters: "—— END ——", "~ the end ~", "- 完 -".  A
    bare "完" or "（完）" is left to the article (issue 14 round 3, held-out 11)."""
    t = x.text
    if x.visible > p.bare_chrome_max or not t or t[0] not in RULE_CHARS or t[-1] not in RULE_CHARS:
        return None
    return Verdict(CHROME, True, True) if END_WORD_RE.match(t.strip("".join(RULE_CHARS))) else None


def chrome_url(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A chrome word beside a link and nothing else: "閲讀原文 https://…/36078.html" (held-out 130, session 22,
    read after its one measurement): a button and its target."""
    t = x.text
    if x.paragraph or x.visible > p.chrome_line_max or not ("http" in t or "www." in t):
        return None
    label = URL_RE.sub(" ", t).strip(EDGE_PUNCT + ">»→ ")
    return Verdict(CHROME, True) if label != t and label in lex.chrome_words else None


def english_contact_fields(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """Contact fields labelled in English, two or more on a line ("Tel: +86 … | Fax: … | Email: …"): a contact
    block's line, however long."""
    if x.ends or x.visible > p.banner_max * 2 or x.text.count(":") < p.field_list_min:
        return None
    pieces = [q for q in CONTACT_FIELD_SPLIT_RE.split(x.text.strip()) if q]
    fields = sum(1 for q in pieces if ENGLISH_CONTACT_FIELD_RE.match(q))
    if fields >= p.field_list_min and fields == len(pieces) and find_pii(x.text):
        return Verdict("lines.contact", True)
    return None


def english_address(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A street address in English on a line of its own, a contact block's ("No. 66, Lebuh Chulia, 10200 George
    Town"), perhaps under a short Chinese label, or its opening hours ("Isnin - Jumaat 9am - 6pm", "營業時間：星期一至
    星期六 9am - 6pm"): weak, at the edges only, where a shop's or a clinic's contact block sits."""
    if OPENING_HOURS_LABEL_RE.match(x.head) and x.visible <= p.short_line and not x.ends:
        return Verdict("lines.contact")  # "營業時間：星期一至星期六 9am - 6pm" (held-out 143, session 23)
    if x.visible <= p.chrome_line_max and (CN_HOURS_RE.match(x.head) or HOURS_HEADING_RE.match(x.head)):
        return Verdict("lines.contact")  # "週一至週五 上午09:00-12:00 …" under "門診時間" (held-out 166/169, session 25)
    if x.clock and (CLOCK_TIMES_RE.fullmatch(x.text) and shop_hours(x.text, p) or OPEN_ALL_DAY_RE.match(x.text)):
        return Verdict("lines.contact")  # "⏰ 11:00-15:00 / 17:00-22:00" (held-out 422, session 34)
    # (a short Chinese label may lead the English value: "销售办事处：Jalan Kebun Teh 5, Johor Bahru"; held-out 142)
    label = HAN_LABEL_RE.match(x.head) or ENGLISH_ADDRESS_LABEL_RE.match(x.head)  # ("Address: 25 Jalan Kenari, …"; held-out 171)
    head = x.head[label.end():] if label else x.head
    t = x.text[x.text.find(head):] if label else x.text
    if HAN_RUN_RE.search(t) or x.visible > p.short_line * 2:
        return None
    if OPENING_HOURS_RE.match(head) and (MALAY_HOURS_LABEL_RE.match(head) or not MALAY_AM_PM_RE.search(head)):
        return Verdict("lines.contact")  # the hours under it: "Isnin - Jumaat 9am - 6pm" (held-out 141, session 22)
    # (no comma when a block number leads and a unit number follows: "Blk 84 Punggol Drive #01-9841 Singapore"; held-out
    # 154, session 24)
    lead, unit = ENGLISH_ADDRESS_RE.match(head), UNIT_NUMBER_RE.search(t)
    if not (lead or unit) or ("," not in t and not (lead and unit)):
        return None
    return Verdict("lines.contact") if ENGLISH_ADDRESS_PART_RE.search(t) else None


def shop_hours(s: str, p: LineParams) -> bool:
    """Whether the time ranges of `s` span a shop's day: `shop_hours_min` hours in all, none shorter than
    `shop_session_min` ("11:00-15:00 / 17:00-22:00"), not a class's or an event's periods ("9:00-10:30 / 10:45-12:15",
    "19:30-21:30"; session 34's review); a range past midnight runs into the next day."""
    spans = [((int(h2) * 60 + int(m2)) - (int(h1) * 60 + int(m1))) % (24 * 60) for h1, m1, h2, m2 in CLOCK_RANGE_RE.findall(s)]
    return bool(spans) and min(spans) >= p.shop_session_min * 60 and sum(spans) >= p.shop_hours_min * 60


def read_more_link(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A read-more link after an outlet in brackets: "（風傳媒）延伸閱讀：<a headline>": the
    label is a chrome word ("延伸阅读"), the rest a headline however it reads (issue 14 round 3,
    held-out 10).  A headline ending in "？" makes the line a paragraph, read on its folded lead
    (round 4, held-out 10's "（明報）延伸閱讀：…之後，下一步怎麼走？")."""
    t = x.lead if x.paragraph else x.text
    m = BRACKETED_OUTLET_RE.match(t)
    if m is None or x.visible > p.prev_next_max:
        return None
    label, colon, rest = t[m.end():].partition(":")
    if colon and rest.strip() and label.strip() in lex.chrome_words:
        return Verdict(CHROME, True)
    return None


def share_bar(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """"分享至 Facebook Line X": a share label and platform names in Latin letters, which the
    chrome words (Han) do not cover (issue 14 round 3, held-out 10)."""
    return Verdict(CHROME, True) if x.visible <= p.banner_max and SHARE_BAR_RE.match(x.text) else None


def repost_lead(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A repost's attribution opening the line, however long the rest: "本文經授權轉載自某報，原文標題：…",
    "转载自某网 https://…", or where the original was published ("原文刊於某報，標題為《…》", round 10).  Article prose does not open with "转载自", so strong (issue 14 round 4,
    held-out 12/13: such lines carry a comma or a URL, which the label rules refuse)."""
    if x.visible <= p.notice_max and (REPOST_LEAD_RE.match(x.lead) or PUBLISHED_LEAD_RE.match(x.lead)):
        return Verdict("lines.source", True)
    return None


def field_list(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """Several "label：value" fields on one line, perhaps with a bare count or word among them:
    credits ("出品：某网  策划：张三  制图：李四", "文字整理：张三；图片：某网", "【纠错】 【责任编辑：张三】"),
    a recipe's or a post's meta ("难度：简单 | 耗时：30分钟 | 口味：咸鲜 | 收藏 4874").  Labels are any
    few Han, so no list of credit words is needed.  The reason is the lexicon's category of a known
    label (editor, byline, source, contact), else meta; weak but for an editor's: at the edges only, since a line of facts
    ("时间：5月1日  地点：北京") may open an article (issue 14 round 4, held-out 12/13)."""
    text, longest, piece_max = x.text, p.short_line, p.field_piece_max
    if ":" not in text and len(BRACKET_LABEL_RE.findall(text)) >= p.field_list_min:
        # labels in brackets mark the fields off, so the line and its fields may run to a banner's
        # length: a shop's "【商品编号】9744 【批准文号】国药准字H20029744 【月销量】9744件" (held-out 50,
        # session 15, read after its one measurement), with or without a space between them ("【信息编号】6547
        # 【有效期】长期有效【浏览】6547次"; held-out 85, session 17)
        text, longest = BRACKET_LABEL_RE.sub(r" \1:", text).strip(), p.banner_max
        piece_max = longest
    # fields split at ";" read as a sentence ("文字整理：张三；图片：某网"): only a sentence end excludes
    if x.ends or x.visible > longest or ":" not in text and "/" not in text:
        return None
    if DATE_RE.search(text):
        return None  # a date among fields: meta_line's ("2024-05-20 | 作者：赵敏 | 评论(12)")
    if PREV_NEXT_PAIR_RE.match(x.head):
        return None  # both links on one line, their headlines holding bars: prev_next_link's
    pieces = [q.strip() for q in FIELD_SPLIT_RE.split(text) if q.strip()]
    if len(pieces) < 2 or any(len(q) > piece_max for q in pieces):
        return None
    fields = [m for m in map(FIELD_RE.match, pieces) if m]
    # (a tag field lists its tags with commas: "標籤：PTT轉錄, 房地產"; held-out 45, session 14)
    if not fields or any(INNER_PUNCT_RE.search(q) for q in pieces if not TAG_FIELD_RE.match(q)):
        return None
    if any(len(m.group("label")) > p.field_label_max for m in fields):
        return None
    categories = {lex.label_category.get(m.group("label")) for m in fields} - {None}
    # (a contact person's fields, "聯繫人：黃詠琪　電話：…", are a contact block's line: a heading above goes with
    # it; held-out 123, session 21, read after its one measurement)
    known = next((c for c in ("editor", "byline", "source", "contact") if c in categories), None)
    if len(fields) < p.field_list_min:
        # one field: a known label beside a bare word or two ("【纠错】 【责任编辑：张三】"); a byline
        # beside it ("中青报·中青网记者 魏其濛 来源：中国青年报", content in the dev set) is label_line's
        bare = [q for q in pieces if not FIELD_RE.match(q)]
        if known is None or any(len(q) > p.field_label_max for q in bare):
            return None
    return Verdict(f"lines.{known}" if known else "lines.meta", known == "editor")  # as label_line reads an editor


def arrow_link(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A short link that ends in an arrow: "热门赛事直播入口 >>", "游戏礼包领取 ＞".  Weak: at the
    edges only (issue 14 round 4, held-out 12/13)."""
    if x.visible <= p.arrow_link_max and not x.sentence and ARROW_LINK_RE.match(x.text) and x.han >= 2:
        return Verdict(CHROME)
    return None


def tagged_banner(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A banner led by the site's own tag ("【公告】…", "【招聘】…", "【广告】…"): not a sentence, or one that
    ends in a link's arrow.  Weak: an article may open with such a tag (held-out 113, session 20)."""
    if x.visible <= p.tagged_banner_max and SITE_TAG_RE.match(x.text) and (not x.sentence or LINK_ARROW_RE.search(x.text)):
        return Verdict(CHROME)
    if x.visible <= p.tagged_banner_max and JOB_AD_RE.match(x.head):
        return Verdict(CHROME)  # a job ad: "招聘育兒嫂/月嫂，待遇從優" (held-out 147, session 23)
    return None


def page_widget(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A listing or a help page's widgets (held-out 170-173, session 25, read after their one measurement): its pages
    ("共1823個房源 1 2 3 4 5 … 下一頁"), a feedback box ("覺得這篇文章有幫助嗎？ 是 否"), a print link ("… [打印本頁]") and a
    post's view counter ("本信息已被瀏覽356次，…"), none of them prose, so strong; the site's social proof ("今日已有1534人在
    趣訂場預訂場地"), a rating badge, a bracketed name with its slogan, a name with its branch, directions, a plea against
    agents ("（非誠勿擾）"): weak, as an article may quote one."""
    s = x.text
    if ("|" in s or "｜" in s or "·" in s) and THREAD_TOOLS_RE.search(s):
        return Verdict(CHROME, True)  # a thread's tools, beside its title however long (held-out 191, session 26)
    if x.visible > p.chrome_line_max:
        return None
    if not x.paragraph:
        v = widget_line(x, p)
        if v is not None:
            return v
    t = x.lead if x.paragraph else x.head
    if FEEDBACK_RE.match(t):
        return Verdict(CHROME, True)
    if VIEWED_RE.match(t) or READING_TIME_RE.match(t):
        return Verdict("lines.meta", True)
    if SOCIAL_PROOF_RE.match(t) or BRACKET_SLOGAN_RE.match(s) or (x.visible <= p.widget_title_max and NO_DISTURB_RE.match(t)):
        return Verdict(CHROME)
    if ASK_LEAVE_RE.match(t):
        return Verdict(CHROME)
    if RATING_BADGE_RE.match(s):
        return Verdict("lines.meta")
    if not x.ends and (TRANSIT_RE.match(t) or (not x.sentence and BRANCH_BRACKET_RE.match(t))):
        return Verdict("lines.contact")
    return None


def widget_line(x: LineFeatures, p: LineParams) -> Verdict | None:
    """The widgets only a short line read closely holds, none of them prose: a list's pages (which end the article, as
    "上一頁 1 2 3 下一頁" does), a print link, a newsletter box (held-out 178), a reading site's keys and a book's fields
    (198), a ticker's ">>更多" (192), a post's readers (189), a sales counter and a post's "来自手机版" (184/186), a
    breadcrumb inside the line; a line of payment brands (178) is weak.  Each regex behind a cheap look for its word."""
    s = x.text
    if PAGINATION_RE.search(s):
        return Verdict(CHROME, True, True)
    if PRINT_TAIL_RE.search(s) or NEWSLETTER_BOX_RE.match(s) or BOOK_FIELDS_RE.match(s) or ("键" in s and KEY_HINT_RE.search(s)):
        return Verdict(CHROME, True)
    if x.visible > p.widget_title_max and "更多" in s and MORE_TAIL_RE.search(s):
        return Verdict(CHROME, True)
    if not x.sentence and (("人已" in s and READERS_RE.search(s)) or POSTED_VIA_RE.match(s)
                           or ("已售" in s and SOLD_COUNT_RE.search(s) and SOLD_WIDGET_RE.search(s))):
        return Verdict("lines.meta", True)
    if PAYMENT_LINE_RE.match(s):
        return Verdict(CHROME)
    if BREADCRUMB_INSIDE_RE.search(s):
        return Verdict(CHROME, True)
    return None


def promo_banner(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A shop's offer ending in its limit ("即日起配鏡滿$1,500送鏡片清潔套裝，數量有限，送完即止！"): an ad, whatever it
    offers.  Weak: an article on a sale may quote one (held-out 146, session 23, read after its one measurement)."""
    if x.visible <= p.tagged_banner_max and (PROMO_RE.search(x.text) or CALL_ARROW_RE.search(x.text)):
        return Verdict(CHROME)  # (or its call to act before a link's arrow: "名額有限，立即預約參觀 ➜")
    if x.visible <= p.tagged_banner_max and not x.ends and SHOP_CALL_RE.search(x.lead if x.paragraph else x.head):
        return Verdict(CHROME)  # a promo code, "【點擊諮詢】", "…請私訊粉專或來電" (held-out 166-169, session 25)
    if not x.paragraph and x.visible <= p.tagged_banner_max and FREE_SHIPPING_RE.search(x.text) and not READER_VOICE_RE.search(x.text):
        return Verdict(CHROME)  # free delivery over an amount, "訂單滿RM150免運費（西馬）" (held-out 186/187, session 26)
    return None


# --- notices -----------------------------------------------------------------------------

def notice(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """Repost, copyright and disclaimer notices: dense with notice phrases, or led by a
    notice marker ("版权声明：").  A sentence that mentions one phrase is reporting."""
    text = x.notice_text
    if text is None:
        return None
    hits: dict[str, int] = {}
    for reason, pattern in lex.notices:
        if pattern.search(text):
            hits[reason] = hits.get(reason, 0) + 1
    if not hits:
        return None
    # a reader's or poster's aside in a chatty voice ("以上纯属个人观点，…不要太在意哈🤣") is theirs, not
    # the site's notice, unless it is about reposting or rights (held-out 76-93, session 18)
    if CHAT_VOICE_RE.search(text) and not NOTICE_TOPIC_RE.search(text):
        return None
    k = sum(hits.values())
    han = count_han(text)  # a paragraph's `han` is an estimate
    reason = "lines.copyright" if hits.get("copyright", 0) >= hits.get("repost_notice", 0) else "lines.repost_notice"
    # a copyright footer ends the page; a repost notice may sit above the comments
    ends_page = reason == "lines.copyright"
    if x.sentence:
        dense = k >= p.notice_dense_hits or (k >= p.notice_short_hits and han < p.long_sentence_han)
    else:
        dense = k >= p.notice_short_hits or x.visible <= p.notice_short_line
    if NOTICE_MARKER_RE.match(text) or dense:
        return Verdict(reason, True, ends_page)
    if not x.sentence or han < p.notice_report_han:
        return Verdict(reason, False, ends_page)  # weak: removed outside the body only
    return None


def cookie_banner(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A cookie-consent banner: names cookies and asks for consent by continuing to browse or
    by a button ("本網站使用Cookie…，繼續使用即表示您同意…", "…cookies。［我知道了］").  An
    article about cookies names no such consent, so strong (issue 14 round 3, held-out 10)."""
    if x.visible <= p.notice_max and COOKIE_RE.search(x.text) and CONSENT_RE.search(x.text):
        return Verdict(CHROME, True)
    return None


def notice_label(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A notice led by a short "…提示 / …声明 / …须知" label ("風險提示：市場有風險…", "投资须知：…"):
    a disclaimer whatever its words; not a news summary ("核心提示：…", SUMMARY_LABEL_RE).  Strong
    when led by "声明" (NOTICE_LEAD_RE, as `notice` reads its marker); otherwise weak: "温馨提示：出行请带伞" may be a weather story's own
    (issue 14 round 3, held-out 11)."""
    if x.visible <= p.notice_short_line and NOTICE_LABEL_RE.match(x.lead) and not SUMMARY_LABEL_RE.match(x.lead):
        return Verdict("lines.copyright", bool(NOTICE_LEAD_RE.match(x.lead)))  # "声明：" as notice() reads it
    return None


def site_stance(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """The site distancing itself from what it prints ("網友評論僅供其表達個人看法，並不表明本站同意
    其觀點。", "本网不承担任何责任"): a disclaimer.  Weak, and only on a short line (a report on a
    site's liability is longer) (issue 14 round 3, held-out 11)."""
    if x.visible <= p.notice_short_line and SITE_STANCE_RE.search(x.text):
        return Verdict("lines.copyright")
    return None


def self_disclaimer(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """The page limiting what it is worth, in its own words: it names itself first (本文, 本站,
    本网站, 本帖, 以上, 文中) and limits itself at once ("本文仅为健康科普，不能替代…", "本網站資料只供
    參考，並不構成…").  Article prose does not open by disowning itself, so strong; only up to
    `notice_short_line` (issue 14 round 5: held-out 14/15's missed notices had none of the
    notice lexicon's phrases)."""
    if x.visible <= p.notice_short_line and SELF_DISCLAIMER_RE.match(x.lead):
        return Verdict("lines.copyright", True)
    return None


#: particles and pronouns no search term holds, but every phrase of prose does
DIGITS = "0123456789"
PARTICLES = frozenset(PARTICLE_CHARS + PRONOUN_CHARS)
#: words that hold one of them and are a search term's own ("在线", online: "CBA直播在线观看"; held-out 82,
#: session 17), taken out before the particles are looked for
PARTICLE_WORDS_RE = re.compile(r"在线")
QUOTES_COLON = frozenset("\"'“”‘’:：")
ASCII_ALNUM_RE = re.compile(r"[a-z0-9]+")  # folded text: lower case
#: a space, slash, dot or dash between Latin letters or digits is inside a term ("band 1", "gb/t标准下载",
#: "0.1折"; held-out 55, session 15, read after its one measurement), not a joiner; folded text
LATIN_GAP_RE = re.compile(r"(?<=[a-z0-9])[ /.\-](?=[a-z0-9])")
#: the marks between terms when a space is inside them: anything but a letter, digit or space, and spaces
#: around it; folded
MARK_JOINER_RE = re.compile(r"\s*(?:[^\w\s]|_)+\s*")
#: a phrase of Latin words ("second hand phone kl", "jual telefon terpakai"); folded
LATIN_PHRASE_RE = re.compile(r"(?<![a-z0-9])[a-z]{2,}(?: [a-z]{2,}){1,5}(?![a-z0-9])")


def keyword_list(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A list of short terms and nothing else ("運彩分析…百家樂…躺赚副业…电子拉霸", "特码★高仿名表★
    足彩推荐★婚外调查"), whatever joins them and whether or not its words are in the spam lexicon:
    not a sentence, at least `keyword_list_min` items of 2 to `keyword_item_max` Han, function
    characters (PARTICLES) in at most `keyword_particle_share` of them.  Weak, so at the edges only: inside an article such a line is its own list.  Tried
    last: nav bars and known spam have their rules (issue 14 round 3, held-out 10/11)."""
    if x.sentence or x.visible > p.chrome_line_max:
        return None
    return Verdict("lines.seo_spam") if keyword_items(x, p) else None


def unended_keyword_list(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A keyword list joined by commas, which reads as a sentence that never ends ("論文降重,學術會議
    一覽表,天文望遠鏡哪個牌子好,知網查重入口,SCI論文潤色": held-out 91, session 18, read after its one
    measurement): `keyword_list`'s test on a sentence-shaped line with no end mark, with at least
    `unended_list_min` items (a headline has fewer clauses) not all of one length (a poem's clauses
    are).  Weak, so at the edges only."""
    if not x.sentence or x.ends or x.visible > p.chrome_line_max:
        return None
    items = keyword_items(x, p)
    return Verdict("lines.seo_spam") if items and len(items) >= p.unended_list_min and len({len(w) for w in items}) > 1 else None


def keyword_items(x: LineFeatures, p: LineParams) -> list[str] | None:
    """The terms of a line that is a list of them and nothing else (see `keyword_list`); None
    when it is not one."""
    t = LATIN_GAP_RE.sub("", x.text)
    joiners = {j.strip() or " " for j in NON_WORD_RE.findall(t.strip(EDGE_PUNCT))}
    if len(joiners) == 2 and " " in joiners:
        # a term may hold a space when another mark joins the terms ("蘋果換電池 旺角,華強北手機批發";
        # held-out 99, session 19, read after its one measurement)
        joiners.discard(" ")
        items = [w for w in MARK_JOINER_RE.split(t) if w]
    else:
        items = [w for w in NON_WORD_RE.split(t) if w]
    if len(items) < p.keyword_list_min:
        return None
    # one joiner throughout, and not a quote, bracket or colon: a headline ("中国“太空养鱼”项目
    # 进展顺利 “鱼航员”状态良好", "夜雨_原文、翻译及赏析_白居易诗词") mixes them
    if len(joiners) != 1 or BRACKETS_RE.search(x.text) or QUOTES_COLON.intersection(x.text):
        return None
    with_particles = latin = latin_words = long = 0
    phrases = None
    for w in items:
        han = count_han(w)
        if not han:
            # an English or Malay phrase among Chinese terms ("Second hand phone KL"; held-out 99), not
            # a name ("iPhone", "Model 3")
            if phrases is None:
                phrases = {m.replace(" ", "") for m in LATIN_PHRASE_RE.findall(x.text)}
            # (or one common word of four letters or more, "playgroup"; held-out 134, session 22)
            if w not in phrases and not (w.isalpha() and len(w) >= 4):
                return None
            latin += 1
            latin_words += w not in phrases
            continue
        # Han, or Han with Latin letters and digits ("USDT跑分", "二手iPhone回收价格", a Latin word
        # counting as one); at least two Han, or one among at least two Latin letters or digits
        # ("BC省PR", round 10, held-out 25) (a year or a count after a term is not counted:
        # "中文核心期刊目录2025"; held-out 80, session 17)
        size = han + len(ASCII_ALNUM_RE.findall(HAN_RUN_RE.sub(" ", w.rstrip(DIGITS))))
        rest = HAN_RUN_RE.sub("", w).replace(" ", "")
        if not (2 <= han or (han == 1 and len(w) >= 3)) or size > p.keyword_long_item_max \
                or (rest and not ASCII_ALNUM_RE.fullmatch(rest)):
            return None
        long += size > p.keyword_item_max
        with_particles += bool(PARTICLES.intersection(PARTICLE_WORDS_RE.sub("", w)))
    # a function character in a few items is a word's ("在线问诊免费", "男科医院哪家好"); in most, prose
    if with_particles > p.keyword_particle_share * len(items):
        return None
    # a long-tail query ("打印机驱动安装失败怎么办") or a foreign term now and then; held-out 99
    # (up to two in five English phrases of several words, as a franchise site stuffs them: "buy coffee beans online_網紅奶茶_
    # bubble tea franchise Malaysia_烘焙培訓班_麪包店加盟"; held-out 166, session 25, read after its one measurement; a brand
    # list's "iPhone/華為/小米/三星/OPPO" has one-word names)
    # (only with "_" joiners: "、", "/" and "|" join a glossary's or a bilingual menu's items, "牛肉面 / beef noodles / 炒饭 /
    # fried rice / 饺子"; review of session 25)
    phrased = latin and not latin_words and 5 * latin <= 2 * len(items) and joiners == {"_"}
    if (3 * latin > len(items) and not phrased) or 4 * long >= len(items):
        return None
    return items


# --- site chrome -------------------------------------------------------------------------

def prev_next_link(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """"上一条：<a headline>": a link however long the headline (it may carry commas or end
    in '？'); "上一篇文章提到，…" has no colon and stays a sentence."""
    if x.visible <= p.prev_next_max and PREV_NEXT_LABEL_RE.match(x.head):
        return Verdict(CHROME, True, True)
    if x.visible <= 2 * p.prev_next_max and PREV_AND_NEXT_RE.match(x.head):
        return Verdict(CHROME, True, True)  # "Previous Post<title>Next Post<title>"
    return None


def download_link(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """"点击下载：<title>.doc（Word版，含答案）": a link to a file under a download label, however long
    the file's name; a label with a colon, then a file, is never prose, so strong."""
    if x.visible <= p.prev_next_max and DOWNLOAD_RE.match(x.head):
        return Verdict(CHROME, True)
    if x.visible <= p.short_line and APP_PROMPT_RE.match(x.head):
        return Verdict(CHROME)  # weak: "下載某某APP，停車繳費更方便" (held-out 143, session 23); an article may say so
    return None


def related_link(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """"推荐阅读：<a headline>": a link to another page under a recommendation label, however
    long the headline; a label with a colon is never the article's prose, so strong."""
    if x.visible <= p.prev_next_max and RELATED_LABEL_RE.match(x.lead):
        return Verdict(CHROME, True)
    return None


def link_list(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """"友情鏈接：某某 | 某某網 | …": friends' or partners' sites under their label, however many; never prose."""
    if x.visible > 2 * p.chrome_line_max or x.ends or not LINK_LIST_RE.match(x.lead):
        return None
    if len(BAR_RE.split(x.text)) >= p.nav_min_named:  # its sites behind bars, not "合作媒体：新华社、人民日报等"
        return Verdict(CHROME, True)
    # or behind spaces ("友情鏈接：嘉義縣立梧港國小附設幼兒園　某某國小"; held-out 154, session 24), with no list's commas
    rest = x.text[x.text.find(":") + 1:]
    if len(rest.split()) >= p.nav_min_named and not INNER_PUNCT_RE.search(rest) and "、" not in rest:
        return Verdict(CHROME, True)
    return None


def search_bar(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A header bar ending in its search box's placeholder: "發現 話題 圓桌 寫回答 ✎ 搜索你感興趣的問題…"
    (held-out 21, issue 14 round 8): at least `nav_min_segments` items, all but the placeholder
    as short as a nav bar's.  The placeholder's ellipsis makes it read as a sentence, so it is a
    paragraph rule too.  Weak: outside the body only."""
    if x.visible > p.chrome_line_max:
        return None
    segs = segments(x.text)
    if len(segs) >= p.nav_min_segments and SEARCH_PLACEHOLDER_RE.match(segs[-1]) \
            and all(len(g) <= p.nav_segment_max for g in segs[:-1]):
        return Verdict(CHROME)
    # or a box's placeholder, its button alone and a few short links ("搜索菜譜、食材   搜索   熱門：紅燒肉 可樂雞翅 …",
    # "城市：錦城[切換城市]  搜索商戶名、地址、菜名  搜索  寫點評"; held-out 92, session 18)
    if len(segs) >= p.nav_min_segments and not x.sentence and SEARCH_BUTTON.intersection(segs) \
            and any(SEARCH_BOX_RE.match(g) for g in segs) and all(len(g) <= p.search_item_max for g in segs):
        return Verdict(CHROME)
    if not x.sentence and SEARCH_LIST_RE.match(x.text):
        return Verdict(CHROME)
    # or a booking form's fields before its button ("入住 2021-08-18　退房 2021-08-18　1間 2成人 0兒童　搜索"; held-out 152,
    # session 24, read after its one measurement)
    if len(segs) >= p.nav_min_segments and not x.sentence and segs[-1] in SEARCH_BUTTON \
            and all(len(g) <= p.search_item_max for g in segs):
        return Verdict(CHROME)
    return None


def long_sentence(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A long sentence is article text whatever words it holds."""
    return KEEP if x.sentence and x.han >= p.long_sentence_han else None


def rule_line(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A drawn rule or an empty form field: a line of nothing but rule characters (RULE_CHARS),
    at least `rule_line_min` of them.  Strong: it holds no language wherever it sits."""
    if x.visible >= p.rule_line_min and x.han == 0 and RULE_CHARS.issuperset(x.text):
        return Verdict(CHROME, True)
    return None


def floor_number(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A forum floor's number or name alone on a line ("68#", "3楼", "沙发"): a thread's chrome
    between replies (held-out 44, session 14, read after its one measurement).  A floor's name
    alone is weak: "沙发" may head a furniture page's section."""
    if x.visible > p.bare_chrome_max or not FLOOR_RE.fullmatch(x.text):
        return None
    return Verdict(CHROME, any(c.isdigit() for c in x.text))


def bbs_header(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A BBS post's header glued on one line ("作者 林佳蓉 看板 HomeDeal 標題 Re: … 時間 Thu Oct 17
    22:48:05 2024"): an author, a board and whatever title follows.  Read on the lead, so a
    header made long by its title is still one (held-out 45, session 14, read after its one
    measurement)."""
    return Verdict("lines.meta", True) if BBS_HEADER_RE.match(x.lead) or BBS_FOOTER_RE.match(x.text) else None


def contact_prompt(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A classified ad's request to name the site when calling ("来电请说明来自远航培训学校，谢谢！"):
    part of its contact block (held-out 44, session 14, read after its one measurement); or whom to
    ask, with no number ("如有疑問，請聯絡活動負責人陳詠詩", ASK_CONTACT_RE), or where to message
    ("IG／FB 私訊也可以喔", DM_PROMPT_RE); or where to call with a question, with the number (ASK_CALL_RE): weak,
    as an article's own sentence may say so."""
    if x.visible <= p.ask_call_max and ASK_CALL_RE.match(x.lead) \
            and any(k in CONTACT_KINDS for _, _, k in find_pii(x.text)):
        return Verdict("lines.contact")
    if x.visible > p.widget_prompt_max:
        return None
    if CONTACT_PROMPT_RE.search(x.lead):
        return Verdict("lines.contact", True)
    # whom to ask, no number: part of a contact block after the article, not inside it
    return Verdict("lines.contact") if ASK_CONTACT_RE.match(x.text) or DM_PROMPT_RE.match(x.text) else None


def bare_punctuation(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """Brackets or quotes alone: part of the article's layout."""
    return KEEP if not x.text.strip(EDGE_PUNCT) else None


def meta_line(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A date with counts or meta words, and no sentence: '张三 发布于 2024-05-01 阅读 12 次';
    or a short line that is mostly a count: '已有1234人阅读', '浏览量 5605'."""
    s = x.text
    if x.visible > p.meta_line or (x.ends and x.han >= p.sentence_han):
        return None
    if FORUM_EVENT_RE.match(s) or FORUM_PROFILE_RE.match(s):
        return Verdict("lines.meta", True)  # "小明 于 2024年3月8日 置顶此帖", "帖子 617　主题 85　积分 617"
    if not DATE_RE.search(s):
        found = list(COUNT_RE.finditer(s))  # (read once: the count test and the covered share below both use it)
        counts = len(found)
        if not x.sentence and counts >= 2:
            return Verdict("lines.meta", True)  # "某某 發表在 痞客邦 留言(44) 人氣(8651)" (held-out 39, session 13)
        # a price or a recent count beside one count, on a line that ends no sentence (not a review's "价格：¥199，已售300件，
        # 这个价位很划算。"): weak, as a shopping guide's item names its price and its reviews (the session's review)
        if not x.sentence and counts and not x.ends and BESIDE_COUNT_RE.search(s):
            return Verdict("lines.meta")
        if not x.sentence and s.count(".") >= p.score_pairs_min and len(SCORE_PAIR_RE.findall(s)) >= p.score_pairs_min:
            return Verdict("lines.meta", True)  # "人均：¥42　口味 8.6　環境 7.9　服務 8.1" (held-out 130, session 22)
        if x.visible <= p.count_line_max:
            covered = sum(m.end() - m.start() for m in found)
            if covered / x.visible >= p.count_cover:
                return Verdict("lines.meta", True)
        return None
    words = META_WORD_RE.findall(s)
    if COUNT_RE.search(s) or len(words) >= 2:
        return Verdict("lines.meta", True)
    if words and not META_FILLER_RE.sub("", META_WORD_RE.sub("", DATE_RE.sub("", s))):
        return Verdict("lines.meta", True)  # nothing but a meta word, a date and a post number
    if words or MACHINE_DATE_RE.match(s):
        return Verdict("lines.meta")
    # a date set apart among a few short names: "张三 · 2021-07-23 · 来自某某网", "2024-05-06 某某日报
    # 第3版"; a date glued into words ("会议定于2024-05-06在北京召开") is a sentence's
    # (DATE_RE takes the space after a date, so an outlet after it reads as glued: "2020-11-28 香港01" is let through by
    # its outlet's tail, not "1997-07-01 香港回归"; held-out 166 and the review of session 25)
    if INNER_PUNCT_RE.search(s) or DAY_RE.search(s) or any((HAN_RUN_RE.match(s, m.end()) and not OUTLET_TAIL_RE.search(s)) or (m.start() and HAN_RUN_RE.match(s, m.start() - 1))
                                       for m in DATE_RE.finditer(s)):
        return None
    rest = segments(DATE_RE.sub(" ", s))
    # names, not a bare time stamp ("24-5-13 18:49" under a comment) or a bracketed credit
    # ("《某报》（2024年05月20日 03版）", an article's own)
    if 0 < len(rest) <= p.meta_segments_max and all(len(g) <= p.meta_value_max for g in rest) \
            and HAN_RUN_RE.search("".join(rest)) and not BRACKETS_RE.search(s):
        return Verdict("lines.meta")
    return None


def spam_list(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """Keyword lists: several short segments, many of them porn/gambling/ad terms; or one
    run mostly made of such terms.  Not on a sentence longer than a short line."""
    if x.ends and x.visible > p.short_line:
        return None
    segs = segments(x.text)
    if len(segs) >= p.spam_min_segments:
        if sum(len(g) for g in segs) / len(segs) > p.spam_segment_avg:
            return None
        hits = sum(1 for g in segs if lex.spam_re.search(g))
        if hits >= p.spam_min_hits and hits / len(segs) >= p.spam_share:
            return Verdict("lines.seo_spam", True)
        return None
    # one run glued by few separators: look at how much of it the spam words cover
    if x.sentence and x.ends:
        return None
    core = "".join(segs)
    if len(core) < p.spam_min_core:
        return None
    matches = lex.spam_re.findall(core)
    covered = sum(len(w) for w in matches if len(w) >= 2)
    if len(matches) >= p.spam_min_words and covered / len(core) >= p.spam_cover:
        return Verdict("lines.seo_spam", True)
    return None


def chrome_coverage(segs: list[str], lex: Lexicon) -> tuple[float, int]:
    """Share of the line's characters inside chrome words, and how many segments are chrome."""
    covered = total = whole = 0
    for seg in segs:
        core = STRIP_DIGITS_RE.sub("", seg)
        if not core:
            continue
        total += len(core)
        if core in lex.chrome_words:
            covered += len(core)
            whole += 1
            continue
        got = sum(len(w) for w in lex.chrome_re.findall(core) if len(w) >= 2)
        covered += got
        if got == len(core):
            whole += 1
    return (covered / total if total else 0.0), whole


def longest_chrome(segs: list[str], lex: Lexicon) -> int:
    return max((len(w) for g in segs for w in lex.chrome_re.findall(g)), default=0)


def banner(x: LineFeatures, p: LineParams, lex: Lexicon) -> bool:
    """A greeting or date banner: two of welcome words, a weekday / lunar date, a full date,
    whole chrome items ("设为首页", "请登录"), on a short line that is not a sentence."""
    s = x.text
    if x.visible > p.banner_max or (x.sentence and x.ends and not WELCOME_TAIL_RE.search(s)):
        return False
    if WELCOME_RE.match(s) and not x.sentence:
        return True  # the line is the greeting ("歡迎光臨某某在痞客邦的小天地": held-out 39, session 13)
    cues = bool(WELCOME_RE.search(s)) + bool(DAY_RE.search(s))
    if not cues:
        return False
    cues += bool(DATE_RE.search(s))
    if cues < 2:
        cues += any(STRIP_DIGITS_RE.sub("", g) in lex.chrome_words for g in segments(s))
    return cues >= 2


def without_lead_hotline(s: str, p: LineParams) -> str:
    """The line without a first entry that is a label and a phone number, before a bar of links ("全国服务热线：157…
    首页　服务项目　新闻中心　联系我们"; held-out 147, session 23, read after its one measurement)."""
    found = [f for f in find_pii(s) if f[2] in CONTACT_KINDS]
    if not found:
        return s
    label = s[:found[0][0]].strip(" :")
    if 0 < count_han(label) == len(label) <= p.hotline_label_max and s[found[0][1]:found[0][1] + 1] == " ":
        return s[found[0][1]:].strip()
    return s


def without_hotline(s: str, p: LineParams) -> str:
    """The line without a last entry that is a label and a phone number: a nav bar may end with the
    site's hotline ("驍途車主之家  首頁 關於我們 … 聯繫我們  服務熱線：0912-775-775"; held-out 78, session 17,
    read after its one measurement)."""
    found = [f for f in find_pii(s) if f[2] in CONTACT_KINDS]
    if not found or found[-1][1] != len(s):
        return s
    cut = s.rfind(" ", 0, found[-1][0])
    label = s[cut + 1:found[-1][0]].strip(" :")
    return s[:cut] if cut > 0 and 0 < count_han(label) == len(label) <= p.hotline_label_max else s


def _long_items_fit(items: list[str], p: LineParams) -> bool:
    """A nav bar's items are short; a long bar of words may hold a longer one ("宸居新房网 首页 新房 …
    家居 | 切换城市[澄州] 登录 注册": one in every `nav_long_every`; held-out 68, session 16)."""
    long = sum(len(g) > (p.nav_latin_segment_max if g.isascii() else p.nav_segment_max) and not APP_LINK_RE.match(g)
               for g in items)
    return not long or (long <= len(items) // p.nav_long_every and all(HAN_RUN_RE.search(g) for g in items))


def shop_banner(s: str, p: LineParams) -> bool:
    """A shop's banner: its name (ORG_HEAD_RE, perhaps with a tagline) and then its offers or services
    behind bars, short and without a sentence's commas ("坪霧山烏龍茶行　全館滿額免運｜冬片新茶上市｜會員生日禮",
    "【信昌鏡頭行】全港二手鏡頭專門店 ｜ 高價收購 ｜ 寄賣 ｜ 維修"; held-out 108/110, session 20)."""
    if not ORG_HEAD_RE.match(s):
        return False
    items = BAR_RE.split(s)
    return (len(items) > p.shop_banner_items and not INNER_PUNCT_RE.search(s)
            and all(0 < len(g) <= p.shop_item_max for g in items[1:]))


def latin_bar(s: str, x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """An English or Malay bar, whose items hold spaces ("About Us | Privacy Policy | Terms of Use | Sitemap"; held-out
    142, session 23, read after its one measurement): its items are what lies between the bars, or, with no bars, the
    menu's phrases (`menu_phrases`: "HOME ROOMS BOOK NOW GIFT CARD FAQ CONTACT", held-out 151, arrives one-spaced). A
    language switch at its end ("中文 | EN") and the site's name first, in any script ("Dobi Kilau Jaya 清亮洗衣｜Laman
    Utama｜Harga｜…"), are the bar's too (held-out 160/161, session 24, read after their one measurement)."""
    # (an item's icon: "📍STORES"; a drop-down's caret: "Courses ▾", held-out 281, session 31)
    s = " ".join(DROPDOWN_MARK_RE.sub(" ", EMOJI_RE.sub(" ", s)).split())
    # (a middle dot parts an English footer's links too: "Privacy Policy · Terms of Use · Sitemap"; held-out 177)
    items = [g for g in LATIN_BAR_RE.split(LANGUAGE_TAIL_RE.sub("", s)) if g and g not in LANGUAGE_SWITCH]
    if items and not items[0].isascii() and count_han(items[0]) < x.han:
        return None  # Han beyond the first item and the switch: a Chinese line's
    words = items if items and items[0].isascii() else items[1:]
    if not all(g.isascii() for g in words):
        return None
    if len(words) == 1 and " " in words[0]:
        # one-spaced words, as the recipe hands them over: the menu's phrases are its items
        words = menu_phrases(words[0], lex)
        # (menu_min_named distinct menu words: "Home Sweet Home", "Membership Pricing Changes" are titles)
        if words is None or len(words) < p.nav_min_segments \
                or len({g for g in words if g in lex.chrome_words or g in MENU_WORDS}) < p.menu_min_named:
            return None
    # (an item of two links, "Login / Sign up", is named when both are; held-out 404, session 34)
    is_named = [all(w in lex.chrome_words or w in MENU_WORDS for w in g.split(" / ")) for g in words]
    named = sum(is_named)
    # (an item the lexicon names may be longer: "Accessibility Statement"; held-out 313, session 32)
    if len(words) >= p.crumb_min and named >= p.nav_min_named \
            and all(len(g) <= p.nav_latin_item_max or n for g, n in zip(words, is_named)):
        return Verdict(CHROME, named * 2 >= len(words))
    # (a bar of places before a language switch: "Singapore | Kuala Lumpur | Hong Kong 中文 / English / Bahasa"; held-out
    # 170, session 25): weak
    if "|" in s and LANGUAGE_TAIL_RE.search(s) and len(words) >= p.crumb_min \
            and all(len(g) <= p.nav_latin_item_max for g in words):
        return Verdict(CHROME)
    return None


def menu_phrases(s: str, lex: Lexicon) -> list[str] | None:
    """One-spaced English words read as a menu's items: the longest chrome phrase at each word ("about us", "book
    now"), else the word. None when a word of prose stands outside the phrases ("Contact us about our home
    services" is a sentence): a menu has no "our", "the" or "to"."""
    words, out, i = s.split(), [], 0
    if not all(MENU_TOKEN_RE.fullmatch(w) for w in words):
        return None  # a number or a sentence's mark: "please email 9176 9176）"
    while i < len(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[i:i + n])
            if len(words) - i >= n and (n == 1 or phrase in lex.chrome_words or phrase in MENU_WORDS):
                if n == 1 and phrase in PROSE_WORDS:
                    return None
                out.append(phrase)
                i += n
                break
    return out


def bar_items(s: str) -> list[str]:
    """A bar's items without their icons (`home_bar`, `hotline_bar`)."""
    return [g for g in (EMOJI_RE.sub("", q).strip() for q in BAR_RE.split(s)) if g]


def home_bar(s: str, p: LineParams) -> bool:
    """A bar whose first item links home, whatever the rest are called ("🏕️ 营地首页 ｜ 帐篷房型 ｜ 亲子活动 ｜ 团建定制 ｜
    预约看营"; held-out 152, session 24, read after its one measurement): nav_min_segments short items or more."""
    if "|" not in s:
        return False
    items = bar_items(s)
    return (len(items) >= p.nav_min_segments and HOME_ITEM_RE.match(items[0]) is not None
            and all(len(g) <= p.nav_segment_max for g in items))


def shop_bar(s: str, p: LineParams, lex: Lexicon) -> bool:
    """A shop's top bar: crumb_min short items or more, no sentence's commas, one of them an account link ("🧋 全館滿$499免運
    ｜ 會員登入 ｜ 加入LINE好友領$50折價券"; held-out 166) or two of them offers ("📚 全館滿$499免運｜會員日 9 折｜超商取貨付款";
    held-out 178); session 25, read after their one measurement."""
    items = bar_items(s)
    return (len(items) >= p.crumb_min and not INNER_PUNCT_RE.search(s) and all(len(g) <= p.shop_bar_item_max for g in items)
            and (any(g in lex.chrome_words for g in items) or sum(bool(OFFER_ITEM_RE.search(g)) for g in items) >= 2))


def icon_items(s: str, p: LineParams) -> bool:
    """A bar of a shop's offers, each item behind its icon ("📱 iPhone 換電池 $380起｜🔧 即日取機｜📍 旺角信和中心 2樓";
    held-out 153, session 24, read after its one measurement): crumb_min items or more, no sentence's commas."""
    if "|" not in s or INNER_PUNCT_RE.search(s):
        return False
    items = [q.strip() for q in BAR_RE.split(s)]
    return len(items) >= p.crumb_min and all(EMOJI_RE.match(q) for q in items)


def icon_bar(s: str, segs: list[str], p: LineParams) -> bool:
    """A bar of short items, each behind its icon ("📦查件 🚚寄件 💰運費 🏪驛站 ☎客服"; held-out 133, session 22, read
    after its one measurement): an app's or a site's menu, whatever its words."""
    return (len(segs) >= p.nav_min_segments and len(EMOJI_RE.findall(s)) >= len(segs) - 1
            and all(len(g) <= p.icon_item_max for g in segs))


def hotline_bar(s: str, p: LineParams) -> bool:
    """A bar of short links with the site's hotline among them, wherever it stands ("📞 24小时服务热线：139… ｜ 🕯️
    网上祭奠 ｜ 💐 代客祭扫"; held-out 142, session 23, read after its one measurement)."""
    items = bar_items(s)
    if len(items) < p.crumb_min:
        return False
    links = [g for g in items if not any(k in CONTACT_KINDS for _, _, k in find_pii(g))]
    return len(items) - len(links) == 1 and all(len(g) <= p.nav_segment_max for g in links)


def nav_bar(segs: list[str], x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A nav bar: after the site's name (and its tagline), at least nav_min_segments items that are words ("专题·<a
    long title>，联系方式 0800-972-972" is no nav bar; held-out 48), nav_min_named of them channel or chrome words."""
    if not segs:
        return None
    lead = 2 if (len(segs) >= p.nav_min_segments + 2 and len(segs[1]) > p.nav_segment_max
                 and len(segs[0]) + len(segs[1]) <= p.nav_tagline_max
                 and all(HAN_RUN_RE.search(g) for g in segs[2:])) else 1
    # (a Han character an item, but for English chrome words: a bilingual bar's "HOME", "CONTACT"; held-out 123,
    # session 21, read after its one measurement)
    if (len(segs) - lead + 1 >= p.nav_min_segments and len(segs[0]) <= p.nav_lead_max
            and x.han >= sum(1 for g in segs if not (g.isascii() and g in lex.chrome_words))
            and _long_items_fit(segs[lead:], p)):
        # (a count behind an item is the bar's: "购物车(0)", "消息(3)"; held-out 110, session 20)
        named = sum(1 for g in segs if g in lex.channels or STRIP_DIGITS_RE.sub("", g) in lex.chrome_words
                    or APP_LINK_RE.match(g))
        if named >= p.nav_min_named:
            return Verdict(CHROME, named * 2 >= len(segs))
    return None


def site_chrome(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """Navigation, account, share and widget lines, breadcrumbs, banners, nav bars."""
    if x.visible > p.chrome_line_max or (x.ends and x.visible > p.short_line and not WELCOME_TAIL_RE.search(x.text)):
        return None
    s, head = x.text, x.head
    if PREV_NEXT_RE.match(head) or PREV_NEXT_PAIR_RE.match(s):  # (the pair: Malay's "Terdahulu: …　Seterusnya: …")
        return Verdict(CHROME, True, True)
    if SKIP_LINK_RE.match(s) or BACK_LINK_RE.match(s) or AGE_GATE_RE.match(s):
        return Verdict(CHROME, True)
    if SIGNATURE_RE.match(s):
        return Verdict(CHROME, True)  # a signature's rule (no marker: a short post's signature may outweigh its footer)
    if BREADCRUMB_START_RE.match(head):
        return Verdict(CHROME, True)
    if menu_line(s) and x.visible <= p.banner_max:
        return Verdict(CHROME, True)
    if HOME_LINK_RE.match(head) or GLUED_NAV_RE.match(head) or banner(x, p, lex):
        return Verdict(CHROME)  # weak: outside the body only
    if x.visible <= p.banner_max and not x.sentence and "<" not in s:
        crumbs = [c.strip() for c in BREADCRUMB_SEP_RE.split(s)]
        if len(crumbs) >= p.crumb_min and all(0 < len(c) <= p.crumb_max for c in crumbs):
            # "科技 > 人工智能 > 正文"
            return Verdict(CHROME, any(c in lex.chrome_words for c in crumbs))
        # a trail of short crumbs that ends in the page's title ("粉撲撲美妝論壇 › 保養討論區 › 化妝水/精華液 ›
        # <title>"; held-out 95, session 18, read after its one measurement): weak, outside the body only
        if len(crumbs) > p.crumb_min and all(0 < len(c) <= p.crumb_max for c in crumbs[:-1]):
            return Verdict(CHROME)
    if x.sentence:
        return None
    # (without bars, a menu of English words has no Han, but for a language switch at its end: "MENU SHOP ABOUT
    # 📍STORES 繁 / EN"; held-out 166, session 25)
    if "|" in s or (" " in s and (x.han == 0 or LANGUAGE_TAIL_RE.search(s))):
        v = latin_bar(s, x, p, lex)
        if v is not None:
            return v
    segs = segments(s)
    if not segs:
        return None
    cov, whole = chrome_coverage(segs, lex)
    if cov >= p.chrome_cover and x.visible <= p.short_line:
        # one generic word ("更多", "目录", "广告") may be a heading inside an article;
        # two chrome items, or one distinctive phrase ("相关阅读", "扫描二维码"), may not
        strong = whole >= 2 or (cov >= p.chrome_strong_cover and longest_chrome(segs, lex) >= p.chrome_strong_word)
        # a short widget title ("相关阅读", "你可能想看") ends the article
        return Verdict(CHROME, strong, strong and x.visible <= p.widget_title_max)
    # "热门搜索: a b c", "热门标签: x y": chrome words before a colon, then a keyword list
    dropdown = DROPDOWN_LABEL_RE.match(s)
    if dropdown:  # a dropdown's mark is its label's colon: "课程分类▾ 公务员 事业单位 …" (held-out 168, session 25)
        s = dropdown.group(1) + ":" + s[dropdown.end():]
    colon = s.find(":")
    if 0 < colon <= p.nav_label_max and NAV_LABEL_RE.match(s, 0, colon) and len(BAR_RE.split(s[colon + 1:])) >= p.crumb_min:
        return Verdict(CHROME, True)  # "<site>導航：a｜b｜c"
    # (or a list of places, ways to pay, the site's hot items: "服務區域：臺北、新北、桃園", "付款方式：Visa Master JCB 銀聯";
    # held-out 166-169, session 25): weak, as a shop's page may list them in its text
    # (an English label only before a bar: "Payment: RM50 deposit required upon booking." is prose; review of session 25)
    places = 0 < colon and PLACE_LIST_LABEL_RE.match(s, 0, colon) and (not s[:colon].isascii() or "|" in s)
    if 0 < colon <= p.colon_label_max and (chrome_coverage(segments(s[:colon]), lex)[0] >= p.colon_label_cover
                                           or LIST_LABEL_RE.match(s, 0, colon) or places):
        rest = segments(s[colon + 1:])
        if not rest or (len(rest) >= 2 and all(len(g) <= p.keyword_max for g in rest) and x.visible <= p.banner_max):
            return Verdict(CHROME, not places)
    # nav bars: many short segments, channel or chrome words among them, after the site's name
    # (and its tagline), perhaps before or after the site's hotline
    if s[-1:].isdigit():
        segs = segments(without_hotline(s, p))
    v = nav_bar(segs, x, p, lex)
    if v is None and LEAD_HOTLINE_RE.match(s):  # (a cheap look before find_pii: Han words, then a number)
        v = nav_bar(segments(without_lead_hotline(s, p)), x, p, lex)
    if v is not None:
        return v
    if shop_banner(s, p) or home_bar(s, p) or icon_items(s, p) or CALL_END_RE.search(s) or SITE_SLOGAN_RE.match(s):
        return Verdict(CHROME)  # weak: outside the body only
    if "|" in s and shop_bar(s, p, lex):
        return Verdict(CHROME)  # weak: outside the body only
    lang = LANGUAGE_HEAD_RE.match(s)
    if lang and len(s) - lang.end() <= p.short_line and not INNER_PUNCT_RE.search(s, lang.end()):
        return Verdict(CHROME)  # weak: a language switch, then a button, "BM | EN | 中文 Book Appointment 預約" (held-out 169)
    if icon_bar(s, segs, p) or BUTTON_BAR_RE.match(s):
        return Verdict(CHROME)  # weak: outside the body only
    if "|" in s and DIGIT_RE.search(s) and hotline_bar(s, p):
        return Verdict(CHROME)  # weak: outside the body only
    if x.visible <= p.banner_max and any(CLICK_IN_RE.match(g) for g in segs):
        return Verdict(CHROME)  # a banner's "點擊進入" (held-out 142, session 23); weak
    if not s.strip(CHROME_SYMBOLS):
        return Verdict(CHROME)  # a lone close / back-to-top / more arrow, outside the body
    if x.han == 0 and x.visible <= p.bare_chrome_max and not DIGIT_RE.search(s) and cov > 0:
        return Verdict(CHROME)
    return None


#: the words a trail from the home page starts with (`BREADCRUMB_START_RE`), looked for first
BREADCRUMB_WORD_RE = re.compile(r"首页|主页|home|位置")


def breadcrumb_lead(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """A short line led by a breadcrumb from the home page: a trail that ends in a title long enough
    to read as a sentence ("主页 / 服务项目 / 搬家价格 / 就在这个周末，超60家景区推门票半价！…"; held-out 68,
    session 16, read after its one measurement)."""
    # (not a bare "位置：", which leads a listing's own field: "位置：位于市中心，交通便利。")
    if not x.sentence or x.visible > p.chrome_line_max or x.lead.startswith("位置") \
            or not BREADCRUMB_WORD_RE.search(x.lead, 0, 24):
        return None  # (a line that is no sentence is site_chrome's; the words first: a cheap test)
    return Verdict(CHROME, True) if BREADCRUMB_START_RE.match(x.lead) else None


#: Rules for every line that is not a paragraph, in order.
LINE_RULES: tuple[Rule, ...] = (
    Rule("bbs_header", bbs_header),  # before label_line, which reads "作者" and stops at the long title
    Rule("original_title", original_title),  # before label_line: "原标题" is a label, but however long
    Rule("citation_line", citation_line),
    Rule("forward_header", forward_header),
    Rule("platform_title", platform_title),
    Rule("repost_lead", repost_lead),  # before label_line: "转载自X，原文标题：…" is too long for a label line
    Rule("bracket_note", bracket_note),  # before label_line: "（作者单位：…）" is a note, not a byline
    Rule("byline_with_contact", byline_with_contact),  # before label_line, which reads it as a weak byline
    Rule("label_line", label_line),
    Rule("field_list", field_list),  # after label_line, which reads a line led by one known label
    Rule("source_with_teaser", source_with_teaser),
    Rule("author_bio", author_bio),
    Rule("teaser_link", teaser_link),
    Rule("read_more_link", read_more_link),
    Rule("share_bar", share_bar),
    Rule("follow_prompt", follow_prompt),
    Rule("widget_prompt", widget_prompt),
    Rule("contact_prompt", contact_prompt),
    Rule("engagement_prompt", engagement_prompt),
    Rule("group_invite", group_invite),
    Rule("player_widget", player_widget),
    Rule("company_blurb", company_blurb),
    Rule("licence_number", licence_number),
    Rule("ticker_line", ticker_line),  # before contact_line: "+213.07" and its neighbours are no phone
    Rule("contact_line", contact_line),
    Rule("english_contact_fields", english_contact_fields),
    Rule("english_address", english_address),
    Rule("labelled_number", labelled_number),
    Rule("self_disclaimer", self_disclaimer),  # before notice, as in PARAGRAPH_RULES
    Rule("notice", notice),
    Rule("cookie_banner", cookie_banner),
    Rule("notice_label", notice_label),
    Rule("site_stance", site_stance),
    Rule("source_verb", source_verb),  # after notice: "本帖转自某报，如有侵权请联系删除" is a strong notice
    Rule("prev_next_link", prev_next_link),
    Rule("related_link", related_link),
    Rule("link_list", link_list),
    Rule("download_link", download_link),
    Rule("interface_hint", interface_hint),
    Rule("search_bar", search_bar),  # before long_sentence: the placeholder's ellipsis ends a "sentence"
    Rule("stock_pick", stock_pick),  # before long_sentence: the blurb after the code is a sentence
    Rule("breadcrumb_lead", breadcrumb_lead),  # before long_sentence: the title after the trail is one
    Rule("unended_keyword_list", unended_keyword_list),  # before long_sentence, which keeps it
    Rule("tagged_banner", tagged_banner),  # before long_sentence: the banner may hold a comma
    Rule("promo_banner", promo_banner),
    Rule("page_widget", page_widget),  # before long_sentence: a post's counter holds a comma
    Rule("long_sentence", long_sentence),
    Rule("end_mark", end_mark),
    Rule("rule_line", rule_line),  # before bare_punctuation, which keeps "……" and "==" as layout
    Rule("floor_number", floor_number),  # before bare_punctuation, which keeps "#" as layout
    Rule("bare_punctuation", bare_punctuation),
    Rule("long_label_line", long_label_line),
    Rule("meta_line", meta_line),
    Rule("spam_list", spam_list),
    Rule("chrome_url", chrome_url),
    Rule("site_chrome", site_chrome),
    Rule("arrow_link", arrow_link),
    Rule("keyword_list", keyword_list),
)

#: Rules for paragraphs (long lines, sentences): only shapes that hold a sentence are looked for.
PARAGRAPH_RULES: tuple[Rule, ...] = (
    Rule("bbs_header", bbs_header),
    Rule("original_title", original_title),
    Rule("citation_line", citation_line),
    Rule("repost_lead", repost_lead),
    Rule("bracket_note", bracket_note),
    Rule("source_with_teaser", source_with_teaser),
    Rule("author_bio", author_bio),
    Rule("teaser_link", teaser_link),
    Rule("read_more_link", read_more_link),
    Rule("follow_prompt", follow_prompt),
    Rule("widget_prompt", widget_prompt),
    Rule("contact_prompt", contact_prompt),
    Rule("engagement_prompt", engagement_prompt),
    Rule("group_invite", group_invite),
    Rule("player_widget", player_widget),
    Rule("company_blurb", company_blurb),
    # (the page disowning itself before the notices: "本文仅供参考，不能代替医生诊断，…" is one whatever phrase of theirs it
    # holds; held-out 278, session 31, read after its one measurement)
    Rule("self_disclaimer", self_disclaimer),
    Rule("notice", notice),
    Rule("cookie_banner", cookie_banner),
    Rule("notice_label", notice_label),
    Rule("site_stance", site_stance),
    Rule("prev_next_link", prev_next_link),
    Rule("related_link", related_link),
    Rule("link_list", link_list),
    Rule("download_link", download_link),
    Rule("stock_pick", stock_pick),
    Rule("interface_hint", interface_hint),
    Rule("search_bar", search_bar),
    Rule("promo_banner", promo_banner),
    Rule("page_widget", page_widget),
)


def judge(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    """The first verdict of the rules for this kind of line (None: no rule spoke); a sentence of
    the article with a contact clause glued behind it keeps the line (`glued_contact`)."""
    v = first_verdict(x, p, lex)
    if v is not None and v.reason is not None and glued_contact(x, p, lex):
        return KEEP
    return v


def first_verdict(x: LineFeatures, p: LineParams, lex: Lexicon) -> Verdict | None:
    for rule in PARAGRAPH_RULES if x.paragraph else LINE_RULES:
        v = rule.check(x, p, lex)
        if v is not None:
            return v
    return None


def contact_tail(s: str, p: LineParams) -> int:
    """Where a contact clause glued behind the last sentence of `s` starts ("…的“傷疤”。，查詢請電郵至
    ８５３－49974997", "…擇期宣判。歡迎讀者提供線索，聯繫方式：02-2206-2206。"): at most `contact_tail_max`
    characters that hand out a number or an address; -1 when there is none.  A bracketed aside that
    ends the line is such a clause too, after a sentence with no end mark, its words counted without
    the address (an address may be spelled out long: "…讲得很好（通讯作者联系方式：twhgs.office5924【at】
    foxmail【点】com）"; held-out 80, session 17, read after its one measurement)."""
    body = s.rstrip(CLOSERS + "".join(TERMINALS))
    cut = max(body.rfind(c) for c in TERMINALS) + 1
    opening = aside_start(s, p.contact_aside_max)
    if opening > cut:
        aside = s[opening:]
        found = [f for f in find_pii(aside) if f[2] in CONTACT_KINDS]
        if found and len(aside) - sum(end - start for start, end, _ in found) <= p.contact_tail_max:
            return opening
    tail = s[cut:]
    if not cut or not 0 < len(tail) <= p.contact_tail_max:
        return -1
    return cut if any(k in CONTACT_KINDS for _, _, k in find_pii(tail)) else -1


def aside_start(s: str, longest: int) -> int:
    """Where the bracketed aside that ends `s` opens ("…（查詢：(853) 28728728）": at "（"); -1 when `s`
    ends in no closing bracket, or the aside is longer than `longest` (only its last characters are
    scanned: a paragraph may be long) or does not balance."""
    if s[-1:] not in ")）":
        return -1
    depth = 0
    for i in range(len(s) - 1, max(-1, len(s) - 1 - longest), -1):
        c = s[i]
        if c in ")）":
            depth += 1
        elif c in "(（":
            depth -= 1
            if depth == 0:
                return i
    return -1


def glued_contact(x: LineFeatures, p: LineParams, lex: Lexicon) -> bool:
    """The line is a sentence that no rule flags, with a clause glued behind it that hands out a
    number or an address: "他把手放在门把手上。（如需转载授权，请联系0912-553-553）", "庭審最後，法庭宣佈
    休庭，擇期宣判。歡迎讀者提供線索，聯繫方式：02-2206-2206。" (held-out 58, session 15, read after its one
    measurement).  The sentence is the article's, so the line stays and the PII step masks the
    number; a sentence that is noise itself ("本文经授权转载。…") or too short to tell
    (`glued_head_han`), or a clause that is a bar of chrome links ("您好，歡迎來到鯨驛速運！請 登錄  免費註冊 | 手機版 |
    客服熱線 0912-194-194": a page head's; held-out 410, session 34, read after its one measurement), leaves the
    verdict as it was."""
    t = x.notice_text or x.text
    cut = glued_cut(t, p)
    if cut <= 0 or sum(g in lex.chrome_words for g in segments(t[cut:])) >= p.glued_chrome_items:
        return False
    return first_verdict(line_features(t[:cut].strip(), p, lex), p, lex) is None


def glued_cut(s: str, p: LineParams) -> int:
    """Where a contact clause glued behind a sentence of `glued_head_han` Han or more starts (see
    `contact_tail`); -1 when there is none.  `lines.model` scores such a line without the clause."""
    cut = contact_tail(s, p)
    return cut if cut > 0 and count_han(s[:cut]) >= p.glued_head_han else -1
