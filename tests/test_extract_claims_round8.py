"""Record claims of round 8. Invented sentences only, each with near misses that must stay
what they were."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str, *, title: bool = False) -> list[str | None]:
    return [f.cue for f in read_sentence(text, is_title=title).figures if f.kind == "record"]


def record_values(text: str) -> list[float | int | None]:
    return [f.value for f in read_sentence(text).figures if f.kind == "record"]


# --- a named owner's superlative; "leading" owned or with a scope ---------------------------


@pytest.mark.parametrize(("text", "cue"), [
    ("Ostland's largest ferry operator carried 4 million people.", "Ostland's largest"),
    ("The K9, Brenco's biggest drill, weighs 40 tonnes.", "Brenco's biggest"),
    ("Fog is the region's leading cause of delay, with 30 days a year.", "region's leading"),
    ("Harbo, the leading Nordic shipbuilder, launched 5 ferries.", "the leading Nordic"),
    ("Velt, the leading global maker of masts, sold 700.", "the leading global"),
])
def test_owned_and_scoped_superlatives_are_claims(text: str, cue: str) -> None:
    assert records(text) == [cue]


@pytest.mark.parametrize("text", [
    "The bakery's largest shareholder sold 3 percent.",
    "The leading edge of the wing is 3 metres long.",
    "The leading patent filers were 3 small firms.",
    "Harbo, a leading Nordic shipbuilder, launched 5 ferries.",
])
def test_unowned_or_unscoped_superlatives_are_no_claims(text: str) -> None:
    assert not records(text)


# --- records beaten in other words, the field surpassed, negated comparatives, first among --


@pytest.mark.parametrize(("text", "cue"), [
    ("The new engine far exceeds current speed records, its makers say.", "exceeds current speed records"),
    ("The rover set a new benchmark for range, at 40 kilometres.", "set a new benchmark"),
    ("The Velo 2 outperforms its rivals, with 12 gears against 9.", "outperforms its rivals"),
    ("There has been no drier month in Ostland than March 2031, with 2 mm of rain.",
     "no drier month in Ostland than"),
    ("Ostland ranked first among 12 regions for exports.", "first among"),
    ("Highlights: 1st among 8 ports in the region.", "1st among"),
])
def test_comparisons_that_imply_a_record_are_claims(text: str, cue: str) -> None:
    assert records(text) == [cue]


def test_the_group_after_first_among_is_no_record() -> None:
    assert record_values("Ostland ranked first among 12 regions for exports.") == [None]


@pytest.mark.parametrize("text", [
    "The engine exceeds current limits by 3 percent.",
    "They set a new benchmark test for 3 models.",
    "Harbo beat rivals to the contract worth 3 million euros.",
    "The Velo 2 outperforms its rival on price by 3 percent.",
    "The stone was no larger than a coin, at 3 grams.",
    "There is no bigger threat to farms than drought, 3 experts said.",
    "She is first among equals on a board of 9.",
])
def test_plain_comparisons_are_no_claims(text: str) -> None:
    assert not records(text)


def test_a_headline_rainiest_on_record_is_a_claim() -> None:
    assert records("The rainiest week on record in Ostland", title=True) == ["The rainiest"]


# --- an estimate's word before the figure; a superlative over what exists now ---------------


def test_the_peak_of_approximately_a_figure_is_that_figure() -> None:
    assert record_values("Visits fell 9 percent from the peak of approximately 4,000 in 2029.") == [4000]


def test_other_words_between_the_peak_and_a_figure_keep_it_apart() -> None:
    assert record_values("Visits fell from the peak of the season after approximately 40 days.") == [None]


def test_a_superlative_over_what_exists_is_no_hedge() -> None:
    assert records("It would take the fastest existing cargo ship about 9 days to cross.") == ["the fastest"]


@pytest.mark.parametrize("text", [
    "It could become the largest ship afloat, at 400 metres.",
    "It would take the fastest cargo ship about 9 days to cross.",
])
def test_hedged_superlatives_stay_out(text: str) -> None:
    assert not records(text)


# --- a question asks for a claim, it makes none --------------------------------------------


@pytest.mark.parametrize("text", [
    "What was the driest month in Ostland?",
    "Which other ports are among the busiest in the region?",
    "“Is this the best harvest?”",
])
def test_questions_make_no_claims(text: str) -> None:
    assert not records(text)


def test_the_answer_is_a_claim() -> None:
    assert records("It was the driest month in Ostland, with 3 mm of rain.") == ["the driest"]
