"""Digits that belong to names are not figures: X-7b, 5G, R900, Model 3, Chapter 11.

Glued digits (letters or a name-hyphen right before, or letters right after) are excluded by
the number pattern itself; this recogniser claims the spaced ones: a capitalised name word
followed by a small number ("Apollo 11", "Gemma 2.5 Pro"), and what follows such a name
("Orca 2.1 70B"). Numbers joined to a following word by a hyphen are kept only when that
word is a measure ("4.75-ton"), not a label ("5-shot", "2-for-1"). An ordinal whose suffix a
page copy wrote as a superscript ("the 5^{th} edition", "5<sup>th</sup>") is claimed too: it is
no count of its own, and so is a power written with a caret ("2^{61}-1"): a formula. Digits
glued to a bracketed letter ("a 401(k) plan", "a 501(c)(3) charity") cite a statute's section:
a code, no figure. An exchange-rate note ("($1 = 0.91 euros)") states the rate used to
convert the article's sums: neither side is a fact of the article. An age band that names a
group ("14-15-year-olds", "for 45- to 54-year-olds") defines who is counted, no figure.
"""

from __future__ import annotations

import re

from .context import SentenceContext, Trigger, from_capitals
from .lexicon import (
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    HYPHENED_MONEY_PLURALS,
    LARGE_SCALES,
    MEASURE_UNITS,
    ORDINAL_STARTS,
    ORDINAL_WORDS,
    SCALE_WORD,
    TIME_UNITS,
    split_words,
)
from .ordinal_counts import TIME_CHAMPION
from .percentages import POINT_COMPOUND_WORDS
from .units import glued_temperature

# Capitalised words that introduce a figure, not a name ("About 40", "Top 10", "The 3 ...").
_NOT_NAMES = frozenset(
    split_words("""
    About Around Almost Nearly Over Under Some Only Just Roughly Approximately More Less Fewer
    The A An And Or But With Without In On At By For From To Of Into Than As All Each Every
    Its It Their His Her Our Another Those These This That Top Up Down Exactly Nearly Another
    Approx Below Above Between Among Estimated Of Where When While Since After Before Until
    No No. Number Total Totalling Just Once Twice Only Just Even Almost Many Least Most Another Scored
    """)
)
# A currency code or prefix before a number is money, not a name: "Rs. 40", "RM 12", "USD 40".
_CURRENCY_NAMES = frozenset(CURRENCY_CODES) | frozenset(CURRENCY_PREFIXES) | {"RMB"}
# A capitalised ordinal word mid-sentence before another capitalised word opens a title or
# a name ("The Second Quiet Harbour Inn", "Third Avenue"), no rank. "First" is left
# to records.py.
# A compound is capitalised in either way ("Sixty-third", "Sixty-Third").
_CAPITALISED_ORDINALS = {w.capitalize() for w in ORDINAL_WORDS if w != "first"} | {
    w.title() for w in ORDINAL_WORDS if "-" in w
}
_TITLE_ORDINAL = re.compile(
    r"(?<=\s)(?:" + "|".join(sorted(_CAPITALISED_ORDINALS, key=len, reverse=True)) + r")(?=\s+[A-Z])"
)
_TITLE_ORDINAL_WORDS = ORDINAL_STARTS - {"first"}
_NAME_UNIT_WORDS = frozenset(split_words(
    "metric square cubic point points times fold pound pounds storey storeys story stories quarter quarters "
    "season seasons"
))
# A unit written out after the number makes a measure, whatever stands before it: "above
# Kestrel Ridge 420 seconds after launch", "left Lisbon 35 minutes late". Units that are also words
# of a name, a score or a named period ("m", "points", "the Formula 7 season") stay out.
_SPELLED_UNITS = "|".join(sorted(
    (w for w in MEASURE_UNITS | TIME_UNITS if len(w) > 2 and w.isalpha() and w not in _NAME_UNIT_WORDS),
    key=len, reverse=True,
))
# "(?<![a-z])": a run of lower-case letters is tried from its first letter only. From a later
# letter the same run ends at the same capital, so that try fails exactly when the first does
# (and no match ends just before a lower-case letter): same matches, far fewer tries.
_NAME_NUMBER = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*|(?<![a-z])[a-z]++[A-Z][\w'’-]*)\s+(?P<num>\d{1,3}(?:\.\d{1,2})?)"
    r"(?P<more>(?:\s+\d+(?:\.\d+)?[A-Za-z]{0,2}\b)*)(?!\d|,\d|\.\d|(?:st|nd|rd|th)\b|\s*%|\s+(?:per\s?cent|percent)\b|"
    rf"\s*{SCALE_WORD}\b|\s+(?:{_SPELLED_UNITS})\b)"
)
# Where a name-number pair may be: a capital, the rest of its word, spaces and a digit. Both
# kinds of name hold such a capital ("Apollo 11", "iPhone 15").
_NAME_GATE = re.compile(r"[A-Z][\w'’.-]*\s+\d")
# Digit first, then the look-behind on the character before it: the engine skips to digits.
_HYPHENATED = re.compile(r"\d(?<![\w.,-]\d)\d*(?:\.\d+)?-(?P<word>[A-Za-z]+)\b")
_LEAD = re.compile(r"\W*")
# A capitalised plural before a list of small numbers names each of them, as "Building 3" names
# one: "bought Buildings 1 and 2", "Terminals 2, 3 and 5 reopened" (a measure after the last
# leaves the list: "Piers 2 and 3 km long" is left as it was read).
_PLURAL_NAME = re.compile(r"[A-Z][a-z]{2,}s")
_MORE_LABELS = re.compile(
    r"(?:\s*,\s*\d{1,3})*\s*,?\s+(?:and|or|&)\s+\d{1,3}[A-Za-z]?\b(?![.,]\d|\s*%)(?:\s+(?P<next>[A-Za-z]+))?"
)
# A capitalised word after "10-Year" mid-sentence ("the 10-Year Rail Plan", "a 5-Point Plan")
# makes the whole a name; a lower-case one ("a 10-Year plan") leaves the figure.
_NAME_WORD_AFTER = re.compile(r"\s+(?!(?:In|Of|On|At|For|To|And|The|A|An)\b)[A-Z][a-z]")
# "25-basis-point", "2-percentage-point": the first word of a unit of points, its second after it.
_POINTS_AFTER = re.compile(r"[-\s]points?\b", re.IGNORECASE)  # "-point", or " points" ("43-basis points")
# Scale words spelled out ("2.3-million-mile"); a letter ("10-K", "4-B") is a label.
_SCALE_WORDS = frozenset(split_words("thousand million billion trillion lakh crore")) | frozenset(LARGE_SCALES)
_SUPERSCRIPT_ORDINAL = re.compile(
    r"\d(?<![\w.,]\d)\d*(?:\^\{?(?:st|nd|rd|th)\}?|<sup>\s*(?:st|nd|rd|th)\s*</sup>)", re.IGNORECASE
)
# A power written with a caret, as page copies print maths ("2^{9000}-1", "10^6"): the
# base, the exponent and a term added or taken off are one expression, no figures.
# "a 457(b) plan", "under 501(c)(3)": a section of a code cited by its subsection letters. The
# bracket is glued to the digits; a spaced "5 (a)" is a list marker after a figure.
_SECTION_CODE = re.compile(r"\d(?<![\w.,]\d)\d*\([a-z]{1,2}\)(?:\(\w{1,3}\))*")
# "($1 = 0.91 euros)", "(£1 = $1.27)", "(1 euro = 1.08 dollars)": a bracket holding one unit of
# a currency set equal to a sum of another, the conversion rate an agency's copy closes with.
_RATE_NOTE = re.compile(
    r"\(\s*(?:[A-Z]{0,3}[$€£¥₹]\s?|[A-Z]{3}\s)?1(?:\s+[A-Za-z]+){0,2}\s*=\s*[^()=]{1,40}\)"
)
# "for 14-15-year-olds", "among 40-49 year olds", "45- to 54-year-olds": the bounds of an age
# group, which the figures of the sentence are about. One age ("19-year-olds") is a fact, and
# so is the age of things ("the cars are 5-6 years old").
_AGE_BAND = re.compile(
    r"\d(?<![\w.,]\d)\d?-?\s*(?:[-–]|to)\s*\d{1,2}[\s-]year[\s-]olds\b", re.IGNORECASE
)
# The words of a percentage after a hyphen ("12-per-cent", "49-pct"), and the high end of a
# range with "to" hyphenated in ("5-to-6 percent", "5-to-6 million"); "a 9-to-5 job" is a label.
_PERCENT_AFTER_HYPHEN = re.compile(r"(?i:per[\s-]?cent|pct\b)")
_RANGE_TO_AFTER = re.compile(
    rf"-\d+(?:\.\d+)?(?:\s?%|[\s-]?(?i:percent|per[\s-]?cent)\b|\s*{SCALE_WORD}\b)"
)
_CARET_POWER = re.compile(r"\d(?<![\w.,]\d)[\d.,]*\^(?:\{[\d.,\s]+\}|[\d.,]*\d)(?:\s*[-+−]\s*\d+\b)?")


# "will fly past Vesta 37 times.", "visited Paris 12 times last year": a whole number then
# "times" closing the clause (or before a word of frequency or time) counts visits to the
# name before it; "times" inside a name's phrase ("the Formula 7 times table") is left.
_TIMES_AFTER = re.compile(
    r"\s+times\b(?=\s*(?:[.,;:!?”\"’)]|$)|\s+(?:a|per|each|every|this|last|in|since|over|during|before)\b)"
)


# "sold in Norland 40, in Ostmark 58 and in Vellsea 12 units": places in parallel frames, each
# with its number, are a series of figures, the place where and the number how many; a model
# number follows the same name ("Windows 10 and Windows 11") or stands without a counted noun.
_PLACE_NAME = r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*"  # one to three capitalised words
_PLURAL_NOUN = r"[a-z]+[^s\W]s"  # "units", not "glass"
_PLACE_FRAME = re.compile(
    r"\bin\s+(?:the\s+)?(?P<name>" + _PLACE_NAME + r")\s+"
    r"(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?![\w.,]\d|\w)"
)
_COUNTED_NOUN_AFTER = re.compile(r"\s+" + _PLURAL_NOUN + r"\b")
# ... or a count in the same frame right before them, the series' head ("120 units in Norland,
# in Ostmark 86"); a count elsewhere in the sentence is not ("The 2 apps run in Windows 11").
_FRAMED_HEAD = re.compile(r"\d\s+" + _PLURAL_NOUN + r"\s+in\s+(?:the\s+)?" + _PLACE_NAME + r"\s*,\s*$")


def _place_series(text: str) -> frozenset[int]:
    """Where the numbers of a series of places in parallel frames start (see _PLACE_FRAME):
    two places or more, not the same name twice, and a counted noun after one of them or a
    framed count right before the first."""
    if text.count(" in ") < 2:
        return frozenset()
    frames = list(_PLACE_FRAME.finditer(text))
    names = {m.group("name") for m in frames}
    if len(frames) < 2 or len(names) < len(frames):
        return frozenset()
    if not any(_COUNTED_NOUN_AFTER.match(text, m.end()) for m in frames) \
            and _FRAMED_HEAD.search(text, 0, frames[0].start()) is None:
        return frozenset()
    return frozenset(m.start("num") for m in frames)


TRIGGER = Trigger(words=_TITLE_ORDINAL_WORDS, or_digit=True)


# "130-plus", "70-odd": a rough number (plus_counts.py), no label.
_ROUGH = frozenset({"plus", "odd"})
# "WestSat–2", "NorCom–1R": a name's number after an en dash, as a copy that turns hyphens into
# dashes writes "WestSat-2" (which the number pattern already refuses). Not a range or score
# ("2030–2031", "3–2") nor a lower-case word ("pages 12–14").
_EN_DASH_NAME = re.compile(r"\b[A-Z][A-Za-z]*[a-z][A-Za-z]*–(?P<num>\d{1,4})[A-Za-z]{0,2}\b(?![–-]\d|[.,]\d)")


def recognise_names(ctx: SentenceContext) -> None:
    if not ctx.is_title and not ctx.words.isdisjoint(_TITLE_ORDINAL_WORDS):
        _claim_title_ordinals(ctx)
    if not ctx.has_digit:
        return
    text = ctx.text
    lead = _LEAD.match(text)
    first_word = lead.end() if lead else 0  # no word before this offset
    places = _place_series(text)
    # A name starts with a capital or with lower-case letters before one ("iPhone").
    for m in from_capitals(_NAME_NUMBER, text, _NAME_GATE):
        name = m.group("name")
        if name in _NOT_NAMES or name in _CURRENCY_NAMES or name.endswith(("'s", "’s", "'", "’")):
            continue
        if not ctx.free(m.start("num"), m.end()) or m.start("num") in places:
            continue
        if not m.group("more") and m.group("num").isdigit() and _TIMES_AFTER.match(text, m.end()):
            continue  # "fly past Vesta 37 times": a count of passes
        if not m.group("more") and len(m.group("num")) > 1 and glued_temperature(ctx, m.end("num")):
            # A reading after a place, "Easton 41.5C", in a sentence of heat: the scale makes it
            # a measure. One digit and a letter stay a model's name ("the Lumo 5C").
            continue
        at_start = m.start() <= first_word
        # A capitalised word at the start of a sentence or in a headline is only a name
        # when the document uses it capitalised mid-sentence too.
        if (at_start or ctx.is_title) and name not in ctx.known_caps:
            continue
        ctx.take(m.start("num"), m.end())
        ctx.labels.append((m.start("num"), m.end()))
        if not m.group("more") and _PLURAL_NAME.fullmatch(name):
            more = _MORE_LABELS.match(text, m.end())
            if more and (more.group("next") or "").lower() not in MEASURE_UNITS:
                # "Buildings 1 and 2", "Terminals 2, 3 and 5"
                ctx.claim(m.end(), more.start("next") if more.group("next") else more.end())
    for m in _SUPERSCRIPT_ORDINAL.finditer(text) if "^" in text or "<sup>" in text.lower() else ():
        ctx.claim(m.start(), m.end())
    for m in _CARET_POWER.finditer(text) if "^" in text else ():
        ctx.claim(m.start(), m.end())
    for m in _RATE_NOTE.finditer(text) if "=" in text else ():
        ctx.claim(m.start(), m.end())
    for m in _AGE_BAND.finditer(text) if "olds" in ctx.words else ():
        ctx.claim(m.start(), m.end())
    for m in _SECTION_CODE.finditer(text) if "(" in text else ():
        ctx.claim(m.start(), m.end())
    for m in _EN_DASH_NAME.finditer(text) if "–" in text else ():
        ctx.claim(m.start("num"), m.end("num"))
    for m in _HYPHENATED.finditer(text) if "-" in text else ():
        if not ctx.is_title and m.group("word")[:1].isupper() and _NAME_WORD_AFTER.match(text, m.end()):
            ctx.claim(m.start(), m.end())  # "the 10-Year Rail Plan": a name, mid-sentence
            continue
        word = m.group("word").lower()
        if word in MEASURE_UNITS or word.rstrip("s") in MEASURE_UNITS or word in _ROUGH or word in _SCALE_WORDS:
            continue  # "8.35-ton", "130-plus" (at least 130), "70-odd" and "2.3-million" are figures
        if word in HYPHENED_MONEY_PLURALS:
            continue  # "dearer by 67-cents": a plural names no kind, a space became a hyphen
        if word in POINT_COMPOUND_WORDS and _POINTS_AFTER.match(text, m.end()):
            continue  # "a 25-basis-point cut": points, read by percentages.py
        if word in ("per", "pct") and _PERCENT_AFTER_HYPHEN.match(text, m.end("word") - len(word)):
            continue  # "a 12-per-cent rise", "rose 49-pct": a percentage, percentages.py
        if word == "to" and _RANGE_TO_AFTER.match(text, m.end()):
            continue  # "5-to-6 percent", "5-to-6 million": a range, ranges.py
        if word == "time" and TIME_CHAMPION.match(text, m.start()):
            continue  # "the 12-time champion", "a four-time nominee": read by ordinal_counts.py
        ctx.claim(m.start(), m.end())


def _claim_title_ordinals(ctx: SentenceContext) -> None:
    """Claim ordinal words that open a capitalised title or name (see _TITLE_ORDINAL)."""
    for m in _TITLE_ORDINAL.finditer(ctx.text):
        ctx.claim(m.start(), m.end())
