"""Dates and times of day are not figures: claim them so no later recogniser counts them."""

from __future__ import annotations

import re

from .context import SentenceContext, Trigger
from .lexicon import YEAR, split_words

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTHS = frozenset(
    split_words(
        "jan january feb february mar march apr april may jun june jul "
        "july aug august sep sept september oct october nov november dec december"
    )
)
# "\d(?<!\w\d)\d?" is "\b\d{1,2}" written digit first, so the regex engine skips to digits.
_DAY = r"\d(?<!\w\d)\d?"
_DAY_OF_MONTH = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_ZONES = r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|KST|AEST|AEDT)"
_ZONED_HHMM = rf"[0-5]\d\s*{_ZONES}\b"  # the minutes and the zone of "1730 GMT"
_CLOCK_TIME = rf"{_DAY}(?:[:.]\d\d)?"
# "a.m.", "pm", "P.M.", "PM" (not a prime minister's "PM's"), "o'clock".
_CLOCK_MARK = r"(?:[ap]\.m\.|[AP]\.M\.|(?:am|pm|AM|PM)\b(?!['’])|o'clock|o’clock)"
_PATTERNS = [
    re.compile(p) for p in (
        # A series of days after the month, closed by punctuation or a year ("May 6, 8 and 9."):
        # before a noun the last numbers may count ("May 6, 8 and 9 boats").
        rf"\b{_MONTH}\s+{_DAY_OF_MONTH}(?:st|nd|rd|th)?(?:,\s*{_DAY_OF_MONTH}(?:st|nd|rd|th)?)+,?\s+(?:and|to)\s+"
        rf"{_DAY_OF_MONTH}(?:st|nd|rd|th)?(?=\s*[.,;:)]|\s*$)(?:,?\s+(?P<y>{YEAR}))?",
        # The end of a day range written with "the" ("from Oct. 4 to the 19,", "May 3 until the
        # 14th"): only with an ordinal or a stop after it ("May 3 to the 40 stores" counts).
        rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:to|until|till|through)\s+the\s+"
        rf"\d{{1,2}}(?:st|nd|rd|th\b|(?=\s*[.,;:)]|\s*$))",
        # A day range in words ("June 8 and 9, 2030", "June 8 to 9th", "June 8 to 9.") only with a
        # year, an ordinal or a stop after the second day: "June 8 and 9 boats" may count boats.
        rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}}|\s+(?:and|to|until|till|through)\s+"
        rf"\d{{1,2}}(?:st|nd|rd|th|(?=,?\s+{YEAR}\b)|(?=\s*[.,;:)]|\s*$)))?(?:,?\s+(?P<y>{YEAR}))?\b",
        # A day range before the month: "9-12 April", "from 9 to 12 April", "between 9 and 12 May";
        # a series of days too: "6, 8 and 9 May".
        rf"(?:(?<![\w.,]){_DAY_OF_MONTH}(?:st|nd|rd|th)?,\s*)*{_DAY}(?:st|nd|rd|th)?"
        rf"(?:(?:\s*[-–]\s*|,?\s+(?:to|and|until|till)\s+)\d{{1,2}}(?:st|nd|rd|th)?)?"
        rf"\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<y>{YEAR}))?\b",
        rf"\b(?P<y>{YEAR})-\d\d(?:-\d\d)?\b",
        # Not a score on a scale: "a 7.5/10 rating" (fractions.py); a date writes one separator
        # twice ("7.5.31", "7/5/31"), a score a decimal point and a slash ("scored 7.5/10").
        rf"{_DAY}(?P<sep>[/.])\d{{1,2}}(?P=sep)(?P<y>{YEAR}|\d\d)\b(?!\s+(?:ratings?|scores?|stars)\b)",
        # Day, month and year joined by hyphens, either way round ("29-2-2031", "02-29-2031"): a
        # four-digit year and a month of 12 or less, so a tally or formation ("3-2-1", "4-3-3")
        # or a range of counts never reads as one.
        rf"(?<![\w.,/-])(?:{_DAY_OF_MONTH}-(?:1[0-2]|0?[1-9])|(?:1[0-2]|0?[1-9])-{_DAY_OF_MONTH})"
        rf"-(?P<y>{YEAR})(?![\w-]|[.,]\d)",
        # Times of day: 10:30, 9 a.m., 3pm, 14.00 GMT, 6 o'clock; with the times before one that
        # share its clock mark, as a range or a series: "between 5 and 6 p.m.", "(5-6 pm)",
        # "at 5, 6 and 7 p.m." (a count has its noun between it and the mark: "40 stores at 9 p.m.").
        rf"(?:(?<![\w.,]){_CLOCK_TIME}(?:\s*[-–]\s*|,\s*|,?\s+(?:and|or|to|until|till|through)\s+))*"
        rf"{_CLOCK_TIME}\s*{_CLOCK_MARK}",
        # "10:30hrs", "18:45h": military and European copy glue the hours mark to the time.
        rf"{_DAY}:\d\d(?::\d\d)?(?:hrs|hr|h)?\b",
        rf"{_DAY}\.\d\d\s*(?:GMT|UTC|CET|EST|PST|BST|hrs|hours|h)\b",
        # A 24-hour time before a time zone: "at 1730 GMT", "0945 UTC" ("1730 hours" may be a span),
        # with a time before it that shares the zone ("between 0930 and 1415 GMT").
        rf"(?:[012](?<![\w.,][012])\d[0-5]\d(?:\s*[-–]\s*|\s+(?:and|to|until|till)\s+))?"
        rf"[012](?<![\w.,][012])\d{_ZONED_HHMM}",
    )
]


# A weekday and its day of the month, bracketed or as an ordinal: "on Friday (7)", "by Monday
# 13th" (wire copy dates the week's days so). Plain digits after a weekday may count ("on
# Friday 5 boats sailed"), so they stay.
_WEEKDAY_DATE = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:\(\s*\d{1,2}(?:st|nd|rd|th)?\s*\)|\d{1,2}(?:st|nd|rd|th)\b)"
)
_WEEKDAYS = frozenset(split_words("monday tuesday wednesday thursday friday saturday sunday"))
_CLOCK = frozenset({"a", "p", "am", "pm", "o", "clock"})
# What every match of the patterns after the first three (the month-word ones) holds: a
# digit and then "-digit", "/digit", ":digit", a clock word or a time-zone. One search for
# it spares the five scans in the many sentences with numbers but no date or time.
_NUMERIC_TELL = re.compile(
    r"\d(?:-\d|[/.]\d{1,2}[/.]\d|:\d|\.\d\d\s*[GUCEPBh]"
    rf"|(?:[:.]\d\d)?\s*{_CLOCK_MARK}"
    rf"|\d{_ZONED_HHMM})"
)


# A map position: a decimal glued to a compass letter ("51.2N", "-3.75W", "14.5°S"). N and S
# always make a latitude; E and W may be watts ("2.5W"), so they count as a position only with
# a sign or a degree mark, or beside a latitude in the same sentence.
_POSITION = re.compile(r"(?<![\w.,])(?P<sign>[-\u2212])?\d{1,3}\.\d+(?P<deg>°)?(?P<pole>[NSEW])(?![\w])")
# The compass letter stands between a digit or "°" and no word character, so it is a word of
# the sentence's lower-cased a-z runs: a sentence without one skips the search (tried at every
# offset, the pattern opening with a look-behind).
_POLES = frozenset("nsew")


def _claim_positions(ctx: SentenceContext) -> None:
    found = list(_POSITION.finditer(ctx.text))
    latitude = any(m.group("pole") in "NS" for m in found)
    for m in found:
        if m.group("pole") in "EW" and not (latitude or m.group("sign") or m.group("deg")):
            continue
        ctx.claim(m.start(), m.end())


TRIGGER = Trigger(digit=True)


def recognise_dates(ctx: SentenceContext) -> None:
    """Claim dates, times and map positions; a date's year still counts as the sentence's year."""
    text = ctx.text
    if "." in text and not ctx.words.isdisjoint(_POLES):
        _claim_positions(ctx)
    if ctx.has_any(_WEEKDAYS):
        for m in _WEEKDAY_DATE.finditer(text):
            ctx.claim(m.start(), m.end())
    months = ctx.has_any(_MONTHS)
    numeric = _NUMERIC_TELL.search(text) is not None
    if not (months or numeric):
        return
    # Only run the patterns whose tell-tale characters or words the sentence has.
    gates = (months, months and "the" in ctx.words, months, months, numeric and "-" in text,
             numeric and ("/" in text or "." in text), numeric and "-" in text,
             numeric and ctx.has_any(_CLOCK), numeric and ":" in text, numeric and "." in text, numeric)
    for pattern, gate in zip(_PATTERNS, gates, strict=True):
        if not gate:
            continue
        for m in pattern.finditer(text):
            if not ctx.free(m.start(), m.end()):
                continue
            ctx.take(m.start(), m.end())
            year = m.groupdict().get("y")
            if year and len(year) == 4:
                ctx.years.append((m.start("y"), int(year)))
