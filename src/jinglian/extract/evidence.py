"""Cheap language evidence a web record already carries, read before any extraction.

A crawl is mostly not Chinese; parsing and scoring every page to throw most of them away
wastes the run.  This looks only at what is cheap to see: the `<html lang>` (or
Content-Language) the page declares, the charset it declares, and how many Han, kana,
hangul and Latin letters its text nodes hold (tags, scripts, styles and comments cut out
with one byte-level regex, the rest decoded in the declared codec or UTF-8/GB18030).
`steps.prefilter` decides from these counts; this module only measures.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

import numpy as np

from .charset import declared_charset

#: text nodes are sampled from the first this many bytes of a page (main text of a Chinese page
#: starts well before it; Common Crawl cuts records at 1 MiB)
SAMPLE_BYTES = 1 << 20
#: an element left open runs to the end of the sample (`\Z`): each match consumes what it scanned,
#: so a page of many unclosed `<script` or `<!--` costs one pass, not one pass per opening
_MARKUP = re.compile(rb"<script\b.*?(?:</script\s*>|\Z)|<style\b.*?(?:</style\s*>|\Z)|<!--.*?(?:-->|\Z)|<[^>]*(?:>|\Z)",
                     re.I | re.S)
_ENTITY = re.compile(rb"&#?\w{1,8};")
_LANG = re.compile(rb"<html\b[^>]*?\s(?:xml:)?lang\s*=\s*[\"']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)", re.I)
_CONTENT_LANGUAGE = re.compile(
    rb"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?content\s*=\s*[\"']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)",
    re.I)
_LANG_SCAN_BYTES = 16384


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a page says and holds, counted on its text nodes."""

    lang: str | None  # declared language, lower case ("zh-cn", "en", "ja")
    charset: str | None  # declared charset label, lower case
    han: int
    kana: int
    hangul: int
    latin: int

    def to_json(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


def declared_lang(data: bytes) -> str | None:
    head = data[:_LANG_SCAN_BYTES]
    m = _LANG.search(head) or _CONTENT_LANGUAGE.search(head)
    return m.group(1).decode("ascii").lower().replace("_", "-") if m else None


def _decode_sample(text_bytes: bytes, charset: str | None) -> str:
    """Strictly in the declared codec, else UTF-8, else the declared codec (or GB18030) leniently.

    Labels lie (a page that says gb2312 but is UTF-8): decoded in the wrong codec, Chinese
    turns into kana-looking noise, which would read as Japanese.
    """
    from ..zh.encoding import canonical_encoding

    codecs = [c for c in (canonical_encoding(charset), "utf-8") if c]
    for codec in dict.fromkeys(codecs):
        try:
            return text_bytes.decode(codec)
        except UnicodeDecodeError:
            continue
        except LookupError:
            codecs.remove(codec)
    # undeclared and not UTF-8: GB18030 decodes GBK, and Big5 bytes too come out as Han
    return text_bytes.decode(codecs[0] if codecs[0] != "utf-8" else "gb18030", errors="replace")


#: this many characters in U+0080-U+00FF with little Han suggest UTF-8 read as Latin-1 (mojibake)
MOJIBAKE_MIN_CHARS = 20


def script_counts(text: str) -> tuple[int, int, int, int]:
    """(Han, kana, hangul, Latin letters) in `text`.

    Chinese that was double-encoded (UTF-8 bytes read as Latin-1 or cp1252: "æ\x96°å\x8d\x8e")
    is counted as what it would be once repaired, so a repairable page is never taken for a
    Latin one (`decode.repair_mojibake` may be in the recipe)."""
    from ..zh.signals import HAN, HANGUL, KANA, LATIN, N_CLASSES, class_table, codepoints

    cps = codepoints(text)
    counts = np.bincount(class_table()[cps], minlength=N_CLASSES)
    # the middle dot and the prolonged-sound mark (・ー) are common in Chinese text: not kana letters
    kana = int(counts[KANA]) - int(np.count_nonzero((cps == 0x30FB) | (cps == 0x30FC)))
    result = int(counts[HAN]), kana, int(counts[HANGUL]), int(counts[LATIN])
    if result[0] < MOJIBAKE_MIN_CHARS and np.count_nonzero((cps >= 0x80) & (cps <= 0xFF)) >= MOJIBAKE_MIN_CHARS:
        repaired = _undo_latin1(text)
        if repaired is not None:
            again = script_counts(repaired)
            if again[0] > result[0]:
                return again
    return result


def _undo_latin1(text: str) -> str | None:
    for codec in ("latin-1", "cp1252"):
        try:
            return text.encode(codec, errors="ignore").decode("utf-8", errors="ignore")
        except UnicodeError:
            continue
    return None


def page_evidence(data: bytes, content_type: str | None = None, sample_bytes: int = SAMPLE_BYTES) -> Evidence:
    """Declared language and charset, and script counts of the text nodes of an HTML page."""
    charset, _ = declared_charset(data, content_type)
    sample = data[:sample_bytes]
    if sample[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16: the byte regex needs ASCII-compatible bytes
        sample = sample.decode("utf-16", errors="replace").encode("utf-8")
        charset = "utf-8"
    text_bytes = _ENTITY.sub(b" ", _MARKUP.sub(b" ", sample))
    han, kana, hangul, latin = script_counts(_decode_sample(text_bytes, charset))
    return Evidence(declared_lang(data), charset.lower() if charset else None, han, kana, hangul, latin)


def text_evidence(text: str, lang: str | None = None) -> Evidence:
    """The same counts for a record that is text already (WET)."""
    han, kana, hangul, latin = script_counts(text)
    return Evidence(lang, None, han, kana, hangul, latin)
