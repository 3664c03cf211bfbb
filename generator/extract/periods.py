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
from .records import SUPERLATIVE_WORDS

_EDGES = frozenset({"first", "last", "past", "next", "previous", "initial", "final", "coming"})
# Edges counted from now ("the past four decades", "the next two years") give a length of
# time the story tells: how long a plan runs ("$4m over the next three years") or a trend has
# lasted ("fell in the past five years"), a duration a data desk quotes, as the annotation
# rules count "for the third year running". Only a comparison with such a span is a window,
# the base another figure is set against ("slower than the previous 18 months", "compared
# with the past three years"). "the first nine months" is part of a reporting period wherever
# it stands.
_RELATIVE_EDGES = frozenset({"last", "past", "next", "previous", "coming"})
_SCOPE_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus)\s+(?:(?:in|over|during|within|across)\s+)?$", re.IGNORECASE
)
# After a superlative in the same clause the window is the claim's span, which the claim
# counts: "the sixth highest level in the past 12 years" says so of 15 years, as "the highest
# in 15 years" does (records.py), so the span stays a figure.
_SUPERLATIVE_NAMES = frozenset(SUPERLATIVE_WORDS - {"most"})
_SUPERLATIVE_IN_CLAUSE = re.compile(
    rf"\b(?:{'|'.join(sorted(_SUPERLATIVE_NAMES))})\b[^.;:!?,]*$", re.IGNORECASE
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
# "In Quarter 3 2025", "Semester 2 fees", "over Half 1": a part of the year named by its word and
# number, as statistics offices write "Q3". No determiner or ordinal before the word ("the
# third quarter 3 banks failed" counts banks), and no plural noun after the number ("cut in
# half 2 times"): then the number is a count.
_PART_OF_YEAR = re.compile(
    r"(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bnext )(?<!\blast )(?<!\beach )(?<!\bevery )(?<!\bfirst )"
    r"(?<!\bsecond )(?<!\bthird )(?<!\bfourth )(?<!\bfinal )(?<!\bone )(?<!\ba )(?<!\bper )"
    r"\b(?:quarter|half|semester|trimester)\s+(?P<n>[1-4])\b"
    r"(?![.,]\d|\s*(?:%|per\s?cent\b)|\s+[a-z]+s\b|\s*[-–]\s*\d)"
    rf"(?:\s+(?:\([^()]{{1,30}}\)\s+)?(?P<year>{YEAR})\b)?",  # its year: "Quarter 3 (July to September) 2031"
    re.IGNORECASE,
)
_PART_OF_YEAR_WORDS = frozenset({"quarter", "half", "semester", "trimester"})
TRIGGER = Trigger(words=_AVERAGE_WORDS | _REPORT_WORDS | TIME_UNITS | _LOST_ORDINAL_WORDS | _PART_OF_YEAR_WORDS)


def recognise_periods(ctx: SentenceContext) -> None:
    if ctx.has_digit and not ctx.words.isdisjoint(_LOST_ORDINAL_WORDS):
        for m in _LOST_ORDINAL_PERIOD.finditer(ctx.text):
            ctx.claim(m.start("n"), m.end("n"))
    if ctx.has_digit and not ctx.words.isdisjoint(_PART_OF_YEAR_WORDS):
        for m in _PART_OF_YEAR.finditer(ctx.text):
            ctx.claim(m.start("n"), m.end("n"))
            if m.group("year") and ctx.free(m.start("year"), m.end("year")):
                ctx.claim(m.start("year"), m.end("year"))
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
            if (pattern is _PERIOD and m.group("edge").lower() in _RELATIVE_EDGES
                    and not ctx.words.isdisjoint(_SUPERLATIVE_NAMES)
                    and _SUPERLATIVE_IN_CLAUSE.search(ctx.text, max(0, start - 100), start)):
                continue  # a record's span: a figure
            if pattern is _HYPHENATED_PERIOD and not _PERIOD_SCOPE_BEFORE.search(ctx.text, max(0, start - 20), start):
                continue  # likewise
            ctx.claim(start, m.end())
