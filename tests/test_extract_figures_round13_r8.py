"""Stop 13, round 8 (figures): periods, map positions and day ranges are not figures.

Every sentence is invented for these tests."""

from __future__ import annotations

from tests.extract_helpers import figures, values


def test_century_written_with_s_is_a_period() -> None:
    assert values("Mills spread along the valley in the late 1600s and early 1800s.") == []


def test_plain_count_near_a_century_stays() -> None:
    assert values("The guild had 1600 members by then.") == [1600]


def test_latitude_and_longitude_are_positions() -> None:
    assert values("The buoy drifted to 41.25N, -70.12W overnight.") == []
    assert values("Its last fix was 17.5S off the reef.") == []


def test_watts_without_a_latitude_stay() -> None:
    assert figures("Each 2.5W lamp lasts 900 hours.")[0][1] == 2.5


def test_day_range_in_words_with_a_year_is_a_date() -> None:
    assert values("Polls opened between June 8 and 9, 2031, in the hill wards.") == []
    assert values("The fair ran from June 8 to 9th.") == []


def test_count_after_a_date_without_year_stays() -> None:
    assert values("By June 8 and 40 volunteers had signed up.") == [40]


def test_readings_after_places_in_a_temps_list() -> None:
    got = figures("Top temps: Alton WA – 43.2C, Bexley WA 41.7C, Corby, WA 38.85C")
    assert got == [("quantity", 43.2, "°C"), ("quantity", 41.7, "°C"), ("quantity", 38.85, "°C")]


def test_glued_c_without_heat_words_stays_out() -> None:
    assert figures("Fleet: Alton WA – 43.2C, Bexley 41.7C") == []


def test_one_digit_model_name_in_a_heat_sentence_stays_a_name() -> None:
    assert figures("The Lumo 5C sold well in the heat.") == []


def test_scale_glued_to_a_unit_abbreviation() -> None:
    assert figures("Spain – 4.2mhl (up 3.15%)") == [("quantity", 4200000, "hectolitres"), ("quantity", 3.15, "percent")]
    assert figures("Exports hit 31bcm last year.") == [("quantity", 31000000000, "cubic metres")]


def test_other_glued_letters_stay_a_name() -> None:
    assert figures("The 4mhz chip shipped.") == []


def test_number_word_time_compound_before_a_plural_without_article() -> None:
    assert figures("Crews worked nine-hour shifts at the depot.") == [("quantity", 9, "hour")]


def test_product_term_and_one_stay_out() -> None:
    assert figures("The lender sold five-year bonds.") == []
    assert figures("He booked one-day trips.") == []


def test_two_digits_after_a_year_and_to_with_a_unit_are_the_next_figure() -> None:
    got = figures("Use fell from 90 litres in 1980 to 82 litres in 2020.")
    assert got == [("quantity", 90, "litres"), ("quantity", 82, "litres")]


def test_short_year_range_in_words_stays_a_range() -> None:
    assert figures("Between 1990 and 95 the town grew.") == []


def test_two_digits_with_a_year_of_their_own_are_a_figure() -> None:
    assert values("The town gained 12 shops in 2003 and 40 in 2012.") == [12, 40]


def test_any_noun_after_consecutive_or_successive_is_counted() -> None:
    assert figures("It was the third consecutive harvest where prices rose.") == [
        ("quantity", 3, "consecutive harvests")
    ]
    assert figures("The club posted a fifth successive loss.") == [("quantity", 5, "consecutive losses")]


def test_straight_before_a_thing_and_superlatives_stay_out() -> None:
    assert figures("It was the third straight line of code.") == []
    assert figures("It is the second consecutive highest score.") == []


def test_anniversary_of_a_named_event_is_an_age() -> None:
    assert figures("The fair marks the 40th anniversary of the treaty.") == [("quantity", 40, "years")]


def test_anniversary_without_owner_or_of_stays_an_occasion() -> None:
    assert figures("The 40th anniversary gala sold out.") == []


def test_year_before_1800_after_in_and_before_a_comma() -> None:
    assert figures("In 1652, about 40 people a day crossed the ford.") == [("quantity", 40, "people")]


def test_old_year_sized_count_with_its_noun_stays() -> None:
    assert figures("The guild met in 1652 halls.") == [("quantity", 1652, "halls")]


def test_streak_noun_before_a_head_noun_counts_nothing() -> None:
    assert figures("It was the fifth successive title race.") == []
