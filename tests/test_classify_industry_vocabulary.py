"""classify: each theme's industry has words of its own that name nothing else (a telecom
firm's mobile customers and postpaid plans, a screen report's theatrical features and cast and
crew, a launch site's splashdowns, a deep-sea survey's seamounts). They are cues, so an article
that uses only the trade's words, and not the theme's name, still gets its theme; the words
such a trade shares with other news stay weak. Invented articles only, each group with near
misses that keep their theme."""

from __future__ import annotations

import pytest

from tests.classify_helpers import themes


def test_an_acronym_cue_in_the_plural_names_its_theme() -> None:
    """"LLMs" is the plural of the cue "LLM", capitals and all."""
    assert themes("The institute trained 12 LLMs last year.") == {"ai"}


def test_an_acronym_that_only_starts_like_a_cue_names_nothing() -> None:
    # near miss: "IPOs" are share sales, not the plural of the cue "IP"
    assert themes("The exchange hosted 12 IPOs.") == {"general"}


# A phone company's half-year results that never say "telecom", "network" or "mobile phone".
PHONE_COMPANY_RESULTS = (
    "Harbourline posted a net profit of 640 million crowns for the half, up 7.3 per cent.\n\n"
    "Each mobile user now pays 31 crowns a month on average, 2.4 per cent more, and most "
    "postpaid plans cost 2 crowns more.\n\n"
    "The firm added 48,000 mobile customers, taking the total to 5.2 million."
)


def test_a_phone_companys_results_are_communications() -> None:
    assert themes(PHONE_COMPANY_RESULTS) == {"communications"}


@pytest.mark.parametrize("text", [
    "The telco signed up 310,000 customers in the quarter.",
    "Data roaming charges fell by 12 percent.",
    "Landline connections dropped to 1.4 million.",
    "The operator put up 240 new phone masts.",
    "Homes passed by FTTP reached 3.3 million.",
])
def test_the_telecom_trades_words_are_communications(text: str) -> None:
    assert themes(text) == {"communications"}


@pytest.mark.parametrize("text", [
    # Platforms report revenue per user too; prepaid meters and mobile clinics are no phone lines.
    "The social network lifted average revenue per user to 9 dollars.",
    "Prepaid electricity meters were fitted in 3,000 homes.",
    "The mobile clinic saw 320 patients.",
])
def test_words_telecom_shares_with_other_news_stay_weak(text: str) -> None:
    assert themes(text) == {"general"}


# A screen-production report that names no film, cinema or movie in its body.
SCREEN_PRODUCTION_REPORT = (
    "Local theatrical features drew spending of 140 million crowns, down 12 percent.\n\n"
    "Foreign series shot in the north kept cast and crew busy, with 90 million crowns spent.\n\n"
    "The northern region took 41 percent of the national total."
)


def test_a_screen_production_report_is_culture() -> None:
    assert themes(SCREEN_PRODUCTION_REPORT) == {"culture"}


@pytest.mark.parametrize("text", [
    "Post-production work rose 18 percent.",
    "Video-on-demand services spent 60 million crowns on local drama.",
    "The sitcom ran for 9 seasons.",
    "The sculptor sold 11 works at the art fair.",
    "Non-fiction titles sold 3.2 million copies.",
])
def test_the_screen_art_and_book_trades_words_are_culture(text: str) -> None:
    assert themes(text) == {"culture"}


@pytest.mark.parametrize("text", [
    # A theatrical gesture, a claim called fiction, a plant's production spend, a TV interview.
    "The protest was a theatrical gesture by 40 farmers.",
    "The minister said the plan to build 2 million homes was fiction.",
    "The plant's production spend rose 9 percent.",
    "The TV interview drew 1,200 complaints.",
])
def test_words_the_arts_share_with_other_news_stay_weak(text: str) -> None:
    assert themes(text) == {"general"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The spaceport hosted 19 launches this year.", "space"),
    ("Astronomers found 31 exoplanets.", "space"),
    ("The capsule's splashdown came 9 days after it left the pad.", "space"),
    ("The survey mapped 14 seamounts and 3 hydrothermal vents.", "ocean"),
    ("Oceanographers tagged 2,400 sea turtles.", "ocean"),
    ("The warehouse runs 120 cobots.", "robotics"),
    ("The army bought 36 UAVs.", "robotics"),
    ("The trapped-ion machine lost its state after 2 seconds.", "quantum"),
    ("Its dilution refrigerator cools the chip to 10 millikelvin.", "quantum"),
    ("The lab trained a foundation model on 9 trillion words.", "ai"),
    ("Computer vision systems checked 5 million parts.", "ai"),
    ("Trade mark applications rose 6 percent.", "ip-statistics"),
    ("Customs seized 80,000 pirated handbags.", "ip-statistics"),
    ("Geographical indications now protect 310 cheeses.", "ip-statistics"),
])
def test_a_trades_own_words_name_its_theme(text: str, expected: str) -> None:
    assert themes(text) == {expected}


@pytest.mark.parametrize("text", [
    # Near misses: the words these trades share with other news place nothing alone.
    "The new Galaxy range sold 2 units per store.",
    "The vaccine booster reached 4 million people.",
    "The council faces a black hole of 40 million pounds in its budget.",
    "The chip maker is light-years ahead, with 70 percent of sales.",
    "Seafood sales at the market rose 7 percent.",
    "Plankton counts in the lake fell 30 percent.",
    "The bet by one crypto whale was worth 40 million dollars.",
    "The crane's gripper lifts 5 tonnes.",
    "The annealer softens 30 tonnes of steel a day.",
    "The laser's coherence time is 3 microseconds.",
    "The supercomputer ran the weather model for 40 hours.",
    "Piracy off the coast cost shippers 2 billion dollars.",
])
def test_words_these_trades_share_with_other_news_stay_weak(text: str) -> None:
    assert themes(text) == {"general"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The LTE network covers 97 percent of homes.", "communications"),
    ("Gigabit lines reached 4.1 million homes.", "communications"),
    ("Vinyl record sales rose 11 percent.", "culture"),
    ("Performing arts venues sold 5 million seats.", "culture"),
    ("The arts council funded 230 projects.", "culture"),
    ("The creative economy employs 2.3 million people.", "culture"),
    ("Contractors surveyed 900 polymetallic nodules.", "ocean"),
])
def test_more_trade_words_name_their_theme(text: str, expected: str) -> None:
    assert themes(text) == {expected}


@pytest.mark.parametrize("text", [
    # Near misses: Wi-Fi and text messages as a feature of other news, vinyl floors, a river reef.
    "Free Wi-Fi now runs at 140 stations.",
    "The agency sent flood warnings by SMS to 2 million phones.",
    "Vinyl flooring sales rose 4 percent.",
    "The river's reef of rock stretches 3 km.",
])
def test_features_of_other_news_stay_weak(text: str) -> None:
    assert themes(text) == {"general"}
