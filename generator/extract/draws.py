"""Numbers drawn in a lottery or a raffle are labels, not quantities.

"The winning numbers were 4, 19, 22, 38 and 51, and the Star Ball 7": each number names a
ball, as a seat number names a seat; none counts or measures anything. Two shapes, only in
a sentence that speaks of a draw (winning, drawn, lucky, lottery ...):

- a list of three or more small numbers after "numbers were/are/:" (or "numbers drawn
  were"), with commas, "and" or dashes between them;
- the number of a named ball ("bonus ball 7", "the Star Ball was 12", "Megaball of 3").

The count of numbers matched ("matched five numbers") and prize sums stay figures.
"""

from __future__ import annotations

import re

from .context import SentenceContext, Trigger
from .lexicon import split_words

_DRAW_WORDS = frozenset(split_words("winning drawn draw draws drawing lucky lottery lotto raffle jackpot"))
# A small whole number, not a share or the start of a sum ("2 million").
_SMALL = r"(?<!\d)\d{1,2}(?!\d|[.,]\d|\s*(?:%|per\b|percent|million|billion|thousand|m\b|bn\b))"
_LIST = re.compile(
    r"\bnumbers\s+(?:drawn\s+)?(?:were|are|was|is|:)\s*(?:the\s+)?"
    rf"(?P<list>{_SMALL}(?:\s*(?:,|and|&|[-–])\s*(?:and\s+)?{_SMALL}){{2,}})",
    re.IGNORECASE,
)
_BALL = re.compile(
    rf"\b(?:[A-Za-z]*ball|bonus\s+number)\s*(?:(?:number|of|was|is|:)\s*)*(?P<n>{_SMALL})",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+")


TRIGGER = Trigger(digit=True, words=_DRAW_WORDS)


def recognise_draws(ctx: SentenceContext) -> None:
    text = ctx.text
    for m in _LIST.finditer(text) if "numbers" in ctx.words else ():
        for n in _NUMBER.finditer(text, m.start("list"), m.end("list")):
            ctx.claim(n.start(), n.end())
    for m in _BALL.finditer(text):
        ctx.claim(m.start("n"), m.end("n"))
