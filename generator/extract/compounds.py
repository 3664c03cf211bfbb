"""Digits or a number word joined by a hyphen to a counted noun, used as an adjective: "a 64-core chip",
"a 317-qubit processor". The number counts the hyphenated noun, which is the unit.

names.py treats a number glued by a hyphen to a word as a label ("3-shot tests",
"2-for-1"), except for measures ("8.35-ton"). After "a"/"an" and before a lower-case noun
(maybe past a name: "a 64-core "Kestrel" chip") the compound is a quantity: that is how
English writes "a chip with 64 cores"; after "the/its/their/this/each", an owner ("his",
"the club's") or no determiner at all (before a plural noun) only from 100 up ("the
5,000-seat arena", "with 300-qubit systems"), or for a length of time ("his 20-season
career"). Names put their letters before the digits ("XR-7b", "Q900", "Orbiter-3") and
never match. Number words also make a compound with a unit of time written without the
hyphen ("the three year lease"), and an age in words ("the one-year-old bakery") is a figure.
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext, Trigger
from .lexicon import (
    MEASURE_UNITS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SCALE_WORD,
    SCALED_COMPOUND_CURRENCIES,
    SCALED_COMPOUND_CURRENCY,
    STOP_WORDS,
    TENS_WORDS,
    TIME_UNITS,
    WORD_NUMBER,
    figure_value,
    split_words,
)

# The noun the compound modifies may come after a name: "the 317-qubit "Kestrel" chip",
# "a 500-seat Royal Opera hall".
_NOUN_AHEAD = r"(?=\s+(?:[\"“‘']?[A-Z][\w'’.-]*[\"”’']?\s+){0,3}[a-z])"
# Owners: "his 20-season career", "the singer's five-year tour".
_OWNER = r"|(?P<owner>[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our)"
_POSSESSIVE = r"|(?<=\w)['’ʼ]s"
# A scale word after the hyphen scales the number ("a 12-million household survey", "a 12-lakh
# scheme"), and a percent abbreviation makes a percentage ("a 12-pct rise"): read elsewhere.
_NOT_A_SCALE = rf"(?!(?:{SCALE_WORD}|pct)\b)"
# One adjective may stand between the determiner and the compound: "a strong 5.2-magnitude
# tremor", "the new 240-bed ward" (_ADJECTIVE checks it is no function word). A bound
# hyphenated onto the figure is its qualifier: "a more-than-3,500-berth marina".
_COMPOUND = re.compile(
    r"(?:\b(?:(?P<indefinite>[Aa]n?)|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Ee]ach" + _OWNER + r")" + _POSSESSIVE + r")"
    r"(?:\s+(?P<adjective>[a-z]{3,}))?"
    r"\s+(?:(?P<bound>more|less|fewer)-than-)?"
    r"(?P<num>\d\d{0,2}(?:,\d{3})*(?:\.\d+)?)-" + _NOT_A_SCALE + r"(?P<word>[a-z]{3,})" + _NOUN_AHEAD
)
# Without a determiner, before a plural noun: "experimenting with 300-qubit systems". Only
# from 100 up, as after "the" (small ones may be labels or ratings: "5-star hotels").
_BARE_COMPOUND = re.compile(
    r"(?P<num>\d(?<=[a-z] \d)\d{0,2}(?:,\d{3})*)-(?P<word>[a-z]{3,})"
    r"(?=(?:\s+[a-z]+)?\s+(?!(?:this|thus|does|has|was|its|his)\b)[a-z]{2,}[^s\W]s\b)"
)

_LABEL_LIMIT = 100
# Members of a group sized by the compound: "the 18-team league", "the 31-nation bloc", "the
# 12-member panel". No label is written so ("the 3-shot setting" is), so any size counts.
_MEMBER_WORDS = frozenset(split_words("team nation country state member club player seat"))
# "200-odd towns", "300-plus cities": a rough number, not a count of odds (plus_counts.py).
_ROUGHLY = frozenset({"odd", "plus", "something"})

# The same with a number word: "a four-day strike", "the six-wheel rover", "its two-seat
# car", past one adjective ("a bitter four-day strike"). Number words are not labels, so "the"
# takes any count; lower-case only, so a name ("the Four-Day Week campaign") stays a name.
# "one" is left out ("a one-off", "one-way").
# A compound may also follow another figure's compound and a comma, both describing the same
# noun: "a $3-billion, ten-year plan" (the determiner stands before the first).
_AFTER_COMPOUND = r"|(?<=\d)-[a-z]{3,},"
_WORD_COMPOUND = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Ee]ach" + _OWNER + r")" + _POSSESSIVE + _AFTER_COMPOUND + r")"
    r"(?:\s+(?P<adjective>[a-z]{3,}))?"
    rf"\s+(?P<num>{WORD_NUMBER})-(?P<word>[a-z]{{3,}})" + _NOUN_AHEAD
)
_COUNT_WORDS = frozenset(w for w, n in NUMBER_WORDS.items() if n > 1)
# Words after "two-" that make an idiom or a fraction, not a count: "a two-way street",
# "a ten-fold rise" (fractions.py), "a two-thirds majority", "a two-time winner" (wins: ordinal_counts.py).
# A cardinal before "second" makes a length of time ("a seven-second burn"), never a fraction.
_NOT_COUNTED = frozenset(split_words("way fold time times half halves quarter quarters")) | {
    f"{w}s" for w in ORDINAL_WORDS
} | (frozenset(ORDINAL_WORDS) - {"second"})
# "the three-year fix", "the 10-year yield", "than the three-year equivalent": a length of time
# before a word of a financial product is the product's term, its name ("a five-year bond" is
# a kind of bond), no figure. A deal, lease or contract keeps its length ("a three-year deal").
_PRODUCT_WORDS = frozenset(split_words(
    "fix fixed fixes tracker trackers bond bonds gilt gilts yield yields note notes treasury treasuries "
    "swap swaps equivalent equivalents"
))
_NEXT_WORD = re.compile(r"\s+(?P<word>[a-z]+)\b")


def _names_a_product(ctx: SentenceContext, start: int, end: int, word: str) -> bool:
    """Whether the length of time at start..end (its unit ``word``) is the term of a product
    named by the word after it; if so the compound is taken, so no other reader counts it."""
    after = _NEXT_WORD.match(ctx.text, end)
    if word not in TIME_UNITS or after is None or after.group("word") not in _PRODUCT_WORDS:
        return False
    ctx.take(start, end)
    return True


# A compound whose noun names a kind of thing, not its size: "a five-star hotel" (a rating),
# "a four-door car", "a four-wheel drive", "a three-piece suit", "a two-horse race", "a two-party
# system", "a ten-speed bike", "a two-stroke engine", "a six-cylinder engine", "a two-tier
# system". English builds these from fixed pairs; no desk counts the doors or the stars as a
# fact of the article. "a 24-hour helpline" (round the clock) is a kind of service too.
_KIND_WORDS = frozenset(split_words("star door piece horse speed stroke cylinder tier"))
# Kinds named only with the word after them: wheels count on a vehicle ("a six-wheel
# buggy"), not in "a four-wheel drive"; parties count in a bloc ("a seven-party coalition"), not
# in "a two-party system".
_KIND_PAIRS = {
    "wheel": frozenset(split_words("drive drives")),
    "party": frozenset(split_words("system systems politics state states")),
    # "a four-day week", "a four-day weekend": a kind of week, not a length the week has.
    "day": frozenset(split_words("week weeks weekend weekends")),
}
# A small compound before a word of a system or rule names the kind of system, not a count of
# its parts: "the two-pot savings system", "a two-state solution", "the one-child policy",
# "a three-strikes law". One word may stand between ("two-pot savings system"). Lengths of
# time keep their reading ("a five-year plan", "a four-day week": _KIND_PAIRS).
_SYSTEM_WORDS = frozenset(split_words(
    "system systems solution solutions policy policies regime regimes rule rules law laws model models "
    "framework frameworks structure structures approach approaches limit limits"
))
_SYSTEM_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?P<word>[a-z]+)\b")
_SYSTEM_KIND_LIMIT = 10
# A length of time before the noun of a tally names the window the tally was counted over ("its
# six-day haul", "a four-day total"): the tally is the fact, the window frames it.
_TALLY_NOUNS = frozenset(split_words("haul hauls gross grosses total totals tally tallies takings debut debuts"))
# "for the four-day and ... for the six-day": a length of time after "the" with no noun of its
# own (a function word follows) stands for the window itself, as "the four-day" of a box office.
_ELLIPTICAL_AFTER = frozenset(split_words("and or but for with to in at if as when while including"))
_ROUND_THE_CLOCK_NOUNS = frozenset(split_words(
    "helpline helplines hotline hotlines service services news channel channels pharmacy pharmacies shop "
    "shops store stores clinic clinics desk access coverage support care"
))


def _after_definite(m: re.Match[str]) -> bool:
    """Whether the compound's match opens with "the", "this" or "their" (its determiner)."""
    return m.group(0)[:1] in "Tt"


def _names_a_kind(
    ctx: SentenceContext, start: int, end: int, word: str, value: float | None, *, definite: bool = False
) -> bool:
    """Whether the compound at start..end (its noun ``word``) names a kind (see _KIND_WORDS) or
    a window (_TALLY_NOUNS, _ELLIPTICAL_AFTER after a definite determiner); if so it is taken,
    so no other reader counts it."""
    if word not in _KIND_WORDS:
        after = _NEXT_WORD.match(ctx.text, end)
        following = after.group("word") if after else ""
        round_the_clock = value == 24 and word == "hour" and following in _ROUND_THE_CLOCK_NOUNS
        window = word in TIME_UNITS and (
            following in _TALLY_NOUNS or (definite and following in _ELLIPTICAL_AFTER)
        )
        system = (value is not None and value <= _SYSTEM_KIND_LIMIT and word not in TIME_UNITS
                  and word.rstrip("s") not in TIME_UNITS and _names_a_system(ctx.text, end))
        if not round_the_clock and not window and not system and following not in _KIND_PAIRS.get(word, ()):
            return False
    ctx.claim(start, end)
    return True


def _names_a_system(text: str, end: int) -> bool:
    """Whether a word of a system or rule (_SYSTEM_WORDS) follows ``end``, next or one word on."""
    after = _SYSTEM_AFTER.match(text, end)
    if after is not None and after.group("word") in _SYSTEM_WORDS:
        return True
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group("word") in _SYSTEM_WORDS


# Adjective endings: "a three-dimensional model", "a two-sided coin", "a two-hearted tale".
_ADJECTIVE_ENDINGS = ("al", "ed", "ing", "ic", "ly", "ish", "ous", "ful")


# Every digit compound holds a digit, a hyphen and a lower-case letter: one search for that
# spares the two patterns (which open with alternations or look-behinds) in most sentences.
_DIGIT_COMPOUND_TELL = re.compile(r"\d-[a-z]")


def recognise_compounds(ctx: SentenceContext) -> None:
    if ctx.number_words and not ctx.words.isdisjoint(_SPACED_TIME_WORDS):
        _spaced_time_compounds(ctx)
    if "-" not in ctx.text:
        return
    digits = ctx.has_digit and _DIGIT_COMPOUND_TELL.search(ctx.text) is not None
    for m in _COMPOUND.finditer(ctx.text) if digits else ():
        word = m.group("word")
        if ctx.free(m.start("num"), m.end("word")) and _names_a_product(ctx, m.start("num"), m.end("word"), word):
            continue
        if _names_a_kind(ctx, m.start("num"), m.end("word"), word, figure_value(m.group("num"), None, None),
                         definite=_after_definite(m)):
            continue
        if word in STOP_WORDS or word in MEASURE_UNITS or word.rstrip("s") in MEASURE_UNITS or word in _ROUGHLY:
            continue  # measures ("an 8-ton lander") are read by the number and unit recognisers
        adjective = m.group("adjective")
        if adjective and (adjective in STOP_WORDS or adjective in NUMBER_WORDS or adjective.endswith("ly")):
            continue
        if not ctx.free(m.start("num"), m.end("word")):
            continue
        value = figure_value(m.group("num"), None, None)
        # After "the" small numbers may be labels ("the 3-shot setting"); "the 5,000-seat
        # arena" is a count, and so is a length of time ("the 12-season run") or the size of a
        # group ("the 18-team league").
        if value is not None and (
            m.group("indefinite") or value >= _LABEL_LIMIT or word in TIME_UNITS or word in _MEMBER_WORDS
        ):
            bound = f"{m.group('bound')} than" if m.group("bound") else None
            ctx.add(Figure(
                m.start("num"), m.end("word"), "quantity", value, unit=word, qualifier=bound, unit_fixed=True
            ))
    for m in _BARE_COMPOUND.finditer(ctx.text) if digits else ():
        word = m.group("word")
        if word in STOP_WORDS or word in MEASURE_UNITS or word.rstrip("s") in MEASURE_UNITS or word in _ROUGHLY:
            continue
        value = figure_value(m.group("num"), None, None)
        if value is not None and value >= _LABEL_LIMIT and ctx.free(m.start("num"), m.end("word")):
            ctx.add(Figure(m.start("num"), m.end("word"), "quantity", value, unit=word, unit_fixed=True))
    if ctx.number_words and _has_number_word_hyphen(ctx):
        _recognise_word_compounds(ctx)
    if ctx.number_words and "-old" in ctx.lower:
        _word_ages(ctx)
    if ctx.has_any(_LINKS):
        _suspended_halves(ctx)
    if ctx.has_any(SCALED_COMPOUND_CURRENCIES):
        _scaled_money_counts(ctx)


# "28 billion-dollar disasters", "three million-pound homes": a count of things that each cost
# a scaled sum; the scale and currency hyphenated before a plural noun are its kind, and the
# number counts the noun (money.py would read "28 billion" as the sum). A singular noun keeps
# the sum ("a 28 billion-dollar fund"), as does "a billion-dollar deal".
# The plural noun may be quoted, in curly or straight marks, as the source names the kind: "28
# billion-dollar “weather disasters”" counts what the quotation names.
_SCALED_MONEY_COUNT = re.compile(
    rf"(?<![\w$£€.,-])(?P<num>\d{{1,3}}(?:,\d{{3}})*|(?i:{WORD_NUMBER}))\s+(?i:{SCALE_WORD})-"
    rf"(?i:{SCALED_COMPOUND_CURRENCY})\s+"
    r"(?:(?P<open>[\"'\u201c\u2018])(?P<quoted>[a-z][a-z -]{0,40}?[a-z]s)[\"'\u201d\u2019]|(?P<noun>[a-z]{2,}s)\b)"
)


def _scaled_money_counts(ctx: SentenceContext) -> None:
    for m in _SCALED_MONEY_COUNT.finditer(ctx.text):
        num = m.group("num")
        value = figure_value(num, None, None) if num[0].isdigit() else figure_value(None, num.lower(), None)
        quoted = m.group("noun") is None
        noun = m.group("quoted") if quoted else m.group("noun")
        noun_start = m.start("open" if quoted else "noun")  # a quoted noun starts at its mark
        if value is not None and value >= 2 and ctx.free(m.start(), noun_start):
            ctx.add(Figure(m.start("num"), noun_start - 1, "quantity", value, unit=noun, unit_fixed=True))


# "two and three-seat boats", "the 2 or 3-bed homes": the first number shares the compound
# after it (its hyphen and noun left out), so it is a modifier as the compound is, no count of
# its own. A unit of measure or time ("two to three-metre waves") is read by the units.
_SUSPENDED = re.compile(
    rf"(?<![\w.,-])(?P<num>\d{{1,3}}|{WORD_NUMBER})\s+(?:and|or|to)\s+"
    rf"(?P<compound>(?:\d{{1,3}}|{WORD_NUMBER})-(?P<word>[a-z]{{3,}}))\b(?!-)",
    re.IGNORECASE,
)
_LINKS = frozenset({"and", "or", "to"})


def _suspended_halves(ctx: SentenceContext) -> None:
    for m in _SUSPENDED.finditer(ctx.text) if "-" in ctx.text else ():  # its compound has a hyphen
        word = m.group("word").lower()
        if word in MEASURE_UNITS or word.rstrip("s") in MEASURE_UNITS or word in TIME_UNITS or word in _NOT_COUNTED:
            continue
        if ctx.free(m.start("num"), m.end("num")) and ctx.free(m.start("compound"), m.end("compound")):
            ctx.take(m.start("num"), m.end("num"))


# "the three year lease", "a two day strike": a compound of a count and a unit of time written
# without its hyphen. The singular unit before a noun shows the compound ("the five years" or
# "five year olds" are none); from two up, as with the hyphen.
_SPACED_TIME_COMPOUND = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Ee]ach" + _OWNER + r")" + _POSSESSIVE + r")"
    rf"\s+(?P<num>{WORD_NUMBER})\s+(?P<word>year|month|week|day|hour|minute|decade|century)"
    r"(?=\s+(?P<noun>[a-z]{3,})\b(?![-'’]))"
)
_SPACED_TIME_WORDS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade", "century"})
_NOT_COMPOUND_NOUNS = frozenset({"old", "olds", "ago", "later", "earlier", "long", "running", "straight"})
# "the one-year-old bakery", "a six-month-old startup": an age in words, as "the 6-year-old
# group" is in digits (the number and units recognisers read that one). "one" counts here.
_WORD_AGE = re.compile(rf"(?<![\w-])(?P<num>{WORD_NUMBER})-(?:year|month|week|day)s?-old\b", re.IGNORECASE)


def _spaced_time_compounds(ctx: SentenceContext) -> None:
    for m in _SPACED_TIME_COMPOUND.finditer(ctx.text):
        noun = m.group("noun")
        if noun in STOP_WORDS or noun in _NOT_COMPOUND_NOUNS or noun.endswith("ly"):
            continue
        value = figure_value(None, m.group("num"), None)
        if value is None or value < 2 or not ctx.free(m.start("num"), m.end("word")):
            continue
        if not _names_a_product(ctx, m.start("num"), m.end("word"), m.group("word")):
            ctx.add(Figure(m.start("num"), m.end("word"), "quantity", value, unit=m.group("word"), unit_fixed=True))


def _word_ages(ctx: SentenceContext) -> None:
    for m in _WORD_AGE.finditer(ctx.text):
        value = figure_value(None, m.group("num"), None)
        if value is not None and value >= 1 and ctx.free(m.start("num"), m.end("num")):
            ctx.add(Figure(m.start("num"), m.end("num"), "quantity", value))  # units.py reads the rest


def _has_number_word_hyphen(ctx: SentenceContext) -> bool:
    """A number word of the sentence right before a hyphen: a few substring tests, so the
    compound pattern (which the regex engine tries at every offset) runs on few sentences."""
    lower = ctx.lower
    return any(f"{word}-" in lower for word in ctx.words & _COUNT_WORDS)


# "the twenty-second year", "its thirty-second edition": a tens word and "second" before a
# part of time or a word of a sequence is an ordinal (22nd), read by the ordinal recognisers;
# no length of seconds is "a year" or "an edition" ("a thirty-second advert" stays 30 s).
_SEQUENCE_AFTER_SECOND = re.compile(
    r"\s+(?:(?:year|month|week|day|decade|century|quarter|season|time|edition|anniversary|birthday|"
    r"place|position|spot)\b|(?:consecutive|straight|successive|annual)\s)"
)
_TENS = frozenset(TENS_WORDS)


def _ordinal_second(ctx: SentenceContext, m: re.Match[str]) -> bool:
    """Whether the compound ``m`` ("twenty-second") is an ordinal: see _SEQUENCE_AFTER_SECOND."""
    return (
        m.group("word") == "second"
        and m.group("num").lower() in _TENS
        and _SEQUENCE_AFTER_SECOND.match(ctx.text, m.end("word")) is not None
    )


# Without a determiner, a number word and a unit of time before a plural noun: "worked
# nine-hour days", "ran two-week courses", as "10-hour days" in digits. A verb or a pronoun
# after it ("two-year was ...") is no counted noun.
_BARE_WORD_TIME_COMPOUND = re.compile(
    rf"(?<=[a-z] )(?P<num>{WORD_NUMBER})-(?P<word>year|month|week|day|hour|minute|decade|century|season)"
    r"(?=\s+(?!(?:this|thus|does|has|was|its|his|is|as)\b)[a-z]{2,}[^s\W]s\b)"
)


def _recognise_word_compounds(ctx: SentenceContext) -> None:
    for m in _BARE_WORD_TIME_COMPOUND.finditer(ctx.text):
        value = figure_value(None, m.group("num"), None)
        if value is None or value < 2 or not ctx.free(m.start("num"), m.end("word")):
            continue
        if not _names_a_product(ctx, m.start("num"), m.end("word"), m.group("word")):
            ctx.add(Figure(m.start("num"), m.end("word"), "quantity", value, unit=m.group("word"), unit_fixed=True))
    for m in _WORD_COMPOUND.finditer(ctx.text):
        word = m.group("word")
        if word in STOP_WORDS or word in _NOT_COUNTED or word.endswith(_ADJECTIVE_ENDINGS):
            continue
        if word in NUMBER_WORDS:
            continue  # "the past twenty-four months": the hyphen joins the number's own words
        if _ordinal_second(ctx, m):
            continue
        adjective = m.group("adjective")  # "a costly four-day strike", as with digits
        if adjective and (adjective in STOP_WORDS or adjective in NUMBER_WORDS or adjective.endswith("ly")):
            continue
        value = figure_value(None, m.group("num"), None)
        if value is None or value < 2 or not ctx.free(m.start("num"), m.end("word")):
            continue
        if _names_a_product(ctx, m.start("num"), m.end("word"), word):
            continue
        if _names_a_kind(ctx, m.start("num"), m.end("word"), word, value, definite=_after_definite(m)):
            continue
        ctx.add(Figure(m.start("num"), m.end("word"), "quantity", value, unit=word, unit_fixed=True))


# recognise_compounds's trigger, below the word lists it names.
TRIGGER = Trigger(words=_SPACED_TIME_WORDS, chars="-")
