"""Which entities of a sentence may be the subject of its figures.

The source of a statement is not what it is about: "According to the Fruit Board, apple
exports rose 6.7%" is about apple exports, not the board; nor is a unit, a currency or a
word of change ("19 GB", "4 trillion Yuan", "a 12.5-percent increase").
"""

from __future__ import annotations

import functools
import re

from .lexicon import CHANGE_NOUNS, CURRENCY_CODES, CURRENCY_WORDS, UNIT_ABBREVIATIONS

# "says X", "reported by X": X is a source. (A name may start just after "the".)
_SOURCE_BEFORE = re.compile(
    r"\b(?:said|says|told|reported\s+by|cited\s+by|quoted\s+by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "according to the Ministry of Harbours and Canals, ...": every name up to the clause's end;
# "as per" says the same ("as per capita" is a measure, not a source).
_ACCORDING_TO = re.compile(r"\b(?:according\s+to|as\s+per(?!\s+capita\b))\s+", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:.()]")
# "X said", "X (XYZ) reported", "X, the port's economist, said": a source, unless what it
# said is about itself ("X said its sales rose": then X is the subject).
_SOURCE_AFTER = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:,[^,;()]{3,60},\s*)?(?:has\s+|had\s+)?(?:said|says|reported|reports|announced|announces|"
    r"noted|notes|stated|states|told|estimated|estimates|showed|shows)\b"
    r"(?!\s+(?:that\s+)?(?:its|it|their|they|it's)\b)",
)
# What every source verb of _SOURCE_BEFORE and _SOURCE_AFTER starts with: one search.
_SOURCE_TELL = re.compile(r"sa(?:id|ys)|told|report|cited|quoted|announc|note|stat|estimat|show")
_CHANGE_PHRASE = re.compile(r"\b(?:year|month|quarter|week)-(?:on|over)-(?:year|month|quarter|week)\b", re.IGNORECASE)


def names_a_change(phrase: str) -> bool:
    """"increase", "year-on-year growth": words of change, never what a figure is about."""
    return bool(_CHANGE_PHRASE.search(phrase)) or any(w.lower() in CHANGE_NOUNS for w in phrase.split())


@functools.lru_cache(maxsize=4096)  # a document names the same entities again and again
def _is_unit_word(name: str) -> bool:
    return (
        name in UNIT_ABBREVIATIONS or (name.upper() in CURRENCY_CODES and name.isupper())
        or name.lower() in CURRENCY_WORDS or names_a_change(name)
    )


def usable_subjects(text: str, candidates: list[tuple[int, str]], lower: str | None = None) -> list[tuple[int, str]]:
    """``candidates`` (offset, name) less sources of the statement and unit-like words.
    ``lower`` is ``text.lower()`` where the caller has it already (the sentence context)."""
    if not candidates:
        return candidates
    # Cheap tests first: most sentences name no source.
    if lower is None:
        lower = text.lower()
    says = _SOURCE_TELL.search(lower) is not None
    according = "according" in lower or "as per" in lower
    out = []
    for start, name in candidates:
        if _is_unit_word(name):
            continue
        if according and _in_source_phrase(text, start):
            continue
        if says:
            if _SOURCE_BEFORE.search(text, max(0, start - 30), start):
                continue
            end = start + len(name) if text.startswith(name, start) else None
            if end is not None and _SOURCE_AFTER.match(text, end):
                continue
        out.append((start, name))
    return out


def _in_source_phrase(text: str, start: int) -> bool:
    """Whether ``start`` is inside an "according to ..." phrase naming who says it. A phrase
    that ends in a common noun ("according to the Orca 2 technical report") names a document
    about the entity, which may well be the subject: it is kept."""
    phrases = list(_ACCORDING_TO.finditer(text, 0, start))
    if not phrases:
        return False
    opened = phrases[-1].end()
    if _CLAUSE_MARK.search(text, opened, start):
        return False  # the phrase ended before the name
    close = _CLAUSE_MARK.search(text, start)
    words = text[opened:close.start() if close else len(text)].split()
    return not (words and words[-1].isalpha() and words[-1].islower())


def in_clause(
    text: str, position: int, candidates: list[tuple[int, str]], boundaries: list[tuple[int, int]]
) -> list[tuple[int, str]]:
    """``candidates`` less the names after ``position`` that a clause boundary separates from
    it: "Cider revenue rose 35.5%, and Pear Hub's rose 25.7%" -- Pear Hub is not what the
    35.5% is about. Names before the figure all stay (the subject often opens the sentence),
    and a colon introduces what the clause before it speaks of ("the deepest point: X")."""
    if not boundaries or not candidates or candidates[-1][0] < position:
        return candidates
    cut = next((start for start, end in boundaries if start >= position and ":" not in text[start:end]), None)
    if cut is None:
        return candidates
    return [c for c in candidates if c[0] < position or c[0] < cut]


# Direct speech: who speaks is named outside the quotation marks, next to a verb of saying
# ('X of the study said, "..."', '"...," X added'); what a figure inside is about is said
# inside them. Quotation marks without such a verb (titles, scare quotes) are left alone.
_SPEECH = (
    r"(?:said|says|say|added|adds|told|tells|explained|explains|noted|notes|stated|states|wrote|writes|"
    r"asked|asks|declared|declares|remarked|commented|insisted|warned|warns)"
)
_SPEECH_BEFORE = re.compile(rf"\b{_SPEECH}\b[^\"“”.;!?]{{0,30}}?[,:]?\s*$", re.IGNORECASE)
_SPEECH_AFTER = re.compile(rf"\s*[^\"“”.;!?]{{0,60}}?\b{_SPEECH}\b", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[\"“”]")
_OPENS_AFTER = frozenset(" \t\n([{—–-")


def quoted_speech(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inside of each quotation of ``text`` attributed to a speaker. A
    quotation still open at the end runs to it (quotes go on over several sentences), and a
    closing mark with no opening one closes a quotation opened in an earlier sentence."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for m in _QUOTE_MARKS.finditer(text):
        at = m.start()
        if _opens(text, at):
            if opened is None:
                opened = at + 1
            continue
        start = 0 if opened is None else opened
        if _attributed(text, start, at + 1):
            spans.append((start, at))
        opened = None
    if opened is not None and _attributed(text, opened, len(text)):
        spans.append((opened, len(text)))
    return spans


def _opens(text: str, at: int) -> bool:
    """Whether the quotation mark at ``at`` opens a quotation: “ does; a straight one does
    at the start or after a space or bracket, before a word."""
    mark = text[at]
    if mark != '"':
        return mark == "“"
    before_ok = at == 0 or text[at - 1] in _OPENS_AFTER
    return before_ok and at + 1 < len(text) and not text[at + 1].isspace()


def _attributed(text: str, start: int, end: int) -> bool:
    """Whether a verb of saying stands right before the quotation opening at ``start`` or
    right after the one closing at ``end``."""
    if start > 0 and _SPEECH_BEFORE.search(text, max(0, start - 60), start - 1):
        return True
    return end < len(text) and _SPEECH_AFTER.match(text, end) is not None


def in_quotation(
    position: int, candidates: list[tuple[int, str]], quotes: list[tuple[int, int]]
) -> list[tuple[int, str]]:
    """``candidates`` less the names outside the quotation that holds ``position`` (the
    speaker and the words around them), if a quotation holds it."""
    for start, end in quotes:
        if start <= position < end:
            return [c for c in candidates if start <= c[0] < end]
    return candidates


# "Sales in Alpha and Beta rose 4% and 6%, respectively": the n-th figure is the n-th name's.
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def respective_subjects(text: str, starts: list[int], candidates: list[tuple[int, str]]) -> dict[int, str]:
    """Figure start -> its name, when ``respectively`` follows the figures (at ``starts``) and as
    many names stand before the first of them, in order; else nothing."""
    if len(starts) < 2 or not _RESPECTIVELY.search(text, starts[-1]):
        return {}
    before = [name for at, name in candidates if at < starts[0]]
    if len(before) < len(starts) or len(set(before[-len(starts):])) < len(starts):
        return {}
    return dict(zip(starts, before[-len(starts):], strict=True))


# "Growth was 4.1% in Alpha; 3.2% in Beta": a member of a series whose place follows it ("in
# Beta") is that place's, when its own part of the list (back to a comma or semicolon) names
# nothing before it; the name of an earlier member is not its subject.
_IN_PLACE_AFTER = re.compile(r"(?:\s*%|\s+[a-z]+){0,3}?\s+in\s+(?:the\s+)?")
_MEMBER_START = re.compile(r"[;,]|\band\b")


def place_after(text: str, start: int, end: int, candidates: list[tuple[int, str]]) -> str | None:
    """The name right after the figure at ``start``-``end`` ("3.2% in Beta"), when no name stands
    between it and the comma, semicolon or "and" that opens its part of the sentence."""
    after = _IN_PLACE_AFTER.match(text, end)
    if after is None:
        return None
    name = next((n for at, n in candidates if at == after.end()), None)
    if name is None:
        return None
    opens = max((m.end() for m in _MEMBER_START.finditer(text, 0, start)), default=0)
    return None if any(opens <= at < start for at, _ in candidates) else name
