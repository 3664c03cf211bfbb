"""How many times something happened, written as an adverb: "tested the engine twice",
"the court met thrice in May", "has twice landed" (2 and 3 times, as "three times" is read by
numbers.py).

Only where the adverb closes what happened: before a clause's end or a phrase of time or
place. "twice as large", "twice the size", "twice that" and "twice a year" compare or give a
rate (nothing, as before); "twice-weekly" is a frequency, and "think twice" an idiom.
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext, Trigger

_REPEATS = {"twice": 2, "thrice": 3}
_IDIOM_BEFORE = re.compile(r"\b(?:think|thinks|thinking|thought)\s+$", re.IGNORECASE)
_ADVERB = re.compile(
    r"(?<![\w-])(?P<word>[Tt]wice|[Tt]hrice)\b(?!-)"
    r"(?=\s*(?:[,.;:)(—–]|$)"
    r"|\s+(?:in|on|at|during|since|before|after|between|within|so\s+far|and|but|while|when|for|from|"
    r"already|again|yesterday|today|(?:this|last|next)\s+(?:year|month|week|season|quarter))\b)"
)

# Between an auxiliary and its participle the adverb counts the event too: "has twice landed",
# "was twice fined", "have thrice won". Not "is twice as large" nor "was twice the size".
_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:has|have|had|was|were|been|having)\s+(?P<word>twice|thrice)\b"
    r"(?=\s+(?:[a-z]{2,}ed|won|been|beaten|met|run|lost|held|made|taken|seen|done|hit|struck|sold|broken|"
    r"risen|fallen|grown|shown|drawn|thrown|given|driven|flown|chosen)\b)",
    re.IGNORECASE,
)


TRIGGER = Trigger(words=frozenset({"twice", "thrice"}))


def recognise_repeats(ctx: SentenceContext) -> None:
    for m in [*_ADVERB.finditer(ctx.text), *_BEFORE_PARTICIPLE.finditer(ctx.text)]:
        start, end = m.span("word")
        if ctx.free(start, end) and not _IDIOM_BEFORE.search(ctx.text, max(0, start - 12), start):
            value = _REPEATS[m.group("word").lower()]
            ctx.add(Figure(start, end, "quantity", value, unit="times", unit_fixed=True))
