"""Ranges: "5-10 million", "between 3 and 4%", "from 20 to 30 tonnes", "$2-3 billion".

Both ends become figures; the low end borrows the scale, percent sign or currency written
only after the high end, the scale only when the low end is of the high end's order ("from
1.2 to 1.5 million"): "by 40,000 to 14.2 million" and "from 950 to 1.1 million" keep the low
end as written.
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext, Trigger
from .labels import LABEL_WORDS
from .lexicon import CURRENCY_SIGNS, CURRENCY_SYMBOLS, DIGITS, SCALE_SUFFIX, SCALE_WORD, as_number, fold, number_value
from .numbers import scaled_abbreviation

_CUR = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True) if not s.isalpha())
# "5-to-6 percent", "a 12-to-15-year term": "to" hyphenated into a compound is the word "to".
_SEPARATOR = r"-to-|\s*[-–]\s*|\s+to\s+|\s+and\s+"
# The look-ahead (a digit, a sign, or letters before a "$") lets the engine skip most
# positions without trying every currency.
_RANGE = re.compile(
    rf"(?=[\d{CURRENCY_SIGNS}]|[a-z.]{{1,4}}\$)(?P<cur>{_CUR})?(?P<a>{DIGITS})(?P<sa>\s*{SCALE_WORD}\b|{SCALE_SUFFIX}\b)?"
    rf"(?P<sep>{_SEPARATOR})(?:{_CUR})?"
    rf"(?P<b>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)(?P<sb>\s*{SCALE_WORD}\b|{SCALE_SUFFIX}\b)?"
    r"(?P<pct>\s?%|(?:\s|-)?(?i:percent|per[\s-]?cent)\b)?"
)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
# What every range holds from the last digit of its low end to the first of its high end
# (the pieces of _RANGE between them): one search skips the many sentences with "to" or
# "and" but no range.
_RANGE_TELL = re.compile(
    rf"\d(?:\s*{SCALE_WORD}\b|{SCALE_SUFFIX}\b)?(?:{_SEPARATOR})(?:{_CUR})?\d"
)


_SEPARATORS = frozenset({"to", "and"})
# A glued lower-case "t" without a currency sign is tonnes ("3-4t of steel", "3,140t and 900t"),
# as numbers.py reads one figure; a counted noun after it makes it a trillion ("3t-4t users").
_COUNTED_AFTER = re.compile(r"\s+[a-z]+s\b")

# "7-9 ferries", "150-200 stalls", "3-4 more trips": whole numbers joined by a dash, the low end
# first, before a word, are a range whose ends both count what follows. A score or a vote
# gives the high end first ("won 3-1"); a code is glued to a letter, another dash or digit
# ("F-16", "4-4-2"), or has a longer second half ("555-1234"); a time is followed by its
# marker ("9-11 am"); a label word before makes the pair labels ("pages 4-5", "rounds 6-7"),
# and "top" places ("the top 11-20 list", rankings.py).
_SPAN_NEXT = re.compile(r"\s+(?![ap]\.?m\b|GMT\b|UTC\b)[A-Za-z]")
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)\s+$")


def _counted_span(text: str, m: re.Match[str]) -> bool:
    low, high = m.group("a").replace(",", ""), m.group("b").replace(",", "")
    if m.group("sa") or not (low.isdigit() and high.isdigit()) or int(low) >= int(high):
        return False
    if "," not in m.group("b") and len(high) > max(3, len(low)):
        return False
    before = text[m.start() - 1] if m.start() else " "
    if before in "-–/." or _SPAN_NEXT.match(text, m.end()) is None:
        return False
    word = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if word is None:
        return True
    before_word = word.group("word").lower()
    return before_word != "top" and before_word.removesuffix("s") not in LABEL_WORDS


# Two ends that share one scale are of one order, within a factor of ten or so ("5-10 million",
# a fall "from 25 to 1.5 million"); a low end far above the high end's digits is a figure of its
# own written in full ("up 40,000 to 14.2 million", "from 1,500 to 2 million").
_SHARED_SCALE_RATIO = 20


def _borrows_scale(low: str, high: str) -> bool:
    """The low end's digits take the high end's scale: they are of the high end's order."""
    low_value, high_value = number_value(low, None, None), number_value(high, None, None)
    return low_value is not None and high_value is not None and low_value <= _SHARED_SCALE_RATIO * high_value


def _tonnes(text: str, m: re.Match[str]) -> bool:
    """The pair's glued "t" is tonnes: written lower-case after the high end, no currency."""
    return (m.group("sb") == "t" and m.group("sa") in (None, "t") and not m.group("cur")
            and not _COUNTED_AFTER.match(text, m.end()))


# A range needs a separator: a dash, "to" or "and".
TRIGGER = Trigger(digit=True, words=_SEPARATORS, chars="-–")


def recognise_ranges(ctx: SentenceContext) -> None:
    # A range has two runs of digits (found once per sentence: years.py asked already).
    starts = ctx.number_starts()
    if (starts is not None and len(starts) < 2) or _RANGE_TELL.search(ctx.text) is None:
        return
    for m in _RANGE.finditer(ctx.text):
        if not ctx.free(m.start(), m.end()):
            continue
        sep = m.group("sep").strip()
        hyphen = sep in ("-", "–")
        # "to"/"and" only make a range after "between"/"from" or with a shared sign after.
        if not hyphen and not (_BETWEEN.search(ctx.text, 0, m.start()) or m.group("pct") or m.group("sb")):
            continue
        # "410-450 kt", "1,210-1,380kt", "3-4 GtCO2e": a trade abbreviation after the high
        # end scales and names both ends, as numbers.py reads it after one figure.
        scaled = None if m.group("sb") or m.group("pct") or m.group("cur") else scaled_abbreviation(ctx, m.end())
        if scaled is not None:
            if not (hyphen or _BETWEEN.search(ctx.text, 0, m.start())):
                continue
            end, (scale, unit_name) = scaled
            low, high = number_value(m.group("a"), None, scale), number_value(m.group("b"), None, scale)
            if low is not None and high is not None and ctx.free(m.start(), end):
                ctx.take(m.start(), end)
                ctx.add(Figure(m.start(), m.end("a"), "quantity", as_number(low), unit=unit_name, unit_fixed=True))
                ctx.add(Figure(m.start("b"), end, "quantity", as_number(high), unit=unit_name, unit_fixed=True))
            continue
        if hyphen and not (m.group("pct") or m.group("sb") or m.group("cur") or _counted_span(ctx.text, m)):
            continue  # "3-2", "2020-21" are scores and spans; units decide elsewhere
        scale_b = (m.group("sb") or "").strip()
        scale_a = (m.group("sa") or "").strip() or (scale_b if _borrows_scale(m.group("a"), m.group("b")) else "")
        low = number_value(m.group("a"), None, scale_a or None)
        high = number_value(m.group("b"), None, scale_b or None)
        unit: str | None = None
        if _tonnes(ctx.text, m):
            low, high = number_value(m.group("a"), None, None), number_value(m.group("b"), None, None)
            unit = "tonnes"
        if low is None or high is None:
            continue
        if m.group("pct"):
            unit = "percent"
        elif m.group("cur"):
            unit = CURRENCY_SYMBOLS[fold(m.group("cur"))]
        fixed = unit is not None
        ctx.add(Figure(m.start(), m.end("sa") if m.group("sa") else m.end("a"), "quantity",
                       as_number(low), unit=unit, unit_fixed=fixed, unit_from_next=not fixed))
        ctx.add(Figure(m.start("b"), m.end(), "quantity", as_number(high), unit=unit, unit_fixed=fixed))
