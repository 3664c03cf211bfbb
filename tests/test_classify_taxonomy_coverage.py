"""classify: the shipped taxonomy covers phones for communications, songs and streaming for
culture, and competitiveness rankings for innovation rankings; the generic words of those
domains stay weak. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.classify_helpers import themes


@pytest.mark.parametrize(("text", "expected"), [
    ("Makers shipped 91 million smartphones in the spring.", "communications"),
    ("The firm sold 7 million handsets last year.", "communications"),
    ("Mobile phone sales fell by 4 percent.", "communications"),
    ("The song was played 40 million times.", "culture"),
    ("The singer drew 30,000 fans to the stadium.", "culture"),
    ("The music streaming service has 12 million members.", "culture"),
    ("Ostland rose to 9th place in the competitiveness ranking.", "innovation-ranking"),
    ("The World Competitiveness survey polled 4,000 executives.", "innovation-ranking"),
])
def test_domain_cues_place_the_fact(text: str, expected: str) -> None:
    assert themes(text) == {expected}


@pytest.mark.parametrize("text", [
    # Generic words of those domains place no fact alone.
    "The runners did 12 laps of the track.",
    "The valley is fed by 14 streams.",
    "The hearing was streamed to 3,000 homes.",
    "The band of 20 volunteers cleaned the park.",
    "The artist of the deal earned 2 million dollars.",
])
def test_generic_words_stay_weak(text: str) -> None:
    assert themes(text) == {"general"}


@pytest.mark.parametrize(("text", "expected"), [
    # Satellite data and images observe the earth: the fact is no space news.
    ("Floods covered 2,300 square km, satellite data shows.", "general"),
    ("Satellite images show 140 villages cut off by the snow.", "general"),
    # A satellite itself still is.
    ("The new satellite weighs 420 kg.", "space"),
    ("The firm put 30 satellites into service this year.", "space"),
])
def test_satellite_observations_are_no_space_news(text: str, expected: str) -> None:
    assert themes(text) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    # Internet or phone service by satellite is a telecom service, not space news.
    ("The satellite internet service now has 40,000 users.", "communications"),
    ("Satellite broadband reached 9 percent of farms.", "communications"),
    # Near miss: a satellite launch still is space news.
    ("The rocket put 22 satellites into orbit.", "space"),
])
def test_a_service_by_satellite_is_communications(text: str, expected: str) -> None:
    assert themes(text) == {expected}


def test_places_moved_in_a_ranking_article_are_ranking_facts() -> None:
    """"Fell two places" moves a table: in a text that names the ranking, the places go
    with it; in a text that does not, places are no ranking."""
    ranking = "The competitiveness ranking came out.\n\nGDP grew and exports rose.\n\n"
    assert themes(ranking + "Ostland fell two places.") == {"innovation-ranking"}
    # (the economy leans a document it names in two sentences: min_sentences in the taxonomy)
    assert themes("GDP grew and exports rose.\n\nThe central bank held rates.\n\n"
                  "The tour visits 12 places.") == {"economy"}


@pytest.mark.parametrize("text", [
    # a scoreboard of countries' innovation performance: its figures are ranking facts, and a
    # patent count among its indicators does not make it IP statistics
    "The regional innovation scoreboard compares 19 provinces across 24 indicators.\n\n"
    "The leader stands at 127.4% of the mean.\n\n"
    "Its strong points are patent applications per head and joint research papers.\n\n"
    "Innovation performance in the east rose 5.7 percentage points.",
    # a ranking of cities' startup ecosystems
    "The report ranks the top 40 startup ecosystems.\n\nOstbury is at No. 3 and Lindhaven at No. 7.",
])
def test_innovation_scoreboards_and_startup_ecosystem_rankings_are_rankings(text: str) -> None:
    assert themes(text) == {"innovation-ranking"}


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: a patent office's count stays IP statistics, a plain list of cities general
    ("The patent office received 41,200 patent applications, up 3.1%.", "ip-statistics"),
    ("The guide ranks the top 40 cities for cycling.\n\nOstbury is at No. 3 and Lindhaven at No. 7.", "general"),
])
def test_patent_counts_and_other_city_rankings_keep_their_theme(text: str, expected: str) -> None:
    assert themes(text) == {expected}
