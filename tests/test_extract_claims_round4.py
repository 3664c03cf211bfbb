"""Record claims of round 4: popularity rankings owned by anyone, first place in a ranking,
levels "not seen since" a year, feats "never done in history", "historic highs", ordinal
superlatives after "with", a claim beside a rank, and headline superlatives. Invented
sentences only."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str, is_title: bool = False) -> list[str | None]:
    return [f.cue for f in read_sentence(text, is_title=is_title).figures if f.kind == "record"]


@pytest.mark.parametrize("text", [
    "Mira Vale is the label's most-streamed singer of the year.",
    "It was 2031's most played tune, with 4 million plays.",
    "The film won the prize for most watched drama of the season.",
    "Ostland, which last topped the rankings in 2009, fell back.",
    "Westland returned to the top, ahead of its neighbour.",
    "Westland returned to the top in the latest happiness rankings.",
    "Ostland climbed to the top of the league table.",
    "The band took the top spot in the weekly vote.",
    "Wheat prices reached a level not seen since the 1930s, at 410 dollars a tonne.",
    "A crossing like that had never been done in history.",
    "The historic low was in 1954.",
    "Ostland with second highest bicycle sales per person (14%).",
    "She holds the mark for the most days at No. 1 of any skier.",
    "It was the most visited museum of the year.",
    "Carmakers saw new records for spring sales.",
])
def test_round4_claims(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Most people walked to work.",
    "They spent most of the winter at home.",
    "He was on top of the news.",
    "Top executives met on Friday.",
    "She topped up the tank.",
    "Its top speed is 210 km/h.",
    "They climbed to the top of the hill.",
    "The hikers climbed to the top in four hours.",
    "The hikers climbed to the top.",
    "The cat was not seen since Monday.",
    "It has never been done this way.",
    "The historic building reopened.",
    "They left with second thoughts.",
    "It ranks in the top 10 list.",
    "It was the most recent survey of the lake.",
    "The most likely cause is a burst pipe.",
    "The clinic keeps new records of its patients.",
])
def test_round4_near_misses(text: str) -> None:
    assert not records(text)


def test_claim_beside_a_rank_keeps_the_rank() -> None:
    figures = read_sentence("She holds the mark for the most days at No. 1, a tally no skier has matched.").figures
    assert sorted(f.kind for f in figures) == ["ranking", "record"]


@pytest.mark.parametrize("text", [
    "Deepest cave in the region opens to visitors",
    "Lab finds oldest known fossil ever",
    "Ostland posts third-best harvest in history",
    "Ostland tops ranking of happiness",
])
def test_headline_superlatives(text: str) -> None:
    assert records(text, is_title=True)


@pytest.mark.parametrize("text", [
    "Most people back the plan",
    "Best ways to save on heating",
    "Latest figures show a rise",
])
def test_headline_near_misses(text: str) -> None:
    assert not records(text, is_title=True)


def test_headline_superlatives_only_in_titles() -> None:
    assert not records("Deepest cave in the region opens to visitors.")


def test_a_record_with_an_identifier_is_a_catalogue_entry() -> None:
    assert not records("It is slower on average, see record ID 4471.")
    assert not records("The archive holds record No. 12 from 1950.")
    assert records("The port handled a record 4,471 ships.") == ["record"]
