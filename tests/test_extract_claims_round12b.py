"""Record claims of round 12b: first place as "the top-performing X" and "the lion's share".
Invented sentences only, each with near misses."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text).figures if f.kind == "record"]


@pytest.mark.parametrize("text", [
    "The fund is the top-performing mid-cap fund of the decade.",
    "Norland takes the lion's share in cargo.",
])
def test_claims_of_first_place_stay_or_are_found(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "They are the top-performing funds of the decade.",
])
def test_a_group_of_top_performers_is_no_claim(text: str) -> None:
    assert not records(text)
