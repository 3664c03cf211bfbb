"""classify: "high-bandwidth memory" is a kind of memory chip, so its "bandwidth" is no weak
word of communications: a chipmaker's results that name phones once stay general. Invented
sentences only, with the near miss of a network's bandwidth, which still counts."""

from __future__ import annotations

from tests.classify_helpers import themes_by_value as by_value

TITLE = "Korvane Electronics reports quarterly results"
LEDE = "Korvane, a maker of memory chips and smartphones, earned an operating profit of 1.2 trillion won."
SALES = "Its sales fell 9% to 52 trillion won."


def test_high_bandwidth_memory_does_not_lean_the_article_to_communications() -> None:
    themes = by_value(f"{LEDE}\n\n{SALES}\n\nSales of high-bandwidth memory rose 30%.", TITLE)
    assert themes[9] == themes[52000000000000] == themes[30] == "general"


def test_a_networks_bandwidth_still_counts() -> None:
    themes = by_value(f"{LEDE}\n\n{SALES}\n\nSales of routers with more bandwidth rose 30%.", TITLE)
    assert themes[9] == themes[52000000000000] == "communications"
