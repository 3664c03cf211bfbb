"""extract: ordinals, years and list numbering, read from invented sentences.

Each case pairs the bug (a figure missed or a figure that is none) with a near miss that
must keep its reading.
"""

from __future__ import annotations

import pytest

from generator.extract import extract_facts, read_sentence
from generator.ingest import parse_document


def figures(text: str) -> list[tuple[object, str | None]]:
    return [(f.value, f.unit) for f in read_sentence(text).figures if f.value is not None]


def sentences(body: str) -> list[str]:
    return [s.text for s in parse_document(f"Title\n\n{body}", "doc", "doc.txt", "0" * 64).sentences]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A numbered heading: the number is the item's marker, not a sentence of its own.
        ("1. Alpha Line: A New Route\n\nThe line runs east.",
         ["Alpha Line: A New Route", "The line runs east."]),
        ("3. The 900km link opened.", ["The 900km link opened."]),
        ("2.\n\nThe depot has 40 buses.", ["The depot has 40 buses."]),
        # Near misses: a number ending a real sentence still ends it.
        ("The count rose to 2. Then it fell.", ["The count rose to 2.", "Then it fell."]),
        ("Read Chapter 2. It is short.", ["Read Chapter 2.", "It is short."]),
    ],
)
def test_list_numbers_are_not_sentences(body: str, expected: list[str]) -> None:
    assert sentences(body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year after a month abbreviation or a publication's name is its date, not a count.
        ("The drought that began in Oct. 2022 is over.", []),
        ("The Harbour Survey 2021 is out.", []),
        ("The trade review 2020 provides 12 tables.", [(12, "tables")]),
        ("The ABC 2024 uses 45 measures.", [(45, "measures")]),
        # Near misses: a year-sized count stays a count; a year before a clause stays a year.
        ("The lab bought 2048 GPUs.", [(2048, "GPUs")]),
        ("In 2023 the index rose 4 points.", [(4, "points")]),
    ],
)
def test_years_after_months_and_publication_names(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert figures(text) == expected


def places(text: str) -> list[tuple[object, str | None]]:
    return [(f.value, f.subject) for f in read_sentence(text).figures if f.unit == "rank"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare place after a name, in brackets or in a list, is a rank of that name.
        ("Norway (4th) gained a step.", [(4, "Norway")]),
        ("The region (Chile 12th, Peru 15th and Ghana 20th) slipped.",
         [(12, "Chile"), (15, "Peru"), (20, "Ghana")]),
        ("It trails the Republic of Palau (80th).", [(80, "Republic of Palau")]),
        # A place glued to the next word after a ranking verb.
        ("Morocco ranks 8thbehind Spain.", [(8, None)]),
        # Near misses: days, centuries and a name before an ordinal noun are no places.
        ("We met on Monday 5th and on the 4th of July.", []),
        ("Estonia 16th century castles drew crowds.", []),
        ("The castle dates from the 16th century.", []),
        ("Morocco ranks 8th behind Spain.", [(8, None)]),
    ],
)
def test_bare_places_after_names(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert places(text) == expected


def test_a_place_after_a_name_is_that_names_fact() -> None:
    text = "Title\n\nOstland (6th) is ahead of Norway (9th) this year."
    facts = extract_facts(parse_document(text, "doc", "doc.txt", "0" * 64))
    assert [(f.value, f.unit, f.subject) for f in facts] == [(6, "rank", "Ostland"), (9, "rank", "Norway")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ordinal counts: how many times, the nth event, a count since a year, a scale ordinal.
        ("The ferry crossed the strait for the 14th time.", [(14, "times")]),
        ("It marks the 3rd regional drought warning since 2001 and the second since 2015.",
         [(3, "warnings"), (2, "warnings")]),
        ("The guide led the 12th Andes climb of her career.", [(12, "climbs")]),
        ("The club began its 40th season in the league.", [(40, "seasons")]),
        ("The bakery sold its one-millionth apple pie.", [(1_000_000, "pies")]),
        ("The shop served its 10,000th customer.", [(10_000, "customers")]),
        # Near misses: a first is a claim, a streak stays a streak, a part of time or a
        # fraction is no count, and word ordinals without an owner are sequence.
        ("The ferry won for the first time.", []),
        ("The ferry won for the second time in a row.", [(2, "consecutive times")]),
        ("Growth slowed in the 2nd quarter of the year.", []),
        ("A one-millionth of a second passed.", []),
        ("The second reason was cost.", []),
        ("We met on the 4th of July.", []),
    ],
)
def test_ordinal_counts(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one in four" is a share, not a count of the denominator.
        ("Nearly one in four bikes sold locally is electric.", [(25, "percent")]),
        ("About 3 in 10 adults walk to work.", [(30, "percent")]),
        ("Two in five homes have solar panels.", [(40, "percent")]),
    ],
)
def test_one_in_n_is_a_share(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a count in a span of time, a year, a million.
        "The striker scored two in five minutes.",
        "The team won 3 in 2021.",
        "It was one in a million.",
    ],
)
def test_counts_with_in_are_no_shares(text: str) -> None:
    assert all(unit != "percent" for _, unit in figures(text))


def qualified(text: str) -> list[tuple[object, str | None, str | None]]:
    return [(f.value, f.unit, f.qualifier) for f in read_sentence(text).figures if f.value is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N-plus" is at least N of the noun that follows.
        ("The fair drew 60-plus exhibitors.", [(60, "exhibitors", "at least")]),
        ("Her 15-plus-year tenure ended.", [(15, "years", "at least")]),
        ("Well over 2,000-plus fans came.", [(2000, "fans", "well over")]),
        # Near misses: other words hyphenated to a number stay labels; "plus" as addition.
        ("The 3-shot test was easy.", []),
        ("Add 3 plus 4.", [(3, None, None), (4, None, None)]),
    ],
)
def test_n_plus_is_at_least_n(text: str, expected: list[tuple[object, str | None, str | None]]) -> None:
    assert qualified(text) == expected
