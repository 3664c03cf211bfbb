"""classify: video games, theatre, books and the arts are culture, named by cues that fit no
other news; the generic words of those domains ("game", "gaming", "grossed", "copies") stay
weak. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.classify_helpers import themes


@pytest.mark.parametrize(("text", "expected"), [
    ("The studio's new video game sold 3 million copies in a week.", "culture"),
    ("Lantern Quest, this spring's best-selling game in the region, shifted 4 million units.", "culture"),
    ("Game sales rose by 9 percent over the holidays.", "culture"),
    ("The harbour town's theatregoers bought 210,000 seats last season.", "culture"),
    ("The new musical took 9 million dollars in its first month.", "culture"),
    ("The playwright has written 14 plays since her debut.", "culture"),
    ("The orchestra gave 62 performances on its tour.", "culture"),
    # A document about games: the cue-less sentences follow it.
    ("Tidebreaker ended the winter as the region's best-selling game.\n\n"
     "It sold 2 million copies in its first week.", "culture"),
])
def test_creative_industries_are_culture(text: str, expected: str) -> None:
    assert themes(text) == {expected}


@pytest.mark.parametrize("text", [
    # A match, a "game changer", casino gaming, a control console, a company's gross, a
    # document's copies and a reshuffle of posts are no culture.
    "The home side won the game by 3 points.",
    "The new valve is a game changer that cut costs by 12 percent.",
    "Casino gaming brought in 8 percent more this spring.",
    "The pilot checked 40 dials on the console.",
    "The wholesaler grossed 12 million dollars in the quarter.",
    "The clerk printed 273 copies of the report.",
    "The cabinet played musical chairs with 4 ministries.",
])
def test_generic_words_of_the_arts_stay_weak(text: str) -> None:
    assert themes(text) == {"general"}


@pytest.mark.parametrize("text", [
    "E-book sales in Ostland fell by 14 percent last year.",
    "Audiobooks brought in 320 million crowns, up 9 percent.",
    "Independent bookstores sold 6 percent more paperback titles in the spring.",
    "Book publishers reported revenue of 2.1 billion crowns for the quarter.",
])
def test_the_book_trade_is_culture(text: str) -> None:
    assert themes(text) == {"culture"}


@pytest.mark.parametrize("text", [
    # A publisher alone, any firm's sales and a book of accounts are no book trade.
    "The publisher hired 40 new editors in March.",
    "Sales at the hardware chain rose 7 percent.",
    "The auditors found 12 errors in the company's books.",
])
def test_publishers_and_sales_alone_stay_general(text: str) -> None:
    assert themes(text) == {"general"}
