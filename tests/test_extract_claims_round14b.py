"""Record claims of round 14 (r9-b): shapes of firsts, uniqueness, first place and all-time
superlatives; each with a near miss that stays no claim. Invented sentences only."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text).figures if f.kind == "record"]


@pytest.mark.parametrize("text", [
    "No ferries sailed from Lowmoor in March, the first time since 1987 for its port.",
    "It was the first time since 2011 that the bakery closed for a week.",
])
def test_the_first_time_since_a_year_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The ferry left at 9 in the first week of March.",
    "Lowmoor's port had 12 sailings in its first half, said the clerk.",
])
def test_dating_firsts_stay_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Lowmoor, the only port in the whole northern region to ship ore in 2031, loaded 12 barges.",
    "She was the only member of the harbour board to vote against the 40 berths.",
])
def test_the_only_one_of_a_scope_to_do_a_thing_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The only bus in the morning to Lowmoor leaves at 6.",
    "The only way in the end to save 40 jobs was a merger.",
])
def test_the_only_means_or_route_of_a_scope_stays_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "You might not believe it but the office says Lowmoor had its wettest day – ever.",
    "We may never see the like again: it was the region's windiest week — ever recorded.",
])
def test_an_all_time_measure_after_a_dash_is_a_claim_whatever_the_hedge(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "You might not believe it but the office says Lowmoor had its wettest day – in May.",
    "We may never see the like again: it was the region's windiest week — so far as we know.",
])
def test_a_hedged_superlative_after_a_dash_without_a_measure_stays_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Of the 40 museums surveyed, the Lowmoor Hall of Clocks comes top.",
    "Kestrel came top with 41% of the vote.",
    "After 12 rounds, Eastby came out on top.",
    "Ferry survey: cheap fares put Lowmoor on top",
])
def test_coming_top_without_a_scope_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "For the 40 crews on duty, safety comes first.",
    "The 12 boxes came top down off the lorry.",
    "Bake for 40 minutes and put the lid on top.",
    "The 12 pies came with cheese on top.",
])
def test_priorities_and_places_on_top_stay_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "New Records Set",
    "Fresh records broken in 3 northern counties",
])
def test_a_headlines_passive_records_without_its_auxiliary_are_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The new records set out 12 rules for the clinic.",
    "New records set up by the 3 clinics hold patients' notes.",
])
def test_new_records_that_set_out_or_up_stay_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "\"This is our third-highest spring count and our highest count of owls,\" the warden said.",
    "It was our busiest week, with 4,100 riders.",
])
def test_our_superlative_is_a_claim_as_its_is(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The 12 volunteers tried our best.",
    "Our best guess is 40 pairs.",
    "Volunteers say a few of our best known trails need 40 new signs.",
    "We did our best to count 40 birds.",
])
def test_our_efforts_guesses_and_groups_stay_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "The yard will build the industry's first hydrogen ferry, at 40 metres.",
    "Kestrel signed the sector’s first shared-berth deal for 12 boats.",
])
def test_a_trades_first_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The industry's first quarter brought 40 orders.",
    "The season's first frost came on 12 October.",
])
def test_a_trades_first_period_and_a_seasons_first_stay_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Ostland had already led the G20 in terms of wind power for 12 years.",
    "Kestrel leads the NBL in rebounds, with 14 a game.",
])
def test_leading_a_group_named_by_its_acronym_in_a_measure_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The minister led the EU delegation to 12 rounds of talks.",
    "She led the NBL talks, which ran for 14 days.",
])
def test_leading_a_groups_delegation_or_talks_stays_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Bus use has decreased most among riders aged 16 to 19, down 40%.",
    "Rents rose most in Lowmoor, by 12%.",
])
def test_a_bare_most_after_a_verb_of_change_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The farm increased most of its yields by 12%.",
    "Bus use decreased by 40% and most riders moved to trams.",
])
def test_most_of_a_thing_after_a_verb_of_change_stays_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "The mid-price tier fared the worst, dropping 12% in May.",
    "Lowmoor performed best among the 9 ports, with 40 sailings.",
])
def test_faring_or_performing_best_or_worst_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Eastby performed worse than Lowmoor, with 40 sailings.",
    "Ports fared better than feared, with 40 sailings.",
])
def test_faring_within_a_clause_or_comparatively_stays_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Survey names top 12 busiest ferry ports",
    "Guide lists top five cheapest towns for renters",
])
def test_a_counted_top_of_a_superlative_without_its_article_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Survey names top 12 ferry ports",
    "Guide lists top five towns for 40 renters",
])
def test_a_counted_top_without_a_superlative_stays_no_claim(text: str) -> None:
    assert not records(text)
