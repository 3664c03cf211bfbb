"""Ordinals that count what an owner has done or has: "the ferry line's sixth successful
crossing" (6 crossings), "opened its 100th shop" (100 shops), "the band's third album".

After a possessive, an ordinal from "second" up counts the noun that follows. "First" is a
claim (records.py), ranks and streaks are left to rankings.py ("its third-largest",
"the club's ninth straight win"), and parts of time or sequence are no counts ("its third
quarter", "the building's sixth floor", "its 50th anniversary").
"""

from __future__ import annotations

import re

from .context import ORDINAL_SUFFIXES, Figure, SentenceContext
from .lexicon import ORDINAL_WORDS, STOP_WORDS, fold, split_words

_ORDINALS = "|".join(sorted((w for w in ORDINAL_WORDS if w != "first"), key=len, reverse=True))
_COUNT = re.compile(
    rf"(?:\b(?:its|their|his|her|our)|[A-Za-z]['’]s)\s+"
    rf"(?P<ord>(?P<digits>\d{{1,4}})(?:st|nd|rd|th)|{_ORDINALS})\s+"
    r"(?:(?P<adj>[a-z]+)\s+)?(?P<noun>[a-z]{3,})\b(?![-'’])",
    re.IGNORECASE,
)
# The same in two parts, for ASCII text: the count matched at each ordinal (found by a fast
# scan), and the possessive looked for just before it. The regex engine then tries a few
# offsets, not every one.
_COUNT_AT = re.compile(
    rf"(?P<ord>(?P<digits>\d{{1,4}})(?:st|nd|rd|th)|{_ORDINALS})\s+"
    r"(?:(?P<adj>[a-z]+)\s+)?(?P<noun>[a-z]{3,})\b(?![-'’])",
    re.IGNORECASE,
)
_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our)|[A-Za-z]['’]s)\s+$", re.IGNORECASE)
_DIGIT_ORDINAL_START = re.compile(r"\d(?<![\w.,]\d)\d{0,3}(?:st|nd|rd|th)\b")
# Nouns after an ordinal that name a part of time or a sequence, not a count.
_NOT_COUNTED = frozenset(
    split_words("""half quarter time times day week month year round stage phase step part century anniversary
    edition generation wave term season floor grade birthday person one ones place position spot
    rank consecutive straight successive continuous running largest biggest highest lowest
    most best leading top row""")
)
# A word before the noun counts as its adjective only if it looks like one.
_ADJECTIVE_ENDINGS = ("ful", "ous", "al", "ive", "ic", "less", "able", "ible", "ent", "ant", "ary", "ed", "est")


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def recognise_ordinal_counts(ctx: SentenceContext) -> None:
    # Cheap tests first: an ordinal (a word, or digits with st/nd/rd/th) and a possessive.
    if ctx.words.isdisjoint(_ORDINAL_WORDS) and not (
        ctx.has_digit and not ctx.words.isdisjoint(ORDINAL_SUFFIXES) and _DIGIT_ORDINAL.search(ctx.text)
    ):
        return
    if "'" not in ctx.text and "’" not in ctx.text and ctx.words.isdisjoint(_OWNERS):
        return
    for m in _counts(ctx):
        adj, noun, end = m.group("adj"), m.group("noun"), m.end("noun")
        if adj and not adj.lower().endswith(_ADJECTIVE_ENDINGS):
            adj, noun, end = None, adj, m.start("noun")  # "the line's second boat sank": no adjective
        if any(w and (w.lower() in _NOT_COUNTED or w.lower() in STOP_WORDS) for w in (adj, noun)):
            continue
        if not ctx.free(m.start("ord"), end):
            continue
        value = int(m.group("digits")) if m.group("digits") else ORDINAL_WORDS[fold(m.group("ord"))]
        if value < 2:
            continue
        unit = _plural(noun.lower()) if not adj else f"{adj.lower()} {_plural(noun.lower())}"
        ctx.add(Figure(m.start("ord"), m.end("ord"), "quantity", value, unit=unit, unit_fixed=True))


def _counts(ctx: SentenceContext) -> list[re.Match[str]]:
    """``_COUNT.finditer(ctx.text)``'s matches, as (ordinal-started) matches of _COUNT_AT."""
    text = ctx.text
    if not ctx.ascii:
        return list(_COUNT.finditer(text))
    starts = ctx.word_starts(ctx.words & _ORDINAL_WORDS)
    if ctx.has_digit:
        starts = sorted(starts + [m.start() for m in _DIGIT_ORDINAL_START.finditer(text)])
    out: list[re.Match[str]] = []
    after = 0
    for start in starts:
        if start < after or not _OWNER_BEFORE.search(text, max(0, start - 40), start):
            continue
        m = _COUNT_AT.match(text, start)
        if m is not None:
            out.append(m)
            after = m.end()
    return out


_OWNERS = frozenset({"its", "their", "his", "her", "our"})
_ORDINAL_WORDS = frozenset(ORDINAL_WORDS) - {"first"}
_DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
