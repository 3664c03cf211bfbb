"""Numbered rankings: a run of numbered lines of names under a ranking.

    The 2031 Harbour Liveability Index
    1. Port Avalon
    2. Kestrel Bay
    3. New Marlow

Ingest strips "1." as a list marker, and mostly that is right: "1. Open the lid" numbers a
step, not a quantity. Under a ranking the number is the content: it is each name's rank.
Three signals together make a ranking: the lines are consecutive and numbered 1, 2, 3 ...
in order; every item is a name (capitalised words, no sentence); and the lead-in line or
the title speaks of a ranking (an index, a ranking, a top N, a superlative list).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .context import Figure, SentenceContext
from .lexicon import split_words

MARKER = re.compile(r"\(?(?P<n>\d{1,3})[.)]\)?[ \t]+")
"""A list marker at the start of a line, as ingest strips it ("1. ", "(2) ", "3) ")."""

_RANKING_WORDS = frozenset(split_words("""
    rank ranks ranked ranking rankings index indices top league leaderboard standings chart
    charts ratings best worst biggest largest richest strongest safest happiest highest lowest
    leading most least
"""))
# Little words a name may hold in lower case: "Bosnia and Herzegovina", "Isle of Man".
_CONNECTORS = frozenset(split_words("of and the de du la le van von da di del des y & for upon on"))
_WORD = re.compile(r"[^\s,]+")
_LETTERS = re.compile(r"[a-z]+")
_MIN_ITEMS = 3
_MAX_NAME_WORDS = 6


@dataclass(frozen=True, slots=True)
class ListItem:
    """A numbered line: its number, the item's text and the line it is on."""

    number: int
    text: str
    line: int


def _is_name(text: str) -> bool:
    """Capitalised words (a place, a firm, a person), not a sentence or a step."""
    words = _WORD.findall(text)
    if not words or len(words) > _MAX_NAME_WORDS or text.rstrip()[-1:] in ".!?:;":
        return False
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or any(c.isupper() for c in w)
               or w.lower() in _CONNECTORS for w in words)


def speaks_of_ranking(text: str) -> bool:
    """Whether a lead-in or title names a ranking ("Index", "top 10", "largest")."""
    return not _RANKING_WORDS.isdisjoint(_LETTERS.findall(text.lower()))


def ranked_items(
    items: Sequence[ListItem], context: Callable[[ListItem], Sequence[str]]
) -> list[list[ListItem]]:
    """The runs of ``items`` (numbered lines in document order) that are rankings: runs of at
    least three on consecutive lines numbered one after another, every item a name, when
    a text of ``context(first item)`` (the lead-in line, the title) speaks of a ranking."""
    out: list[list[ListItem]] = []
    run: list[ListItem] = []
    for item in [*items, None]:
        if item is not None and run and item.number == run[-1].number + 1 and item.line == run[-1].line + 1:
            run.append(item)
            continue
        if (len(run) >= _MIN_ITEMS and all(_is_name(i.text) for i in run)
                and any(speaks_of_ranking(text) for text in context(run[0]))):
            out.append(run)
        run = [item] if item is not None else []
    return out


# "8. Harbour Lights 3", "6. Tarrow 2": a numbered line that is a name ending in a small number
# is a title with its number (a sequel, a model), an item of a list of works, not a figure: a
# line stating a figure has a noun or a label to say what it counts.
_TITLE_NUMBER = re.compile(r".*\S\s+\d{1,2}")


def is_titled_item(text: str) -> bool:
    """Whether a numbered line's text is a name ending in a small number (see _TITLE_NUMBER)."""
    words = text.split()
    return (_TITLE_NUMBER.fullmatch(text.strip()) is not None and _is_name(text)
            and not words[-2].lower().endswith("s"))  # "Deaths 12": a plural counts


def read_titled_item(text: str, paragraph: int, caps: frozenset[str]) -> SentenceContext:
    """The context of a numbered title line: no figure."""
    ctx = SentenceContext(text, paragraph, known_caps=caps)
    ctx.take(0, len(text))
    return ctx


def read_item(text: str, paragraph: int, item: ListItem, caps: frozenset[str]) -> SentenceContext:
    """The context of a ranked line ("2. Kestrel Bay"): its number is the rank of its name."""
    ctx = SentenceContext(text, paragraph, known_caps=caps)
    number = MARKER.match(text)
    end = number.end("n") if number else 0
    ctx.add(Figure(0, end, "ranking", item.number, unit="rank", subject=item.text, unit_fixed=True))
    ctx.take(0, len(text))
    return ctx
