"""Words around a figure that are no unit, or that name one by another word: "at the age
of 63" is 63 years, "Alpha, 23, ran" an age, "96 they reached" has no unit."""

from __future__ import annotations

import re

from .context import Figure
from .lexicon import split_words

# Plurals without an s, the zero plurals among them ("35 aircraft", "12 species").
IRREGULAR_PLURALS = frozenset(split_words("people children men women aircraft spacecraft sheep deer species"))
# Nouns before "of" that name the unit by another word: "at the age of 63" is 63 years,
# "by a factor of 6" 6 times.
NOUN_MEANS = {"age": "years", "factor": "times"}
# What the phrase reader may take for a noun after a figure but is none: a pronoun opening
# the next clause ("318 miners, 96 they reached"), a comparative ("26,490 higher than").
_NOT_NOUNS = frozenset(
    split_words("they we he she you it i lower higher greater smaller larger bigger better worse "
                "longer shorter cheaper fewer")
)
# Plural nouns that are also verbs of reporting ("the data shows"): right after a count they
# are the things counted ("120 shows sold out", "45 reports were filed"), unless a clause
# follows as their object ("a poll of 2,000 shows that ...", "... of 900 reports a rise").
_VERB_NOUNS = frozenset(split_words("shows reports"))
_OBJECT_AFTER = re.compile(
    r"\s+(?:that|how|what|why|whether|a|an|the|no|its|their|his|her|our|signs|little|some|"
    r"(?!during|including|following|regarding|concerning)[a-z]+ing)\b"
)
# Plural nouns of a measure's level, not of things: "rates will reach zero", "prices rose to 40"
# give a level of the subject, no count of rates or prices (its unit, a "%" or a currency, is
# written at the figure when there is one). "Deaths will reach zero" counts deaths.
LEVEL_PLURALS = frozenset(
    split_words("rates prices levels yields temperatures costs values readings margins ratios spreads "
                "wages salaries rents fares fees premiums tariffs averages indices indexes")
)
# Adverbs of time, place or scope that close a clause after its counted noun: "12,000 beds
# today", "34 outlets nationwide", "40 today" (when or where, never what is counted).
CLOSING_ADVERBS = frozenset(
    split_words("today tonight yesterday tomorrow now currently later earlier ago alone ahead apiece "
                "nationwide worldwide statewide countrywide altogether")
)
# The first word of a time phrase after the noun: "boxes last year", "votes next month",
# "visitors this year".
TIME_PHRASE_HEADS = frozenset(split_words("last next this coming previous"))
# Plurals of people: after a bare number they say it counts heads, even behind a currency code
# ("GHS 2,000 nurses": an agency's initials or a slip, no sum; "USD 20 tickets" stays a price).
PEOPLE_PLURALS = frozenset(
    split_words("people persons nurses doctors midwives teachers lecturers workers employees staff officers "
                "soldiers troops police farmers residents households families children pupils students "
                "graduates patients members voters candidates recruits volunteers passengers visitors "
                "tourists customers subscribers users beneficiaries applicants pensioners retirees refugees "
                "migrants officials engineers scientists researchers athletes players traders vendors drivers "
                "women men youths adults")
)
# Adjectives of frequency end in -ly but come before their noun: "40 million weekly users".
FREQUENCY_ADJECTIVES = frozenset(split_words("hourly daily nightly weekly fortnightly monthly quarterly yearly"))


def is_counted_verb_noun(text: str, word: str, after: int) -> bool:
    """``word`` (ending at ``after``, right after a figure) is the counted noun, not a verb."""
    return word in _VERB_NOUNS and _OBJECT_AFTER.match(text, after) is None


# An age in apposition to a name, as news style writes it: "Alpha, 23, ran".
_AGE_APPOSITION = re.compile(r"(?<![\w.])(?P<name>[A-Z][a-z]+),\s+$")
_AGE_AFTER = re.compile(r",\s+[a-z]")
_MONTHS_AND_DAYS = frozenset(
    split_words("January February March April May June July August September October November December "
                "Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
)


def is_no_noun(unit: str) -> bool:
    """A pronoun, a comparative or a past-tense verb ("58 remained dry") is no unit; an -ed
    word before a plural noun is its adjective ("1,460 licensed cabs")."""
    words = unit.split()
    first = words[0].lower()
    if first in _NOT_NOUNS:
        return True
    verb = first.endswith("ed") and len(first) > 4 and not first.endswith("eed")
    return verb and not is_plural_noun(words[-1].lower())


# Nouns whose final -f or -fe turns to -ves in the plural ("the 40th calf": 40 calves).
_VES_PLURALS = frozenset(split_words("calf elf half knife leaf life loaf self sheaf shelf thief wife wolf"))


def plural_of(noun: str) -> str:
    """"passenger" -> "passengers", "city" -> "cities", "calf" -> "calves", "woman" -> "women",
    "person" -> "people": the noun a count of it is written with."""
    if noun == "person":
        return "people"
    if noun.lower() in _VES_PLURALS:
        return noun[:-2 if noun.endswith("fe") else -1] + "ves"
    if noun.endswith("man"):
        return noun[:-3] + "men"  # "woman", "chairman"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def is_plural_noun(word: str) -> bool:
    """"cabs", "people": a plural noun, with an s (not "ss") or without one."""
    return (word.endswith("s") and not word.endswith("ss")) or word in IRREGULAR_PLURALS


def is_age_in_apposition(text: str, figure: Figure) -> bool:
    """"Alpha, 23, ran": a whole number up to 120 between commas right after a name."""
    value = figure.value
    if not isinstance(value, int) or not 0 < value <= 120 or not _AGE_AFTER.match(text, figure.end):
        return False
    m = _AGE_APPOSITION.search(text, max(0, figure.start - 30), figure.start)
    return m is not None and m.group("name") not in _MONTHS_AND_DAYS


# A speed: a distance per hour, minute or second, also after a converted value in brackets
# ("148 kilometres (92 miles) per hour"); the unit is the rate, not the distance.
_DISTANCES = frozenset(
    split_words("mile miles kilometre kilometres kilometer kilometers km metre metres meter meters m foot feet ft")
)
_PER_TIME = re.compile(r"(?:\s*\([^()]{1,40}\))?\)?\s+(?:per|an|a)\s+(?P<time>hour|minute|second)\b")


def as_speed(text: str, unit: str, end: int) -> str:
    """``unit`` (a distance ending at ``end``) as a speed when "per hour" follows it."""
    if unit.lower() not in _DISTANCES:
        return unit
    m = _PER_TIME.match(text, end)
    return f"{unit} per {m.group('time')}" if m else unit
