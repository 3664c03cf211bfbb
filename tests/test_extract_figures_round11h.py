"""Round 11 (figures, q35-q38 development): stray spaces in thousands, tolls after a
semicolon, labels and identifiers, rate denominators, ordinals and parts.

Every sentence is invented for these tests."""

from __future__ import annotations

from tests.extract_helpers import figures, values


def test_a_stray_space_after_a_thousands_comma_after_to_or_around() -> None:
    assert figures("Sales rose to around 6, 400 units last year.") == [("quantity", 6400, "units")]
    assert values("Stocks fell to 512, 318 tonnes in May.") == [512318]


def test_a_list_after_to_stays_a_list() -> None:
    assert values("Stocks fell to 5, 12 and 13 tonnes.") == [5, 12, 13]
    assert values("Stocks fell to 4, 120 and 136 tonnes.") == [4, 120, 136]


def test_one_opens_a_toll_after_a_semicolon() -> None:
    assert figures("Twelve were hurt; one rider was killed in the crash.") == [
        ("quantity", 12, None),
        ("quantity", 1, "rider"),
    ]


def test_one_after_a_semicolon_without_a_toll_is_someone() -> None:
    assert values("Twelve were hurt; one rider said the road was icy.") == [12]


def test_a_numbered_type_is_a_label() -> None:
    assert values("Adults with type 2 asthma were excluded from 14 clinics.") == [14]


def test_a_count_after_type_stays_a_count() -> None:
    assert values("Of this type 40 were sold in May.") == [40]
    assert values("Of this type 40 tonnes were sold in May.") == [40]


def test_a_numbered_paper_of_a_series_is_an_identifier() -> None:
    assert values("In a study (Harbour Discussion Paper 41277), 12 authors report.") == [12]


def test_a_count_after_a_lower_case_paper_stays_a_count() -> None:
    assert values("The paper 40 scientists signed was sent.") == [40]


def test_the_base_of_a_rate_after_for_every_is_no_figure() -> None:
    assert figures("The toll rose to 1.7 injuries for every 100 km driven.") == [("quantity", 1.7, "injuries")]


def test_the_base_after_one_for_every_stays_the_figure() -> None:
    assert 900 in values("There was one crash for every 900 flights.")


def test_a_large_ordinal_after_the_counts_its_noun() -> None:
    assert figures("Fans saw the 3,000th match ever staged here.") == [("quantity", 3000, "matches")]
    assert figures("The 1500th match was played in Leeds.") == [("quantity", 1500, "matches")]


def test_a_small_ordinal_of_a_label_word_is_a_place_in_a_series() -> None:
    assert values("The 3rd match was played in Leeds.") == []
    assert values("The 2,000th minute of play came late.") == []


def test_an_ordinal_after_was_before_at_and_a_score_is_a_place() -> None:
    assert figures("Kestrel was third at 12 percent in the poll.") == [
        ("ranking", 3, "rank"),
        ("quantity", 12, "percent"),
    ]


def test_a_fraction_before_at_and_a_score_is_no_place() -> None:
    assert values("A third at 12 percent was late.") == [12]


def test_an_ordinal_before_straight_counts_a_streak() -> None:
    assert figures("The club drew its fifth straight sellout on Sunday.") == [
        ("quantity", 5, "consecutive sellouts")
    ]


def test_a_modified_noun_after_straight_stays_no_streak() -> None:
    assert values("The club had its fifth straight home sellout.") == []


def test_a_digit_ordinal_in_apposition_within_a_group_is_a_place() -> None:
    assert figures("The new ferry, the 41st in the fleet, sails today.") == [("ranking", 41, "rank")]


def test_a_digit_ordinal_in_apposition_alone_is_no_place() -> None:
    assert figures("The new ferry, the 41st, sails today.") == []


def test_half_after_a_fronted_partitive_is_a_share() -> None:
    assert figures("Of the 800 staff polled, half said they were tired.") == [
        ("quantity", 800, "staff"),
        ("quantity", 50, "percent"),
    ]


def test_half_after_another_fronted_phrase_stays_none() -> None:
    assert values("In the first season, half were lost.") == []
    assert values("Of course, half were lost.") == []


def test_one_in_every_four_is_a_share() -> None:
    assert figures("That means one in every four adults is not insured.") == [("quantity", 25, "percent")]


def test_in_every_four_days_stays_a_span() -> None:
    assert figures("He came in every four days.") == [("quantity", 4, "days")]


def test_a_year_before_a_singular_in_ss_is_a_year() -> None:
    assert values("They plan a larger 2031 class with 40 tutors.") == [40]


def test_a_year_sized_number_before_a_plural_stays_a_count() -> None:
    assert values("They sold 1800 buses.") == [1800]


def test_multiplied_by_a_whole_and_a_half_is_a_multiple() -> None:
    assert figures("The band has multiplied its fan base by over three and a half.") == [
        ("quantity", 3.5, "times")
    ]


def test_grew_by_a_whole_and_a_half_of_a_unit_stays_a_measure() -> None:
    assert figures("The wall grew by two and a half metres.") == [("quantity", 2.5, "metres")]


def test_a_dash_after_to_date_is_a_minus() -> None:
    assert figures("Output for the year to date –2.5% lower than a year ago.") == [("quantity", -2.5, "percent")]


def test_a_dash_after_a_name_in_a_list_stays_a_dash() -> None:
    assert values("Ostland –12.5%, Westmark –8.1%.") == [12.5, 8.1]


def test_the_base_after_a_decimal_count_and_for_is_no_figure() -> None:
    assert figures("The toll fell to 0.8 injuries for 100 million km driven.") == [("quantity", 0.8, "injuries")]


def test_a_whole_count_before_for_keeps_the_figure_after() -> None:
    assert values("The bank lent 40 loans for 100 farms.") == [40, 100]
