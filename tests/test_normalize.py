"""Normalizers (width, white space, script conversion) and script detection."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jinglian.document import Document
from jinglian.errors import RecipeError
from jinglian.steps.normalize import ConvertScript, DetectScript, Whitespace, Width
from jinglian.zh.script import detect_script, script_counts

from testdata import DATA, read_jsonl

UD_PAIRS = DATA / "ud-gsd-trad-simp" / "pairs.jsonl.gz"  # CC BY-SA 4.0, see tests/data/README.md


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("１２月３１日", "12月31日"),
        ("ＧＤＰ增长５．２％", "GDP增长5．2％"),  # letters/digits only: ．and ％ stay
        ("Ｈｅｌｌｏ，世界！", "Hello，世界！"),  # Chinese punctuation stays full-width
        ("“引号”（括号）、顿号：冒号", "“引号”（括号）、顿号：冒号"),
        ("𠀀𪚥扩展区汉字１个", "𠀀𪚥扩展区汉字1个"),
        ("", ""),
    ],
)
def test_width(text, expected):
    assert Width().normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u3000\u3000正文第一段。\r\n\r\n\r\n\r\n第二段。  ", "正文第一段。\n\n第二段。"),
        ("a\u00a0\u00a0b\tc\u2028d", "a b c\nd"),
        ("\n\n  標題\n\n\n", "標題"),
        ("中 国\u3000人", "中 国 人"),  # spaces between Han are kept (one space)
        ("", ""),
    ],
)
def test_whitespace(text, expected):
    assert Whitespace().normalize(text) == expected


_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("中國国发發这這里裡后後台臺，。！？“”（）１２ＡＢｚ 　\u00a0\t\r\n\u2028𠀀"),
        st.characters(codec="utf-8"),
    ),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_normalizers_are_idempotent_and_deterministic(text):
    for step in (Width(), Whitespace(), ConvertScript("simplified"), ConvertScript("traditional")):
        once = step.normalize(text)
        assert step.normalize(once) == once, step.name
        assert step.normalize(text) == once


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("国家统计局今天发布数据，这说明经济发展态势良好。", "simplified"),
        ("國家統計局今天發佈數據，這說明經濟發展態勢良好。", "traditional"),
        ("那座天后廟位於天后廟道，建於1747年，後來擴建。", "traditional"),  # 后/里/台 are traditional too
        ("塔克拉瑪干沙漠流沙嚴重，公路里程數據", "traditional"),
        ("国家统计局发布数据。國家統計局發佈數據。", "mixed"),
        ("人口大中小", "unknown"),  # only characters both scripts share
        ("Breaking news: markets rallied.", "unknown"),
        ("𠀀𪚥这个问题还没有解决，请联系我们", "simplified"),  # astral Han do not get in the way
    ],
)
def test_detect_script(text, script):
    assert detect_script(text)[0] == script


def test_detect_script_on_ud_parallel_sentences():
    """Every UD Chinese-GSD sentence pair: each side detected as its script (or unknown when
    it has too few script-specific characters), never the other script or mixed."""
    rows = read_jsonl(UD_PAIRS)
    assert len(rows) == 1000
    for row in rows:
        assert detect_script(row["traditional"])[0] in ("traditional", "unknown"), row["traditional"]
        assert detect_script(row["simplified"])[0] in ("simplified", "unknown"), row["simplified"]
    known = sum(detect_script(r["traditional"])[0] == "traditional" for r in rows)
    assert known >= 940


def test_script_counts_and_annotator():
    assert script_counts("這是國") == (2, 0)
    assert script_counts("这是国") == (0, 2)
    scores = DetectScript().annotate(Document("d", "香港特別行政區政府今日公布數據。"))
    assert scores == {"script": "traditional", "script_trad_share": 1.0}


def test_convert_keeps_target_script_and_rejects_unknown_targets():
    assert ConvertScript("simplified").normalize("國家統計局發佈數據") == "国家统计局发布数据"
    assert ConvertScript("traditional").normalize("国家统计局") == "國家統計局"
    with pytest.raises(RecipeError):
        ConvertScript("klingon")
