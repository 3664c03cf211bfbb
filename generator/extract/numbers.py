"""Plain quantities: 48, 12,400, 3.75, 2.8M, 16K, 70B, 14.8 trillion, a million, four.

Runs after money, percentages and rankings, so it only sees what they left. Number words
("four components") count only when a noun follows: "one of the", "the two" are not figures.
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext
from .lexicon import GLUED_UNITS, NUMBER, NUMBER_DIGITS, NUMBER_VOCAB, figure_value

_NUMBER = re.compile(NUMBER, re.IGNORECASE)
# The same, case-sensitive, for lower-cased ASCII text (same offsets): the regex engine then
# rejects most words on their first letter instead of comparing every number word ignoring
# case. Only case-blind uses are made of what its groups hold.
_NUMBER_LOWER = re.compile(NUMBER)
_NUMBER_DIGITS = re.compile(NUMBER_DIGITS)
_GLUED = re.compile(r"[A-Za-zµ/]+")
# "8 of the 78 indicators": the total is context for the count, not a figure of its own.
_OF_TOTAL = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:top\s+)?"
    r"(?P<total>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\b(?!\s*%)"
)
_NOUN_AFTER = re.compile(r"[\s-]+(?:[a-z][a-z-]*|[A-Z]{2,}s)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|both|all|its|their|our|his|her)\s+$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(r"\s+[a-z]+s\b")
_ONE = re.compile(r"^(?:one|a|an)$", re.IGNORECASE)


def recognise_numbers(ctx: SentenceContext) -> None:
    text = ctx.text
    has_words = ctx.has_any(NUMBER_VOCAB)
    if not (has_words or ctx.has_digit):
        return
    if not has_words:
        found = _NUMBER_DIGITS.finditer(text)
    elif text.isascii():
        found = _NUMBER_LOWER.finditer(text.lower())
    else:
        found = _NUMBER.finditer(text)
    for m in found:
        start, end = m.start(), m.end()
        if not ctx.free(start, end):
            continue
        word = m.group("word") or m.group("bare")
        # A lone number word must count something and not be "one" or "the two".
        if (
            m.group("bare")
            and (_ONE.match(word) or not _NOUN_AFTER.match(text, end) or _DETERMINER_BEFORE.search(text, 0, start))
            and not _OF_TOTAL.match(text, end)
        ):
            continue
        glued = _GLUED.match(text, end)
        if glued and m.group("digits") and glued.group() not in GLUED_UNITS:
            ctx.take(start, glued.end())  # "5G", "3D", "4o": part of a name
            continue
        scale = m.group("scale") or m.group("suffix") or m.group("wscale")
        # "5m" is metres and "3t" tonnes unless a counted noun follows ("5m users").
        if m.group("suffix") in ("m", "M", "t", "T") and not _COUNTED_AFTER.match(text, end):
            continue
        value = figure_value(m.group("digits"), word, scale)
        if value is None:
            continue
        total = _OF_TOTAL.match(text, end)
        if total and ctx.free(total.start("total"), total.end("total")):
            ctx.take(total.start("total"), total.end("total"))
        ctx.add(Figure(start, end, "quantity", value))
