"""Years, year ranges and decades are context (``Fact.year``), never figures themselves."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .context import SentenceContext, Trigger, matches_from
from .lexicon import (
    CURRENCY_WORDS,
    GLUED_PREPOSITION_BEFORE,
    MEASURE_UNITS,
    STOP_WORDS,
    TIME_UNITS,
    UNIT_ABBREVIATIONS,
    YEAR,
    split_words,
)

_RANGE = re.compile(
    rf"(?<![\w.,$€£¥])(?P<y>{YEAR})\s*(?:[-–/]|(?P<link>to|and))\s*(?:{YEAR}|21\d\d|(?P<short>\d\d))\b(?![\w%]|[.,]\d)"
)
# "from 40 tonnes in 1990 to 35 tonnes": after "to" or "and", two digits followed by a word
# that is no function word are the next figure, not the end of a year range ("1990 to 95,").
# So are two digits dated by a year of their own ("12 shops in 2003 and 40 in 2012"): a range's
# end takes no second year.
_WORD_AFTER = re.compile(rf"\s+(?:(?P<dated>(?:in|since|by|until|through|during)\s+{YEAR}\b)|(?P<word>[a-z]+)\b)")
# A year of the next century ("projected by 2100", "until 2150") only after a preposition of
# time: elsewhere such a number is as likely a count. After a word of change, "by" gives an
# amount ("rose by 2100").
# Digit first, the look-behind after it: the regex engine skips ahead to a "2".
_FAR_YEAR = re.compile(r"(?P<y>2(?<![\w.,$€£¥#]2)1\d\d)(?![\w%]|[.,]\d|\s*(?:%|per\s?cent))")
_FAR_YEAR_BEFORE = re.compile(
    r"(?:(?P<word>\w+)\s+)?\b(?P<prep>by|in|until|till|before|through|circa|year)\s+$", re.IGNORECASE
)
# Centuries written so are periods too ("the 1500s", "late 1600s"): no value to count.
_DECADE = re.compile(r"(?<![\w.,])(?:mid-|early\s|late\s)?(?:1\d\d0|20\d0|['’]\d0|[1-9]0)s\b")
# A year glued to a preposition is one too, its space lost in the copy ("higher than1990").
_SINGLE = re.compile(
    rf"(?:(?<![\w.,$€£¥#])|{GLUED_PREPOSITION_BEFORE})(?:FY|fiscal\s)?(?P<y>{YEAR})(?![\w%]|[.,]\d|\s*(?:%|per\s?cent))"
)
# A year-sized number followed by a counted noun is a count ("1800 workers"), unless a
# preposition or a time word says it is a year ("in 2020", "2020 levels").
# Verbs and little words ending in s are no counted noun: "2023 is", "2019 was".
# Plurals without an "s" count too ("1800 people waiting"); singulars in -ss, -us and -is
# ("the 2031 class", "a 2019 bonus", "the 2008 crisis") are none.
_COUNT_AFTER = re.compile(
    r"\s+(?!(?:is|was|has|does|as|this|thus)\b)(?:[a-z]+s(?<!ss|us|is)|[A-Z]{2,}s|people|men|women|children|staff)\b"
)
# "1864 sq miles", "(1864 square miles)", "1864 km": a year-sized number before a unit of measure
# measures, in brackets too (a conversion); only a preposition of time makes it a year ("in 1864
# square dances ...") or "the" ("the 2030 GW target" names a year's goal).
_MEASURE_WORDS = MEASURE_UNITS - TIME_UNITS - frozenset(
    split_words("times fold percent points point degree degrees storey storeys story stories metric second")
)  # units of weight, length, area, volume and energy ("(1864 tonnes)"); "2031 points" may be a year's
_MEASURE_AFTER = re.compile(
    r"\s*(?:sq|cu)\b|\s+(?:square|cubic)\s|\s+(?:"
    + "|".join(sorted(UNIT_ABBREVIATIONS | _MEASURE_WORDS, key=len, reverse=True))
    + r")(?![\w/])"
)
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|since|by|until|till|during|before|after|through|circa|the)\s+$", re.IGNORECASE
)
# "compared with 2018 figures", "below 1995 levels": a year's reported numbers, whatever the
# word before; no one counts figures or levels in thousands, nor profits or earnings ("said 2031
# profits should top $4 billion").
_YEAR_DATA_AFTER = re.compile(
    r"\s+(?:figures|levels|data|numbers|results|totals|statistics|estimates|profits|earnings|revenues|forecasts|"
    r"projections|targets|accounts)\b"
)
# "The survey for 2031 shows a rise", "2029 marks the tenth year": a verb in -s with its object
# after a year-sized number is the year's verb, not a counted noun ("2000 shows a year" counts).
_YEAR_VERB_AFTER = re.compile(
    r"\s+(?:shows|suggests|reveals|indicates|confirms|means|marks|sees|brings)\s+"
    r"(?:a|an|the|that|how|no|\d)\b(?!\s+(?:year|day|week|month|night|season)\b)"
    # "the guidance for 2031 remains unchanged", "2031 looks weaker": a verb of state and its
    # complement ("2000 remains were found" counts)
    r"|\s+(?:remains|stays|stands|looks|seems)\s+(?:unchanged|intact|steady|the|a|an|at|on|in|to|\d|[a-z]+er)\b"
)
# "an increase of 4% on 2016 visitors", "sales 3% up on 2015 bookings": after a change given as a
# percentage (or "up"/"down"), "on" names the year compared with, whose counted noun follows.
# A rate charged on things keeps its count ("a 2% levy on 1800 firms": no word of change).
_COMPARED_ON_BEFORE = re.compile(
    r"(?:\b(?:up|down|higher|lower)|\b(?:increase|increases|rise|rises|growth|fall|falls|drop|decline|gain|"
    r"rose|fell|grew|dropped|declined|increased|decreased|decrease|jump|jumped|climbed)\b[^;:]{0,30}?"
    r"\d\s*(?:%|per\s?cent))\s+on\s+$",
    re.IGNORECASE,
)
# "a rise of only 2000 on May", "a net gain of 2010": the size of a change, a count; "the
# crash of 2008", "the rise of 2031" (with "the") date one.
_CHANGE_SIZE_BEFORE = re.compile(
    r"\b(?:an?|net)\s+(?:[a-z]+\s+)?(?:increase|rise|fall|drop|decline|decrease|gain|loss|jump|reduction|"
    r"shortfall|surplus|deficit)\s+of\s+"
    r"(?:(?:just|only|about|around|nearly|almost|some|roughly|over|under|more\s+than|less\s+than|fewer\s+than)\s+)?$",
    re.IGNORECASE,
)
# "at 2031 prices", "in constant 2031 dollars", "at real 2031 euros": a year governed by "at" or
# "in" (past an adjective of value) before a word for prices or money is the basis a sum is
# given in. Without that preposition the number counts ("checked 2031 prices"), and "at" before
# another noun keeps a count ("at 2031 stores"); "at" before a currency is a price ("sold at 2000
# euros") unless an adjective of value makes it a basis.
_BASIS_BEFORE = re.compile(
    r"\b(?:(?P<at>at)|in)\s+(?:(?P<adj>constant|real|current|fixed|nominal|average)\s+)?$", re.IGNORECASE
)
_PRICE_BASIS_AFTER = re.compile(r"\s+(?:prices|price\s+levels?|exchange\s+rates)\b", re.IGNORECASE)
_MONEY_NOUNS = sorted(
    {"money", "terms", "pounds"} | {word for word in CURRENCY_WORDS if word.isalpha() and word != "won"},
    key=len,
    reverse=True,
)  # "won" is a verb too
_MONEY_BASIS_AFTER = re.compile(r"\s+(?:" + "|".join(_MONEY_NOUNS) + r")\b", re.IGNORECASE)

_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|from|until|till|of|during|before|after|between|year|early|late|mid|"
    r"fiscal|the|and|or|to|through|circa|c\.|FY|"
    # The edition year of a publication ("the Outlook 2024 shows", "the XYZ 2023 uses") and a
    # month ("Feb. 2023").
    r"report|index|survey|outlook|review|census|yearbook|edition|ranking|rankings|forecast|"
    # A quarter's or half-year's label ("Q3 2031 sellers", "H1 2031 sales"): a period.
    r"(?-i:Q[1-4]|H[12])|"
    r"(?-i:[A-Z]{2,6}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|January|February|"
    r"March|April|May|June|July|August|September|October|November|December))\s+|[,(]\s*)$",
    re.IGNORECASE,
)


_YEARISH = re.compile(YEAR)  # starts with a literal digit: a fast test for any year at all


_CENTURIES = ("18", "19", "20")  # how every year of YEAR opens


def _year_starts(ctx: SentenceContext) -> list[int] | None:
    """Offsets where a match of _RANGE or _SINGLE may start, ascending; None where any may.

    They open with a look-behind, so the regex engine would try every offset. Their matches
    start at a year, which opens a run of digits (the look-behind rules out a digit before)
    with 18, 19 or 20; or at "FY" or "fiscal" before one (then every offset is tried)."""
    starts = ctx.number_starts()
    if starts is None or "fy" in ctx.words or "fiscal" in ctx.words:
        return None
    text = ctx.text
    return [at for at in starts if text.startswith(_CENTURIES, at)]


def _year_matches(pattern: re.Pattern[str], ctx: SentenceContext, starts: list[int] | None) -> Iterable[re.Match[str]]:
    """``pattern.finditer(ctx.text)`` for _RANGE and _SINGLE, tried only at ``starts``."""
    return pattern.finditer(ctx.text) if starts is None else matches_from(pattern, ctx.text, starts)


TRIGGER = Trigger(digit=True)


def recognise_years(ctx: SentenceContext) -> None:
    text = ctx.text
    # Order matters: ranges, then decades, then single years claim what is left.
    has_year = _YEARISH.search(text) is not None
    starts = _year_starts(ctx) if has_year else []
    for m in _year_matches(_RANGE, ctx, starts) if has_year else ():
        if m.group("link") and m.group("short") and _counts_after(text, m.end()):
            continue
        if ctx.free(m.start(), m.end()):
            ctx.take(m.start(), m.end())
            ctx.years.append((m.start("y"), int(m.group("y"))))
    if "0s" in text:  # every decade ends so: "1990s", "'80s", "20s"
        _claim_decades(ctx)
    for m in _year_matches(_SINGLE, ctx, starts) if has_year else ():
        if not ctx.free(m.start(), m.end()):
            continue
        if _measures(text, m.start(), m.end()):
            continue  # "1864 sq miles": a measure that looks like a year
        if _CHANGE_SIZE_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue  # "a rise of only 2000": a count that looks like a year
        if (
            _COUNT_AFTER.match(text, m.end()) and not _YEAR_BEFORE.search(text, 0, m.start())
            and not _opens_sentence(ctx, m.start()) and not _YEAR_DATA_AFTER.match(text, m.end())
            and not _YEAR_VERB_AFTER.match(text, m.end())
            and not _COMPARED_ON_BEFORE.search(text, max(0, m.start() - 60), m.start())
            and not _price_basis(text, m.start(), m.end())
            and not _names_year(ctx, m.start())
        ):
            continue  # "2048 GPUs": a count that looks like a year
        ctx.take(m.start(), m.end())
        ctx.years.append((m.start("y"), int(m.group("y"))))
    if "21" in text:
        _claim_far_years(ctx)
    if "1" in text and _OLD_YEAR_TELL.search(text):
        _claim_old_years(ctx)
    if ctx.years:
        scope_years(ctx)


# "Vision 2030 plans", "the Expo 2030 visitors", "Agenda 2063 goals": a year after a capitalised
# word is the year of a plan's or an event's name, whatever follows; a count after a name is
# grouped ("Westia's 2,030 voters"). Not after a weekday ("on Monday 2030 people signed") nor a
# word that only opens the sentence ("Some 2030 people").
_NAME_BEFORE_YEAR = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][a-z]+)\s+$")
_WEEKDAYS = frozenset(split_words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"))


def _names_year(ctx: SentenceContext, start: int) -> bool:
    before = _NAME_BEFORE_YEAR.search(ctx.text, max(0, start - 30), start)
    if before is None or before.group("name") in _WEEKDAYS:
        return False
    return bool(ctx.text[:before.start()].strip()) or before.group("name") in ctx.known_caps


def _measures(text: str, start: int, end: int) -> bool:
    """Whether a unit of measure follows the year-sized number at start..end (_MEASURE_AFTER)."""
    return (
        _MEASURE_AFTER.match(text, end) is not None
        and _TIME_PREPOSITION_BEFORE.search(text, max(0, start - 12), start) is None
    )


def _price_basis(text: str, start: int, end: int) -> bool:
    """Whether the year at start..end is the basis of a sum: "at 2031 prices" (_BASIS_BEFORE)."""
    before = _BASIS_BEFORE.search(text, max(0, start - 20), start)
    if before is None:
        return False
    if _PRICE_BASIS_AFTER.match(text, end):
        return True
    return (before.group("adj") is not None or before.group("at") is None) and _MONEY_BASIS_AFTER.match(
        text, end
    ) is not None


def _counts_after(text: str, end: int) -> bool:
    """Whether a word other than a function word follows ``end``: a unit or a counted noun."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and (after.group("dated") is not None or after.group("word") not in STOP_WORDS)


# A year before 1800 ("In 1652, the mill ..."): only after a preposition of time and before a
# clause break, where no count stands ("in 1652 homes" counts homes).
_OLD_YEAR = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Dd]uring)\s+(?P<y>1[0-7]\d\d)(?=\s*[,;:)])")
# Its year and what follows, searched first: opening with a literal digit, it skips through
# the text, where _OLD_YEAR is tried at every offset.
_OLD_YEAR_TELL = re.compile(r"1[0-7]\d\d(?=\s*[,;:)])")


def _claim_old_years(ctx: SentenceContext) -> None:
    for m in _OLD_YEAR.finditer(ctx.text):
        if ctx.free(m.start("y"), m.end("y")):
            ctx.take(m.start("y"), m.end("y"))
            ctx.years.append((m.start("y"), int(m.group("y"))))


def _claim_far_years(ctx: SentenceContext) -> None:
    text = ctx.text
    for m in _FAR_YEAR.finditer(text):
        before = _FAR_YEAR_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None or not ctx.free(m.start(), m.end()):
            continue
        word = before.group("word")
        if before.group("prep").lower() == "by" and word and word.lower() in _CHANGE_WORDS:
            continue  # "rose by 2100": an amount
        if _COUNT_AFTER.match(text, m.end()):
            continue  # "in 2150 homes"
        ctx.take(m.start(), m.end())
        ctx.years.append((m.start("y"), int(m.group("y"))))


# Style guides spell out a number that opens a sentence, years excepted: "2014 sales rose"
# is the year's sales. Headlines, which open with figures, are left out.
_OPENING = re.compile(r"[\W_]*")


def _opens_sentence(ctx: SentenceContext, start: int) -> bool:
    opening = _OPENING.match(ctx.text)
    return not ctx.is_title and opening is not None and opening.end() == start


def _claim_decades(ctx: SentenceContext) -> None:
    for m in _DECADE.finditer(ctx.text):
        ctx.claim(m.start(), m.end())


# --- which figures a year dates ----------------------------------------------------------

# A year right after these is the base of a comparison, not the year of the figure:
# "up 4% compared with 2021", "over the same period of 2022", "than in 2019", "since 2008".
_BASE_BEFORE = re.compile(
    r"\b(?:(?:compared|comparison|relative)\s+(?:with|to)|versus|vs\.?|than(?:\s+(?:it|they)\s+did)?(?:\s+in)?"
    r"|since|as\s+\w+\s+did\s+in"
    r"|(?:same|corresponding|equivalent|year-earlier|previous)\s+(?:[a-z]+\s+){0,2}?(?:of|in)"
    r"|(?P<weak>from|over))"
    r"\s+(?:(?:the\s+)?(?:(?:first|second|third|fourth|last)\s+(?:half|quarter)|end|start|beginning)"
    r"\s+of\s+)?$",
    re.IGNORECASE,
)
# "up from 2.9 million in 2022", "than 40% in 2019": the year of the base figure.
_BASE_FIGURE_BEFORE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:about|around|nearly|some|just)\s+)?"
    r"(?:[$€£¥]|[A-Z]{3}\s?)?\d[\d,.]*(?:\s*%|\s*(?:per\s?cent|percent|thousand|million|billion|trillion|bn|m|k)\b)?"
    r"(?:\s+[a-z]+){0,2}?\s+(?:in|during)\s+(?:the\s+same\s+period\s+of\s+)?(?P<weak>(?!))?$",
    re.IGNORECASE,
)
# "from" and "over" also say where data come from or what time they span ("figures from
# 2023 show", "over 2024"): they mark a base only in a sentence that speaks of a change.
_CHANGE_WORDS = frozenset(
    split_words(
        "up down rose rise rises risen grew grow grows growth fell fall falls fallen increase "
        "increased increases decrease decreased decreases decline declined declines drop dropped "
        "jump jumped climbed gained gain surged slipped edged doubled tripled halved higher lower "
        "more less"
    )
)
# Words without which _BASE_BEFORE and _RELATIVE cannot match.
_BASE_WORDS = frozenset(
    split_words("compared comparison relative versus vs than since did same corresponding equivalent "
    "earlier previous from over")
)
_RELATIVE_WORDS = frozenset({"which", "who"})
_RELATIVE = re.compile(r"(?:,\s*|\s)(?:which|who)\s", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:()—–]|\s-\s")


def scope_years(ctx: SentenceContext) -> None:
    """Fill ``ctx.year_scopes`` for comparison years and years in relative clauses."""
    text = ctx.text
    words = ctx.words
    may_base = not words.isdisjoint(_BASE_WORDS)  # cheap tests: most sentences have neither
    may_relate = not words.isdisjoint(_RELATIVE_WORDS)
    if not (may_base or may_relate):
        return
    for offset, _ in ctx.years:
        base = _BASE_BEFORE.search(text, max(0, offset - 60), offset) if may_base else None
        if base is None and may_base:
            base = _BASE_FIGURE_BEFORE.search(text, max(0, offset - 60), offset)
        if base and (not base.group("weak") or not words.isdisjoint(_CHANGE_WORDS)):
            # It dates only the base it belongs to: "up from 2.9 million in 2022".
            ctx.year_scopes[offset] = (base.start(), offset + 1)
            continue
        if not may_relate:
            continue
        # The comma-free stretch before the year: a "which/who" in it opens a relative clause.
        segment = max((m.end() for m in _CLAUSE_END.finditer(text, 0, offset)), default=0)
        relative = _RELATIVE.search(text, max(0, segment - 2), offset)
        if relative is not None:
            end = _CLAUSE_END.search(text, offset)
            ctx.year_scopes[offset] = (relative.start(), end.start() if end else len(text))


def figure_years(ctx: SentenceContext, position: int) -> list[tuple[int, int]]:
    """The years of the sentence that may date a figure at ``position``."""
    scopes = ctx.year_scopes
    if not scopes:
        return ctx.years
    # A year whose scope holds the figure is its year ("from 4 million in 2022"); else the
    # years that are not confined elsewhere.
    inside = [y for y in ctx.years if y[0] in scopes and scopes[y[0]][0] <= position < scopes[y[0]][1]]
    return inside or [y for y in ctx.years if y[0] not in scopes]


def carried_year(ctx: SentenceContext) -> int | None:
    """The year a sentence hands on to the next ones of its paragraph: its last year that is
    neither a comparison year nor confined to a relative clause."""
    scopes = ctx.year_scopes
    if not scopes:  # most sentences
        return ctx.years[-1][1] if ctx.years else None
    free = [year for offset, year in ctx.years if offset not in scopes]
    return free[-1] if free else None
