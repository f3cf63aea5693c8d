"""Byte decoding with evidence (zh/encoding.py) and the decode steps."""
from __future__ import annotations

import codecs

import pytest

from jinglian.zh.encoding import canonical_encoding, decode_bytes

SIMPLIFIED = "国家统计局今天发布数据，全国粮食总产量达到六千九百亿斤，比上年增长百分之零点五。"
TRADITIONAL = "香港特別行政區政府今日公布，本港經濟在第三季度錄得溫和增長，失業率維持在低水平。"
HKSCS = "邨屋苑嘅居民話，呢度嘅交通好方便。"  # 邨 and 嘅 are HKSCS-era characters


@pytest.mark.parametrize(
    ("label", "codec"),
    [("GB2312", "gb18030"), ("gbk", "gb18030"), ("x-gbk", "gb18030"), ("CP936", "gb18030"),
     ("GB18030", "gb18030"), ("Big5", "big5hkscs"), ("big5-hkscs", "big5hkscs"),
     ("UTF8", "utf-8"), ("us-ascii", "utf-8"), ("no-such-charset", None), (None, None)],
)
def test_labels_widen_to_their_superset(label, codec):
    assert canonical_encoding(label) == codec


def test_utf8_bom_is_evidence_and_is_stripped():
    text, ev = decode_bytes(codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"))
    assert text == SIMPLIFIED
    assert ev == {"encoding": "utf-8", "evidence": "bom"}


def test_utf16_and_gb18030_boms():
    assert decode_bytes(codecs.BOM_UTF16_LE + TRADITIONAL.encode("utf-16-le"))[0] == TRADITIONAL
    text, ev = decode_bytes("\ufeff".encode("gb18030") + SIMPLIFIED.encode("gb18030"))
    assert (text, ev["encoding"], ev["evidence"]) == (SIMPLIFIED, "gb18030", "bom")


def test_plain_utf8_without_label():
    text, ev = decode_bytes(TRADITIONAL.encode("utf-8"))
    assert (text, ev["evidence"]) == (TRADITIONAL, "utf-8")


def test_gbk_labelled_gb2312_uses_gb18030():
    # 镕 is in GBK but not in GB2312: a strict GB2312 decoder would fail on this page.
    text = "朱镕基总理在会上讲话。" + SIMPLIFIED
    decoded, ev = decode_bytes(text.encode("gbk"), declared="gb2312")
    assert decoded == text
    assert ev == {"encoding": "gb18030", "evidence": "declared", "declared": "gb2312"}


def test_gb18030_four_byte_astral_han():
    text = "𠀀𪚥是扩展区汉字，" + SIMPLIFIED  # Extension B characters need 4-byte GB18030
    decoded, ev = decode_bytes(text.encode("gb18030"))
    assert decoded == text and ev["encoding"] == "gb18030" and ev["evidence"] == "detected"


@pytest.mark.parametrize("text", [SIMPLIFIED, SIMPLIFIED * 5])
def test_unlabelled_gbk_is_detected(text):
    decoded, ev = decode_bytes(text.encode("gbk"))
    assert decoded == text and ev["encoding"] == "gb18030" and ev["evidence"] == "detected"


@pytest.mark.parametrize("text", [TRADITIONAL, TRADITIONAL * 5, HKSCS + TRADITIONAL])
def test_unlabelled_big5_is_detected(text):
    decoded, ev = decode_bytes(text.encode("big5hkscs"))
    assert decoded == text and ev["encoding"] == "big5hkscs" and ev["evidence"] == "detected"


def test_wrong_label_falls_back_and_says_so():
    decoded, ev = decode_bytes(TRADITIONAL.encode("big5"), declared="utf-8")
    assert decoded == TRADITIONAL
    assert ev["encoding"] == "big5hkscs" and ev["declared_failed"] is True


def test_undecodable_bytes_raise():
    with pytest.raises(UnicodeDecodeError):
        decode_bytes(b"\xff\xff\xff\x00\x81")


# --- mojibake and control characters -------------------------------------------------

from jinglian.document import Document, remove_spans  # noqa: E402
from jinglian.steps.decode import ControlChars, MojibakeFilter, RepairMojibake  # noqa: E402
from jinglian.zh.encoding import gbk_as_utf8_ratio, mojibake_score, repair_mojibake  # noqa: E402

ARTICLE = SIMPLIFIED + "\n" + "会议强调，要“坚持稳中求进”，推动经济实现质的有效提升和量的合理增长。2024年GDP增长5.2%。"


def latin1(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def test_clean_text_scores_zero():
    for text in (ARTICLE, TRADITIONAL, "Café crème brûlée, naïve façade, Ångström.", ""):
        assert mojibake_score(text) == 0.0


def test_latin1_mojibake_is_detected_and_exactly_reversible():
    broken = latin1(ARTICLE)
    assert mojibake_score(broken) > 0.8
    assert repair_mojibake(broken) == ARTICLE


def test_cp1252_mojibake_is_reversible():
    # browsers show UTF-8 read as windows-1252 with “”€ for bytes 0x80-0x9f; undefined bytes stay C1
    broken = "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
                     for b in TRADITIONAL.encode("utf-8"))
    assert mojibake_score(broken) > 0.8
    assert repair_mojibake(broken) == TRADITIONAL


def test_gbk_misreading_of_utf8_is_detected():
    broken = ARTICLE.encode("utf-8").decode("gbk", errors="replace")
    assert gbk_as_utf8_ratio(broken) > 0.5 and gbk_as_utf8_ratio(ARTICLE) < 0.1
    assert mojibake_score(broken) > 0.3


def test_filter_drops_mojibake_with_a_repaired_preview():
    drop = MojibakeFilter().filter(Document("d", latin1(ARTICLE)))
    assert drop.reason == "decode.mojibake"
    assert drop.detail["kind"] == "latin1" and drop.detail["repaired_preview"] == ARTICLE[:200]
    lossy = MojibakeFilter().filter(Document("d", "\ufffd\ufffd锟斤拷锟斤拷\ufffd" * 10 + "的"))
    assert lossy.detail["kind"] == "unrepairable" and "repaired_preview" not in lossy.detail
    assert MojibakeFilter().filter(Document("d", ARTICLE)) is None


def test_repair_editor_records_each_run_as_a_replacement():
    text = "标题：" + latin1("国家统计局") + "发布数据"
    doc = Document("d", text)
    spans = RepairMojibake().edit(doc)
    assert len(spans) == 1 and spans[0].reason == "decode.mojibake_repaired"
    fixed, removals = remove_spans(text, spans)
    assert fixed == "标题：国家统计局发布数据"
    assert removals[0].text == latin1("国家统计局")  # the mojibake is kept in the edit log


def test_repair_editor_undoes_a_whole_gbk_misreading_when_it_decodes_strictly():
    text = "我们的国家统计局今天发布了数据，经济增长稳定！！"
    broken = text.encode("utf-8").decode("gb18030")
    spans = RepairMojibake().edit(Document("d", broken))
    assert remove_spans(broken, spans)[0] == text


def test_control_chars_are_removed_but_newlines_tabs_and_zwj_stay():
    text = "正文\x00第一\x07段\u200b。\ufeff\n\t第二段\x85\u202e反\u200d👩"
    spans = ControlChars().edit(Document("d", text))
    assert {s.reason for s in spans} == {"decode.control_char"}
    assert remove_spans(text, spans)[0] == "正文第一段。\n\t第二段反\u200d👩"
