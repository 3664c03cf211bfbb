"""Numbers that label a thing in a series are not figures: "runway 27", "week 12",
"section 5 of the act", "phase 3 trial", "gate 14", "platform 9".

names.py claims the digits after a capitalised name it has seen mid-sentence ("Apollo
11"); these label words are general vocabulary and label in any case, also at the start
of a sentence. A measure right after the number makes it a figure again ("line 2 km long").
"""

from __future__ import annotations

import re

from .context import SentenceContext, Trigger
from .lexicon import MEASURE_UNITS, UNIT_ABBREVIATIONS, split_words

_LABEL_WORDS = frozenset(
    split_words("""
    section article chapter clause paragraph page table figure appendix annex room gate platform
    runway route line bus flight exit junction level phase stage grade week day round game match
    episode season volume issue ward district zone sector category tier lane track version primary
    type subsection highway motorway freeway interstate class
    """)
)
# Digit first, the label word checked behind it: the regex engine skips ahead to digits.
_LABELLED = re.compile(r"\d(?<![\w.,]\d)\d{0,3}[A-Za-z]?\b(?![.,]\d|\s*%|\s*[-–]\s*\d)")
_WORD_BEFORE = re.compile(r"(?:^|(?<=\W))(?P<word>[A-Za-z]+)\s+$")
_NEXT_WORD = re.compile(r"\s*(?P<w>[A-Za-z]+)")
# Label words that are also spans of time: a plural noun after the number makes it a count.
_TIME_LABELS = frozenset(split_words("day week season round game match"))
_VERB_AFTER = re.compile(r"\s+(?:were|was|are|is|have|had)\b")
_COUNTED_AFTER = re.compile(r"\s+(?:[a-z]+s|people|men|women|children|staff|police|cattle|sheep|fish)\b")


# An identifier: any digits after "ID" ("record ID 40321"), and four digits or more after
# "No." or "number" ("form number 40321"; "No. 1" and "number 3" are ranks, in rankings.py).
# A numbered paper of a named series ("Discussion Paper 51207", "a Working Paper 88") is an
# identifier too: "Paper" capitalised after another word, as series titles write it.
_IDENTIFIER = re.compile(
    r"\b(?:ID\s*[:#]?|(?:No\.|[Nn]umber)(?=\s*#?\d{4})|(?<=[A-Za-z] )Paper(?:\s+No\.)?)"
    r"\s*#?(?P<id>\d[\d-]*)\b(?![.,]\d)"
)
_ID_WORDS = frozenset({"id", "no", "number", "paper"})


def _identifiers(ctx: SentenceContext) -> None:
    for m in _IDENTIFIER.finditer(ctx.text):
        ctx.claim(m.start("id"), m.end("id"))


# A number that names a model or product line: "the 640 family sells well", "its 210
# series", "the 45 variant". After a determiner, before the word for a line of models; a
# count of members ("the 4 family members") is a figure.
_LINE_WORDS = frozenset(split_words("family series variant lineup"))
_MODEL_LINE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Aa])\s+(?P<n>\d{2,4})\s+"
    r"(?:[Ff]amily|[Ss]eries|[Vv]ariant|[Ll]ineup)\b(?!\s+(?:members?|homes?|of)\b|-)"
)


# "Stages 2, 4 and 7", "gates 12 or 14", "zones 2-5", "sections 12 to 14": a label word before
# a list or a span of numbers labels each of them, as "stage 3" labels one; the singular lists them too ("grade 3
# and 4 pupils"). A measure after the last ("sections 2 and 3 km long") leaves the list to be
# read as figures.
_PLURAL_LABEL_WORDS = frozenset(w + "s" for w in _LABEL_WORDS) | {"matches", "categories", "classes"}
_LIST_LABEL_WORDS = _PLURAL_LABEL_WORDS | _LABEL_WORDS
_NUMBER_LIST = r"\d{1,4}[A-Za-z]?(?![.,]\d)"
_LABEL_LIST = re.compile(
    rf"\b(?P<word>[A-Za-z]+)\s+(?P<list>{_NUMBER_LIST}(?:\s*,\s*{_NUMBER_LIST})*\s*,?\s+(?:and|or|&)\s+{_NUMBER_LIST}"
    r"|(?P<span>\d{1,3}(?:\s*[-–]\s*|\s+(?:to|through|until)\s+)\d{1,3}(?![.,]\d)))\b(?!\s*%)"
)
_SCORED_LABELS = _TIME_LABELS | frozenset(split_words("days weeks seasons rounds games matches"))
_LISTED_NUMBER = re.compile(r"\d+[A-Za-z]?")


def _label_lists(ctx: SentenceContext) -> None:
    text = ctx.text
    for m in _LABEL_LIST.finditer(text):
        word = m.group("word").lower()
        if word not in _LIST_LABEL_WORDS:
            continue
        after = _NEXT_WORD.match(text, m.end())
        if after and (after.group("w").lower() in _MEASURES or after.group("w") in UNIT_ABBREVIATIONS):
            continue
        if word in _TIME_LABELS and _COUNTED_AFTER.match(text, m.end()):
            continue  # "on day 3 and 4 people fell ill"
        if m.group("span") and word in _SCORED_LABELS:
            continue  # "won the game 3-1": a score
        for number in _LISTED_NUMBER.finditer(m.group("list")):
            start, end = m.start("list") + number.start(), m.start("list") + number.end()
            ctx.claim(start, end)


# "(1 Kestrel crown = 0.4 euro)", "1 USD = 83 rupees": the one of a stated exchange rate is the
# rate's base, no figure of its own (the value after "=" is the rate). It opens the line, a
# bracket or a clause of a list of rates; "paid 1 euro a share = 3%" is a sum.
_RATE_BASE = re.compile(r"(?:^|(?<=[(\[,;:])\s*)1\s+(?:[A-Za-z.]+\s+){0,3}[A-Za-z.]+\s*=\s*[$€£¥]?\d")


TRIGGER = Trigger(digit=True, words=_ID_WORDS | _LIST_LABEL_WORDS | _LINE_WORDS | _LABEL_WORDS, chars="=")


def recognise_labels(ctx: SentenceContext) -> None:
    if ctx.has_digit and "=" in ctx.text:
        for m in _RATE_BASE.finditer(ctx.text):
            one = m.start() + m.group().index("1")
            ctx.claim(one, one + 1)
    if ctx.has_digit and not ctx.words.isdisjoint(_ID_WORDS):
        _identifiers(ctx)
    if ctx.has_digit and not ctx.words.isdisjoint(_LIST_LABEL_WORDS):
        _label_lists(ctx)
    if ctx.has_digit and not ctx.words.isdisjoint(_LINE_WORDS):
        for m in _MODEL_LINE.finditer(ctx.text):
            ctx.claim(m.start("n"), m.end("n"))
    if not ctx.has_digit or ctx.words.isdisjoint(_LABEL_WORDS):
        return  # cheap test: no label word
    text = ctx.text
    for m in _LABELLED.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 14), m.start())
        if before is None or before.group("word").lower() not in _LABEL_WORDS:
            continue
        after = _NEXT_WORD.match(text, m.end())
        if after and (after.group("w").lower() in _MEASURES or after.group("w") in UNIT_ABBREVIATIONS):
            continue  # "line 2 km long": a figure
        if before.group("word").lower() in _TIME_LABELS and _COUNTED_AFTER.match(text, m.end()):
            continue  # "in the past week 20 people were hurt": a count after a time word
        if before.group("word").lower() == "type" and _VERB_AFTER.match(text, m.end()):
            continue  # "of this type 40 were sold": a count, the subject of its verb
        ctx.claim(m.start(), m.end())


_MEASURES = MEASURE_UNITS | frozenset(split_words("percent per cent thousand million billion trillion"))
LABEL_WORDS = _LABEL_WORDS
"""Words whose number labels a thing in a series (shared with ordinal_counts.py)."""
