"""Record claims of round 11: a high or low over a span, the hardest hit, a superlative
since a year, a place's number one. Invented sentences only, each with near misses that must
stay what they were."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text).figures if f.kind == "record"]


@pytest.mark.parametrize("text", [
    "Ostbank shares closed at a nine-year low on Friday.",
    "Unemployment in Westland rose to 7.2 percent, a 12-month high.",
    "Grain stocks fell to a four-decade low in May.",
])
def test_a_high_or_low_over_a_span_is_a_claim(text: str) -> None:
    assert records(text)


def test_a_span_high_governs_its_figure() -> None:
    figures = read_sentence("Rates reached a five-year high of 6.4 percent.").figures
    assert [f.value for f in figures if f.kind == "record"] == [6.4]


@pytest.mark.parametrize("text", [
    "Farmers took a two-year low-interest loan of 40,000 crowns.",
    "The town opened a 4-year high school for 300 pupils.",
])
def test_span_compounds_are_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Coastal towns remain the hardest hit, with 420 homes flooded.",
    "Small shops were the hardest hit by the 12 percent rise in rents.",
])
def test_the_hardest_hit_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "It was the hardest hit of his 14 fights.",
    "The band's worst hit sold 2,000 copies.",
    "The worst-hit districts lost power for 3 days.",
])
def test_a_blow_or_a_song_is_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "It was the worst flood to strike the Ost valley since 1952, with 30 homes lost.",
    "Ferry fares saw the largest weekly rise since 2011, climbing 8 percent.",
])
def test_a_superlative_since_a_year_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The pension fund has been the least active since 2029, losing 8 percent.",
    "The firm remained the least generous payer in town since 2027, with 900 staff.",
])
def test_a_state_lasting_since_a_year_is_no_claim(text: str) -> None:
    assert not records(text)


def test_the_worlds_number_one_maker_is_a_claim() -> None:
    assert records("Ostland is the world's number one exporter of tin, shipping 40,000 tonnes.")


def test_the_number_one_priority_is_no_claim() -> None:
    assert not records("Housing is the number one priority for 60 percent of voters.")


def title_records(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text, is_title=True).figures if f.kind == "record"]


@pytest.mark.parametrize("text", [
    "Largest U.K. Grain Harvest Ever",
    "Biggest E.U. Fishing Fleet in History",
])
def test_a_headline_superlative_ever_may_hold_a_dotted_abbreviation(text: str) -> None:
    assert title_records(text) == [text]


def test_a_headline_without_ever_stays_no_claim() -> None:
    assert not title_records("Largest U.K. Grain Harvest Ends Early")


def test_an_acute_accent_for_the_apostrophe_keeps_the_owner() -> None:
    assert records("Ostland is the world´s largest exporter of tin, with 40,000 tonnes.")


@pytest.mark.parametrize("text", [
    "Westia opened Ostland's first deep-sea port in 2031, with 4 berths.",
    "Marta Lind became Westia's first female mayor with 52 percent of the vote.",
    "Westia's first Antarctic station, Polar Two, has run for 9 years.",
])
def test_a_named_owners_first_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Acme's first quarter sales rose 4 percent.",
    "Acme's first-half profit fell 3 percent.",
    "The bakery's first loaf sold for 2 crowns.",
])
def test_a_period_or_a_common_owners_first_is_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Orders from Westia were highest at 4,100, up 3 percent.",
    "Rents are lowest among the five towns, at 900 crowns.",
])
def test_a_bare_superlative_after_to_be_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The risk is highest when 3 storms come in a row.",
    "Prices were high at 40 crowns a kilo.",
])
def test_a_condition_or_a_plain_adjective_is_no_claim(text: str) -> None:
    assert not records(text)


def test_a_bare_superlative_at_a_figure_governs_it() -> None:
    figures = read_sentence("Orders from Westia were highest at 4,100.").figures
    assert [f.value for f in figures if f.kind == "record"] == [4100]
