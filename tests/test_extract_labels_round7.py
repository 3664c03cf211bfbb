"""extract: numbers that label rather than count (draw numbers, model lines) and "top N" /
"#N" ranks, read from invented sentences.

Each case pairs the bug with a near miss that must keep its reading.
"""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def figures(text: str) -> list[tuple[object, str | None, str]]:
    return [(f.value, f.unit, f.kind) for f in read_sentence(text).figures if f.value is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Draw numbers name balls: no quantities.
        ("The winning numbers were 6, 18, 23, 39 and 52, and the Star Ball 8.", []),
        ("The numbers drawn were 3-11-27-40-45 in Saturday's lotto.", []),
        ("The lucky numbers are 8, 13 and 29; the bonus number was 2.", []),
        # Near misses: counts, sums and shares in a draw sentence stay figures.
        ("Three entries guessed four numbers in the draw and took 8,500 dollars each.",
         [(3, "entries", "quantity"), (4, "numbers", "quantity"), (8500, "USD", "quantity")]),
        ("The Star Ball 2 million jackpot was drawn on Friday.", [(2000000, "jackpot", "quantity")]),
        # (the noun written once after the series counts every member: list_units.series_units)
        ("The raffle sold 12, 14 and 30 tickets at three stalls.",
         [(12, "tickets", "quantity"), (14, "tickets", "quantity"), (30, "tickets", "quantity"),
          (3, "stalls", "quantity")]),
    ],
)
def test_draw_numbers_are_labels(text: str, expected: list[tuple[object, str | None, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "top N" naming a group is a threshold (context), not a place.
        ("Kestrel and Marlow share the lead for stores in the Harbour Top 40.", []),
        ("Nine of its 14 Top 40 brands posted lower sales.", [(9, None, "quantity")]),
        ("The top 10 ports handled more cargo.", []),
        # Near misses: a place reached stays a rank, as does membership of a lower-case top N.
        ("Marlow is ranked top 10 worldwide.", [(10, "rank", "ranking")]),
        ("Marlow is back among the index's top 15.", [(15, "rank", "ranking")]),
        # A number sign before a place: a rank; a hashtag is nothing.
        ("Kestrel held onto #4 with #7 Marlow close behind.", [(4, "rank", "ranking"), (7, "rank", "ranking")]),
        ("The #HarbourWatch group counted 40 boats.", [(40, "boats", "quantity")]),
    ],
)
def test_top_groups_and_number_sign_ranks(text: str, expected: list[tuple[object, str | None, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number naming a model line is part of a name.
        ("The 640 family is still the brand's top seller.", []),
        ("Its 210 series sold 45 units.", [(45, "units", "quantity")]),
        # Near misses: counts of members, of variants and of a series of things.
        ("The 12 family members shared 3 rooms.", [(12, None, "quantity"), (3, "rooms", "quantity")]),
        ("The 12 variants of the virus spread.", [(12, "variants", "quantity")]),
        ("A 30 series of tests ran.", [(30, "series", "quantity")]),
    ],
)
def test_model_line_numbers_are_names(text: str, expected: list[tuple[object, str | None, str]]) -> None:
    assert figures(text) == expected
