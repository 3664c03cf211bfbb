"""classify, round 14 (r9-b): field vocabulary of the economy, the ocean and a sector's
yardsticks. Invented articles only, each with a near miss."""

from __future__ import annotations

from tests.classify_helpers import themes, themes_by_value

# A central bank's monthly credit figures that never say "inflation", "GDP" or "economy".
CREDIT_RELEASE = (
    "Lending to households in Norland slowed in June, the Norbank's monthly release showed.\n\n"
    "Consumer credit grew 4.2% on a year earlier in June.\n\n"
    "Broad money rose by 1.3 billion crowns, while net consumer credit was 0.8 billion crowns.\n\n"
    "The bank approved 41,200 home loans."
)


def test_a_central_banks_money_and_credit_release_is_economy() -> None:
    assert themes(CREDIT_RELEASE) == {"economy"}


def test_a_lenders_mortgage_rates_stay_general() -> None:
    # near miss: a mortgage broker's rates and loans name no money or credit series
    assert themes(
        "The broker's typical five-year home loan rate eased to 4.2% in June.\n\n"
        "The number of loan deals on offer rose to 41,200."
    ) == {"general"}


# A pay rise set by law, which never names "inflation", "unemployment" or "economy".
PAY_FLOOR = (
    "Ostland's minimum wage will rise from 9.10 crowns to 9.60 crowns an hour in April.\n\n"
    "About 410,000 workers will benefit, the labour office said.\n\n"
    "Average earnings rose by 3.4% over the same period."
)


def test_a_minimum_wage_rise_is_economy() -> None:
    assert themes(PAY_FLOOR) == {"economy"}


def test_one_firms_pay_rise_stays_general() -> None:
    # near miss: a retailer's own pay rise is the firm's, no labour-market series
    assert themes(
        "Brellmart will raise its shop staff's pay from 9.10 crowns to 9.60 crowns an hour in April.\n\n"
        "About 41,000 workers will benefit, the retailer said."
    ) == {"general"}


# A count of whale calves on their way north, which names the sea only by its animals.
CALF_COUNT = (
    "Volunteers at Cape Marrow counted 212 gray whale calves this spring.\n\n"
    "That beat the 198 counted last season, and 17 calves passed on a single day.\n\n"
    "The whales should keep passing until June."
)


def test_a_whale_count_is_ocean() -> None:
    assert themes(CALF_COUNT) == {"ocean"}


def test_a_whale_of_an_investor_stays_general() -> None:
    # near miss: a bare "whale" is a big trader, no species of the sea
    assert themes(
        "One whale bought 212 shares this spring.\n\n"
        "That beat the 198 bought last season, and 17 trades passed on a single day."
    ) == {"general"}


def test_an_industrys_jobs_are_no_economy_figure() -> None:
    # A trade body's count of its members' jobs: the sector's size, as its sales are.
    assert themes(
        "Ostland's cider makers sold 41 million litres last year, the makers' guild said.\n\n"
        "The cider makers provided about 8,400 jobs, up 310 on the year before."
    ) == {"general"}


def test_jobs_in_a_jobs_report_stay_economy() -> None:
    # near miss: where the article names the economy, its jobs speak for it
    assert themes_by_value(
        "Norland's unemployment rate eased to 4.1% in May, its statistics office said.\n\n"
        "Employers added 84,000 jobs, after 61,000 in April.\n\n"
        "The labour market has tightened for a year, the office added."
    ) == {4.1: "economy", 84000: "economy", 61000: "economy"}
