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
