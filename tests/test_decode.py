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
