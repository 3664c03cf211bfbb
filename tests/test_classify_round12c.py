"""classify, round 12c: possessive cues need their apostrophe; AI as a feature of another thing
is no AI topic; counterfeiting is IP infringement; litter counts for the ocean; a sector's
gross value added is its size; an acronym in brackets restates its words.
Invented sentences only, each with a near miss."""

from __future__ import annotations

import pytest

from tests.classify_helpers import themes_by_value as by_value

# --- a possessive cue ("'s imports") is written with an apostrophe --------------------------

SHIPPER = ("Revenue rose 4% to $7.2 billion as U.S. imports recovered. "
           "Freight rates fell 9% in the quarter.")


def test_an_abbreviation_ending_in_s_is_no_possessive() -> None:
    themes = by_value(SHIPPER)
    assert themes[4] == themes[7200000000] == themes[9] == "general"


def test_a_possessive_still_names_the_economy() -> None:
    text = ("Revenue rose 4% to $7.2 billion. Norland's imports fell 6% in the year, "
            "and the country's economy slowed to 1.1%.")
    themes = by_value(text)
    assert themes[6] == themes[1.1] == "economy"


# --- AI as the feature of another thing -----------------------------------------------------

ADVERTISING = ("Global advertising spend will grow 7.4% to $830 billion this year.\n\n"
               "Helped by AI-enabled planning tools, brands will spend 12% more on video.\n\n"
               "Search will take 41% of online spend, and print will fall 3%.\n\n"
               "Retail media will grow 18%, with sellers benefiting from AI adoption.")


def test_ai_named_as_a_tools_feature_leaves_an_ad_forecast_general() -> None:
    themes = by_value(ADVERTISING)
    assert themes[7.4] == themes[830000000000] == themes[12] == themes[41] == themes[3] == "general"
    assert themes[18] == "ai"  # its own sentence names AI adoption


def test_an_ai_article_that_names_ai_powered_products_keeps_its_theme() -> None:
    text = ("The lab's new language model answers in 30 languages.\n\n"
            "Its AI-powered assistant reached 25 million users.\n\n"
            "The company trained it on 4,000 GPUs.")
    assert set(by_value(text).values()) == {"ai"}


# --- counterfeiting is IP infringement ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Counterfeit handbags cost the leather industry €2.1 billion a year.",
    "Sales lost to counterfeiting reached 6.4% of the market.",
])
def test_counterfeit_goods_are_ip_statistics(text: str) -> None:
    assert set(by_value(text).values()) == {"ip-statistics"}


def test_counterfeit_money_is_no_ip_news() -> None:
    text = "Police seized counterfeit banknotes worth €2.1 million in 14 raids."
    assert set(by_value(text).values()) == {"general"}


# --- litter counts for the ocean once a cue names it ----------------------------------------

BEACH_SURVEY = ("Volunteers collected litter on 210 beaches last autumn, the conservation charity said.\n\n"
                "The survey tracks marine pollution along the coastline.\n\n"
                "Beach litter rose 8% on the year, and plastic bottles made up 15% of it.")


def test_a_beach_litter_survey_is_ocean_news() -> None:
    themes = by_value(BEACH_SURVEY)
    assert themes[210] == themes[8] == themes[15] == "ocean"


def test_beaches_without_an_ocean_cue_stay_general() -> None:
    text = ("Holiday lets near beaches rose 6% in price this summer.\n\n"
            "Bookings on the coastline fell 2%, and the council cleared litter from 40 streets.")
    themes = by_value(text)
    assert themes[6] == themes[2] == themes[40] == "general"


def test_a_storm_outlook_on_coasts_and_beaches_stays_general() -> None:
    text = ("Forecasters expect 7 hurricanes this season. Storms form early over a warm ocean.\n\n"
            "Up to 3 may reach the coastline, closing beaches for 12 days.")
    themes = by_value(text)
    assert themes[7] == themes[3] == themes[12] == "general"


# --- a sector's gross value added is its size; the economy's GVA growing is the economy's -----

def test_a_sectors_gross_value_added_goes_with_the_sector() -> None:
    text = ("The region's satellite makers employ 4,100 people, the agency said.\n\n"
            "Their gross value added climbed to £2.3 billion last year, a rise of 9%.")
    themes = by_value(text, "Regional space sector report")
    assert themes[2300000000] == themes[9] == "space"
    ai = "The region's 1,200 AI firms earned £4 billion in revenue and added £1.9 billion in GVA."
    assert set(by_value(ai).values()) == {"ai"}


def test_gross_value_added_growing_is_still_the_economy() -> None:
    assert set(by_value("GVA rose 1.9% in the second quarter, the statistics office said.").values()) == {"economy"}


# --- an acronym in brackets restates the words before it ------------------------------------

def test_a_bracketed_acronym_does_not_outvote_its_yardstick() -> None:
    text = "Research spending in Norland reached 1.9% of gross domestic product (GDP) in the year."
    assert set(by_value(text).values()) == {"general"}


@pytest.mark.parametrize("text", [
    "Gross domestic product (GDP) grew 2.2% in the year.",
    "Output reached 1.9% of gross domestic product, and GDP grew 2.2% in the year.",
])
def test_the_economys_gdp_stays_economy(text: str) -> None:
    assert by_value(text)[2.2] == "economy"
