"""Byte decoding with evidence, and mojibake detection and repair.

Chinese web text arrives as UTF-8, GB2312/GBK/GB18030 or Big5/Big5-HKSCS, often with a
wrong or missing charset label.  `decode_bytes` decides in a fixed order and says why:

1. a byte-order mark (UTF-8, UTF-16, GB18030)          -> evidence "bom"
2. the declared charset, if the bytes decode strictly  -> evidence "declared"
3. strict UTF-8 (any valid UTF-8 of real text is UTF-8) -> evidence "utf-8"
4. charset-normalizer restricted to GB18030 / Big5-HKSCS -> evidence "detected"

Labels are widened to their supersets because pages labelled GB2312 routinely use GBK
characters and Big5 pages use HKSCS ones: GB2312/GBK/CP936 decode as GB18030 and
Big5/CP950 as Big5-HKSCS.  Decoding is strict: we never silently insert U+FFFD.
"""
from __future__ import annotations

import codecs
import re
from typing import Any

#: Canonical codec per family: the superset that decodes every member.
_WIDEN = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "cp950": "big5hkscs",
    "utf-8": "utf-8",
    "utf-16": "utf-16",
    "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be",
    "ascii": "utf-8",  # ASCII is a subset of UTF-8; decoding as UTF-8 loses nothing
    "latin-1": "latin-1",
    "cp1252": "cp1252",
}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (b"\x84\x31\x95\x33", "gb18030"),  # GB18030's encoding of U+FEFF
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: What detection may choose from when the bytes are neither labelled nor UTF-8.
DETECT_CANDIDATES = ("gb18030", "big5hkscs")


def canonical_encoding(label: str | None) -> str | None:
    """Map a charset label ("GB2312", "x-gbk", "Big5", "utf8") to the codec we decode with.

    Returns None for labels Python does not know.  Unknown-but-valid codecs outside the
    Chinese families (e.g. "shift_jis") are returned by their Python name.
    """
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in ("x-gbk", "gb_2312-80", "euc-cn", "csgb2312", "x-euc-cn"):
        label = "gbk"
    if label in ("big5-hkscs", "x-x-big5", "csbig5", "cn-big5"):
        label = "big5hkscs"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = {"utf_8": "utf-8", "iso8859-1": "latin-1", "utf-16-le": "utf-16-le"}.get(name, name)
    return _WIDEN.get(name, name)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, dict[str, Any]]:
    """Decode `data` to text and say how the encoding was chosen.

    Returns `(text, evidence)` where evidence is
    `{"encoding": codec, "evidence": "bom"|"declared"|"utf-8"|"detected", ...}`; when a
    declared charset did not fit the bytes, `"declared": label, "declared_failed": True`
    are added.  A BOM is stripped from the text.

    Raises `UnicodeDecodeError` when no supported encoding decodes the bytes strictly
    (readers turn that into a `read.undecodable` drop with the raw bytes kept).
    """
    evidence: dict[str, Any] = {}
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                break  # a BOM followed by invalid bytes: fall through to the other evidence
            return text, {"encoding": codec, "evidence": "bom"}

    if declared:
        codec = canonical_encoding(declared)
        if codec is not None:
            try:
                return data.decode(codec), {"encoding": codec, "evidence": "declared", "declared": declared}
            except UnicodeDecodeError:
                pass
        evidence = {"declared": declared, "declared_failed": True}

    try:
        return data.decode("utf-8"), {"encoding": "utf-8", "evidence": "utf-8", **evidence}
    except UnicodeDecodeError as exc:
        utf8_error = exc

    codec = _detect(data)
    if codec is None:
        raise UnicodeDecodeError(
            "utf-8", data, utf8_error.start, utf8_error.end,
            f"no supported encoding fits (tried utf-8, {', '.join(DETECT_CANDIDATES)})",
        )
    return data.decode(codec), {"encoding": codec, "evidence": "detected", **evidence}


def _strictly_decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes) -> str | None:
    """GB18030 or Big5-HKSCS, whichever decodes strictly; charset-normalizer breaks ties."""
    fits = [c for c in DETECT_CANDIDATES if _strictly_decodes(data, c)]
    if len(fits) <= 1:
        return fits[0] if fits else None
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(DETECT_CANDIDATES)).best()
    if best is not None:
        codec = canonical_encoding(best.encoding)
        if codec in fits:
            return codec
    return _by_common_han(data, fits)


def _by_common_han(data: bytes, fits: list[str]) -> str:
    """Fallback tie-break: the decoding whose text has the most GB2312/Big5 level-1 Han.

    A wrong double-byte decoding lands on rare characters; the right one mostly on
    common characters, which both GB2312 and Big5 encode.
    """
    def common(text: str) -> int:
        n = 0
        for ch in text:
            if ord(ch) > 0x2FFF:
                try:
                    ch.encode("gb2312")
                    n += 1
                except UnicodeEncodeError:
                    try:
                        ch.encode("big5")
                        n += 1
                    except UnicodeEncodeError:
                        pass
        return n

    return max(fits, key=lambda c: common(data.decode(c)))


# --- mojibake -----------------------------------------------------------------------
#
# UTF-8 read as Latin-1 or Windows-1252 turns each Chinese character into three
# Latin-1 characters: a lead in U+00E0–U+00EF and two continuation bytes, which show up
# as U+0080–U+00BF or as the Windows-1252 characters for 0x80–0x9F ("€", "“", "”"...).
# That shape is specific enough to find runs of it and to undo them exactly.

_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
#: Windows-1252 character -> the Latin-1 character with the same byte (so encode("latin-1") works)
_TO_LATIN1 = {ord(ch): ch.encode("cp1252")[0] for ch in _CP1252_HIGH}


def _build_run_re() -> re.Pattern[str]:
    cont = "[\u0080-\u00bf" + "".join(re.escape(c) for c in _CP1252_HIGH) + "]"
    char = f"(?:[\u00c2-\u00df]{cont}|[\u00e0-\u00ef]{cont}{{2}}|[\u00f0-\u00f4]{cont}{{3}})"
    # runs of mojibake characters, allowing ASCII (spaces, digits, punctuation) inside
    return re.compile(f"{char}(?:[\\x20-\\x7e\\n]*{char})*")


MOJIBAKE_RUN_RE = _build_run_re()


def _unlatin(run: str) -> str | None:
    """The UTF-8 text a Latin-1/cp1252 misreading came from, or None if it is not one."""
    try:
        return run.translate(_TO_LATIN1).encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def latin1_mojibake_runs(text: str) -> list[tuple[int, int, str | None]]:
    """Runs of UTF-8-read-as-Latin-1/cp1252 text: (start, end, repaired or None)."""
    if not _may_have_latin1_mojibake(text):
        return []
    return [(m.start(), m.end(), _unlatin(m.group())) for m in MOJIBAKE_RUN_RE.finditer(text)]


#: Lead bytes of the UTF-8 forms of CJK (E3-E9: CJK punctuation, Han) and full-width forms
#: (EF), as Latin-1 characters: every Latin-1 misreading of Chinese contains some.
_LATIN1_LEADS = "ãäåæçèéï"


def _may_have_latin1_mojibake(text: str) -> bool:
    # `in` on a str is a fast C search; far cheaper than a regex scan of clean text
    return any(c in text for c in _LATIN1_LEADS)


#: GBK readings of the UTF-8 bytes of 。，的 ("銆", "锛", "鐨"): rare characters that any
#: GBK misreading of Chinese UTF-8 is full of.
_GBK_MARKERS = "銆锛鐨"


def gbk_as_utf8_ratio(text: str) -> float:
    """How much of the Han text is UTF-8 bytes that were read as GBK ("鎴戜滑" for "我们").

    Re-encodes the Han characters as GB18030 and decodes the bytes as UTF-8: real Chinese
    yields mostly invalid sequences (< 0.05 of the bytes form Han, measured on the dev set
    and the magic-html-zh gold pages), a GBK misreading of UTF-8 yields Han again (≈ 0.9).
    Texts without the marker characters are not examined.
    """
    if not any(c in text for c in _GBK_MARKERS):
        return 0.0
    from .text import HAN_RUN_RE, count_han

    han = "".join(HAN_RUN_RE.findall(text))
    if len(han) < 8:
        return 0.0
    data = han.encode("gb18030")
    return min(1.0, count_han(data.decode("utf-8", errors="replace")) * 3 / len(data))


#: Lossy-decode debris: U+FFFD, and the GBK renderings of UTF-8 U+FFFD ("锟斤拷") and of
#: uninitialised memory ("烫烫烫", "屯屯屯").
_LOSSY = (("\ufffd", 1), ("锟斤拷", 3), ("烫烫烫", 3), ("屯屯屯", 3))


def mojibake_score(text: str, n_visible: int | None = None) -> float:
    """Share of the visible text that is mojibake, in [0, 1].

    Counts Latin-1/cp1252 misreadings of UTF-8, lossy-decode debris (U+FFFD, 锟斤拷) and,
    when most Han looks like GBK-read UTF-8, the Han text itself.
    """
    visible = n_visible if n_visible is not None else len(text) - sum(text.count(c) for c in " \n\t\u3000\r\xa0")
    if not visible:
        return 0.0
    bad = sum(e - s for s, e, _ in latin1_mojibake_runs(text))
    bad += sum(text.count(s) * n for s, n in _LOSSY)
    ratio = gbk_as_utf8_ratio(text)
    if ratio >= 0.5:
        from .text import count_han

        bad += int(count_han(text) * ratio)
    return min(1.0, bad / visible)


def repair_gbk_as_utf8(text: str) -> str | None:
    """Undo a whole-text GBK misreading of UTF-8, or None when that does not decode strictly."""
    try:
        return text.encode("gb18030").decode("utf-8")
    except UnicodeDecodeError:
        return None


def repair_mojibake(text: str) -> str:
    """`text` with every exactly-reversible Latin-1/cp1252 mojibake run decoded back."""
    pieces, pos = [], 0
    for start, end, fixed in latin1_mojibake_runs(text):
        if fixed is not None:
            pieces.append(text[pos:start])
            pieces.append(fixed)
            pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
