"""Minus signs: "from -140 to -227", "the steepest fall, at -45%", "−3.2" (U+2212).

A minus sign (U+2212) glued to a figure always makes it negative. A hyphen or en dash glued
to the digits is a minus only where English writes a signed number: at the start of the
sentence or of a clause (after "," ";" ":"), or after a function word or verb ("from", "to",
"at", "was", "fell", "revised", "falling"), and right after an opening bracket ("Ostland (-6.2%)": the
printed sign is the change a data desk charts). After a name it is a dash in a list ("Ostland
-12.5, Westmark -8.1"). The word "minus" before a figure is its sign too ("minus 0.45 percent"),
except in a margin ("plus or minus 2") or a sum ("10 minus 3").
"""

from __future__ import annotations

import re

from .context import SentenceContext, Trigger
from .lexicon import CHANGE_NOUNS, STOP_WORDS

_MINUS = "\u2212"
_SIGNS = "-\u2212\u2013"
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)\s+$|(?P<punct>[,;:])\s*$|^\s*$")


def _is_minus(text: str, sign_at: int) -> bool:
    """Whether the hyphen or dash at ``sign_at``, glued to a figure, is a minus."""
    if text[sign_at] == _MINUS:
        return True
    if sign_at and text[sign_at - 1] == "(":
        return True  # a signed change in brackets: "Ostland (-6.2%)"
    if sign_at and not text[sign_at - 1].isspace():
        return False  # glued on the left too: a name ("Covid-19") or a range ("5-10")
    before = _WORD_BEFORE.search(text, max(0, sign_at - 30), sign_at)
    if before is None:
        return False
    word = before.group("word")
    if word is None:
        return True  # start of the sentence or of a clause
    # A verb before it: a function word, a past form ("fell", "revised"), a present participle
    # ("prices falling -2.7%") or a word of change ("a fall -2%"); or an adverb of time that
    # closes its phrase ("output for the year to date -2.5%", "sales so far -4%").
    return word.islower() and (
        word in STOP_WORDS or word.endswith(("ed", "ing")) or word in CHANGE_NOUNS
        or _TIME_ADVERB_BEFORE.search(text, max(0, sign_at - 12), sign_at) is not None
    )


_TIME_ADVERB_BEFORE = re.compile(r"\b(?:to\s+date|so\s+far)\s+$")
# "(Change: - 46.3%)": after a label that names a signed quantity, a sign spaced from its
# figure is still its sign, as key-figure lines print it; after a name ("Norland - 12.3%") the
# spaced dash is a separator of the list.
_SIGNED_LABEL_BEFORE = re.compile(r"\b(?:[Cc]hange|[Dd]ifference|[Vv]ariation)\s*:\s*$")


def _spaced_minus(text: str, figure_start: int) -> int | None:
    """Where the minus of ``- 46.3`` after a signed label starts (see _SIGNED_LABEL_BEFORE)."""
    at = figure_start - 2
    if at < 1 or text[figure_start - 1] != " " or text[at] not in _SIGNS:
        return None
    return at if _SIGNED_LABEL_BEFORE.search(text, max(0, at - 20), at) else None


# "fell to minus 0.45 percent", "at minus 7 degrees": the sign written as a word. Not a
# margin ("plus or minus 2", "plus/minus 2") nor a sum ("10 minus 3").
_MINUS_WORD = re.compile(r"(?<![\w/-])minus\s+$", re.IGNORECASE)
_MARGIN_OR_SUM = re.compile(r"(?:\bplus\s*(?:or|/|-)\s*|\d[%\w]*\s+)$", re.IGNORECASE)


def _minus_words(ctx: SentenceContext) -> None:
    text = ctx.text
    for figure in ctx.figures:
        if figure.kind != "quantity" or not figure.value or figure.value < 0:
            continue
        word = _MINUS_WORD.search(text, max(0, figure.start - 12), figure.start)
        if word is None or _MARGIN_OR_SUM.search(text, max(0, word.start() - 12), word.start()):
            continue
        figure.value = -figure.value
        figure.start = word.start()  # the sign is part of the figure as written


TRIGGER = Trigger(figures=True, words=frozenset({"minus"}), chars="-\u2212\u2013")


def apply_signs(ctx: SentenceContext) -> None:
    text = ctx.text
    if ctx.figures and "minus" in ctx.words:
        _minus_words(ctx)
    if not ctx.figures or ("-" not in text and (ctx.ascii or ("\u2212" not in text and "\u2013" not in text))):
        return
    # Only the character before each figure (its digit or currency sign) is looked at: a
    # sentence has few figures, so no search of the text is needed.
    for figure in ctx.figures:
        at = figure.start - 1
        if figure.kind == "quantity" and figure.value and (spaced := _spaced_minus(text, figure.start)) is not None:
            figure.value = -figure.value
            figure.start = spaced
            continue
        if at < 0 or text[at] not in _SIGNS or figure.kind != "quantity" or not figure.value:
            continue
        if _is_minus(text, at):
            figure.value = -figure.value
            figure.start = at  # the sign is part of the figure as written
