"""Record claims of round 7. Invented sentences only, each with near misses that must stay
what they were."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str, *, title: bool = False) -> list[str | None]:
    return [f.cue for f in read_sentence(text, is_title=title).figures if f.kind == "record"]


# --- "the first" before a word that only starts like a period or stage ---------------------


@pytest.mark.parametrize("text", [
    "Marta Lind was the first participant to cross the ice cap alone.",
    "Ostbank was the first partner to sign, in 2031.",
])
def test_first_before_a_word_that_starts_like_a_period_is_a_claim(text: str) -> None:
    assert records(text) == ["the first"]


@pytest.mark.parametrize("text", [
    "Sales rose 4 percent in the first weeks of the year.",
    "The first weekend drew 3,000 people.",
    "She won the first quarterfinal 6-2.",
    "The first parts arrived on 3 May.",
])
def test_first_periods_and_stages_are_no_claims(text: str) -> None:
    assert not records(text)


# --- a quotation mark between the owner and its superlative -------------------------------


@pytest.mark.parametrize(("text", "cue"), [
    ("Fans called the arena its “loudest venue”, with 9,000 seats.", "its “loudest"),
    ("Officials called it the \"busiest day\" of the 3-day fair.", "the \"busiest"),
    ("The firm called the lake its ‘deepest’ site.", "its ‘deepest"),
])
def test_a_quoted_superlative_is_a_claim(text: str, cue: str) -> None:
    assert records(text) == [cue]


@pytest.mark.parametrize("text", [
    "The mayor called the “latest plan” a step, with 3 stages.",
    "The maker said the deal was its “second order” of 2031.",
])
def test_quoted_words_without_a_superlative_are_no_claims(text: str) -> None:
    assert not records(text)


# --- "weakest", the opposite of "strongest" ------------------------------------------------


@pytest.mark.parametrize(("text", "cue"), [
    ("Of the 9 mills, the weakest was Eastmoor, at 2 tonnes a day.", "the weakest"),
    ("The lira ended the year as weakest of the 9 currencies.", "as weakest"),
])
def test_weakest_is_a_superlative(text: str, cue: str) -> None:
    assert records(text) == [cue]


def test_weak_and_weaker_are_no_claims() -> None:
    assert not records("Eastmoor remained a weak district, weaker than Westmoor by 2 percent.")


# --- a superlative against all the past: "to date", "ever (recorded)", "yet" ---------------


@pytest.mark.parametrize(("text", "cue"), [
    ("The dam is Westland's tallest structure to date, at 210 metres.", "Westland's tallest structure to date"),
    ("Ten towns reported the worst hail damage ever recorded in the county.",
     "the worst hail damage ever recorded"),
    ("It was our busiest season yet, with 9,000 guests.", "our busiest"),
    # "Fewest" is a superlative of _CLAIMS since round 15, whose shorter cue comes first (as "our busiest").
    ("The county's fewest births ever came in 2031, at 212.", "county's fewest"),
])
def test_all_time_superlatives_of_any_owner(text: str, cue: str) -> None:
    assert records(text) == [cue]


@pytest.mark.parametrize("text", [
    # A firm's superlative without an all-time tail ranks what it holds now (a named owner's
    # is a claim, as "its" is: round 8).
    "The firm's largest shareholder sold 3 percent of its stake.",
    # "Worst" without the tail, and "yet" as a conjunction, are no measure.
    "Her worst fears came true when 3 plants shut.",
    "The firm's most powerful yet cheapest engine costs 4 million euros.",
    # Hedged claims without the tail stay out (with it they are a forecast of a record, a
    # claim: round 13).
    "It could be Ostcorp's largest order, at 40 ships.",
])
def test_superlatives_without_an_all_time_tail(text: str) -> None:
    assert not records(text)


# --- first place written as a number: "ranks #1", "the No. 1 spot" -------------------------


@pytest.mark.parametrize(("text", "cue", "title"), [
    ("The bakery was ranked No. 1 by 4,000 readers.", "ranked No. 1", False),
    ("Westfield was voted number one by 5,000 readers.", "voted number one", False),
    ("The app took the No. 1 spot in 12 countries.", "the No. 1 spot", False),
    ("Harbour Town Ranks #1 For Clean Beaches", "Ranks #1", True),
])
def test_first_place_as_a_number_is_a_claim(text: str, cue: str, title: bool) -> None:
    assert records(text, title=title) == [cue]


def test_the_figures_after_a_number_one_claim_stay_quantities() -> None:
    figures = read_sentence("The app took the No. 1 spot in 12 countries.").figures
    assert [(f.kind, f.value) for f in figures if f.value == 12] == [("quantity", 12)]


@pytest.mark.parametrize("text", [
    "The school was ranked #12 in the list of 40.",
    "The agency ranked 1,200 schools in 2031.",
    "Safety is the number one priority for the 3 firms.",
    "The No. 1 bus runs every 10 minutes.",
    # First place lost is no claim.
    "Eastport lost the No. 1 spot after 6 years.",
    "The app fell from the #1 spot in 12 countries.",
])
def test_other_numbers_after_ranking_words_are_no_claims(text: str) -> None:
    assert not records(text)


# --- topping a list whose name holds a dotted abbreviation ---------------------------------


@pytest.mark.parametrize(("text", "title"), [
    ("Lantern Radio tops U.K. podcast chart", True),
    ("Ostcorp topped the E.U. design list in 2031 with 4,100 filings.", False),
])
def test_topping_a_list_named_with_a_dotted_abbreviation_is_a_claim(text: str, title: bool) -> None:
    assert [c for c in records(text, title=title) if c and c.lower().startswith("top")]


@pytest.mark.parametrize("text", [
    "Inflation tops forecasts as U.K. firms list 3 losses",
    "Crop prices top 4 dollars in the U.S. market list",
])
def test_topping_no_list_is_no_claim(text: str) -> None:
    assert not records(text, title=True)


# --- making history ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "title"), [
    ("Westport Rowers Make History at Lake Regatta", True),
    ("The crew made history on 3 May, landing on the glacier.", False),
    ("Westport is making history, with 2 titles in a row.", False),
])
def test_making_history_is_a_claim(text: str, title: bool) -> None:
    assert [c for c in records(text, title=title) if c and "history" in c.lower()]


@pytest.mark.parametrize("text", [
    "The museum makes history come alive for 3,000 pupils.",
    "The teachers made history lessons shorter, at 40 minutes.",
    "The club could make history on Sunday with 3 wins.",
])
def test_history_that_is_made_no_claim(text: str) -> None:
    assert not records(text)


# --- a new high or low ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "cue"), [
    ("Ferry bookings hit a new high in June, at 8,000 a week.", "a new high"),
    ("Grain stocks hit fresh lows in May.", "fresh lows"),
    ("The rate rose to a new high of 5 percent.", "a new high"),
])
def test_a_new_high_or_low_is_a_claim(text: str, cue: str) -> None:
    assert records(text) == [cue]


@pytest.mark.parametrize("text", [
    "The town opened a new high school for 900 pupils.",
    "The airline sells new low-cost flights from 30 euros.",
    "The new high-speed line cut the trip to 2 hours.",
])
def test_new_highs_that_are_no_levels_are_no_claims(text: str) -> None:
    assert not records(text)


# --- "a first in <field>" ------------------------------------------------------------------


def test_a_first_in_a_field_is_a_claim() -> None:
    assert records("A first in regional rail, the line runs on 2 hydrogen trains.") == ["A first"]


@pytest.mark.parametrize("text", [
    "The talk is a first in a series of 4 lectures.",
    "The panel held a first in-person meeting with 12 members.",
    "It took a first step in 2031 with 3 pilots.",
])
def test_a_first_of_several_or_an_adjective_is_no_claim(text: str) -> None:
    assert not records(text)


# --- more than in any other period ---------------------------------------------------------


@pytest.mark.parametrize(("text", "cue"), [
    ("Fewer storks nested here than in any other spring since 1990, just 12 pairs.",
     "Fewer storks nested here than in any other spring"),
    ("Rainfall was lower than any other summer month on record, at 4 millimetres.",
     "lower than any other summer month"),
])
def test_more_than_in_any_other_period_is_a_claim(text: str, cue: str) -> None:
    assert records(text) == [cue]


@pytest.mark.parametrize("text", [
    "Ostland exports more than any other company in the 3 valleys.",
    "Water is more important than any other issue, said 4 of the 9 mayors.",
])
def test_more_than_any_other_rival_or_issue_is_no_claim(text: str) -> None:
    assert not records(text)


# --- "the only (other) <one> to <do>", the simple infinitive -------------------------------


@pytest.mark.parametrize(("text", "cue"), [
    ("Ida Brandt is the only deaf pilot to fly the polar route, in 2031.", "the only deaf pilot to fly"),
    ("Tove Berg is the only other skipper to round 14 capes in a season.", "the only other skipper to round"),
    ("The only team to score in all 6 games was Westport.", "The only team to score"),
])
def test_the_only_one_to_do_something_is_a_claim(text: str, cue: str) -> None:
    assert records(text) == [cue]


def test_a_uniqueness_claim_leaves_the_figure_after_it_a_quantity() -> None:
    figures = read_sentence("Tove Berg is the only other skipper to round 14 capes in a season.").figures
    assert [(f.kind, f.value) for f in figures if f.value is not None] == [("quantity", 14)]


@pytest.mark.parametrize("text", [
    # A means, a noun that takes "to" before a noun, possession, blame, a hedge.
    "The only way to win is to save 5 dollars.",
    "The only road to recovery is a 3-year plan.",
    "It is the only threat to peace in the 3 valleys.",
    "It is the only exception to the rule of 3.",
    "She is the only one to have a key to the 3 doors.",
    "He was the only one to blame for the 3 delays.",
    "It could become the only town to host the fair twice.",
])
def test_the_only_means_or_relation_is_no_claim(text: str) -> None:
    assert not records(text)


# --- "most popular" owned by anyone, like "most-streamed" ----------------------------------


def test_an_owned_most_popular_is_a_popularity_ranking() -> None:
    assert records("Rye is the bakery's most popular loaf, at 300 a day.") == ["bakery's most popular"]


@pytest.mark.parametrize("text", [
    "The bakery's largest shareholder sold 3 percent.",
    "Most popular loaves cost 2 dollars, the bakery said.",
])
def test_owned_superlatives_without_a_popularity_noun_are_no_claims(text: str) -> None:
    assert not records(text)
