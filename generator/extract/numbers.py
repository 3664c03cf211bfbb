"""Plain quantities: 48, 12,400, 3.75, 2.8M, 16K, 70B, 14.8 trillion, a million, four, 6.3m users.

Runs after money, percentages and rankings, so it only sees what they left. Number words
("four components") count only when a noun follows: "one of the", "the two" are not figures,
unless the things pointed at are then named ("those two ferries are ...") or "one" spans a
unit of time ("one hour into the fair") or counts the noun after a verb ("disabled one
engine"). In "one of the 48 lotteries" the whole is the figure. The base of a rate ("per
1,000") is part of the rate's unit (units.py), not a figure.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator

from .context import Figure, SentenceContext, Trigger
from .labels import LABEL_WORDS
from .lengths import area_or_volume_after
from .lexicon import (
    CARBON_MASS,
    GLUED_UNITS,
    MEASURE_UNITS,
    NUMBER,
    NUMBER_DIGITS,
    NUMBER_VOCAB,
    NUMBER_WORDS,
    SCALED_UNITS,
    STOP_WORDS,
    UNIT_ABBREVIATIONS,
    WORD_NUMBER,
    figure_value,
    split_words,
)
from .records import SUPERLATIVE_WORDS
from .unit_words import IRREGULAR_PLURALS, is_plural_noun
from .units import glued_temperature

_NUMBER = re.compile(NUMBER, re.IGNORECASE)
# The same, case-sensitive, for lower-cased ASCII text (same offsets): the regex engine then
# rejects most words on their first letter instead of comparing every number word ignoring
# case. Only case-blind uses are made of what its groups hold.
_NUMBER_LOWER = re.compile(NUMBER)
_NUMBER_DIGITS = re.compile(NUMBER_DIGITS)
_GLUED = re.compile(r"[A-Za-zµ/]+")
# "a 4x4 truck", "2X2 grids": a glued "x" between digits names a kind (a drive, a size), no multiple.
_DIMENSIONS = re.compile(r"[xX]\d")
# A glued capital "X" is a multiple before the lower-case word it qualifies or that goes on the
# clause ("3X larger", "grew 4X in a year", "a 3X return"); in a run of names it is a name's
# ("firms such as Kestrel, 2X and Varda").
_CAPITAL_MULTIPLE = re.compile(r"\s+[a-z]")
# A trade abbreviation spaced after a number ("85 kt of copper", "4.2 mhl"): SCALED_UNITS.
_SPACED_ABBREVIATION = re.compile(r"[ \u00a0](?P<abbr>[A-Za-z]+(?:/[a-z])?)(?![\w/'’-])")
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z]")
_KNOT_WORDS = frozenset(split_words("wind winds gust gusts gale gales knots speed speeds storm hurricane typhoon"))


def scaled_unit(ctx: SentenceContext, abbr: str, end: int) -> tuple[str | None, str] | None:
    """The SCALED_UNITS entry of ``abbr`` written after a number (ending at ``end``), unless
    the sentence reads it otherwise: "kt" of wind is knots, "Mt" before a name a mountain."""
    scaled = SCALED_UNITS.get(abbr)
    if scaled is None:
        return None
    if abbr == "kt" and ctx.has_any(_KNOT_WORDS):
        return None
    if abbr == "Mt" and _CAPITALISED_NEXT.match(ctx.text, end):
        return None
    return scaled


def carbon_mass(text: str, end: int) -> tuple[int, tuple[str | None, str]] | None:
    """Where a mass of a greenhouse gas written after a number (ending at ``end``) ends, and
    its scale and unit: "12.4 GtCO2e" is 12.4 billion "tonnes CO2e"."""
    m = CARBON_MASS.match(text, end)
    if m is None:
        return None
    return m.end(), (SCALED_UNITS[m.group("abbr")][0], "tonnes CO2e" if m.group("e") else "tonnes CO2")


def scaled_abbreviation(ctx: SentenceContext, end: int) -> tuple[int, tuple[str | None, str]] | None:
    """Where a trade abbreviation glued or spaced after a number (ending at ``end``) ends, and
    its SCALED_UNITS entry, a gas's mass included: "410-450 kt", "1,210-1,380kt" (ranges.py)."""
    if (carbon := carbon_mass(ctx.text, end)) is not None:
        return carbon
    glued = _glued_at(ctx.text, end)
    abbr = glued or _SPACED_ABBREVIATION.match(ctx.text, end)
    if abbr is None:
        return None
    scaled = scaled_unit(ctx, abbr.group().strip(), abbr.end())
    return None if scaled is None else (abbr.end(), scaled)


def _add_scaled(ctx: SentenceContext, start: int, end: int, digits: str, scaled: tuple[str | None, str]) -> None:
    value = figure_value(digits, None, scaled[0])
    if value is not None:
        ctx.take(start, end)
        ctx.add(Figure(start, end, "quantity", value, unit=scaled[1], unit_fixed=True))


def _glued_at(text: str, end: int) -> re.Match[str] | None:
    """``_GLUED.match(text, end)``, tried only where a letter or "/" follows (most numbers
    are followed by a space)."""
    if end < len(text) and (text[end].isalpha() or text[end] == "/"):
        return _GLUED.match(text, end)
    return None

# "8 of the 78 indicators": the total is context for the count, not a figure of its own. "19
# out of 38 states" states the whole as a figure too (a score out of 100, seats out of 75):
# the total after "out of" is then read on its own (see recognise_numbers).
_OF_TOTAL = re.compile(
    r"\s+(?P<out>out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:top\s+)?"
    r"(?P<total>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\b(?!\s*%)"
)
# A capitalised word of a name, and a model's code: capitals with digits ("KX-9", "RQ7B", "B310M").
_NAME_WORD = r"(?:[A-Z][\w'’-]*\s+)"
_MODEL_CODE = r"(?:[A-Z]{1,4}-?\d{1,4}[A-Z]{0,2})"
# The noun may follow a name or adjective in capitals: "four Dutch satellites", "two Northern
# League clubs" (a plural noun, so the capitals only describe what is counted), also past one
# lower-case modifier ("two Arctic Sea survey ships") or a model's number ("six Kestrel 7 buses").
# An acronym may stand before the plural noun as an adjective ("three WHO regions", "two NHS
# trusts"), as a capitalised name does.
# A plural after capitals: one in -s, or one of the plurals without it ("eight KX-9A patrol
# aircraft", "six Highland sheep").
_PLURAL = rf"(?:[a-z]{{2,}}s|{'|'.join(sorted(IRREGULAR_PLURALS))})"
_NOUN_AFTER = re.compile(
    rf"[\s-]+(?:[a-z][a-z-]*|[A-Z]{{2,}}s|(?:[A-Z][a-z]+\s+(?:\d{{1,3}}\s+)?){{1,2}}(?:[a-z]+\s+)?{_PLURAL}\b"
    rf"|[A-Z]{{2,5}}\s+{_PLURAL}\b"
    # A model's code among the name's words ("seven KX-9 Kittiwake patrol planes", "ten Corvan C-40
    # jets"), or the model in the plural ("seven T-47s", "ten Aerion 340s"): the count counts it.
    rf"|{_NAME_WORD}*{_MODEL_CODE}\s+{_NAME_WORD}{{0,2}}(?:[a-z]+\s+){{0,2}}{_PLURAL}\b"
    rf"|{_NAME_WORD}{{0,2}}{_MODEL_CODE}s\b|{_NAME_WORD}{{1,2}}\d{{2,4}}s\b)\b"
)
# "the two companies" points back at a count already given; "its two ferries" gives one.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|both|all)\s+$", re.IGNORECASE)
# A group the clause defines gives its count, as "among the" does: a restrictive relative
# clause after the noun ("the four owl species that nest here", "the nine buses which run at
# night") or a participle right after the number ("the six reported in 2020": those reported
# are counted). "The three winners are on stage" still points back.
# A superlative right after the number defines the group too: "the five most-watched
# programs", "the three largest ports" are the top five and top three, a count.
_DEFINED_GROUP_AFTER = re.compile(
    r"\s+(?:(?:[a-z][a-z-]*\s+){0,2}[a-z]{2,}s\s+(?:that|which|who)\s"
    r"|[a-z]{3,}ed\s+(?:in|on|at|by|since|during|last|this)\s"
    rf"|(?:most|least)[\s-][a-z]+|(?:{'|'.join(sorted(SUPERLATIVE_WORDS - {'most', 'least'}))})\b)"
)
# "among the seven countries", "one of the four nations", "in each of the six events": membership
# of a group whose size the clause gives, not a pointer back.
_GROUP_BEFORE = re.compile(r"\b(?:among|one\s+of|each\s+of)\s+the\s+$", re.IGNORECASE)
# "Those two ferries are Alba Star and Bute Queen": the count pointed at is then named item
# by item (a verb "to be" or a colon, then names), so the sentence gives it. A list it must
# be: "The three firms are Chinese." only describes them.
# The names may stand in a dash or a bracket after the noun ("The nine outstanding wards – Alba,
# Brora and Cray – have ...", "the three firms (Alba, Brora and Cray)"), past its adjectives.
_NAMED_AFTER = re.compile(
    r"[\s-]+(?:[a-z]+\s+){0,2}[a-z]+\s*(?::\s*|\s+(?:are|were)\s+|[–—]\s*|-\s+|\(\s*)"
    r"[\"“]?[A-Z][\w'’.-]*(?:\s+[A-Z\d][\w'’.:-]*)*[\"”]?\s*(?:,|and\b|&)"
)
# "one hour into the fair", "one week after the storm", "one year since the vote": a span of
# one unit of time, as "two years since" is. "One day" alone may mean "some day", and "one of"
# picks one out: neither is a count.
_ONE_SPAN = re.compile(
    r"\s+(?:second|minute|hour|day|week|month|year|decade)\s+"
    r"(?:into|after|before|later|earlier|ago|old|long|away|late|early|left|since)\b",
    re.IGNORECASE,
)
# "set against the same month one year before", "up 12% on one year earlier", "that quarter one
# year prior": the time a comparison is measured against, as "a year earlier" is, no span the
# sentence counts (after the period it dates or a preposition of comparison; "one year later"
# and "one year since" stay spans).
_ONE_BASE_AFTER = re.compile(r"\s+[a-z]+\s+(?:earlier|ago|before|prior|previously)\b", re.IGNORECASE)
_COMPARED_BEFORE = re.compile(
    r"(?:\bsame\s+[a-z]+|\b(?:on|than|from|over|versus|vs\.?|against|with|to|period|quarter|month|year|time))\s+$",
    re.IGNORECASE,
)
# "postponed for one day", "extended by one year", "lasted one week", "took one year": a
# preposition or verb of duration before "one" and a unit of time makes a span (not "one day"
# as "some day").
_DURATION_BEFORE = re.compile(
    r"\b(?:for|by|within|lasted|lasting|lasts|took|takes|take|taking|spent|spends|spend)\s+$", re.IGNORECASE
)
_ONE_UNIT_OF_TIME = re.compile(r"\s+(?:second|minute|hour|day|week|month|year|decade)\b(?![-'’])", re.IGNORECASE)
# "a few hundred boats", "several dozen stalls": a vague multiple of a hundred or a dozen
# has no value to state (100 would be wrong by a factor the writer left open), as "several
# thousand" has none (the number pattern needs a number before a scale).
_VAGUE_BEFORE = re.compile(r"\b(?:a\s+few|few|several|many)\s+$", re.IGNORECASE)
_VAGUE_MULTIPLES = frozenset({"hundred", "dozen"})
# "won 14 Coastal Series 8000 cups", "runs 30 Velo Liner 417 coaches": after a figure, a name and
# digits before the counted noun, the digits are the name's (the figure counts the named thing).
_FIGURE_AND_NAME_BEFORE = re.compile(r"(?<![\w.,])\d[\d,.]*\s+(?:[A-Z][\w'’&.-]*\s+){1,4}$")
# "ordered three new 900 trams", "runs 40 more 300 buses": plain digits after a count and one
# adjective, before the counted noun, are a model's number (the count counts the model).
_FIGURE_AND_ADJECTIVE_BEFORE = re.compile(
    rf"(?<![\w.,])(?:\d[\d,.]*|{WORD_NUMBER})\s+(?P<adj>[a-z]+[^s\W])\s+$", re.IGNORECASE
)
_NOT_ADJECTIVES = frozenset(split_words("hundred thousand million billion trillion dozen per percent cent"))
_NOUN_NEXT = re.compile(r"\s+[a-z]")
_COUNTED_AFTER = re.compile(r"\s+[a-z]+s\b")
# "6.3m paid subscribers", "187m active accounts": a glued "m" is a million before a counted
# noun, also past one or two modifiers; a plural without "s" counts as well ("1.2m people",
# "3m children", "2.5m sheep", and "head", the counting noun of livestock: "1.4m head", not
# "a 5m head start"). Words of length or of races keep it metres ("a 5m tall mast", "the 400m
# hurdles", "the 100m freestyle heats").
_MILLION_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:[a-z]+[^s\W]s|people|children|men|women|cattle|sheep|head(?!\s+start))\b"
)
_METRE_WORDS = frozenset(split_words(
    "tall high deep long wide thick above below beneath underwater depth height length width "
    "race races final finals heat heats hurdles sprint sprints relay relays freestyle backstroke "
    "breaststroke butterfly medley individual dash swim swims run runs runner runners swimmer swimmers "
    "event events title titles record records champion champions metres meters yards"
))
# Words that end a noun phrase before its noun ("5m of the tests"); a participle does not
# ("6.3m paid subscriptions").
_FUNCTION_WORDS = frozenset(split_words(
    "of the a an to in on at by for from with and or than as per its their his her this that these "
    "those is are was were be been has have had into over under about after before"
))
_RACE_AFTER = re.compile(
    r"[\s-]+(?:fun\s+)?(?:race|races|run|runs|runners|walk|walks|course|courses|event|events|record|records|"
    r"time|times|title|titles|final|finals|leg)\b",
    re.IGNORECASE,
)
_GLUED_MILLION = re.compile(r"\d(?:m|M|mn|mln)$")
_ONE = re.compile(r"^(?:one|a|an)$", re.IGNORECASE)


def _matches(ctx: SentenceContext) -> list[re.Match[str]] | Iterator[re.Match[str]]:
    """``_NUMBER.finditer`` over the sentence (``_NUMBER_LOWER`` over lower-cased ASCII).

    In ASCII text, a number-word match starts at a word of the sentence that can start one,
    and digits are in no word match. A digit match may take a scale word after it ("10
    hundred"), and finditer goes on after that match: a word inside it starts nothing. So
    the digit matches, plus the word matches tried only where such words start outside them,
    are finditer's matches; and most offsets of the text are never tried.
    """
    text = ctx.text
    if not ctx.number_words:
        return _NUMBER_DIGITS.finditer(text)
    if not ctx.ascii:
        return _NUMBER.finditer(text)
    lower = ctx.lower
    found = list(_NUMBER_DIGITS.finditer(lower)) if ctx.has_digit else []
    words: list[re.Match[str]] = []
    end = 0
    match = _NUMBER_LOWER.match
    digits = iter(found)
    digit = next(digits, None)
    for at in ctx.number_word_starts():
        while digit is not None and digit.end() <= at:
            digit = next(digits, None)
        if at < end or (digit is not None and digit.start() <= at):
            continue  # inside the match before: of number words, or of digits with their scale
        m = match(lower, at)
        if m is not None:
            words.append(m)
            end = m.end()
    if not words:
        return found
    found += words
    found.sort(key=_START)
    return found


_START = operator.methodcaller("start")


# "Alder, Birch and Cedar, the three mills of the valley": the count of a list of names just
# given, in apposition to it (the names first, then "the" and the count): it gives the count.
_NAMES_BEFORE = re.compile(
    r"(?P<names>(?:[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3},\s+)+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}"
    r"\s+(?:and|&)\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}),\s+the\s+$"
)
_NAME_SEPARATOR = re.compile(r",\s+|\s+(?:and|&)\s+")
# "the two seats available", "the four tickets remaining": what is left on offer is counted
# there, not pointed back at ("the three firms left the market" is a verb, so "left" is out).
_ON_OFFER_AFTER = re.compile(r"[\s-]+(?P<noun>[a-z]+s)\s+(?:available|remaining|on\s+offer|up\s+for\s+grabs)\b")


def _counts_names_before(text: str, start: int, value: int | float) -> bool:
    names = _NAMES_BEFORE.search(text, max(0, start - 120), start)
    return names is not None and len(_NAME_SEPARATOR.split(names.group("names"))) == value


def _points_back(text: str, start: int, end: int, value: int | float = 0) -> bool:
    """"the two companies" points back at a count; "among the two companies" gives one, and so
    do "those two ferries are Alba Star and Bute Queen", "Alder, Birch and Cedar, the three
    mills" and "the two seats available"."""
    return (
        bool(_DETERMINER_BEFORE.search(text, 0, start))
        and not _DEFINED_GROUP_AFTER.match(text, end)
        and not _GROUP_BEFORE.search(text, 0, start)
        and not _NAMED_AFTER.match(text, end)
        and not _ON_OFFER_AFTER.match(text, end)
        and not _counts_names_before(text, start, value)
    )


def _in_counted_name(ctx: SentenceContext, start: int, end: int) -> bool:
    """Whether the digits at start..end belong to a name counted by the figure before it:
    "14 Coastal Series 8000 cups" (see _FIGURE_AND_NAME_BEFORE)."""
    text = ctx.text
    spaced_after_word = start > 1 and text[start - 1] == " " and text[start - 2].isalpha()
    if not spaced_after_word or not _NOUN_NEXT.match(text, end):
        return False
    # Both shapes need a count read before the digits (the figure the name or adjective follows).
    for f in ctx.figures:
        if f.end < start and f.kind == "quantity":
            break
    else:
        return False
    before = _FIGURE_AND_NAME_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return _model_after_count(ctx, start, end)
    first_end = before.start() + len(before.group().split()[0])
    return any(f.kind == "quantity" and f.end == first_end for f in ctx.figures)


def _model_after_count(ctx: SentenceContext, start: int, end: int) -> bool:
    """Whether plain digits at start..end after a count and one adjective, before a counted
    noun, are a model's number ("three new 900 trams"); the count then counts the adjective
    and the noun ("new trams")."""
    text = ctx.text
    before = _FIGURE_AND_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)
    counted = _COUNTED_AFTER.match(text, end)
    if before is None or counted is None or not text[start:end].isdigit():
        return False
    adjective = before.group("adj").lower()
    if adjective in STOP_WORDS or adjective in _NOT_ADJECTIVES:
        return False
    first_end = before.start() + len(before.group().split()[0])
    count = next((f for f in ctx.figures if f.kind == "quantity" and f.end == first_end), None)
    if count is None or count.unit_fixed:
        return False
    count.unit, count.unit_fixed = f"{adjective} {counted.group().strip()}", True
    return True


# "Tarnia took home four, in ...", "the club won two.": the object of a verb of winning,
# its noun left to the sentence before (what was won). From two up ("won one" is rarely a
# count, and "one" has its own rules), and only where the object closes the clause.
_WON_BEFORE = re.compile(
    r"\b(?:won|wins|take\s+home|takes\s+home|took\s+home|claimed|collected|bagged|picked\s+up)\s+$",
    re.IGNORECASE,
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:]|$)")


# "raised the number of its depots to four", "the number of open wards fell to two": the noun
# of "the number of" is what the number word closing the clause counts.
_NUMBER_OF_TO = re.compile(
    r"\bnumber\s+of\s+(?:[\w'’-]+\s+){0,4}?(?P<noun>[a-z]+s)\s+(?:(?:rose|fell|grew|climbed|dropped|increased|"
    r"decreased|went\s+up|went\s+down|up|down)\s+)?(?:from\s+[\w\s,.-]{1,30}?\s+)?to\s+$",
    re.IGNORECASE,
)


def _number_of_noun(text: str, start: int, end: int) -> str | None:
    """The noun of "the number of <nouns> ... to" before a number word closing its clause."""
    if _CLAUSE_ENDS.match(text, end) is None:
        return None
    m = _NUMBER_OF_TO.search(text, max(0, start - 100), start)
    return m.group("noun").lower() if m else None


# "three U.K.-based groups": a place's dotted initials glued to a participle modify the noun.
_INITIALS_MODIFIER_AFTER = re.compile(r"\s+(?:[A-Z]\.){2,}-[a-z]+\s+(?P<noun>[a-z]{2,}s)\b")


def _counted_noun(text: str, start: int, end: int) -> str | None:
    """What a lone number word counts when the units reader would take more words or none: the
    noun on offer ("the two seats available": seats), after a place's initials ("three
    U.K.-based groups") or of "the number of ... to"."""
    if (offered := _ON_OFFER_AFTER.match(text, end) or _INITIALS_MODIFIER_AFTER.match(text, end)) is not None:
        return offered.group("noun")
    return _number_of_noun(text, start, end) if _NOUN_AFTER.match(text, end) is None else None


# "the yearly mean likewise stood at seven", "the toll remained at nine": a level held, of the
# count named before, closing its clause. ("The talk is at seven": a clock time, no such verb.)
_LEVEL_BEFORE = re.compile(r"\b(?:stood|stands|remained|remains|stayed|stays|held|holds)\s+at\s+$")


# "40 models, ahead of Norland's 15 and Brora's three": a name's possessive before a number
# word closing its clause, after a figure in digits, is one more item of that figure's count
# (the noun left out, as in "Norland's 15").
_NAME_POSSESSIVE_BEFORE = re.compile(r"\b[A-Z][\w.&-]*['’]s\s+$")
_DIGIT_BEFORE = re.compile(r"\d")


def _elided_object(text: str, start: int, end: int) -> bool:
    if _CLAUSE_ENDS.match(text, end) is None:
        return False
    return (_WON_BEFORE.search(text, max(0, start - 20), start) is not None
            or _LEVEL_BEFORE.search(text, max(0, start - 20), start) is not None
            or _number_of_noun(text, start, end) is not None
            or (_NAME_POSSESSIVE_BEFORE.search(text, max(0, start - 30), start) is not None
                and _DIGIT_BEFORE.search(text, 0, start) is not None))


# "no two snowflakes are alike", "no two towns match": "no" before a number word denies that
# any such pair is the same; nothing is counted ("no one" has its own rule).
_NO_BEFORE = re.compile(r"\b[Nn]o\s+$")


# "twice as many — six — as a year before", "more - nine - than ever": a number set off by a
# dash after a comparison of amounts restates it as a count (of the comparison's noun, or the
# one the sentence before gave).
_COMPARISON_BEFORE = re.compile(
    r"\b(?:as\s+many|as\s+much|more|fewer)(?:\s+[a-z]+)?\s*(?:[—–]|\s-)\s*$", re.IGNORECASE
)
_SET_OFF_AFTER = re.compile(r"\s*(?:[—–,;.)]|\s-\s|$)")


def _restates_comparison(text: str, start: int, end: int) -> bool:
    return (
        _SET_OFF_AFTER.match(text, end) is not None
        and _COMPARISON_BEFORE.search(text, max(0, start - 40), start) is not None
    )


# "Grade Eight pupils", "the Big Four firms": a capitalised number word mid-sentence right after
# a capitalised word, a lower-case word or a stop after it, is the end of a name.
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![.!?:;\"“])\s[A-Z][\w'’-]*\s+$")
_LOWER_OR_STOP_AFTER = re.compile(r"(?:\s+[a-z]|\s*[,.;:)]|\s*$)")
# "a zero litter town", "its 'zero carbon' pledge": "zero" after an article or a quotation mark
# names a goal or a label; "recorded zero deaths" counts none.
# A possessive before it does the same ("the country's zero emission deadlines").
_ZERO_MODIFIER_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur)\s+['‘\"“]?|['‘\"“]|\w['’]s?\s+)$")
# "to achieve zero deforestation", "reaching zero hunger": "zero" and a singular noun after a
# verb of aim name a goal; "reach zero deaths" and "fell to zero" count none.
_ZERO_GOAL_BEFORE = re.compile(
    r"\b(?:achiev(?:e|es|ed|ing)|reach(?:es|ed|ing)?|attain(?:s|ed|ing)?|pursu(?:e|es|ed|ing)|towards?)\s+$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"[\s-]+(?P<word>[a-z]+)\b(?!['’-])")
_NOT_GOALS = frozenset(split_words("per percent cent degree degrees point points"))


def _goal_noun_after(text: str, end: int) -> bool:
    """A singular noun follows (no function word, unit or plural): "zero hunger", not "zero by"."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group("word")
    return word not in STOP_WORDS and word not in _NOT_GOALS and not is_plural_noun(word)


# "Zero emission vehicles", "zero-carbon homes", "zero waste shops": "zero" before a goal's noun
# used as an adjective names a kind of thing, no count ("zero emissions by 2040" is left a goal
# figure; "zero emissions vehicles" is the kind again).
_ZERO_KIND_AFTER = re.compile(
    r"[\s-]+(?:emission|carbon|waste)\s+[a-z]|\s+emissions\s+(?:vehicles?|cars?|bus(?:es)?|vans?|trucks?|zones?|"
    r"fleets?|transport|models?)\b",
    re.IGNORECASE,
)


def _zero_counts_nothing(text: str, start: int, end: int) -> bool:
    """Whether "zero" at ``start``..``end`` names a label, a goal or a kind (see above), no count."""
    return (_ZERO_MODIFIER_BEFORE.search(text, max(0, start - 8), start) is not None
            or (_ZERO_GOAL_BEFORE.search(text, max(0, start - 12), start) is not None and _goal_noun_after(text, end))
            or _ZERO_KIND_AFTER.match(text, end) is not None)
# "an increase of two (1.5%)", "down three (-0.4%)": a number word whose rate of change follows
# in brackets counts the change, its noun left to the sentence before.
_PERCENT_IN_BRACKETS = re.compile(r"\s*\(\s*[-+\u2212\u2013]?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s*\)")
# "holds one key and hands over the other", "one side ... the other", "fined for one breach
# and cleared of the second": one of a pair.
# "moved from one platform to another": one of any two, as the other is.
_THE_OTHER_AFTER = re.compile(
    r"\bthe\s+(?:other\b(?!\s+[a-z]+s\b)|second\b(?!\s+[a-z]))"
    r"|\banother\b(?![\s-]+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|few)\b))"
)


# "Seven had an 81 per cent share", "Nine drew 2 million": a capitalised number word that the
# document writes capitalised mid-sentence too ("aired on Seven", "the Nine Network") is that
# name (a broadcaster, a band, a team) wherever it stands capitalised, unless what follows makes
# it a count: "of", a plural noun, "more", "times".
_COUNT_AFTER_NAME_WORD = re.compile(
    r"\s+(?:of|per|percent|more|other|others|times|people|men|women|children|staff|"
    r"(?!(?:has|was|is|does|says|gets|wins|makes|takes|shows|airs|leads|holds|owns|runs|draws|claims)\b)[a-z]+s)\b"
)


# What follows such a name: a lower-case word (its verb: "Seven had"), a possessive or a stop;
# a capitalised word after it ("Two Westian firms") is what a count counts. "One" stays out
# ("Formula One" makes it a name; "One person died" counts).
_AFTER_NAME_WORD = re.compile(r"(?:\s+[a-z]|['’]s\b|\s*[,.;:!?)]|\s*$)")


# "Three UK has reported", "Four NZ said": a capitalised number word and an acronym as the
# subject of a verb in the singular (or of saying) make a company's name; a count has its noun
# between ("Three UK firms said").
_ACRONYM_NAME_AFTER = re.compile(
    r"\s+[A-Z]{2,4}\s+(?:has|is|was|says|said|reported|reports|posted|posts|announced|announces|added|adds|"
    r"saw|sees|plans|expects|recorded|records)\b"
)


def _names_a_word_name(word: str, known_caps: frozenset[str], text: str, end: int) -> bool:
    if word[:1].isupper() and word != "One" and _ACRONYM_NAME_AFTER.match(text, end) is not None:
        return True
    return (
        word[:1].isupper() and word != "One" and word in known_caps
        and _AFTER_NAME_WORD.match(text, end) is not None and _COUNT_AFTER_NAME_WORD.match(text, end) is None
    )


def _ends_name(text: str, start: int, end: int) -> bool:
    return (
        text[start].isupper()
        and _CAPITAL_WORD_BEFORE.search(text, max(0, start - 40), start) is not None
        and _LOWER_OR_STOP_AFTER.match(text, end) is not None
    )


def _lone_word_counts(text: str, word: str, start: int, end: int) -> bool:
    """Whether a number word alone ("four", not "four million") counts something here."""
    if _NO_BEFORE.search(text, max(0, start - 4), start):
        return False
    if _COMPOUND_DURATION_AFTER.match(text, end):
        return True  # "beat the three hours and five minutes of 2030": a length of time
    if _ends_name(text, start, end):
        return False
    if word.lower() == "zero" and _zero_counts_nothing(text, start, end):
        return False
    if _PERCENT_IN_BRACKETS.match(text, end):
        # "an increase of two (1.5%)", "down three (-0.4%)": a change and its rate ("Group two
        # (1.5%)" is a label)
        before = _WORD_BEFORE_ONE.search(text, max(0, start - 30), start)
        return before is None or before.group("word").lower() not in LABEL_WORDS
    if _restates_comparison(text, start, end) and not _ONE.match(word):
        return True
    if _ONE.match(word):
        if _MORE_THAN_BEFORE.search(text, max(0, start - 12), start):
            return False  # "own more than one car": several, no count
        return word.lower() == "one" and (
            (_ONE_SPAN.match(text, end) is not None and not _comparison_base(text, start, end))
            or _closes_count_series(text, start, end)
            or (_one_counts(text, start, end) and not _THE_OTHER_AFTER.search(text, end))
            or _one_duration(text, start, end)
            or _one_in_a_tally(text, start, end)
        )
    if _NOUN_AFTER.match(text, end) is None and _INITIALS_MODIFIER_AFTER.match(text, end) is None:
        return _elided_object(text, start, end) or (
            _SERIES_AFTER.match(text, end) is not None and not _DETERMINER_BEFORE.search(text, 0, start)
        )
    return not _points_back(text, start, end, NUMBER_WORDS.get(word.lower(), 0))


# "rose four, six and nine per cent": the first member of a series of numbers, the noun written
# once after the last (list_units.py gives it to every member).
_SERIES_MEMBER = rf"(?:{WORD_NUMBER}|\d[\d,.]*\d|\d)\b"
_SERIES_AFTER = re.compile(
    rf",\s*{_SERIES_MEMBER}(?:\s*,\s*{_SERIES_MEMBER})*,?\s+(?:and|or)\s+{_SERIES_MEMBER}", re.IGNORECASE
)


# "disabled one engine", "made only one shot", "with one game left": "one" counts the noun
# after it when it follows a verb or a word of amount. Not as the subject of a clause ("One
# analyst said", "said one trader", ", and one fan wrote", "in what one analyst called":
# someone, not a count), nor in the idioms "the one", "no one", "at one point", "one day", "one
# way or another", "according to one estimate", "by one count", "like one fan".
_ONE_NOUN = re.compile(r"\s+(?P<noun>[a-z]{3,})\b(?![-'’])")
_WORD_BEFORE_ONE = re.compile(r"(?P<word>[A-Za-z]+)\s+$")
_NOT_BEFORE_ONE = frozenset(split_words(
    "the this that which what no any every each at in on as for and or but while said says told wrote "
    "added noted according to by like its his her their our"
))
_NOT_COUNTED_BY_ONE = frozenset(split_words(
    "day time way thing things step point hand side another other more less last final such kind "
    "sort part half end moment stage reason word question example place night morning evening "
    "afternoon second minute hour week month year decade century "
    # one of several causes or traits, not a count: "one factor behind the delay"
    "factor cause aspect feature explanation sign area option concern priority"
))


# Where "one" is a count of its own: an item of a list after its label ("Harbours: one
# vessel") whose noun ends the item, or the subject of a toll of loss or harm opening its
# sentence ("One barn confirmed destroyed", "One rider was injured"), as "Two barns ..." is.
# "One analyst said" (someone) and "The lesson: one more try" stay no counts.
_ONE_LIST_ITEM = re.compile(r"\s+(?P<noun>[a-z]{3,})\s*(?:[.;,]|$)")
_LABEL_COLON_BEFORE = re.compile(r"\w:\s+$")
# A toll opens a clause after a semicolon or "and" as well ("two were hurt; one rider died").
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:;|\band)\s+$")
_ONE_TOLL = re.compile(
    r"\s+(?P<noun>[a-z]{3,})\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?"
    r"(?:(?:confirmed|reported|feared|believed|presumed)\s+)?"
    r"(?:dead|died|destroyed|damaged|killed|injured|hurt|missing|lost|arrested|rescued|evacuated)\b"
)


def _one_in_a_tally(text: str, start: int, end: int) -> bool:
    """"Harbours: one vessel", "One barn confirmed destroyed": see _ONE_TOLL."""
    if _LABEL_COLON_BEFORE.search(text, max(0, start - 4), start):
        item = _ONE_LIST_ITEM.match(text, end)
        return item is not None and item.group("noun") not in _NOT_COUNTED_BY_ONE
    if text[:start].strip() and _CLAUSE_OPENS_BEFORE.search(text, max(0, start - 6), start) is None:
        return False
    toll = _ONE_TOLL.match(text, end)
    return toll is not None and toll.group("noun") not in _NOT_COUNTED_BY_ONE


# A length of time in two units ("three hours and five minutes") states itself, after "the" too.
_COMPOUND_DURATION_AFTER = re.compile(
    rf"\s+(?:hours?|minutes?|days?|weeks?|months?|years?)\s+and\s+(?:\d{{1,2}}|{WORD_NUMBER})\s+"
    r"(?:minutes?|seconds?|hours?|days?|weeks?|months?)\b",
    re.IGNORECASE,
)
# "more than one ticket", "in more than one way": several, an amount left open.
_MORE_THAN_BEFORE = re.compile(r"\bmore\s+than\s+$", re.IGNORECASE)
# "41 new routes, 86 renewals and one closure", "3 goals and one own goal": "one"
# and a singular noun closing a series of counts in digits is the series' last count (", and
# one fan wrote" goes on with a verb).
_COUNT_SERIES_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[a-z]+\s+)?[a-z]+s,?\s+(?:and|or)\s+$")
_SINGULAR_CLOSING = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+(?<!s)\b\s*(?:[,.;:)]|$)")


def _closes_count_series(text: str, start: int, end: int) -> bool:
    return (
        _SINGULAR_CLOSING.match(text, end) is not None
        and _COUNT_SERIES_BEFORE.search(text, max(0, start - 60), start) is not None
    )


def _comparison_base(text: str, start: int, end: int) -> bool:
    """"the same month one year before", "on one year ago": see _ONE_BASE_AFTER."""
    return (
        _ONE_BASE_AFTER.match(text, end) is not None
        and _COMPARED_BEFORE.search(text, max(0, start - 20), start) is not None
    )


def _one_duration(text: str, start: int, end: int) -> bool:
    """"for one day", "by one year": see _DURATION_BEFORE."""
    return (
        _ONE_UNIT_OF_TIME.match(text, end) is not None
        and _DURATION_BEFORE.search(text, max(0, start - 12), start) is not None
    )


# "just one riding is still uncounted", "one polling station was closed": a word in -ing or
# -ed after "one" is the noun it counts (not a participle, "one growing concern") when a verb
# of the clause follows it or the noun it qualifies, or when it closes the clause.
_VERB_AFTER_NOUN = re.compile(
    r"(?:\s+[a-z]{3,})?\s+(?:has|have|had|is|was|were|are|remains|remained|will|would|could|can|may|must|still)\b"
    r"|\s*(?:[.;:]|,\s)"  # or it closes the clause: "held only one building."
)


def _one_counts(text: str, start: int, end: int) -> bool:
    noun = _ONE_NOUN.match(text, end)
    before = _WORD_BEFORE_ONE.search(text, max(0, start - 30), start)
    if noun is None or before is None:
        return False
    said = before.group("word")
    if not said.islower():
        # "Just one riding ...", "Only one ferry ...": a sentence's capitalised first word.
        if text[:before.start()].strip() or not said[1:].islower():
            return False
        said = said.lower()
    word = noun.group("noun")
    return (
        said not in _NOT_BEFORE_ONE
        and said not in LABEL_WORDS  # "category one patients": a label
        and word not in STOP_WORDS and word not in _NOT_COUNTED_BY_ONE
        and not word.endswith("ly")
        and (not word.endswith(("ing", "ed")) or _VERB_AFTER_NOUN.match(text, noun.end()) is not None)
        and not (word.endswith("s") and not word.endswith(("ss", "us", "is")))  # a verb: "one says"
    )


# "XQ14 250 million": a group of three digits and a scale right after a number glued to
# letters (a sum in a sign this reader does not know, thousands set off by a space) is that
# number's last group. Read alone it would be a wrong value, a thousand times too small.
_GLUED_LEAD_BEFORE = re.compile(r"(?<![\w.,])[A-Za-z]{1,3}\d{1,3}[ \u00a0\u2009\u202f]$")


def _last_group_of_glued_sum(text: str, digits: str, start: int) -> bool:
    if len(digits) != 3 or not digits.isdigit():
        return False
    return _GLUED_LEAD_BEFORE.search(text, max(0, start - 8), start) is not None


# "a total of 12, 480 visitors": a thousands comma followed by a stray space, as copy typed in
# haste writes it. Read apart it would be two wrong figures (12 and 480). Only after "of" ("a
# total of", "a crowd of"), "to" or a word of approximation ("rose to 12, 480 visitors",
# "around 12, 480 visitors") and before a noun, never in a list of numbers ("rooms 4, 120 and
# 136", "scored 7, 210, 95") nor after a clause's comma ("Of those over 65, 120 said").
_STRAY_SPACE_GROUP = re.compile(
    r"(?:(?<=\bof )|(?<=\bto )|(?<=\baround )|(?<=\babout )|(?<=\bnearly )|(?<=\balmost ))"
    r"(?P<lead>\d{1,3}), (?P<group>\d{3})"
    r"(?=\s+[a-z]{3,})(?!\s+(?:and|or|said|say|says)\b)"
)
# What every match holds. _STRAY_SPACE_GROUP opens with look-behinds, so its search tries
# them at every offset of the sentence; this literal search skips to the few that may match.
_STRAY_SPACE_CORE = re.compile(r", \d{3}")


def _stray_space_groups(ctx: SentenceContext) -> None:
    if _STRAY_SPACE_CORE.search(ctx.text) is None:
        return
    for m in _STRAY_SPACE_GROUP.finditer(ctx.text):
        if ctx.free(m.start(), m.end()):
            ctx.add(Figure(m.start(), m.end(), "quantity", int(m.group("lead")) * 1000 + int(m.group("group"))))


def _may_have_total(ctx: SentenceContext) -> bool:
    """"out of 78", "of the 78": _OF_TOTAL needs the word "of", so sentences without it skip the match."""
    return "of" in ctx.words


# ".45 million tons", ".8 billion": a decimal with its leading zero left off, as some copy
# writes sums below one; a scale word after it makes it a figure (a bare ".45" may be a
# calibre or a version).
_LEADING_POINT = re.compile(r"(?<![\w.,])\.(?P<frac>\d{1,3})\s+(?P<scale>thousand|million|billion|trillion)\b")
# ".5 percent", "(+.5 percent)", "-.3%": a rate with its leading zero left off, signed or not.
_LEADING_POINT_PERCENT = re.compile(
    r"(?<![\w.,])(?<=[\s(+\-−–])\.(?P<frac>\d{1,3})(?=\s?%|\s+(?:per\s?cent|percent|percentage\s+points?)\b)"
)


# "of which,489,340 were": a comma whose space was lost, right after a word, before a number
# in thousands groups. The groups make it a number: a lone digit there ("sales,5") stays open.
_AFTER_BARE_COMMA = re.compile(r"(?<=[a-z],)(?P<n>[1-9]\d{0,2}(?:,\d{3})+)(?![\d,.]|[^\W\d])")
# What any match of it holds: searched first, as the engine skips to each comma (the pattern
# itself opens with a look-behind, tried at every offset).
_BARE_COMMA_TELL = re.compile(r",[1-9]")


def _add_quantity(ctx: SentenceContext, m: re.Match[str], digits: str, scale: str | None = None) -> None:
    """The match as a plain quantity of ``digits`` (and ``scale``), where it is still free."""
    value = figure_value(digits, None, scale)
    if value is not None and ctx.free(m.start(), m.end()):
        ctx.add(Figure(m.start(), m.end(), "quantity", value))


def _after_bare_commas(ctx: SentenceContext) -> None:
    for m in _AFTER_BARE_COMMA.finditer(ctx.text):
        _add_quantity(ctx, m, m.group("n"))


def _leading_points(ctx: SentenceContext) -> None:
    for m in _LEADING_POINT.finditer(ctx.text):
        _add_quantity(ctx, m, "0." + m.group("frac"), m.group("scale"))
    for m in _LEADING_POINT_PERCENT.finditer(ctx.text):
        value = figure_value("0." + m.group("frac"), None, None)
        if value is not None and ctx.free(m.start(), m.end()):
            pct = ctx.text[m.end():m.end() + 30].lstrip()
            unit = "percentage points" if pct.lower().startswith("percentage") else "percent"
            ctx.add(Figure(m.start(), m.end(), "quantity", value, unit=unit, unit_fixed=True))


# "280women", "2,687.7kilometers": a space lost between a figure and its noun. A name glues
# short letters or a word that is no plural ("5G", "4chan", "3D"); a plural noun of four
# letters or more, or a unit spelled out, is the word the figure counts or measures.
# The plurals without an s are units.py's ("280women", "35aircraft", "12species").
_LOST_SPACE_PLURAL = re.compile(r"[a-z]{3,}[^s\W]s")


# "65sq km", "740sqm", "40cu ft": an area or volume abbreviation whose space was lost.
_LOST_SPACE_AREA = re.compile(r"(?:sq|cu)(?:m|km|ft|mi|yd)?")


def _lost_space(glued: str) -> bool:
    return (
        _LOST_SPACE_PLURAL.fullmatch(glued) is not None
        or _LOST_SPACE_AREA.fullmatch(glued) is not None
        or glued in IRREGULAR_PLURALS
        or (len(glued) > 3 and glued in MEASURE_UNITS)
    )


TRIGGER = Trigger(words=NUMBER_VOCAB, or_digit=True)


def recognise_numbers(ctx: SentenceContext) -> None:
    if ctx.has_digit and (" ." in ctx.text or "+." in ctx.text or "-." in ctx.text or "(." in ctx.text
                          or ctx.text.startswith(".")):
        _leading_points(ctx)
    if ctx.has_digit and _BARE_COMMA_TELL.search(ctx.text) and _AFTER_BARE_COMMA.search(ctx.text):
        _after_bare_commas(ctx)
    if ctx.number_words and "or" in ctx.words:
        _claim_choices(ctx)
    text = ctx.text
    has_of = _may_have_total(ctx)
    if ", " in text and ctx.has_digit:
        _stray_space_groups(ctx)
    glued_m: list[re.Match[str]] = []
    for m in _matches(ctx):
        start, end = m.span()
        if not ctx.free(start, end):
            continue
        digits, suffix, scale, word, wscale, bare = m.group("digits", "suffix", "scale", "word", "wscale", "bare")
        word = word or bare
        if scale and text.startswith("Lac", m.start("scale")):
            scale, end = None, m.end("digits")  # "12 Lac Bleu guides": a lake's name (read on lower-cased text)
        if (
            word and word.lower() in _VAGUE_MULTIPLES and not text.startswith("-", end)
            and _VAGUE_BEFORE.search(text, max(0, start - 12), start)
        ):
            ctx.take(start, end)
            continue
        # A lone number word must count something and not be "one" or "the two". "two of
        # the 48" counts two; "one of the 48" picks one out, and the 48 is the figure.
        if bare and _names_a_word_name(text[start:end], ctx.known_caps, text, end):
            continue
        if (
            bare
            and not _lone_word_counts(text, word, start, end)
            and not (has_of and not _ONE.match(word) and _OF_TOTAL.match(text, end))
        ):
            continue
        if digits and _after_per(text, start):
            ctx.take(start, end)  # "31.7 per 1,000": the base of a rate (its unit, units.py)
            continue
        if digits and not (scale or suffix) and _in_counted_name(ctx, start, end):
            ctx.take(start, end)
            continue
        if digits and (scale or suffix) and _last_group_of_glued_sum(text, digits, start):
            ctx.take(start, end)
            continue
        if digits and not scale and suffix in (None, "t") and (carbon := carbon_mass(text, m.end("digits"))):
            _add_scaled(ctx, start, carbon[0], digits, carbon[1])  # "12.4 GtCO2e", "42 Mt CO2"
            continue
        glued = _glued_at(text, end)
        if glued and digits and not (scale or suffix) and (scaled := scaled_unit(ctx, glued.group(), glued.end())):
            _add_scaled(ctx, start, glued.end(), digits, scaled)  # "4.2mhl": a scale and a unit as one
            continue
        if digits and not (scale or suffix or glued) and (spaced := _SPACED_ABBREVIATION.match(text, end)) \
                and (scaled := scaled_unit(ctx, spaced.group("abbr"), spaced.end())):
            _add_scaled(ctx, start, spaced.end(), digits, scaled)  # "85 kt", "4.2 mhl": the same, spaced
            continue
        if glued and digits and (glued.group() not in GLUED_UNITS or _DIMENSIONS.match(text, glued.start())
                                 or (glued.group() == "X" and not _CAPITAL_MULTIPLE.match(text, glued.end()))) \
                and not glued_temperature(ctx, end) and not _lost_space(glued.group()):
            ctx.take(start, glued.end())  # "5G", "3D", "4o": part of a name
            continue
        # "3t" is tonnes unless a counted noun follows ("3t users"); "5m" likewise metres,
        # unless it counts (_MILLION_AFTER) or another figure of the sentence has a glued "m"
        # for million: a writer keeps one shorthand ("6.3m sign-ups, vs. 5.1m a year ago").
        if suffix in ("t", "T") and not _COUNTED_AFTER.match(text, end):
            # "1,450t of steel": tonnes (SCALED_UNITS); the case as written (m may be of lower-cased text)
            if digits and text[m.start("suffix")] == "t":
                _add_scaled(ctx, start, end, digits, SCALED_UNITS["t"])
            continue
        if suffix in ("m", "M") and not _counts_millions(text, end):
            glued_m.append(m)
            continue
        if suffix in ("k", "K") and _RACE_AFTER.match(text, end):
            # "a 5k run", "the 10K race": kilometres, as runners write them.
            value = figure_value(digits, None, None)
            if value is not None:
                ctx.add(Figure(start, end, "quantity", value, unit="km", unit_fixed=True))
            continue
        value = figure_value(digits, word, scale or suffix or wscale)
        if value is None:
            continue
        total = _OF_TOTAL.match(text, end) if has_of else None
        if total and not total.group("out") and ctx.free(total.start("total"), total.end("total")):
            ctx.take(total.start("total"), total.end("total"))
        counted = _counted_noun(text, start, end) if bare else None
        ctx.add(Figure(start, end, "quantity", value, unit=counted, unit_fixed=counted is not None))
    if glued_m:
        _glued_millions(ctx, glued_m)


def _glued_millions(ctx: SentenceContext, glued_m: list[re.Match[str]]) -> None:
    """A glued "m" with no counted noun after it is a million where the sentence gives
    another figure in millions, the noun left out ("6.3m sign-ups, vs. 5.1m a year ago",
    "4 million tickets, with about 2m going to schools"); or where a change in per cent
    ends at it ("fell 3% last year to 8.2m"): a level, and no one changes a length so."""
    text = ctx.text
    in_millions = any(_in_millions(ctx, f) for f in ctx.figures)
    for m in glued_m:
        value = figure_value(m.group("digits"), None, m.group("suffix"))
        if value is None or not ctx.free(m.start(), m.end()):
            continue
        level = _elides_noun(text, m.end()) and (
            _PERCENT_CHANGE_TO.search(text, max(0, m.start() - 40), m.start())
            or _NUMBER_OF_WAS.search(text, max(0, m.start() - 120), m.start())
        )
        elided = in_millions and (_elides_noun(text, m.end()) or _PARTICIPLE_CLAUSE.match(text, m.end()))
        if level or elided:
            ctx.add(Figure(m.start(), m.end(), "quantity", value))


# "rose 4% to 8.2m", "fell 3.5% last year, to 8.2m": the level a change in per cent ends at.
_PERCENT_CHANGE_TO = re.compile(r"\d\s*(?:%|per\s?cent)(?:\s+[a-z]+){0,3}?,?\s+to\s+$")
# "the number of riders on both lines in 2031 was 37.7m": the count of a plural noun,
# stated by a copula or a verb of reaching, no other figure between (a year may be); a length
# is no "number of".
_NUMBER_OF_WAS = re.compile(
    r"\b(?:number|total)\s+of\s+[a-z]+s\b(?:[^.;:!?\d]|(?<!\d)(?:19|20)\d\d(?!\d))*?\s+"
    r"(?:was|were|is|are|reached|hit|totalled|totaled|stood\s+at|came\s+to|rose\s+to|fell\s+to)\s+"
    r"(?:(?:about|around|almost|nearly|over|some|just|roughly)\s+)?$"
)
# "about 2m going to schools", "5m based abroad": a participle and its preposition; the
# counted noun is the one named before. "a 25m diving board" has a noun of its own.
_PARTICIPLE_CLAUSE = re.compile(
    r"\s+[a-z]+(?:ing|ed)\s+(?:to|in|on|at|by|for|from|with|into|as|abroad|overseas|online)\b"
)


# Only after a numerator in digits: in "one crash for every 900 flights" the base is the figure.
# "0.8 injuries for 100 million km": a decimal count of things is a rate, so the number after
# "for" is its base (a whole count, "40 loans for 100 farms", keeps both figures).
_DECIMAL_RATE_BEFORE = re.compile(r"(?<![\d,.])\d{1,3}\.\d+\s+[a-z]+s\s+for\s+$")
_FOR_EVERY_BEFORE = re.compile(r"\d\s+(?:[a-z]+\s+){1,3}for\s+(?:every|each)\s+$")


def _after_per(text: str, start: int) -> bool:
    """"per 1,000": the word "per" and a space right before the digits (a string test: this
    runs for every number)."""
    if text.startswith("per ", start - 4) and start >= 4 and (start == 4 or not text[start - 5].isalpha()):
        return True
    # "2.1 injuries for every 100 km": "for every" or "for each" before a number is a rate's base too.
    if text.endswith("for ", 0, start) and _DECIMAL_RATE_BEFORE.search(text, max(0, start - 40), start):
        return True
    if not text.endswith(("every ", "each "), 0, start):
        return False
    return _FOR_EVERY_BEFORE.search(text, max(0, start - 50), start) is not None


def _counts_millions(text: str, end: int) -> bool:
    """Whether a counted noun follows a glued "m", past modifiers only ("5m of the users" is
    no count of users in millions), and no word of length or of a race is among them."""
    if (unit := _SPACED_ABBREVIATION.match(text, end)) and unit.group("abbr") in UNIT_ABBREVIATIONS:
        return True  # "2.4m TEU", "1.5m kWh": a length is never followed by a unit
    if area_or_volume_after(text, end):
        return True  # "2,300m cubic metres": a length is never followed by an area or volume
    after = _MILLION_AFTER.match(text, end)
    if after is None:
        return False
    words = after.group().split()
    return _METRE_WORDS.isdisjoint(words) and _FUNCTION_WORDS.isdisjoint(words[:-1])


_NEXT_WORD = re.compile(r"\s*(?P<word>[A-Za-z]+)")


def _elides_noun(text: str, end: int) -> bool:
    """Whether no noun of its own follows a figure ("vs. 2.9m in 2023", "2.9m a year ago"): it
    counts what the figure before it counted. "a 25m indoor pool" has one."""
    after = _NEXT_WORD.match(text, end)
    return after is None or after.group("word").lower() in STOP_WORDS


def _in_millions(ctx: SentenceContext, figure: Figure) -> bool:
    """A figure of the sentence written with a glued "m" for million ("£5m", "6.3m users")."""
    return (
        figure.kind == "quantity" and figure.unit != "metres"
        and (_GLUED_MILLION.search(ctx.text, figure.start, figure.end) is not None
             or _MILLION_WORD.search(ctx.text, figure.start, figure.end) is not None)
    )


_MILLION_WORD = re.compile(r"\d\s+million\b", re.IGNORECASE)


# "a switch set to either zero or one", "answer yes or no, one or two": number words joined by "or"
# with nothing counted after the last are values to choose from, not counts. "two or three
# boats" counts boats, "two or three of them" a group (vague counts, read as such).
_CHOICE = re.compile(rf"(?<![\w-])(?P<a>{WORD_NUMBER})\s+or\s+(?P<b>{WORD_NUMBER})\b(?!-)", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+(?P<word>[a-z]+)\b")


# "cut from six or seven to three": the pair is where a change starts, a vague count, no choice.
_CHANGE_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def _claim_choices(ctx: SentenceContext) -> None:
    text = ctx.text
    for m in _CHOICE.finditer(text):
        if _CHANGE_FROM_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue
        after = _WORD_AFTER.match(text, m.end())
        if after is None or (after.group("word") in STOP_WORDS and after.group("word") != "of"):
            ctx.take(m.start(), m.end())
