"""`prefilter.language`: skip web records that cannot be Chinese, before extracting them.

On a crawl where a few percent of pages are Chinese, extraction of the others is wasted
work.  This step reads only the evidence a record already carries (`extract.evidence`:
declared `lang` and charset, Han / kana / hangul / Latin letters in its text nodes, and on
WET records `WARC-Identified-Content-Language`) and skips a record only when that evidence
rules Chinese out.  It is built to keep every Chinese page: a page with Chinese menus
around foreign content passes here, and the language of its *main content* is judged
after extraction (`quality.language`).  A skipped record's id and URL are written to
`dropped/` with the counts that decided, without its bytes.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..document import Drop
from ..extract.evidence import SAMPLE_BYTES, Evidence, page_evidence, text_evidence
from ..io.base import RawPage
from ..step import PageFilter

#: charsets only Japanese pages declare
JAPANESE_CHARSETS = frozenset({"shift_jis", "shift-jis", "sjis", "x-sjis", "cp932", "windows-31j", "ms932",
                               "euc-jp", "x-euc-jp", "iso-2022-jp", "csshiftjis", "cseucpkdfmtjapanese"})
KOREAN_CHARSETS = frozenset({"euc-kr", "x-euc-kr", "ks_c_5601-1987", "cp949", "windows-949", "iso-2022-kr", "uhc"})


@dataclass
class LanguagePrefilter(PageFilter):
    """Skip web records whose own evidence says they are not Chinese (no extraction)."""

    name: ClassVar[str] = "prefilter.language"
    reasons: ClassVar[dict[str, str]] = {
        "prefilter.no_han": "fewer than min_han Han characters in the page's text nodes",
        "prefilter.little_han": "Han letters are under min_han_share of Han + Latin letters in the text nodes",
        "prefilter.japanese": "declared Japanese (lang, charset) or kana above max_kana_share of Han + kana",
        "prefilter.korean": "declared Korean (lang, charset) or more hangul than Han",
        "prefilter.cc_language": "a WET record whose WARC-Identified-Content-Language lacks zho, and little Han",
    }

    #: magic-html-zh (75 Chinese pages): the fewest Han characters in a page's text nodes is
    #: 252 (a short forum thread); English pages of magic-html-other hold 0-150 (a Chinese
    #: site name, a few menu words).  20 keeps a wide margin below the Chinese pages.
    min_han: int = 20
    #: magic-html-zh: the lowest share is 0.335 (a Yahoo HK article in a page of English
    #: markup text); English pages of magic-html-other: 0.003-0.056 without Chinese menus,
    #: 0.22-0.45 with them (those pass, and are judged after extraction).  0.08 keeps a 4x margin.
    min_han_share: float = 0.08
    #: magic-html-zh: at most 0.004 kana (a douban note quoting Japanese); the 7 Japanese
    #: pages of magic-html-other: 0.28-0.74.  Halfway, leaning to keeping Chinese.
    max_kana_share: float = 0.2
    #: WET records: trust CC's language list only when Han is below this share
    cc_language_max_han_share: float = 0.5
    #: bytes of each page whose text nodes are counted
    sample_bytes: int = SAMPLE_BYTES

    def filter_page(self, page: RawPage) -> Drop | None:
        if page.text is not None:
            ev = text_evidence(page.text)
            cc = page.meta.get("cc_language")
            if cc and "zho" not in str(cc).split(","):
                if _han_share(ev) < self.cc_language_max_han_share:
                    return Drop("prefilter.cc_language", {"cc_language": cc, **ev.to_json()})
        else:
            ev = page_evidence(page.data, page.content_type, self.sample_bytes)
        return self.decide(ev)

    def decide(self, ev: Evidence) -> Drop | None:
        """The rules in order; the first that rules Chinese out names the reason."""
        lang = (ev.lang or "").split("-")[0]
        says_zh = lang == "zh"
        detail = ev.to_json()
        # a declared lang alone never decides (templates copy it): it needs some script evidence
        if not says_zh and (ev.charset in KOREAN_CHARSETS or ev.hangul > max(ev.han, 20)
                            or (lang == "ko" and ev.hangul >= 0.1 * ev.han)):
            return Drop("prefilter.korean", detail)
        kana_share = ev.kana / (ev.han + ev.kana) if ev.han + ev.kana else 0.0
        if not says_zh and (ev.charset in JAPANESE_CHARSETS or kana_share > self.max_kana_share
                            or (lang == "ja" and kana_share > 0.02)):
            return Drop("prefilter.japanese", {**detail, "kana_share": round(kana_share, 4)})
        if ev.han < self.min_han:
            return Drop("prefilter.no_han", detail)
        share = _han_share(ev)
        if share < self.min_han_share:
            return Drop("prefilter.little_han", {**detail, "han_share": round(share, 4)})
        return None


def _han_share(ev: Evidence) -> float:
    return ev.han / (ev.han + ev.latin) if ev.han + ev.latin else 0.0


STEPS = [LanguagePrefilter]
