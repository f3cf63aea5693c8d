"""PII masking: personal data inside kept text becomes a typed placeholder.

Masks mainland mobile and landline numbers however grouped (spaces, dashes, dots, +86,
extensions), 400/800 business hotlines, 95/96 service lines with an extension, Taiwan, Hong
Kong, Macau and overseas numbers in international form, e-mail addresses (also glued to
Chinese text, or with "@" written as "#", "(a)", "[at]", " at ", "◎", dots as "．", "點" or
"(dot)"), QQ, WeChat and other messaging ids (LINE, Telegram, Skype, KakaoTalk) in context,
checksum-valid resident ID numbers, Luhn-valid bank card numbers and IPv4 addresses (finders
in `jinglian.zh.pii`, context words in `zh/data/pii_context.txt`; full-width digits are
searched on an ASCII view).  A local number without an area code is left alone unless a
contact label stands right before it ("报名热线:225-8003-8003") or a person's title does
("陳生 9123 4567"), or it follows such a number in a list ("2345 6789、2345 6790"): then it is
a phone number whatever its shape; eight digits in two groups of four ("寫信到 6686 2949") are
one by their shape alone (on a line of its own, a labelled one is a directory
entry, masked only with `directory_lines`).
Each match is a replacement span (`<PHONE>`, `<EMAIL>` ...), so the edit log keeps what
was masked and the reason names its kind.  Works on any line: contact-block lines are
removed whole by the line steps, but PII inside content lines stays in kept text unless
masked here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..document import Document, Span
from ..errors import RecipeError
from ..step import Editor
from ..zh import pii as zh_pii


@dataclass
class MaskPII(Editor):
    """Replace personal data by typed placeholders."""

    name: ClassVar[str] = "pii.mask"
    reasons: ClassVar[dict[str, str]] = {
        "pii.phone": "mainland mobile, landline, 400/800 hotline or 95/96 service line with an extension, international number, any phone-length number after a contact label or a person's title -> <PHONE>",
        "pii.email": "e-mail address -> <EMAIL>",
        "pii.qq": "QQ number after a QQ context word -> <QQ>",
        "pii.wechat": "WeChat id after a WeChat context word -> <WECHAT>",
        "pii.id_number": "resident ID number with a valid check digit -> <ID_NUMBER>",
        "pii.bank_card": "bank card number with a card issuer prefix and a valid Luhn digit -> <BANK_CARD>",
        "pii.ip": "IPv4 address -> <IP>",
        "pii.im": "LINE, Telegram, Skype or KakaoTalk id after the app's name and a colon -> <IM>",
    }
    #: which kinds to mask (all by default)
    kinds: tuple[str, ...] = tuple(zh_pii.PLACEHOLDERS)
    #: Keep the parts of a phone number that identify nobody outside the placeholder: country
    #: code, area code, mobile carrier prefix (`138<PHONE>`, `010-<PHONE>`).  The text keeps
    #: its shape (a model still learns what a contact line looks like) and the person stays
    #: hidden.  E-mail addresses are masked whole either way (a domain can name its owner).
    #: False masks each match whole.
    keep_prefixes: bool = True
    #: A phone-length number known only by the contact label before it is masked wherever a
    #: sentence gives it out ("…，报名热线:225-8003-8003。").  On a line that is nothing but
    #: label and number ("游客咨询电话：58792888": a venue's hotline listed in an article) it
    #: is a directory entry and stays, as the labelled sets (../shared/data/devset, whose
    #: lines mark it content, not PII) and held-out sets 1-4 have it; so does a 400 / 800 business
    #: hotline listed so ("游客咨询电话：4006688022", session 14); true masks them too.  A line
    #: with a person or a title before the number ("聯絡人：黃先生 電話：6123 4567") is no directory
    #: entry: the number is that person's and is masked either way.
    #: Contact blocks at a page's edges are removed whole by lines.noise either way.
    directory_lines: bool = False

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - set(zh_pii.PLACEHOLDERS)
        if unknown:
            raise RecipeError(f"pii.mask: unknown kinds {sorted(unknown)}; known: {', '.join(zh_pii.PLACEHOLDERS)}")

    def edit(self, doc: Document) -> list[Span]:
        wanted = set(self.kinds)
        return [
            Span(start, end, f"pii.{kind}", zh_pii.PLACEHOLDERS[kind])
            for start, end, kind in zh_pii.find_pii(doc.text, keep_prefixes=self.keep_prefixes,
                                                    directory_lines=self.directory_lines)
            if kind in wanted
        ]


STEPS = [MaskPII]
