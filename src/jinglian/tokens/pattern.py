"""Turn a Hugging Face pre-tokenizer's chain of `Split` regexes into the one regex tiktoken takes.

A `tokenizer.json` may split text in several passes (DeepSeek-V3: digits in runs of at most three,
then CJK runs, then a GPT-style pattern inside what is left).  Each pass works *inside* the pieces
the previous one made, so a later pattern never sees across a piece boundary.  tiktoken runs one
regex over the whole text, and silently skips text the regex does not match (Hugging Face's
`Isolated` split keeps it as a piece).  `compose` makes one regex that cuts exactly the same pieces:

- earlier passes of the form `CLASS+` or `CLASS{m,n}` (a single character class) become leading
  alternatives, each restricted to the characters no earlier pass claimed;
- every character-consuming atom of the last pattern is intersected with "not claimed by an earlier
  pass", so a match stops where the earlier pieces would have cut, and a look-ahead at that point
  sees the end of its piece, as it did in Hugging Face;
- a final alternative takes a run of characters at which the last pattern does not match, which is
  the gap Hugging Face keeps as a piece of its own.

Patterns outside this shape (anchors, several-class earlier passes) raise `Unsupported`; the caller
then does the earlier passes in Python and gives tiktoken only the last one (`split_pieces`).
"""
from __future__ import annotations

import re


class Unsupported(ValueError):
    """A pre-tokenizer this module cannot express as one tiktoken regex."""


# an earlier pass: a single class (escape or bracketed set, no nesting) with a + or {m,n} quantifier
_CLASS_RUN = re.compile(r"^(\\[pP]\{\w+\}|\\[dswDSW]|\[(?:[^\[\]\\]|\\.)+\])(\+|\{\d+(?:,\d+)?\})$")
# atoms of the last pattern; anything else is copied as it is
_ATOM = re.compile(
    r"\[(?:[^\[\]\\]|\\.)+\]"           # a bracketed set without nesting
    r"|\\[pP]\{\w+\}|\\[pP]\w"          # a Unicode property
    r"|\\[dswDSWhvHVRN]"                # class escapes
    r"|\\[AzZbBG]|[\^$]"                # anchors: the piece's edges are not the text's
    r"|\\x\{?[0-9a-fA-F]+\}?|\\u[0-9a-fA-F]{4}|\\[rntfae0]|\\."  # an escaped single character
    r"|\(\?[<]?[=!]|\(\?[a-zA-Z-]*:|\{\d+(?:,\d*)?\}|[().|*+?]"  # group syntax and quantifiers
    r"|."                               # a literal character
)


def _class_content(atom: str) -> str:
    """The part of a class atom that can stand inside `[...]`."""
    if atom.startswith("[") and not atom.startswith("[^"):
        return atom[1:-1]
    return atom


def compose(patterns: list[str]) -> str:
    """One regex equivalent to Hugging Face's `Isolated` splits by `patterns`, in order."""
    *earlier, last = patterns
    claimed: list[str] = []     # class contents claimed by earlier passes
    alternatives: list[str] = []
    for pattern in earlier:
        match = _CLASS_RUN.match(pattern)
        if not match or match.group(1).startswith("[^"):
            raise Unsupported(f"earlier split pattern {pattern!r} is not a run of one character class")
        cls, quant = match.groups()
        alternatives.append(_restrict(cls, claimed) + quant)
        claimed.append(_class_content(cls))
    restricted = _restrict_pattern(last, claimed)
    outside = f"[^{''.join(claimed)}]" if claimed else r"[\s\S]"
    alternatives.append(restricted)
    alternatives.append(f"(?:(?!{restricted}){outside})+")
    return "|".join(f"(?:{a})" for a in alternatives)


def _restrict(atom: str, claimed: list[str]) -> str:
    if not claimed:
        return atom
    return f"[{atom}&&[^{''.join(claimed)}]]"


def _restrict_pattern(pattern: str, claimed: list[str]) -> str:
    if not claimed:  # tiktoken sees the same text Hugging Face's split did, anchors included
        return pattern
    _check_no_anchor(pattern)
    out = []
    import regex  # the tokens extra; imported here so that a core install can still import this module

    claimed_re = regex.compile(f"[{''.join(claimed)}]")
    for atom in _ATOM.findall(pattern):
        if atom == ".":
            out.append(f"[^\\n{''.join(claimed)}]")
        elif atom.startswith("[") or (atom.startswith("\\") and atom[1] in "pPdswDSWhvHV"):
            out.append(_restrict(atom, claimed))
        elif atom in ("\\R", "\\N"):
            raise Unsupported(f"{atom!r} in {pattern!r}")
        else:
            literal = _literal(atom)
            if literal is not None and claimed_re.match(literal):
                raise Unsupported(f"literal {atom!r} of {pattern!r} is claimed by an earlier split")
            out.append(atom)
    return "".join(out)


def _check_no_anchor(pattern: str) -> None:
    """The edges of a piece are not the edges of the text, so anchors cannot be composed."""
    for atom in _ATOM.findall(pattern):
        if atom in ("^", "$") or (len(atom) == 2 and atom[0] == "\\" and atom[1] in "AzZbBG"):
            raise Unsupported(f"anchor {atom!r} in {pattern!r}")


def _literal(atom: str) -> str | None:
    if len(atom) == 1 and atom not in "().|*+?":
        return atom
    if atom.startswith("\\") and len(atom) == 2 and not atom[1].isalnum():
        return atom[1]
    return None


def split_pieces(patterns: list[str], text: str) -> list[str]:
    """Hugging Face's `Isolated` splits, done in Python: the pieces the earlier passes make.

    The slow, obviously faithful path: used when `compose` cannot express the chain, and by the
    tests as a second reference."""
    import regex  # the tokens extra

    pieces = [text]
    for pattern in patterns:
        rx = regex.compile(pattern, regex.V1)
        nxt: list[str] = []
        for piece in pieces:
            pos = 0
            for m in rx.finditer(piece):
                if m.start() > pos:
                    nxt.append(piece[pos:m.start()])
                if m.end() > m.start():
                    nxt.append(m.group())
                pos = m.end()
            if pos < len(piece):
                nxt.append(piece[pos:])
        pieces = nxt
    return pieces
