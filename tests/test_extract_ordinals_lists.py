"""extract: ordinals, years and list numbering, read from invented sentences.

Each case pairs the bug (a figure missed or a figure that is none) with a near miss that
must keep its reading.
"""

from __future__ import annotations

import pytest

from generator.extract import read_sentence
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
