"""PII finders (zh/pii.py) and the pii.mask step: positives, and things that must stay."""
from __future__ import annotations

import pytest

from jinglian.document import Document, remove_spans
from jinglian.steps.pii import MaskPII
from jinglian.zh.pii import find_pii, id_checksum_ok, luhn_ok, mask_pii

# Public test numbers: GB 11643 example ID numbers, card-network test cards.
VALID_IDS = ["11010519491231002X", "440524188001010014"]
VALID_CARDS = ["4111111111111111", "5555555555554444", "6200000000000005"]


def test_checksums():
    assert all(id_checksum_ok(x) for x in VALID_IDS)
    assert not id_checksum_ok("110105194912310021")  # last digit wrong
    assert all(luhn_ok(x) for x in VALID_CARDS)
    assert not luhn_ok("4111111111111112")


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # mobile numbers glued to Chinese text and punctuation, with and without +86
        ("详情可咨询13812345678。", "详情可咨询<PHONE>。"),
        ("(聯繫電話:+86 15414724047)", "(聯繫電話:<PHONE>)"),
        ("联系人电话：+86-19912345678）", "联系人电话：<PHONE>）"),
        ("电话号码是 138 1234 5678，2024年到期", "电话号码是 <PHONE>，2024年到期"),
        # landlines with area code
        ("(联系电话:010-12345678)", "(联系电话:<PHONE>)"),
        ("电话(0755)87654321转", "电话<PHONE>转"),
        ("报名电话0912-41768228。", "报名电话<PHONE>。"),
        # every grouping of mobile and landline numbers pages print
        ("手机：186.1234.5678", "手机：<PHONE>"),
        ("（+86）158-1234-5678", "<PHONE>"),
        ("致电0086 139 1234 5678", "致电<PHONE>"),
        ("总机021-6123-4567，", "总机<PHONE>，"),
        ("传真（0755）8765 4321", "传真<PHONE>"),
        ("电话：0571 88886666", "电话：<PHONE>"),
        ("电话：0571-88886666转123", "电话：<PHONE>"),
        ("Tel: 010-12345678 ext. 88", "Tel: <PHONE>"),
        ("+86-10-12345678（总机）", "<PHONE>（总机）"),
        ("Tel:+86 21 6123 4567", "Tel:<PHONE>"),
        # 400 / 800 business hotlines, however grouped
        ("客服热线400-810-5555", "客服热线<PHONE>"),
        ("全国统一服务热线 400 123 4567", "全国统一服务热线 <PHONE>"),
        ("（咨询热线：4001234567）", "（咨询热线：<PHONE>）"),
        ("免费电话800-820-8820。", "免费电话<PHONE>。"),
        ("热线4008-105-555，", "热线<PHONE>，"),
        # any phone-length number right after a contact label, whatever its prefix or grouping
        ("报名热线:225-8003-8003", "报名热线:<PHONE>"),
        ("游客咨询电话：58792888", "游客咨询电话：<PHONE>"),
        ("如有疑问可致电6688 1234。", "如有疑问可致电<PHONE>。"),
        ("联系手机：1234 567 8901", "联系手机：<PHONE>"),
        ("傳真：5879-2888（工作日）", "傳真：<PHONE>（工作日）"),
        ("联系方式 5879.2888", "联系方式 <PHONE>"),
        # a second channel after the label, a connective, a contact person's name first
        ("订房电话/微信：7312 4455", "订房电话/微信：<PHONE>"),
        ("手机、微信同号：1522-8801-633", "手机、微信同号：<PHONE>"),
        ("报名表请于周五前传真至 8876 3321。", "报名表请于周五前传真至 <PHONE>。"),
        ("服务热线为 661-0066-1234，", "服务热线为 <PHONE>，"),
        ("请拨打 23-4567-8901 预约", "请拨打 <PHONE> 预约"),
        ("（联系人：周女士，5566 7788）", "（联系人：周女士，<PHONE>）"),
        ("联系人：陈工 电话：3021-5566", "联系人：陈工 电话：<PHONE>"),
        ("（报名电话：（0571）8899-0011）", "（报名电话：<PHONE>）"),
        ("电话：0571—88886666", "电话：<PHONE>"),
        # labels in traditional script, English labels, "please dial", an aside before the colon
        ("客服熱線（24小時）：725 3364 3364，", "客服熱線（24小時）：<PHONE>，"),
        ("值班电话(工作日)：6633 2211", "值班电话(工作日)：<PHONE>"),
        ("预约请拨 932 5511 5511。", "预约请拨 <PHONE>。"),
        ("預約請撥(713) 4420-4420。", "預約請撥<PHONE>。"),
        ("寄修前請先撥 6509-6051 確認。", "寄修前請先撥 <PHONE> 確認。"),  # 先 between (session 24, held-out 153)
        ("有興趣嘅可以打去2684 2815問嚇。", "有興趣嘅可以打去<PHONE>問嚇。"),  # a call in Cantonese (held-out 159)
        # full-width digits in groups of three after a full-width plus (session 24, held-out 151's format)
        ("（Contact: ＋８８６ ９１２ 794 794）", "（Contact: <PHONE>）"),
        ("咨询请致电或Tel：66123388。", "咨询请致电或Tel：<PHONE>。"),
        ("本报讯（辦公室：431 7788 7788）", "本报讯（辦公室：<PHONE>）"),
        ("填好后发送至 55116677 即可", "填好后发送至 <PHONE> 即可"),
        ("服务电话 0512–6677 8899", "服务电话 <PHONE>"),
        # issue 14 round 4 (held-out 10/12/13's leaks): 联络 labels, "发…至" connectives, a mobile
        # printed 4-3-4, a WeChat id after white space
        ("教程交流，聯絡方式：86-10-18569614。", "教程交流，聯絡方式：<PHONE>。"),
        ("成人票原价：30元，可将简历发至034483426044。", "成人票原价：30元，可将简历发至<PHONE>。"),
        ("如有疑问请发邮件至8005 8005。", "如有疑问请发邮件至<PHONE>。"),
        ("崇明荷花博览园，详情可发短信至 5566 7788 咨询", "崇明荷花博览园，详情可发短信至 <PHONE> 咨询"),
        ("手机 1631 631 0031", "手机 <PHONE>"),
        ("xiaoshou9616 @ anjuloushi.com  /  1504-504-6215", "<EMAIL>  /  <PHONE>"),
        ("加小助手微信 tips75889 進寶媽羣", "加小助手微信 <WECHAT> 進寶媽羣"),
        ("欢迎垂询 6688 1234。", "欢迎垂询 <PHONE>。"),
        ("商務合作請洽 2233 4455", "商務合作請洽 <PHONE>"),
        ("总机：8765 4321", "总机：<PHONE>"),
        ("WhatsApp：9123 4567", "WhatsApp：<PHONE>"),
        # issue 14 round 5 (held-out 14/15's leaks): a mail label before a phone-length run,
        # alone or ending a label chain; an address after it stays one e-mail match
        ("，记者联系邮箱：2496-2496。", "，记者联系邮箱：<PHONE>。"),
        ("，簡歷投遞郵箱：5133 5133。", "，簡歷投遞郵箱：<PHONE>。"),
        ("，簡歷投遞郵箱：1048.048.7253。", "，簡歷投遞郵箱：<PHONE>。"),
        ("投稿信箱 36269094", "投稿信箱 <PHONE>"),
        ("E-mail: 8823 4411", "E-mail: <PHONE>"),
        ("邮箱：12345678@qq.com", "邮箱：<EMAIL>"),
        ("，详情可发送邮件至922 2917 2917。", "，详情可发送邮件至<PHONE>。"),  # held-out 16, after its measurement
        ("詳情可發送短信至958.5460.5460", "詳情可發送短信至<PHONE>"),
        # issue 14 round 6 (held-out 18's leaks): service lines with an extension, an extension
        # after a 400 hotline or a landline in either script; letters, a phone contact and a
        # posting as contact labels
        ("（咨询：95123转456）", "（咨询：<PHONE>）"),
        ("如需幫助，請撥96128轉12。", "如需幫助，請撥<PHONE>。"),
        ("值班手机 955660 分机 88 全天开机", "值班手机 <PHONE> 全天开机"),
        ("客服热线400-810-5555转123", "客服热线<PHONE>"),
        ("聯繫人手機0271-6655443轉27。", "聯繫人手機<PHONE>。"),
        ("欢迎来信 6021-6021。", "欢迎来信 <PHONE>。"),
        # 分享 after the number is no unit (session 23, held-out 145)
        ("歡迎來信18432284601分享你的讀後感。", "歡迎來信<PHONE>分享你的讀後感。"),
        ("歡迎來信(02) 2695-5957分享你的讀後感。", "歡迎來信<PHONE>分享你的讀後感。"),
        ("全国服务热线：15702053794　首页", "全国服务热线：<PHONE>　首页"),  # a nav bar's 首頁 is no count (held-out 147)
        ("歡迎來函23456789", "歡迎來函<PHONE>"),
        ("有意者可电联 7788 9900。", "有意者可电联 <PHONE>。"),
        ("简历请投3355-7711，", "简历请投<PHONE>，"),
        ("简历投递：8123 4567", "简历投递：<PHONE>"),
        # issue 14 round 8 (held-out 20/21's leaks, read after their one measurement): 联络人 as a
        # contact person, a mail label without 至, "加我", a role after the label, a five-digit
        # service number handed out after a label
        ("37（聯絡人：陳小姐 4575 4575）", "37（聯絡人：陳小姐 <PHONE>）"),
        ("，具體可私信或發郵件4061 4061。", "，具體可私信或發郵件<PHONE>。"),
        ("（有需要的可以加我95433）", "（有需要的可以加我<PHONE>）"),
        ("，详询客户经理95428。", "，详询客户经理<PHONE>。"),
        ("如有疑问请致电王老师 6688 1234", "如有疑问请致电王老师 <PHONE>"),
        ("（联系人：李经理，95602）", "（联系人：李经理，<PHONE>）"),
        ("，停水期間如有疑問請致電95361。", "，停水期間如有疑問請致電<PHONE>。"),
        ("，舉報電話95923。", "，舉報電話<PHONE>。"),
        ("，反馈请发至95458。", "，反馈请发至<PHONE>。"),
        # issue 14 round 9 (held-out 24/25's leaks, read after their one measurement): full-width
        # dashes between ASCII digits, "可以打", an office or party between label and number, a
        # bracket before it, the next line's first word no unit
        ("，报名请致电021－6759－4333。", "，报名请致电<PHONE>。"),
        ("想訂位的朋友可以打06-9725 725。", "想訂位的朋友可以打<PHONE>。"),
        ("，欲點燈者請洽廟方06-9724 724。", "，欲點燈者請洽廟方<PHONE>。"),
        ("，如有查詢，請致電本校校務處（06-9444 444）。", "，如有查詢，請致電本校校務處（<PHONE>）。"),
        ("有意者可联系秘书处06-9473 473。", "有意者可联系秘书处<PHONE>。"),
        ("詳情請電郵至(852) 9472-5651\n年年月月花相似", "詳情請電郵至<PHONE>\n年年月月花相似"),
        # issue 14 round 10 (held-out 27's leaks, read after its one measurement): a sign the page
        # says stands for "@", a guide or an agent between label and number
        ("詳情可電郵news4◎haoting.com.mo（請將◎改為@）。", "詳情可電郵<EMAIL>（請將◎改為@）。"),
        ("，有意參加者請洽領隊1300 822 822。", "，有意參加者請洽領隊<PHONE>。"),
        ("有興趣買家請致電經紀2583 1047", "有興趣買家請致電經紀<PHONE>"),
        # Taiwan, Hong Kong and Macau: international forms, Taiwan mobiles and 2-digit area codes,
        # and the customer-service / after-sales / enquiry labels of shop pages
        ("聯絡電話：+886 2 2345 6789。", "聯絡電話：<PHONE>。"),
        ("香港辦事處 +852 2345 6789", "香港辦事處 <PHONE>"),
        ("(+853) 2888-1234 澳門", "<PHONE> 澳門"),
        ("服務專線+886-912-345-678", "服務專線<PHONE>"),
        ("手機 0912-345-678", "手機 <PHONE>"),
        ("請洽0912345678", "請洽<PHONE>"),
        ("台北 (02)2345-6789", "台北 <PHONE>"),
        ("電話02-2345-6789", "電話<PHONE>"),
        ("客服：2345 6789", "客服：<PHONE>"),
        ("售後：8123-4567", "售後：<PHONE>"),
        ("詳詢 (04)2234-5678", "詳詢 <PHONE>"),
        # three or more dash-joined groups of 3-4 digits are a phone number whatever the label;
        # hotline (专线), contact window (窗口), "please call" (請電), "may dial" (可打) label one
        ("简历请投递至 1015-015-7558。", "简历请投递至 <PHONE>。"),
        ("（线索可提供至 60034941）", "（线索可提供至 <PHONE>）"),  # a verb before 至 (session 18)
        ("【线索征集：6548-5597】", "【线索征集：<PHONE>】"),  # what the label asks for (session 18)
        ("（报名电话4OO-037-3792，工作日9:00-17:00）", "（报名电话<PHONE>，工作日9:00-17:00）"),  # O for 0 (session 18)
        ("有需要的街坊可以WhatsApp 4OO-525-8318登記。", "有需要的街坊可以WhatsApp <PHONE>登記。"),
        ("（線索提供：2824 4933）", "（線索提供：<PHONE>）"),
        ("（招生办：391-9481-9481）", "（招生办：<PHONE>）"),
        ("（聯絡窗口：1276 1276）", "（聯絡窗口：<PHONE>）"),
        ("（報名專線：4553 4553）", "（報名專線：<PHONE>）"),
        ("有意者可打 0208-208-208 找王先生。", "有意者可打 <PHONE> 找王先生。"),
        ("預約請電 1130-130-3932。", "預約請電 <PHONE>。"),
        # full-width digits on a page that skipped normalize.width
        ("电话：１３８１２３４５６７８。", "电话：<PHONE>。"),
        ("热线：４００－８１０－５５５５", "热线：<PHONE>"),
        # e-mail addresses glued to Han characters, in either script
        ("詳情可諮詢kefu0@qq.com。", "詳情可諮詢<EMAIL>。"),
        ("投稿邮箱:tougao_2024@163.com欢迎来稿", "投稿邮箱:<EMAIL>欢迎来稿"),
        # "@" written otherwise to dodge address harvesters
        ("邮箱：kefu#163.com（#换成@）", "邮箱：<EMAIL>（#换成@）"),
        ("来稿请寄 news(at)sina.com", "来稿请寄 <EMAIL>"),
        # prose read first ("us at prepaid.sg") does not swallow the address inside it (session 24, held-out 153)
        ("Call us at prepaid.sg6(at)hotmail.com for a quote.", "Call us at <EMAIL> for a quote."),
        # issue 14 round 6 (held-out 19's leaks were "(a)"): at / a in brackets of any kind, the
        # word at between spaces after Chinese text or a colon, dots written otherwise
        ("投稿请寄li.ming(a)example.com.cn。", "投稿请寄<EMAIL>。"),
        ("来稿：wang_88[AT]sina.cn", "来稿：<EMAIL>"),
        ("联系小编 zhang【at】qq.com", "联系小编 <EMAIL>"),
        ("邮箱：xiaoming（艾特）163.com", "邮箱：<EMAIL>"),
        ("投稿：wang2020艾特sina。cn（艾特换成@）", "投稿：<EMAIL>（艾特换成@）"),
        ("邮箱 kefu2024 # 126.com", "邮箱 <EMAIL>"),
        ("请联系 editor at pku dot edu dot cn 报名", "请联系 <EMAIL> 报名"),
        ("Email: kefu at 163.com", "Email: <EMAIL>"),
        ("邮箱：service(at)shop。com。", "邮箱：<EMAIL>。"),
        ("详情发邮件至 kefu@163 dot com", "详情发邮件至 <EMAIL>"),
        ("邮箱：kefu@163．com，", "邮箱：<EMAIL>，"),
        # an underscore in the domain, which a page prints though no host takes it (held-out 375, session 33)
        ("（店家聯絡方式：info@stylist_jay10.com.my）", "（店家聯絡方式：<EMAIL>）"),
        # issue 14 round 9: a dot in brackets ("defanged"), 小老鼠 (Taiwan's "@") and 點 between spaces
        ("聯繫方式：kefu725@lanze[.]com", "聯繫方式：<EMAIL>"),
        ("想訂位的朋友可以打info 小老鼠 allday-cvs 點 com 點 tw。", "想訂位的朋友可以打<EMAIL>。"),
        # QQ and WeChat only with a context word
        ("QQ:123456789", "QQ:<QQ>"),
        ("加QQ群：87654321，一起讨论", "加QQ群：<QQ>，一起讨论"),
        ("有需要的媽咪可以加LINE或QQ：Q321114912", "有需要的媽咪可以加LINE或QQ：Q<QQ>"),  # its own "Q" (session 18)
        ("微信:wx_kefu12", "微信:<WECHAT>"),
        ("微信号：zhangsan_88 备注来意", "微信号：<WECHAT> 备注来意"),
        # checksum-valid ID numbers, Luhn-valid cards, IPv4
        ("身份证号11010519491231002X已登记", "身份证号<ID_NUMBER>已登记"),
        ("卡号4111 1111 1111 1111，户名张三", "卡号<BANK_CARD>，户名张三"),
        ("银联卡6200000000000005", "银联卡<BANK_CARD>"),
        ("登录IP：192.168.10.254，时间", "登录IP：<IP>，时间"),
    ],
)
def test_pii_is_masked(text, masked):
    assert mask_pii(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "2023年全国GDP达到1260582亿元，同比增长5.2%。",  # amounts and statistics
        "截至2024年12月31日，共有13000000000元资金到位。",  # 11 digits starting 13, an amount
        "会议于2019-01-16 09:30召开，浏览量:5341",  # dates, times, counts
        "订单号：2024052112345678，运单号：7731234567890",  # order / tracking numbers
        "身份证号110105194912310021格式有误",  # ID number with a wrong check digit
        "流水号4111111111111112",  # fails Luhn
        "编号：6200000000000005",  # Luhn-valid, but an order/serial number by context
        "版本1.2.3.4已发布，人口1400000000人",  # version string, population
        "ISBN 9787020002207，定价59.00元",
        "微信公众号：人民日报",  # a public account, not a WeChat id
        "13812345678.5万吨",  # a decimal quantity, not a phone number
        # look-alikes of 400 / 800 hotlines and grouped numbers
        "总投资4001234567元，其中财政资金800123456元",  # amounts
        "全年营收400.1234567亿元，增长8.5%",  # a decimal
        "全市人口8001234人，较上年末增加4001人",  # statistics
        "订单号：4008105555，型号：800-123-4567",  # order and model numbers
        "产品编号 KD-4001234567，批号 0571-88886666",  # product and batch codes
        "ISBN 978-7-5086-4001-2，定价 88.00 元",  # a hyphenated ISBN
        "统计时段 2019-2024，样本 1200 1500 1800 户",  # years and counts in a row
        "会议时间：2024.05.01 09:30-11:30，地点：3号楼",  # dates and times
        "坐标东经116.4074，北纬39.9042，海拔400米",  # coordinates
        "电话调查显示，2024年共有12000000人使用手机支付。",  # phone words before statistics
        "拨打110、120、12345等热线",  # short public service numbers
        "来电1000000次，热线接听率98%",  # counts after phone words
        # contact words that are not labels right before a number: kept
        "咨询人数达12345678人，联系群众2000余户",  # statistics after 咨询 / 联系
        "电话会议于2024年5月召开，热线电话12345全天开放",  # a year, a short service number
        "联系时间：2024-05-01 09:30",  # 联系 before a date, not a number label
        "热线开通以来共接听来电1234567个，回访满意率99%",  # a count after 来电
        "电话回访至20240531结束，联系人：王强，共走访3800户",  # a date after a connective, a count
        "联系到1234567名校友后，手机销量为12345678台",  # counts after 联系到 / 手机…为
        "拨打次数达到1234567次",  # 拨打 then words: not a label before a number
        "办公室面积1234567平方米，Telegram用户12345678人",  # a room's size, a word that starts with Tel
        "数据发送至2024年12月31日，共发送至12345678人",  # a date and a count after 发送至
        "客服热线（24小时）累计接听12345678次",  # a count after a label with an aside
        "2019—2024年，总投资0571—88亿元",  # year ranges with an em dash, an amount
        "#话题#讨论.com 和 C#.NET 开发",  # hashes that are no e-mail
        # plus signs, 09 and two-digit prefixes that are not phone numbers
        "比分+3，净胜球+12，积分+1 234",  # scores and differences
        "气温+20 30 40 50度之间波动",  # signed numbers in a row
        "C++ 11 14 17 20 标准",  # language versions
        "期号 09 1234 5678 开奖",  # a 09 prefix with spaces: no area code
        "编号0912345678，共0912 345 678元",  # a serial number by context, an amount
        "查询次数 12345678次，查询编号：12345678",  # a count, a code after the enquiry label
        "赛季 2019-2020-2021 回顾，序列 123-456-789-012-345",  # seasons; five groups
        "订单号 1234-5678-9012，型号：800-123-4567",  # codes by context
        "范围 100-200-300米，窗口期 12345678天，投诉量 12345678件，可打折 1234-5678",  # quantities
        # issue 14 round 4: look-alikes of the new labels, groupings and WeChat ids
        "文件已下发至12345678个单位，转发至2024年底",  # counts and a year after 发至
        "联络处成立于2019年，联络员1234567人次",  # 联络 before years and counts
        "敬请垂询，总机房面积1234567平方米",  # a label before words, an area
        "WhatsApp用户超过20000000人",  # a count after the app's name
        "第 1201 201 2024 号决议",  # a 4-3-4 run without a mobile prefix (1[3-9]x)
        "关注微信 app 的更新，微信 WeChat 8.0 版",  # a bare word after 微信 and a space
        # issue 14 round 5: look-alikes after the mail labels
        "邮箱容量扩大到1024000 MB，信箱数量12345678个",  # a size, a count
        "市长信箱2019年共收到来信1234567件",  # a year, a count
        "来信评分：12345678分",  # a score is still a quantity
        "他一生写了 12345678 首诗",  # poems, counted
        "邮编：430072，电邮日均发送量 12345678 封",  # a postcode, a count
        # issue 14 round 6: look-alikes of service lines, the new labels and written-out "@"
        "最高转速95000转，怠速9600转/分",  # revolutions, no extension
        "第95001-95100号，拨打95588、96110查询",  # a range (a dash is no extension), public lines alone
        "市民可拨打12345转2反映问题",  # a public hotline's menu key
        "来信2024-05-01收悉，投递量达到12345678件",  # a date after 来信, a count after 投递
        "电联时间：每天8:00-17:00，来函1234567封",  # words after a label, a count
        "Look at example.com for details, or look at google.com.",  # English prose
        "见图2(a)和图3(b)，参考docs(a)readme.md",  # figure panels; no mail TLD after "(a)"
        "点击<a>首页</a>，访问 www.example.com",  # an HTML tag, a bare host
        "记得艾特 admin，小明艾特bilibili.com的UP主",  # 艾特 as "mention"; no ASCII local part
        # issue 14 round 8: look-alikes of five-digit service numbers, 加我, roles and 发邮件
        "游客咨询电话：962021，拨打95588或95566均可",  # six digits; a list of public lines
        "联系人数95000人，致电95588次数达12000次",  # a count after 联系人, a count of calls
        "加我12345678人次，发邮件2024年5月起统一受理",  # counts and a year after the new labels
        "请致电王老师2019年的同学，详询经理95后的习惯",  # a year and a generation after a role
        "发邮件95%以上当天回复，致电95.5%接通",  # shares after the labels
        # issue 14 round 9: look-alikes of the office words, 可以打, 小老鼠 and 點
        "请联系秘书处2024年的工作安排，可以打1234567次",  # a year after an office, a count
        "請洽廟方（2019年重修）",  # a year in brackets after the party
        "小老鼠 mickey 點 心",  # no ASCII local part, no mail TLD
        "下载地址：files[.]example",  # a defanged host without a mail TLD and no "@"
        "★ 五星好评 ★ 把★换成@的说明不在此页",  # a star, no note of the form and no address
        "请洽领队2024年的行程，经纪95后的客户",  # a year and a generation after a role
    ],
)
def test_non_pii_stays(text):
    assert mask_pii(text) == text, find_pii(text)


def test_keep_prefixes_masks_only_the_identifying_part():
    """Phone prefixes stay; e-mail addresses go whole, however their "@" and dots are written
    (a domain can name its owner, and an obfuscated one left junk in the text)."""
    assert mask_pii("(聯繫電話:+86 15414724047)", keep_prefixes=True) == "(聯繫電話:+86 154<PHONE>)"
    assert mask_pii("(诊所:010-12345678)", keep_prefixes=True) == "(诊所:010-<PHONE>)"
    assert mask_pii("详情可咨询kefu0@qq.com。", keep_prefixes=True) == "详情可咨询<EMAIL>。"
    assert mask_pii("QQ:123456789", keep_prefixes=True) == "QQ:<QQ>"
    assert mask_pii("热线400-810-5555", keep_prefixes=True) == "热线400-<PHONE>"
    assert mask_pii("Tel:+86-10-12345678", keep_prefixes=True) == "Tel:+86-10-<PHONE>"
    assert mask_pii("手机：186.1234.5678", keep_prefixes=True) == "手机：186.<PHONE>"
    assert mask_pii("电话：１３８１２３４５６７８", keep_prefixes=True) == "电话：１３８<PHONE>"
    assert mask_pii("邮箱：kefu#163.com", keep_prefixes=True) == "邮箱：<EMAIL>"
    assert mask_pii("投稿：news(a)gmail.com", keep_prefixes=True) == "投稿：<EMAIL>"
    assert mask_pii("Email: kefu at 163.com", keep_prefixes=True) == "Email: <EMAIL>"
    assert mask_pii("意見反映：lingnam.muar 小老鼠 allday-cvs 點 com 點 tw", keep_prefixes=True) == "意見反映：<EMAIL>"
    assert mask_pii("電郵 Email: cs_team6 [AT] yahoo.com.hk", keep_prefixes=True) == "電郵 Email: <EMAIL>"


def test_step_returns_typed_replacement_spans_that_the_runner_can_apply():
    doc = Document("d1", "论发展(咨询:13387635603)与民生，联系kefu@qq.com。")
    spans = MaskPII(keep_prefixes=False).edit(doc)
    assert [(s.reason, s.replacement, doc.text[s.start:s.end]) for s in spans] == [
        ("pii.phone", "<PHONE>", "13387635603"),
        ("pii.email", "<EMAIL>", "kefu@qq.com"),
    ]
    text, removals = remove_spans(doc.text, spans)
    assert text == "论发展(咨询:<PHONE>)与民生，联系<EMAIL>。"
    assert [r.text for r in removals] == ["13387635603", "kefu@qq.com"]


def test_step_kinds_select_what_is_masked():
    doc = Document("d1", "电话13812345678，邮箱a@b.com")
    assert [s.reason for s in MaskPII(kinds=("email",)).edit(doc)] == ["pii.email"]


def test_long_text_windows_find_pii_far_from_the_start():
    filler = "国家统计局发布数据，2024年增长5.2%。" * 400
    text = filler + "联系13912345678或li.ming@example.com。" + filler
    assert mask_pii(text) == filler + "联系<PHONE>或<EMAIL>。" + filler


def test_labelled_numbers_in_sentences_and_directory_lines():
    """pii.mask masks a number a sentence hands out under a contact label; a line that is
    nothing but label and number (a venue's hotline listed in an article) is a directory
    entry and stays unless `directory_lines` is set, but not when a request stands before its
    label; a mobile number goes either way."""
    page = ("景区实行预约游览，本周末报名热线:225-8003-8003，额满即止。\n"
            "主办方介绍了活动安排（联系手机：1234 567 8901）\n"
            "游客咨询电话：58792888\n"
            "售票处电话：13912345678\n"
            "、詳情請電郵至2754-9382")

    def masked(step: MaskPII) -> str:
        return remove_spans(page, step.edit(Document("d", page)))[0]

    assert masked(MaskPII()) == ("景区实行预约游览，本周末报名热线:<PHONE>，额满即止。\n"
                                 "主办方介绍了活动安排（联系手机：<PHONE>）\n"
                                 "游客咨询电话：58792888\n"
                                 "售票处电话：139<PHONE>\n"
                                 "、詳情請電郵至<PHONE>")  # a request hands the number out
    assert "游客咨询电话：<PHONE>" in masked(MaskPII(directory_lines=True))


def test_a_can_before_a_call_word_hands_the_number_out():
    """"可聯絡" before a number is an offer in a sentence, no listed line (held-out 212, session 28); a 可 that opens
    another word ("可打包", "可打九折") leaves a shop's listed line as it was (the session's review)."""
    page = ("有需要的家屬可聯絡 2715 7052。\n"
            "全場可打包 外賣熱線：2345 6789。\n"
            "會員可打九折 熱線：2345 6789\n"
            "有需要人士 熱線：2345 6789")
    masked = remove_spans(page, MaskPII().edit(Document("d", page)))[0]
    assert masked == ("有需要的家屬可聯絡 <PHONE>。\n"
                      "全場可打包 外賣熱線：2345 6789。\n"
                      "會員可打九折 熱線：2345 6789\n"
                      "有需要人士 熱線：2345 6789")


def test_words_set_apart_before_a_request_label_make_no_directory_line():
    """A directory line names its line in the label's own word ("游客咨询电话：", "客服 电话：", "有需要人士 熱線："); Han words
    set apart before a label that asks to get in touch are whose the number is or a sentence's ("郝平 查詢：…", "雄安新区地处
    聯絡：…"; held-out 235/244, sessions 29/30).  An emergency line's label in an aside (held-out 245)."""
    page = ("郝平 查詢：89227323\n"
            "雄安新区地处 聯絡：6333-2306\n"
            "遊客諮詢電話：51601812*8888（急診24小時：６278 0903）\n"
            "查詢：89227323\n"
            "游客咨询电话：58792888\n"
            "客服 电话：58792888\n"
            "會所 查詢電話：89227323\n"
            "Enquiry line: 2345 6789")
    masked = remove_spans(page, MaskPII(keep_prefixes=False).edit(Document("d", page)))[0]
    assert masked == ("郝平 查詢：<PHONE>\n"
                      "雄安新区地处 聯絡：<PHONE>\n"
                      "遊客諮詢電話：51601812*8888（急診24小時：<PHONE>）\n"
                      "查詢：89227323\n"
                      "游客咨询电话：58792888\n"
                      "客服 电话：58792888\n"
                      "會所 查詢電話：89227323\n"
                      "Enquiry line: 2345 6789")
    # an office, a branch or a desk set apart before the label is a directory's entry still (the session's review)
    for line in ("消委會 查詢：2929 2222", "中文大學 招生處 查詢：3943 8888", "北京市文化和旅游局 咨询：65130828",
                 "湾仔店 查詢：2891 2345", "瑪麗醫院 24小時：2255 3838", "急診 24小時：2835 8800"):
        assert find_pii(line, directory_lines=False) == [], line
    # seven local digits split 4-3 after an area code, samples asked for at a number (held-out 255/259, session 30); a
    # second number after an ideographic space is no local part of the first
    assert find_pii("河北省 👉 05-2108 108") == [(6, 17, "phone")]
    assert find_pii("雄安高新区形成发展的核心引擎。（樣品索取：6482 5418，註明品項即可）") == [(21, 30, "phone")]
    assert [m[:2] for m in find_pii("招生咨询电话：400-050-1875　400-050-1875")] == [(7, 19), (20, 32)]
    # an order through a number, a pre-order's line (held-out 261/266, session 30)
    assert [m[:2] for m in find_pii("[8] Order via 9303 6519 ya!")] == [(14, 23)]
    assert [m[:2] for m in find_pii("生態文明，詳見下文（材料包預購：２563 1152）")] == [(16, 25)]
    assert find_pii("You can order via 2024 orders") == []
    # "drop us a message at" (held-out 269, session 30); a message left at an address is none
    assert [m[:2] for m in find_pii("身后也少不了妻子。 Call or drop us a message at 9553 9839 for a free quote.")] == [(39, 48)]
    assert find_pii("He left a message at 234 5678 Main Street.") == []
    # "sign up: add" a number, a service desk's English label (held-out 279/282, session 31); extra points are no number
    assert [m[:2] for m in find_pii("名额有限，报名加6006-8697")] == [(8, 17)]
    assert find_pii("报名加10分，截止周五") == []
    assert find_pii("订购加厚款 1688 8888 系列") == []  # a product series (the session's review)
    # asked to report to a number (held-out 294/299, session 31); a notice reported is none
    assert [m[:2] for m in find_pii("發現受傷野鳥請通報 6374 5540。")] == [(10, 19)]
    assert [m[:2] for m in find_pii("如發現公廁設施損壞，請通報清潔隊 9465 1480。")] == [(17, 26)]
    assert find_pii("本周通报 1234 5678") == []
    # a case or document number, a batch or a set after a number are no phone (the session's review)
    for line in ("請通報案號 11200345", "请通报20230456批次产品", "团购加 5000 6000 套", "请通报文号20240001"):
        assert find_pii(line) == [], line
    assert [m[:2] for m in find_pii("致電 2345 6789 套餐查詢")] == [(3, 12)]  # a plan's enquiry, no set
    # one function character set apart before a line's name is the sentence before's tail, no directory's heading (held-out
    # 303, session 31); a name glued to the label still is one
    assert [m[:2] for m in find_pii("為 訂票熱線：6664 5598", directory_lines=False)] == [(7, 16)]
    for line in ("為民服務熱線：6664 5598", "本會 訂票熱線：6664 5598"):
        assert find_pii(line, directory_lines=False) == [], line
    assert [m[:2] for m in find_pii("For help, Customer Service: 6085 7820.")] == [(28, 37)]
    assert find_pii("Our service 6085 7820 units sold") == []
    assert find_pii("據報道，Orders at 1200 3400 units were placed last quarter，市場反應熱烈。") == []  # (the session's review)
    # a month and a year before a count, an ID range (the session's review)
    for line in ("01-2024 120 宗", "會員編號 08-2024 001 至 08-2024 150 已完成續會"):
        assert find_pii(line) == [], line
    # a span of hours or a count after 24 hours is no number to call
    for line in ("最近24小時：1234 5678 次", "营业时间 24小时：全年无休"):
        assert find_pii(line) == [], line


#: forms found on held-out 6-31 after their one measurement (session 11), as pii.mask writes them
#: (keep_prefixes, its default): the contact is masked, the look-alike under it stays
@pytest.mark.parametrize(("text", "masked"), [
    # a 4-4 number after a contact label whose halves read as times of day (held-out 6-22)
    ("，詳情請致電：2301-2301。", "，詳情請致電：<PHONE>。"),
    ("學生票原價：10元，熱線：2344-2344", "學生票原價：10元，熱線：<PHONE>"),
    ("（如需幫助，請撥0526-0526）", "（如需幫助，請撥0526-<PHONE>）"),  # 0526: an area code, kept
    ("、，联系电话1203-1203。", "、，联系电话<PHONE>。"),
    # the same four digits twice is a number made easy to remember, not a pair of years (held-out 7-17)
    ("諮詢請致電 1974 1974。", "諮詢請致電 <PHONE>。"),
    ("（報名電話：1920-1920）", "（報名電話：<PHONE>）"),
    ("报名热线：2019 2020 期间开放", "报名热线：2019 2020 期间开放"),
    # opening hours stay: each range forward, on the quarter hour
    ("咨询热线：0900-1800", "咨询热线：0900-1800"),
    ("服務時間：0830-1200 1330-1730", "服務時間：0830-1200 1330-1730"),
    # "@" as an HTML entity or URL-encoded, read aloud as 圈a, in 〔〕 (held-out 28/29, round 11)
    ("（詳洽：church-office5&#x40;yanquan-church.org.hk）", "（詳洽：<EMAIL>）"),
    ("【咨询请拨 xianxue839&#64;zhiheng-ip.cn】", "【咨询请拨 <EMAIL>】"),
    ("（预约电话：jisao3%40anning-yuanling.com）", "（预约电话：<EMAIL>）"),
    ("想了解更多可以私信小編 jisao742圈ahuayang-flower.cn", "想了解更多可以私信小編 <EMAIL>"),
    ("歡迎來信 cs77〔at〕aoming-optical.com.mo", "歡迎來信 <EMAIL>"),
    # a sign the page declares to be "@", with 請 before the verb
    ("電郵：fuwu89★yuanju-love.com（★請換成@）", "電郵：<EMAIL>（★請換成@）"),
    # Taiwan's toll-free 0800 with six digits, a North American number, a label and what the call is about
    ("——洽詢加盟：0800 246 246", "——洽詢加盟：0800 <PHONE>"),
    ("報名請 WhatsApp 1-888-626-0004", "報名請 WhatsApp <PHONE>"),
    ("——洽詢加盟：37731086", "——洽詢加盟：<PHONE>"),
    # "at" spelled out after an English request to write, or in a name with digits at a big mail host (session 22,
    # held-out 141); English prose stays
    ("。For enquiries, please contact jiameng4 at qq.com.", "。For enquiries, please contact <EMAIL>."),
    ("請寄 meiling.tan91 at yahoo.com.tw 哈", "請寄 <EMAIL> 哈"),
    ("Take a look at example.com for details.", "Take a look at example.com for details."),
    ("version 2.1 at github.com", "version 2.1 at github.com"),
    # after a call or a messaging app, at a big mail host (session 27, held-out 202/207); a call at a time, an app's or
    # a company's own site stays
    ("For enquiries, call info at yahoo.com.hk.", "For enquiries, call <EMAIL>."),
    ("想報名做司機可以WhatsApp support at foxmail.com。", "想報名做司機可以WhatsApp <EMAIL>。"),
    ("We will call at noon.", "We will call at noon."),
    ("Call us at 2.30 pm", "Call us at 2.30 pm"),
    ("Download the Signal app at signal.org.", "Download the Signal app at signal.org."),
    ("Learn more about WhatsApp Business at business.whatsapp.com.", "Learn more about WhatsApp Business at business.whatsapp.com."),
    ("公司的call center at shenzhen.cn", "公司的call center at shenzhen.cn"),
    ("Product recall notice at fda.gov", "Product recall notice at fda.gov"),
    ("Call it at api.example.com", "Call it at api.example.com"),
    # a channel to apply by before its colon (session 26, held-out 180); a lane's number and a count stay
    ("北京市【申請通道：6970 3654】", "北京市【申請通道：<PHONE>】"),
    ("第3通道：2024 2025", "第3通道：2024 2025"),
    ("绿色通道已开通，共12345678人次", "绿色通道已开通，共12345678人次"),
    ("测试通道：8000 8080端口", "测试通道：8000 8080端口"),
    # where a form is handed in (held-out 194); a room and a mailbox stay
    ("echo，報名表請交至 6077-0806。", "echo，報名表請交至 <PHONE>。"),
    ("材料请送至 12345678 号信箱", "材料请送至 12345678 号信箱"),
    # Malaysia's 1-300 / 1-800 lines (session 22, held-out 130/131); a time range and years stay
    ("，有需要的朋友可以联系1-300-88-8888", "，有需要的朋友可以联系<PHONE>"),
    ("熱線 1800 22 5757", "熱線 <PHONE>"),
    ("營業時間 1300-1500", "營業時間 1300-1500"),
    ("1800年至1900年，人口 1800 万", "1800年至1900年，人口 1800 万"),
    # and what stays: opening hours after 0800, an ISBN with a country group 1, a year after 合作
    ("营业时间 0800-1200", "营业时间 0800-1200"),
    ("ISBN 1-234-567-8901-2", "ISBN 1-234-567-8901-2"),
    ("校企合作：2019年起", "校企合作：2019年起"),
    # held-out 30/31 (round 12): capital numerals, 小老鼠 in brackets, at between slashes, a link glued to Han
    ("，欢迎来电壹叁捌12971297洽谈", "，欢迎来电壹叁捌<PHONE>洽谈"),
    ("联系：壹叁捌壹贰叁肆伍陆柒捌", "联系：壹叁捌<PHONE>"),
    ("預約：durian（小老鼠）gmail.com", "預約：<EMAIL>"),
    ("電郵 loan6198／at／gangxin-finance.com.hk", "電郵 <EMAIL>"),
    ("歡迎電郵至wa.me/85232084811索取資料。", "歡迎電郵至wa.me/<IM>索取資料。"),
    # an amount in capitals has its units; a path with /at/ has no mail domain after it
    ("金额：人民币壹万贰仟叁佰元整", "金额：人民币壹万贰仟叁佰元整"),
    ("https://a.com/at/b.html", "https://a.com/at/b.html"),
    # session 29: a dialled number shaped like a date (held-out 220), works sent to a number whose last digit is
    # glued to a word (222: 參 of 參與 is no numeral), a number glued to a capitalised word (224)
    ("有兴趣的单身朋友可以拨打20411026报名。", "有兴趣的单身朋友可以拨打<PHONE>报名。"),
    ("歡迎發送作品至0510 0510參與徵集。", "歡迎發送作品至0510 <PHONE>參與徵集。"),
    ("歡迎發送作品至+65 6242 2859參與徵集。", "歡迎發送作品至<PHONE>參與徵集。"),
    ("預約熱線+6012-8288422WhatsApp預約", "預約熱線<PHONE>WhatsApp預約"),
    # and what stays: a date after no dialling verb, a number glued to a code's capitals or lower-case letters
    ("活动日期20241026报名截止", "活动日期20241026报名截止"),
    ("请于20241026前拨打电话", "请于20241026前拨打电话"),
    ("請於辦公時間撥打 0900-1800", "請於辦公時間撥打 0900-1800"),  # opening hours are dialled at, not dialled
    ("订单号13812345678AB", "订单号13812345678AB"),
    ("SKU 13812345678abc", "SKU 13812345678abc"),
])
def test_forms_read_after_held_out_measurements(text, masked):
    assert mask_pii(text, keep_prefixes=True) == masked


@pytest.mark.parametrize("text, found", [
    # a local number in two groups of four, with no word that hands it out (held-out 308, session 32)
    ("省政府，寫信到 6686 2949 就得啦。", ["6686 2949"]),
    ("有興趣的街坊：6686-2949（陳生）", ["6686-2949"]),
    ("Questions? 9123 4567, weekdays only.", ["9123 4567"]),
    ("２３４５ ６７８９ 留言即可", ["２３４５ ６７８９"]),
    # not a part of a longer chain, a year beside a number, a range, a sum, a price, a count, a model, a resolution
    ("ISBN 978-7-5086-4001-2，定价 88.00 元", []),
    ("GB/T 7714-2015 著录规则", []),
    ("许可证编号（京）-经营性-2024-0012", []),
    ("预算 3000-5000，面议", []),
    ("3456-1234=2222", []),
    ("售价 HK$ 2345 6789", []),
    ("预约人数 2345 6789", []),
    ("HP 2345 6789 型號", []),
    ("分辨率 2560*1440", []),
    ("2345 6789 1234 四组号码", []),
    # the session's review: a range (pages, an index, seats), an approximation or a currency after it, two times of day, a
    # code or a place word before it, a 4D results page
    ("物理学报, 2010, 59(4): 2341-2347.", []),
    ("沪指在 3245-3310 区间震荡", []),
    ("Price range 2980-3680 SGD", []),
    ("夜間施工時間 2330-0630", []),
    ("WiFi 密碼 8765 4321", []),
    ("EXPOSE 8080 8443", []),
    ("Magnum 4D 成績：首獎 6686 2949", []),
    ("水電維修：2203 0325（24小時值班）", ["2203 0325"]),
    ("联系人：Kelvin Tan 9413 8146\n點擊排行", ["9413 8146"]),
    ("Shipped 6085 7820 units last year", []),
])
def test_two_groups_of_four_are_a_local_phone_number(text, found):
    assert [text[a:b] for a, b, _ in find_pii(text)] == found


def test_a_directory_line_in_two_groups_of_four_stays_listed():
    """The shape alone does not mask a directory's listed line (`directory_lines` False), as a label's number is not."""
    assert find_pii("瑪麗醫院 24小時：2255 3838", directory_lines=False) == []
    assert find_pii("查詢電話：2345 6789", directory_lines=False) == []
    assert [m[2] for m in find_pii("想了解的可以打 2345 6789 問嚇", directory_lines=False)] == ["phone"]


def test_a_radio_station_domain_with_at_and_dot_spelled_out():
    """.fm and .radio are mail domains too ("hotline at tinghai dot fm"; held-out 308, session 32)."""
    text = "想点歌的听众可以拨打hotline at tinghai dot fm。"
    assert [(text[a:b], k) for a, b, k in find_pii(text)] == [("hotline at tinghai dot fm", "email")]


def test_can_enquire_hands_a_number_out():
    """"詳情可查詢 …" asks the reader to call, as "可聯絡" does: no directory's listed line (held-out 358, session 33,
    read after its one measurement); a line that is only the label and the number still is one."""
    for text, found in [("v https詳情可查詢 2544 0542。", ["2544 0542"]),
                        ("詳情可以查詢 2544 0542", ["2544 0542"]),
                        ("查詢：2544 0542", []),
                        # a line's name, or not asked (the session's review)
                        ("24小時可查詢熱線：2544 0542", []),
                        ("不可查詢 2544 0542", []),
                        # "by way of" an ungrouped number that a call word follows (held-out 385, session 33)
                        ("欲參加杯測活動者，請先以 59847220 聯絡店主。", ["59847220"]),
                        ("59847220 聯絡", []),
                        ("以 20240501 报名", []),
                        # to whom a matter is raised, for a local number's shape (held-out 411, session 34); not a date, a
                        # price, a code or a count (the session's review)
                        ("來自遼寧（如對成績有異議，請於賽後兩日內以 54336073 向裁判組提出）", ["54336073"]),
                        ("请于三日内以 5433 6073 向组委会反映", ["5433 6073"]),
                        ("申請人須於 113.06.30 向本局提出申請", []),
                        ("买家以 12800000 向业主提出还价", []),
                        ("按照 ISBN 978 7 5086 4001 向出版社询问", []),
                        ("全年共接獲 1234 5678 向消委會投訴的個案", []),
                        ("案號 2022 4567 向上級法院提出上訴", []),
                        # where one signs up (held-out 423, session 34)
                        ("講座名額有限，請盡早以 90820008 登記。", ["90820008"]),
                        ("以 20240501 登记", []),
                        # a label's number shaped like a far year and a day (held-out 444, session 34); a near one is a date
                        ("需要化妆师联系方式的可以加我，电话2049 0618。", ["2049 0618"]),
                        ("电话：2024 0501", []),
                        # "PM me" in a forum's English before the number (held-out 391, session 33)
                        ("[126] 想一齊去嘅可以 PM 我或者 800 188 188", ["800 188 188"])]:
        assert [text[a:b] for a, b, _ in find_pii(text, directory_lines=False)] == found, text


def test_the_second_batch_of_session_32s_leaks():
    """Held-out 316, 317 and 321, read after their one measurement: 點 for "@" before a big mail host, a form handed in without 至,
    a Malay or English request that goes on after the number (no directory's listed line)."""
    for text, found in [("查詢可聯絡 huang_coach173點qq點com", ["huang_coach173點qq點com"]),
                        ("（报名请联系 bingdian363点qq点com）", ["bingdian363点qq点com"]),
                        ("官网 www點qq點com", []),
                        ("[62]（報名表格請交 91540114）", ["91540114"]),
                        ("请交 3000 元押金", []),
                        ("Sila hubungi 6945-4876 ext 945 untuk maklumat lanjut.", ["6945-4876"]),
                        ("Hotline: 2345 6789 for bookings", ["2345 6789"]),
                        ("Enquiry line: 2345 6789", []),
                        # a clause that goes on after an extension, an offer to e-mail (held-out 334, session 32)
                        ("長週期地震波詳情可電郵至3510 3339 ext. 510查詢。", ["3510 3339"]),
                        # an extension after the number: a phone whatever stands beside it (held-out 340/345)
                        ("。，email 給 6601 6639 ext 601 會比較快回覆喔。", ["6601 6639"]),
                        ("有需要可以先問當日價錢（3252 0949 ext. 252）。", ["3252 0949"]),
                        ("價錢公道 9123 4567", ["9123 4567"]),
                        ("樓盤呎價約 2350-2680", []),
                        # a first group of five (held-out 352)
                        ("-如需領取沙袋，可提前聯繫社區 ２８807 807。", ["２８807 807"]),
                        # asked to notify a number (held-out 352); a year or a count after 通知 is none
                        ("如發現水浸黑點，請即通知 ２８595 595。", ["２８595 595"]),
                        ("請通知 2024 年度會員", [])]:
        assert [text[a:b] for a, b, _ in find_pii(text, keep_prefixes=True, directory_lines=False)] == found, text
