"""Record claims of round 5: superlatives "in recorded history" or "in any <period> since",
levels beyond "any previous" one, eclipsing "all others", "the only ... to make the list",
finishing first in a ranking, leading a leaderboard, and records set with a longer count.
Invented sentences only."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str, is_title: bool = False) -> list[str | None]:
    return [f.cue for f in read_sentence(text, is_title=is_title).figures if f.kind == "record"]


@pytest.mark.parametrize("text", [
    "Ostland's wettest spring in recorded history flooded 240 farms.",
    "The lake is far above any previous recorded summer level, survey data shows.",
    "This year's harvest has seen it outstrip all others since 1998.",
    "The 412 new firms were the fewest in any month since late 2019.",
    "The only African lake to make our cleanest-water list held 7 million fish.",
    "The club won 14 games, finishing first in the league table.",
    "Westland led the leaderboard after day two, with 17 points.",
    "The festival set three of its own records, for most bands (42) and most stages (9).",
])
def test_round5_claims(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The only way to reach the 12 villages is by boat.",
    "The only sure way to make the list is to sell 9 million copies.",
    "The storm dwarfs all other worries of the 12 towns.",
    "She finished first-round voting with 31 percent.",
    "The mayor led the meeting for 3 hours.",
    "The council set two of its own rules for the 5 parks.",
    "In any case since 2019, the 40 clubs have met twice.",
    "The price is below any previous owner's offer of 9 million.",
    "The storm was recorded by 12 stations across the valley.",
])
def test_round5_near_misses(text: str) -> None:
    assert not records(text)


def test_records_count_with_four_words_between() -> None:
    figures = read_sentence("The festival set three of its own records in 2031.").figures
    counted = [f for f in figures if f.kind == "record" and f.value == 3]
    assert counted and counted[0].unit == "records"
