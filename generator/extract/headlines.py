"""Record claims in headline style, read in titles only: "Explorer completes deepest ever
dive", "First robot to ice 500 cakes goes on sale".

Headlines drop articles, so the body-text cues of records.py ("the deepest", "the first")
miss them. In a title, a superlative followed by "ever", a "First" after a verb ("Westia
Launches First Satellite"), or a title-initial "First" or "-est" superlative (also after a
colon or dash) before a lower-case noun, is a record claim. "First-half", "First 10 months"
and "First quarter" are periods, and "First lady", "First aid" fixed phrases, not claims.
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext, Trigger
from .records import _BARE_SUPERLATIVES, _DOTTED, _SUPERLATIVES

_EVER = re.compile(rf"\b(?P<cue>(?:{_SUPERLATIVES})[\s-]ever)\b", re.IGNORECASE)
# Periods, steps and fixed phrases that "First" opens: no claim.
_FIRST_NOT_CLAIM = (
    r"half|quarter|time|day|week|month|year|round|stage|phase|step|part|look|of|in|lady|aid|"
    r"responders?|class|hand|glance|sight|name|light"
)
_FIRST = re.compile(rf"^\W*(?P<cue>(?:World['’]s\s+)?First(?:[\s-]ever)?)\s+(?!(?:{_FIRST_NOT_CLAIM})\b)[a-z]")
# A headline's verb before "First" drops the article of "its first" ("Westia Launches First
# Satellite", "Acme opens first store in Eastby", "Joining forces to build first solar farm"): a
# verb in the present (ending in "s") or after "to" (not a period, "Acme Posts First Quarter Loss",
# "Reports First-Half Profit", nor a fixed phrase, "Gets First Look").
# After a verb, in any case, also a count or one release or leg of a series ("Posts First Nine
# Months", "First Reading", "First Leg"), and a word that joins a clause or phrase, where "first"
# is an adverb of priority ("Acme Puts Customers First as Sales Rise", "... First Again").
_VERB_FIRST_NOT_CLAIM = (
    rf"{_FIRST_NOT_CLAIM}|nine|six|three|two|four|five|ten|few|results?|reading|"
    r"estimates?|tranche|batch|leg|innings|session|dose|game|match|half-year|"
    r"as|again|and|or|but|with|when|while|after|amid|at|on|for|by"
)
_VERB_FIRST = re.compile(
    rf"(?:\b[A-Za-z]+[a-z]s|\bto\s+[a-z]+)\s+(?P<cue>[Ff]irst(?:[\s-][Ee]ver)?)\s+"
    rf"(?!(?i:{_VERB_FIRST_NOT_CLAIM})\b)[A-Za-z]"
)
# An "-est" superlative opening a title, or its part after a colon or dash, before a
# lower-case noun: "Largest flood in decades hits the coast", "Storm season: Wettest
# month yet". "Best" and "Most" open names and quantities ("Best Buy", "Most voters").
_INITIAL_SUPERLATIVE = re.compile(
    rf"(?:^|[:|—–]\s|\s-\s)\W*(?P<cue>(?:{_BARE_SUPERLATIVES})(?:[\s-]ever)?)\s+(?-i:[a-z])", re.IGNORECASE
)


TRIGGER = Trigger(title=True)
"""For both recognisers: they read titles only."""


def recognise_headline_claims(ctx: SentenceContext) -> None:
    if not ctx.is_title or any(f.kind == "record" for f in ctx.figures):
        return
    m = (_EVER.search(ctx.text) or _FIRST.match(ctx.text) or _initial_superlative(ctx.text)
         or _VERB_FIRST.search(ctx.text))
    if m:
        start, end = m.span("cue")
        ctx.figures.append(Figure(start, end, "record", None, cue=m.group("cue")))


def _initial_superlative(text: str) -> re.Match[str] | None:
    m = _INITIAL_SUPERLATIVE.search(text)
    # Case-blind for the word list only: the superlative itself must open with a capital.
    return m if m and text[m.start("cue")].isupper() else None


# Headline superlatives the cues above miss: one that opens the title before a lower-case
# noun ("Deepest lake in the region freezes over"; "-est" forms only, as "Most people ..."
# and "Best ways to ..." are no claims), and one whose noun comes before "ever" or "in
# history" ("Team posts third-best season in history", "finds oldest known fossil ever",
# "highest turnout in the history of the league"),
# an abbreviation written with dots among its words too ("Largest U.K. Grain Harvest Ever").
_LEADING_SUPERLATIVE = re.compile(
    rf"^\W*(?P<cue>(?:World['’]s\s+)?(?i:{_BARE_SUPERLATIVES}))\s+[a-z]"
)
_SUPERLATIVE_NOUN_EVER = re.compile(
    rf"\b(?P<cue>(?:{_SUPERLATIVES})\s+(?:(?:[\w-]+|{_DOTTED})\s+){{1,3}}?"
    r"(?:ever|in\s+(?:its\s+|their\s+)?history|in\s+the\s+history\s+of))\b",
    re.IGNORECASE,
)


def recognise_headline_superlatives(ctx: SentenceContext) -> None:
    if not ctx.is_title or any(f.kind == "record" for f in ctx.figures):
        return
    m = _LEADING_SUPERLATIVE.match(ctx.text) or _SUPERLATIVE_NOUN_EVER.search(ctx.text)
    if m:
        start, end = m.span("cue")
        ctx.figures.append(Figure(start, end, "record", None, cue=m.group("cue")))
