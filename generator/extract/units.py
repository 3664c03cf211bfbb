"""The thing counted: the noun phrase after a figure ("12,400 registered electric
vehicles"), or before it ("a score of 88.5"), or the unit of its range partner.

No part-of-speech model: a noun phrase is a run of words up to the first function word,
verb-like word (-ed, -ing, -ly) or punctuation. That is enough for news prose, where the
counted noun nearly always follows the number.
"""

from __future__ import annotations

import itertools
import operator
import re
from decimal import Decimal

from .context import Figure, SentenceContext, Trigger
from .lexicon import (
    CHANGE_NOUNS,
    MEASURE_UNITS,
    NUMBER_WORDS,
    PLURAL_VERBS,
    SCALE_SUFFIX,
    SCALE_WORD,
    SPACED_SCALE,
    STOP_WORDS,
    TIME_UNITS,
    UNIT_ABBREVIATIONS,
    as_number,
    scale_factor,
    split_words,
)
from .list_units import (
    clause_head_unit,
    comparison_base_unit,
    earlier_with_unit,
    list_head_unit,
    opens_clause,
    same_kind,
    series_units,
)
from .subjects import names_a_change
from .unit_words import (
    CLOSING_ADVERBS,
    FREQUENCY_ADJECTIVES,
    IRREGULAR_PLURALS,
    LEVEL_PLURALS,
    NOUN_MEANS,
    TIME_PHRASE_HEADS,
    as_speed,
    is_age_in_apposition,
    is_counted_verb_noun,
    is_no_noun,
    is_plural_noun,
    plural_of,
)

_TOKEN = re.compile(r"[\s]*(?:-\s*)?(?P<tok>[A-Za-z][\w'’/]*(?:-[\w]+)*)")
_MAX_WORDS = 4
# "square miles", "metric tons": the measure word comes next.
_AREA_WORDS = frozenset(("square", "cubic", "metric"))
_AREA_ABBREVIATIONS = frozenset(("sq", "cu"))
_START = operator.attrgetter("start")
_OF = re.compile(r"\s+of\s+")
_OF_TOTAL = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:top\s+)?(?:\d[\d,]*(?:\.\d+)?)\b"
)
# The verb may be one of reaching in -ing ("arrivals hitting 1.7 million"), or after a modal in
# its base form ("guests could hit 8 million", "members will top 40,000").
_PLURAL_BEFORE = re.compile(
    r"\b(?P<noun>[A-Za-z][a-z]{2,}s)\s+(?:have\s+|has\s+)?(?:[a-z]+ed|rose|fell|grew|went|hit|stood|"
    r"reached|totalled|numbered|are|were|slid|rising|falling|growing|climbing|dropping|"
    r"reaching|hitting|topping|totalling|totaling|numbering|nearing|passing|exceeding|surpassing|"
    r"(?:could|would|will|may|might|should|can|to)\s+(?:hit|reach|top|total|number|near|pass|exceed|surpass|"
    r"rise|fall|grow|climb|drop))"
    # a change in percent before the new level: "sailings slid 8% to 12,430"
    r"(?:\s+(?:by\s+)?\d[\d.,]*\s?(?:%|percent|per\s+cent))?"
    r"\s+(?:from\s+|to\s+|by\s+|at\s+)?(?:[a-z]+\s+)?$"
)
_TO_BEFORE = re.compile(r"\b(?:to|and)\s+(?:[a-z]+\s+)?$")
# "nine of the constituencies", "two of its ferries": a count of a group the sentence names
# without its size counts the group's plural noun.
_OF_GROUP = re.compile(r"\s+of\s+(?:the|its|their|these|those|our|his|her)\s+(?=[a-z])")
_NOUN_OF_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]{3,})\s+(?:of|at|was|is|stood\s+at|reached|hit)\s+"
    r"(?:(?:about|around|nearly|almost|over|some|roughly|just|only)\s+)?$"
)
_DIGIT = re.compile(r"\d")
_SCORE_VERB = re.compile(r"\b(?P<noun>scor(?:e|es|ed|ing)|rat(?:ed|ing))\s+(?:of\s+)?(?:a\s+)?$", re.IGNORECASE)
_MARK_NOUNS = frozenset(split_words("mark milestone threshold barrier"))
_NOT_UNIT_NOUNS = frozenset(
    split_words("total number amount level sum part share rest lot range average value figure one "
                "averages maximum minimum peak high low")
)
# A noun before a bare figure that is no unit: a function word, a word of amount, a time word
# ("the total last year was 12,845": when, not what). One set, not a union per figure.
# Verbs of staying before "at" ("the rate remains at 0.83", "will stay at 18"): a level, no noun.
_STAYING_VERBS = frozenset(split_words("stay stays remain remains sit sits stand stands hover hovers"))
_NOT_NOUN_UNITS = STOP_WORDS | _NOT_UNIT_NOUNS | TIME_UNITS | CLOSING_ADVERBS | _STAYING_VERBS
# "nine more rooms", "12 additional stores": the noun after the word of addition.
_MORE = re.compile(r"\s+(?:more|fewer|additional|extra)\s+(?!than\b)")
# The low end of a span with a unit only at its high end: "52 to 57 trucks".
_SPAN_LINK = re.compile(r"\s*(?:to|-|–)\s*")
_BETWEEN = re.compile(r"\bbetween\s+(?:(?:about|around|roughly)\s+)?$")

# "1,200 going to schools": a participle and its preposition after a figure name no unit.
_PREPOSITION_NEXT = re.compile(r"\s+(?:to|in|on|at|by|for|from|with|into|abroad|overseas|online)\b")
# What follows "last", "next" in a time phrase: "boxes last year", "seats next spring".
_TIME_NEXT = re.compile(
    r"\s+(?:(?:financial|fiscal|calendar|academic|school)\s+)?(?:years?|months?|weeks?|quarters?|decades?|"
    r"days?|night|weekend|season|term|summer|winter|spring|autumn|fall|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)


def _noun_phrase(text: str, pos: int, figure_end: int = -1) -> tuple[str | None, int]:
    """Words of the noun phrase starting at ``pos`` and where it ends (``figure_end``: where
    the figure ends when the phrase follows it directly)."""
    words: list[str] = []
    end = pos
    match = _TOKEN.match
    while len(words) < _MAX_WORDS:
        m = match(text, end)
        if not m:
            break
        tok = m.group(1)
        after = m.end()
        low = tok.lower().strip("'’")
        if low in CLOSING_ADVERBS or (words and low in TIME_PHRASE_HEADS and _TIME_NEXT.match(text, after)):
            break  # "12,000 beds today", "4,100 boxes last year": when or where, not what
        if words and low in _PREDICATE_VERBS and (_is_plural(words[-1]) or words[-1] in IRREGULAR_PLURALS):
            break  # "1.6 million Westians remain": the verb, whatever the noun's case
        if low in STOP_WORDS and not (low == "and" and words and _continues(text, after)) \
                and not (not words and pos == figure_end and is_counted_verb_noun(text, low, after)):
            break
        if low.endswith("ly") and len(low) > 4 and not (low in FREQUENCY_ADJECTIVES and _continues(text, after)):
            break
        if words and (low.endswith("ing") or (low.endswith("ed") and len(low) > 4)):
            break
        if not words and low.endswith("ing") and _PREPOSITION_NEXT.match(text, after):
            break  # "1,200 going to schools": a participle, the noun left out
        if len(tok) > 2 and tok.endswith("s") and tok[:-1].isupper():  # _is_head(tok)
            words.append(tok)
            end = after
            break  # "ACME X9 TPUs": a plural acronym ends the phrase
        if tok[0].isupper() and not _has_lower_head(text, after, tok):
            break
        words.append(tok)
        end = after
        if low in _AREA_ABBREVIATIONS and text.startswith(".", after):
            end = after + 1  # "70 sq. km": the abbreviation's point is no full stop
        if low in MEASURE_UNITS and low not in _AREA_WORDS:
            break  # "8 miles deep", "2 kilograms of dust" (but "2 square miles")
    while words and words[-1].lower() == "and":
        words.pop()
    # Names before the counted noun are entities, not the unit: "ACME X9 TPUs" -> TPUs.
    proper = bool(words) and all(w[0].isupper() for w in words) and _is_proper_plural(words[-1])
    while len(words) > 1 and words[0][0].isupper() and not _is_head(words[0]) and not proper:
        words.pop(0)  # ("Partner Cities" is one proper plural noun: kept whole)
    if not words:
        return None, pos
    return " ".join(words).rstrip("'’"), end


def noun_phrase_at(text: str, pos: int) -> str | None:
    """The counted noun phrase starting at ``pos`` ("launched spacecraft in 2031" -> "launched
    spacecraft"), or None when the words there name no unit."""
    unit = _noun_phrase(text, pos)[0]
    return None if unit is None or is_no_noun(unit) else unit


def _is_head(tok: str) -> bool:
    return len(tok) > 2 and tok.endswith("s") and tok[:-1].isupper()


def _continues(text: str, pos: int) -> bool:
    """Whether a lower-case word of the phrase comes next; a number word opens a count of its
    own ("six helicopters and eight tanks")."""
    m = _TOKEN.match(text, pos)
    return bool(m and m.group("tok").islower() and m.group("tok") not in STOP_WORDS
                and m.group("tok") not in NUMBER_WORDS)


def _has_lower_head(text: str, pos: int, current: str = "") -> bool:
    """A capitalised word belongs to the phrase only if a lower-case or plural head follows,
    or it starts a run of capitalised words that ends in a plural ("63 Partner Cities had",
    "17 Gold Gloves (")."""
    last = current
    for _ in range(3):
        m = _TOKEN.match(text, pos)
        if not m:  # punctuation: a bracket, comma or full stop ends a noun, a dash labels a list
            return _is_proper_plural(last) and text[pos:].lstrip()[:1] in _NOUN_ENDS
        tok = m.group("tok")
        if tok.lower() in STOP_WORDS:
            return _is_proper_plural(last)
        if tok.islower() or _is_head(tok):
            return True
        last = tok
        pos = m.end()
    return False


_NAME_AFTER = re.compile(r"\s+[A-Z]")
_NOUN_ENDS = frozenset(("", "(", ",", ".", ";", ")"))


def _is_proper_plural(word: str) -> bool:
    """"Cities", "Gloves": a capitalised plural (not an acronym's, see _is_head)."""
    return len(word) > 3 and word[0].isupper() and word[1:].islower() and word.endswith("s") \
        and not word.endswith(("ss", "us", "is"))


# A figure converted in brackets before the noun both count: "4.2 crore (42 million)
# users", "3,600 (3.6 thousand) tickets".
_BRACKETED_FIGURE = re.compile(r"\s*\((?=[^()]{0,24}\d)[^()]{1,24}\)(?=\s+[a-z])")
_CLOSING = re.compile(r"\)(?=\s+[a-z])")


_OPENING = re.compile(r"\s*\(\s*")


def _conversion_after(text: str, figure: Figure, figures: list[Figure]) -> int | None:
    """Where the noun starts after the bracketed conversion of ``figure`` (or after the
    bracket ``figure`` converts the figure before in), else None."""
    if m := _BRACKETED_FIGURE.match(text, figure.end):
        return m.end()
    converts = any(f.end <= figure.start and _OPENING.fullmatch(text, f.end, figure.start) for f in figures)
    if converts and (m := _CLOSING.match(text, figure.end)):
        return m.end()
    return None


def _conversion_unit(text: str, figure: Figure, figures: list[Figure]) -> tuple[str | None, int]:
    """The counted noun after a bracketed conversion, not a mark on a scale ("passed the
    50 crore (500 million) mark")."""
    at = _conversion_after(text, figure, figures)
    if at is None:
        return None, figure.end
    unit, end = _noun_phrase(text, at)
    if unit is None or unit.split()[-1].lower() in _NOT_UNIT_NOUNS | _MARK_NOUNS:
        return None, figure.end
    return unit, end


# A rate per a thing or a time: "64 bushels per acre", "7.5 millimetres (0.3 inch) per year".
_PER_NOUN = re.compile(r"(?:\s*\([^()]{1,40}\))?\)?\s+per\s+(?=[a-z])")
_NOT_PER_NOUNS = frozenset(split_words("cent centum thousand million billion trillion"))


def as_rate(text: str, unit: str, end: int) -> str:
    """``unit`` (ending at ``end``) as a rate when "per <noun>" follows it ("bushels per acre",
    "sensors per logical cell"); not "per cent", nor a base written as a number ("per 1,000",
    _rate_unit reads those)."""
    if " per " in unit or not (m := _PER_NOUN.match(text, end)):
        return unit  # a speed already, or no rate
    per = _noun_phrase(text, m.end())[0]
    if per is None or per.split()[0].lower() in _NOT_PER_NOUNS or per.split()[-1].lower() in _NOT_UNIT_NOUNS:
        return unit
    return f"{unit} per {per}"


def _may_have_total(ctx: SentenceContext) -> bool:
    """"8 of the 78 indicators": _OF_TOTAL needs the word "of", so sentences without it skip the match."""
    return "of" in ctx.words


TRIGGER = Trigger(figures=True)


def find_units(ctx: SentenceContext) -> None:
    text = ctx.text
    previous: str | None = None
    has_of = _may_have_total(ctx)
    ordered = sorted(ctx.figures, key=_START) if len(ctx.figures) > 1 else ctx.figures
    temperatures = _may_have_temperature(ctx)
    for index, figure in enumerate(ordered):
        if figure.kind not in ("quantity", "ranking") or figure.unit_fixed:
            previous = figure.unit or previous
            continue
        if temperatures and (degrees := _temperature_at(ctx, figure.end)):
            figure.unit = previous = degrees
            continue
        if _MULTIPLE_SIGN.match(text, figure.end):
            figure.unit = previous = "times"  # "grew 4x": a multiple, said "times"
            continue
        abbreviation = _ABBREVIATION.match(text, figure.end)
        if abbreviation and abbreviation.group("abbr") in UNIT_ABBREVIATIONS:
            figure.unit = previous = abbreviation.group("abbr")
            if of := _OF.match(text, abbreviation.end()):  # "320MW of wind power"
                figure.subject = _noun_phrase(text, of.end())[0] or figure.subject
            continue
        total = _OF_TOTAL.match(text, figure.end) if has_of else None
        unit, end = _noun_phrase(text, total.end() if total else figure.end, figure.end)
        if unit is None and (name := _NAME_TOKEN.match(text, figure.end)):
            unit, end = _noun_phrase(text, name.end())  # "4,000 5G masts": the name is not the unit
        if unit is None and (name := _NAME_WITH_NUMBER.match(text, figure.end)) and _not_a_figure(ctx, name):
            unit, end = _noun_phrase(text, name.end())  # "14 Coastal Series 8000 cups": likewise
        if unit is None and has_of and (group := _OF_GROUP.match(text, figure.end)):
            unit, end = _noun_phrase(text, group.end())
            if unit is not None and not is_plural_noun(_trim_verb(unit).split()[-1].lower()):
                unit, end = None, figure.end  # "two of the best", "one of the team"
        if unit is None and (more := _MORE.match(text, figure.end)):
            unit, end = _noun_phrase(text, more.end())
        if unit is None:
            unit, end = _conversion_unit(text, figure, ordered)  # "4.2 crore (42 million) users"
        if unit and (is_no_noun(unit) or _is_time_phrase(unit)):
            unit = None
        if unit:
            unit = _trim_verb(_over_ing_modifier(text, end, unit))
            unit = _measure_compound(unit)  # "a 180-foot-tall mast": 180 feet
            unit = _counted_before_goal(unit)
        if unit and unit.split()[-1].lower() in MEASURE_UNITS:
            # "2 kilograms of moon dust": what is measured; "8.35-ton spacecraft" likewise.
            of = _OF.match(text, end)
            after_hyphen = text.startswith("-", figure.end)
            thing, _ = _noun_phrase(text, of.end() if of else end)
            if thing and (of or after_hyphen) and not names_a_change(thing):  # not "a 10-percent increase"
                figure.subject = thing
            unit = as_speed(text, unit, end)
        if " per " in text and (rate := _rate_unit(text, end if unit else figure.end, unit, previous)):
            figure.unit = previous = rate
            continue
        if unit and " per " in text:
            unit = as_rate(text, unit, end)  # "64 bushels per acre", "35 people per day"
        if unit is None:
            before = text[max(0, figure.start - 40):figure.start]
            noun = _NOUN_OF_BEFORE.search(before)
            verb = _SCORE_VERB.search(before)
            if verb:
                unit = "score"
            elif noun and noun.group("noun") in NOUN_MEANS:
                unit = NOUN_MEANS[noun.group("noun")]
            elif is_age_in_apposition(text, figure):
                unit = "years"
            elif counted := _count_named_before(ctx, figure.start) or _number_of_after(text, figure):
                unit = counted
            elif noun and noun.group("noun") in CHANGE_NOUNS:
                unit = _unit_just_before(ctx, figure)  # "9 million riders, an increase of 1.1 million"
            elif noun and noun.group("noun") not in _NOT_NOUN_UNITS \
                    and not is_no_noun(noun.group("noun")) and not _span_names_its_unit(text, ordered, index):
                # ("the total last year was 12,845": a time word is when, not what; "interest
                # rates hit zero": a level of the measure, as below)
                unit = None if noun.group("noun") in LEVEL_PLURALS else noun.group("noun")
                unit = _member_of_collective(text, figure.start - len(before) + noun.start("noun"), unit)
            elif (plural := _PLURAL_BEFORE.search(before)) and plural.group("noun").lower() not in STOP_WORDS \
                    and not _IN_BEFORE.search(before, 0, plural.start()) and not _opens_span(text, ordered, index):
                # ("those in solar panels grew": a place or field, not the subject;
                # "are about 3 to 6 degrees": the low end takes the high end's unit;
                # "rates will reach zero": a level of the measure, which counts nothing)
                subject = plural.group("noun").lower()
                unit = None if subject in LEVEL_PLURALS else _member_of_collective(
                    text, figure.start - len(before) + plural.start("noun"), subject)
            elif _NAME_AFTER.match(text, figure.end):
                unit = None  # "and 23 Open Series 625 crowns": a noun of its own, not read
            elif _TO_BEFORE.search(before) and previous and not opens_clause(text, figure):
                # "from 90 to 64,370": the second end of a span, unless it is of another kind
                # or the figure before is a change or a streak ("rose 3.1% to 187.4")
                head = earlier_with_unit(ordered, index)
                unit = _span_start_unit(text, head) if head and same_kind(head, figure, text) else None
            else:
                # "16 gold medals, Beta 12", "Y's 61.75"; "26,370 permits, and ... granted 4,150, under"
                unit = list_head_unit(text, ordered, index) or clause_head_unit(text, ordered, index)
            if unit is None:  # "..., down from 5,370", "and only 1,140 of which": past any other reading
                unit = comparison_base_unit(text, ordered, index)
        figure.unit = unit
        previous = unit or previous
    if "point" in text or "pts" in text:
        _points_of_a_percentage(text, ordered)
    # The low end of a range takes the unit found for the high end.
    for low, high in itertools.pairwise(ordered):
        if low.unit_from_next and not low.unit_fixed:
            low.unit = high.unit
        elif (
            low.unit is None and high.unit and low.kind == "quantity" and not low.unit_fixed
            and _is_span(text, low, high) and same_kind(high, low, text)
        ):
            low.unit = high.unit  # "52 to 57 trucks"
    if len(ordered) > 2 or (len(ordered) == 2 and ordered[0].unit is None):
        series_units(text, ordered)  # "rose 4, 6 and 9 per cent"
    if len(ordered) > 1 and "from" in ctx.words:
        _scale_of_compared(text, ordered)


# "rose 3% to 2,310.4 mln tonnes, from 2,240.7 in 2030": the base compared with, written bare
# right after a scaled figure of the same unit and of its order, is in that figure's scale, as
# the low end of a range borrows its high end's ("from 950 to 1.1 million" keeps its digits: a
# bare figure far off the other's order is written in full).
# Between the two: the scaled figure's noun maybe, then "from" ("mln tonnes, from", "bn, up from").
_FROM_BETWEEN = re.compile(r"(?:\s+[a-z]+){0,3}?,?\s+(?:up\s+|down\s+)?from\s+")
_SCALED_SPAN = re.compile(
    rf"\d(?:\s*(?P<scale>{SCALE_WORD})|\s(?P<spaced>{SPACED_SCALE})|(?P<suffix>{SCALE_SUFFIX}))\b", re.IGNORECASE
)
_SAME_ORDER = 20


def _scale_of_compared(text: str, ordered: list[Figure]) -> None:
    for head, base in itertools.pairwise(ordered):
        value = base.value
        if (
            not isinstance(value, (int, float)) or isinstance(value, bool) or value == 0 or base.unit_fixed
            or head.unit != base.unit or not isinstance(head.value, (int, float))
            or _FROM_BETWEEN.fullmatch(text, head.end, base.start) is None
        ):
            continue
        scaled = _SCALED_SPAN.search(text, head.start, head.end)
        if scaled is None or _SCALED_SPAN.search(text, base.start, base.end + 12) is not None:
            continue
        factor = scale_factor(scaled.group("scale") or scaled.group("spaced") or scaled.group("suffix"))
        if factor > 1 and head.value / factor <= _SAME_ORDER * value and value <= _SAME_ORDER * head.value / factor:
            base.value = as_number(Decimal(str(value)) * factor)


# A plural after "in"/"at"/"among" names where or in what field, not what grew.
_IN_BEFORE = re.compile(r"\b(?:in|at|on|among|amongst)\s+(?:[a-z-]+\s+)?$")


def _opens_span(text: str, ordered: list[Figure], index: int) -> bool:
    """The figure at ``index`` is the low end of a span ("3 to 6 degrees")."""
    return index + 1 < len(ordered) and _is_span(text, ordered[index], ordered[index + 1])


def _span_names_its_unit(text: str, ordered: list[Figure], index: int) -> bool:
    """The figure at ``index`` opens a span whose high end has its noun after it: "a chance of
    4 to 6 storms" counts storms at both ends (the low end takes it below), not chances."""
    if not _opens_span(text, ordered, index):
        return False
    high = ordered[index + 1]
    return high.kind == "quantity" and noun_phrase_at(text, high.end) is not None


# A measure made an adjective with a hyphen: "180-foot-tall", "a 52-year-old farmer".
_MEASURE_ADJECTIVE = re.compile(r"(?P<measure>[a-z]+)-(?P<adjective>tall|high|long|wide|deep|thick|old)")
_MEASURE_PLURALS = {"foot": "feet", "inch": "inches", "century": "centuries"}


def _measure_compound(unit: str) -> str:
    """The measure of a hyphenated measure adjective ("foot-tall second" -> "feet"; an age
    stays "year-old"), not the noun it describes."""
    m = _MEASURE_ADJECTIVE.fullmatch(unit.split()[0].lower())
    if m is None or m.group("measure") not in MEASURE_UNITS:
        return unit
    measure = m.group("measure")
    if m.group("adjective") == "old":
        return f"{measure}-old"
    if measure in _MEASURE_PLURALS:
        return _MEASURE_PLURALS[measure]
    return f"{measure}s" if f"{measure}s" in MEASURE_UNITS else measure


def _is_span(text: str, low: Figure, high: Figure) -> bool:
    """"52 to 57", "52-57", "between 52 and 57"."""
    if _SPAN_LINK.fullmatch(text, low.end, high.start):
        return True
    return text[low.end:high.start].strip() == "and" and bool(_BETWEEN.search(text, 0, low.start))




# --- small additions for text the first version had not seen ---------------------------------

# "rose 3.1% to 187.4", "fell by 4,300 ... to 5.2 million": the figure after "to" is the new
# level, not in the unit of the change before it; nor does a streak ("for the third
# consecutive month") lend its unit.
_CHANGE_AMOUNT_BEFORE = re.compile(
    r"\b(?:up|down|rose|risen|rises|fell|fallen|falls|increased|increases|decreased|decreases|grew|grows|"
    r"dropped|drops|declined|declines|climbed|gained|lost|jumped|slipped|by)\s+"
    r"(?:(?:more|less|fewer)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)


def _span_start_unit(text: str, start: Figure) -> str | None:
    """The unit "to <figure>" takes: that of ``start``, the last figure before it with a unit,
    unless that one is a change or a streak (see _CHANGE_AMOUNT_BEFORE)."""
    if start.unit is None or start.unit.startswith("consecutive "):
        return None
    if _CHANGE_AMOUNT_BEFORE.search(text, max(0, start.start - 30), start.start):
        return None
    return start.unit


# "19.4 victims per 1,000 residents", "to 31.7 per 1,000 in 2011": the base of a rate belongs
# to its unit (numbers.py claims the base, so it is no figure of its own). A rate that names
# nothing before "per" repeats the rate before it in the sentence.
_RATE_BASE = re.compile(r"\s+per\s+(?P<base>\d[\d,]*)(?![.,]?\d)(?:\s+(?P<noun>[a-z]{3,}))?")


def _rate_unit(text: str, end: int, unit: str | None, previous: str | None) -> str | None:
    base = _RATE_BASE.match(text, end)
    if base is None:
        return None
    noun = base.group("noun")
    per = f"per {base.group('base')}" + (f" {noun}" if noun and noun not in STOP_WORDS else "")
    if unit:
        return f"{unit} {per}"
    if previous and f" {per}" in f" {previous}":
        return previous
    return per


# A temperature: "0.6°C", "the 2° C limit", "18 degrees Celsius", "40℉". The scale is the
# unit, so Celsius and Fahrenheit never share a chart.
_TEMPERATURE = re.compile(
    r"(?<=\d)(?P<glued>[CF])\b"
    r"|\s?(?:°\s?(?P<sign>[CF])\b|(?P<symbol>[℃℉])|(?:degrees?\s+|°\s?)(?P<word>(?i:celsius|centigrade|fahrenheit))\b)"
)
_TEMPERATURE_WORDS = frozenset({"celsius", "centigrade", "fahrenheit"})

# "35C (95F)" without a degree sign: a glued C or F is a scale only where the sentence
# speaks of heat or cold, or gives both scales side by side ("a 5C charge rate" is no
# temperature).
_HEAT_WORDS = frozenset(
    split_words(
        "temperature temperatures heat heatwave heatwaves degrees warm warmer warmest warming "
        "cold colder coldest hot hotter hottest "
        # Informal words of heat in weather copy ("top temps", "the mercury climbed").
        "temp temps mercury scorching sweltering scorcher"
    )
)
_HIGH_OR_LOW = re.compile(r"\b(?:record|previous|all-time|daily)\s+(?:high|low)\b", re.IGNORECASE)
_BOTH_SCALES = re.compile(r"\d[CF]\s?\(-?\d+(?:\.\d+)?[CF]\)")
# "the 4F flight": after an article, a code names the noun after it, unless that noun is
# heat itself or a mark on the scale ("a 40C heatwave", "the 40C mark").
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_NOUN_NEXT = re.compile(r"\s+(?P<noun>[a-z]+)\b")
_SCALE_NOUNS = _HEAT_WORDS | frozenset(split_words("mark barrier threshold level limit"))


def _figure_start(text: str, end: int) -> int:
    """Where the run of digits (with "." and ",") ending at ``end`` starts."""
    start = end
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,"):
        start -= 1
    return start


def glued_temperature(ctx: SentenceContext, end: int) -> bool:
    """True when the figure ending at ``end`` has a temperature scale glued to it ("40C")."""
    text = ctx.text
    if end >= len(text) or text[end] not in "CF" or not (end + 1 == len(text) or not text[end + 1].isalnum()):
        return False
    noun = _NOUN_NEXT.match(text, end + 1)
    if noun and noun.group("noun") not in _SCALE_NOUNS and _ARTICLE_BEFORE.search(text, 0, _figure_start(text, end)):
        return False
    return ctx.has_any(_HEAT_WORDS) or bool(_HIGH_OR_LOW.search(text)) or bool(_BOTH_SCALES.search(text))


def _may_have_temperature(ctx: SentenceContext) -> bool:
    if ctx.has_any(_TEMPERATURE_WORDS):
        return True
    if ctx.has_digit and ("C" in ctx.text or "F" in ctx.text):
        return True  # maybe a glued scale, "40C" (_temperature_at checks the sentence)
    text = ctx.text
    return not ctx.ascii and ("°" in text or "℃" in text or "℉" in text)


def _temperature_at(ctx: SentenceContext, end: int) -> str | None:
    """"°C" or "°F" when a temperature scale follows the figure ending at ``end``."""
    m = _TEMPERATURE.match(ctx.text, end)
    if m is None or (m.group("glued") and not glued_temperature(ctx, end)):
        return None
    scale = m.group("glued") or m.group("sign") or m.group("symbol") or m.group("word")
    return "°F" if scale in ("F", "℉") or scale.lower() == "fahrenheit" else "°C"


# A multiple written with a glued "x" ("grew 4x", "a 2.5x return"), not a name ("X5", "4x4").
_MULTIPLE_SIGN = re.compile(r"[xX×](?![\w-])")  # "4x", "2.5X", "10×"
# A known unit abbreviation right after a figure, spaced or glued ("320MW", "19 GB").
_ABBREVIATION = re.compile(r"\s?(?P<abbr>[A-Za-zµ/]+)(?![\w/])")
# A name between the number and its noun: "4,000 5G masts", "1.47 million 5G base stations".
_NAME_TOKEN = re.compile(r"\s+(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]+(?:-[A-Za-z\d]+)*(?=\s)")
# A capitalised name with its number between a figure and its noun: "30 Velo Liner 417 coaches".
_NAME_WITH_NUMBER = re.compile(r"\s+(?:[A-Z][\w'’&.-]*\s+){1,4}(?P<num>\d[\d,.]*[A-Za-z]{0,2})(?=\s+[a-z])")


def _not_a_figure(ctx: SentenceContext, name: re.Match[str]) -> bool:
    """Whether the number in the name was left out as a figure (so it is the name's)."""
    return all(f.start != name.start("num") for f in ctx.figures)


_NUMBER_OF = re.compile(r"\bnumber\s+of\s+", re.IGNORECASE)
# A word of approximation between the link and the figure ("reached about 4,000").
_APPROXIMATELY = r"(?:(?:about|around|nearly|almost|over|some|roughly|just|only|more\s+than|at\s+least)\s+)?$"
# What leads from "the number of X" (or "the most Xs") to the figure that counts them: a verb
# of reaching or changing, "to", a bracket ("the number of kayaks hired (almost 4,870)").
_REACHED_BEFORE = re.compile(
    r"(?:\b(?:(?:has|have|had)\s+)?(?:reached|hit|surpassed|exceeded|topped|passed|totalled|totaled|"
    r"reaching|hitting|surpassing|exceeding|topping|passing|totalling|totaling|"
    r"stood\s+at|standing\s+at|(?:[a-z]+ed|risen|rose|grown|grew|fallen|fell|rising|growing|falling)\s+(?:to|from|by)|"
    r"(?:was|were|is|are)\s+(?:up|down)\s+(?:to|from|by)|"
    r"to|was|is|were)\s+"
    r"(?:a\s+(?:maximum|minimum|total)\s+of\s+)?|\s*\(\s*)"
    + _APPROXIMATELY
)
# "the most loaves in a week with 2,140", "the most visitors (41,370)", "the most titles, 24".
_MOST = re.compile(r"\bmost\s+(?P<noun>[a-z]+)\b", re.IGNORECASE)
_MOST_LINK = re.compile(
    r"(?:,?\s+with\s+|,\s+|\s*\(\s*)"
    + _APPROXIMATELY
)

_CLAUSE_BREAK = re.compile(r"[,;:()]")
# An aside between dashes ("the two operators -- Alpha and Beta -- had") breaks no clause.
_DASH_ASIDE = re.compile(r"\s(?:--|—|–)\s[^—–]*?\s(?:--|—|–)\s|—[^—]*—")
_ING_NOUN = re.compile(r"\s+(?P<ing>[a-z]+ing)\s+(?P<noun>[a-z]+)\b")


def _number_of_before(text: str, start: int) -> str | None:
    """"The number of rental docks in the town has reached 1,745" -> "rental
    docks": the noun phrase after "number of", when a verb of reaching leads to the figure
    in the same clause."""
    before = text[:start]
    link = _REACHED_BEFORE.search(before)
    if not link:
        return None
    found = next(reversed(list(_NUMBER_OF.finditer(before, 0, link.start()))), None)  # the last one
    if found is None or _CLAUSE_BREAK.search(_DASH_ASIDE.sub(" ", before[found.end():link.start()])):
        return None
    pos = found.end()
    if name := _NAME_TOKEN.match(text, pos - 1):  # "the number of 5G base stations"
        pos = name.end()
    unit, _ = _noun_phrase(text, pos)
    return unit


# "raising to 4,120 the number of members": the count before what it counts.
_TO_JUST_BEFORE = re.compile(r"\bto\s+$")
_NUMBER_OF_AFTER = re.compile(r"\s+the\s+(?:total\s+|overall\s+)?number\s+of\s+")


def _number_of_after(text: str, figure: Figure) -> str | None:
    """The X of "to <figure> the number of X": what the figure counts, named after it."""
    if "number" not in text or not _TO_JUST_BEFORE.search(text, max(0, figure.start - 4), figure.start):
        return None
    after = _NUMBER_OF_AFTER.match(text, figure.end)
    return _noun_phrase(text, after.end())[0] if after else None


def _count_named_before(ctx: SentenceContext, start: int) -> str | None:
    """What "the number of X" or "the most Xs" earlier in the clause says the figure counts."""
    words = ctx.words
    counted = _number_of_before(ctx.text, start) if "number" in words else None
    if counted is None and "with" in words and "number" in words:
        counted = _top_number_of_before(ctx.text, start)
    return counted or (_most_before(ctx.text, start) if "most" in words else None)


# "Westia had the highest number of paying users in May with 31,700": a superlative of a count
# leads to its figure by "with", as "the most users ... with" does (_MOST_LINK).
_TOP_NUMBER_OF = re.compile(r"\b(?:highest|largest|greatest|biggest|lowest|smallest)\s+number\s+of\s+",
                            re.IGNORECASE)


def _top_number_of_before(text: str, start: int) -> str | None:
    before = text[:start]
    link = _MOST_LINK.search(before)
    if not link:
        return None
    found = next(reversed(list(_TOP_NUMBER_OF.finditer(before, 0, link.start()))), None)
    if found is None or _CLAUSE_BREAK.search(before, found.end(), link.start()):
        return None
    return _noun_phrase(text, found.end())[0]


def _most_before(text: str, start: int) -> str | None:
    """"the most loaves in one week with 2,140" -> "loaves": a superlative of quantity
    (most and a plural noun: not "the most popular park") names what the figure counts,
    when the figure follows in the same clause."""
    before = text[:start]
    link = _MOST_LINK.search(before)
    if not link:
        return None
    found = next(reversed(list(_MOST.finditer(before, 0, link.start()))), None)
    if found is None or _CLAUSE_BREAK.search(before, found.end(), link.start()) or _DIGIT.search(before, found.end()):
        return None
    noun = found.group("noun")
    if noun in STOP_WORDS or not (_is_plural(noun) or noun in IRREGULAR_PLURALS):
        return None
    return noun


def _unit_just_before(ctx: SentenceContext, figure: Figure) -> str | None:
    """The unit of the figure right before ``figure``: what a change noun's figure counts. A
    share it cannot be (a count's own share in brackets: "a rise of 3,000 (0.6%) and a rise
    of 17,000") is passed over for the figure before it."""
    before = sorted((f for f in ctx.figures if f.end <= figure.start and f.value is not None), key=_START, reverse=True)
    return next((f.unit for f in before if f.unit is None or same_kind(f, figure, ctx.text)), None)


# A target or threshold counted in the noun before it: "a 66,800 people goal", "the 600,000
# passenger mark", "a 41 million passenger yearly cap": what is counted is the people.
_GOAL_NOUNS = frozenset(split_words("goal target mark cap milestone threshold barrier limit ceiling"))
# Nouns that are plural as they stand ("a 2,000 staff goal").
_UNCHANGED_PLURALS = frozenset(split_words("personnel staff crew police cattle livestock"))
# Nouns of a whole made of members: "passenger numbers", "the subscriber base", "voter
# population", "passenger traffic" count the members, which the word before them names.
_COLLECTIVES = frozenset(split_words("numbers number base population traffic count tally"))
_MODIFIER_BEFORE = re.compile(r"(?<![\w-])(?P<mod>[A-Za-z][a-z]{2,})\s+$")
_NOT_MODIFIERS = frozenset(split_words("total overall annual average monthly weekly daily yearly whole combined "
                                       "record current estimated official final net gross new"))


def _member_of_collective(text: str, start: int, unit: str | None) -> str | None:
    """The members a collective noun starting at ``start`` counts, if a noun before it names them."""
    if unit is None or (unit not in _COLLECTIVES and unit not in _GOAL_NOUNS):
        return unit
    window = max(0, start - 30)
    m = _MODIFIER_BEFORE.search(text[window:start])
    if m is None or (m.start() == 0 and window > 0):
        return unit
    mod = m.group("mod").lower()
    if mod in STOP_WORDS or mod in _NOT_MODIFIERS or mod.endswith(("ing", "ed", "ly", "ic", "al", "s")):
        return unit
    return mod if mod in _UNCHANGED_PLURALS else plural_of(mod)


def _counted_before_goal(unit: str) -> str:
    """"people goal" -> "people", "passenger mark" -> "passengers": a goal or threshold counts
    the noun before it."""
    words = unit.split()
    if len(words) < 2 or words[-1].lower() not in _GOAL_NOUNS or not words[0].islower():
        return unit
    return words[0] if is_plural_noun(words[0]) or words[0] in _UNCHANGED_PLURALS else plural_of(words[0])


def _is_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


# A plain verb after a plural noun starts the predicate ("people receive", "deaths include"),
# as do a few past forms the -ed test misses ("people died", "sites spread across").
_PREDICATE_VERBS = PLURAL_VERBS | frozenset(split_words("include died spread"))


def _is_time_phrase(unit: str) -> bool:
    """"a score of 61.5 last year": a time phrase after the figure says when, not what."""
    words = unit.lower().split()
    return len(words) == 2 and words[0] in TIME_PHRASE_HEADS and words[1] in TIME_UNITS


def _trim_verb(unit: str) -> str:
    """"electric buses run" -> "electric buses": a plain verb after a plural noun is not part
    of the phrase; nor is a time phrase after it ("visitors last year" -> "visitors")."""
    if " " not in unit:
        return unit  # one word: nothing to trim
    words = unit.split()
    for i, word in enumerate(words[1:], 1):
        if word.lower() in TIME_PHRASE_HEADS and i + 1 < len(words) and words[i + 1].lower() in TIME_UNITS:
            words = words[:i]
            break
    # "plants produce steel" -> "plants": the verb and what follows it (its object) are the
    # clause, not the phrase. A noun that modifies another is singular ("firm bids"), so a
    # plain verb form right after a plural noun starts the predicate.
    for i in range(1, len(words)):
        if words[i].lower() in _PREDICATE_VERBS and (_is_plural(words[i - 1]) or words[i - 1] in IRREGULAR_PLURALS):
            words = words[:i]
            break
    return " ".join(words)


def _over_ing_modifier(text: str, end: int, unit: str) -> str:
    """"23,500 electronic parking permits": an -ing word between an adjective and a plural
    noun modifies the noun (the phrase reader stops at -ing words, which are usually verbs)."""
    if "ing " not in text or _is_plural(unit.split()[-1]):
        return unit  # "workers using tools": the phrase already has its noun
    m = _ING_NOUN.match(text, end)
    if m and _is_plural(m.group("noun")) and m.group("noun") not in STOP_WORDS:
        return f"{unit} {m.group('ing')} {m.group('noun')}"
    return unit


# "61% in favour, 4 points up on a year ago", "its share rose 3 points to 45%": a gap or change
# in points beside a level in percent is in percentage points. Not when the points are
# restated in percent ("down 41.2 points, or 0.6%": an index's points, the percent its
# change), nor where no percent is given ("fell 0.05 points to 1.31", "a 9-point lead").
_POINT_UNITS = frozenset(("point", "points", "pts"))
_POINTS_RESTATED = re.compile(r"\s*(?:,\s*or\s+|\(\s*|or\s+)(?:about\s+|around\s+|some\s+)?[-+]?\d")
_POINTS_COMPARED = re.compile(r"\s+(?:ahead|behind|higher|lower|above|below|up|down|more|less)\b")
_POINTS_CHANGED = re.compile(
    r"\b(?:up|down|rose|risen|fell|fallen|gained|lost|dropped|climbed|slipped|jumped|increased|decreased|"
    r"declined|grew|by|"
    # a noun of change: "a rise of 4 points", "a swing of 4 points"
    r"(?:rise|fall|gain|drop|increase|decrease|decline|jump|swing|loss)\s+of"
    r")\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_POINT_WORD = re.compile(r"[\s-]*(?:points?|pts)\b")
_LEVEL_LINK = re.compile(r"\s+(?:to|at|from)\s+(?:(?:about|around|some|nearly|almost|over)\s+)?$")


def _level_not_in_percent(text: str, ordered: list[Figure], figure: Figure) -> bool:
    """Whether the level the points lead to (or from) is given, and not in percent."""
    later = [f for f in ordered if f.start >= figure.end and f.value is not None]
    if not later:
        return False
    level = later[0]
    linked = _LEVEL_LINK.search(text, figure.end, level.start) is not None
    return linked and level.unit != "percent"


def _points_of_a_percentage(text: str, ordered: list[Figure]) -> None:
    """Points that compare levels given in percent become "percentage points"."""
    percents = [f for f in ordered if f.unit == "percent"]
    if not percents:
        return
    for figure in ordered:
        if figure.unit not in _POINT_UNITS or figure.unit_fixed:
            continue
        word = _POINT_WORD.match(text, figure.end)
        if word is None:
            continue
        restated = _POINTS_RESTATED.match(text, word.end())
        if restated and any(p.start >= word.end() and p.start <= restated.end() for p in percents):
            continue  # "down 41.2 points, or 0.6%"
        if _level_not_in_percent(text, ordered, figure):
            continue  # "fell 41.2 points to 7,140, a 0.6% drop": an index's level
        compared = _POINTS_COMPARED.match(text, word.end()) is not None
        changed = _POINTS_CHANGED.search(text, max(0, figure.start - 40), figure.start) is not None
        if compared or changed:
            figure.unit = "percentage points"
