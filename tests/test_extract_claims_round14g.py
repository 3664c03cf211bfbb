"""Record claims of round 14 (g), each with a near miss that stays no claim: hedges and
forecasts, leading and uniqueness, counted and ordinal superlatives, highs and lows and
all-time comparisons. Invented sentences only."""

from __future__ import annotations

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
