"""classify, round 7: cues that pulled whole articles into the wrong theme. Invented
sentences only, each with a near miss that keeps its theme."""

from __future__ import annotations

import pytest

from tests.classify_helpers import themes

# --- a not-for-profit body is no company's profit ------------------------------------------


@pytest.mark.parametrize("text", [
    "The not-for-profit club raised 40,000 pounds for the lifeboat crews.",
    "Walkers gave 12,000 pounds to the hospice.\n\n"
    "The hospice, a non-profit, runs 3 homes in the valley.",
])
def test_not_for_profit_bodies_name_no_economy(text: str) -> None:
    assert themes(text) == {"general"}


def test_the_profits_of_all_companies_are_still_economy() -> None:
    # One company's profit is its own news (tests/test_classify_company_results.py).
    assert themes("Corporate profits rose 12 percent in the quarter.") == {"economy"}


# --- shows and series made for television are culture --------------------------------------


@pytest.mark.parametrize("text", [
    "The harbour drama became the channel's most watched TV series, with 9 million views.",
    # (its viewers name the show's audience again: one passing mention leans nothing)
    "Lantern Media called the quiz its biggest TV show. Its viewers stayed loyal.\n\n"
    "Revenue rose 14 percent to 2 billion dollars.",
])
def test_tv_shows_and_series_are_culture(text: str) -> None:
    assert themes(text) == {"culture"}


@pytest.mark.parametrize("text", [
    "In a TV interview, the mayor said the town has 14 schools.",
    "The trade show drew 12,000 visitors to the harbour.",
])
def test_tv_and_show_alone_are_no_culture(text: str) -> None:
    assert themes(text) == {"general"}


# --- subscribers of anything: a weak communications unit -----------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("The music streaming service added 3 million subscribers in the spring.", "culture"),
    ("The harbour gazette gained 40,000 subscribers in 2031.", "general"),
])
def test_subscribers_follow_what_they_subscribe_to(text: str, expected: str) -> None:
    assert themes(text) == {expected}


@pytest.mark.parametrize("text", [
    "The mobile network added 2 million subscribers in May.",
    "Ostel's 5G network grew fast in the north.\n\nThe operator added 2 million subscribers in May.",
])
def test_subscribers_of_a_telecom_article_stay_communications(text: str) -> None:
    assert themes(text) == {"communications"}
