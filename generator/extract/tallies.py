"""Vote tallies: "the council voted 9-4", "a 6-3 ruling", "by a vote of 51-49".

A tally names two counts of votes, the ayes and the noes, and both are facts of the vote (a
desk reports the margin from them). A dash between two small whole numbers right after "voted",
"ruled" or "a vote of", or right before "vote", "ruling" or "decision", is such a tally; the
first is the larger or equal side, as tallies are written ("voted 4-9" is a slip or a range).
A sports score ("won 3-1") has no vote word and stays as the other readers take it.
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext, Trigger
from .lexicon import split_words

_SIDES = r"(?<![\d.,/-])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?!\d|[.,]\d|[/%]|[-–]\d)"
_TALLY = re.compile(
    rf"\b(?:voted|ruled|(?:a\s+)?votes?\s+of)\s+{_SIDES}"
    rf"|{_SIDES.replace('?P<a>', '?P<a2>').replace('?P<b>', '?P<b2>')}\s+(?:votes?|ruling|decision|verdict)\b",
    re.IGNORECASE,
)
_TALLY_WORDS = frozenset(split_words("voted vote votes ruled ruling decision verdict"))


TRIGGER = Trigger(digit=True, words=_TALLY_WORDS)


def recognise_tallies(ctx: SentenceContext) -> None:
    for m in _TALLY.finditer(ctx.text):
        a, b = ("a", "b") if m.group("a") else ("a2", "b2")
        ayes, noes = int(m.group(a)), int(m.group(b))
        if ayes < noes or not ctx.free(m.start(a), m.end(b)):
            continue
        ctx.add(Figure(m.start(a), m.end(a), "quantity", ayes, unit="votes", unit_fixed=True))
        ctx.add(Figure(m.start(b), m.end(b), "quantity", noes, unit="votes", unit_fixed=True))
