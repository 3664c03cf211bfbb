"""Record claims of round 15 (i): firsts written with a digit ordinal, ... Each with a near
miss that stays no claim. Invented sentences only."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text).figures if f.kind == "record"]


@pytest.mark.parametrize("text", [
    "Norland Wins Rowing Gold for the 1st Time",
    "Eastby rowers won the cup for the 1st time this spring.",
])
def test_firsts_written_with_a_digit_ordinal_are_claims(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The 1st stage of the road opens in May.",
    "Buyers using it for the 1st home pay less.",
])
def test_digit_ordinals_that_date_or_order_are_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "The fewest ferry bookings were made in Eastby.",
    "Lowmoor had the fewest wet days of any town.",
])
def test_the_fewest_is_a_superlative_as_the_most_is(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Fewer ferry bookings were made in Eastby.",
    "Lowmoor had few wet days this year.",
])
def test_comparatives_and_plain_quantities_of_few_are_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "In cash terms, the rise was steepest in Eastby.",
    "Rents were highest in the Lowmoor district.",
])
def test_a_bare_superlative_in_a_named_place_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Demand for ferries is highest in winter.",
    "Rainfall was heaviest in March.",
])
def test_a_bare_superlative_in_a_season_or_month_is_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "By contrast, Ostland remains number one with 40 ferries in service.",
    "Rice is still number one in the valley.",
    "Wool is Westia's number one export.",
])
def test_number_one_as_a_predicate_or_a_named_owners_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Safety remains the number one priority for the crew.",
    "Ostland was number one seed in the draw.",
    "Lena is Westia's number one fan.",
    "Bus number one was late again.",
])
def test_priorities_seeds_and_fans_numbered_one_are_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Twelve pupils bagged the top rank of their county in maths.",
    "With equal marks, they shared the all county rank one.",
])
def test_the_top_rank_or_rank_one_won_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Twelve pupils bagged a high rank of their county in maths.",
    "They shared the rank 12 in the county.",
    "The top rank players met in Lowmoor.",
])
def test_other_ranks_and_top_rank_as_a_modifier_are_no_claims(text: str) -> None:
    assert not records(text)


def test_a_previous_best_beaten_is_a_claim_and_its_figure_the_old_one() -> None:
    figures = read_sentence("The choir sold 900 seats a night, beating previous season-bests of 700.").figures
    assert [f.cue for f in figures if f.kind == "record"] == ["beating previous season-bests"]
    assert [f.value for f in figures if f.kind == "record"] == [None]


@pytest.mark.parametrize("text", [
    "The buyer beat the previous owner to the sale.",
    "Sales exceeded the earlier forecast of 9,000 units.",
])
def test_beating_a_previous_one_that_is_no_best_is_no_claim(text: str) -> None:
    assert not records(text)


def test_a_figure_after_since_is_what_a_superlative_is_measured_back_to() -> None:
    figures = read_sentence("The 40 wrecks were the fewest since 12 wrecks were found in 1999.").figures
    assert [f.value for f in figures if f.kind == "record"] == [None]


@pytest.mark.parametrize("text", [
    "Westia ranks among the world's most open economies.",
    "Lowmoor ranks among the region's busiest ferry ports.",
])
def test_ranked_among_an_owners_superlative_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Talks among the world's richest nations ended on Monday.",
    "Trade between the region's busiest ferry ports fell.",
    "Salt marshes in Eastby are among the region's wettest habitats.",
])
def test_an_owners_superlative_describing_a_group_is_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Wool is one of Westia's top export earners, alongside fish.",
    "The ferry line is one of Acme's top earners.",
])
def test_one_of_a_named_owners_top_ones_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Lena is one of Acme's top executives.",
    "Wool is one of Westia's top ten exports.",
    "Wool is one of Westia's exports.",
])
def test_a_named_owners_top_people_and_counted_groups_are_no_claims(text: str) -> None:
    assert not records(text)


def test_a_conceded_claim_answered_by_but_is_a_claim() -> None:
    assert records("Acme may have sold the most ferries in the region, but Brel sold the largest ones.")


@pytest.mark.parametrize("text", [
    "Acme may have sold the most ferries in the region last year.",
    "Acme may sell the most ferries in the region, but only if prices fall.",
])
def test_a_hedged_claim_without_a_concession_is_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Ferry bookings are expected to top this year's record.",
    "Wool sales would break the record set in the wet year.",
])
def test_a_record_forecast_to_be_broken_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The club plans to top this year's record.",
    "Rowers hope to beat the record.",
])
def test_a_record_hoped_or_planned_to_be_broken_is_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Westia stays the EU leader in wool sales.",
    "Ostland became the Nordic leader in wind power.",
])
def test_the_leader_of_a_scope_in_a_measure_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Lena is the party leader in parliament.",
    "Omar was the EU leader in charge of trade talks.",
    "Omar was the UN leader in Geneva.",
])
def test_leaders_who_hold_a_post_are_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Poll: Lena Holds Slim Lead Over Omar",
    "A new survey showed Lena keeping a clear lead over Omar in the race for mayor.",
])
def test_a_lead_over_a_rival_in_a_poll_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Last month, Lena held an eight-point lead over Omar.",
    "The port kept its lead over its rival in tonnage.",
    "Pollsters said Lena took the lead role in the survey team.",
])
def test_a_lead_outside_a_poll_or_no_lead_over_a_rival_is_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Acme emerged as the dominant bidder, winning 9 of the 14 lots.",
    "Lowmoor finished as the dominant side of the league.",
])
def test_emerging_from_a_contest_as_the_dominant_one_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Wool is the dominant fibre in half the towns.",
    "Acme emerged as a dominant bidder.",
])
def test_a_dominant_share_or_one_of_several_dominant_ones_is_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Flu cases were also reported most in Eastby, chiefly in the port (40).",
    "Losses were felt most in the Lowmoor district.",
])
def test_a_passive_verb_with_most_in_a_named_place_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Ferries are used most in summer.",
    "Flu cases were reported most in May.",
])
def test_a_passive_verb_with_most_in_a_season_or_month_is_no_claim(text: str) -> None:
    assert not records(text)


def test_the_leading_one_in_a_named_place_beside_a_name_is_a_claim() -> None:
    assert records("The figures come from Kestrel, the leading model of river floods in Westia.")


@pytest.mark.parametrize("text", [
    "The prize went to Lena Dahl, the leading lady in Lear.",
    "The figures come from Kestrel, a leading model of river floods in Westia.",
])
def test_a_leading_part_or_one_of_several_leading_ones_is_no_claim(text: str) -> None:
    assert not records(text)


def test_a_forecasts_outcome_in_a_participle_is_a_claim() -> None:
    assert records("Acme plans two halls expected to seat 9,000, making them the biggest venues of the county.")


@pytest.mark.parametrize("text", [
    "Acme hopes to build two halls, making them the biggest venues of the county.",
    "Acme plans a hall expected to seat 9,000 and the largest stage could follow.",
])
def test_a_hoped_outcome_or_a_hedge_of_its_own_is_no_claim(text: str) -> None:
    assert not records(text)
