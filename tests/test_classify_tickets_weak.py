"""classify: "tickets" are sold for matches, lotteries and trains as much as for films and
concerts: a weak unit of culture, which places a figure only where the article names culture.
Invented sentences only."""

from __future__ import annotations

from tests.classify_helpers import themes_by_value as by_value


def test_tickets_for_a_football_cup_stay_general() -> None:
    text = "Organisers said 1,240,000 tickets went for the cup, 8% more than last time."
    assert by_value(text, "Cup sets attendance mark")[1240000] == "general"


def test_tickets_in_a_film_article_stay_culture() -> None:
    text = ("The new film opened on 900 screens on Friday.\n\n"
            "Operators sold 2,300,000 tickets over the weekend.")
    assert by_value(text, "Weekend box office")[2300000] == "culture"
