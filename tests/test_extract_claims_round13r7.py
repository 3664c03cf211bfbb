"""Record claims of round 13, part 7: superlatives measured against all time under a hedge,
article-less and ordinal superlatives, counted tops, bettered-only-by, spans of years and
named months, firsts since a year; each with a near miss that stays no claim. Invented
sentences only."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str, *, title: bool = False) -> list[str | None]:
    return [f.cue for f in read_sentence(text, is_title=title).figures if f.kind == "record"]


@pytest.mark.parametrize(("text", "title"), [
    ("Exports up 9% as minister says 2031 could be busiest year on record", True),
    ("Analysts fear the drought could push wheat prices to their highest levels ever.", False),
    ("Both tallies were expected to climb while crews searched the 12 valleys, a toll that makes it the "
     "deadliest run of floods in county history.", False),
    ("Officials said the storms may end up as the costliest in Westland's history.", False),
])
def test_superlative_against_all_time_is_a_claim_under_a_hedge(text: str, title: bool) -> None:
    assert records(text, title=title)


@pytest.mark.parametrize("text", [
    "The firm could become the largest lender in the region.",
    "The rover could be the first ever to reach the crater.",
    "Prices may climb to the highest level in the region.",
])
def test_hedged_claim_without_an_all_time_measure_stays_hedged(text: str) -> None:
    assert records(text) == []


@pytest.mark.parametrize(("text", "title"), [
    ("The bay has one of lowest rents in the region at 900 crowns.", False),
    ("Ferry use in Ostland is third highest in the world", True),
    ("Westland's wool output is fifth-largest in the country.", False),
    ("The commonest tree planted was the oak, seen in 61% of parks.", False),
    ("The probe made the closest pass of the moon in 30 years.", False),
    ("It sent the nearest view of the ring by any craft since 4 March 1998, at 200 km.", False),
])
def test_superlative_forms_are_claims(text: str, title: bool) -> None:
    assert records(text, title=title)


@pytest.mark.parametrize("text", [
    "The report covered one of most people's favourite parks.",
    "Ostland finished third highest of the 9 teams.",
    "The common tree was the oak.",
    "The nearest station is 4 km away.",
])
def test_superlative_forms_without_a_scope_or_span_stay_no_claim(text: str) -> None:
    assert records(text) == []


@pytest.mark.parametrize(("text", "title"), [
    ("The Kestrel side led the top 10 in goals.", False),
    ("Boats from Ostland, Brel and Norland are the top three among visiting fleets.", False),
    ("The panel named it the top research lab globally, ahead of 4 rivals.", False),
    ("Ostland's output is surpassed only by three nations: Brel, Kell and Norland.", False),
    ("Robin tops winter garden survey", True),
    ("The top performing school was Lowmoor Academy, with 88% passing.", False),
])
def test_first_places_are_claims(text: str, title: bool) -> None:
    assert records(text, title=title)


@pytest.mark.parametrize("text", [
    "Kestrel led the top 10 managers on a tour.",
    "The three were the top three officials at the talks.",
    "The top officials worldwide met in May.",
    "The plan was approved only by two members of the board.",
    "The firm topped up the survey budget by 5%.",
    "The top performing schools were in the north.",
])
def test_groups_topping_up_and_other_only_by_phrases_stay_no_claim(text: str) -> None:
    assert records(text) == []


def test_bettered_only_by_a_count_stands_alone() -> None:
    figures = read_sentence("Ostland's output is surpassed only by three nations: Brel, Kell and Norland.").figures
    assert [f.value for f in figures if f.kind == "record"] == [None]


@pytest.mark.parametrize("text", [
    "Weekend crowds were higher than any March in over 20 years.",
    "It was the first year since 2011 without a strike.",
])
def test_named_months_and_firsts_since_a_year_are_claims(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Crowds were higher than in March.",
    "It was the first year of the plan, with 40 members.",
])
def test_a_single_month_and_a_dated_first_stay_no_claim(text: str) -> None:
    assert records(text) == []


def test_more_than_any_named_month_stands_alone() -> None:
    figures = read_sentence("Weekend crowds were higher than any March in over 20 years.").figures
    assert [f.value for f in figures if f.kind == "record"] == [None]


@pytest.mark.parametrize("text", [
    "Trade data show the last fall in wool exports was seen in 2009, when they fell 8%.",
    "The last time the club won the cup was in 1990.",
    "Kestrel, the leading ferry operator, carried 3 million riders.",
])
def test_last_change_in_a_year_and_an_apposed_leader_are_claims(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The last meeting of the board was in 2019.",
    "Brel, the leading exporters' body, met in May.",
    "Norland, the leading edge, fell.",
])
def test_a_dated_meeting_and_other_leading_phrases_stay_no_claim(text: str) -> None:
    assert records(text) == []


def test_last_place_in_a_ranking_is_a_claim() -> None:
    assert records("Bottom of the table was Lowmoor, at 12%.")
    assert records("The club came bottom of the league after 30 games.")


def test_the_bottom_of_a_thing_stays_no_claim() -> None:
    assert records("The hut sits at the bottom of the hill, 40 metres down.") == []
    assert records("See the note at the bottom of the page.") == []


def test_a_named_owners_top_performer_is_a_claim() -> None:
    assert records("Ostland's top wine producer Kestrel Estates cut 60 jobs.")


@pytest.mark.parametrize("text", [
    "Acme's top executive resigned in May.",
    "Ostland's top producers met in May.",
])
def test_a_named_owners_top_post_or_group_stays_no_claim(text: str) -> None:
    assert records(text) == []


@pytest.mark.parametrize("text", [
    "\"We hope to close what we think will be our busiest spring season yet,\" the firm said.",
    "The bakery expects to post the largest order to date.",
    "It could be Ostcorp's largest order to date, at 40 ships.",
])
def test_superlative_to_date_or_yet_is_a_claim_under_a_hedge(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The firm expects to open its largest store in May.",
    "The firm hopes to be the biggest yet to open.",
])
def test_hedged_superlative_without_a_closing_yet_stays_hedged(text: str) -> None:
    assert records(text) == []
