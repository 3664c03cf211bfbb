"""Metres glued to a large number: "12,204m", "(5381m)", "4,000-9,000m"; inches glued in
brackets after a metric length: "45mm (1.8in)".

A glued "m" is ambiguous: "2.8m users" and "£5m" are millions, "400m" may be either. A
number of four digits or more (or with a thousands separator) is never written with an
"m" for million (that would be "10.9bn"), so there the "m" is metres. Money has taken its
own figures first; smaller numbers keep the old reading (million before a counted noun,
otherwise nothing).
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext, Trigger
from .lexicon import CURRENCY_SIGNS, MEASURE_UNITS, UNIT_ABBREVIATIONS, split_words

_LARGE = r"(?:\d{1,3}(?:,\d{3})+|[1-9]\d{3,})"
_METRES = re.compile(
    rf"(?<![\w.,{CURRENCY_SIGNS}-])(?P<a>{_LARGE})(?:\s*[-–]\s*(?P<b>{_LARGE}))?m\b(?![\w'’-])"
)


# A smaller number with a glued "m" is metres next to a word of depth, height or length
# ("beat the depth record by 90m", "a 45m tall mast", "30m below the surface"), in a
# sentence with no money in it ("£45m", "45m dollars" stay millions).
_LENGTH_WORDS = (
    r"depth|deep|deeper|deepest|height|high|higher|highest|tall|taller|tallest|long|longer|longest|"
    r"length|altitude|elevation|below|beneath|underwater|wide|wider|widest|width|dive|descent|climb"
)
_SMALL_METRES = re.compile(
    rf"(?<![\w.,{CURRENCY_SIGNS}-])(?P<a>[1-9]\d{{0,2}}(?:\.\d+)?)m\b(?=-(?:{_LENGTH_WORDS})\b|(?![\w'’-]))"
)
# The word of length at most three lower-case words before ("the depth record by 90m"); not
# the first half of a compound ("a deep-sea firm had 45m").
_LENGTH_BEFORE = re.compile(rf"\b(?:{_LENGTH_WORDS})\b(?!-)(?:\s+[a-z]+){{0,3}}\s+$", re.IGNORECASE)
# The word of length may follow the last of a range or pair ("between 23m and 29m long").
_LENGTH_AFTER = re.compile(
    rf"(?:\s+(?:and|to|or)\s+[1-9]\d{{0,2}}(?:\.\d+)?m\b)?[\s-]+(?:{_LENGTH_WORDS})\b", re.IGNORECASE
)
_COUNTED_AFTER = re.compile(r"\s+[a-z]+s\b")
_MONEY_WORDS = frozenset(split_words(
    "dollars dollar euros euro pounds pound yen yuan rupees francs usd eur gbp raised revenue revenues "
    "sales profit profits budget funding cost costs worth valued fund"
))


# A unit of measure right after the glued "m" makes it a million: a length is not followed by
# another measure ("1,250m kg of grain", "2,300m litres"). Words that also follow a race
# distance ("her 5,000m times", "the 10,000m second place") or describe a length ("square") are
# not such a unit.
_NOT_AFTER_A_LENGTH = (MEASURE_UNITS | UNIT_ABBREVIATIONS) - frozenset(
    split_words("times fold points point percent degree degrees storey storeys story stories m square cubic "
                "metric second minute")
)
_WORD_AFTER = re.compile(r"\s+(?P<word>[A-Za-zµ/]+)\b")


# "2,300m cubic metres", "40m sq ft": an area or volume unit after the glued "m" (but "2,300m
# square" alone describes the length).
_AREA_OR_VOLUME_AFTER = re.compile(r"\s+(?:square|cubic|sq|cu)\.?\s+(?P<unit>[A-Za-z]+)")


def area_or_volume_after(text: str, end: int) -> bool:
    """Whether "square" or "cubic" and a unit of measure follow ``end``."""
    m = _AREA_OR_VOLUME_AFTER.match(text, end)
    return m is not None and (m.group("unit").lower() in MEASURE_UNITS or m.group("unit") in UNIT_ABBREVIATIONS)


def _million_of_a_measure(text: str, end: int) -> bool:
    """Whether a unit of measure follows the glued "m" ending at ``end``."""
    m = _WORD_AFTER.match(text, end)
    return (m is not None and m.group("word") in _NOT_AFTER_A_LENGTH) or area_or_volume_after(text, end)


def _small_metres(ctx: SentenceContext) -> None:
    text = ctx.text
    if any(sign in text for sign in CURRENCY_SIGNS) or not ctx.words.isdisjoint(_MONEY_WORDS):
        return
    bare: list[re.Match[str]] = []
    for m in _SMALL_METRES.finditer(text):
        if not ctx.free(m.start(), m.end()) or _COUNTED_AFTER.match(text, m.end()):
            continue  # "45m units": millions
        if _LENGTH_AFTER.match(text, m.end()) or _LENGTH_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            _add_metres(ctx, m)
        else:
            bare.append(m)
    # A writer keeps one shorthand in a sentence: once a glued "m" is metres by its word of
    # length, another with no noun after it that gives a size ("at around 17m") is metres too
    # ("one at 17m, the other 26m long"). "drew 5m" after a verb is left alone.
    if bare and any(f.unit == "metres" for f in ctx.figures):
        for m in bare:
            if ctx.free(m.start(), m.end()) and _SIZE_AT.search(text, max(0, m.start() - 30), m.start()):
                _add_metres(ctx, m)


_SIZE_AT = re.compile(r"\bat\s+(?:(?:around|about|roughly|some|nearly|almost|just|over|under)\s+)?$", re.IGNORECASE)


def _add_metres(ctx: SentenceContext, m: re.Match[str]) -> None:
    value = float(m.group("a")) if "." in m.group("a") else int(m.group("a"))
    ctx.add(Figure(m.start(), m.end(), "quantity", value, unit="metres", unit_fixed=True))


# A digit with a glued "m": one fast search skips most sentences. Its "m" is a word of
# ctx.words (a-z runs), which is tested first, faster still.
_TELL = re.compile(r"\dm\b")
_TELL_WORD = "m"


# "45mm (1.8in)", "2 metres (79in)": a glued "in" in brackets right after a metric length is
# the length in inches. Elsewhere "2in" may be the preposition with a space lost, so only here.
_BRACKETED_INCHES = re.compile(
    r"\d\s*(?:mm|cm|m|km|(?:milli|centi|kilo)?met(?:re|er)s?)\s*\(\s*(?:about\s+|around\s+|c\.\s*)?"
    r"(?P<n>\d{1,4}(?:\.\d+)?)in\s*\)"
)


def _bracketed_inches(ctx: SentenceContext) -> None:
    for m in _BRACKETED_INCHES.finditer(ctx.text):
        if ctx.free(m.start("n"), m.end("n") + 2):
            n = m.group("n")
            value = float(n) if "." in n else int(n)
            ctx.add(Figure(m.start("n"), m.end("n") + 2, "quantity", value, unit="inches", unit_fixed=True))


TRIGGER = Trigger(digit=True, words=frozenset({"in", _TELL_WORD}))


def recognise_lengths(ctx: SentenceContext) -> None:
    if ctx.has_digit and "in" in ctx.words and "(" in ctx.text:
        _bracketed_inches(ctx)
    if not ctx.has_digit or _TELL_WORD not in ctx.words or _TELL.search(ctx.text) is None:
        return
    for m in _METRES.finditer(ctx.text):
        if not ctx.free(m.start(), m.end()) or _million_of_a_measure(ctx.text, m.end()):
            continue
        ends = [("a", m.end("a") if m.group("b") else m.end())]
        if m.group("b"):
            ends.append(("b", m.end()))
        for group, end in ends:
            value = int(m.group(group).replace(",", ""))
            ctx.add(Figure(m.start(group), end, "quantity", value, unit="metres", unit_fixed=True))
    _small_metres(ctx)
