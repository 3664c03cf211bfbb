"""Plain quantities: 48, 12,400, 3.75, 2.8M, 16K, 70B, 14.8 trillion, a million, four.

Runs after money, percentages and rankings, so it only sees what they left. Number words
("four components") count only when a noun follows: "one of the", "the two" are not figures,
unless the things pointed at are then named ("those two ferries are ...") or "one" spans a
unit of time ("one hour into the fair").
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator

from .context import Figure, SentenceContext
from .lexicon import GLUED_UNITS, NUMBER, NUMBER_DIGITS, figure_value
from .units import glued_temperature

_NUMBER = re.compile(NUMBER, re.IGNORECASE)
# The same, case-sensitive, for lower-cased ASCII text (same offsets): the regex engine then
# rejects most words on their first letter instead of comparing every number word ignoring
# case. Only case-blind uses are made of what its groups hold.
_NUMBER_LOWER = re.compile(NUMBER)
_NUMBER_DIGITS = re.compile(NUMBER_DIGITS)
_GLUED = re.compile(r"[A-Za-zµ/]+")


def _glued_at(text: str, end: int) -> re.Match[str] | None:
    """``_GLUED.match(text, end)``, tried only where a letter or "/" follows (most numbers
    are followed by a space)."""
    if end < len(text) and (text[end].isalpha() or text[end] == "/"):
        return _GLUED.match(text, end)
    return None

# "8 of the 78 indicators": the total is context for the count, not a figure of its own.
_OF_TOTAL = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:top\s+)?"
    r"(?P<total>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\b(?!\s*%)"
)
_NOUN_AFTER = re.compile(r"[\s-]+(?:[a-z][a-z-]*|[A-Z]{2,}s)\b")
# "the two companies" points back at a count already given; "its two ferries" gives one.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|both|all)\s+$", re.IGNORECASE)
# "among the seven countries", "one of the four nations": membership of a group whose size
# the clause gives, not a pointer back.
_GROUP_BEFORE = re.compile(r"\b(?:among|one\s+of)\s+the\s+$", re.IGNORECASE)
# "Those two ferries are Alba Star and Bute Queen": the count pointed at is then named item
# by item (a verb "to be" or a colon, then names), so the sentence gives it. A list it must
# be: "The three firms are Chinese." only describes them.
_NAMED_AFTER = re.compile(
    r"[\s-]+[a-z]+\s*(?::\s*|\s+(?:are|were)\s+)[\"“]?[A-Z][\w'’.-]*(?:\s+[A-Z\d][\w'’.:-]*)*[\"”]?"
    r"\s*(?:,|and\b|&)"
)
# "one hour into the fair", "one week after the storm": a span of one unit of time. "One
# day" alone may mean "some day", and "one of" picks one out: neither is a count.
_ONE_SPAN = re.compile(
    r"\s+(?:second|minute|hour|day|week|month|year|decade)\s+"
    r"(?:into|after|before|later|earlier|ago|old|long|away|late|early|left)\b",
    re.IGNORECASE,
)
# "a few hundred boats", "several dozen stalls": a vague multiple of a hundred or a dozen
# has no value to state (100 would be wrong by a factor the writer left open), as "several
# thousand" has none (the number pattern needs a number before a scale).
_VAGUE_BEFORE = re.compile(r"\b(?:a\s+few|few|several|many)\s+$", re.IGNORECASE)
_VAGUE_MULTIPLES = frozenset({"hundred", "dozen"})
# "won 14 Coastal Series 8000 cups", "runs 30 Velo Liner 417 coaches": after a figure, a name and
# digits before the counted noun, the digits are the name's (the figure counts the named thing).
_FIGURE_AND_NAME_BEFORE = re.compile(r"(?<![\w.,])\d[\d,.]*\s+(?:[A-Z][\w'’&.-]*\s+){1,4}$")
_NOUN_NEXT = re.compile(r"\s+[a-z]")
_COUNTED_AFTER = re.compile(r"\s+[a-z]+s\b")
_ONE = re.compile(r"^(?:one|a|an)$", re.IGNORECASE)


def _matches(ctx: SentenceContext) -> list[re.Match[str]] | Iterator[re.Match[str]]:
    """``_NUMBER.finditer`` over the sentence (``_NUMBER_LOWER`` over lower-cased ASCII).

    In ASCII text, a number-word match starts at a word of the sentence that can start one,
    and no match of digits overlaps one of words (digits are in no word match, and no word
    match starts inside a run of digits with its scale). So the digit matches, plus the
    word matches tried only where such words start, are finditer's matches; and most
    offsets of the text are never tried.
    """
    text = ctx.text
    if not ctx.number_words:
        return _NUMBER_DIGITS.finditer(text)
    if not ctx.ascii:
        return _NUMBER.finditer(text)
    lower = ctx.lower
    found = list(_NUMBER_DIGITS.finditer(lower)) if ctx.has_digit else []
    words: list[re.Match[str]] = []
    end = 0
    match = _NUMBER_LOWER.match
    for at in ctx.number_word_starts():
        if at < end:
            continue  # inside the number-word match before
        m = match(lower, at)
        if m is not None:
            words.append(m)
            end = m.end()
    if not words:
        return found
    found += words
    found.sort(key=_START)
    return found


_START = operator.methodcaller("start")


def _points_back(text: str, start: int, end: int) -> bool:
    """"the two companies" points back at a count; "among the two companies" gives one, and so
    does "those two ferries are Alba Star and Bute Queen"."""
    return (
        bool(_DETERMINER_BEFORE.search(text, 0, start))
        and not _GROUP_BEFORE.search(text, 0, start)
        and not _NAMED_AFTER.match(text, end)
    )


def _in_counted_name(ctx: SentenceContext, start: int, end: int) -> bool:
    """Whether the digits at start..end belong to a name counted by the figure before it:
    "14 Coastal Series 8000 cups" (see _FIGURE_AND_NAME_BEFORE)."""
    text = ctx.text
    spaced_after_word = start > 1 and text[start - 1] == " " and text[start - 2].isalpha()
    if not spaced_after_word or not _NOUN_NEXT.match(text, end):
        return False
    before = _FIGURE_AND_NAME_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    first_end = before.start() + len(before.group().split()[0])
    return any(f.kind == "quantity" and f.end == first_end for f in ctx.figures)


def _lone_word_counts(text: str, word: str, start: int, end: int) -> bool:
    """Whether a number word alone ("four", not "four million") counts something here."""
    if _ONE.match(word):
        return word.lower() == "one" and _ONE_SPAN.match(text, end) is not None
    return _NOUN_AFTER.match(text, end) is not None and not _points_back(text, start, end)


def _may_have_total(ctx: SentenceContext) -> bool:
    """"out of 78", "of the 78": _OF_TOTAL needs the word "of", so sentences without it skip the match."""
    return "of" in ctx.words


def recognise_numbers(ctx: SentenceContext) -> None:
    if not (ctx.has_digit or ctx.number_words):
        return
    text = ctx.text
    has_of = _may_have_total(ctx)
    for m in _matches(ctx):
        start, end = m.span()
        if not ctx.free(start, end):
            continue
        digits, suffix, scale, word, wscale, bare = m.group("digits", "suffix", "scale", "word", "wscale", "bare")
        word = word or bare
        if (
            word and word.lower() in _VAGUE_MULTIPLES and not text.startswith("-", end)
            and _VAGUE_BEFORE.search(text, max(0, start - 12), start)
        ):
            ctx.take(start, end)
            continue
        # A lone number word must count something and not be "one" or "the two".
        if (
            bare
            and not _lone_word_counts(text, word, start, end)
            and not (has_of and _OF_TOTAL.match(text, end))
        ):
            continue
        if digits and not (scale or suffix) and _in_counted_name(ctx, start, end):
            ctx.take(start, end)
            continue
        glued = _glued_at(text, end)
        if glued and digits and glued.group() not in GLUED_UNITS and not glued_temperature(ctx, end):
            ctx.take(start, glued.end())  # "5G", "3D", "4o": part of a name
            continue
        # "5m" is metres and "3t" tonnes unless a counted noun follows ("5m users").
        if suffix in ("m", "M", "t", "T") and not _COUNTED_AFTER.match(text, end):
            continue
        value = figure_value(digits, word, scale or suffix or wscale)
        if value is None:
            continue
        total = _OF_TOTAL.match(text, end) if has_of else None
        if total and ctx.free(total.start("total"), total.end("total")):
            ctx.take(total.start("total"), total.end("total"))
        ctx.add(Figure(start, end, "quantity", value))
