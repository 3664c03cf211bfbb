"""Record claims of round 12: forecasts of records. Invented sentences
only, each with near misses that must stay what they were."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text).figures if f.kind == "record"]


def title_records(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text, is_title=True).figures if f.kind == "record"]


# --- forecasts of records ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The barley yield would be the highest on record, the ministry said.",
    "The new bridge is expected to become the region's longest crossing.",
    "If the estimate holds, the 2031 catch would be the third largest landed.",
    "Ostbank said the sale could nearly double the bank's previous record deal.",
    "The cold snap is not expected to last, as seas track close to 2030's record highs.",
])
def test_a_forecast_of_a_record_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The rover could take its first long drive next week.",
    "The agency is expected to approve the first crewed flight in June.",
    "Ostland wasn't expected to become the most populous state until 2040.",
    "If this record is broken, it would be by a few metres.",
    "The firm plans to build the largest plant in the valley.",
])
def test_a_planned_first_a_denied_forecast_or_a_plan_is_no_claim(text: str) -> None:
    assert not records(text)


# --- "to record" --------------------------------------------------------------------------

def test_to_record_before_a_determiner_is_the_verb() -> None:
    assert not records("The choir went on to record an album in the old hall.")
    assert records("Solar output is expected to record the fastest growth of any source.") == ["the fastest"]


def test_record_levels_after_to_stay_a_claim() -> None:
    assert records("Grain prices rose to record levels in May.")


def test_a_fresh_peak_is_a_claim_as_a_new_one_is() -> None:
    assert records("Shares climbed to just under 90 crowns to set a fresh peak.") == ["fresh peak"]
    assert not records("Walkers found fresh peaks of snow above 2,000 metres.")
