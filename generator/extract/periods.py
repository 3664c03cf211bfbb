"""Reporting periods are time scope, not figures: "in the first nine months", "over the past
two quarters", "within the first 12 hours after birth", "the last three years".

Like a date, such a span says *when* a figure holds; its number is not a figure and its
"first" is not a record claim. The span is claimed before any figure recogniser runs.
"""

from __future__ import annotations

import re

from .context import SentenceContext
from .lexicon import TIME_UNITS, WORD_NUMBER

_EDGES = frozenset({"first", "last", "past", "next", "previous", "initial", "final", "coming"})
# "(the) first|last|past ... + number (digits or words) + time unit". The claim starts at
# "the" when there is one, so records.py (which needs its first word free) sees no "the first".
_PERIOD = re.compile(
    rf"\b(?:the\s+)?(?:{'|'.join(sorted(_EDGES))})\s+"
    rf"(?:\d{{1,3}}|{WORD_NUMBER}|a\s+few|several)\s+"
    rf"(?:{'|'.join(sorted(TIME_UNITS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)


def recognise_periods(ctx: SentenceContext) -> None:
    if ctx.words.isdisjoint(_EDGES) or ctx.words.isdisjoint(TIME_UNITS):
        return  # cheap test: most sentences name no period
    for m in _PERIOD.finditer(ctx.text):
        if ctx.free(m.start(), m.end()):
            ctx.take(m.start(), m.end())
