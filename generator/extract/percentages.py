"""Percentages and percentage points: 0.3%, 12 percent, 4.5 per cent, 2 percentage points."""

from __future__ import annotations

import re

from .context import Figure, SentenceContext, Trigger, matches_from
from .lexicon import NOTE_MARK_AFTER, NUMBER, NUMBER_DIGITS, WORD_NUMBER, figure_value, split_words

# A hyphen may join the number to the words, as a compound adjective writes them ("a 12-per-cent
# rise", "rose 49-per-cent", "a 12-pct rise"): never to the sign "%", nor to "pc" ("a 12-pc set"
# has twelve pieces).
# "pc" only glued to the digits and in lower case ("a 3.8pc rise", the style of some papers):
# spaced or capitalised it is a computer ("60 PCs"); with its points ("4 p.c.") it is per cent.
# "ppt" (percentage points in business copy) is also parts per trillion in science copy: it is
# points only in a sentence of rates and shares (_points_context).
_SIGN = (r"(?:\s|-(?=[Pp]))?(?P<sign>%|(?i:percentage[\s-]points?|per[\s-]?cent|pct|pp|ppts?)(?:\b|" + NOTE_MARK_AFTER
         + r")|(?<=\d)pc\b|p\.c\.(?!\w))")
_PERCENT = re.compile(NUMBER + _SIGN)
_PERCENT_DIGITS = re.compile(NUMBER_DIGITS + _SIGN)
_VOCAB = frozenset({"percent", "per", "percentage", "pct", "pp", "pc", "ppt", "ppts", "p"})


# "a full percentage point" (1), "half a percentage point" (0.5), "half a per cent" (0.5), "a full
# per cent" (1): a change of one point or one per cent, or of half one, written without a number
# word of its own ("a per cent" alone is rare and often "per cent" misread: left out).
_POINT_IN_WORDS = re.compile(
    r"(?<![\w-])(?:(?P<half>half\s+a)|(?P<full>an?\s+(?:full|whole))|an?)\s+"
    r"(?:(?P<points>percentage[\s-]point)|per[\s-]?cent)\b(?![\w-]|\s+(?:is|equals|means)\b)",
    re.IGNORECASE,
)
_POINT_IN_WORDS_TELLS = frozenset({"percentage", "percent", "cent"})


# A negative percentage as results releases print it, the digits in brackets and the sign
# outside: "margin of (2.1)%", "(0.4) percentage points". A percentage inside the brackets,
# "(2.1%)", is an aside and keeps its sign.
_ACCOUNTING_PERCENT = re.compile(r"(?<![\w)])\((?P<digits>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\)" + _SIGN)


def recognise_percentages(ctx: SentenceContext) -> None:
    _recognise_basis_points(ctx)
    if "%" not in ctx.text and not ctx.has_any(_VOCAB):
        return
    if ctx.has_digit and "(" in ctx.text:
        for m in _ACCOUNTING_PERCENT.finditer(ctx.text):
            value = figure_value(m.group("digits"), None, None)
            if value is not None and ctx.free(m.start(), m.end()):
                sign = m.group("sign").lower()
                unit = "percentage points" if sign.startswith(("percentage", "pp")) else "percent"
                ctx.add(Figure(m.start(), m.end(), "quantity", -value, unit=unit, unit_fixed=True))
    if ctx.has_any(_POINT_IN_WORDS_TELLS):
        for m in _POINT_IN_WORDS.finditer(ctx.text):
            points = m.group("points") is not None
            if ctx.free(m.start(), m.end()) and (points or m.group("half") or m.group("full")):
                amount = 0.5 if m.group("half") else 1
                unit = "percentage points" if points else "percent"
                ctx.add(Figure(m.start(), m.end(), "quantity", amount, unit=unit, unit_fixed=True))
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
        if sign.startswith("ppt") and not _points_context(ctx):
            continue  # "4 ppt of a solvent": parts per trillion
        unit = "percentage points" if sign.startswith(("percentage", "pp")) else "percent"
        ctx.add(Figure(m.start(), m.end(), "quantity", value, unit=unit, unit_fixed=True))


# Basis points, hundredths of a percentage point, as markets abbreviate them: "25bps", "a 40 bp
# cut". Lower case only ("BP" is a company). "bp" also stands for base pairs of DNA and "bps"
# for bits per second, so only under 1,000 and where the sentence speaks of a rate, yield,
# spread or ratio, or gives a percentage.
# "c.130bps": circa glued before the digits, as with any figure (lexicon's DIGITS).
_BASIS_POINTS = re.compile(
    r"(?P<digits>\d(?:(?<![\w.,/:'’-]\d)|(?<=\bc\.\d)|(?<=\bca\.\d))\d{0,2}(?:\.\d+)?)\s?bps?\b(?![\w'’-])"
)
_BASIS_POINT_WORDS = frozenset({"bp", "bps"})
_RATE_WORDS = frozenset(split_words(
    "rate rates yield yields spread spreads ratio margin margins hike hikes "
    "bond bonds loan loans credit interest basis coupon premium inflation repo benchmark tightening "
    "easing widened narrowed lending deposit deposits"
))


# "a 25-basis-point cut", "a 25 basis-point cut", "a 2-percentage-point rise": the points as a
# compound adjective before the noun they size. The words name the unit, so no rate word is
# needed ("a 50-bp" stays a label: "bp" is also base pairs).
# The number may be a word ("a seven-basis-point drop"), and a hyphen after the number may
# stand for the whole compound ("declined 43-basis points").
_POINTS_COMPOUND = re.compile(
    rf"(?:(?P<digits>\d(?<![\w.,/:'’-]\d)\d{{0,2}}(?:\.\d+)?)|(?<![\w-])(?P<word>{WORD_NUMBER}))(?:-|\s(?=basis-))"
    r"(?P<unit>basis-points?|percentage-points?|(?<=-)(?:basis|percentage)\s+points?)(?![\w'’-]|-[a-z])",
    re.IGNORECASE,
)
# The first words of "basis-point" and "percentage-point" compounds (names.py leaves them to us).
POINT_COMPOUND_WORDS = frozenset({"basis", "percentage"})


def _recognise_point_compounds(ctx: SentenceContext) -> None:
    for m in _POINTS_COMPOUND.finditer(ctx.text):
        unit = m.group("unit").lower()
        word = m.group("word")
        value = figure_value(m.group("digits"), word.lower() if word else None, None)
        if value is not None and ctx.free(m.start(), m.end()):
            name = "percentage points" if unit.startswith("percentage") else "basis points"
            ctx.add(Figure(m.start(), m.end(), "quantity", value, unit=name, unit_fixed=True))


def _recognise_basis_points(ctx: SentenceContext) -> None:
    if (ctx.has_digit or ctx.number_words) and "-" in ctx.text and ctx.has_any(POINT_COMPOUND_WORDS):
        _recognise_point_compounds(ctx)
    if not (ctx.has_digit and ctx.has_any(_BASIS_POINT_WORDS)):
        return
    if "%" not in ctx.text and not ctx.has_any(_RATE_WORDS):
        return
    for m in _BASIS_POINTS.finditer(ctx.text):
        value = figure_value(m.group("digits"), None, None)
        if value is not None and ctx.free(m.start(), m.end()):
            ctx.add(Figure(m.start(), m.end(), "quantity", value, unit="basis points", unit_fixed=True))


_SHARE_WORDS = _RATE_WORDS | frozenset(split_words(
    "percent cent percentage share shares unemployment jobless poll polls lead gap growth inflation"
))


def _points_context(ctx: SentenceContext) -> bool:
    """A sentence where "ppt" is percentage points: it gives a percentage or speaks of a rate,
    a share, a poll lead or growth."""
    return "%" in ctx.text or ctx.has_any(_SHARE_WORDS)


# recognise_percentages's trigger, below the word lists it names.
TRIGGER = Trigger(words=_VOCAB | POINT_COMPOUND_WORDS | _BASIS_POINT_WORDS, chars="%")
