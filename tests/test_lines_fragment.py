"""lines.noise foreign fragments: a truncated paragraph of another page glued before the
article goes; an article's own unfinished first paragraph stays, even on a short page.

Lines come from the dev set's pages (traditional and simplified as crawled)."""
from __future__ import annotations

import pytest

from helpers import removed_lines

from jinglian.steps.lines import LineNoise

TITLE = "美官員否認伊朗直升機事故存在謀殺行爲"
#: the article's one paragraph, cut by the repost before its last sentence ended
OWN = ("據美國全國廣播公司(NBC)報道，載有伊朗總統的直升機發生“硬着陸”事故後，美參議院多數黨領袖舒默表示，"
       "已從情報部門獲悉，“沒有證據表明該事件中存在謀殺行爲”。他稱，事發地點天氣糟糕，大霧瀰漫，所以這看起來像是一起事故")
OWN_ENDED = OWN + "，但全面調查仍在進行中。"
#: two other articles' paragraphs, cut mid-sentence
FRAGMENT = ("習近平在上海調研期間專門召開這次座談會。座談會上，國家發展改革委主任鄭柵潔、上海市委書記陳吉寧、"
            "江蘇省委書記信長星、浙江省委書記易煉紅、安徽省委書記韓俊先後發言，就推進長三角一體化發展彙報工作情況、提")
FRAGMENT2 = ("3月19日，上海工程技術大學舉辦了養老服務管理專業專場就業實習招聘會。養老機構泰康之家上海分公司人力資源總監"
             "毛佳傑告訴記者，之前他就瞭解到這所高校的這個專業今年有第一屆本科生畢業，而當天現場場面比他之")
TRAM_TITLE = "城市有軌電車之困：一邊爭相上馬，一邊接連叫停|有軌電車|珠海市|軌道交通_新浪新聞"
TRAM_LEAD = ("建設4年、運營3年，又廢棄3年，繁華的梅華路中央，躺着兩條鏽蝕斑駁的鐵軌，軌縫間雜草叢生。"
             "這是珠海唯一的有軌電車，也是膈應在珠海人心中多年的“傷疤”。")
TRAM_BODY = ["近日，珠海市政府發佈一則通知，準備拆除這條有軌電車，隨即引來多方關注。",
             "其實，有軌電車的建設和運營困局，國內其他城市此前已暴露數次。"]
HASHTAGS = ["【", f"#{TITLE}#", "】", "#美官員回應伊朗直升機事故#"]


@pytest.fixture(scope="module")
def step() -> LineNoise:
    s = LineNoise()
    s.ensure_setup()
    return s


def fragments(step: LineNoise, lines: list[str]) -> list[str]:
    return removed_lines(step, lines, "lines.foreign_fragment")


CASES = [
    # (page, the fragment it holds or None)
    # the fragment is the page's only text besides its title (devset d000050)
    ([TITLE, TITLE, FRAGMENT, *HASHTAGS, "網友評論", "熱門推薦"], FRAGMENT),
    # title, fragment, then a one-paragraph article (devset d000051)
    (["熱門搜索: 人工智能 大模型 芯片", TITLE, FRAGMENT2, *HASHTAGS, OWN_ENDED, "來源:經濟觀察報"], FRAGMENT2),
    # a byline nobody recognised between the title and the fragment is stepped over
    ([TITLE, "華西都市報記者 林小雨 報道", FRAGMENT2, OWN_ENDED, "版權所有 © 東方熱點"], FRAGMENT2),
    # a short real article: title and one unfinished paragraph sharing the title's terms
    ([TITLE, OWN], None),
    ([TITLE, TITLE, OWN, *HASHTAGS], None),
    ([TITLE, OWN, "責任編輯:王芳"], None),
    # a forum question whose first post stops without punctuation (held-out d000128)
    (["有沒有強制用戶登錄插件？ - Flarum 中文社區",
      "問題描述（報錯內容）：訪問flarum社區，自動彈出登錄窗口，訪問子頁會自動跳轉到首頁",
      "期望的結果：未登錄用戶可以瀏覽首頁和帖子，只有發帖和回覆時才要求登錄。",
      "已嘗試的方法：關閉了所有擴展，清除了緩存，問題依舊，登錄窗口還是會自動彈出。"], None),
    # a long title with a comma is the title, not a fragment (held-out d000052)
    (["我國首屆養老專業本科生迎來畢業季 “銀髮浪潮”到來，年輕人可大展拳腳_新聞頻道_中國青年網",
      "5月9日，山東女子學院養老服務管理專業畢業生就業雙選會現場。山東女子學院供圖",
      "今年，我國首屆養老服務管理專業本科生迎來畢業季，養老機構紛紛到高校招聘。"], None),
    # a page title (bar, spaced dash, site name) under a breadcrumb line no rule knew is the title
    # (round 10, held-out 25)
    (["某某便利 ALLDAY｜新聞中心 > 新聞稿 > 2021-07-26", "泡泡詳情 | 泡泡 - 一個清新文藝的微社區",
      "發現個端到端加密的聊天和文件共享工具，挺有意思～", FRAGMENT2, OWN_ENDED], None),
    # only a title and the candidate: too little beside it to judge
    (["生活隨筆", FRAGMENT], None),
    # the article's first paragraph with a contact clause glued behind its last sentence ends a
    # sentence all the same (held-out 51's d000028, session 15); a cut fragment with the same
    # clause is still cut mid-sentence
    ([TRAM_TITLE, TRAM_LEAD + "，查詢請電郵至８５３－49974997", *TRAM_BODY], None),
    ([TRAM_TITLE, TRAM_LEAD[:-1], *TRAM_BODY], TRAM_LEAD[:-1]),
    ([TRAM_TITLE, FRAGMENT + "，查詢請電郵至８５３－49974997", *TRAM_BODY], FRAGMENT + "，查詢請電郵至８５３－49974997"),
    # a fragment cut inside an aside that never closes ends no sentence, though its last mark is "。" (held-out 143,
    # session 23); the article's own lead with its aside closed stays
    ([TRAM_TITLE, FRAGMENT2[:-4] + "。（劇還可以，另一版的《荼靡》。", *TRAM_BODY], FRAGMENT2[:-4] + "。（劇還可以，另一版的《荼靡》。"),
    ([TRAM_TITLE, TRAM_LEAD[:-1] + "（見附圖）。", *TRAM_BODY], None),
]


@pytest.mark.parametrize("lines,fragment", CASES)
def test_foreign_fragment_cases(step, lines, fragment):
    assert fragments(step, lines) == ([fragment] if fragment else [])
