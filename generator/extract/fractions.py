"""Shares and multiples written in words: "three-quarters of new capacity" (75 percent),
"over two-fifths of all commuters" (40 percent, qualifier "over"), "grew by a quarter"
(25 percent), "two-and-a-half times"
(2.5 times), "tenfold" (10 times).

A fraction counts only when "of" follows it, so "a quarter of" is a share while "the
first quarter" is a period; "half" counts only as "half of the/all/them/its...". A count in
brackets after it also makes a share ("over half (23) voted no"), and is a figure itself. A share is a percent,
like "75%" would be; the qualifier in front ("over") is read as for any figure. A fraction
word followed by its own percentage in brackets ("nearly half of them (48%)") gives nothing:
the percentage is the figure.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from .context import ALWAYS, Figure, SentenceContext, matches_from
from .lexicon import (
    CHANGE_NOUNS,
    MEASURE_UNITS,
    NUMBER_WORDS,
    QUALIFIER_BEFORE,
    VULGAR_FRACTIONS,
    WORD_NUMBER,
    as_number,
    fold,
    number_value,
    split_words,
)

_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
_NUMERATORS = {**{w: NUMBER_WORDS[w] for w in split_words("one two three four five six seven eight nine")}, "a": 1}
_NUMERATOR_WORDS = frozenset(_NUMERATORS)
# "a quarter of 2023", "a third of the year", "a quarter of an hour", "half of the season":
# time or a measure, not a share; nor is "a Fourth of July parade" (a date). A fraction of
# one unit of a measure is a measure in that unit ("three-quarters of a mile": 0.75 mile).
_TIME_AFTER_THE = r"(?:year|century|decade|month|season|day|week|quarter)\b"
_NOT_A_SHARE = (
    rf"\s+(?:\d{{4}}\b|the\s+{_TIME_AFTER_THE}|July\b|"
    rf"an?\s+(?:(?P<points>percentage[\s-]point)|(?P<percent>per[\s-]?cent)|"
    rf"(?P<measure>{'|'.join(sorted(MEASURE_UNITS, key=len, reverse=True))}))\b)"
)
_FRACTION = re.compile(
    rf"(?<![\w-])(?P<num>{'|'.join(_NUMERATORS)})[\s-]"
    rf"(?P<den>{'|'.join(sorted(_DENOMINATORS, key=len, reverse=True))})\s+of\b",
    re.IGNORECASE,
)
_NOT_A_SHARE_AFTER = re.compile(_NOT_A_SHARE, re.IGNORECASE)
_VULGAR_SET = frozenset(VULGAR_FRACTIONS)
_OF_A_SCALE = re.compile(r"\s+an?\s+(?:thousand|million|billion|trillion)\b", re.IGNORECASE)
# "grew by a quarter", "cut by half", "rose by more than a third": a change by a share, its
# qualifier between. The share must end the phrase ("by a third party" is no share).
_BY_QUALIFIER = r"(?:(?:a\s+little\s+|slightly\s+|just\s+|well\s+)?(?:more|less)\s+than|just\s+(?:over|under)|" \
    r"nearly|almost|about|around|roughly|some|over|under|close\s+to|approximately)\s+"
_BY_FRACTION = re.compile(
    rf"\bby\s+(?:{_BY_QUALIFIER})?(?:(?P<num>{'|'.join(_NUMERATORS)})[\s-])?"
    rf"(?P<den>{'|'.join(sorted(_DENOMINATORS, key=len, reverse=True))})\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|between|from|since|over|to|on|and|after|compared|during|last|this|"
    r"as|while|but|by|year-on-year|a\s+year)\b)",
    re.IGNORECASE,
)
# "half of them", "half of its stores", "half of our sales" (a speaker's own): a share of a
# group just named, as "half of the" is.
_HALF_OF = re.compile(
    rf"(?<![\w-])half\s+of\s+(?:the|all|them|these|those|its|their|our|his|her|your|my|which|whom)\b"
    rf"(?!\s+{_TIME_AFTER_THE})",
    re.IGNORECASE,
)
# "almost half (14) of the boats", "over half (37) voted no", "a third (12) of them": the
# count in brackets says the fraction is a share of a group, "of" or not. A bare ordinal
# ("third (12)") may be a place, so a fraction other than "half" needs its numerator.
_SHARE_WITH_COUNT = re.compile(
    rf"(?<![\w-])(?:(?P<num>{'|'.join(_NUMERATORS)})[\s-]"
    rf"(?P<den>{'|'.join(sorted(_DENOMINATORS, key=len, reverse=True))})"
    r"|(?P<half>half))\s+\(\s*(?P<count>\d[\d,]*)\s*\)",
    re.IGNORECASE,
)
# What the count in brackets counts: the plural noun of the group after it ("of the member
# states"), else nothing (not the share's percent).
_GROUP_AFTER = re.compile(r"\s+of\s+(?:the|all|its|their|these|those)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{3,}s)\b")
_MULTIPLE = re.compile(
    rf"(?<![\w.,-])(?:(?P<digits>\d+(?:\.\d+)?)|(?P<word>{WORD_NUMBER}))"
    r"(?:[\s-]and[\s-]a[\s-](?P<half>half)[\s-]times\b|-?(?P<fold>fold)\b)",
    re.IGNORECASE,
)
# "multiplied its sales by over three and a half": a whole and a half after "multiplied ...
# by", with nothing measured after it, is a multiple (2.5 times).
_MULTIPLIED_BY_HALF = re.compile(
    rf"\bmultipl(?:ied|ies|y|ying)\b[^.;:]{{0,80}}?\bby\s+(?:(?:more|less)\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+)?"
    rf"(?P<n>(?:(?P<digits>\d+)|(?P<word>{WORD_NUMBER}))[\s-]and[\s-]a[\s-]half)(?=\s*(?:[,.;:)]|$))",
    re.IGNORECASE,
)
# "six and a half metres", "a nine-and-a-half-metre wall", "two and a half years": a whole
# and a half before what it measures (units.py reads the noun); "times" is a multiple (above),
# and "two and a half million" a number (lexicon.NUMBER).
_AND_A_HALF = re.compile(
    rf"(?<![\w.,-])(?:(?P<digits>\d+)|(?P<word>{WORD_NUMBER}))[\s-]and[\s-]a[\s-]half"
    r"(?=[\s-](?!times\b|(?:thousand|million|billion|trillion)\b)[a-z])",
    re.IGNORECASE,
)
# "nearly half an hour" (30 minutes), "half a century" (50 years), "a day and a half" (1.5
# days): a span of time in words, as the smaller unit a reader would give it, or as the
# unit written. Weeks and months do not halve into a whole smaller unit and are left.
_HALF_UNIT = {
    "minute": (30, "seconds"), "hour": (30, "minutes"), "day": (12, "hours"), "year": (6, "months"),
    "decade": (5, "years"), "century": (50, "years"),
}
_HALF_SPAN = re.compile(
    r"(?<![\w-])(?:half[\s-]an?[\s-](?P<half>minute|hour|day|year|decade|century)"
    r"|(?:an?|one)[\s-](?P<whole>minute|hour|day|week|month|year|decade|century)[\s-]and[\s-]a[\s-]half)\b",
    re.IGNORECASE,
)
# "a 7.5/10 rating", "rated 4/5 by critics", "scored 82/100": a score on a scale; the scale is
# no figure of its own.
_RATING = re.compile(
    r"(?<![\w./])(?P<score>\d{1,3}(?:\.\d{1,2})?)/(?P<scale>5|10|20|100)\b(?![./]\d)"
)
_RATED_BEFORE = re.compile(r"\b(?:rated|rating\s+of|scored|scores?\s+of|scoring|gave\s+it|gives\s+it)\s+(?:an?\s+)?$",
                           re.IGNORECASE)
_RATING_AFTER = re.compile(r"\s+(?:ratings?|scores?|stars?)\b", re.IGNORECASE)
# "rated the film 8/10", "graded each state 6/10": the verb, its object, then the score.
_RATED_OBJECT_BEFORE = re.compile(
    r"\b(?:rated|rates|graded|grades|scored|scores|gave|gives|awarded|awards)\s+(?:[\w'’-]+\s+){1,3}$",
    re.IGNORECASE,
)
# A weekday or month before the bracket dates it: "met on Friday (9/10)".
_DATED_BEFORE = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|on)\s*\($"
)
# "graded the states on their policies, with Alba on top (9/10), Brora (8/10) ...": a score
# alone in brackets after the item it scores, in a sentence that speaks of grading.
_GRADING_WORDS = frozenset(
    {"graded", "grades", "grade", "rated", "rates", "rating", "ratings", "scored", "scores", "score",
     "scorecard", "marked", "marks"}
)
_DENOMINATOR_WORDS = frozenset(_DENOMINATORS)
_DENS = "|".join(sorted(_DENOMINATORS, key=len, reverse=True))
# "sales were a third up on last year", "a quarter lower than in May": a change given as a
# share of the level it is measured from, as "up 33%" is. The comparison must follow.
_FRACTION_CHANGE = re.compile(
    rf"(?<![\w-])(?P<num>{'|'.join(_NUMERATORS)})[\s-](?P<den>{_DENS})\s+"
    r"(?:up|down|higher|lower)\s+(?=(?:on|from|than|compared|year-on-year|over|since)\b)",
    re.IGNORECASE,
)
# "up a fifth on 2029", "rose a third from a year earlier", "fell almost a quarter in May": a
# fraction straight after a word of change is the change in percent, as "by a fifth" is; the
# comparison or a stop follows ("rose a quarter point" is a point, "cut a third of jobs" a part).
# After a word of comparison the fraction is the level compared with ("some 70%, versus just
# under two-thirds in May"): a share all the same.
_CHANGE_BY_FRACTION = re.compile(
    r"\b(?:up|down|rose|fell|grew|dropped|climbed|jumped|slid|slumped|gained|declined|increased|decreased|"
    r"compared\s+(?:with|to)|versus|than|from)\s+"
    rf"(?:{_BY_QUALIFIER})?(?P<num>{'|'.join(_NUMERATORS)})[\s-](?P<den>{_DENS})\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|from|than|compared|year-on-year|over|since|in(?!\s+which)|to|against|versus)\b)",
    re.IGNORECASE,
)
# "one-half percent", "roughly two and one-half percent", "a quarter percentage point",
# "one-half of one percent": a fraction written out before the percent word is that many
# percent (or points), not a share of something: 0.5, 1.5, 0.25.
_FRACTION_OF_PERCENT = re.compile(
    rf"(?<![\w-])(?:(?P<whole>\d{{1,2}}|{WORD_NUMBER})[\s-]and[\s-])?"
    rf"(?P<num>{'|'.join(_NUMERATORS)})[\s-](?P<den>{_DENS})(?:\s+of\s+(?:one|a|1))?\s+"
    r"(?:(?P<pct>per\s?cent|percent)|(?P<points>percentage\s+points?))\b",
    re.IGNORECASE,
)
# "a one-third increase", "a three-quarter stake": the fraction as a compound adjective of a
# change or a holding is that share in percent, as "up a third" and "two thirds of" are. Other
# nouns are left: "a two-thirds majority" names a voting rule (as "a simple majority" does),
# "a one-third scale model" and "a three-quarter length coat" a kind.
_SHARE_NOUNS = "|".join(sorted(
    CHANGE_NOUNS | frozenset(split_words(
        "cut cuts reduction reductions stake stakes share shares holding discount rebate premium markup interest"
    )),
    key=len, reverse=True,
))
_FRACTION_COMPOUND = re.compile(
    rf"(?<![\w-])(?P<num>{'|'.join(n for n in _NUMERATORS if n != 'a')})[\s-](?P<den>{_DENS})"
    rf"(?=\s+(?:{_SHARE_NOUNS})\b)",
    re.IGNORECASE,
)
# "A third from the coast, 20% from inland": a share of a group named before, by where its
# members come from. A place counted from an end ("a third from bottom", "a quarter from the
# left") is a position, not a share.
_SHARE_FROM = re.compile(
    rf"(?<![\w-])(?P<num>{'|'.join(_NUMERATORS)})[\s-](?P<den>{_DENS})\s+from\s+"
    r"(?!(?:the\s+)?(?:bottom|top|last|left|right|end|front|back|start|finish|edge|base)\b)",
    re.IGNORECASE,
)

# --- shares written without "of" ------------------------------------------------------------
# "half of voters", "half the surveyed farms": a share of a group named by a plural noun, with
# no determiner or with "the" and at most two modifiers ("half the year", "half the price"
# are no groups: a singular noun). Words in -ss, -us, -is are no plurals ("half the class").
_TIME_PLURALS = r"(?:years|centuries|decades|months|seasons|days|weeks|quarters|hours|minutes)\b"
_PLURAL = r"(?!(?:was|has|does|as|this|its|his|thus|perhaps|across|plus|whereas)\b)[a-z]+s\b(?<!ss)(?<!us)(?<!is)"
_HALF_OF_GROUP = re.compile(
    rf"(?<![\w-])half\s+(?:of\s+|the\s+(?:[a-z]+(?:['’]s)?\s+){{0,2}})(?={_PLURAL})(?!{_TIME_PLURALS})",
    re.IGNORECASE,
)
_MEASURE_NOUNS = "size|age|height|length|width|weight|depth|speed|lives|life"
# "Nearly two-thirds surveyed said ...", "Over half said ...", "Of them, a third were ...": a
# share as the subject of a verb, the group it is a share of left to the sentence before. A
# plural fraction ("two-thirds", "three quarters"), or "half" or "a third" after a qualifier or
# opening the sentence or its clause after a fronted partitive; a verb is a word in
# -ed or a common verb, or a participle ("with two-thirds waiting for a ruling"), not one that sets a
# span of time ("three quarters running", "two quarters ending in May").
# "a two-thirds majority", "the first half ended" are no shares.
_SUBJECT_VERBS = (
    r"(?:[a-z]+ed|(?!(?:running|ending|starting|beginning|following|preceding)\b)[a-z]{3,}ing|said|say|says|are|were|have|had|felt|feel|think|thought|believe|want|agree|expect|"
    r"support|oppose|own|saw|see|do|did|will|would|could|can|may|might|should|must|live|work)\b"
)
# "spent nearly half its budget", "over half their yearly catch": a share of what the
# owner has, whatever the noun; the owner may be named ("half the town's road budget", "half
# the state's water"). "half its size", "half their age" compare measures (as "half the size
# of" does), and "half their lives" is a span of time: no share.
_HALF_OF_OWN = re.compile(
    rf"(?<![\w-])half\s+(?:their|its|his|her|our|your|my|the\s+[a-z]+(?:\s+[a-z]+){{0,2}}['’]s)\s+(?!{_TIME_PLURALS}|(?:{_MEASURE_NOUNS})\b)(?=[a-z])",
    re.IGNORECASE,
)
_SHARE_SUBJECT = re.compile(
    rf"(?<![\w-])(?:(?P<num>two|three|four|five|six|seven|eight|nine)[\s-]"
    rf"(?P<den>thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths)|(?P<half>half)"
    # "Of the 40 stalls, a quarter were shut": one such part, as "half" is.
    rf"|(?P<one>an?)\s+(?P<part>third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
    rf"\s+(?={_SUBJECT_VERBS})",
    re.IGNORECASE,
)
_NO_SUBJECT_BEFORE = re.compile(r"\b(?:a|an|the|and|one|first|second|third|last|other|this|that)\s+$", re.IGNORECASE)
_HALF_OPENS = re.compile(r"^\W*$")
# "Of the 800 staff polled, half said ...", "Among them, half were ...": a fronted partitive
# names the group, and "half" opens the clause that follows it.
_PARTITIVE_OPENS = re.compile(r"^\W*(?:Of|Among)\s+(?:the|those|these|them|its|their|all|\d)\b[^;:,]*,\s*$")
# "the second half of the game", "the first half of the year": a part of a span, no share.
_HALF_IS_PART = re.compile(r"\b(?:first|second|latter|last|back|front|other)\s+$", re.IGNORECASE)


# "½ of voters", "1/3 of the budget": a fraction in symbols before "of" is a share as the
# words are. A slash fraction glued to more digits or slashes is a date or a code ("1/3/2031"),
# one after a whole number the fraction of a mixed number ("6 1/2", lexicon.DIGITS).
_SYMBOL_FRACTION = re.compile(
    rf"(?<![\w/.,])(?<!\d[ \u00a0])(?:(?P<vulgar>[{''.join(VULGAR_FRACTIONS)}])"
    r"|(?P<n>[1-9])/(?P<d>[2-9]|10)(?![/\d]))\s+of\b"
)


def _symbol_shares(ctx: SentenceContext) -> None:
    text = ctx.text
    for m in _SYMBOL_FRACTION.finditer(text):
        if m.group("vulgar"):
            share, end = VULGAR_FRACTIONS[m.group("vulgar")], m.end("vulgar")
        else:
            share, end = Fraction(int(m.group("n")), int(m.group("d"))), m.end("d")
        if (after := _NOT_A_SHARE_AFTER.match(text, m.end())) is not None:
            _not_a_share(ctx, m.start(), end, float(share), after)  # "¾ of an hour", as in words
        elif share < 1:
            _add(ctx, m.start(), end, as_number(Decimal(str(round(float(share) * 100, 1)))), "percent")


def _not_a_share(ctx: SentenceContext, start: int, end: int, share: float, after: re.Match[str]) -> None:
    """A fraction before time or a measure (_NOT_A_SHARE), in words or symbols: of one unit of a
    measure, a measure in that unit ("three-quarters of a mile", "¾ of an hour"); else no figure
    ("a third of the year", nor "1 third")."""
    if not ctx.free(start, end):
        return
    # "a quarter of a per cent" (0.25 percent), "a third of a percentage point": of the one unit.
    unit = (
        "percentage points" if after.group("points")
        else "percent" if after.group("percent")
        else after.group("measure")
    )
    if unit and share < 1:
        amount = as_number(Decimal(str(round(share, 4))))
        # The span takes in "a percentage point", which percentages.py would read as 1 point.
        end = end if after.group("measure") else after.end()
        ctx.add(Figure(start, end, "quantity", amount, unit=unit, unit_fixed=True))
    else:
        ctx.take(start, end)


# Its parts ask for common words ("of", "in") or a part of a word ("tenfold"): every sentence.
TRIGGER = ALWAYS


def recognise_fractions(ctx: SentenceContext) -> None:
    # Cheap tests first: most sentences hold no fraction word, nor "fold" or "and a half".
    words, text = ctx.words, ctx.text
    if "of" in words and ("/" in text or not _VULGAR_SET.isdisjoint(text)):
        _symbol_shares(ctx)
    if not words.isdisjoint(_DENOMINATOR_WORDS):
        if "percent" in words or "cent" in words or "percentage" in words:
            _fractions_of_a_percent(ctx)  # before "of" makes "one-half of one percent" a share
        for m in _FRACTION.finditer(text) if " of" in text else ():
            share = _NUMERATORS[fold(m.group("num"))] / _DENOMINATORS[fold(m.group("den"))]
            if _OF_A_SCALE.match(text, m.end()):
                continue  # "a quarter of a million": a number (lexicon.NUMBER)
            if (after := _NOT_A_SHARE_AFTER.match(text, m.end())) is not None:
                _not_a_share(ctx, m.start(), m.end("den"), share, after)
            elif share < 1:
                _add(ctx, m.start(), m.end("den"), as_number(Decimal(str(round(share * 100, 1)))), "percent")
        if "(" in text:
            _shares_with_count(ctx)
        if "half" in words:
            for m in _HALF_OF.finditer(text):
                if _HALF_IS_PART.search(text, 0, m.start()):
                    continue
                _add(ctx, m.start(), m.start() + 4, 50, "percent")
        _shares_without_of(ctx)
        # They open with a numerator after no word character or hyphen: in ASCII text tried
        # only where one starts (their look-behind would have the engine try every offset).
        starts = ctx.word_starts(words & _NUMERATOR_WORDS) if ctx.ascii else None
        for pattern in (_FRACTION_CHANGE, _SHARE_FROM, _FRACTION_COMPOUND):
            for m in pattern.finditer(text) if starts is None else matches_from(pattern, text, starts):
                share = _NUMERATORS[fold(m.group("num"))] / _DENOMINATORS[fold(m.group("den"))]
                if share < 1:
                    _add(ctx, m.start(), m.end("den"), as_number(Decimal(str(round(share * 100, 1)))), "percent")
        for m in _CHANGE_BY_FRACTION.finditer(text):
            share = _NUMERATORS[fold(m.group("num"))] / _DENOMINATORS[fold(m.group("den"))]
            if share < 1:
                _add(ctx, m.start("num"), m.end("den"), as_number(Decimal(str(round(share * 100, 1)))), "percent")
        if "by" in words:
            for m in _BY_FRACTION.finditer(text):
                num = _NUMERATORS[fold(m.group("num"))] if m.group("num") else 1
                share = num / _DENOMINATORS[fold(m.group("den"))]
                if share < 1:
                    start = m.start("num") if m.group("num") else m.start("den")
                    _add(ctx, start, m.end("den"), as_number(Decimal(str(round(share * 100, 1)))), "percent")
    if ("in" in words or "out" in words) and (ctx.number_words or ctx.has_digit):
        _rates(ctx)
    if "half" in words and "and" in words:
        for m in _MULTIPLIED_BY_HALF.finditer(text) if "by" in words else ():
            value = number_value(m.group("digits"), m.group("word"), None)
            if value is not None:
                _add(ctx, m.start("n"), m.end("n"), as_number(value + Decimal("0.5")), "times")
        for m in _AND_A_HALF.finditer(text):
            value = number_value(m.group("digits"), m.group("word"), None)
            if value is not None and ctx.free(m.start(), m.end()):
                ctx.add(Figure(m.start(), m.end(), "quantity", as_number(value + Decimal("0.5"))))
    if "half" in words:
        _half_spans(ctx)
    if "/" in text and ctx.has_digit:
        _ratings(ctx)
    if "fold" in text or ("half" in words and "times" in words):
        for m in _MULTIPLE.finditer(text):
            value = number_value(m.group("digits"), m.group("word"), None)
            if value is not None:
                if m.group("half"):
                    value += Decimal("0.5")
                _add(ctx, m.start(), m.end(), as_number(value), "times")


# "one in four cars", "one in every four cars", "3 in 10 adults", "eight out of ten voters": a
# share (25, 30, 80 percent), never a count of four cars. "Out of" a number in digits other than 10 or 100 is
# a count ("won 7 out of 12 matches"). Not "two in five minutes" (a count in a span of time or a measure).
_SMALL = "|".join(w for w in NUMBER_WORDS if 0 < NUMBER_WORDS[w] <= 20)
_RATE = re.compile(
    rf"(?<![\w.,-])(?P<num>{_SMALL}|\d{{1,3}})\s+(?:in(?:\s+every)?|(?P<out>out)\s+of)\s+(?P<den>{_SMALL}|hundred|\d{{1,3}})\b(?![.,]\d|\s*%)"
    rf"(?!\s+(?:{'|'.join(sorted(MEASURE_UNITS, key=len, reverse=True))})\b)",
    re.IGNORECASE,
)


# "eight in 10 farms (82 per cent)", "one in six firms (16%)": the share in brackets after the
# rate's noun is the figure the rate rounds; the rate gives none of its own.
_SHARE_IN_BRACKETS = re.compile(
    r"(?:\s+[A-Za-z][\w-]*){0,3}\s*\(\s*(?:about\s+|around\s+)?\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)"
)


def _rates(ctx: SentenceContext) -> None:
    # A rate starts at a number: tried only where one starts (its look-behind and
    # alternation would make finditer try every offset of the text).
    starts = ctx.number_starts()
    if starts is not None and len(starts) < 2:
        return  # a rate has two numbers ("one in four", "3 out of 10")
    for m in _RATE.finditer(ctx.text) if starts is None else matches_from(_RATE, ctx.text, starts):
        num, den = (number_value(g if g.isdigit() else None, None if g.isdigit() else g, None)
                    for g in (m.group("num"), m.group("den")))
        if num is None or den is None or not 0 < num < den:
            continue
        if m.group("out") and m.group("den").isdigit() and den not in (10, 100):
            continue  # "won 7 out of 12 matches": a count of matches
        if "(" in ctx.text and _SHARE_IN_BRACKETS.match(ctx.text, m.end()):
            if ctx.free(m.start(), m.end()):
                ctx.claim(m.start(), m.end())  # the bracket's share is the figure
            continue
        _add(ctx, m.start(), m.end(), as_number(round(num * 100 / den, 1)), "percent")


def _shares_with_count(ctx: SentenceContext) -> None:
    text = ctx.text
    for m in _SHARE_WITH_COUNT.finditer(text):
        if ctx.free(m.start("count"), m.end("count")):
            group = _GROUP_AFTER.match(text, m.end())
            count = int(m.group("count").replace(",", ""))
            unit = group.group("noun") if group else None
            ctx.add(Figure(m.start("count"), m.end("count"), "quantity", count, unit=unit, unit_fixed=True))
        if m.group("half"):
            if not _HALF_IS_PART.search(text, 0, m.start()):
                _add(ctx, m.start(), m.end("half"), 50, "percent")
            continue
        share = _NUMERATORS[fold(m.group("num"))] / _DENOMINATORS[fold(m.group("den"))]
        if share < 1:
            _add(ctx, m.start(), m.end("den"), as_number(Decimal(str(round(share * 100, 1)))), "percent")


def _shares_without_of(ctx: SentenceContext) -> None:
    """Shares of a group named without "of" or after a bare "of" (see _HALF_OF_GROUP), and
    shares that are the subject of a verb (see _SHARE_SUBJECT)."""
    text = ctx.text
    if "half" in ctx.words:
        for pattern in (_HALF_OF_GROUP, _HALF_OF_OWN):
            for m in pattern.finditer(text):
                if not _HALF_IS_PART.search(text, 0, m.start()):
                    _add(ctx, m.start(), m.start() + 4, 50, "percent")
    for m in _SHARE_SUBJECT.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        if _NO_SUBJECT_BEFORE.search(before):
            continue
        if m.group("half") or m.group("one"):
            qualified = QUALIFIER_BEFORE.search(before) is not None
            opens = _HALF_OPENS.match(text[:m.start()]) or _PARTITIVE_OPENS.match(text[:m.start()])
            part = 2 if m.group("half") else _DENOMINATORS[fold(m.group("part"))]
            if qualified or opens:
                end = m.end("half") if m.group("half") else m.end("part")
                _add(ctx, m.start(), end, as_number(Decimal(str(round(100 / part, 1)))), "percent")
            continue
        share = _NUMERATORS[fold(m.group("num"))] / _DENOMINATORS[fold(m.group("den"))]
        if share < 1:
            _add(ctx, m.start(), m.end("den"), as_number(Decimal(str(round(share * 100, 1)))), "percent")


# "nearly three-quarters of growers (72%)", "more than half (52%)": the writer gives the
# share's exact percentage in brackets, which is the figure; the word only rounds it. The
# percentage must be near the word's share (within _OWN_SHARE_GAP points) to be its own.
# A change given as a fraction may put a short time or place phrase between the word and its
# percentage: "bookings rose by more than a third in a single season (35%)".
_OWN_PERCENTAGE_AFTER = re.compile(
    r"(?:\s+(?:of|in|over|within|during|across)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r"\s*\(\s*(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent)\s*\)",
    re.IGNORECASE,
)
_OWN_SHARE_GAP = 10


def _has_own_percentage(text: str, end: int, share: int | float) -> bool:
    after = _OWN_PERCENTAGE_AFTER.match(text, end)
    return after is not None and abs(float(after.group("pct")) - share) <= _OWN_SHARE_GAP


def _ratings(ctx: SentenceContext) -> None:
    """Scores on a scale before a word of rating or after a verb of rating (see _RATING)."""
    text = ctx.text
    for m in _RATING.finditer(text):
        rated = (
            _RATING_AFTER.match(text, m.end()) or _RATED_BEFORE.search(text, max(0, m.start() - 20), m.start())
            or _RATED_OBJECT_BEFORE.search(text, max(0, m.start() - 40), m.start())
            or (text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"
                and not ctx.words.isdisjoint(_GRADING_WORDS)
                and not _DATED_BEFORE.search(text, max(0, m.start() - 16), m.start()))
        )
        score = Decimal(m.group("score"))
        if rated and score <= int(m.group("scale")) and ctx.free(m.start(), m.end()):
            ctx.add(Figure(m.start(), m.end(), "quantity", as_number(score), unit="rating", unit_fixed=True))


def _half_spans(ctx: SentenceContext) -> None:
    """Spans of time with a half in words (see _HALF_SPAN)."""
    for m in _HALF_SPAN.finditer(ctx.text):
        if m.group("half"):
            if _HALF_IS_PART.search(ctx.text, 0, m.start()):
                continue  # "the second half an hour late": the half is a part of a game
            value, unit = _HALF_UNIT[m.group("half").lower()]
            _add(ctx, m.start(), m.end(), value, unit)
        else:
            whole = m.group("whole").lower()
            _add(ctx, m.start(), m.end(), 1.5, "centuries" if whole == "century" else whole + "s")


def _fractions_of_a_percent(ctx: SentenceContext) -> None:
    """Fractions written out before "percent" or "percentage point" (see _FRACTION_OF_PERCENT)."""
    for m in _FRACTION_OF_PERCENT.finditer(ctx.text):
        whole = m.group("whole")
        base = (Decimal(whole) if whole.isdigit() else Decimal(NUMBER_WORDS[fold(whole)])) if whole else Decimal(0)
        share = Decimal(_NUMERATORS[fold(m.group("num"))]) / Decimal(_DENOMINATORS[fold(m.group("den"))])
        if share >= 1 or not ctx.free(m.start(), m.end()):
            continue
        unit = "percent" if m.group("pct") else "percentage points"
        ctx.add(Figure(m.start(), m.end(), "quantity", as_number(round(base + share, 3)), unit=unit, unit_fixed=True))


def _add(ctx: SentenceContext, start: int, end: int, value: int | float, unit: str) -> None:
    if not ctx.free(start, end):
        return
    if unit == "percent" and "(" in ctx.text and _has_own_percentage(ctx.text, end, value):
        ctx.take(start, end)  # the bracketed percentage is the figure (percentages.py)
        return
    ctx.add(Figure(start, end, "quantity", value, unit=unit, unit_fixed=True))
