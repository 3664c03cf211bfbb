"""Reporting periods are time scope, not figures: "in the first nine months", "over the past
two quarters", "within the first 12 hours after birth", "in the last three years", "in the 12
months to April".

Like a date, such a span says *when* a figure holds; its number is not a figure and its
"first" is not a record claim. The span is claimed before any figure recogniser runs.
"the seven-month period" likewise, and the span of an average ("its 8-year average").
"""

from __future__ import annotations

import re

from .context import SentenceContext, Trigger
from .lexicon import TIME_UNITS, WORD_NUMBER, YEAR

_EDGES = frozenset({"first", "last", "past", "next", "previous", "initial", "final", "coming"})
# Edges counted from now ("the past four decades", "the next two years") make a window only
# after a preposition of time scope ("in the last 12 months", "over the past two quarters").
# Elsewhere the span is what the sentence counts ("for the next two years it will drill",
# "each of the past four decades was warmer"): a duration, a figure. "the first nine months"
# is part of a reporting period wherever it stands.
_RELATIVE_EDGES = frozenset({"last", "past", "next", "previous", "coming"})
# A comparison with such a span is a window too: "slower than the previous 18 months",
# "compared with the past three years".
_SCOPE_BEFORE = re.compile(
    r"\b(?:in|over|during|within|across|throughout|through|than|compared\s+(?:with|to)|versus)\s+$",
    re.IGNORECASE,
)
# "(the) first|last|past ... + number (digits or words) + time unit". The claim starts at
# "the" when there is one, so records.py (which needs its first word free) sees no "the first".
_PERIOD = re.compile(
    rf"\b(?:the\s+)?(?P<edge>{'|'.join(sorted(_EDGES))})\s+"
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

# "for the seven-month period", "over a 12-month window": a hyphenated length of time that
# qualifies a period is the period, not a count, after a preposition of scope. Elsewhere the
# length is what the sentence tells: "the win ends a three-month stretch without a title".
_PERIOD_NOUNS = frozenset({"period", "periods", "window", "span", "stretch", "interval"})
_PERIOD_SCOPE_BEFORE = re.compile(
    r"\b(?:in|for|over|during|within|across|throughout|through|than|compared\s+(?:with|to)|versus)\s+$",
    re.IGNORECASE,
)
_HYPHENATED_PERIOD = re.compile(
    rf"\b(?:the|a|an|this|that|each)\s+(?:\d{{1,3}}|{WORD_NUMBER})-"
    r"(?:second|minute|hour|day|week|month|quarter|year|decade)\s+"
    rf"(?:{'|'.join(sorted(_PERIOD_NOUNS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)

# "Six month results", "its four-month report": a length of time that names a company's
# report is the period the report covers (framing, like "the first nine months"), no figure.
_REPORT_WORDS = frozenset({"results", "report", "accounts"})
_REPORT_PERIOD = re.compile(
    rf"(?<![\w-])(?:\d{{1,2}}|{WORD_NUMBER})[\s-](?:week|month|quarter|year)\s+(?:results|report|accounts)\b",
    re.IGNORECASE,
)

# "its 8-year average", "the 20-year rainfall norm", "a three-month rolling average": the span an
# average is taken over frames the level compared with it, like a reporting period. A high or
# low over a span ("an 8-year high") is a claim of its own and stays.
_AVERAGE_WORDS = frozenset({"average", "averages", "mean", "median", "norm"})
_AVERAGE_PERIOD = re.compile(
    rf"(?<![\w-])(?:\d{{1,3}}|{WORD_NUMBER})-(?:day|week|month|quarter|year|decade)\s+"
    r"(?:[a-z]+\s+)?(?:averages?|mean|median|norm)\b",
    re.IGNORECASE,
)


# "the 3 quarter of 2031", "the 2 half of the year": a quarter or half whose ordinal lost its
# letters (a copy that dropped a superscript "st"). A count would take the plural ("3 quarters"),
# so a singular after the number, then "of" and the year, is the period's label.
_LOST_ORDINAL_PERIOD = re.compile(
    rf"\b[Tt]he\s+(?P<n>[1-4])\s+(?:quarter|half)\s+of\s+(?:{YEAR}\b|the\s+(?:fiscal\s+|financial\s+)?year\b)"
)
_LOST_ORDINAL_WORDS = frozenset({"quarter", "half"})
TRIGGER = Trigger(words=_AVERAGE_WORDS | _REPORT_WORDS | TIME_UNITS | _LOST_ORDINAL_WORDS)


def recognise_periods(ctx: SentenceContext) -> None:
    if ctx.has_digit and not ctx.words.isdisjoint(_LOST_ORDINAL_WORDS):
        for m in _LOST_ORDINAL_PERIOD.finditer(ctx.text):
            ctx.claim(m.start("n"), m.end("n"))
    if not ctx.words.isdisjoint(_AVERAGE_WORDS):
        for m in _AVERAGE_PERIOD.finditer(ctx.text):
            ctx.claim(m.start(), m.end())
    if not ctx.words.isdisjoint(_REPORT_WORDS):
        for m in _REPORT_PERIOD.finditer(ctx.text):
            ctx.claim(m.start(), m.end())
    if ctx.words.isdisjoint(TIME_UNITS):
        return  # cheap test: most sentences name no period
    for pattern, words in ((_PERIOD, _EDGES), (_SPAN_TO, _SPAN_WORDS), (_HYPHENATED_PERIOD, _PERIOD_NOUNS)):
        if ctx.words.isdisjoint(words):
            continue
        for m in pattern.finditer(ctx.text):
            start = m.start()
            if (pattern is _PERIOD and m.group("edge").lower() in _RELATIVE_EDGES
                    and not _SCOPE_BEFORE.search(ctx.text, max(0, start - 20), start)):
                continue  # a duration the sentence counts, not a window
            if pattern is _HYPHENATED_PERIOD and not _PERIOD_SCOPE_BEFORE.search(ctx.text, max(0, start - 20), start):
                continue  # likewise
            ctx.claim(start, m.end())
