"""classify, round 13 (seventh pass): the trade words of a network's data business
("data customers", "data bundles", "out-of-bundle" use, "roaming partners") are
communications cues. Invented articles only, each with a near miss."""

from __future__ import annotations

from tests.classify_helpers import themes

# A phone company's quarter that never says "mobile", "telecom" or "network".
DATA_BUSINESS_QUARTER = (
    "Harbourline grew its revenue by 3.1 per cent to 8.4 billion crowns in the quarter.\n\n"
    "Its data customers rose to 6.2 million, adding 140,000 in the quarter.\n\n"
    "Revenue at home fell 0.6 per cent after cuts to out-of-bundle rates and a change of "
    "roaming partner."
)


def test_a_networks_data_business_is_communications() -> None:
    assert themes(DATA_BUSINESS_QUARTER) == {"communications"}


def test_data_without_a_networks_words_stays_general() -> None:
    # near miss: a firm selling data services names no network trade word
    assert themes(
        "Harbourline grew its revenue by 3.1 per cent.\n\nIts data services rose to 620 clients."
    ) == {"general"}


# A country's trade month that never says "economy", "GDP" or "trade balance".
TRADE_MONTH = (
    "Norland's trade minister said sales abroad hit 3.2 billion crowns in a single day.\n\n"
    "Its largest trading partner logged a PMI of 44, and macroeconomic risks remain.\n\n"
    "Norland's shipments rose 12 per cent to 19 billion crowns in May."
)


def test_a_countrys_trade_words_name_the_economy() -> None:
    assert themes(TRADE_MONTH) == {"economy"}


def test_a_firms_trading_words_stay_general() -> None:
    # near miss: a firm's "trading update" and "partners" are no country's trade
    assert themes(
        "Harbourline's trading update showed sales of 3.2 billion crowns.\n\n"
        "Its partners added 12 stores in May."
    ) == {"general"}
