"""Reporting periods are time scope, not figures: "in the first nine months", "over the past
two quarters", "within the first 12 hours after birth", "the last three years", "in the 12
months to April".

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

# "in the 12 months to April", "the three months ending June": a span up to a date.
_SPAN_TO = re.compile(
    rf"\bthe\s+(?:\d{{1,3}}|{WORD_NUMBER})\s+(?:months|weeks|quarters|years|days)\s+"
    r"(?:to|through|ending|ended|until|up\s+to)\b",
    re.IGNORECASE,
)
_SPAN_WORDS = frozenset({"to", "through", "ending", "ended", "until"})


def recognise_periods(ctx: SentenceContext) -> None:
    if ctx.words.isdisjoint(TIME_UNITS):
        return  # cheap test: most sentences name no period
    for pattern, words in ((_PERIOD, _EDGES), (_SPAN_TO, _SPAN_WORDS)):
        if ctx.words.isdisjoint(words):
            continue
        for m in pattern.finditer(ctx.text):
            if ctx.free(m.start(), m.end()):
                ctx.take(m.start(), m.end())
