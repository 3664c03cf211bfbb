"""extract: figure shapes of round 12c: a glued "m" for million with no noun after it (a level
a change in per cent ends at, a participle clause after a figure in millions), running counts
(an ordinal before "annual", "the 12th year the club has run"), a place written twice
("number 12th"), a group after "each of the"; and numbers that are no figures (a year compared
with after "on", a model's number after a count, a product's term, the length of a period
counted in a streak).

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

from tests.extract_helpers import figures, values

# --- a glued "m" for million ----------------------------------------------------------------


def test_a_glued_m_a_change_in_per_cent_ends_at_is_a_million() -> None:
    assert values("Ferry trips fell 4.5% last season to 8.2m.") == [4.5, 8200000]
    assert values("Kayak hire rose 3.6% to 2.1m, the best year yet.") == [3.6, 2100000]


def test_a_glued_m_with_no_change_before_it_stays_no_figure() -> None:
    assert values("The tide rose to 1.5m.") == []


def test_a_glued_m_before_a_participle_after_a_figure_in_millions() -> None:
    assert figures("The fund paid 3.5 million grants, about 2m going to pupils.") == [
        ("quantity", 3500000, "grants"), ("quantity", 2000000, "grants")
    ]


def test_a_glued_m_before_its_own_noun_stays_a_length() -> None:
    assert values("The town spent 3 million dollars on a 25m diving pool.") == [3000000]


# --- running counts ---------------------------------------------------------------------------


def test_an_ordinal_before_annual_counts_editions() -> None:
    assert figures("Sales rose, the Rowing Society’s (HRS) 14th annual Harbour Report says.") == [
        ("quantity", 14, "editions")
    ]


def test_an_owners_annual_count_keeps_its_noun() -> None:
    assert figures("The club's 12th annual survey is out.") == [("quantity", 12, "annual surveys")]


def test_the_nth_year_an_owner_has_done_a_thing_counts_years() -> None:
    assert figures("It is the 12th year the rowing club has staged the lake regatta.") == [
        ("quantity", 12, "years")
    ]


def test_the_nth_year_of_a_span_stays_no_count() -> None:
    assert figures("It was the 12th year of the lease.") == []


# --- places and groups ----------------------------------------------------------------------


def test_a_place_after_number_with_its_ordinal_suffix() -> None:
    assert figures("Norland slipped 4 places to number 12th.") == [
        ("quantity", 4, "places"), ("ranking", 12, "rank")
    ]


def test_a_word_after_number_with_a_suffix_is_no_place() -> None:
    assert figures("The form said number threeth.") == []


def test_a_group_after_each_of_the_gives_its_size() -> None:
    assert figures("Members entered each of the six events held.") == [("quantity", 6, "events")]


def test_a_group_after_the_alone_points_back() -> None:
    assert figures("The six events were popular.") == []


# --- numbers that are no figures ------------------------------------------------------------


def test_a_year_after_on_after_a_change_in_per_cent_is_the_year_compared_with() -> None:
    assert figures("Harbour trips rose 4.2% on 2016 sailings.") == [
        ("quantity", 4.2, "percent")
    ]


def test_a_rate_charged_on_a_count_keeps_the_count() -> None:
    assert figures("They set a 2% levy on 1800 firms.") == [
        ("quantity", 2, "percent"), ("quantity", 1800, "firms")
    ]


def test_digits_after_a_count_and_an_adjective_are_a_models_number() -> None:
    assert figures("The line ordered three new 900 trams from next year.") == [("quantity", 3, "new trams")]


def test_a_count_and_a_measure_after_it_stay_two_figures() -> None:
    assert figures("The town built 3 houses 200 metres apart.") == [
        ("quantity", 3, "houses"), ("quantity", 200, "metres")
    ]


def test_the_term_of_a_financial_product_is_its_name() -> None:
    assert values("Lenders cut the three-year fix from 4.2% to 4.1%.") == [4.2, 4.1]
    assert values("Lenders priced the two-year tracker 0.2% above the seven-year equivalent.") == [0.2]
    assert values("The 10-year yield rose.") == []


def test_the_length_of_a_deal_stays_a_figure() -> None:
    assert figures("He signed a three-year deal at 4%.") == [("quantity", 3, "year"), ("quantity", 4, "percent")]


def test_the_length_of_periods_counted_in_a_streak_names_them() -> None:
    assert figures("Rents rose in the fourth successive three-month period to March.") == [
        ("quantity", 4, "consecutive three-month periods")
    ]


def test_a_contracts_length_in_months_stays_a_figure() -> None:
    assert figures("They signed an 18-month contract.") == [("quantity", 18, "month")]


def test_a_participle_after_a_figure_is_no_unit() -> None:
    units = [unit for _, _, unit in figures("The firm sold 3,000 cars, with 1,200 going to fleets.")]
    assert units[0] == "cars" and "going" not in units


def test_a_gerund_before_its_noun_stays_in_the_unit() -> None:
    assert figures("It has 30 housing units.") == [("quantity", 30, "housing units")]
