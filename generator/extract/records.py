"""Record claims: firsts, superlatives, records, peaks, world leadership, "the only ... in the
top 10", outperforming the world.

A claim that directly governs a figure ("a record 5.2 million", "leads the world with 26")
makes that figure a record; any other claim becomes a figure-less record fact of its own.
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext
from .lexicon import split_words

_SUPERLATIVES = (
    "highest|largest|biggest|greatest|best|fastest|longest|lowest|smallest|strongest|deepest|"
    "tallest|oldest|youngest|heaviest|lightest|cheapest|hottest|coldest|warmest|wettest|"
    "driest|busiest|richest|most\\s+[a-z]+|top-ranked|top-selling|best-selling|most-[a-z]+"
)
# Every alternative starts at a word boundary with one of these letters: testing that once,
# up front, lets the regex engine drop most positions at once.
_CLAIMS = re.compile(
    r"(?P<cue>\b(?=[abcefgilnoprstuw])(?:"
    r"(?<!track\s)(?<!\bon\s)record(?:[\s-](?:breaking|setting|high|low|-?high|number|level|year|amount))?\b"
    r"|all[\s-]time\s+(?:high|low|record|peak)\b"
    r"|unprecedented\b|never\s+before\b"
    r"|(?:first[\s-]ever|world[\s-]first|for\s+the\s+first\s+time)\b"
    r"|(?:the|world['’]s|country['’]s|nation['’]s|region['’]s|continent['’]s|globe['’]s|its|their)\s+"
    r"(?:very\s+)?first\b(?!\s+(?:half|quarter|time\s+since|day|week|month|year|round|stage|"
    r"phase|step|part|of\s+(?:the|its|their)\s+(?:year|month|week|day)))"
    rf"|(?:the|world['’]s|country['’]s|nation['’]s|its|their|one\s+of\s+the)\s+(?:[a-z]+\s+)?(?:{_SUPERLATIVES})\b"
    r"|(?:its|a|an|the|all-time|new|record)\s+peak\b|peaked\b"
    r"|(?:lead|leads|led|leading)\s+(?:the\s+(?:world|globe|region|continent|field|market|pack)|"
    r"globally|worldwide|internationally|in\b)"
    r"|world[\s-](?:leader|leading|beating|class)\b|global\s+leader\b"
    r"|the\s+only\s+(?:[\w-]+\s+){0,4}?(?:in|among)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:top|world)\b"
    r"|(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outpac(?:e|es|ed|ing)|"
    r"overt(?:ake|akes|aken|ook)|beat(?:s|ing)?|exceed(?:s|ed|ing)?|topp(?:ed|ing))\s+"
    r"(?:the\s+|all\s+)?(?:global|world|worldwide|international|previous\s+record|all\b|every\b|"
    r"record)"
    r"))",
    re.IGNORECASE,
)
# Claims that are questions or hopes are not records.
_HEDGE = re.compile(r"\b(?:could|might|would|may|aims?\s+to|hopes?\s+to|plans?\s+to|if)\b", re.IGNORECASE)
_NEAR_FIGURE = re.compile(r"^[^,;:—–()]{0,12}$")  # "a record 5 million", "leads ... with 26"


# Words without which no claim can match (_CLAIMS, alternative by alternative, spelt in
# ASCII as the sentence's words are). "all", "world" and "only" are common: they count
# only with another word their claims also need.
_VOCAB = frozenset(
    split_words(
    "record unprecedented never first most top best peak peaked lead leads led leading leader "
    "beating outperform outperforms outperformed outperforming surpass surpasses surpassed "
    "surpassing outpace outpaces outpaced outpacing overtake overtakes overtaken overtook beat "
    "beats beating exceed exceeds exceeded exceeding topped topping"
    )
) | frozenset(w for w in _SUPERLATIVES.split("|") if w.isalpha())
_TOP_OR_WORLD = frozenset({"top", "world"})


def _may_claim(ctx: SentenceContext) -> bool:
    words = ctx.words
    if not words.isdisjoint(_VOCAB):
        return True
    if "all" in words and "time" in words:  # all-time high
        return True
    if "world" in words and "class" in words:  # world-class
        return True
    return "only" in words and not words.isdisjoint(_TOP_OR_WORLD)  # the only ... in the top


def recognise_records(ctx: SentenceContext) -> None:
    # Cheap test first: most sentences hold no claim word.
    if not _may_claim(ctx):
        return
    # Only the claim's first word must be free: its tail may hold a rank ("top 15").
    claims = [m for m in _CLAIMS.finditer(ctx.text) if ctx.free(m.start(), m.start() + 1)]
    if not claims:
        return
    attached = False
    for m in claims:
        for figure in ctx.figures:
            gap = ctx.text[m.end():figure.start]
            if figure.value is not None and figure.start >= m.end() and _NEAR_FIGURE.match(gap):
                if figure.kind == "quantity":
                    figure.kind = "record"
                figure.cue = m.group("cue")
                attached = True
                break
    if attached and len(claims) == 1:
        return
    free = [m for m in claims if not any(f.cue == m.group("cue") for f in ctx.figures)]
    if not free or _HEDGE.search(ctx.text, 0, free[0].start()):
        return
    # One figure-less claim per sentence: several cues in one sentence are one claim.
    m = free[0]
    ctx.figures.append(Figure(m.start(), m.end(), "record", None, cue=m.group("cue")))
