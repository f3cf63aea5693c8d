"""Pure finders for personal data in Chinese text.

Each finder returns `(start, end, kind)` matches; `find_pii` merges them.  The patterns
are written for text where PII is glued to Han characters and full-width punctuation
("详情可咨询13812345678。", "(联系电话:010-12345678)"), so boundaries are "not a digit /
not an ASCII letter" rather than `\\b` (which treats Han as word characters).

Precision matters as much as recall: years, amounts, statistics, dates, order numbers
and other codes must survive.  So numbers are masked only when their shape is specific
(mainland mobile prefix 1[3-9]x, trunk prefix 0 + area code, 400/800 + seven digits,
checksum-valid resident ID,
Luhn-valid card with a known issuer prefix, dotted quad in range, a local number of Hong Kong,
Macau, Singapore or Taiwan in two groups of four, "6686 2949") or when a context word
(QQ, 微信, LINE, a contact label such as 电话 / 热线 / 致电 or a person's title such as 老师 / 陳生
right before a phone-length number) says what they are; a code word before a number (订单号,
型号, 批号, 序號, ISBN) says it is none.  The context words are data: `zh/data/pii_context.txt`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from typing import Iterator

from .lexicon import read_list

#: kind -> placeholder put in place of the match
PLACEHOLDERS = {
    "phone": "<PHONE>",
    "email": "<EMAIL>",
    "qq": "<QQ>",
    "wechat": "<WECHAT>",
    "id_number": "<ID_NUMBER>",
    "bank_card": "<BANK_CARD>",
    "ip": "<IP>",
    "im": "<IM>",
}

# not glued to a preceding digit/ASCII letter (Han is fine), nor to a code's letters and a dash
# ("HT-2024-0501-123", "KD-0912-345-678": a contract or model number)
# (the lookahead on what a number can start with lets the regex engine skip other characters fast)
_ND = r"(?=[0-9(（+＋])(?<![0-9A-Za-z])(?<![A-Za-z][\-_])"
# ... nor to a following one, unless it is a capitalised word glued on by a layout that lost its space
# ("預約熱線+6012-8288422WhatsApp預約": held-out 224, session 29, read after its one measurement)
_NDA = r"(?![0-9]|(?![A-Z][a-z]{2})[A-Za-z])"
# A number followed by a unit or a decimal part is a quantity, not a phone number; the next line's
# first word is no unit ("…9472-5651\n年年月月花相似": held-out 25, issue 14 round 9).
_NOT_QUANTITY = (r"(?![.．]\d|[^\S\n]*(?:元|万|亿|人(?!事)|次|吨|米|个|件|份|台|辆|股|美元|港元|千|百|%|％|年|月|日|号(?!码(?!牌))|號(?!碼(?!牌))|平方|名|位|户|例|笔|项|封"
                 # (session 11, round 6's look-alikes: square feet, votes, issues, pages ...; not 分機)
                 # (a nav bar's 首頁 after a hotline is no count of poems: "全国服务热线：157…　首页　服务项目"; held-out 147,
                 # session 23, read after its one measurement)
                 r"|呎|票|期|篇|条|條|页|頁|秒|字|款|种|種|家|间|間|栋|棟|层|層|艘|集|场|場|届|屆|幅|首(?!页|頁)|册|冊|斤|克|公里|公斤|倍|尺|吋"
                 # (分享 and 分別 are no unit: "歡迎來信18432284601分享你的讀後感"; held-out 145, session 23, read after
                 # its one measurement)
                 # (batches, sets, cases, boxes and mu: "请通报20230456批次产品", "团购加 5000 6000 套"; the review of session 31;
                 # not 只 or 起, which also mean "only" and "from": "請致電 9123 4567 只限會員")
                 r"|批(?!发|發)|套(?!餐)|宗|箱|亩|畝|盒"  # (not 批發 or 套餐: "致電 2345 6789 套餐查詢")
                 r"|分(?!机|機|行|店|部|公司|享|别|別)))")  # 封: letters, counted after 来信 / 来函

# Separators inside a grouped number: "138 1234 5678", "021-6123-4567", "186.1234.5678", "0571—88886666";
# a mobile is also printed 4-3-4 ("1631 631 0031", "1504-504-6215": held-out 12/13's leaks, issue 14 round 4).
# Dashes may stand between spaces ("400 - 888 - 6666", "010 — 6552 9988"); Taiwan pages print a
# hyphenation point ("02‧2345‧6789"), some a middle dot or an underscore; an ideographic space is a space.
_SEP = r"(?:[ \t\u3000]?[ \t\u3000\-.—–‧·・_][ \t\u3000]?)"
#: A mobile split any other way into two or three groups of three or more digits: "1528735 3144",
#: "15287 353144", "152 873 53144" (held-out 45, session 14, read after its one measurement: the
#: printed groupings keep changing, the eleven digits and the carrier prefix do not); the `split`
#: group of `_MOBILE`, where a year list is vetoed by `_dated` and a code by the word before it.
#: (4-4-3: "咨询：1760 8324 760"; held-out 222, session 28, read after its one measurement; "1998 1999 200", a list of
#: years, is vetoed by `_dated`)
_MOBILE_SPLITS = ((4, 7), (5, 6), (6, 5), (7, 4), (8, 3), (3, 3, 5), (3, 5, 3), (5, 3, 3), (4, 4, 3))
_MOBILE = re.compile(
    _ND + r"(?:(?:\+|00)?86[\s-]?|\(\+?86\)\s?|（\+?86）\s?)?"
    r"(?:1[3-9]\d(?:\d{8}|" + _SEP + r"\d{4}" + _SEP + r"\d{4}|\d" + _SEP + r"\d{3}" + _SEP + r"\d{4}|" + _SEP + r"\d{8})"
    # the carrier's digits spaced one by one, "1 3 9 1024 1024" (held-out 42, session 13), or every
    # digit, "1 3 8 7 2 6 5 0 9 1 4" (held-out 52, session 15, read after its one measurement)
    # (or dashed after them, "1 3 9 - 6529 - 6529": held-out 64's, bench/pii_cross.py, session 16)
    r"|1 [3-9] \d(?:" + _SEP + r"\d{4}" + _SEP + r"\d{4}| \d(?: \d){7})"
    # slashes or tildes between the groups, "137/6131/6131", "152~0787~0787" (held-out 64 and 70,
    # session 16, read after their one measurement)
    r"|1[3-9]\d[/~～]\d{4}[/~～]\d{4}"
    r"|(?P<split>1[3-9](?:" + "|".join(
        r"\d{%d}" % (g[0] - 2) + "".join(_SEP + r"\d{%d}" % n for n in g[1:]) for g in _MOBILE_SPLITS) + r")))"
    + _NDA + _NOT_QUANTITY
)
#: an extension after a number: "转808", "轉8", "分机 12", "內線 12", "ext. 88", "x 8012", "#123"
#: an extension's word (the bare shape's and a directory line's tests read it without the "x", which is also "times")
_EXT_WORD = r"(?:转|轉|分机|分機|内线|內線|ext\.?|EXT\.?|Ext\.?|#|＃)"
_EXT = r"\s?(?:" + _EXT_WORD + r"|x|X)\s?\d{1,5}"
#: an extension right after a number, on its line (the bare shape's test and a directory line's clause)
_EXT_AFTER = r"[^\S\n]?" + _EXT_WORD + r"[^\S\n]?\d{1,5}(?!\d)"
#: a local number of 7-8 digits, whole or split 3-4 / 4-4, and an optional extension
_LOCAL = r"(?:\d{7,8}|\d{3,4}" + _SEP + r"\d{4})(?:\s?-\s?\d{1,5}|" + _EXT + r")?"
# Trunk prefix 0 + 2-3 digit area code and a separator or a slash ("021/5888 6666"; a 1-digit one,
# as Taiwan's "02-2345-6789", only with a dash or in brackets), or the international form without
# the 0 ("+86-10-...", "0086 21 ...", "86-755-...", "(86-10)"), then a local number.
_LANDLINE = re.compile(
    _ND + r"(?:(?:(?:\+|00)?86[\s-]?)?(?:\(0\d{1,3}\)[\s-]?|（0\d{1,3}）[\s-]?|0\d{2,3}(?:" + _SEP + r"|/)|0\d[\-—–‧]"
    r"|0[2-8] (?=\d{4}[ \-]\d{4}(?!\d)))"  # Taiwan's "02 2771 1234"
    r"|(?:(?:\+|00)86|\(\+?86\)|（\+?86）)[\s-]?(?:\(0\)\s?)?[1-9]\d{1,2}[\s-]|86-[1-9]\d{1,2}-"
    r"|[(（]\+?86[\s-][1-9]\d{1,2}[)）]\s?)" + _LOCAL + _NDA + _NOT_QUANTITY
)
# Taiwan's seven local digits split 4-3 after a one-digit area code ("05-2108 108"; held-out 259, session 30, read after its one
# measurement); not a month and a year before a count ("01-2024 120 宗"), nor a run that goes on (the session's review)
_TW_FOUR_THREE = re.compile(_ND + r"0[2-8][\-‧](?!(?:19|20)\d\d)\d{4}[ \-]\d{3}(?![\d\-‧]|\.\d)(?:" + _EXT + r")?" + _NDA
                            + _NOT_QUANTITY)
# An area code in brackets before a six-digit local number split 2-4, as Taiwan's smaller
# towns print them ("(037)12-3456", "(089)32-1234").
# The areas of Taiwan whose local numbers have six digits (Miaoli 037, Nantou 049, Kinmen 082, Taitung 089,
# Wuqiu 0826, Matsu 0836) print them 3-3 too, or whole after a dash ("(037)393-393", "037-349349 轉 349";
# held-out 47, session 14, read after its one measurement); a mainland code and six digits is no number.
_TW_SIX = r"0(?:37|49|82|89|826|836)"
_SHORT_LOCAL = re.compile(_ND + r"(?:[(（]0\d{2,3}[)）]\s?\d{2}[\-‧]\d{4}|[(（]" + _TW_SIX + r"[)）]\s?\d{3}[\-‧]?\d{3}|"
                          + _TW_SIX + r"-\d{6})(?:" + _EXT + r")?"
                          + _NDA + r"(?![\-‧]\d)" + _NOT_QUANTITY)
# Taiwan mobiles: 09 and eight digits, whole or grouped 4-3-3 / 4-6 ("0912-345-678", "0912 345678"),
# or 6-4 ("094291-4291": held-out 65, session 16, read after its one measurement).
_TW_MOBILE = re.compile(
    _ND + r"09\d{2}(?:\d{6}|" + _SEP + r"\d{3}" + _SEP + r"\d{3}|" + _SEP + r"\d{6}|\d{2}" + _SEP + r"\d{4})"
    + _NDA + _NOT_QUANTITY
)
# Any other country in international form: "+" (or 00 with brackets), a 1-3 digit country code
# and grouped digits ("+886 2 2345 6789", "+852 2345 6789", "(+853) 2888-1234", "+886-912-345-678");
# 7-12 digits after the country code (`_digit_pii` counts them).  China's +86 forms are above.
_INTL_PHONE = re.compile(
    _ND + r"(?:[+＋](?P<code>\d{1,3})|[(（][+＋]?(?P<bracketed>\d{1,3})[)）])[ \t\-.]?(?:\(0?\d{1,4}\)[ \t\-.]?)?"
    r"\d{1,4}(?:[ \t\-.]?\d{2,4}){1,4}" + _NDA + _NOT_QUANTITY
)
# The country codes of Taiwan, Hong Kong and Macau written without "+" and joined by a dash
# ("886-2-2345-6789", "852-2345 6789", "853-28881234"), or after the international prefix 00 with a dash, a
# space or nothing ("00853-28819819", "00852 2123 4567"; held-out 103, session 19, read after its one
# measurement): 7-10 digits after the code
_BARE_CC_PHONE = re.compile(
    _ND + r"(?:(?P<cc>00(?:886|852|853))[\-‧ ]?|(?P<bare>886|852|853)[\-‧])(?:\(?0?\d{1,2}\)?[\-‧ ])?\d{2,4}(?:[\-‧ ]?\d{2,4}){1,3}" + _NDA + _NOT_QUANTITY
)
# Three or more dash-joined groups of 3-4 digits, 10-12 digits in all ("1015-015-7558",
# "391-9481-9481", "0004-004-004"): how phone numbers are printed in any region, and no date
# (4-2-2), ISBN (a 1-digit group) or amount is grouped so; a code context still vetoes it.
# (one more dashed group either side makes a code: "978-986-123-456-7" is an ISBN)
_DASHED_PHONE = re.compile(_ND + r"(?<!\d[\-—–])\d{3,4}(?:[\-—–]\d{3,4}){2,3}" + _NDA + r"(?![\-—–]\d)" + _NOT_QUANTITY)
#: times of day from - to ("0800-1200 1400-1700", "1300 1500": opening hours), not a number
_HH = r"(?:[01]\d|2[0-3])"
_HHMM = _HH + r"[0-5]\d"
_TO = r"(?:\s*[\-—–~～至]\s*|[ .])"
_TIME_RANGES = re.compile(_HHMM + _TO + _HHMM + r"(?:[\s,，、/]+" + _HHMM + _TO + _HHMM + r")*")
_FOUR_DIGITS = re.compile(r"\d{4}")


def _opening_hours(s: str) -> bool:
    """Times of day from - to, each range forward and on the quarter hour ("0900-1800",
    "0830-1200 1330-1730"): a phone number printed 4-4 has the shape too ("2301-2301",
    "1737-1737", "0526-0526" were held-out 6-22's numbers after a contact label)."""
    if not _TIME_RANGES.fullmatch(s):
        return False
    times = _FOUR_DIGITS.findall(s)
    return all(a < b and a[2:] in _QUARTERS and b[2:] in _QUARTERS for a, b in zip(times[::2], times[1::2]))


_QUARTERS = ("00", "15", "30", "45")
#: a date grouped year-month-day ("2024-05-01", "2024.5.10"): after a label it is when, not a number
_GROUPED_DATE = re.compile(r"(?:19|20)\d\d([\-.—–])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])")
_YEARS = re.compile(r"(?:19|20)\d\d(?:[\-—–](?:19|20)\d\d)+")  # "2019-2020-2021": seasons, not a phone
# Nationwide business hotlines: 400 / 800 and seven digits, grouped the common ways
# ("4008105555", "400-810-5555", "400 810 5555", "4008-105-555", "400-6123-456"), and an
# optional extension ("400-810-5555转123"); no dot right after the 400 ("400.8105555" is a decimal).
_HOTLINE = re.compile(
    _ND + r"(?<![A-Za-z]-)[48]00(?:\d{7}|" + _SEP + r"\d{3}" + _SEP + r"\d{4}|\d" + _SEP + r"\d{3}" + _SEP + r"\d{3}"
    r"|[ \t-]\d{7}|[ \t-]\d{4}[ \t-]\d{3})(?:" + _EXT + r")?" + _NDA + _NOT_QUANTITY
)
# Taiwan's toll-free 0800 and six digits ("0800-246-246", "0800 246 246", "0800246246"; held-out 29,
# round 11, read after its one measurement); eight digits after 0800 is a time range ("0800-1200")
_TW_TOLL_FREE = re.compile(_ND + r"0800(?:\d{6}|" + _SEP + r"\d{3}" + _SEP + r"\d{3})" + _NDA + r"(?![\-—–]\d)" + _NOT_QUANTITY)
# North American numbers with the country code 1 and dashes ("1-888-257-9449", "1-626-555-0123"), how
# overseas Chinese pages print them (held-out 29); a dashed group more either side is a code
_NANP = re.compile(r"(?<![\dA-Za-z\-])1-[2-9]\d{2}-\d{3}-\d{4}" + _NDA + r"(?![\-—–]\d)" + _NOT_QUANTITY)
# Malaysia's and Australia's toll-free and local-rate lines: 1-300 / 1-800 and six digits ("1-300-88-8888", "1800 22 5757",
# "1300-123-456"; held-out 130/131, session 22, read after their one measurement); a bare "1300 1500" is a time range
_TOLL_FREE_1X00 = re.compile(r"(?<![\dA-Za-z\-])1[\- ]?[38]00(?:[\- ]\d{2}[\- ]\d{4}|[\- ]\d{3}[\- ]\d{3}|[\- ]\d{6})"
                             + _NDA + r"(?![\-—–]\d)" + _NOT_QUANTITY)
#: a business's own lines, which a directory lists as content (see `_listed_hotline`)
_BUSINESS_LINES = (_HOTLINE, _TOLL_FREE_1X00)
# Service lines with an extension: 95 (nationwide) or 96 (local) and 3-4 more digits, then
# 转 / 分机 / ext and the desk's number ("95369转369", "96123轉8"; held-out 18's 26 leaks, issue 14
# round 6).  Alone such a number is a company's public line ("95588") and stays, as do 110 /
# 12345 with or without an extension; with one it reaches a person like a phone number does.
# A dash is no extension here ("95001-95100" is a range).
_SERVICE_LINE = re.compile(_ND + r"9[56]\d{3,4}" + _EXT + _NDA + _NOT_QUANTITY)
# A contact label right before a number says it is one, whatever its prefix or grouping
# ("报名热线:225-8003-8003", "电话：58792888", "如有疑问可致电 6688 1234", "联络方式：…", "可将简历
#发至…", "详情可发邮件至…": the last three are held-out 10/12/13's leaks, issue 14 round 4; "欢迎垂询",
# "请洽", "总机", "WhatsApp", the words of those sets' contact lines, the same round): labels may chain
# ("联系电话号码：") or name a second channel ("电话/微信：", "手机、微信同号："), a connective
# may stand between label and number ("传真至", "热线为", "号码是"), and a contact person's
# name may come first ("联系人：王老师，6688 1234"); labels in either script, English ones ("Tel：")
# and "please dial" ("预约请拨", "預約請撥") count, and an aside may stand before the colon
# ("客服熱線（24小時）："); a mail label (邮箱, 信箱, 电邮, E-mail) counts too and ends a chain
# ("记者联系邮箱：2496-2496", "简历投递邮箱：5133 5133": a phone-length run where an address
# was promised is a phone or QQ number; an address after it is matched whole by `_EMAIL`, which
# is longer; held-out 14/15's seven leaks, issue 14 round 5; "发送邮件至", 送 and what is sent
# both written, held-out 16's four leaks, read after its one measurement); then a phone-length run (7-12 digits, see
# `_labelled_phones`) grouped by spaces, dashes (ASCII, en, em), dots or an area code in brackets.
# Letters, a phone contact and a posting are invitations to get in touch as well ("欢迎来信
# 4455-4455", "可电联…", "简历请投1643-1643": held-out 18's leaks, issue 14 round 6).  A mail
# label without its 至 ("具體可私信或發郵件4061 4061"), "加我" ("有需要的可以加我…") and a contact
# person labelled 联络人 ("聯絡人：陳小姐 4575 4575"): held-out 20/21's leaks, issue 14 round 8.
_CONTEXT = [row.split("\t", 1) for row in read_list("pii_context.txt")]


def _context(category: str) -> str:
    """The entries of one category of `zh/data/pii_context.txt` as one alternation."""
    return "|".join(pattern for cat, pattern in _CONTEXT if cat == category)


def _alternatives(pattern: str) -> list[str]:
    """The top-level branches of a regex alternation."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return out + [pattern[start:]]


def _first_chars(pattern: str) -> str:
    """The characters a match of an alternation of words (`_context`) can start with, both cases:
    a lookahead on them lets the regex engine skip other positions fast."""
    chars = set()
    for alt in _alternatives(pattern):
        if alt.startswith("(?:"):
            chars.update(_first_chars(alt[3:alt.index(")")]))
        elif alt.startswith("["):
            chars.update(alt[1:alt.index("]")])
        else:
            chars.update((alt[0].lower(), alt[0].upper()))
    return "".join(sorted(chars))


def _starts(*patterns: str) -> str:
    return "(?=[" + re.escape("".join(sorted(set("".join(_first_chars(p) for p in patterns))))) + "])"


#: a colon in any of the forms pages print ("電話︰", "電話∶", "電話﹕")
_COLON = r"[:：︰∶﹕]"
# (a colon-only word or an app's name before a colon: `_WEAK_LABELLED_PHONE`; in a chain: `_LABEL_TAIL`)
_CONTACT_LABEL = (r"(?:" + _context("label") + r"|(?=[A-Za-z])(?<![A-Za-z])(?i:" + _context("ascii") + r")(?![A-Za-z])\.?"
                  # one capital letter and a colon or a dot, how business cards and Hong Kong pages
                  # label a line ("T: 2345 6789", "M：139 1234 5678", "P: +852 …", "F: …" for fax,
                  # "T. 2345 6789"), and HP (hand phone) with a colon
                  r"|(?<![A-Za-z])(?:[TMPFH]|(?i:hp))(?=\s?(?:" + _COLON + r"|\.\s?[(+\d]))\.?)")
_LABEL_ASIDE = r"(?:\s*[(（](?=[^()（）\n]*[^\d\s()（）.\-])[^()（）\n]{1,8}[)）])?"  # words, not an area code
# a chain of labels ("联系电话号码", "联系人及电话", "聯絡我們")
# ("call 我", "WhatsApp 我們", "Tel no.:")
# ("线索征集：6548-5597", "線索提供：2824 4933": held-out 94, session 18, read after its one measurement)
_LABEL_TAIL = (r"(?:\s?(?:" + _CONTACT_LABEL + r"|" + _context("weak") + r"|号码|號碼|号|號|方式|征集|徵集|提供|我们|我們|我哋|我|(?i:no)\.?|人(?=[及和与與/／、:：])|(?:是|为|為)(?=\s?[(（+＋\d])))*"
               r"(?:[及和与與]" + _CONTACT_LABEL + r")?")
# a second channel named after the label: "电话/微信：", "WhatsApp / Signal / Telegram："
_SECOND_CHANNEL = (r"(?:\s*[/／、或]\s*(?:QQ|qq|短信|(?i:" + _context("wechat") + "|" + _context("im") + r")|" + _CONTACT_LABEL + r")"
                   + _LABEL_TAIL + r"(?:同号|同號)?)*")
_CONTACT_PERSON = (r"(?:联系人|聯繫人|聯系人|联络人|聯絡人)\s*[:：]?\s*[\u4e00-\u9fff]{1,5}\s*[,，、\s/／\-]\s*(?:"
                   + _CONTACT_LABEL + _LABEL_TAIL + r")?")
#: whom a label names before the number: "详询客户经理95428", "请致电王老师 6688 1234" (a role word
#: after at most three other Han characters; held-out 21, issue 14 round 8), or which office: "请洽庙方…",
#: "可联系秘书处…", "请致电本校校务处（…）" (four; held-out 25, issue 14 round 9); a guide, an agent
#: ("請洽領隊…", "請致電經紀…": held-out 27, round 10, read after its one measurement)
_CONTACT_ROLE = (r"(?:\s*(?:[\u4e00-\u9fff]{0,4}(?:" + _context("person") + "|" + _context("office") + r")|[\u4e00-\u9fff](?i:"
                 + _context("short") + r"))(?![\u4e00-\u9fff]))?")  # ("請電陳生：9876-5432")
# (where a label may start: a label's first characters and ASCII letters; a colon-only word or a
# messaging app alone before its colon is matched by `_WEAK_LABELLED_PHONE`, which tries far fewer
# words at the common characters those start with: 号, 如, 本, 通 ...)
_LABEL_BEFORE_NUMBER = (_starts(_context("label"))[:-2] + r"A-Za-z])(?:" + _CONTACT_PERSON + r"|" + _CONTACT_LABEL + _LABEL_TAIL + _SECOND_CHANNEL + _LABEL_ASIDE
                        # ("线索可提供至 60034941"; held-out 90, session 18, read after its one measurement)
                        + _CONTACT_ROLE + r")\s*(?:" + _COLON + r"|(?:(?:可|请|請)?(?:提供|提交|反映|告知))?(?:至|到)|为|為|是)?\s*" + _COLON + r"?\s*[(（]?")
# (after a label a tilde joins the groups too: "電話：2345~6789"; a range of hours is vetoed by `_dated`)
_LABELLED_NUMBER = r"((?:[(（]\d{2,4}[)）]\s?)?\d(?:(?:" + _SEP + r"|\s?[~～]\s?)?\d){5,13})" + _NDA + _NOT_QUANTITY
_LABELLED_PHONE = re.compile(_LABEL_BEFORE_NUMBER + _LABELLED_NUMBER)
# (also "報名方式：…", and a label in brackets: "【報名方式】2597 5848"; held-out 69, session 16, read after its
# one measurement)
_WEAK_LABELLED_PHONE = re.compile(
    _starts(_context("weak"), _context("im")) + r"(?:" + _context("weak") + r"|(?<![A-Za-z])(?i:" + _context("im") + r"))"
    r"(?:方式|号码|號碼)?\s*(?:" + _COLON + r"|(?<=[\u4e00-\u9fff])[】\]])\s*[(（]?" + _LABELLED_NUMBER
)
# A person's title right before a phone-length number says whose number it is, without a label:
# "黄老师 2345 6789", "陳律師 2345-6789", "负责人：赵经理（8765 4321）", Hong Kong's "陳生 9123 4567" /
# "李太 6123 4567" (a one-character title after a one-character surname that starts a word; see
# `short` in zh/data/pii_context.txt).  The number is grouped in runs of 2+ digits ("1 2 3 4 5 6 7 8
# 号" is no phone) and is no date or quantity (`_titled_ok`); session 11's contact-form table.
_TITLED_PHONE = re.compile(
    _starts(_context("person"), _context("short"))
    + r"(?:(?:" + _context("person") + r")[\u4e00-\u9fff]{0,2}|(?<=(?<![\u4e00-\u9fff])[\u4e00-\u9fff])(?i:" + _context("short") + r"))"
    r"(?:\s?[A-Z][a-z]{1,11})?"  # an English name after the title ("攝影師 Ken：9012 3456")
    r"\s*(?:" + _COLON + r"|[\-－—–/／])?\s*[(（]?\s*((?:[(（]\d{2,4}[)）]\s?)?\d{2,4}(?:" + _SEP + r"?\d{2,4}){1,4})" + _NDA + _NOT_QUANTITY
)
# A grouped phone-length number followed by what to do with it ("请家长通过 7788 1122 与班主任联系",
# "2345 6789 查詢"): `after` in zh/data/pii_context.txt; session 11's round 3.
# (after 与 / 找, whom: a person, an office or us; "与对照组联系" is no call)
# (the number may stand in brackets: "具體可向經辦網點（853 2888 7676）諮詢"; held-out 67, session 16, read
# after its one measurement)
_CUE_AFTER = re.compile(
    r"[)）]?\s*(?:[与與和跟向找][\u4e00-\u9fff]{0,4}?(?:" + _context("person") + "|" + _context("office")
    + r"|我们|我們|我|本[\u4e00-\u9fff]{0,3}))?(?:保持|取得)?(?:" + _context("after") + r")"
)
#: ... or to whom a matter is raised, for a local number's shape only (eight digits, not a year's, a price's or a
#: code's: "於 113.06.30 向本局提出", "以 12800000 向业主提出还价" are not; the session's review): "以 54336073 向裁判組提出"
#: (held-out 411, session 34, read after its one measurement)
#: (or where one signs up: "請盡早以 90820008 登記。" (held-out 423), not what it is registered as, "以 12345678 登記為商業登記號碼",
#: "用 65432198 登記的帳戶": the session's review)
_RAISE_AFTER = re.compile(r"[)）]?\s*(?:向[\u4e00-\u9fff]{1,6}?(?:提出|反映|投诉|投訴|申诉|申訴|举报|舉報|求助|报告|報告|查问|查問|询问|詢問)"
                          r"|登[记記](?![的为為于於在有号號成]))")
#: Hong Kong's, Macau's, Singapore's or Taiwan's local number: eight digits, 4-4, the first 2-9, neither half a year's
_LOCAL_FIRST, _LOCAL_SECOND = r"(?!(?:19|20)\d\d)[2-9]\d{3}", r"(?!(?:19|20)\d\d)\d{4}"
_LOCAL_EIGHT = re.compile(_LOCAL_FIRST + r"[ \-]?" + _LOCAL_SECOND)
#: "by way of" right before an ungrouped number that a call word follows: "請先以 59847220 聯絡店主" (held-out 385, session 33,
#: read after its one measurement); ungrouped, eight digits are often a code, so the cue after it alone is not enough
_VIA_BEFORE = re.compile(r"(?:以|用|透过|透過|通过|通過|经由|經由)\s?$")
# A phone-shaped number (8 digits, or groups of digits) in the clause of a call word a few words before
# it, whoever stands between ("可以联系店长 2491 6572", "可聯絡祕書 88330030", "找他（7072 7072）"):
# `near` in zh/data/pii_context.txt; session 12
# (one scan finds the grouped numbers for both: a call word after them, `_CUE_AFTER`, or before them)
# (a first group of five too: Macau's "28807 807"; held-out 352, session 32, read after its one measurement)
_GROUPED_NUMBER = re.compile(_ND + r"((?P<grouped>(?:[(（]\d{2,4}[)）]\s?)?\d{2,5}(?:" + _SEP + r"\d{2,4}){1,4})|\d{8})"
                             + _NDA + _NOT_QUANTITY)
_COUNT_WORD = re.compile(r"[数數量额額价價费費率值]")  # "预约人数 23456789": a count, not whom to call
# A local number of Hong Kong, Macau, Singapore or Taiwan, eight digits in two groups of four set apart by a space
# or a dash ("寫信到 6686 2949 就得啦"), is a phone number with or without a word that hands it out: over the text
# of every real page we hold (../shared/data/corpora: magic-html-zh's and magic-html-other's main text, the
# sentence pool, gold-train's pages) only one run of that shape is not a phone number (a spec table's "8000 6500"),
# and no labelled content line of dev, 1 and 3-315 holds one that is not PII.  The cue words above kept missing the next
# blind set's verb (寄信到, 通報, 報名加 …; session 32).  Not a group of a longer chain ("ISBN 978-7-5086-4001-2"), a
# year beside a number ("GB/T 7714-2015", "2024-0012"), two round numbers ("3000-5000": a range), a sum
# ("3456-1234=2222"), a count or a price (a count word or a currency just before it, a unit after it), a model, a
# port or an approximation after it.  The session's review wrote 241 look-alikes of real pages and found more: a range
# (the second number a little above the first: a citation's pages "59(4): 2341-2347", an index's "3245-3310 区间",
# adjacent seats), a lottery's results (a 4D page's prize words anywhere in the text), a code or a place word before
# it (密碼, PIN, 錯誤碼, invoice, lot, 頁, pp.), two times of day
_BARE_LOCAL = re.compile(_LOCAL_FIRST + r"[ \-]" + _LOCAL_SECOND)
_ROUND_PAIR = re.compile(r"\d\d00[ \-]\d\d00")
_RANGE_SPAN = 100  # a range's second number is at most this much above its first (the review's pages and seats)
_BARE_BEFORE = re.compile(r"(?:[$¥￥€£]|HK\$|NT\$|S\$|RM|MOP|元|(?i:usd|hkd|rmb|sgd|myr|twd)|\d[ \-.:/]|[=+×÷*/])[^\S\n]?$")
_BARE_AFTER = re.compile(r"[^\S\n]?(?:[\-.:/]\d|[=+×÷*/]|型号|型號|端口|左右|上下|之间|之間|以上|以下|不等|区间|區間"
                         r"|[点點](?![击擊])|[Xx*＊]{4}"
                         r"|(?i:port|units?|pcs|pieces|sets|copies|items|people|visitors|views|km|kg|sq|mm|cm"
                         r"|sgd|hkd|usd|rmb|myr|twd|mop|ntd)\b)")
_BARE_CODE = re.compile(r"(?i:密码|密碼|password|passcode|(?<![a-z])pin|(?<![a-z])uid|错误码|錯誤碼|error code|invoice"
                        r"|serial(?: number)?|patent(?: no\.?)?|专利号|專利號|编码|編碼|(?<![a-z])ports?|(?<![a-z])expose|放行|开放|開放"
                        r"|(?<![a-z])lots?|座位|地段"
                        r"|支撑位|支撐位|阻力位|压力位|壓力位|(?<![首网網])页|(?<![首网網])頁|(?<![a-z])pp?\.|(?<![a-z])pages?)"
                        r"\s*[:：]?\s*$")
# "夜更 2130-0630": two times of day, each on a five-minute mark (a phone's "2203 0325" is none)
_CLOCK_PAIR = re.compile(_HH + r"[0-5][05][ \-]" + _HH + r"[0-5][05]")
# (an extension after the number makes it a phone whatever stands beside it: "email 給 6601 6639 ext 601", whose two
# groups read as a range, "問當日價錢（3252 0949 ext. 252）", after a price word; held-out 340/345, session 32, read after
# their one measurement)
_EXTENSION_AFTER = re.compile(_EXT_AFTER)
# (a count or a price word right before the number, a colon or a label's closing bracket at most between: "預約人數 2345
# 6789", "【报名人数】2345 6789"; not a bracket's aside
# after it, "價錢（…）", nor a word after it, "價錢公道 9123 4567")
_COUNT_BEFORE = re.compile(_COUNT_WORD.pattern + r"(?:约|約|为|為|达|達|在)?[\s:：】\]」』)）]*$")  # ("呎價約 2350-2680")
# (a 4D page by its operators' names or its results' heading; not 万字, which also counts a text's characters, nor a
# contest's 特别奖)
_PRIZE_WORDS = re.compile(r"(?i:magnum 4d|da ma cai|damacai|sports toto|singapore pools|4d\s*(?:results?|成绩|成績|开彩|開彩|号码|號碼))"
                          r"|万字票|萬字票")
_NEAR_CUE = re.compile(r"((?i:" + _context("near") + r"))[^。！？!?；;\n]{0,10}$")


#: two years, the first earlier, or a year and a day ("2019 2020", "2024 0501"): a number a context word
#: hands out is no phone if it is one of these, or times of day (`_opening_hours`; round 6's look-alikes)
#: (the same four digits twice, "1974 1974", "1920-1920", is how a number is made easy to remember:
#: held-out 7, 15 and 17's phones after a contact label)
#: (a day's year up to 2039: a label's "电话2049 0618" is a number; held-out 444, session 34, read after its one measurement at the
#: session's final code)
_YEAR_PAIR = re.compile(r"((?:19|20)\d\d)[ \-.](?:((?:19|20)\d\d)|(?<=(?:19\d|20[0-3])\d[ \-.])(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))")
#: two years at the head of a longer grouped run ("1998 1999 200"): a list, by the same rule as a pair (a year written
#: twice, "1974 1974 123", is a number made easy to remember)
_YEAR_LIST = re.compile(r"((?:1[5-9]|20)\d\d)[ \-.]((?:1[5-9]|20)\d\d)(?:[ \-.]\d{1,4})+")


def _dated(number: str) -> bool:
    """A date, a pair of years, a date's day or times of day, not a phone number."""
    years = _YEAR_PAIR.fullmatch(number) or _YEAR_LIST.fullmatch(number)
    return bool(_GROUPED_DATE.fullmatch(number) or _COMPACT_DATE.fullmatch(number) or _opening_hours(number)
                or (years and (years.group(2) is None or years.group(1) < years.group(2))))


# A phone number written in Han numerals to dodge filters ("一三八一二三四五六七八", "联系：二三四五六七八九"):
# a run of seven to twelve numerals is read in digits (`_han_as_digits`); a run with 十 / 百 / 千 / 万
# or a unit after it is a quantity (round 8's gap).  Session 12: 幺 (how
# "1" is read out in a phone number; 么 after OpenCC's conversion to traditional script) and ○ (a
# circle written for 〇) are numerals too, and the groups may stand apart as digits do
# ("幺三八 一二三四 五六七八"), and Han numerals may be mixed with digits ("0二-二三四五-六七八九")
# (and the financial numerals, 壹贰叁…玖 in either script: "幺叁玖 零贰柒壹 捌捌伍陆"; held-out 70, session 16, read
# after its one measurement; an amount in them holds 拾 / 佰 / 仟 or 元 and is a quantity)
_HAN_DIGIT = "〇○零一幺么二三四五六七八九壹贰貳叁叄參肆伍陆陸柒捌玖"
_HAN_NUMBER = re.compile(r"[" + _HAN_DIGIT + r"0-9](?<![0-9A-Za-z][0-9])(?:[ \u3000\-－·]?[" + _HAN_DIGIT + r"0-9]){6,}(?![0-9A-Za-z])")
_HAN_AS_DIGITS = str.maketrans(_HAN_DIGIT, "000111234567891223334566789")
_HAN_GROUPING = re.compile(r"[ \u3000\-－·]")
#: 一 drawn for a dash between two groups of digits ("186 一 0775 一 0775"; held-out 72, session 16, read after
#: its one measurement)
_ONE_AS_DASH = re.compile(r"(?<=[0-9]{3} )一(?= [0-9]{3})|(?<=[0-9]{3})一(?=[0-9]{3})")
_HAN_QUANTITY = "十百千万萬亿億两兩拾佰仟"  # a numeral of these before or after the run makes it a quantity
_HAN_AFTER_QUANTITY = re.compile(r"[" + _HAN_QUANTITY + r"年月日号號点點个個元圆圓人次岁歲]")
# a cheap `in` test before the scan: a mobile holds 一 or 幺 and an area code 〇 or 零; a local number of
# 三 to 九 alone ("三四五六七八九三") is not read (a gate on every numeral would scan nearly every page)
_HAN_GATE = "〇○零一幺么二壹贰貳"


def _word_at_edge(run: str, text: str, start: int, end: int) -> bool:
    """Digits with one Han numeral at an end, where it touches another Han character: the numeral
    begins or ends a word ("至0510 0510參與徵集", "大陸 0912 345 678"), it is no digit of the number
    (held-out 222, session 29)."""
    inner = run[1:] if run[0] in _HAN_DIGIT else run[:-1] if run[-1] in _HAN_DIGIT else None
    if inner is None or any(c in _HAN_DIGIT for c in inner):
        return False
    beside = text[start - 1:start] if run[0] in _HAN_DIGIT else text[end:end + 1]
    return "\u4e00" <= beside <= "\u9fff"


def _han_as_digits(m: re.Match) -> str:
    """A run of Han numerals read in digits, its middle dots as dashes (the same length: spans stay
    where they are); a quantity ("一二三四五六七八九十") or a run of digits alone stays as it was.
    Session 13: the digits' rules then read it as they read digits, with every context they know
    ("預約：零九三二－五八七－四六一", a Taiwan mobile after a booking word, leaked from held-out 39
    when only a mainland mobile or a contact label made Han numerals a phone)."""
    run, text = m.group(), m.string
    dashed = _ONE_AS_DASH.sub("-", run)
    if dashed != run and dashed.isascii():
        return dashed  # "186 一 0775 一 0775": 一 drawn for a dash between digit groups
    numerals = _HAN_GROUPING.sub("", run)
    if _word_at_edge(run, text, m.start(), m.end()):
        return run
    if (len(numerals) > 12 or numerals.isascii() or (m.start() and text[m.start() - 1] in _HAN_QUANTITY)
            or _HAN_AFTER_QUANTITY.match(text, m.end())):
        return run
    return run.translate(_HAN_AS_DIGITS).replace("·", "-")


#: an SMS service port ("发送到 106 99999": 106 and more digits, a charity's or a company's public
#: number, never a person's; real page g0473 of gold-train)
_SMS_PORT = re.compile(r"106[ \-]?\d")
#: a date written without separators ("20240501"): after a title it is when, not a number
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
# A five-digit service number (95 / 96 and three digits) that a contact label hands out as a desk
# or a person's line: "联系人：李经理，95602", "停水期间如有疑问请致电95361", "有需要的可以加我95433"
# (held-out 21's 26 leaks, issue 14 round 8, read after its one measurement).  Not a list of public
# lines ("拨打95588、96110查询" stays), nor six digits ("游客咨询电话：962021", a city's public line
# that held-out 3-21 label content), nor a directory line (`_directory_entry`).
_SERVICE_ANCHOR = re.compile(r"9[56][0-9]{3}(?![0-9])")
_LABELLED_SERVICE = re.compile(
    _LABEL_BEFORE_NUMBER + r"(9[56]\d{3})" + _NDA + r"(?!\s*[、/和及或]\s*\d)" + _NOT_QUANTITY
)
# (a full-width dot "．" is a dot too: "kefu@163．com")
# (an underscore in the domain too, which no mail host takes but a page prints: "info@stylist_jay10.com.my"; held-out 375,
# session 33, read after its one measurement)
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}\s?[@＠]{1,2}\s?[A-Za-z0-9_-]+(?:[.．][A-Za-z0-9_-]+)*[.．][A-Za-z]{2,12}"
    r"(?![A-Za-z])"
)
#: The general shape of a dodged "@" (session 12: each unseen set brought a new spelling, so
#: the spellings below are backed by the shape they share): one pictographic or geometric sign
#: ("kefu★163.com", "kefu☆gmail.com", "kefu⊙163.com") or a bracket of any kind around signs or an
#: "at" word ("kefu《@》163.com", "kefu(☆)163.com", "kefu＜at＞163.com").  A domain with "www."
#: or a path after it is a link, and a local part of digits only must be a QQ-length number
#: (`_odd_at_ok`): "Copyright 2024 ◆ abc.com" is no address.
_SIGN = r"[*＊※\u2295-\u22a1\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2900-\u2bff\u3012\u3013\u3020\U0001F300-\U0001FAFF]"
_OPEN = r"[(（\[【{〔〖<＜《「『［｛]"
_CLOSE = r"[)）\]】}〕〗>＞》」』］｝]"
_SIGNS_INSIDE = r"(?:[^\sA-Za-z0-9\u3400-\u9fff()（）\[\]【】{}〔〕〖〗<>＜＞《》「」『』［］｛｝.,，。:：;；]{1,3}|at|AT|At|a|A)"
#: "@" written otherwise to dodge harvesters: "#" ("kefu#163.com（#换成@）", "kefu # 163.com"),
#: at / a / 艾特 in brackets of any kind ("(at)", "[AT]", "【at】", "(a)": held-out 19's 41 leaks,
#: issue 14 round 6), 艾特 (how "@" is read aloud: "kefu艾特163.com") or the word at between
#: spaces ("kefu at 163.com", see `_spaced_at_ok`), 小老鼠 ("little mouse", how Taiwan reads "@":
#: "info 小老鼠 example 點 com 點 tw"; held-out 25, issue 14 round 9); an HTML entity or URL encoding
#: left in the text ("kefu&#64;example.com", "kefu&#x40;…", "kefu%40…"), 圈a ("circle a", how "@" is
#: read aloud) and 〔at〕 (held-out 28/29's 90 leaks, round 11, read after their one measurement);
#: 小老鼠 in brackets and at between slashes ("durian（小老鼠）gmail.com", "loan／at／yahoo.com.hk": held-out
#: 31, round 12, read after its one measurement)
#: the big mail hosts, after which 在 ("at") stands for "@" ("news04在163.com"; held-out 58, session 15, read after
#: its one measurement; "wq123152在163点com", held-out 62): only before one of them, since "v2在github.com发布"
#: is a sentence
_MAIL_HOST_NAMES = (r"(?:163|126|yeah|qq|vip\.qq|foxmail|sina|vip\.sina|sohu|aliyun|139|189|21cn|tom|gmail|googlemail"
                    r"|hotmail|outlook|live|yahoo|icloud|msn|netvigator|hinet|seed|pchome|ms\d{2}\.hinet"
                    # Macau's, Singapore's and Hong Kong's providers (held-out 72, session 16: "…ATmacau.ctm.net")
                    r"|macau\.ctm|ctm|singnet|hkbn|ymail|aol|protonmail"
                    # Malaysia's providers ("…WhatsApp enzak673 at streamyx.com"; held-out 212, session 28); not the ISPs whose
                    # web sites sell plans ("Enjoy 5G at starhub.com", "Get Unifi 300Mbps at tm.net.my": the session's review)
                    r"|streamyx|pd\.jaring)")
_MAIL_HOSTS = _MAIL_HOST_NAMES + r"[.．点點]"
#: "AT" in capitals glued to a lower-case name, before a big mail host ("xiaoyuAThotmail.com", "customs924AT qq
#: DOT com"; held-out 70/71, session 16, read after their one measurement)
_GLUED_AT_HOST = r"(?=\s?" + _MAIL_HOST_NAMES + r"\s?(?:[.．点點]|dot\b|DOT\b))"
_AT_ZAI = r"(?<=[A-Za-z0-9])\s?在\s?(?=" + _MAIL_HOSTS + r")"
# (and 點 for "@" as for the dots, before a big mail host: "huang_coach173點qq點com"; held-out 316, session 32, read after its
# one measurement; not a site's "www點qq點com")
_AT_DIAN = r"(?<=[A-Za-z0-9_])(?<!www)[点點](?=" + _MAIL_HOSTS + r")"
_AT_WORD = (r"(?:" + _AT_ZAI + r"|" + _AT_DIAN + r"|#|＃|艾特|◎|﹫|\s?小老鼠\s?|[(（\[【{〔〖]\s?(?:at|AT|At|a|A|艾特|小老鼠|[@＠#＃])\s?[)）\]】}〕〗]|\s?_(?:at|AT)_\s?|[/／]\s?(?:at|AT)\s?[/／]"
            r"|&#0*64;?|&#[xX]0*40;?|%40|圈[aA]"
            r"|(?<=[A-Za-z0-9]) (?:at|AT) (?=[A-Za-z0-9])"
            r"|(?<=[a-z0-9_])AT" + _GLUED_AT_HOST +
            # any sign or bracket (`_SIGN`, `_OPEN`): the general shape, not one more spelling
            r"|\s?(?:" + _SIGN + r"|" + _OPEN + r"\s?(?:" + _SIGNS_INSIDE + r"|ａｔ|ＡＴ|老鼠|圈[aA]?|在)\s?" + _CLOSE + r")\s?)")
#: a dot written otherwise: full-width "．", an ideographic "。", dot / 点 in brackets or between spaces,
#: a dot in brackets ("kefu@lanze[.]com", the "defanged" form; held-out 24, issue 14 round 9)
_DODGE_DOT = r"(?:[.．。·]|\s?_(?:dot|DOT)_\s?|\s?" + _OPEN + r"\s?(?:dot|DOT|Dot|点|點|[.．。])\s?" + _CLOSE + r"\s?|\s(?:dot|DOT|点|點|[.．。])\s|[点點])"
#: top-level domains of real mail hosts: with "@" written otherwise, only a real TLD makes an address
_MAIL_TLD = (r"(?:com|cn|net|org|edu|gov|info|biz|me|io|hk|tw|mo|sg|jp|kr|uk|us|de|fr|ca|au|cc|tv"
             r"|top|xyz|vip|club|site|ltd|mobi|asia|my|ph|nz|id|th|vn|in|co|it|es|nl|ch|se|ru|br"
             r"|tech|online|shop|store|email|app|dev|ai|work|live|pro|link|fun|cloud|group|news|ink"
             # the rest of Europe's and the world's country domains where Chinese communities write (held-out
             # 41's "office AT telenet.be", session 13); not those that are also file extensions (js, py, md, sh)
             r"|be|at|dk|no|fi|pt|ie|gr|cz|hu|ro|sk|si|hr|bg|lt|lv|ee|lu|is|ua|eu|za|mx|ar|cl|pe|tr|il|ae|sa"
             r"|pk|bd|lk|np|kh|mm|bn|kz|ke|ng|eg|ma|mu|fj"
             # the domains of radio stations ("hotline at tinghai dot fm"; held-out 308's 20 leaks, session 32, read
             # after its one measurement)
             r"|fm|radio)")
# an address with "@" or a dot written otherwise, or both ("news(a)gmail.com", "kefu@163 dot com")
_EMAIL_DODGE = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}\s?(?P<at>" + _AT_WORD + r"|[@＠])\s?"
    r"[A-Za-z0-9-]+(?:" + _DODGE_DOT + r"[A-Za-z0-9-]+)*" + _DODGE_DOT + _MAIL_TLD + r"(?![A-Za-z])"
)
#: a space before the dot of a big mail host ("rescue4@gmail .com"; held-out 221's 25 leaks, session 28, read after its one
#: measurement): only after "@" and one of the hosts, so "me at home .com" is no address; "@" glued to a name with a letter
#: or a QQ number's digits ("Follow us @starhub .com", "售价 $199 @tom .com" are none: the session's review)
_EMAIL_SPACED_DOT = re.compile(
    r"(?<![A-Za-z0-9._%+-])(?!www\.)(?=[A-Za-z0-9._%+-]*[A-Za-z]|\d{5})[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}[@＠]"
    + _MAIL_HOST_NAMES + r"\s[.．]" + _MAIL_TLD + r"(?:[.．][a-z]{2})?(?![A-Za-z])"
)
#: a mail word (邮箱, 信箱, 电邮, 郵件, E-mail), found by one scan that starts with a character class
_MAIL_WORD = re.compile(r"[邮郵信电電mM](?:(?<=[邮郵])[箱件]|(?<=信)箱|(?<=[电電])[邮郵]|(?<=m)ail|(?<=M)(?:ail|AIL))")
#: an address after a mail word, whatever stands for "@" and the dots: a short token of signs or
#: words ("郵箱：kefu 阿特 abc 點 com", "E-mail：kefu#163#com" with one sign for both); the label says
#: what the string is, as a contact label does for a phone number (session 12)
_AFTER_MAIL_WORD = re.compile(
    r"(?![A-Za-z])(?:地址|地點|地点|账号|帳號)?\s*[:：︰∶﹕]?\s*"
    r"(?P<local>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63})(?P<at>\s?[^\sA-Za-z0-9.@＠，,；;：:、。！!？?]{1,4}\s?|\s(?:at|AT)\s|[-_](?:at|AT)[-_])"
    r"[A-Za-z0-9-]{2,}(?:(?:" + _DODGE_DOT + r"|[-_](?:dot|DOT)[-_]|(?P=at))[A-Za-z0-9-]+)*(?:" + _DODGE_DOT + r"|[-_](?:dot|DOT)[-_]|(?P=at))"
    + _MAIL_TLD + r"(?![A-Za-z])"
)
_E_DASH = re.compile(r"(?:^|[^A-Za-z])[eE]-?$|[^A-Za-z]$|^$")  # "E-mail", "email", " mail" (not "Gmail")


def _labelled_mails(text: str) -> Iterator[re.Match]:
    for w in _MAIL_WORD.finditer(text):
        if w.group()[-1] in "lL" and not _E_DASH.search(text, max(0, w.start() - 3), w.start()):
            continue
        m = _AFTER_MAIL_WORD.match(text, w.end())
        if m:
            yield m


# What ends an "@" match that is no address: a file name ("report@2x.png", how retina images are
# named) or a host and a path (git's "git@github.com:abc/def.git"); session 11's look-alikes.
_FILE_EXT = re.compile(r"[.．](?i:png|jpe?g|gif|svg|webp|bmp|ico|js|css|html?|php|json|xml|pdf|zip|mp[34])$")
_HOST_PATH = re.compile(r":[\w/~]")


def _mail_ok(text: str, start: int, end: int) -> bool:
    return not _FILE_EXT.search(text, start, end) and not _HOST_PATH.match(text, end)


_AT_RE = re.compile(r"[@＠]|" + _AT_WORD)
#: where an `_AT_WORD` may stand, found fast: one leading character class the regex engine
#: skips to ("#" is common: markdown headings, topics), and the spaced word by its literal
_AT_SCAN = (re.compile(r"[#＃艾(（\[【{〔〖◎﹫](?:(?<=[#＃◎﹫])|(?<=艾)特|\s?(?:at|AT|At|a|A|艾特|小老鼠|[@＠#＃])\s?[)）\]】}〕〗])"),
            # (one leading class: an alternation of literals made the engine try every position)
            re.compile(r"[&%圈/／](?:(?<=&)#(?:0*64|[xX]0*40);?|(?<=%)40|(?<=圈)[aA]|(?<=[/／])\s?(?:at|AT)\s?[/／])"),
            re.compile(r"_(?:at|AT)_"), re.compile(r"在(?=\s?" + _MAIL_HOSTS + r")"),  # (the literal first: fast)
            re.compile(r"[点點](?<=[A-Za-z0-9_][点點])(?<!www[点點])(?=" + _MAIL_HOSTS + r")"),
            re.compile(r" (?:at|AT) (?=[A-Za-z0-9])"), re.compile(r"小老鼠"),
            re.compile(r"AT(?<=[a-z0-9_]AT)" + _GLUED_AT_HOST),  # (glued: "xiaoyuAThotmail.com"; the literal first)
            re.compile(_OPEN + r"\s?(?:" + _SIGNS_INSIDE + r"|ａｔ|ＡＴ|老鼠|圈[aA]?|在)\s?" + _CLOSE))
#: the mail domain after an "@" however written (checked before `_EMAIL_DODGE` runs)
_DODGE_DOMAIN = re.compile(r"\s?[A-Za-z0-9-]+(?:" + _DODGE_DOT + r"[A-Za-z0-9-]+)*" + _DODGE_DOT + _MAIL_TLD + r"(?![A-Za-z])")
#: what may stand before "kefu at 163.com": a Han character, full-width punctuation or a colon
_SPACED_AT_BEFORE = re.compile(r"(?:[:：]|[^\x00-\u2e7f])\s*$")
#: a short aside before the colon ("微信（同号）：", "QQ(微信同号)：") and a second channel ("QQ/微信：")
_ID_ASIDE = r"(?:\s*[(（][^()（）\n]{1,8}[)）])?"
_ID_SECOND = r"(?:\s*[/／、]\s*(?:微信|QQ|qq|手机|手機|电话|電話|VX|vx|WX|wx))?"
# QQ numbers after QQ (or its penguin, "🐧 582086246": held-out 64, session 16, read after its one
# measurement), a QQ group ("QQ群", "QQ技术交流群", "Q群", "群号") or "加Q"; "是" may stand for
# the colon ("QQ号码是…"), and a second number may follow (`_FOLLOW_ON`)
_QQ = re.compile(
    r"(?=[QqＱ扣企群羣加🐧])(?:扣我|(?<![A-Za-z])[Qq]我|(?:QQ|qq|Qq|Q Q|q q|ＱＱ|扣扣|企鹅|企鵝|🐧)(?:[\u4e00-\u9fff0-9]{0,4}?(?:群|羣)[0-9①-⑳]?)?|(?<![A-Za-z])Q(?:群|羣)|加Q|(?<![A-Za-z])Q(?=\s?[:：]\s?[1-9]\d{4})"
    r"|[群羣])(?:号码|號碼|号|號)?" + _ID_ASIDE + _ID_SECOND
    # the number may carry its own "Q" ("QQ：Q321114912"; held-out 88, session 17, read after its one
    # measurement)
    + r"\s*(?:" + _COLON + r"|是|为|為)?\s*(?:[QqＱ](?=[1-9]))?([1-9]\d{1,3}(?:[ \-]?\d{2,4}){1,3})" + _NDA + _NOT_QUANTITY
)
#: WeChat however written ("微信", "V信", "薇信", "VX": `wechat` in zh/data/pii_context.txt)
# (a lone "V" before a colon is WeChat too: "V：abc_123")
# (and before an id with a digit or "_" after a space: "代购联系：V abc_daigou"; round 8)
_WECHAT_WORDS = _context("wechat") + r"|v(?=\s?" + _COLON + r"|\s(?=[A-Za-z][-A-Za-z]*[\d_]))"
_WECHAT_NAME = _starts(_context("wechat")) + r"(?<![A-Za-z])(?i:" + _WECHAT_WORDS + r")(?!(?!id|ID|Id)[A-Za-z])"
#: an id after a space: letters then a digit or "_" ("tips75889"), or two words of letters joined by a dot
#: before the digit ("商務合作 VX siyu.editor6-47251"; held-out 81, session 17; not "www.", not "app.v2")
_SPACED_ID = r"[A-Za-z][-A-Za-z]*[\d_]|(?!www\.)[A-Za-z][-A-Za-z]{2,}\.[A-Za-z]{3,}[-A-Za-z]*\d"
_WECHAT = re.compile(
    # a colon, or white space before an id that holds a digit ("加小助手微信 tips75889 进群": a
    # bare word after a space, "微信 app", is no id); held-out 13's contact lines, issue 14 round 4;
    # "是" / "搜索" before an id with a digit or "_" ("微信号是abc_2024", "微信搜索 abc_123"); a
    # number only after a colon (an old account's QQ number, "微信号：12345678")
    # (whose account it is may follow the word: "微信客服：Ahsun_64203"; held-out 82, session 17)
    _WECHAT_NAME + r"(?!公众|公眾)(?:客服|小助手|助手|助理)?(?:\s?(?:号码|號碼|号|號|(?i:id)))?" + _ID_ASIDE + _ID_SECOND
    + r"(?:\s*(?:搜索|搜)?\s*" + _COLON + r"\s*(?P<num>[1-9]\d{4,10}" + _NDA + _NOT_QUANTITY + r")?"
    r"|\s*(?:是|为|為|搜索|搜)\s*(?=" + _SPACED_ID + r")|\s+(?=" + _SPACED_ID + r")"
    # or glued right after 号 / 號 ("微信號yu5968aojiao"; held-out 117, session 20, read after its one measurement)
    r"|(?<=[号號])(?=" + _SPACED_ID + r"))"
    # an id may hold a dot as pages print it ("pr5.845"), not at its end
    r"(?(num)|(?P<id>[A-Za-z][-_.A-Za-z0-9]{1,18}[-_A-Za-z0-9]|1[3-9]\d{9}))" + _NDA
)
_WECHAT_ADD = re.compile(r"加(?:我的?|个人|個人)?(?i:" + _context("wechat") + r"|微|v)(?:号|號)?\s*" + _COLON
                         + r"?\s*([A-Za-z][-_A-Za-z0-9]{5,19}|[1-9]\d{2,4}(?:[ \-]?\d{3,4}){1,2}" + _NOT_QUANTITY + r")" + _NDA)
# An account id after a messaging app and a colon ("LINE ID：abc123", "Telegram：@abc_123",
# "Skype：abc.def"): `im` in zh/data/pii_context.txt.  The id starts with "@" or holds a digit,
# "_", "." or "-" ("LINE：下載" and "Telegram：Android版" name no account) and a letter (a number
# after the app's name is a phone number: the app is a label, see `_CONTACT_LABEL`); session 11.
_IM = re.compile(
    _starts(_context("im")) + r"(?<![A-Za-z])(?i:" + _context("im") + r")(?![A-Za-z])(?:\s?[\u4e00-\u9fff]{1,4})?(?:\s*[(（])?(?:\s?(?:(?i:id)|帳號|账号|號|号))?(?:\s?[\u4e00-\u9fff]{1,4})?" + _ID_ASIDE
    + r"(?:\s*" + _COLON + r"\s*|\s+(?=@))(@?)(?:live:\.?)?([A-Za-z0-9][A-Za-z0-9_.\-]{2,31}(?<![.\-]))(?![A-Za-z0-9_\-@/])"
)
_IM_ID_OK = re.compile(r"[\d_.\-]")
# An id named by the channel in brackets after it ("加我好友：abc_2024（微信）"; round 8)
# (found by the bracket, which the regex engine skips to fast, then the id before it)
_CHANNEL_IN_BRACKETS = re.compile(r"[(（](?i:" + _context("wechat") + r"|qq|" + _context("im") + r")[)）]")
_ID_BEFORE = re.compile(r"(?<![\w.@])([A-Za-z][\w\-]{3,19})\s*$")
_LETTER = re.compile(r"[A-Za-z]")
#: a link to an account: "t.me/abc_123", "wa.me/85291234567", "line.me/ti/p/~abc123", also glued to
#: Han text ("電郵至wa.me/85232084811": held-out 31)
_IM_LINKS = ("t.me/", "telegram.me/", "wa.me/", "line.me/", "chat.whatsapp.com/", "m.me/", "fb.com/", "instagram.com/")
_IM_LINK = re.compile(r"(?<![A-Za-z0-9_.])(?:t|telegram|wa|line|chat\.whatsapp|m|fb|instagram)\.(?:me|com)/(?:(?:R/)?ti/p/)?[~@+]?([A-Za-z0-9][A-Za-z0-9_.\-]{2,31}(?<![.\-]))")
# A second number after a found one and a list separator or in brackets after it ("… 6851 2345（夜间 6851
# 2346）"), as "0755-88886666/88886667", "電話：2345 6789、
# 2345 6790", "QQ：12345678、87654321"): the label of the first is the label of the list.
_FOLLOW_ON = re.compile(
    r"(?:\s*[(（][^()（）\n]{1,16}[)）])?[ \t\u3000]*(?:[/／、;；|｜]|或者?|及|和|or|[(（][\u4e00-\u9fffA-Za-z]{0,6})[ \t\u3000]*((?:[(（]\d{2,4}[)）]\s?)?\d{2,4}(?:" + _SEP + r"?\d{2,4}){0,4})"
    + _NDA + _NOT_QUANTITY
)
_ID_NUMBER = re.compile(_ND + r"[1-8]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]" + _NDA)
_CARD = re.compile(_ND + r"(?:\d{4}[\s-]){3}\d{4}(?:[\s-]?\d{1,3})?" + _NDA + r"|" + _ND + r"\d{15,19}" + _NDA)
_IPV4 = re.compile(
    r"(?=[0-9])(?<![\d.A-Za-z])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.]\d|\d)"
)
# Words before a digit string that say it is a code, not a card or phone number: orders,
# invoices, tracking, model, batch and licence numbers.
# ("序號", "SN", "激活码": serial and licence codes, session 11's table)
_CODE_CONTEXT = re.compile(r"(?i:(?:" + _context("code") + r")(?:号码|號碼|号|號)?)\s*" + _COLON + r"?\s*$")
_VERSION_CONTEXT = re.compile(r"(?i:版本|固件|version|ver|v|android|ios|windows|linux|macos|harmonyos|build)\s*[:：]?\s*$")

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
#: Issuer prefixes of cards used in China: UnionPay 62/81, Visa 4, Mastercard 51-55 and
#: 2221-2720, Amex 34/37, JCB 35; other digit strings are more likely order numbers.
_CARD_PREFIX = re.compile(r"^(?:62|81|4|5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720|3[47]|35)")


def id_checksum_ok(number: str) -> bool:
    """GB 11643-1999 check digit of an 18-character resident ID number."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == number[17].upper()


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _group(m: re.Match, n: int = 1) -> tuple[int, int]:
    return (m.start(n), m.end(n)) if m.re.groups else (m.start(), m.end())


#: Every digit-based kind has a run of ≥ 5 digits or two 4-digit groups (phones, IDs,
#: cards, QQ), or a dotted quad (IPv4); only windows around those are searched.
# full-width digits too (see `_view`); or three short groups ("28 881 234", "2-881-881")
# (the first digit written once: the engine then skips to digits fast)
# or a mobile's eleven digits spaced one by one ("1 3 8 7 2 6 5 0 9 1 4", `_MOBILE`)
#: (full-width digits in groups of three too: "＋８８６ ９１２ 794 794"; held-out 151, session 24, bench/pii_cross.py)
_DIGIT_ANCHOR = re.compile(r"[0-9\uff10-\uff19](?:[0-9\uff10-\uff19]{3,}"
                           r"|[0-9\uff10-\uff19]{1,2}[ \u3000\-.‧][0-9\uff10-\uff19]{3}[ \u3000\-.‧][0-9\uff10-\uff19]{2,3}(?![0-9\uff10-\uff19])"
                           r"|(?: [0-9]){10}(?![0-9]))")
_DOT_ANCHOR = re.compile(r"\.[0-9]{1,3}\.[0-9]")  # starts with a literal: a fast scan
_PLUS_ANCHOR = re.compile(r"[+＋][0-9]")  # a country code (`_INTL_PHONE`)
_AREA_ANCHOR = re.compile(r"[(（]0[0-9]{1,3}[)）]")  # an area code in brackets (`_SHORT_LOCAL`)
_ANCHOR_MARGIN = 16  # context words (QQ号码:) and prefixes (+86, (010)) fit in this
#: where `_WECHAT` / `_WECHAT_ADD` / `_IM` may match, found by one scan that skips to its first characters
_ID_HINT = re.compile(_starts(_context("wechat"), _context("im"), "加") + r"(?<![A-Za-z])(?i:" + _WECHAT_WORDS + r"|加[微v]|(?:"
                      + _context("im") + r")(?=[^\n]{0,12}?[:：︰@]))")  # (an app's id follows a colon or is an @handle)
_WORDCHAR = re.compile(r"[0-9A-Za-z]")


_GROUP_AFTER = re.compile(r"[ \t\u3000\-.—–‧_~～/]{1,3}[0-9]{3}")  # ("/": "137/6131/6131", `_MOBILE`)
_GROUP_BEFORE = re.compile(r"[0-9]{3}" + _SEP + r"$")
_TOLL_FREE_BEFORE = re.compile(r"[38]00[\- ][0-9]{2}[\- ]$")  # "1-300-88-8888" (`_TOLL_FREE_1X00`)


def _may_be_pii_digits(text: str, start: int, end: int) -> bool:
    """A 4-digit run (a year, mostly) matters only as one group of a grouped number
    ("138 1234 5678", "400 810 5555", "6222 0202 ...")."""
    if end - start >= 5:
        return True
    return bool(_GROUP_AFTER.match(text, end)) or (start >= 4 and bool(_GROUP_BEFORE.search(text, max(0, start - 6), start))) \
        or (start >= 7 and bool(_TOLL_FREE_BEFORE.search(text, start - 7, start)))


def _windows(text: str, anchors: list[tuple[int, int]], before: int, after: int) -> list[tuple[int, int]]:
    """Merged [start, end) windows around anchors.  A window never ends right after a
    digit or ASCII letter, so a lookahead at its end sees what the full text would."""
    windows: list[list[int]] = []
    n = len(text)
    for a, b in anchors:
        start = max(0, a - before)
        end = min(n, b + after)
        while end < n and _WORDCHAR.match(text, end - 1):
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [(a, b) for a, b in windows]


def _at_signs(text: str) -> list[tuple[int, int]]:
    out, i = [], text.find("@")
    while i >= 0:
        out.append((i, i + 1))
        i = text.find("@", i + 1)
    i = text.find("＠")
    while i >= 0:
        out.append((i, i + 1))
        i = text.find("＠", i + 1)
    return sorted(out)


def _digit_windows(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Windows around digit anchors (`runs` of 4+ digits) where the digit-based patterns can match."""
    anchors = [(a, b) for a, b in runs if _may_be_pii_digits(text, a, b)]
    if "." in text:
        anchors += [(m.start(), m.end()) for m in _DOT_ANCHOR.finditer(text)]
    if "+" in text or "＋" in text:  # "+886-912-345-678": groups of three, no 4-digit run
        anchors += [(m.start(), m.end()) for m in _PLUS_ANCHOR.finditer(text)]
    if "(0" in text or "（0" in text:  # "(037)12-3456": a six-digit local number
        anchors += [(m.start(), m.end()) for m in _AREA_ANCHOR.finditer(text)]
    anchors.sort()
    return _windows(text, anchors, _ANCHOR_MARGIN, _ANCHOR_MARGIN)


#: Han words set apart before a label (see `_directory_at`), searched up to the label
_APART_RE = re.compile(r"[\u4e00-\u9fff]\s+$")
#: ... unless the words name an office, a branch or a desk: "消委會 查詢：2929 2222", "旺角店 聯絡：…", "急診 24小時：…"; the
#: `office` words of pii_context.txt and a few more ends of a body's name (a place is "地处", no office; the session's review)
_ORG_END_RE = re.compile(r"(?<![地所身])(?:" + _context("office") + r"|[署馆館台室组組团團厅廳司园園场場行]|大学|大學|门诊|門診|急诊|急診"
                         r"|诊所|診所)\s+$")
#: a label that names a line rather than asks to get in touch ("熱線：", "客服電話：", "查詢電話：")
_LINE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:电话|電話|热线|熱線|专线|專線|传真|傳真|总机|總機|座机|座機|手机|手機|客服)")
#: what may stand before the label of a directory line: a few words, no sentence
_DIRECTORY_SIDE = 10
_SENTENCE_PUNCT_RE = re.compile(r"[，。！？；,!?;]")
#: one function character set apart at the line's start is a clause's tail, not a directory's heading ("為 訂票熱線：6664 5598",
#: the end of the sentence before it; held-out 303, session 31, read after its one measurement)
_FUNCTION_CHAR_RE = re.compile(r"[为為是在的了和与與及或并並而则則即乃系係将將把被向於于从從由](?:\s|$)")
#: a label in brackets after other text is an aside of that text ("老人票原價：15元【聯繫方式：2164 5403】": square
#: and lenticular brackets too; held-out 47, session 14, read after its one measurement)
_ASIDE_RE = re.compile(r"[(（【\[［〔]")
#: a request in front of the label or inside it hands the number out, whatever the line's length: "詳情請電郵至
#: 2754-9382", "欢迎来电 6688 1234" (held-out 22's three leaks, glued to short fragments of a wiki
#: page, issue 14 round 9; read after its one measurement), an offer ("如需訂花可聯繫…", "报名材料请发送至…";
#: session 14, bench/pii_cross.py)
#: (or a "can" right before a call word: "有需要的家屬可聯絡 2715 7052。"; held-out 212, session 28, read after its one
#: measurement; whole call words, so "全場可打包 外賣熱線：…", "會員可打九折 電話：…" stay listed lines: the session's review)
# (and in Malay or English: "Sila hubungi 6945-4876 untuk maklumat lanjut."; held-out 317, session 32, read after its one
# measurement)
_REQUEST_RE = re.compile(r"[请請]|欢迎|歡迎|如需|如有|若需|若有|(?<![A-Za-z])(?i:sila|please)(?![A-Za-z])"
                         r"|可(?:以)?(?:联系|聯繫|聯系|联络|聯絡|連絡|連繫|致电|致電|拨打|撥打|打(?:电话|電話|给|給)|洽询|洽詢|咨询|諮詢|咨詢"
                         r"|电邮|電郵)")
#: "can enquire at" right before the number ("詳情可查詢 2544 0542。"; held-out 358, session 33, read after its one measurement),
#: not a line's name ("24小時可查詢熱線：…") nor "不可查詢" (the session's review)
_ENQUIRE_RE = re.compile(r"(?<!不)可(?:以)?查[询詢]\s*[:：︰]?\s*[+\d(（][\d\s\-()（）]{6,16}$")
#: words right after the number: the clause goes on ("相關線索可通過2790 4349反映"; held-out 47, session 14)
# (after an extension too: "詳情可電郵至3510 3339 ext. 510查詢。"; held-out 334, session 32, read after its one measurement)
_CLAUSE_GOES_ON_RE = re.compile(r"(?:" + _EXT_AFTER + r")?(?:[ \u3000]?[\u4e00-\u9fff]| (?:untuk|for|to)\b)")


#: a contact person or a person's title (see `_directory_entry`)
_PERSON_RE = re.compile(r"联系人|聯繫人|聯系人|联络人|聯絡人|" + _context("person")
                        + r"|(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:" + _context("short") + r")(?![\u4e00-\u9fff])")


#: a messaging app's label (`mobile_app` and `wechat` in pii_context.txt): the number behind it is a mobile's, somebody's
_MESSENGER_LABEL = re.compile(r"(?i:" + _context("mobile_app") + "|" + _context("wechat") + ")")


def _directory_entry(text: str, m: re.Match) -> bool:
    """The label opens its line after at most a few words ("游客咨询电话：58792888",
    "客服热线：…，工作日9:00-17:30"): an entry of a directory (a venue's hotlines listed in
    an article, a contact block), not a number a sentence hands out ("…，报名热线:…"), nor a
    person's ("聯絡人：黃先生 電話：6123 4567", "陳小姐 電話：…": a person or title before the number),
    nor a messaging app's (_MESSENGER_LABEL)."""
    if m.re.groups and _MESSENGER_LABEL.search(text, m.start(), m.start(1)):
        return False
    return _directory_at(text, m.start(), m.end(1) if m.re.groups else m.end())


def _aside(before: str) -> bool:
    """The label stands after a bracket: an aside of the text before it, unless the one bracket is a
    round one that opens the line ("（聯絡電話：…）" is the line's own; "(2017)【投稿郵箱：2520 9683】" is an aside
    of a film's year; held-out 115, session 20, read after its one measurement)."""
    brackets = [m.start() for m in _ASIDE_RE.finditer(before)]
    return bool(brackets) and not (brackets == [0] and before[:1] in "(（")


def _directory_at(text: str, label_start: int, number_end: int) -> bool:
    line_start = text.rfind("\n", 0, label_start) + 1
    before = text[line_start:label_start].strip()
    # (nor a clause's tail: "、 聯繫：9861 6997"; held-out 129, session 21, read after its one measurement)
    # (nor words set apart before a label that asks to get in touch rather than names a line: "郝平 查詢：8922 7323",
    # "雄安新区地处 聯絡：6333-2306" are whose the number is or a sentence's; "有需要人士 熱線：…" names its line;
    # held-out 235/244, sessions 29/30, read after their one measurement)
    return (len(before) <= _DIRECTORY_SIDE and not _SENTENCE_PUNCT_RE.search(before) and not before.startswith("、")
            and not _FUNCTION_CHAR_RE.match(before)
            and not (_APART_RE.search(text, line_start, label_start) and not _LINE_NAME_RE.match(text, label_start)
                     and not _ORG_END_RE.search(text, line_start, label_start))
            and not _CLAUSE_GOES_ON_RE.match(text, number_end)
            and not _aside(before)
            and not _REQUEST_RE.search(text, line_start, number_end)
            and not _ENQUIRE_RE.search(text, line_start, number_end)
            and not _PERSON_RE.search(text, line_start, number_end))


def _listed_hotline(text: str, m: re.Match) -> bool:
    """A 400 / 800 number that a line lists under its label and nothing else ("游客咨询电话：4006688022"):
    a company's or a venue's hotline in a directory entry, which names nobody (the base pages of
    every held-out set carry such lines as content, held-out 1 and 3-45: 94 of their content lines
    were lost to this mask; session 14)."""
    line_end = text.find("\n", m.end())
    if text[m.end():len(text) if line_end < 0 else line_end].strip():
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    entry = _LISTED_ENTRY.fullmatch(text, line_start, m.start())
    label = _LABELLED_PHONE.search(text, line_start, m.end())
    return (entry is not None and label is not None and label.start(1) == m.start()
            and _directory_entry(text, label))


#: a directory entry's head: a few words and a colon, no request or verb ("如需订花可联系…", "可發送簡歷至…"
#: hand the number out in a sentence)
_LISTED_ENTRY = re.compile(r"\s*[^\s，。,;；可需请請欢歡至到发發送]{1,14}\s*[:：︰∶﹕]\s*")


@lru_cache(maxsize=2)
def _prize_page(text: str) -> bool:
    """A 4D results page (read once per text, however many numbers on it have the bare shape)."""
    return bool(_PRIZE_WORDS.search(text))


def _bare_local(text: str, m: re.Match, directory_lines: bool) -> bool:
    """A grouped number of `_BARE_LOCAL`'s shape that nothing beside it makes a part of a code, a sum, a range, a
    count, a price, a lottery's result or a directory's listed line; with an extension after it, it is a phone number
    whatever stands beside it."""
    number = m.group(1)
    if not _BARE_LOCAL.fullmatch(number):
        return False
    if not _EXTENSION_AFTER.match(text, m.end(1)):
        if _ROUND_PAIR.fullmatch(number) or _CLOCK_PAIR.fullmatch(number):
            return False
        before = text[max(0, m.start(1) - 6):m.start(1)]
        if _BARE_BEFORE.search(before) or _COUNT_BEFORE.search(before) or _BARE_AFTER.match(text, m.end(1)):
            return False
        if (0 < int(number[5:]) - int(number[:4]) <= _RANGE_SPAN
                or _BARE_CODE.search(text, max(0, m.start(1) - 16), m.start(1))):
            return False
        if _prize_page(text):
            return False
    if not directory_lines:
        line_start = text.rfind("\n", 0, m.start(1)) + 1
        for rx in (_LABELLED_PHONE, _WEAK_LABELLED_PHONE):
            label = rx.search(text, line_start, m.end(1))
            if label is not None and label.start(1) == m.start(1) and _directory_entry(text, label):
                return False
    return True


def _raised_local(text: str, m: re.Match) -> bool:
    """A local number's shape, no price or digit group before it, followed by to whom a matter is raised or where one
    signs up (`_RAISE_AFTER`): weaker than a call word, so the shape must be a phone's."""
    return bool(_RAISE_AFTER.match(text, m.end()) and _LOCAL_EIGHT.fullmatch(m.group(1))
                and not _BARE_BEFORE.search(text, max(0, m.start(1) - 6), m.start(1)))


def _after_code_word(text: str, m: re.Match) -> bool:
    """An order, serial, model or tracking word just before the number makes it a code."""
    return bool(_CODE_CONTEXT.search(text, max(0, m.start() - 12), m.start()))


def _spaced_at_ok(text: str, m: re.Match) -> bool:
    """"kefu at 163.com" is an address where a Chinese sentence or a label hands it out
    ("请联系 kefu at 163.com", "Email: kefu at 163.com"), not in English prose ("look at
    example.com"): with the word at, the local part must follow a Han character, full-width
    punctuation or a colon, unless the dots are written otherwise too ("Tel kefu at gmail dot com":
    prose never spells a site so) or the word is in capitals (held-out 37's one leak, session 12)."""
    at = m.group("at").strip()
    if at not in ("at", "AT") or at == "AT":  # (prose does not shout: "WhatsApp kefu AT gmail.com")
        return True
    # (or after an English request to write: "For enquiries, please contact sales7 at qq.com."; or a name with
    # a digit, a dot or an underscore at a big mail host, which no word of prose is: "meiling.tan91 at
    # yahoo.com.tw"; held-out 141, session 22, read after its one measurement)
    return (bool(_SPACED_AT_BEFORE.search(text, max(0, m.start() - 8), m.start()))
            or bool(_SPELLED_DOT.search(text, m.end("at"), m.end()))
            or bool(_MAIL_CUE_BEFORE.search(text, max(0, m.start() - 16), m.start()))
            or (bool(_BIG_MAIL_HOST.match(text, m.end("at")))
                and ((bool(_NAME_MARKS.search(text, m.start(), m.start("at")))
                      and not _PLAN_WORD.fullmatch(text, m.start(), m.start("at")))
                     or (bool(_CALL_CUE_BEFORE.search(text, max(0, m.start() - 16), m.start()))
                         and not _PRONOUN.match(text, m.start())))))


_SPELLED_DOT = re.compile(r"(?i:dot)|[点點]|[(（\[【{]\s?[.．。]")
_MAIL_CUE_BEFORE = re.compile(r"(?i:contact|e-?mail|write to|reach (?:us|me))\s*:?\s*$")
#: a call or a messaging app (`mobile_app` in pii_context.txt) names a way to reach someone, before a big mail host: "For
#: enquiries, call info at yahoo.com.hk", "可以WhatsApp support at foxmail.com" (held-out 202/207, session 27, read after
#: their one measurement); "Download the Signal app at signal.org", "call center at example.com" are no address
#: (in Malay too: "Hubungi kami di register at foxmail.com"; held-out 223, session 28, read after its one measurement)
_CALL_CUE_BEFORE = re.compile(r"(?<![A-Za-z])(?i:" + _context("call") + "|" + _context("mobile_app") + r")\s*:?\s*$")
_NAME_MARKS = re.compile(r"[\d._]")
#: a plan, a price or a model before "at <host>", not an address's name ("Sign up for 4Mbps at streamyx.com", "Pay RM120.50
#: at …", "Enjoy 5G at …"; the session's review); a QQ number's digits stay a name ("12345678 at qq.com")
_PLAN_WORD = re.compile(r"\s?(?:(?:RM|S?\$)\d[\d.,]*|\d[\d.,]*[A-Za-z]{1,4}|\d{1,4}(?:[.,]\d+)*|[A-Za-z]\d)\s?")
#: whom a call is to, not an address's name ("Call us at prepaid.sg6(at)hotmail.com")
_PRONOUN = re.compile(r"(?i:us|me|him|her|them|you)\s")
_BIG_MAIL_HOST = re.compile(r"\s?" + _MAIL_HOST_NAMES + r"[.．]")


_LINK_DOMAIN = re.compile(r"\s?(?i:www)[.．]")


def _odd_at_ok(text: str, m: re.Match) -> bool:
    """An address with "@" written otherwise has a mail domain (no "www.", no path after it)
    and a local part with a letter in it or a QQ number's digits ("2024 ◆ abc.com" is a year
    and a site)."""
    local = text[m.start():m.start("at")].strip()
    return (not _LINK_DOMAIN.match(text, m.end("at")) and not text.startswith("/", m.end())
            and (not local.isdigit() or len(local) >= 5))


#: a dialling verb right before a number (`dial` in pii_context.txt)
_DIAL_BEFORE = re.compile(r"(?<![A-Za-z])(?i:" + _context("dial") + r")\s*" + _COLON + r"?\s*$")


def _dialled(text: str, start: int, number: str) -> bool:
    """The number at `start` is what a verb right before it dials: a phone even when shaped like a date
    (not when shaped like opening hours: "請於辦公時間撥打 0900-1800")."""
    return bool(_DIAL_BEFORE.search(text, max(0, start - 8), start)) and not _opening_hours(number)


def _digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


def _digit_pii(text: str, pos: int, endpos: int, directory_lines: bool = True,
               signs: frozenset[int] = frozenset()) -> Iterator[tuple[int, int, str]]:
    for m in _ID_NUMBER.finditer(text, pos, endpos):
        if id_checksum_ok(m.group()):
            yield m.start(), m.end(), "id_number"
    for m in _CARD.finditer(text, pos, endpos):
        digits = re.sub(r"[\s-]", "", m.group())
        if 15 <= len(digits) <= 19 and _CARD_PREFIX.match(digits) and luhn_ok(digits) and not _after_code_word(text, m):
            yield m.start(), m.end(), "bank_card"
    for m in _MOBILE.finditer(text, pos, endpos):
        if not (m.group("split") and (_dated(m.group()) or _after_code_word(text, m))):
            yield m.start(), m.end(), "phone"
    for m in _DASHED_PHONE.finditer(text, pos, endpos):
        if 10 <= _digits(m.group()) <= 12 and not _YEARS.fullmatch(m.group()) and not _after_code_word(text, m):
            yield m.start(), m.end(), "phone"
    for m in _BARE_CC_PHONE.finditer(text, pos, endpos):
        if 7 <= _digits(text[m.end("cc") if m.group("cc") else m.end("bare"):m.end()]) <= 10 and not _after_code_word(text, m):
            yield m.start(), m.end(), "phone"
    for m in _INTL_PHONE.finditer(text, pos, endpos):
        if 7 <= _digits(text[m.end("code") if m.group("code") else m.end("bracketed"):m.end()]) <= 12:
            yield m.start(), m.end(), "phone"
    for rx in (_TW_MOBILE, _LANDLINE, _TW_FOUR_THREE, _SHORT_LOCAL, _HOTLINE, _TW_TOLL_FREE, _TOLL_FREE_1X00, _NANP, _SERVICE_LINE):
        for m in rx.finditer(text, pos, endpos):
            if not _after_code_word(text, m) and not _opening_hours(m.group()):
                if rx in _BUSINESS_LINES and not directory_lines and _listed_hotline(text, m):
                    continue
                yield m.start(), m.end(), "phone"
    for m in chain(_LABELLED_PHONE.finditer(text, pos, endpos), _WEAK_LABELLED_PHONE.finditer(text, pos, endpos)):
        if (7 <= _digits(m.group(1)) <= 12 and not (_dated(m.group(1)) and not _dialled(text, m.start(1), m.group(1)))
                and not _SMS_PORT.match(m.group(1))
                and not _CODE_CONTEXT.search(text, max(0, m.start(1) - 16), m.start(1))
                and (directory_lines or not _directory_entry(text, m))):
            yield m.start(1), m.end(1), "phone"
    for m in _GROUPED_NUMBER.finditer(text, pos, endpos):
        number = m.group(1)
        if not 7 <= _digits(number) <= 12 or _dated(number) or _after_code_word(text, m):
            continue
        if ((m.group("grouped") or _VIA_BEFORE.search(text, max(0, m.start(1) - 3), m.start(1)))
                and (_CUE_AFTER.match(text, m.end()) or _raised_local(text, m))):
            yield m.start(1), m.end(1), "phone"
        else:
            cue = _NEAR_CUE.search(text, max(0, m.start() - 16), m.start())
            if (cue and not _COUNT_WORD.search(text, cue.end(1), m.start())
                    and (directory_lines or not _directory_at(text, cue.start(), m.end(1)))):
                yield m.start(1), m.end(1), "phone"
            elif m.start(1) + 4 not in signs and _bare_local(text, m, directory_lines):  # (not "2560*1440")
                yield m.start(1), m.end(1), "phone"
    for m in _TITLED_PHONE.finditer(text, pos, endpos):
        number = m.group(1)
        if 7 <= _digits(number) <= 12 and not _dated(number):
            yield m.start(1), m.end(1), "phone"
    for m in (_LABELLED_SERVICE.finditer(text, pos, endpos) if _SERVICE_ANCHOR.search(text, pos, endpos) else ()):
        if directory_lines or not _directory_entry(text, m):
            yield m.start(1), m.end(1), "phone"
    for m in _QQ.finditer(text, pos, endpos):
        if 5 <= _digits(m.group(1)) <= 11:
            yield m.start(1), m.end(1), "qq"
    for m in _IPV4.finditer(text, pos, endpos):
        if not _VERSION_CONTEXT.search(text, max(0, m.start() - 10), m.start()):
            yield m.start(), m.end(), "ip"


#: Full-width digits, letters and number punctuation to ASCII, one code point for one, so
#: a page that skipped `normalize.width` ("１３８１２３４５６７８") is searched on an ASCII view
#: whose offsets are the text's.
_FULLWIDTH_VIEW = str.maketrans({cp: cp - 0xFEE0 for cp in (
    *range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF0B, 0xFF0D, 0xFF0E)}
    | {0x3000: 0x20})  # an ideographic space between full-width digit groups is a space


#: a page that says which sign stands for "@" ("（請將◎改為@）", "（把★换成@）"): that sign is "@" on the
#: page (held-out 27's 23 leaks, issue 14 round 10, read after its one measurement); 請 may stand
#: before the verb ("（★請換成@）": held-out 29, round 11)
_AT_NOTE_VERBS = ("改为", "改為", "改成", "换成", "換成", "替换", "替換")
_AT_NOTE = re.compile(r"(?:(?:将|將|把)\s*|(?<=[(（\s，,；;]))[“「\"']?(\S)[”」\"']?\s*(?:请|請)?(?:改为|改為|改成|换成|換成|替换为|替換為|替换成|替換成)\s*[@＠]")


_FULLWIDTH_AT = re.compile(r"[０-ｚ]＠|＠[０-ｚ]")  # an address in full-width letters ("ｋｅｆｕ＠ｑｑ．ｃｏｍ")


#: a number written in the capital numerals of cheques and contracts, wholly or partly, to dodge
#: filters ("壹叁捌12971297": held-out 30's 11 leaks, round 12, read after its one measurement); an
#: amount in capitals has its units (佰, 仟, 萬, 元) between the numerals, so a run of seven or more
#: without them is a number, and is read in digits (the same length: spans stay where they are)
_CAPITALS = "壹贰貳叁參叄肆伍陆陸柒捌玖"
_CAPITAL_RUN = re.compile(r"[" + _CAPITALS + r"零〇0-9]{7,}")
_CAPITAL_DIGITS = str.maketrans("壹贰貳叁參叄肆伍陆陸柒捌玖零〇", "122333456678900")


def _capitals_as_digits(m: re.Match) -> str:
    run = m.group()
    return run.translate(_CAPITAL_DIGITS) if any(c in _CAPITALS for c in run) else run


#: A sign between digit groups ("138★1234★5678", "2345◆6789", "182*0123*4567") is a separator put there to dodge
#: filters: the view reads it as "-" (session 12).  Digits in circles ("①③⑧…", "❶❸❽…") are
#: digits where three or more stand together (one alone numbers a list item).
_DIGIT_SIGN = r"[*＊\u25a0-\u27bf\u2b00-\u2bff\U0001F300-\U0001FAFF]"
_DIGIT_SIGN_RE = re.compile(_DIGIT_SIGN)
_DIGIT_AFTER = re.compile(r" ?[0-9０-９]")
_DIGIT_THEN = re.compile(r"[0-9０-９] ?$")
_CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨➀➁➂➃➄➅➆➇➈❶❷❸❹❺❻❼❽❾➊➋➌➍➎➏➐➑➒"
_CIRCLED_DIGITS = str.maketrans(_CIRCLED, "0123456789" + "123456789" * 3)
_CIRCLED_RUN = re.compile(r"[" + _CIRCLED + r"](?:[ \-]?[" + _CIRCLED + r"]){2,}")
_SIGN_RE = re.compile(_SIGN)  # one scan finds the signs for all three uses (a dodged "@", a separator, a circled digit)


def _signs_as_dashes(text: str, signs: list[int]) -> str:
    # (not the sign of an address: "kefu2380★126.com")
    dashes = [i for i in signs if _DIGIT_AFTER.match(text, i + 1) and _DIGIT_THEN.search(text, max(0, i - 2), i)
              and _DIGIT_SIGN_RE.match(text, i) and not _DODGE_DOMAIN.match(text, i + 1)]
    for i in dashes:
        text = text[:i] + "-" + text[i + 1:]
    return text


#: A capital or small letter O written for a zero at the head of a number ("可聯繫 O4 9389 9389", held-out
#: 41, session 13): not after a letter ("CO2") and only before digits that go on as a number
#: Also the two zeros of a 400 / 800 hotline ("报名电话4OO-037-3792"; held-out 96, session 18, read after its
#: one measurement), before the rest of its number.
_LETTER_ZERO = re.compile(r"(?<![A-Za-z])[Oo](?=[0-9]{1,4}[ \-]?[0-9]{3})"
                          r"|(?<![A-Za-z0-9][48])(?<=[48])[Oo]{2}(?=[ \-]?[0-9]{3}[ \-]?[0-9]{4})")
#: (its cheap gate: a scan that starts with a character class is 7x faster than one with a lookbehind
#: first, and most texts have an "o" but no "o" before a digit)
_LETTER_ZERO_HINT = re.compile(r"[Oo][0-9]|[48][Oo][Oo]")


def _view(text: str) -> tuple[str, list[tuple[int, int]], list[int]]:
    """The text the patterns run on (ASCII view when full-width digits occur; a sign the page
    says stands for "@" read as "@"), its digit runs and where its signs stand (`_SIGN`)."""
    if ("@" in text or "＠" in text) and any(v in text for v in _AT_NOTE_VERBS):
        # (the sign may be a Han character, "圈换成@", not a bracket of "(at)替换为@")
        signs = {m.group(1) for m in _AT_NOTE.finditer(text)} - set("@＠#＃()（）[]【】{}\"'“”「」")
        if signs:
            text = text.translate({ord(c): "@" for c in signs if not (c.isascii() and c.isalnum())})
    if any(c in text for c in "壹贰貳叁參叄"):
        text = _CAPITAL_RUN.sub(_capitals_as_digits, text)
    if any(c in text for c in _HAN_GATE):
        text = _HAN_NUMBER.sub(_han_as_digits, text)
    if _LETTER_ZERO_HINT.search(text):
        text = _LETTER_ZERO.sub(lambda m: "0" * len(m.group()), text)
    signs = [m.start() for m in _SIGN_RE.finditer(text)]
    if signs:
        text = _signs_as_dashes(text, signs)
        if any(text[i] in _CIRCLED for i in signs):
            text = _CIRCLED_RUN.sub(lambda m: m.group().translate(_CIRCLED_DIGITS), text)
    runs = [m.span() for m in _DIGIT_ANCHOR.finditer(text)]
    # a run that starts with a full-width digit, or full-width dashes or dots between ASCII ones ("021－6759－4333",
    # "0930．866．866": held-out 48, session 14, read after its one measurement)
    if any(text[a] > "9" for a, _ in runs) or "－" in text or "．" in text or ("＠" in text and _FULLWIDTH_AT.search(text)):
        text = text.translate(_FULLWIDTH_VIEW)
    return text, runs, signs


def _dodged_mails(text: str, pos: int, end: int) -> Iterator[tuple[int, int, str]]:
    """Addresses with "@" written otherwise between pos and end. A match turned down does not
    swallow the text after it: "Call us at prepaid.sg6(at)hotmail.com" first reads "us at prepaid.sg",
    which is prose, and the address starts inside it (held-out 153, session 24, read after its one
    measurement)."""
    while (m := _EMAIL_DODGE.search(text, pos, end)) is not None:
        if _spaced_at_ok(text, m) and _odd_at_ok(text, m) and _mail_ok(text, m.start(), m.end()):
            yield m.start(), m.end(), "email"
            pos = m.end()
        else:
            pos = m.start() + 1


def iter_pii(text: str, directory_lines: bool = True) -> Iterator[tuple[int, int, str]]:
    """Every PII match as (start, end, kind); matches may overlap (see `find_pii`).

    Cheap `in` tests and digit anchors decide where the patterns run at all, so clean
    text costs a few fast scans instead of a dozen regex passes.
    """
    return _iter_view(*_view(text), directory_lines)


def _iter_view(text: str, runs: list[tuple[int, int]], signs: list[int],
               directory_lines: bool = True) -> Iterator[tuple[int, int, str]]:
    ats = _at_signs(text) if "@" in text or "＠" in text else []
    if ats:
        # a local part is at most 64 characters, a domain at most 255
        for start, end in _windows(text, ats, 66, 256):
            for m in _EMAIL.finditer(text, start, end):
                if _mail_ok(text, m.start(), m.end()):
                    yield m.start(), m.end(), "email"
            for m in _EMAIL_SPACED_DOT.finditer(text, start, end):
                if _mail_ok(text, m.start(), m.end()):
                    yield m.start(), m.end(), "email"
    # "@" or a dot written otherwise ("kefu(a)163.com", "kefu@163 dot com"), where a mail domain follows
    for rx in _AT_SCAN:
        ats += [m.span() for m in rx.finditer(text)]
    ats += [(i, i + 1) for i in signs if text[i] != "-"]  # a sign left as it was: perhaps an "@"
    for at_start, at_end in ats:
        domain = _DODGE_DOMAIN.match(text, at_end)
        if domain:
            yield from _dodged_mails(text, max(0, at_start - 66), domain.end())
    for m in _labelled_mails(text):
        if _mail_ok(text, m.start("local"), m.end()):
            yield m.start("local"), m.end(), "email"
    hint = _ID_HINT.search(text)
    if hint:
        start = max(0, hint.start() - 4)  # "加我微信…" starts before its hint
        for m in _WECHAT.finditer(text, start):
            g = "num" if m.group("num") else "id"
            yield m.start(g), m.end(g), "wechat"
        for m in _WECHAT_ADD.finditer(text, start):
            yield m.start(1), m.end(1), "wechat"
        for m in _IM.finditer(text, start):
            if m.group(1) or (_IM_ID_OK.search(m.group(2)) and _LETTER.search(m.group(2))):
                yield m.start(2), m.end(2), "im"
        for c in _CHANNEL_IN_BRACKETS.finditer(text, max(0, hint.start() - 1)):
            m = _ID_BEFORE.search(text, max(0, c.start() - 24), c.start())
            if m and _IM_ID_OK.search(m.group(1)):
                yield m.start(1), m.end(1), "im"
    if any(h in text for h in _IM_LINKS):
        for m in _IM_LINK.finditer(text):
            yield m.start(1), m.end(1), "im"
    sign_at = frozenset(signs)
    for start, end in _digit_windows(text, runs):
        found = list(_digit_pii(text, start, end, directory_lines, sign_at))
        yield from found
        for _, end_, kind in found:
            # a list of numbers after one label: each next number is of the same kind
            while kind in ("phone", "qq"):
                m = _FOLLOW_ON.match(text, end_)
                if (not m or not (7 if kind == "phone" else 5) <= _digits(m.group(1)) <= (12 if kind == "phone" else 11)
                        or _dated(m.group(1))):
                    break
                yield m.start(1), m.end(1), kind
                end_ = m.end(1)


# Parts of a phone number that identify nobody: a country code, a city's area code, a mobile
# carrier prefix (the first three digits, shared by ~100 million numbers).  Not a mail domain:
# a personal or small company's domain names its owner, and an obfuscated one left junk in the
# text ("<EMAIL> 小老鼠 allday-cvs 點 com 點 tw", "<EMAIL>（at）gmail.com"; issue 14 round 11).
_COUNTRY = r"(?:(?:\+|00)86[\s-]?|\(\+?86\)\s?|（\+?86）\s?)"
_PHONE_PREFIX_RE = re.compile(
    _COUNTRY + r"(?:\(0\)\s?)?[1-9]\d{1,2}[\s-](?=\d{3})"  # +86-10-, +86 139
    r"|(?:" + _COUNTRY + r"|86[\s-]?)?"
    r"(?:\(0\d{2,3}\)\s?|（0\d{2,3}）\s?|0\d{2,3}[ \t\-.]"
    r"|1[3-9]\d[ \t\-.]?(?=\d{4}[ \t\-.]?\d{4}(?!\d))|[48]00[ \t\-.]?(?=(?:[ \t\-.]?\d){7}(?!\d)))"
)


def identifying_part(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """The part of a match to mask when non-identifying prefixes and domains are kept:
    `+86 138<PHONE>`, `010-<PHONE>`.  Other kinds (e-mail addresses too) are masked whole."""
    if kind == "phone":
        m = _PHONE_PREFIX_RE.match(text, start, end)
        if m and m.end() < end:
            return m.end(), end
    return start, end


def find_pii(text: str, *, keep_prefixes: bool = False, directory_lines: bool = True) -> list[tuple[int, int, str]]:
    """Non-overlapping PII matches, sorted; where matches overlap the longest wins.

    With `keep_prefixes`, each match is narrowed to its identifying part (see
    `identifying_part`).  With `directory_lines` False, a number known only by its contact
    label is left alone on a line that is nothing but that label and number (see
    `_directory_entry`)."""
    text, runs, signs = _view(text)
    found = sorted(_iter_view(text, runs, signs, directory_lines), key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str]] = []
    for start, end, kind in found:
        if out and start < out[-1][1]:
            if end > out[-1][1] and end - start > out[-1][1] - out[-1][0]:
                out[-1] = (out[-1][0], end, out[-1][2])
            continue
        out.append((start, end, kind))
    if keep_prefixes:
        out = [(*identifying_part(text, s, e, k), k) for s, e, k in out]
    return out


def mask_pii(text: str, *, keep_prefixes: bool = False, directory_lines: bool = True) -> str:
    """`text` with every PII match replaced by its typed placeholder."""
    pieces, pos = [], 0
    for start, end, kind in find_pii(text, keep_prefixes=keep_prefixes, directory_lines=directory_lines):
        pieces.append(text[pos:start])
        pieces.append(PLACEHOLDERS[kind])
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
