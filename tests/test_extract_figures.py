"""extract: the figure recognisers (numbers, money, percentages, ranges, rankings) and what
must not become a figure (years, dates, times, digits of names)."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def figures(text: str, caps: frozenset[str] = frozenset()) -> list[tuple[object, str | None]]:
    ctx = read_sentence(text, caps=caps)
    return [(f.value, f.unit) for f in ctx.figures if f.value is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club sold 12,500 season tickets.", [(12500, "season tickets")]),
        ("The bridge is 1.75 kilometres long.", [(1.75, "kilometres")]),
        ("Farmers planted 3 million trees.", [(3_000_000, "trees")]),
        ("The app has 2.8M users and 16K reviews.", [(2_800_000, "users"), (16_000, "reviews")]),
        ("The model has 685B parameters.", [(685_000_000_000, "parameters")]),
        ("Global debt hit 1.5 trillion units.", [(1_500_000_000_000, "units")]),
        ("Four decades ago the mill closed.", [(4, "decades")]),
        ("The survey covered four regions.", [(4, "regions")]),
        ("A million visitors came.", [(1_000_000, "visitors")]),
        ("Twenty-five schools reopened.", [(25, "schools")]),
        ("Officials opened a dozen new clinics.", [(12, "new clinics")]),
        ("The 10km race and the 5kg weight.", [(10, "km"), (5, "kg")]),
        ("It weighs 8.35 tons.", [(8.35, "tons")]),
        ("The 3.2-tonne rover landed.", [(3.2, "tonne")]),
        ("Trains ran 3 times a day.", [(3, "times")]),
    ],
)
def test_numbers_and_units(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert figures(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund raised $5.5 million.", [(5_500_000, "USD")]),
        ("It cost US$2bn to build.", [(2_000_000_000, "USD")]),
        ("Fees of €300 apply.", [(300, "EUR")]),
        ("Sales reached ¥1.2 trillion in Shanghai.", [(1_200_000_000_000, "CNY")]),
        ("Japanese sales reached ¥40 billion.", [(40_000_000_000, "JPY")]),
        ("A grant of USD 40 million was agreed.", [(40_000_000, "USD")]),
        ("The city spent 5 billion yuan.", [(5_000_000_000, "CNY")]),
        ("They paid £12m for the site.", [(12_000_000, "GBP")]),
        ("A $6 million dollar budget.", [(6_000_000, "USD")]),
    ],
)
def test_money(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose 0.3% in May.", [(0.3, "percent")]),
        ("Turnout was 61 percent.", [(61, "percent")]),
        ("Growth hit 4.5 per cent.", [(4.5, "percent")]),
        ("The rate fell 2 percentage points.", [(2, "percentage points")]),
        ("Yields were 5-10% higher.", [(5, "percent"), (10, "percent")]),
        ("Between 3 and 4 percent of voters.", [(3, "percent"), (4, "percent")]),
        ("Losses of 2-3 million tonnes.", [(2_000_000, "tonnes"), (3_000_000, "tonnes")]),
        ("Costs of $2-3 billion.", [(2_000_000_000, "USD"), (3_000_000_000, "USD")]),
        ("Output grew from 20 to 30 tonnes.", [(20, "tonnes"), (30, "tonnes")]),
    ],
)
def test_percentages_and_ranges(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The country climbed to 11th place.", [(11, "rank")]),
        ("She ranks first in Europe.", [(1, "rank")]),
        ("It is the world's third-largest economy.", [(3, "rank")]),
        ("The team is No. 1 in the league.", [(1, "rank")]),
        ("Five firms are in the top 10.", [(5, "firms"), (10, "rank")]),
        ("They won for the second consecutive year.", [(2, "consecutive years")]),
        ("It rose for the fifth year in a row.", [(5, "consecutive years")]),
        ("In the 20th century the town grew.", []),
        ("Sales in the first half rose.", []),
    ],
)
def test_rankings(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The law was passed in 2019 and revised in 2021.",
        "The plan covers 2020-2024.",
        "Growth slowed in the mid-1990s and the '80s.",
        "The meeting is on June 3, 2024 at 10:30.",
        "Talks ended at 3 p.m. on May 3.",
        "The 5G and 6G networks use 3D maps.",
        "GPT-4o and Claude-3.5 beat H800-based rigs.",
        "Users of Qwen2.5 and Llama3.1 ran 3-shot tests.",
        "The Apollo 11 crew and the Falcon Heavy 2 rocket.",
        "Engineers tested Llama 3.1 405B on Tuesday.",
        "COVID-19 cases fell.",
        "Under Chapter 11 the firm restructured.",
    ],
)
def test_not_figures(text: str) -> None:
    caps = frozenset({"Apollo", "Heavy", "Llama", "Chapter"})
    assert figures(text, caps) == []


def test_year_becomes_context() -> None:
    ctx = read_sentence("In 2023, exports rose 5%.")
    assert ctx.years == [(3, 2023)]
    assert figures("In 2023, exports rose 5%.") == [(5, "percent")]


def test_year_sized_counts_stay_figures() -> None:
    assert figures("The lab bought 2048 GPUs.") == [(2048, "GPUs")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finland -59.4, Norway -41.2: snow days.", [(59.4, None), (41.2, None)]),
        ("China ranks first in eight of the 78 indicators.", [(1, "rank"), (8, "indicators")]),
        ("It holds 26 of the top 100 clusters.", [(26, "clusters")]),
        ("Y's 88.6 beat Z (24.8).", [(88.6, None), (24.8, None)]),
        ("A score of 88.5 beat Y's 88.6.", [(88.5, "score"), (88.6, "score")]),
        ("Team A scores 51.6.", [(51.6, "score")]),
        ("Applications surged from about 100 to nearly 70,000.", [(100, "applications"), (70_000, "applications")]),
    ],
)
def test_lists_totals_and_comparisons(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("About 40 people came.", "about"),
        ("It has over 4 million users.", "over"),
        ("They spent less than $6 million.", "less than"),
        ("Up to 2 kilograms of dust.", "up to"),
        ("Nearly 70,000 filed.", "nearly"),
        ("More than 300 jobs.", "more than"),
        ("Exactly 300 jobs.", None),
        ("An estimated 45 million dollars.", "an estimated"),
    ],
)
def test_qualifiers(text: str, qualifier: str | None) -> None:
    ctx = read_sentence(text)
    assert ctx.figures[0].qualifier == qualifier


def test_measured_thing_becomes_subject() -> None:
    ctx = read_sentence("Crews moved 2 kilograms of moon rock.")
    assert (ctx.figures[0].unit, ctx.figures[0].subject) == ("kilograms", "moon rock")
    ctx = read_sentence("The 8.35-ton lander.")
    assert (ctx.figures[0].unit, ctx.figures[0].subject) == ("ton", "lander")


def test_names_before_counted_noun_are_not_the_unit() -> None:
    assert figures("The lab used 2,048 ACME X100 GPUs.") == [(2048, "GPUs")]
