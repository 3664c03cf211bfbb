"""Vote tallies: "the council voted 9-4", "a 6-3 ruling", "by a vote of 51-49".

A tally names two counts of votes, the ayes and the noes, and both are facts of the vote (a
desk reports the margin from them). A dash between two small whole numbers right after "voted",
"ruled" or "a vote of", or right before "vote", "ruling" or "decision", is such a tally; the
first is the larger or equal side, as tallies are written ("voted 4-9" is a slip or a range).
A match score names both sides too ("Brora beat Calder 21-14", "a 3–1 win"): after a verb of
result and the side beaten, or before a noun of result, each side is a figure of the score (the
winner's first as written, whichever verb). A dash before a noun ("won 3-4 seats") is a range.
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
_RESULT_VERBS = ("beat|beats|beating|defeated|defeats|defeating|won|wins|winning|lost|loses|losing|drew|draws|"
                 "edged|thrashed|routed|trounced|downed|hammered|overcame|victory\\s+over|win\\s+over|"
                 "(?:defeat|loss)\\s+(?:to|by|against)")
_RESULT_NOUNS = "win|wins|victory|defeat|loss|draw|triumph|thrashing|rout|scoreline"
# The side beaten, or the game: "Calder", "the Westia Kestrels", "the final".
_OPPONENT = r"(?:(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}|the\s+(?:game|match|final|tie|derby)\s+)?"
# After the score: the sentence goes on with a preposition or a clause, not a counted noun.
_SCORE_END = (r"(?=\s*(?:$|[,.;:!?)\]\"”]|[—–-]\s)|\s+(?:in|on|at|to|and|but|after|before|with|for|against|"
              r"over|as|thanks|despite|during|under|away|last|this|when|while)\b)")
_SCORE = re.compile(
    rf"\b(?:{_RESULT_VERBS})\s+{_OPPONENT}(?:by\s+)?{_SIDES}{_SCORE_END}"
    rf"|{_SIDES.replace('?P<a>', '?P<a2>').replace('?P<b>', '?P<b2>')}\s+(?:(?:home|away)\s+)?(?:{_RESULT_NOUNS})\b"
)
_SCORE_WORDS = frozenset(split_words(
    "beat beats beating defeated defeats defeating won wins winning lost loses losing drew draws edged thrashed "
    "routed trounced downed hammered overcame victory win defeat loss draw triumph thrashing rout scoreline"
))


TRIGGER = Trigger(digit=True, words=_TALLY_WORDS | _SCORE_WORDS)


def recognise_tallies(ctx: SentenceContext) -> None:
    for m in _TALLY.finditer(ctx.text):
        a, b = ("a", "b") if m.group("a") else ("a2", "b2")
        ayes, noes = int(m.group(a)), int(m.group(b))
        if ayes < noes or not ctx.free(m.start(a), m.end(b)):
            continue
        ctx.add(Figure(m.start(a), m.end(a), "quantity", ayes, unit="votes", unit_fixed=True))
        ctx.add(Figure(m.start(b), m.end(b), "quantity", noes, unit="votes", unit_fixed=True))
    if _SCORE_WORDS.isdisjoint(ctx.words):
        return
    for m in _SCORE.finditer(ctx.text):
        a, b = ("a", "b") if m.group("a") else ("a2", "b2")
        if not ctx.free(m.start(a), m.end(b)):
            continue
        for side in (a, b):
            ctx.add(Figure(m.start(side), m.end(side), "quantity", int(m.group(side)), unit="score", unit_fixed=True))
