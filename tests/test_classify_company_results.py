"""classify: a company's results are its own news, not the wider economy. Its profit, like its
revenue, goes to the theme of its business (a games maker's to culture) or to general (a club's,
a ferry line's); the profits of all companies together stay economy. Invented sentences only,
each with a near miss that keeps its theme."""

from __future__ import annotations

import pytest

from tests.classify_helpers import themes


@pytest.mark.parametrize("text", [
    "The Harbour United club made a small profit of 1.3 million pounds last season. "
    "Its broadcast income fell from 88 million pounds to 81 million pounds.",
    "The ferry line raised its profit forecast to $2.4 billion, an increase of 35%.",
    "The mill's profit rose 12 percent to 3 million dollars.",
])
def test_a_companys_profit_is_no_economy_news(text: str) -> None:
    assert themes(text) == {"general"}


def test_a_games_makers_profit_goes_with_its_games() -> None:
    text = ("Lanternfly expects an operating profit of $1.9 billion. "
            "The video game company sold 6.2 million copies of its new title.\n\n"
            "Its gaming console sold 3.1 million units.")
    assert themes(text) == {"culture"}


@pytest.mark.parametrize("text", [
    "Corporate profits rose 3.1% over the quarter, the statistics office said.",
    "Profits fell 2% as the economy contracted by 0.5% in the quarter.",
])
def test_the_profits_of_all_companies_stay_economy(text: str) -> None:
    assert themes(text) == {"economy"}
