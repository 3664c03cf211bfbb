"""Record claims of round 12c: general shapes of first place, scoped and headline
superlatives, forecasts of leading, uniqueness by amount; planned firsts, the first of a
delivery, coordinated ordinals and described participles are no claims. Invented sentences
only, each fix with a near miss."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text).figures if f.kind == "record"]


def claims(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text).figures if f.kind in ("record", "milestone")]


@pytest.mark.parametrize("text", [
    "Norland Gallery keeps top spot",
    "Ostland is number one in the country for tidal power.",
    "We think no other bakery in the region has baked this many loaves in a day.",
])
def test_first_place_and_uniqueness_are_found(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "Norland Gallery lost top spot",
    "Prizes went to top place finishers.",
    "Bus number one in the city centre runs late.",
    "No other bakery has commented on the plan.",
])
def test_places_lost_and_plain_denials_are_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "The haul is the season's third largest total after the 90 tonnes landed in June.",
    "Kestrel is not buying the industry's biggest new cranes until orders firm up.",
    "The fair drew the park's oldest and most varied crowd for a winter show ever.",
    "Three-year loan rate sees biggest weekly fall since 2019",
    "Helped by cheap loans, this would represent the best result for the fund.",
    "Westia and Norland are expected to lead the market this winter.",
    "Kestrel passes two million riders for first time in May-June",
])
def test_scoped_headline_and_forecast_claims_are_found(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The season's first frost came early.",
    "Shoppers see busiest day as the sale opens",
    "Westia is expected to report orders up 4% over the winter.",
    "Banks cut rates for first time buyers.",
])
def test_their_near_misses_are_no_claims(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Ostair is targeting 500 bookings before its first passenger flights in 2031.",
    "Ostair will take 8 new jets this year; the first unit reaches its base in May.",
    "While tidal power beat coal in the first and third quarters of 2031, the group said costs rose.",
    "Orders fell in the first and second halves of the year.",
])
def test_planned_firsts_deliveries_and_dating_ordinals_are_no_claims(text: str) -> None:
    assert not records(text)


def test_a_first_stays_a_claim() -> None:
    assert records("Ostair flew the first passenger jet to the island.")


def test_a_described_participle_is_no_milestone() -> None:
    assert not claims("Orders got a lift from the newly launched Velo scooter.")
    assert claims("Acme launched the Velo scooter.")
