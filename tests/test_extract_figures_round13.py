"""extract: figure shapes of round 13: ordinals past twenty written as words ("sixty-third",
"ninety-ninth"), ...

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

from tests.extract_helpers import figures

# --- compound ordinal words -----------------------------------------------------------------


def test_a_compound_ordinal_word_is_a_rank() -> None:
    assert figures("The harbour town was placed sixty-third the year before.") == [("ranking", 63, "rank")]
    assert figures("Its rowing crew finished ninety-ninth.") == [("ranking", 99, "rank")]
    assert figures("The village climbed to thirty-fourth place.") == [("ranking", 34, "rank")]


def test_a_compound_ordinal_word_counts_like_a_simple_one() -> None:
    assert figures("The guild's fifty-seventh annual fair opened.") == [("quantity", 57, "annual fairs")]
    assert figures("The bakery won for the twenty-fourth time.") == [("quantity", 24, "times")]
    assert figures("It was the seventieth edition of the fair.") == [("quantity", 70, "editions")]


def test_twenty_second_before_a_part_of_time_is_an_ordinal() -> None:
    assert figures("It is the twenty-second year the rowing club has staged the regatta.") == [
        ("quantity", 22, "years")
    ]


def test_a_tens_second_before_another_noun_stays_a_length_of_seconds() -> None:
    assert figures("The brewer ran a thirty-second advert.") == [("quantity", 30, "second")]


def test_a_tens_word_alone_stays_a_cardinal() -> None:
    assert figures("The town slipped forty places in the table.") == [("quantity", 40, "places")]


def test_a_compound_ordinal_opening_a_title_is_no_figure() -> None:
    assert figures("The cafe moved to Forty-Second Street.") == []


# --- a measure after a capitalised word -------------------------------------------------------


def test_a_spelled_unit_after_a_name_and_number_makes_a_measure() -> None:
    assert figures("The probe drops its lander above Kestrel Ridge 420 seconds, or about 7 minutes, after launch.") == [
        ("quantity", 420, "seconds"), ("quantity", 7, "minutes")
    ]
    assert figures("The ferry left Tarbert 35 minutes late.") == [("quantity", 35, "minutes")]


def test_a_name_and_number_before_another_noun_stays_a_name() -> None:
    assert figures("The Falcon 9 rocket flew 12 times.") == [("quantity", 12, "times")]
    assert figures("The Kestrel 4 season opens soon.") == []


# --- "one" and a unit of time after a word of duration ----------------------------------------


def test_one_and_a_unit_of_time_after_a_word_of_duration_is_a_span() -> None:
    assert figures("The council put off the vote for one week.") == [("quantity", 1, "week")]
    assert figures("The lease was extended by one year.") == [("quantity", 1, "year")]


def test_one_day_as_some_day_stays_no_figure() -> None:
    assert figures("One day the harbour will reopen.") == []
    assert figures("The mayor called one day in March.") == []


# --- the first half of a shared compound ------------------------------------------------------


def test_a_number_sharing_the_compound_after_it_is_no_count() -> None:
    assert figures("Fewer tenants now ask for three and four-bed cottages.") == []
    assert figures("The yard sells 2 or 3-seat kayaks.") == []


def test_a_number_before_a_shared_unit_of_measure_keeps_its_reading() -> None:
    assert figures("It rose two to three-fold.") == [("quantity", 2, "times"), ("quantity", 3, "times")]
    assert figures("The club bought two boats and three-seat canoes.") == [
        ("quantity", 2, "boats and three-seat canoes")
    ]


# --- a glued "m" as metres --------------------------------------------------------------------


def test_a_glued_m_pair_before_a_word_of_length_is_metres() -> None:
    assert figures("The hull was between 23m and 29m long.") == [
        ("quantity", 23, "metres"), ("quantity", 29, "metres")
    ]


def test_a_glued_m_giving_a_size_beside_metres_is_metres() -> None:
    assert figures("One wreck, at around 17m, and another, 26m long, were found.") == [
        ("quantity", 17, "metres"), ("quantity", 26, "metres")
    ]


def test_a_glued_m_giving_a_size_alone_or_with_money_stays_as_it_was() -> None:
    assert figures("One wreck, at around 17m, was found.") == []
    assert figures("The fund raised £27m for a pier 43m long.") == [("quantity", 27000000, "GBP")]


# --- a count set off after a comparison -------------------------------------------------------


def test_a_number_word_set_off_after_a_comparison_restates_it_as_a_count() -> None:
    assert figures("Last spring the yard built twice as many — six — and sold them all.") == [
        ("quantity", 6, None)
    ]
    assert figures("The club signed more - nine - than ever.") == [("quantity", 9, None)]


def test_a_number_word_after_a_comparison_in_a_list_stays_no_count() -> None:
    assert figures("Many came: more, two, three.") == []
    assert figures("The coach asked for more time — two weeks.") == [("quantity", 2, "weeks")]
