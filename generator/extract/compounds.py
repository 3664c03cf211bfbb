"""Digits or a number word joined by a hyphen to a counted noun, used as an adjective: "a 64-core chip",
"a 433-qubit processor". The number counts the hyphenated noun, which is the unit.

names.py treats a number glued by a hyphen to a word as a label ("3-shot tests",
"2-for-1"), except for measures ("8.35-ton"). After "a"/"an" and before a lower-case noun
the compound is a quantity: that is how English writes "a chip with 64 cores"; after
"the/its/their/this/each" only from 100 up ("the 5,000-seat arena"). Names put
their letters before the digits ("XR-7b", "Q900", "Orbiter-3") and never match.
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext
from .lexicon import (
    MEASURE_UNITS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    STOP_WORDS,
    WORD_NUMBER,
    figure_value,
    split_words,
)

_COMPOUND = re.compile(
    r"\b(?:(?P<indefinite>[Aa]n?)|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Ee]ach)\s+(?P<num>\d(?<![\w.,-]\d)\d{0,2}(?:,\d{3})*(?:\.\d+)?)-(?P<word>[a-z]{3,})"
    r"(?=\s+[a-z])"
)

_LABEL_LIMIT = 100

# The same with a number word: "a four-day strike", "the six-wheel rover", "its two-seat
# car". Number words are not labels, so "the" takes any count; lower-case only, so a name
# ("the Four-Day Week campaign") stays a name. "one" is left out ("a one-off", "one-way").
_WORD_COMPOUND = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Ee]ach)\s+(?P<num>{WORD_NUMBER})-(?P<word>[a-z]{{3,}})"
    r"(?=\s+[a-z])"
)
_COUNT_WORDS = frozenset(w for w, n in NUMBER_WORDS.items() if n > 1)
# Words after "two-" that make an idiom or a fraction, not a count: "a two-way street",
# "a ten-fold rise" (fractions.py), "a two-thirds majority", "a two-time winner".
_NOT_COUNTED = frozenset(split_words("way fold time times half halves quarter quarters")) | {
    f"{w}s" for w in ORDINAL_WORDS
} | frozenset(ORDINAL_WORDS)
# Adjective endings: "a three-dimensional model", "a two-sided coin", "a two-hearted tale".
_ADJECTIVE_ENDINGS = ("al", "ed", "ing", "ic", "ly", "ish", "ous", "ful")


def recognise_compounds(ctx: SentenceContext) -> None:
    if "-" not in ctx.text:
        return
    for m in _COMPOUND.finditer(ctx.text) if ctx.has_digit else ():
        word = m.group("word")
        if word in STOP_WORDS or word in MEASURE_UNITS or word.rstrip("s") in MEASURE_UNITS:
            continue  # measures ("an 8-ton lander") are read by the number and unit recognisers
        if not ctx.free(m.start("num"), m.end("word")):
            continue
        value = figure_value(m.group("num"), None, None)
        # After "the" small numbers may be labels ("the 3-shot setting"); "the 5,000-seat
        # arena" is a count.
        if value is not None and (m.group("indefinite") or value >= _LABEL_LIMIT):
            ctx.add(Figure(m.start("num"), m.end("word"), "quantity", value, unit=word, unit_fixed=True))
    if ctx.number_words and _has_number_word_hyphen(ctx):
        _recognise_word_compounds(ctx)


def _has_number_word_hyphen(ctx: SentenceContext) -> bool:
    """A number word of the sentence right before a hyphen: a few substring tests, so the
    compound pattern (which the regex engine tries at every offset) runs on few sentences."""
    lower = ctx.lower
    return any(f"{word}-" in lower for word in ctx.words & _COUNT_WORDS)


def _recognise_word_compounds(ctx: SentenceContext) -> None:
    for m in _WORD_COMPOUND.finditer(ctx.text):
        word = m.group("word")
        if word in STOP_WORDS or word in _NOT_COUNTED or word.endswith(_ADJECTIVE_ENDINGS):
            continue
        value = figure_value(None, m.group("num"), None)
        if value is None or value < 2 or not ctx.free(m.start("num"), m.end("word")):
            continue
        ctx.add(Figure(m.start("num"), m.end("word"), "quantity", value, unit=word, unit_fixed=True))
