"""Digits joined by a hyphen to a counted noun, used as an adjective: "a 64-core chip",
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
from .lexicon import MEASURE_UNITS, STOP_WORDS, figure_value

_COMPOUND = re.compile(
    r"\b(?:(?P<indefinite>[Aa]n?)|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Ee]ach)\s+(?P<num>\d(?<![\w.,-]\d)\d{0,2}(?:,\d{3})*(?:\.\d+)?)-(?P<word>[a-z]{3,})"
    r"(?=\s+[a-z])"
)

_LABEL_LIMIT = 100


def recognise_compounds(ctx: SentenceContext) -> None:
    if not ctx.has_digit or "-" not in ctx.text:
        return
    for m in _COMPOUND.finditer(ctx.text):
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
