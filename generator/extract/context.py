"""What the recognisers share while reading one sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORDS = re.compile(r"[a-z]+")
# For ASCII text, the runs of a-z are the words left when every other character becomes a
# space: bytes.translate and split do that several times faster than the regex. (Lower-casing
# other text may make a-z letters of other characters, so it keeps the regex.)
_NOT_A_TO_Z = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_DIGIT = re.compile(r"\d")
_CAPITAL = re.compile(r"[A-Z]")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def from_capitals(
    pattern: re.Pattern[str], text: str, gate: re.Pattern[str] = _CAPITAL
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose every match starts at an ASCII
    capital or at the a-z letters right before one ("iPhone"), tried only there.

    A pattern that opens with a look-behind or an alternation is tried by the regex engine
    at every offset of the text; most offsets are inside lower-case words. ``gate`` starts
    with a capital, so the engine skips to capitals; it must match at every capital that a
    match starts at or right after the a-z letters of.
    """
    out: list[re.Match[str]] = []
    pos = scan = 0
    match, search = pattern.match, gate.search
    while (capital := search(text, scan)) is not None:
        at = capital.start()
        scan = at + 1
        start = at
        while start and text[start - 1] in _LOWER:
            start -= 1
        # From the lower-case letters before the capital, then from the capital; no match
        # starts in between (a-z before and no capital), nor before ``pos``.
        for offset in (start, at) if pos <= start < at else (at,):
            m = match(text, offset)
            if m is not None:
                out.append(m)
                pos = scan = m.end()
                break
    return out


@dataclass(slots=True)
class Figure:
    """A figure or claim found in a sentence, before it becomes a Fact."""

    start: int
    """Offset in the sentence of the figure (currency sign and scale included)."""
    end: int
    kind: str
    value: int | float | None
    unit: str | None = None
    qualifier: str | None = None
    subject: str | None = None
    cue: str | None = None
    """The words that made a record or milestone claim."""
    unit_fixed: bool = False
    """True when the recogniser knows the unit (currency, percent, rank): units.py keeps it."""
    unit_from_next: bool = False
    """The low end of a range ("from 5 to 10 tonnes") takes the unit of the next figure."""


@dataclass(slots=True)
class SentenceContext:
    """One sentence being read, with what earlier recognisers claimed."""

    text: str
    paragraph: int
    is_title: bool = False
    known_caps: frozenset[str] = frozenset()
    """Capitalised words seen mid-sentence in the document (names, not sentence openers)."""
    taken: list[tuple[int, int]] = field(default_factory=list)
    """Spans no later recogniser may read as a figure (years, dates, names, figures)."""
    labels: list[tuple[int, int]] = field(default_factory=list)
    """Digits that belong to a name ("Chapter 11", "Model 3"): part of entities."""
    years: list[tuple[int, int]] = field(default_factory=list)
    """(offset, year) of the years the sentence mentions."""
    figures: list[Figure] = field(default_factory=list)
    words: frozenset[str] = frozenset()
    """Lower-case words of the sentence: recognisers skip sentences that lack their words."""
    has_digit: bool = False

    def __post_init__(self) -> None:
        lower = self.text.lower()
        if lower.isascii():
            self.words = frozenset(lower.encode().translate(_NOT_A_TO_Z).decode().split())
        else:
            self.words = frozenset(_WORDS.findall(lower))
        self.has_digit = _DIGIT.search(self.text) is not None

    def has_any(self, vocabulary: frozenset[str]) -> bool:
        return not self.words.isdisjoint(vocabulary)

    def free(self, start: int, end: int) -> bool:
        # A plain loop, not all(...): this runs for every candidate match.
        for s, e in self.taken:  # noqa: SIM110
            if end > s and start < e:
                return False
        return True

    def take(self, start: int, end: int) -> None:
        self.taken.append((start, end))

    def add(self, figure: Figure) -> None:
        self.figures.append(figure)
        self.take(figure.start, figure.end)
