"""Round 9 (figures): codes, notes and labels that are not figures, and counts written as
ordinals or words.

Every sentence is invented for these tests."""

from __future__ import annotations

from tests.extract_helpers import figures, values


def test_digits_glued_to_a_bracketed_letter_are_a_code() -> None:
    assert values("Savers moved 64 accounts into 457(b) plans.") == [64]
    assert values("The trust, a 501(c)(3) group, paid out 80 grants.") == [80]


def test_a_spaced_bracket_after_a_count_stays_a_count() -> None:
    assert values("Savers opened 457 (a record) accounts.") == [457]


def test_exchange_rate_note_is_no_figure() -> None:
    assert values("Sales of the cheapest clocks fell 12.5 percent. ($1 = 0.91 euros)") == [12.5]
    assert values("Fares rose to £40 (£1 = $1.27) this spring.") == [40]


def test_a_sum_in_brackets_without_a_rate_stays() -> None:
    assert values("Fares rose to £40 ($51) this spring.") == [40, 51]


def test_year_after_a_quarter_label_is_a_period() -> None:
    assert values("The biggest Q3 2031 sellers were two pension funds.") == [2]
    assert values("The largest H1 2031 buyers were banks.") == []


def test_year_sized_count_without_a_quarter_label_stays() -> None:
    assert values("The Q3 plant shipped 2031 crates.") == [2031]


def test_fraction_of_one_unit_is_a_measure_in_that_unit() -> None:
    assert figures("The herd grazed some three-quarters of a kilometre from the road.") == [
        ("quantity", 0.75, "kilometre")
    ]


def test_fraction_of_a_span_of_time_stays_no_figure() -> None:
    assert figures("A third of the year was spent at sea.") == []


def test_fourths_are_quarters() -> None:
    assert figures("Roughly three-fourths of new hires were in retail.") == [("quantity", 75, "percent")]


def test_fourth_of_july_is_a_date() -> None:
    assert figures("Crowds lined the route for a Fourth of July parade.") == []


def test_one_after_a_list_label_counts() -> None:
    assert figures("Harbour cranes: one crane") == [("quantity", 1, "crane")]
    assert figures("Ferries: one vessel, two tugs") == [("quantity", 1, "vessel"), ("quantity", 2, "tugs")]


def test_one_after_a_colon_in_prose_stays_no_count() -> None:
    assert figures("The coach's advice: one more lap.") == []


def test_one_opening_a_toll_of_harm_counts() -> None:
    assert figures("One barn confirmed destroyed") == [("quantity", 1, "barn")]
    assert figures("One rider was injured near the bridge.") == [("quantity", 1, "rider")]


def test_one_opening_a_quote_attribution_stays_no_count() -> None:
    assert figures("One farmer said the barns were destroyed.") == []


def test_place_after_finishing_is_a_rank() -> None:
    assert figures("Delmar led the year, with Orvik finishing second on 812 sales.") == [
        ("ranking", 2, "rank"), ("quantity", 812, "sales")
    ]


def test_finishing_an_ordinal_part_stays_no_rank() -> None:
    assert figures("After finishing the second lap the rider stopped.") == []


def test_owner_ordinal_counts_past_a_closing_dash() -> None:
    assert figures("Every pup in this — our 9th —tally sets a mark.") == [("quantity", 9, "tallies")]


def test_ordinal_before_a_dash_and_a_clause_stays_no_count() -> None:
    assert figures("It was our 9th – and the last – tally.") == []


def test_ordinal_of_a_thing_for_a_named_owner_counts() -> None:
    assert figures("It was the sixth voyage for Harbour Lines Ltd, a private carrier.") == [
        ("quantity", 6, "voyages")
    ]


def test_ordinal_for_a_possessive_or_a_common_noun_stays_no_count() -> None:
    assert figures("It was the second reason for Orvik's fall.") == []
    assert figures("It was the second voyage for the carrier.") == []


def test_completing_the_nth_span_of_an_undertaking_is_a_duration() -> None:
    assert figures("The crew finished the 6th week of the count with 52 sightings.") == [
        ("quantity", 6, "weeks"), ("quantity", 52, "sightings")
    ]


def test_the_nth_week_of_a_month_stays_a_date() -> None:
    assert figures("The crew finished the third week of May on the ridge.") == []


def test_ordinal_suffix_on_a_plural_unit_of_time_after_a_verb_is_a_count() -> None:
    assert figures("She logged 1,204th hours aloft by the spring.") == [("quantity", 1204, "hours")]


def test_ordinals_listed_before_a_plural_stay_places() -> None:
    assert figures("Rain fell on the 3rd and 4th days of the fair.") == []


def test_an_age_band_naming_a_group_is_no_figure() -> None:
    assert figures("For 14-15-year-olds the fee will go up by £2 to £9.") == [
        ("quantity", 2, "GBP"), ("quantity", 9, "GBP")
    ]
    assert values("The band for 14-15 year olds began in 2031.") == []
    assert values("Falls among 35- to 44-year-olds eased 6%.") == [6]


def test_one_age_and_the_age_of_things_stay() -> None:
    assert values("For 19-year-olds the fee is £9.") == [19, 9]
    assert values("The ferries are 30-35 years old.") == [30, 35]


def test_the_span_of_an_average_is_a_period() -> None:
    assert figures("The Westdale pool beat its 8-year swim average by 2.4 percent.") == [
        ("quantity", 2.4, "percent")
    ]


def test_a_high_over_a_span_keeps_its_span() -> None:
    assert values("Fares hit an 8-year high of 6.1 percent.") == [8, 6.1]


def test_participle_defining_which_one_is_no_rank() -> None:
    assert figures("The side finishing third isn’t in the league any more.") == []
    assert figures("The side finishing third isn't in the league any more.") == []


def test_number_word_closing_a_level_held_counts() -> None:
    assert values("The mean over the decade also stood at seven.") == [7]
    assert values("The toll remained at nine, officials said.") == [9]


def test_number_word_after_at_as_a_clock_time_stays_out() -> None:
    assert values("The talk is at seven.") == []
