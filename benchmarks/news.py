"""Invented, figure-dense, news-like sentences for the throughput benchmark (seeded, so repeatable).

Every name is made of invented syllables and every figure is drawn at random, so a document of
50 kB holds almost no sentence twice (a benchmark of repeated sentences would reward caching
what real articles never repeat). The templates cover the figure shapes of news copy: thousands
separators, decimals, scale words, percentages and points, money in several currencies, ranges,
ordinals, years and decades, dates, signed changes, "more than" counts, fractions, measures in
units, rankings and record claims, quotations and attributions.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Iterator

from generator.ingest import parse_document

_ONSETS = ("b", "br", "c", "d", "dr", "f", "g", "gr", "k", "kl", "l", "m", "n", "p", "pr", "r", "s", "st",
           "t", "tr", "v", "z")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ea", "io", "ou")
_CODAS = ("", "l", "n", "r", "s", "nd", "rt", "x", "m", "th")
_ORG_KINDS = ("Holdings", "Group", "Energy", "Airlines", "Bank", "Motors", "Foods", "Telecom", "Institute",
              "University", "Agency", "Council", "Foundation", "Systems", "Logistics", "Mining", "Pharma")
_PLACE_KINDS = ("", "", "", " Valley", " Bay", " City", " Province", " Region", " Harbour")
_PEOPLE_ROLES = ("chief executive", "finance minister", "mayor", "spokeswoman", "spokesman", "analyst",
                 "head of research", "chairwoman", "economist", "coach", "director")
_PRODUCTS = ("phone", "tablet", "electric van", "heat pump", "vaccine", "satellite", "drone", "battery",
             "wind turbine", "tram", "smartwatch", "reactor")
_THINGS = ("passengers", "homes", "jobs", "visitors", "students", "patients", "vehicles", "households",
           "employees", "subscribers", "tourists", "beds", "trees", "flights", "orders")
_MEASURES = ("tonnes", "kilometres", "hectares", "megawatts", "litres", "square metres", "gigawatt hours",
             "kilograms", "metres", "cubic metres")
_SHORT_UNITS = ("km", "kg", "MW", "GWh", "m", "ha", "km/h", "kWh", "t")
_METRICS = ("revenue", "profit", "exports", "spending", "investment", "sales", "output", "debt", "funding",
            "the budget", "turnover", "imports")
_RISE = ("rose", "grew", "climbed", "jumped", "increased", "surged")
_FALL = ("fell", "dropped", "declined", "slipped", "shrank", "decreased")
_QUALIFIERS = ("about", "around", "nearly", "almost", "more than", "over", "at least", "up to", "roughly",
               "less than", "some")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_SCALES = ("million", "billion", "thousand")
_SHORT_SCALES = ("m", "bn", "k")
_CURRENCY_SIGNS = ("$", "€", "£", "¥")
_CURRENCY_CODES = ("USD", "EUR", "CHF", "SEK", "JPY", "AUD")
_CURRENCY_WORDS = ("dollars", "euros", "pounds", "francs", "yen", "kronor")
_ORDINAL_WORDS = ("second", "third", "fourth", "fifth", "sixth", "tenth")
_SUPERLATIVES = ("largest", "biggest", "busiest", "longest", "tallest", "fastest", "highest", "oldest")
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "dozens of")
_CAST = 2000  # organisations, places and people of the invented news stream
_FRACTIONS = ("half", "a third", "two-thirds", "a quarter", "three-quarters", "one in five", "one in ten")


class NewsWriter:
    """Sentences from a seeded random source; the same seed writes the same text."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.templates: list[Callable[[], str]] = [
            self._money, self._percent, self._points, self._range, self._count, self._measure, self._record,
            self._ranking, self._date, self._change, self._quote, self._fraction, self._product, self._plain,
            self._decade, self._short_units, self._ordinal_count, self._list,
        ]
        # A finite cast, as a news stream names the same organisations and places again (and an
        # endless one would make every word new, which no real stream of articles does).
        self.orgs = [f"{self.word()} {self.rng.choice(_ORG_KINDS)}" for _ in range(_CAST)]
        self.places = [self.word(self.rng.randint(2, 3)) + self.rng.choice(_PLACE_KINDS) for _ in range(_CAST)]
        self.people = [f"{self.word()} {self.word(self.rng.randint(2, 3))}" for _ in range(_CAST)]
        self.brands = [self.word() for _ in range(_CAST // 4)]

    # Vocabulary: invented words, so no sentence names a real organisation, place or person.
    def word(self, syllables: int = 2) -> str:
        r = self.rng
        parts = [r.choice(_ONSETS) + r.choice(_VOWELS) for _ in range(syllables)]
        return ("".join(parts) + r.choice(_CODAS)).capitalize()

    def org(self) -> str:
        return self.rng.choice(self.orgs)

    def place(self) -> str:
        return self.rng.choice(self.places)

    def person(self) -> str:
        return self.rng.choice(self.people)

    # Number shapes.
    def integer(self, digits: int) -> str:
        return f"{self.rng.randint(10 ** (digits - 1), 10 ** digits - 1):,}"

    def decimal(self) -> str:
        return f"{self.rng.uniform(1, 99):.{self.rng.randint(1, 2)}f}"

    def amount(self) -> str:
        """A figure with or without a scale word: "6.35 billion", "12,400", "370"."""
        r = self.rng.random()
        if r < 0.4:
            return f"{self.decimal()} {self.rng.choice(_SCALES)}"
        if r < 0.7:
            return self.integer(self.rng.randint(4, 7))
        return str(self.rng.randint(2, 999))

    def money(self) -> str:
        r, shape = self.rng, self.rng.random()
        if shape < 0.35:
            return f"{r.choice(_CURRENCY_SIGNS)}{self.decimal()}{r.choice(_SHORT_SCALES)}"
        if shape < 0.6:
            return f"{r.choice(_CURRENCY_SIGNS)}{self.amount()}"
        if shape < 0.8:
            return f"{r.choice(_CURRENCY_CODES)} {self.amount()}"
        return f"{self.amount()} {r.choice(_CURRENCY_WORDS)}"

    def percent(self) -> str:
        shape = self.rng.random()
        value = self.decimal() if shape < 0.5 else str(self.rng.randint(1, 99))
        return f"{value}%" if shape < 0.8 else f"{value} per cent"

    def year(self) -> str:
        return str(self.rng.randint(1950, 2030))

    def date(self) -> str:
        r = self.rng
        return f"{r.randint(1, 28)} {r.choice(_MONTHS)} {self.year()}" if r.random() < 0.6 \
            else f"{r.choice(_MONTHS)} {r.randint(1, 28)}, {self.year()}"

    def qualified(self, figure: str) -> str:
        return f"{self.rng.choice(_QUALIFIERS)} {figure}" if self.rng.random() < 0.4 else figure

    # Templates: one sentence each.
    def _money(self) -> str:
        r = self.rng
        return (f"{self.org()} reported {r.choice(_METRICS).removeprefix('the ')} of "
                f"{self.qualified(self.money())} for {self.year()}, {r.choice(('up', 'down'))} from "
                f"{self.money()} a year earlier.")

    def _percent(self) -> str:
        r = self.rng
        return (f"In {self.place()}, {r.choice(_METRICS)} {r.choice(_RISE + _FALL)} by {self.percent()} "
                f"in {self.year()}, according to the {self.org()}.")

    def _points(self) -> str:
        r = self.rng
        return (f"Unemployment in {self.place()} {r.choice(_FALL)} {r.randint(1, 4)}.{r.randint(0, 9)} "
                f"percentage points to {self.percent()} in {r.choice(_MONTHS)}.")

    def _range(self) -> str:
        r = self.rng
        low = r.randint(2, 60)
        high = low + r.randint(1, 40)
        shape = r.random()
        if shape < 0.4:
            span = f"between {low} and {high} {r.choice(_THINGS)}"
        elif shape < 0.7:
            span = f"{low}–{high}%"
        else:
            span = f"{r.choice(_CURRENCY_SIGNS)}{low}-{high}{r.choice(_SHORT_SCALES)}"
        return f"The {self.org()} expects {span} by {self.year()}, {r.choice(_PEOPLE_ROLES)} {self.person()} said."

    def _count(self) -> str:
        r = self.rng
        return (f"{self.qualified(self.amount()).capitalize()} {r.choice(_THINGS)} used the new line "
                f"between {self.place()} and {self.place()} in its first {r.randint(2, 11)} months.")

    def _measure(self) -> str:
        r = self.rng
        return (f"Crews at {self.place()} moved {self.qualified(self.integer(r.randint(3, 6)))} "
                f"{r.choice(_MEASURES)} of material, {r.choice(_NUMBER_WORDS)} times the plan for {self.year()}.")

    def _record(self) -> str:
        r = self.rng
        claims = (
            f"It was the {r.choice(_SUPERLATIVES)} figure on record",
            f"That is a record for the {self.org()}",
            f"It is the world's {r.choice(_SUPERLATIVES)} {r.choice(_PRODUCTS)}",
            f"It became the first {r.choice(_PRODUCTS)} of its kind in {self.place()}",
            f"Officials called it an all-time high for {self.place()}",
        )
        return f"{r.choice(claims)}, with {self.qualified(self.amount())} {r.choice(_THINGS)} in {self.year()}."

    def _ranking(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return (f"{self.place()} is now the {r.choice(_ORDINAL_WORDS)}-{r.choice(_SUPERLATIVES)} port in "
                    f"the region, handling {self.amount()} containers a year.")
        return (f"The {self.org()} ranked No. {r.randint(1, 50)} of {r.randint(51, 200)} in the "
                f"{self.year()} index, up from {r.randint(2, 90)}th place.")

    def _date(self) -> str:
        r = self.rng
        return (f"On {self.date()}, the {self.org()} opened a {self.integer(r.randint(3, 5))}-seat "
                f"stadium in {self.place()} at a cost of {self.money()}.")

    def _change(self) -> str:
        r = self.rng
        return (f"Shares of {self.org()} {r.choice(_FALL)} {self.decimal()}% to {r.choice(_CURRENCY_SIGNS)}"
                f"{self.decimal()}, while the index closed at {self.integer(5)}.{r.randint(10, 99)}, "
                f"{'+' if r.random() < 0.5 else '-'}{self.decimal()}.")

    def _quote(self) -> str:
        r = self.rng
        return (f"\"We hired {self.integer(r.randint(2, 5))} people and cut waiting times by {self.percent()},\" "
                f"said {self.person()}, {r.choice(_PEOPLE_ROLES)} at the {self.org()}.")

    def _fraction(self) -> str:
        r = self.rng
        return (f"{r.choice(_FRACTIONS).capitalize()} of {r.choice(_THINGS)} in {self.place()} live more than "
                f"{r.randint(2, 90)} km from a hospital, a survey of {self.integer(4)} people found.")

    def _product(self) -> str:
        r = self.rng
        return (f"The {r.choice(self.brands)} {r.choice(_PRODUCTS)} from {self.org()} sold "
                f"{self.qualified(self.amount())} units in {r.randint(2, 30)} countries and costs {self.money()}.")

    def _plain(self) -> str:
        r = self.rng
        return (f"{self.person()}, the {r.choice(_PEOPLE_ROLES)}, said the plan for {self.place()} would be "
                f"reviewed by the {self.org()} before the vote.")

    def _decade(self) -> str:
        r = self.rng
        return (f"Since the {r.randint(195, 201)}0s, {self.place()} has lost {self.percent()} of its "
                f"{r.choice(_THINGS)}, or {self.amount()} in total.")

    def _short_units(self) -> str:
        r = self.rng
        return (f"The {self.org()} plant in {self.place()} will produce {self.decimal()} "
                f"{r.choice(_SHORT_UNITS)} from {self.year()} and employ {r.randint(20, 900)} staff.")

    def _ordinal_count(self) -> str:
        r = self.rng
        return (f"It was the {r.choice(_ORDINAL_WORDS)} time in {r.randint(3, 40)} years that "
                f"{self.place()} hosted the final, which drew {self.integer(5)} fans.")

    def _list(self) -> str:
        items = ", ".join(f"{self.place()} {'+' if self.rng.random() < 0.5 else '-'}{self.decimal()}"
                          for _ in range(self.rng.randint(2, 4)))
        return f"{items}: the table lists the change in {self.rng.choice(_METRICS)} for each area."

    def sentence(self) -> str:
        return self.rng.choice(self.templates)()

    def title(self) -> str:
        return f"{self.org()} reports {self.rng.choice(_METRICS).removeprefix('the ')} for {self.year()}"


def generated_documents(total_bytes: int, doc_bytes: int, seed: int = 0,
                        extra: Callable[[random.Random], list[str]] | None = None) -> Iterator[str]:
    """Documents of about ``doc_bytes`` until ``total_bytes``: a title, then paragraphs of one to
    four invented sentences. ``extra`` gives more sentences for each document, shuffled in."""
    writer = NewsWriter(seed)
    rng = writer.rng
    made = 0
    while made < total_bytes:
        target = min(doc_bytes, total_bytes - made)
        pool = extra(rng) if extra is not None else []
        parts = [writer.title()]
        size = 0
        while size < target:
            count = rng.randint(1, 4)
            paragraph = " ".join(pool.pop() if pool and rng.random() < 0.5 else writer.sentence()
                                 for _ in range(count))
            parts.append(paragraph)
            size += len(paragraph) + 1
        text = "\n".join(parts) + "\n"
        made += len(text.encode("utf-8"))
        yield text


_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def vary_figures(sentence: str, rng: random.Random) -> str:
    """``sentence`` with each digit drawn anew, except in years (so a year stays a year) and
    leading digits stay non-zero (so "1,460" does not become "0,460")."""
    keep = {i for m in _YEAR.finditer(sentence) for i in range(m.start(), m.end())}

    def draw(m: re.Match[str]) -> str:
        i = m.start()
        if i in keep:
            return m.group()
        leading = i == 0 or not sentence[i - 1].isdigit()
        return str(rng.randint(1 if leading else 0, 9))

    return _DIGIT.sub(draw, sentence)


def repeated_share(texts: Iterable[str]) -> float:
    """The share of sentences whose text came earlier in the same document."""
    total = repeated = 0
    for text in texts:
        seen: set[str] = set()
        for sentence in parse_document(text, "gen", "gen.txt", "0").sentences:
            total += 1
            repeated += sentence.text in seen
            seen.add(sentence.text)
    return repeated / total if total else 0.0
