"""Record claims of round 12b: first place as "the top-performing X" and "the lion's share";
superlatives of urgency, first releases of a statistic and groups described by an owner's
superlative are no claims. Invented sentences only, each with near misses."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text).figures if f.kind == "record"]


@pytest.mark.parametrize("text", [
    "The fund is the top-performing mid-cap fund of the decade.",
    "Norland takes the lion's share in cargo.",
    "Trade with the world's biggest ports grew, and Ostmark is one of the world's biggest ports.",
    "Alma and Brel are the world's largest oat growers.",
    "Ostmark is the country's most important harbour.",
    "Ostland remained the world's top exporter of oats.",
])
def test_claims_of_first_place_stay_or_are_found(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "They are the top-performing funds of the decade.",
    "The board said the most pressing question is the roof.",
    "Its most urgent task is to hire pilots.",
    "In its first provisional barley estimates, the office cut the yield.",
    "The chart shows the first flash reading of the index.",
    "The port serves many of the world's largest tanker fleets.",
    "Talks among the world's top exporters stalled.",
])
def test_groups_opinions_and_first_releases_are_no_claims(text: str) -> None:
    assert not records(text)
