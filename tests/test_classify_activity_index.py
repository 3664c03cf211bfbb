"""classify: an "economic activity index" is a monthly measure of a whole country's output, as
statistics offices publish it: economy. A sector's production index is no such figure.
Invented sentences only."""

from __future__ import annotations

from tests.classify_helpers import themes_by_value as by_value


def test_the_economic_activity_index_names_the_economy() -> None:
    assert by_value("Norland's economic activity index rose 1.4% in May.")[1.4] == "economy"


def test_a_sectors_production_index_does_not() -> None:
    assert by_value("Norland's quarry production index rose 0.6% in May.")[0.6] == "general"
