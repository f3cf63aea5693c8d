"""Shape signals of pages a careful team does not train on, whatever their words.

Each is a number stored by `quality.signals` on every document (measure, then decide); the
`quality.*` filters and the `quality` score read them with thresholds of their own.

- `commerce_terms`, `commerce_density`: sales copy.  The distinct entries of
  `zh/data/commerce.txt` (prices, purchases, enquiries, sign-ups, calls to action; every contact
  detail together counts as one) found in the folded text, and that number per 100 visible
  characters.  A news story about a shopping festival or a price index names a few (however
  often); a product list, a sign-up page or a page of service rules is made of many.
- `link_share`: link stuffing.  Share of the visible characters inside URLs: keyword pages that
  link every term, blog pages reduced to their link lists.  Images are not links: a markdown post
  showing its screenshots (`![](http://.../a.png)`) is content (the quality gate has one).
- `pinyin_gloss_density`: SEO text that glosses characters with their pinyin to dodge duplicate
  detection ("烟(yan)台市(shi)"), per 100 Han characters.  A textbook glosses a rare character
  now and then; this trick glosses every few characters.
- `title_echo`: how often the first line (a title of 6-40 visible characters) recurs inside the
  rest of the page.  Keyword-stuffed pages paste their title into sentence after sentence; an
  article names its headline once, if at all.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import list_pattern
from .signals import visible_len


@lru_cache(maxsize=1)
def commerce_re() -> re.Pattern[str]:
    """The sales-copy lexicon as one pattern; a contact is matched by its group `contact`."""
    return list_pattern("commerce.txt", groups=("contact",))


def commerce_terms(folded: str) -> int:
    """Distinct sales-copy entries in `folded` text (`zh.lexicon.Folder`); all contacts are one."""
    return len({"<contact>" if m.group("contact") else m.group(0) for m in commerce_re().finditer(folded)})


#: where a sentence ends (folded text): full stops, question and exclamation marks, line breaks
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]+")


def commerce_sentences(folded: str) -> int:
    """Sentences of `folded` text holding a sales-copy entry: a sales page spreads its entries over
    many, one call to action ("有意者可拨打热线…咨询。") packs them into one."""
    rx = commerce_re()
    return sum(1 for s in _SENTENCE_END_RE.split(folded) if rx.search(s))


#: a URL: a scheme or "www.", then anything up to white space, a Han character or a closing bracket
URL_RE = re.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20)\]】>\"']+",
                    re.IGNORECASE)


#: an image's URL: shown, not linked
_IMAGE_URL_RE = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|bmp)(?:[?#]\S*)?$", re.IGNORECASE)


def link_share(text: str, n_visible: int) -> float:
    """Share of the visible characters inside URLs, images' URLs aside."""
    if not n_visible or ("http" not in text and "www." not in text and "WWW." not in text):
        return 0.0
    chars = sum(len(m) for m in URL_RE.findall(text) if not _IMAGE_URL_RE.search(m))
    return round(min(1.0, chars / n_visible), 4)


#: a Han character glossed with its pinyin in brackets: "烟(yan)", "台（tái）"
PINYIN_GLOSS_RE = re.compile(r"[\u4e00-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[1-5]?[)）]")


def pinyin_glosses(text: str) -> int:
    """Han characters glossed with their pinyin in brackets."""
    if "(" not in text and "（" not in text:
        return 0
    return len(PINYIN_GLOSS_RE.findall(text))


#: the first line counts as a title between these lengths (visible characters) ...
TITLE_MIN_CHARS, TITLE_MAX_CHARS = 6, 40
#: ... with at least this many Han characters: a product page titled with its model name ("APL 3.2")
#: names it in every paragraph, a stuffed keyword is a Chinese phrase or question
TITLE_MIN_HAN = 6
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def title_echo(text: str) -> int:
    """Occurrences of the first non-empty line (a title of TITLE_MIN_CHARS..TITLE_MAX_CHARS
    visible characters, TITLE_MIN_HAN of them Han) in the rest of the page."""
    head, _, rest = text.strip().partition("\n")
    head = head.strip()
    if not rest or not TITLE_MIN_CHARS <= visible_len(head) <= TITLE_MAX_CHARS:
        return 0
    if len(_HAN_RE.findall(head)) < TITLE_MIN_HAN:
        return 0
    return rest.count(head)


def shape_signals(text: str, folded: str, n_visible: int, n_han: int) -> dict[str, float | int]:
    """Every signal of this module (`folded`: the text folded for lexicon matching)."""
    hits, glosses = commerce_terms(folded), pinyin_glosses(text)
    return {
        "commerce_terms": hits,
        "commerce_density": round(100 * hits / n_visible, 4) if n_visible else 0.0,
        "link_share": link_share(text, n_visible),
        "pinyin_glosses": glosses,
        "pinyin_gloss_density": round(100 * glosses / n_han, 4) if n_han else 0.0,
        "title_echo": title_echo(text),
    }
