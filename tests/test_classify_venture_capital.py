"""classify: venture and private capital invested in a country's or a region's firms is
investment in its economy, as FDI is; a venture capital firm that backs one round is no such
figure. Invented sentences only."""

from __future__ import annotations

from tests.classify_helpers import themes_by_value as by_value


def test_a_regions_venture_capital_is_the_economy() -> None:
    text = ("Venture capital investment in Norland reached $4.2 billion last year.\n\n"
            "Private capital as a whole rose 18%. Fintech firms took 38% of the total.")
    themes = by_value(text, "Start-up investment in Norland hits a high")
    assert themes[4200000000] == themes[18] == themes[38] == "economy"


def test_a_venture_capital_firm_backing_a_round_is_not() -> None:
    text = "The round was led by venture capital firm Brightwater, which put in $40 million."
    assert by_value(text)[40000000] == "general"
