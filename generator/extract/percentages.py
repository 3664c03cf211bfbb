"""Percentages and percentage points: 0.3%, 12 percent, 4.5 per cent, 2 percentage points."""

from __future__ import annotations

import re

from .context import Figure, SentenceContext, matches_from
from .lexicon import NUMBER, NUMBER_DIGITS, figure_value

# "pc" only glued to the digits and in lower case ("a 3.8pc rise", the style of some papers):
# spaced or capitalised it is a computer ("60 PCs").
_SIGN = r"\s?(?P<sign>%|(?i:percentage[\s-]points?|per[\s-]?cent|pct|pp)\b|(?<=\d)pc\b)"
_PERCENT = re.compile(NUMBER + _SIGN)
_PERCENT_DIGITS = re.compile(NUMBER_DIGITS + _SIGN)
_VOCAB = frozenset({"percent", "per", "percentage", "pct", "pp", "pc"})


def recognise_percentages(ctx: SentenceContext) -> None:
    if "%" not in ctx.text and not ctx.has_any(_VOCAB):
        return
    # With number words, tried only where a number may start (SentenceContext.number_starts);
    # digits alone the regex engine skips to itself.
    starts = ctx.number_starts() if ctx.number_words else None
    if starts is None:
        found = (_PERCENT if ctx.number_words else _PERCENT_DIGITS).finditer(ctx.text)
    else:
        found = iter(matches_from(_PERCENT, ctx.text, starts))
    for m in found:
        if not ctx.free(m.start(), m.end()):
            continue
        scale = m.group("scale") or m.group("suffix") or m.group("wscale")
        value = figure_value(m.group("digits"), m.group("word") or m.group("bare"), scale)
        if value is None:
            continue
        sign = m.group("sign").lower()
        unit = "percentage points" if sign.startswith(("percentage", "pp")) else "percent"
        ctx.add(Figure(m.start(), m.end(), "quantity", value, unit=unit, unit_fixed=True))
