"""classify, round 12c: possessive cues need their apostrophe.
Invented sentences only, each with a near miss."""

from __future__ import annotations

from tests.classify_helpers import themes_by_value as by_value

# --- a possessive cue ("'s imports") is written with an apostrophe --------------------------

SHIPPER = ("Revenue rose 4% to $7.2 billion as U.S. imports recovered. "
           "Freight rates fell 9% in the quarter.")


def test_an_abbreviation_ending_in_s_is_no_possessive() -> None:
    themes = by_value(SHIPPER)
    assert themes[4] == themes[7200000000] == themes[9] == "general"


def test_a_possessive_still_names_the_economy() -> None:
    text = ("Revenue rose 4% to $7.2 billion. Norland's imports fell 6% in the year, "
            "and the country's economy slowed to 1.1%.")
    themes = by_value(text)
    assert themes[6] == themes[1.1] == "economy"
