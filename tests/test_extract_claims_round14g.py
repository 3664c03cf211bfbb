"""Record claims of round 14 (g), each with a near miss that stays no claim: hedges and
forecasts, leading and uniqueness, counted and ordinal superlatives, highs and lows and
all-time comparisons. Invented sentences only."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text).figures if f.kind == "record"]


def test_the_month_may_is_no_hedge() -> None:
    text = ("With stocks peaking at 8.5 tonnes in May, the store marked the third-highest yearly gain since "
            "counts began 40 years ago.")
    assert records(text)


def test_the_verb_may_still_hedges() -> None:
    assert records("The board said prices may be the highest in the region.") == []


def test_a_forecast_that_ends_up_as_a_record_is_a_claim() -> None:
    assert records("At this pace, 2031 would likely end up as the third wettest spring for the valley in a decade.")


def test_a_forecast_that_ends_up_as_no_record_stays_hedged() -> None:
    assert records("Rents would end up being cut to a lower level.") == []


@pytest.mark.parametrize("text", [
    "Nine of the 12 wettest towns on the map lie in Ostland.",
    "The loan makes it one of the decade's 20 biggest deals for a Westland firm.",
    "Below we rank the 12 largest ships ever built in the yard.",
])
def test_membership_of_a_counted_top_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Two of the 12 ships were sold in May.",
    "Lowmoor is one of the 20 ports on the coast.",
])
def test_a_count_without_a_superlative_stays_no_claim(text: str) -> None:
    assert records(text) == []


@pytest.mark.parametrize("text", [
    "Ostland and Brel were among the top buyers in May with 9 billion crowns.",
    "Both towns are among the top destinations for walkers.",
])
def test_among_the_top_as_a_predicate_is_a_claim(text: str) -> None:
    assert records(text)


def test_among_the_top_officials_stays_no_claim() -> None:
    assert records("They were among the top 10 officials at the summit.") == []


@pytest.mark.parametrize("text", [
    "The north line was third-busiest, with 7,000 riders.",
    "In cars, the east route was third-busiest.",
])
def test_an_ordinal_superlative_ending_its_clause_is_a_claim(text: str) -> None:
    assert records(text)


def test_an_ordinal_superlative_of_a_group_stays_no_claim() -> None:
    assert records("Ostland finished third highest of the 9 teams.") == []


@pytest.mark.parametrize("text", [
    "Eastby got the least snow in the county with 3 cm.",
    "The hill station logged 12 mm on Monday, most in any district of the county.",
])
def test_least_or_most_in_a_place_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Eastby got little rain in the county.",
    "The board would not cut the tax in any case.",
])
def test_little_rain_or_any_case_stays_no_claim(text: str) -> None:
    assert records(text) == []


def test_a_superlative_since_a_year_a_clause_away_is_a_claim() -> None:
    assert records("The 40 storms in 2031 were the fewest since 35 storms were counted in 2019.")


def test_a_superlative_since_an_undated_event_stays_no_claim() -> None:
    # "The fewest" is a superlative of its own since round 15 (as "the most" is): "the least"
    # keeps this near miss to the "since" shape alone.
    assert records("The 40 storms were the least since the board began counting them.") == []


def test_our_superlative_for_decades_is_a_claim() -> None:
    assert records("The spring of 2031 proved our busiest for riders for three decades.")


def test_a_span_without_a_superlative_stays_no_claim() -> None:
    # "our busiest" alone is a claim as "its busiest" is (round 9); the span adds nothing to
    # a plain adjective.
    assert records("The spring of 2031 proved busy for riders for three decades.") == []


@pytest.mark.parametrize("text", [
    "The Kestrel show led with a gross of KR4.1 million, ahead of two others.",
    "The Brel saga led bookings at 40 million crowns.",
])
def test_leading_with_a_named_total_or_bookings_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The party led with the help of 3 aides.",
    "She led the bookings team for 3 years.",
])
def test_leading_with_help_or_a_team_stays_no_claim(text: str) -> None:
    assert records(text) == []


def test_a_flow_dominated_is_a_claim() -> None:
    assert records("Wool dominates farm exports, followed by beef.")


def test_the_news_dominated_stays_no_claim() -> None:
    assert records("Ostland dominated the news on Monday.") == []


def test_the_only_one_of_a_counted_top_is_a_claim() -> None:
    assert records("Lowmoor is the only port of the region's top 20 to have lost cargo in 2031.")


def test_the_only_one_of_a_group_stays_no_claim() -> None:
    assert records("Lowmoor is the only port of the bay with a ferry.") == []


def test_the_first_month_since_an_event_is_a_claim() -> None:
    assert records("For the ferry firm, April 2031 was the first quarter since the end of its strike with 900 sales.")


def test_the_first_month_since_a_merger_stays_no_claim() -> None:
    assert records("April was the first quarter since the merger.") == []


def test_never_been_this_high_is_a_claim() -> None:
    assert records("Westland has never been this warm in all of recorded history.")


def test_never_been_this_way_stays_no_claim() -> None:
    assert records("The site has never been this way before.") == []


@pytest.mark.parametrize("text", [
    "The crown had slid to six-year lows against the euro in March.",
    "Wool prices climbed to historic highs this week.",
])
def test_highs_and_lows_reached_are_claims(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The crown fell to a two-year low-interest plan.",
    "The firm's historic high street shop closed.",
])
def test_high_and_low_as_modifiers_stay_no_claim(text: str) -> None:
    assert records(text) == []


def test_the_earlier_high_is_a_claim() -> None:
    assert records("The earlier high was 39.1 degrees, recorded in 2019.")


def test_the_previous_high_school_stays_no_claim() -> None:
    assert records("The previous high school was closed in 2019.") == []


def test_more_than_those_of_any_earlier_season_is_a_claim() -> None:
    assert records("The six books have drawn more readers this spring than those of any earlier season.")


def test_more_than_any_of_the_others_stays_no_claim() -> None:
    assert records("The six books sold more copies than any of the others.") == []


def test_a_named_owner_written_with_a_left_quote_is_a_claim() -> None:
    assert records("The entry of Westland‘s biggest lenders lifted the round.")


def test_a_contraction_with_a_left_quote_stays_no_claim() -> None:
    assert records("It‘s a big round for the lenders.") == []


@pytest.mark.parametrize("text", [
    "Among the northern mills, only Westland's Brel Wool has taken in as much cash, taking 9 million crowns.",
    "Only Kestrel has sold as many bikes this year.",
])
def test_only_a_name_that_has_done_as_much_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Only Brel has as much as 5 tonnes in store.",
    "Only Brel has said as much in public.",
])
def test_only_a_name_that_holds_or_says_as_much_stays_no_claim(text: str) -> None:
    assert records(text) == []
