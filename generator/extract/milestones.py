"""Milestones: a named achievement without a figure ("X launched Y", "a historic landing").

Only sentences with no figure and no record claim, that name something, and that do not
speak of plans or possibilities.
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext, Trigger
from .lexicon import split_words

_CUE = re.compile(
    r"\b(?:milestones?|landmark|breakthroughs?|historic|maiden|debut(?:ed|s)?|unveil(?:ed|s)|"
    r"launch(?:ed|es)|inaugurat(?:ed|es)|touched\s+down|landed|completed|achieved|"
    r"marked\s+a\s+(?:significant|major|new)|(?:was|were|has\s+been|have\s+been)\s+(?:approved|awarded))\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|could|might|may|plans?\s+to|aims?\s+to|expects?\s+to|hopes?\s+to|if)\b",
    re.IGNORECASE,
)
# A participle after an adverb of recency describes a thing ("the newly launched scooter",
# "its recently completed depot"): no event is told.
_DESCRIBED = re.compile(r"\b(?:newly|recently|freshly|just|previously)[\s-]$", re.IGNORECASE)
# A milestone pointed back at ("attributes this milestone to", "celebrated that milestone"), one
# of a speaker's own progress ("a big milestone in our recovery", "a landmark in its
# journey"), or a participle set off after a noun it describes ("its better performance,
# achieved despite the strike", "the bridge, completed in 1930,") tells no new achievement.
_POINTED_BACK = re.compile(r"\b(?:this|that|these|those)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_OWN_PROGRESS = re.compile(
    r"\s+(?:in|on|for)\s+(?:our|its|their|his|her|my|your)\s+(?:[a-z]+\s+)?(?:recovery|journey|growth|path|"
    r"transformation|turnaround|progress|story|history|rebuild|plan|strategy)\b",
    re.IGNORECASE,
)
_SET_OFF_BEFORE = re.compile(r"\w,\s*$")


def _told(text: str, m: re.Match[str]) -> bool:
    """Whether the cue at ``m`` tells an achievement (see above)."""
    before = text[max(0, m.start() - 30):m.start()]
    if _DESCRIBED.search(before) or _SET_OFF_BEFORE.search(before):
        return False
    word = m.group().lower()
    if word.startswith(("milestone", "landmark", "breakthrough")):
        return _POINTED_BACK.search(before) is None and _OWN_PROGRESS.match(text, m.end()) is None
    return True


_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’-]+")
# A line whose words all open with a capital or a digit, but for short function words, is
# a heading ("Our Milestones", "Key Milestones in 2020"), which names a topic and claims
# nothing. A sentence has a lower-case verb ("Acme Corp launched Widget").
_LOWER_WORD = re.compile(r"(?:^|\s)[^\w\s]*(?!(?:a|an|the|and|or|of|in|on|at|to|for|by|with|from)\b)[a-z]")


_VOCAB = frozenset(
    split_words(
    "milestone milestones landmark breakthrough breakthroughs historic maiden debut "
    "debuted debuts unveiled unveils launched launches inaugurated inaugurates touched "
    "landed completed achieved marked approved awarded "
    )
)


TRIGGER = Trigger(words=_VOCAB)


def recognise_milestones(ctx: SentenceContext) -> None:
    if ctx.figures or ctx.is_title or not ctx.has_any(_VOCAB):
        return
    m = next((m for m in _CUE.finditer(ctx.text) if _told(ctx.text, m)), None)
    if not m or _FUTURE.search(ctx.text) or not _NAME.search(ctx.text) or _is_heading(ctx.text):
        return
    ctx.figures.append(Figure(m.start(), m.end(), "milestone", None, cue=m.group()))


def _is_heading(text: str) -> bool:
    return _LOWER_WORD.search(text) is None
