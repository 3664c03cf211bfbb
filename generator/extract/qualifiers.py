"""Qualifiers: about, over, nearly, less than, up to ... written just before a figure."""

from __future__ import annotations

import re

from .context import SentenceContext, Trigger
from .lexicon import QUALIFIER_BEFORE, QUALIFIERS

_WINDOW = 30
_QUALIFIERS = frozenset(QUALIFIERS)
_ENDINGS = tuple(sorted(_QUALIFIERS))
_LENGTHS = sorted({len(q) for q in _QUALIFIERS}, reverse=True)  # longest first: leftmost first


def qualifier_before(text: str, low: int, end: int) -> str | None:
    """``QUALIFIER_BEFORE.search(text, low, end)``'s qualifier, lower-cased.

    That regex tries every offset of the window; a match is a qualifier followed only by
    whitespace up to ``end``, at the start of the text or after whitespace or "(". In ASCII
    text (where ignoring case is lower-casing) the candidates are the window's endings.
    """
    window = text[low:end]
    if not window.isascii():
        m = QUALIFIER_BEFORE.search(text, low, end)
        return m.group("q").lower() if m else None
    words = window.rstrip().lower()
    if not words.endswith(_ENDINGS):
        return None
    stop = low + len(words)
    for length in _LENGTHS:  # the leftmost match is the longest qualifier
        start = stop - length
        if start < low or words[start - low:] not in _QUALIFIERS:
            continue
        if start == 0 or text[start - 1].isspace() or text[start - 1] == "(":
            return words[start - low:]
    return None


# A "+" or "-plus" after the digits of a scaled figure ("200+ million", "$3bn-plus") says "at
# least", as a qualifier before it would; a digit after it makes it a sum ("3+4").
_PLUS_AFTER_DIGITS = re.compile(r"\d(?:\+(?!\d)|-plus\b)")
_PLUS_AFTER = re.compile(r"\+(?![\d\w])|-plus\b")


def _plus(text: str, start: int, end: int) -> bool:
    return _PLUS_AFTER_DIGITS.search(text, start, end) is not None or _PLUS_AFTER.match(text, end) is not None


TRIGGER = Trigger(figures=True)


def find_qualifiers(ctx: SentenceContext) -> None:
    text = ctx.text
    plus = "+" in text or "-plus" in text  # what _plus needs, asked once for the sentence
    for figure in ctx.figures:
        if figure.value is None:
            continue
        q = qualifier_before(text, max(0, figure.start - _WINDOW), figure.start)
        if q:
            figure.qualifier = q
        elif plus and figure.qualifier is None and _plus(text, figure.start, figure.end):
            figure.qualifier = "at least"
