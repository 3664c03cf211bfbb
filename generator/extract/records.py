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
    "driest|busiest|richest|steepest|widest|narrowest|shortest|thinnest|thickest|brightest|"
    "darkest|slowest|loudest|quietest|safest|deadliest|costliest|sunniest|windiest|"
    "snowiest|rarest|cleanest|densest|farthest|wealthiest|poorest|"
    "most\\s+[a-z]+|top-ranked|top-selling|best-selling|most-[a-z]+"
)
# Every alternative starts at a word boundary with one of these letters: testing that once,
# up front, lets the regex engine drop most positions at once.
_CLAIMS = re.compile(
    r"(?P<cue>\b(?=[abcefgilnoprstuw])(?:"
    r"(?<!track\s)(?<!\bon\s)record(?:[\s-](?:breaking|setting|high|low|-?high|number|level|year|amount)s?)?\b"
    r"|all[\s-]time\s+(?:high|low|record|peak)s?\b"
    r"|unprecedented\b|never\s+before\b"
    r"|(?:first[\s-]ever|world[\s-]first|for\s+the\s+first\s+time)\b"
    r"|(?:the|world['’]s|country['’]s|nation['’]s|region['’]s|continent['’]s|globe['’]s|city['’]s|"
    r"state['’]s|island['’]s|its|their)\s+"
    r"(?:very\s+)?first\b(?!\s+(?:half|quarter|time\s+since|day|week|month|year|round|stage|"
    r"phase|step|part|of\s+(?:the|its|their)\s+(?:year|month|week|day)))"
    rf"|(?:the|world['’]s|country['’]s|nation['’]s|city['’]s|region['’]s|continent['’]s|state['’]s|"
    rf"island['’]s|its|their|one\s+of\s+the)\s+(?:[a-z]+\s+)?(?:{_SUPERLATIVES})\b"
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
# Owners of a superlative: places, in general words ("the city's warmest October").
_OWNERS = r"world['’]s|country['’]s|nation['’]s|city['’]s|region['’]s|continent['’]s|state['’]s|island['’]s"
_NOT_FIRST = (
    r"(?!\s+(?:half|quarter|time\s+since|day|week|month|year|round|stage|phase|step|part|"
    r"of\s+(?:the|its|their)\s+(?:year|month|week|day)))"
)
# _CLAIMS for lower-cased ASCII text, case-sensitive, its alternatives split at their first
# words and grouped by first letter (same order within a letter): the regex engine then
# rejects most words on their first letter instead of trying every alternative, ignoring
# case, at each. Lower-casing ASCII text keeps every offset, so the matches are the same.
_LOWER_ALTERNATIVES = [
    r"r(?<!track\sr)(?<!\bon\sr)ecord(?:[\s-](?:breaking|setting|high|low|-?high|number|level|year|amount)s?)?\b",
    r"all[\s-]time\s+(?:high|low|record|peak)s?\b",
    r"unprecedented\b",
    r"never\s+before\b",
    r"first[\s-]ever\b", r"world[\s-]first\b", r"for\s+the\s+first\s+time\b",
    *(rf"{w}\s+(?:very\s+)?first\b{_NOT_FIRST}" for w in (
        "the", *_OWNERS.split("|"), r"globe['’]s", "its", "their")),
    *(rf"{w}\s+(?:[a-z]+\s+)?(?:{_SUPERLATIVES})\b" for w in (
        "the", *_OWNERS.split("|"), "its", "their", r"one\s+of\s+the")),
    *(rf"{w}\s+peak\b" for w in ("its", "a", "an", "the", "all-time", "new", "record")),
    r"peaked\b",
    *(rf"{w}\s+(?:the\s+(?:world|globe|region|continent|field|market|pack)|globally|worldwide|internationally|in\b)"
      for w in ("lead", "leads", "led", "leading")),
    r"world[\s-](?:leader|leading|beating|class)\b",
    r"global\s+leader\b",
    r"the\s+only\s+(?:[\w-]+\s+){0,4}?(?:in|among)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:top|world)\b",
    *(rf"{w}\s+(?:the\s+|all\s+)?(?:global|world|worldwide|international|previous\s+record|all\b|every\b|record)"
      for w in (r"outperform(?:s|ed|ing)?", r"surpass(?:es|ed|ing)?", r"outpac(?:e|es|ed|ing)",
                r"overt(?:ake|akes|aken|ook)", r"beat(?:s|ing)?", r"exceed(?:s|ed|ing)?", r"topp(?:ed|ing)")),
]


def _by_first_letter(alternatives: list[str]) -> str:
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())


_CLAIMS_LOWER = re.compile(rf"\b(?:{_by_first_letter(_LOWER_ALTERNATIVES)})")
# Claims that are questions or hopes are not records.
_HEDGE = re.compile(r"\b(?:could|might|would|may(?!\s+\d)|aims?\s+to|hopes?\s+to|plans?\s+to|if)\b", re.IGNORECASE)
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
    text = ctx.text
    claims = [(m.start(), m.end()) for m in (
        _CLAIMS_LOWER.finditer(ctx.lower) if ctx.ascii else _CLAIMS.finditer(text)
    ) if ctx.free(m.start(), m.start() + 1)]
    if not claims:
        return
    attached = False
    for start, end in claims:
        for figure in ctx.figures:
            gap = text[end:figure.start]
            if figure.value is not None and figure.start >= end and _NEAR_FIGURE.match(gap):
                if figure.kind == "quantity":
                    figure.kind = "record"
                figure.cue = text[start:end]
                attached = True
                break
    if attached and len(claims) == 1:
        return
    free = [(start, end) for start, end in claims if not any(f.cue == text[start:end] for f in ctx.figures)]
    if not free or _HEDGE.search(text, 0, free[0][0]):
        return
    # One figure-less claim per sentence: several cues in one sentence are one claim.
    start, end = free[0]
    ctx.figures.append(Figure(start, end, "record", None, cue=text[start:end]))
