"""Years, year ranges and decades are context (``Fact.year``), never figures themselves."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .context import SentenceContext, matches_from

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_RANGE = re.compile(
    rf"(?<![\w.,$€£¥])(?P<y>{_YEAR})\s*(?:[-–/]|to|and)\s*(?:{_YEAR}|\d\d)\b(?![\w%])"
)
_DECADE = re.compile(r"(?<![\w.,])(?:mid-|early\s|late\s)?(?:1[89]\d0|20\d0|['’]\d0|[1-9]0)s\b")
_SINGLE = re.compile(rf"(?<![\w.,$€£¥#])(?:FY|fiscal\s)?(?P<y>{_YEAR})(?![\w%]|[.,]\d|\s*(?:%|per\s?cent))")
# A year-sized number followed by a counted noun is a count ("1800 workers"), unless a
# preposition or a time word says it is a year ("in 2020", "2020 levels").
_COUNT_AFTER = re.compile(r"\s+(?:[a-z]+s|[A-Z]{2,}s)\b")
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|from|until|till|of|during|before|after|between|year|early|late|mid|"
    r"fiscal|the|and|or|to|through|circa|c\.|FY)\s+|[,(]\s*)$",
    re.IGNORECASE,
)


_YEARISH = re.compile(_YEAR)  # starts with a literal digit: a fast test for any year at all


def _year_matches(pattern: re.Pattern[str], ctx: SentenceContext) -> Iterable[re.Match[str]]:
    """``pattern.finditer(ctx.text)`` for _RANGE and _SINGLE, tried only where a number may
    start: they open with a look-behind, so the regex engine would try every offset. Their
    matches start at a run of digits (the look-behind rules out a digit before), or at "FY"
    or "fiscal" before one."""
    starts = ctx.number_starts()
    if starts is None or "fy" in ctx.words or "fiscal" in ctx.words:
        return pattern.finditer(ctx.text)
    return matches_from(pattern, ctx.text, starts)


def recognise_years(ctx: SentenceContext) -> None:
    if not ctx.has_digit:
        return
    text = ctx.text
    # Order matters: ranges, then decades, then single years claim what is left.
    has_year = _YEARISH.search(text) is not None
    for m in _year_matches(_RANGE, ctx) if has_year else ():
        if ctx.free(m.start(), m.end()):
            ctx.take(m.start(), m.end())
            ctx.years.append((m.start("y"), int(m.group("y"))))
    if "0s" in text:  # every decade ends so: "1990s", "'80s", "20s"
        _claim_decades(ctx)
    for m in _year_matches(_SINGLE, ctx) if has_year else ():
        if not ctx.free(m.start(), m.end()):
            continue
        if _COUNT_AFTER.match(text, m.end()) and not _YEAR_BEFORE.search(text, 0, m.start()):
            continue  # "2048 GPUs": a count that looks like a year
        ctx.take(m.start(), m.end())
        ctx.years.append((m.start("y"), int(m.group("y"))))


def _claim_decades(ctx: SentenceContext) -> None:
    for m in _DECADE.finditer(ctx.text):
        if ctx.free(m.start(), m.end()):
            ctx.take(m.start(), m.end())
