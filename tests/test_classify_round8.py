"""classify, round 8: audiences of sport, a company's calendar, robotic products. Invented
sentences only, each with a near miss that keeps its theme."""

from __future__ import annotations

import pytest

from tests.classify_helpers import themes

# --- viewers and streaming of a sports broadcast are no creative goods ---------------------


@pytest.mark.parametrize("text", [
    "The cup final drew 14.2 million viewers on television and streaming apps.",
    "The regatta was shown live on two channels.\n\n"
    "It drew 3.1 million viewers, and 400,000 more watched by streaming.",
])
def test_a_sports_audience_is_no_culture(text: str) -> None:
    assert themes(text) == {"general"}


@pytest.mark.parametrize("text", [
    "The harbour drama film drew 2.4 million viewers on its first night.",
    "The music streaming platform gained 3 million users.",
])
def test_viewers_of_a_film_and_music_streaming_stay_culture(text: str) -> None:
    assert themes(text) == {"culture"}


# --- "fiscal" alone dates a company's accounts; fiscal policy names itself ------------------


def test_a_fiscal_year_of_spending_follows_the_article() -> None:
    text = ("Lumo plans to build 3 new data centres for its AI models.\n\n"
            "In fiscal 2031, its capital spending rose 8 percent to 4 billion dollars.")
    assert themes(text) == {"ai"}


@pytest.mark.parametrize("text", [
    "The fiscal deficit narrowed to 3.1 percent last year.",
    "Fiscal policy tightened as the state cut 2 percent of its spending.",
])
def test_fiscal_policy_is_still_economy(text: str) -> None:
    assert themes(text) == {"economy"}


# --- "robotic" names robots as the noun does -----------------------------------------------


def test_a_robotic_product_places_its_article_in_robotics() -> None:
    text = ("Velt placed 240 systems in the quarter, up 12 percent.\n\n"
            "Surgeons used them in 9,000 robotic procedures.")
    assert themes(text) == {"robotics"}


def test_robotic_inside_a_name_is_no_cue() -> None:
    assert themes("The Robotic Arts Theatre sold 3,000 tickets.") == {"culture"}


# --- a creative event named by its name: "the ... Song Contest" ------------------------------


@pytest.mark.parametrize("text", [
    "The Northvale Song Contest drew 41 million viewers.\n\n"
    "The final had a 38.5 per cent share of viewing.\n\n"
    "The Northvale Song Contest returns in May.",
    "The Lakeside Film Festival sold 52,000 seats this year, up 9 per cent.",
])
def test_a_song_contest_or_film_festival_is_culture(text: str) -> None:
    assert themes(text) == {"culture"}


@pytest.mark.parametrize("text", [
    # a cue word that only names something is still no cue: the name's last word says what it is
    "The Song Street Bakery sold 4,000 loaves, up 9 per cent.",
    # a sports final's audience stays general
    "The Northvale Cup Final drew 41 million viewers.\n\nThe match had a 38.5 per cent share of viewing.",
])
def test_a_name_that_only_holds_a_cue_word_or_a_sports_final_stays_general(text: str) -> None:
    assert themes(text) == {"general"}
