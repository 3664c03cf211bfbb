"""Record claims of round 13: grammatical shapes rather than phrases. Comparatives of degree
in a negated or universal frame, superlatives of harm as the subject of a naming copula,
leadership verbs over a trend, predicates of an owner's superlative; each with a near miss
that stays no claim. Invented sentences only."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text).figures if f.kind == "record"]


@pytest.mark.parametrize("text", [
    "Ferry travel to the islands has never been more crowded",
    "Rents in Lowmoor have never been higher.",
    "Wool prices have never risen faster than this spring.",
    "No port in the region has ever handled as much grain in a week.",
    "No bakery has ever sold more loaves on a single day.",
    "Bus fares rose faster than at any time since 1991.",
    "The survey offers a closer view than ever of the marsh birds.",
    "The fair drew larger crowds than ever before.",
])
def test_degree_in_a_negated_or_universal_frame_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Saving for a home has never been more important.",
    "We have never been more confident about the harvest.",
    "The club has never paid more than 5 million crowns for a player.",
    "No one has ever been charged over the fire.",
    "The two unions are closer than ever to a deal.",
    "Voters think the bridge more urgent than ever.",
])
def test_stances_bounds_and_idioms_of_degree_are_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "The worst-hit wards today are: East Ward at 48, Hill Ward at 27.",
    "The hardest-hit towns were Lowmoor and Eastby.",
    "The valley also holds the other two largest wrecks found to date, one at 30 metres.",
])
def test_harm_naming_copulas_and_counted_all_time_superlatives_are_claims(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The worst-hit villages got 40 pumps.",
    "Crews reached the worst-hit farms where roads are closed.",
    "The other two largest wrecks lie in the bay.",
    "The valley also holds the other two large wrecks found to date.",
])
def test_described_harm_and_counted_groups_are_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Farms and mills are currently leading robot adoption across the north.",
    "East coast ports are set to lead export growth in 2031.",
    "Mining shares led the gains on Tuesday.",
    "Kestrel tightened its grip as the main lender to farms, rising to 1.2 million loans.",
    "Kestrel cemented its status as the number one bike maker.",
    "Ostbank remains the number one source of farm loans.",
])
def test_leadership_verbs_are_claims(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "She led the sales team for a decade.",
    "The minister led the recovery effort.",
    "Norfund led the investment round in Kestrel.",
    "The storm led to a rise in claims.",
    "Chip Sales Lead Growth",
    "Kestrel kept its place as one of the index members.",
    "Safety is the number one priority.",
])
def test_people_steering_causes_and_opinions_are_no_leadership_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Norbank remains the lender's largest outside backer, adding 5 million crowns.",
    "Barley is still the valley's biggest crop.",
])
def test_an_owned_superlative_as_a_predicate_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The bakery's largest shareholder sold 5% of its stake.",
    "Norbank is the firm's most likely buyer.",
])
def test_an_owned_superlative_as_a_subject_or_a_hedge_is_no_claim(text: str) -> None:
    assert not records(text)


def test_an_asking_if_hedges_its_own_question_only() -> None:
    assert records("It is unclear if the rock is pure but the find is the largest rock in the valley.")
    assert not records("It is unclear if the stone would be the largest found in the valley.")
    assert not records("If the stone is pure but small it could be the largest in the valley.")


def test_more_than_any_other_period_with_a_clause_between_is_a_claim() -> None:
    assert records("More riders took the harbour ferry in the spring of 2029 than any other season since it opened.")
    assert not records("The ferry matters more to the harbour towns this year than any other service.")


@pytest.mark.parametrize("text", [
    "Never have so many riders used the coast line.",
    "Ferries to the islands have never been so popular.",
    "The harbour has never been as busy.",
])
def test_inverted_and_so_degree_frames_are_claims(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The two unions have never been so close to a deal.",
    "I have never been so proud of the crew.",
])
def test_nearness_and_feelings_in_a_so_frame_are_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Coal remains the top source of power in the valley.",
    "Kestrel is the leading maker of river ferries.",
])
def test_the_top_or_leading_one_as_a_predicate_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "He is the top official at the port.",
    "Dry roads are the top priority.",
    "The studio is the leading edge of design.",
    "The flag is the top of the mast.",
])
def test_posts_priorities_idioms_and_heights_are_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "The town ranks first in the country for recycling.",
    "Lowmoor came top of the league table.",
    "Lowmoor ranked top in the survey.",
    "Ostland is second only to Westia in wind power.",
    "Westia trails only Ostland in exports.",
    "No other port in the region comes close.",
    "Kestrel outsold all its rivals.",
    "Never in its history has the club sold out.",
])
def test_first_and_near_first_place_in_other_words_are_claims(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "She came top of the hill.",
    "He came first in line.",
    "The plan outlined all the changes.",
    "No other firm has commented.",
])
def test_heights_queues_and_other_out_words_are_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Nowhere in the country saw more rain.",
    "Ostland has more wind farms than any other country.",
    "Wool sales have not been this high since 2009.",
    "Fares were last this high in 1990.",
    "The rate is at a level last seen in 2008.",
])
def test_nowhere_any_other_peer_and_levels_since_are_claims(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Nowhere is this more visible than in Eastby.",
    "Voters are more worried than any other group.",
    "The boat was last seen in 2008.",
])
def test_stances_feelings_and_sightings_are_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Kestrel dominates the bike market in the north.",
    "Ostland is the clear leader in tidal power.",
])
def test_dominating_a_market_and_the_leader_in_a_field_are_claims(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The flood dominated the news.",
    "She is the leader of the council.",
    "He is the opposition leader in parliament.",
])
def test_news_posts_and_party_leaders_are_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "It was the worst drought in the valley.",
    "It was the region's worst year for wool sales.",
    "It was the second-worst harvest.",
    "Lowmoor Fund is the worst-performing fund.",
])
def test_worst_ranks_as_best_does(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The worst is over.",
    "The worst of the storm has passed.",
    "In the worst case, the dam fails.",
    "Residents fear the worst.",
    "Few recall the worst that the old dam brought.",
])
def test_idioms_of_worst_are_no_claims(text: str) -> None:
    assert not records(text)


def test_a_counted_top_of_a_superlative_is_a_claim() -> None:
    assert records("Unsurprisingly, the top eight most visited parks lie in the north.")
    assert not records("The top 10 firms cut their rates.")
