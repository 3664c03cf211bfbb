"""Record claims in headline style, read in titles only: "Explorer completes deepest ever
dive", "First robot to ice 500 cakes goes on sale".

Headlines drop articles, so the body-text cues of records.py ("the deepest", "the first")
miss them. In a title, a superlative followed by "ever", or a title-initial "First"
before a lower-case noun, is a record claim. "First-half", "First 10 months" and "First
quarter" are periods, and "First lady", "First aid" fixed phrases, not claims.
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext
from .records import _SUPERLATIVES

_EVER = re.compile(rf"\b(?P<cue>(?:{_SUPERLATIVES})[\s-]ever)\b", re.IGNORECASE)
_FIRST = re.compile(
    r"^\W*(?P<cue>(?:World['’]s\s+)?First(?:[\s-]ever)?)\s+"
    r"(?!(?:half|quarter|time|day|week|month|year|round|stage|phase|step|part|look|of|in|lady|aid|"
    r"responders?|class|hand|glance|sight|name|light)\b)[a-z]"
)


def recognise_headline_claims(ctx: SentenceContext) -> None:
    if not ctx.is_title or any(f.kind == "record" for f in ctx.figures):
        return
    m = _EVER.search(ctx.text) or _FIRST.match(ctx.text)
    if m:
        start, end = m.span("cue")
        ctx.figures.append(Figure(start, end, "record", None, cue=m.group("cue")))
