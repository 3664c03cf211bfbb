"""Numbers written with "-plus": "130-plus economies" are at least 130 economies, and a
"20-plus-year career" at least 20 years; with "-odd", about so many ("the 70-odd data
centres", "30-odd years").

names.py leaves "-plus" and "-odd" alone (other words hyphenated to a number make labels,
"3-shot"); the noun after it is the unit (a noun before it names what it counts: "data
centres"), and the qualifier is "at least" or "about" unless a qualifier word is written
before the number ("well over 40-plus" keeps "well over").
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext, Trigger
from .lexicon import SCALES, STOP_WORDS, figure_value

# Digit first, the look-behind after it: the regex engine skips ahead to digits.
_PLUS = re.compile(
    r"\d(?<![\w.,-]\d)\d{0,2}(?:,\d{3})*(?:\.\d+)?-(?P<kind>plus|odd)\b"
    r"(?:-(?P<counted>[a-z]{3,})\b(?!-)|(?!-)(?:\s+(?P<noun>[a-z]{3,}(?<!s)\s+[a-z]{3,}s|[a-z]{3,})\b(?!-))?)"
)
_QUALIFIERS = {"plus": "at least", "odd": "about"}

_SCALE_WORDS = frozenset(SCALES)

TRIGGER = Trigger(digit=True, words=frozenset({"plus", "odd"}))


def recognise_plus_counts(ctx: SentenceContext) -> None:
    for m in _PLUS.finditer(ctx.text):
        number_end = m.start("kind") - 1
        end = m.end("kind")
        if not ctx.free(m.start(), end):
            continue
        value = figure_value(ctx.text[m.start():number_end], None, None)
        if value is None:
            continue
        noun, counted = m.group("noun", "counted")
        if noun in _SCALE_WORDS or (noun or "").split(" ")[0] in _SCALE_WORDS:
            continue  # "200-plus million": a scaled figure (lexicon.scale_after_digits), at least 200 million
        if counted:  # "a 20-plus-year career": years
            unit: str | None = counted if counted.endswith("s") else counted + "s"
        else:
            unit = noun if noun and noun not in STOP_WORDS else None
        ctx.add(Figure(m.start(), end, "quantity", value, unit=unit, qualifier=_QUALIFIERS[m.group("kind")],
                       unit_fixed=unit is not None))
