"""What the recognisers share while reading one sentence."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .lexicon import INDIAN_SCALES, LARGE_SCALES, NUMBER_VOCAB, NUMBER_WORDS

_WORDS = re.compile(r"[a-z]+")
# For ASCII text, the runs of a-z are the words left when every other character becomes a
# space: bytes.translate and split do that several times faster than the regex. (Lower-casing
# other text may make a-z letters of other characters, so it keeps the regex.)
_NOT_A_TO_Z = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_DIGIT = re.compile(r"\d")
_NOT_DIGITS = bytes(c for c in range(256) if not 48 <= c <= 57)
_CAPITAL = re.compile(r"[A-Z]")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGIT_RUN = re.compile(r"\d+")
# Words a number-word match (lexicon.NUMBER) can start with: a number word, or "a", "an",
# "half" before a scale word ("a million", "half a dozen").
_NUMBER_STARTERS = frozenset(NUMBER_WORDS)
_SCALED = (frozenset({"thousand", "million", "billion", "trillion", "dozen", "hundred"}) | frozenset(LARGE_SCALES)
           | INDIAN_SCALES)
_ARTICLES = frozenset({"a", "an", "half"})
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
"""A digit ordinal ("21st", "3rd") leaves its suffix as a word of ``SentenceContext.words``
(a-z runs): a sentence without one of these words has none, and skips the regex search."""


@functools.lru_cache(maxsize=256)
def _starts_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """Where one of ``words`` starts a word: each alternative opens with a letter, so the
    regex engine skips to those letters; the look-behind after it checks the word start."""
    return re.compile("|".join(
        f"{w}(?<![\\w-]{w})" for w in sorted(words, key=lambda w: (-len(w), w))
    ))


def matches_from(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern that never matches the empty string
    and whose every match starts at one of ``starts`` (ascending): finditer takes the first
    match at or after the end of the last one, and only these offsets can hold it."""
    out: list[re.Match[str]] = []
    pos = 0
    match = pattern.match
    for at in starts:
        if at < pos:
            continue
        m = match(text, at)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


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


@dataclass(frozen=True, slots=True)
class Trigger:
    """What a sentence must hold for a recogniser to find anything in it: read_sentence calls
    the recogniser only when its trigger holds, so a recogniser need not test the sentence
    itself. Each condition left at its default asks nothing; the trigger holds when every
    condition asked holds. A trigger must be derived from the recogniser's own code (its
    patterns' literal words and characters): tests/test_extract_triggers.py checks that a
    recogniser finds nothing in sentences its trigger skips.
    """

    words: frozenset[str] = frozenset()
    """One of these lower-case words (``SentenceContext.words``), or one of ``chars``, or a
    digit if ``or_digit``: the recogniser's patterns all need one of them."""
    chars: str = ""
    or_digit: bool = False
    digit: bool = False
    """The sentence has a digit (``SentenceContext.has_digit``)."""
    figures: bool = False
    """An earlier recogniser found a figure (the annotators: units, signs, qualifiers)."""
    title: bool = False
    """The sentence is the document's title."""
    when: Callable[[SentenceContext], bool] | None = None
    """A test the sets cannot say (word pairs), asked last."""

    def holds(self, ctx: SentenceContext) -> bool:
        # Asked ~27 times per sentence: the cheapest tests first, in one call.
        if (self.digit and not ctx.has_digit) or (self.figures and not ctx.figures):
            return False
        if self.title and not ctx.is_title:
            return False
        if self.words.isdisjoint(ctx.words) and (self.words or self.chars or self.or_digit) \
                and not (self.or_digit and ctx.has_digit):
            text = ctx.text
            for char in self.chars:
                if char in text:
                    break
            else:
                return False
        return self.when is None or self.when(ctx)


ALWAYS = Trigger()
"""For a recogniser that must see every sentence."""

Step = tuple[int, bool, "Callable[[SentenceContext], bool] | None"]
"""A reader's index, whether it needs a figure found earlier, and its ``when``."""
_MAX_PLANS = 4096  # distinct sets of readers remembered: memory stays flat


class Dispatch:
    """The triggers of an ordered list of readers, indexed once: which readers a sentence may
    call, by what it holds from the start (its words, characters, a digit, being the title),
    is found by a few set and dict operations per sentence instead of asking each trigger in
    turn (~27 calls of ``Trigger.holds`` per sentence). What depends on earlier readers
    (``figures``) and ``when`` are asked at the reader's turn, in the same order as ``holds``
    asks them, so a reader is called exactly when its trigger holds."""

    def __init__(self, triggers: list[Trigger]) -> None:
        self.vocabulary: frozenset[str] = frozenset().union(*(t.words for t in triggers))
        self.by_word: dict[str, int] = {}
        by_char: dict[str, int] = {}
        self.open = self.or_digit = self.needs_digit = self.needs_title = 0
        for i, t in enumerate(triggers):
            bit = 1 << i
            if not (t.words or t.chars or t.or_digit):
                self.open |= bit
            for word in t.words:
                self.by_word[word] = self.by_word.get(word, 0) | bit
            for char in t.chars:
                by_char[char] = by_char.get(char, 0) | bit
            if t.or_digit:
                self.or_digit |= bit
            if t.digit:
                self.needs_digit |= bit
            if t.title:
                self.needs_title |= bit
        self.by_char = sorted(by_char.items())
        self.steps: list[Step] = [(i, t.figures, t.when) for i, t in enumerate(triggers)]
        self.plans: dict[int, list[Step]] = {}

    def plan(self, ctx: SentenceContext) -> list[Step]:
        """The readers whose trigger may hold for ``ctx`` (all but ``figures`` and ``when``
        decided), in order."""
        mask = self.open | self.or_digit if ctx.has_digit else self.open
        by_word = self.by_word
        for word in ctx.words & self.vocabulary:
            mask |= by_word[word]
        text = ctx.text
        for char, bits in self.by_char:
            if bits & ~mask and char in text:  # asked only for readers not in already
                mask |= bits
        if not ctx.has_digit:
            mask &= ~self.needs_digit
        if not ctx.is_title:
            mask &= ~self.needs_title
        plan = self.plans.get(mask)
        if plan is None:
            if len(self.plans) >= _MAX_PLANS:
                self.plans.clear()
            plan = self.plans[mask] = [step for step in self.steps if mask >> step[0] & 1]
        return plan


@dataclass(slots=True, init=False)
class SentenceContext:
    """One sentence being read, with what earlier recognisers claimed."""

    text: str
    paragraph: int
    is_title: bool = False
    known_caps: frozenset[str] = frozenset()
    """Capitalised words seen mid-sentence in the document (names, not sentence openers)."""
    decimal_commas: bool = False
    """The document writes decimals with a comma (lexicon.uses_decimal_commas)."""
    money_signs: frozenset[str] = frozenset()
    """Letter signs and prefixes the document writes as money elsewhere (money.money_signs)."""
    taken: list[tuple[int, int]] = field(default_factory=list)
    """Spans no later recogniser may read as a figure (years, dates, names, figures)."""
    labels: list[tuple[int, int]] = field(default_factory=list)
    """Digits that belong to a name ("Chapter 11", "Model 3"): part of entities."""
    years: list[tuple[int, int]] = field(default_factory=list)
    """(offset, year) of the years the sentence mentions."""
    year_scopes: dict[int, tuple[int, int]] = field(default_factory=dict)
    """Year offset -> the only span of the sentence it dates: a comparison year ("from 2021")
    dates nothing, a year in a relative clause (", which opened in 2015,") only that clause."""
    figures: list[Figure] = field(default_factory=list)
    words: frozenset[str] = frozenset()
    """Lower-case words of the sentence: recognisers skip sentences that lack their words."""
    has_digit: bool = False
    number_words: bool = False
    """The sentence has a word of lexicon.NUMBER_VOCAB (asked by several recognisers)."""
    lower: str = ""
    """``text.lower()``, made once for the recognisers that read lower-cased ASCII text."""
    ascii: bool = False
    """``text.isascii()``: lower-casing such text keeps every offset and ignores case exactly."""
    may_claim: bool | None = None
    """Whether the sentence has a word a record claim needs (records._may_claim), found once by
    the records trigger and read again by the recogniser; None until asked."""
    _word_starts: list[int] | None = field(default=None, repr=False)
    _number_starts: list[int] | None = field(default=None, repr=False)

    def __init__(
        self, text: str, paragraph: int, is_title: bool = False, known_caps: frozenset[str] = frozenset(),
        decimal_commas: bool = False, money_signs: frozenset[str] = frozenset(),
    ) -> None:
        # By hand, not generated: one is made per sentence, and the generated __init__ would
        # call a factory per list and then __post_init__.
        self.text = text
        self.paragraph = paragraph
        self.is_title = is_title
        self.known_caps = known_caps
        self.decimal_commas = decimal_commas
        self.money_signs = money_signs
        self.taken = []
        self.labels = []
        self.years = []
        self.year_scopes = {}
        self.figures = []
        self.may_claim = None
        self._word_starts = None
        self._number_starts = None
        self.lower = lower = text.lower()
        self.ascii = text.isascii()
        if lower.isascii():
            # Lower-casing keeps every digit, and no other character becomes or stays an
            # ASCII one while a non-ASCII digit (which \d also matches) stays non-ASCII: so
            # the bytes left when all but 0-9 are deleted say whether the text has a digit.
            encoded = lower.encode()
            self.words = words = frozenset(encoded.translate(_NOT_A_TO_Z).decode().split())
            self.has_digit = bool(encoded.translate(None, _NOT_DIGITS))
        else:
            self.words = words = frozenset(_WORDS.findall(lower))
            self.has_digit = _DIGIT.search(text) is not None
        self.number_words = not words.isdisjoint(NUMBER_VOCAB)

    def number_word_starts(self) -> list[int]:
        """Offsets where a number-word match of lexicon.NUMBER may start, in ASCII text
        (found once per sentence, shared by numbers, money and percentages): the starts of
        its words that can begin one. Case-sensitive patterns match at some of them."""
        if self._word_starts is None:
            words = self.words
            starters = words & _NUMBER_STARTERS
            if not words.isdisjoint(_SCALED):
                starters |= words & _ARTICLES
            self._word_starts = self.word_starts(starters)
        return self._word_starts

    def word_starts(self, words: frozenset[str]) -> list[int]:
        """Offsets in ``lower`` where one of ``words`` (lower-case) starts a word, in ASCII
        text; ascending."""
        return [m.start() for m in _starts_pattern(words).finditer(self.lower)] if words else []

    def number_starts(self) -> list[int] | None:
        """Offsets where a match of lexicon.NUMBER may start (a digit not after another, or
        a number word), ascending; None for non-ASCII text with number words (lower-casing
        may move its offsets)."""
        if self._number_starts is None:
            if not self.ascii and self.number_words:
                return None
            digits = [m.start() for m in _DIGIT_RUN.finditer(self.text)] if self.has_digit else []
            words = self.number_word_starts() if self.ascii and self.number_words else []
            self._number_starts = sorted(digits + words) if digits and words else digits or words
        return self._number_starts

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

    def claim(self, start: int, end: int) -> None:
        """Take start..end for no figure, unless a reader before took part of it."""
        if self.free(start, end):
            self.taken.append((start, end))

    def add(self, figure: Figure) -> None:
        self.figures.append(figure)
        self.taken.append((figure.start, figure.end))  # take(), without a second call
