"""extract: figure shapes found by reading articles the extractor had never seen: pence,
more currencies, minus signs, temperatures, durations, ranks moved from, hyphenated counts.

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import figures

# --- pence ---------------------------------------------------------------------------------


def test_pence_glued_to_a_number_are_a_sum_in_pence() -> None:
    assert figures("The bakery paid a dividend of 3.15p a share.") == [("quantity", 3.15, "GBp")]
    # With decimals elsewhere in the sentence, or a word of money, a whole number is pence too.
    assert figures("The interim payout was 1.5p, taking the total to 4p.") == [
        ("quantity", 1.5, "GBp"), ("quantity", 4, "GBp")
    ]
    assert figures("A loaf now costs 12p more at the village shop.") == [("quantity", 12, "GBp")]
    assert figures("Cider duty rose by 7 pence a litre.") == [("quantity", 7, "GBp")]


def test_a_glued_p_that_is_no_money_stays_out() -> None:
    # A video mode, and a glued "p" with no money around it.
    assert figures("The ferry camera records 720p video at dawn.") == []
    assert figures("The kiosk sells tickets for 1080p screens at a price of £90.") == [("quantity", 90, "GBP")]
    assert figures("The 4p rule of the rowing club was dropped.") == []


# --- currencies ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll road cost RM1.85 billion to build.", (1_850_000_000, "MYR")),
        ("The toll road cost RM 640 million to build.", (640_000_000, "MYR")),
        ("The ferry ticket costs Rs.35 each way.", (35, "INR")),
        ("The ferry ticket costs Rs 1,250 each way.", (1250, "INR")),
        ("Dairy exports reached ₺4.1 billion.", (4_100_000_000, "TRY")),
        ("Dairy exports reached ₦72 billion.", (72_000_000_000, "NGN")),
        ("Dairy exports reached ₱9 million.", (9_000_000, "PHP")),
        ("Dairy exports reached ₪3 million.", (3_000_000, "ILS")),
        ("Dairy exports reached ₴6 billion.", (6_000_000_000, "UAH")),
        ("The mill earned MYR 2.2 billion.", (2_200_000_000, "MYR")),
        ("The mill earned 7,400 TWD.", (7400, "TWD")),
        ("The mill earned PKR 90 million.", (90_000_000, "PKR")),
        ("The mill earned USD1.5bn.", (1_500_000_000, "USD")),
        ("The mill earned 30 billion baht.", (30_000_000_000, "THB")),
        ("The mill earned 8 trillion rupiah.", (8_000_000_000_000, "IDR")),
        ("The mill earned 45 million lira.", (45_000_000, "TRY")),
        ("The mill earned 600 million naira.", (600_000_000, "NGN")),
        ("The mill earned 12 million zloty.", (12_000_000, "PLN")),
        ("The mill earned 3 million ringgit.", (3_000_000, "MYR")),
    ],
)
def test_more_currencies(text: str, expected: tuple[object, str]) -> None:
    assert figures(text) == [("quantity", *expected)]


def test_letters_glued_to_a_small_number_stay_a_name() -> None:
    # Near misses: a model name is letters glued to a plain number.
    assert figures("The RM2 router and the USD5 cable shipped.") == []
    assert figures("The Rs3 sensor failed.") == []


# --- minus signs ---------------------------------------------------------------------------


def test_a_hyphen_after_a_preposition_or_verb_is_a_minus() -> None:
    assert figures("The ferry balance was revised from -3,400 to -5,100.") == [
        ("quantity", -3400, None), ("quantity", -5100, None)
    ]
    assert figures("Orchard output showed a fall at -18%.") == [("quantity", -18, "percent")]
    # A signed change in brackets keeps its sign, in a list of names too.
    assert figures("Cider exports fell (-6.2%) in the valley.") == [("quantity", -6.2, "percent")]
    assert figures("Falls came in Ostland (-4.1%) and Westmark (−2.5%).") == [
        ("quantity", -4.1, "percent"), ("quantity", -2.5, "percent")
    ]
    assert figures("Losses, -$2 million, hit the kiln.") == [("quantity", -2_000_000, "USD")]
    # A true minus sign is always one.
    assert figures("Lake Varn stood at \u22124.5 metres, Lake Ost \u22122.1 metres.") == [
        ("quantity", -4.5, "metres"), ("quantity", -2.1, "metres")
    ]


def test_a_hyphen_after_a_name_or_a_digit_is_no_minus() -> None:
    # A dash in a list of names, a range; a plus stays positive.
    assert figures("Ostland -12.5, Westmark -8.1: the survey lists changes.") == [
        ("quantity", 12.5, None), ("quantity", 8.1, None)
    ]
    assert figures("Ferry traffic changed little (+3,100).") == [("quantity", 3100, None)]
    assert figures("Cider sales rose 5-10% in the valley.") == [("quantity", 5, "percent"), ("quantity", 10, "percent")]


# --- temperatures --------------------------------------------------------------------------


def test_a_temperature_takes_its_scale_as_unit() -> None:
    assert figures("The lake was 0.4°C warmer than its mean of 11.0°C.") == [
        ("quantity", 0.4, "°C"), ("quantity", 11, "°C")
    ]
    assert figures("Kilns must stay under the 3° C margin.") == [("quantity", 3, "°C")]
    assert figures("The greenhouse reached 31.5 degrees Celsius, or 88.7 degrees Fahrenheit.") == [
        ("quantity", 31.5, "°C"), ("quantity", 88.7, "°F")
    ]


def test_degrees_without_a_scale_are_no_temperature() -> None:
    # An angle, and plain degrees.
    assert figures("The ferry ramp turns 45° at the pier.") == [("quantity", 45, None)]
    assert figures("The slope rises 12 degrees near the summit.") == [("quantity", 12, "degrees")]


# --- durations counted from now ----------------------------------------------------------


def test_a_duration_counted_from_now_is_a_figure() -> None:
    assert figures("For the next three years the dredger will clear the harbour.") == [("quantity", 3, "years")]
    assert figures("Each of the past five years was wetter than the one before.") == [("quantity", 5, "years")]
    assert figures("Each of the last six decades saw a new pier.") == [("quantity", 6, "decades")]


def test_a_window_in_which_a_figure_holds_stays_time_scope() -> None:
    # A reporting window and a span up to a date are time scope; a window counted from now is
    # a length the story tells (periods.py), unless a comparison is set against it.
    assert figures("Pier tolls rose 6% over the next two quarters.") == [
        ("quantity", 6, "percent"), ("quantity", 2, "quarters")
    ]
    assert figures("Pier tolls rose 6% in the past three years.") == [
        ("quantity", 6, "percent"), ("quantity", 3, "years")
    ]
    assert figures("Pier tolls rose faster than in the past three years.") == []
    assert figures("Pier tolls rose 6% for the first two quarters of the year.") == [("quantity", 6, "percent")]
    assert figures("Pier tolls rose 6% in the three months ended June.") == [("quantity", 6, "percent")]


# --- ranks moved from ----------------------------------------------------------------------


def test_the_rank_moved_from_is_a_rank() -> None:
    assert figures("The port rose from 7th to 4th place in cargo.") == [("ranking", 7, "rank"), ("ranking", 4, "rank")]
    assert figures("The ferry line fell from second to fifth position.") == [
        ("ranking", 2, "rank"), ("ranking", 5, "rank")
    ]


def test_ordinals_moved_between_that_are_no_rank_stay_out() -> None:
    # Floors and centuries: no rank word after the second ordinal.
    assert figures("The office moved from the 3rd to the 6th floor.") == []
    assert figures("The mill ran from the 18th to the 19th century.") == []


def test_a_hyphenated_length_of_a_period_is_time_scope() -> None:
    assert figures("Cider exports totalled 40,000 barrels over the 9-month period.") == [
        ("quantity", 40000, "barrels")
    ]
    assert figures("Cider exports totalled 40,000 barrels in a three-year window.") == [
        ("quantity", 40000, "barrels")
    ]
    # Near miss: a hyphenated length of something that is no period.
    assert figures("The crew finished a 9-month voyage.") == [("quantity", 9, "month")]


# --- counts joined by a hyphen, in words -----------------------------------------------------


def test_a_number_word_joined_to_a_noun_counts_it() -> None:
    assert figures("The eight-wheel tractor crossed the dunes.") == [("quantity", 8, "wheel")]
    assert figures("Dockers began a three-day strike at the pier.") == [("quantity", 3, "day")]
    # "flew twice" counts two flights (repeats.py).
    assert figures("Its four-seat glider flew twice.") == [("quantity", 4, "seat"), ("quantity", 2, "times")]


def test_number_word_compounds_that_are_no_count_stay_out() -> None:
    # A name, an idiom, a fraction, an adjective, an age, "one".
    assert figures("The Four-Day Week campaign grew.") == []
    assert figures("It is a two-way street with a one-off toll.") == []
    assert figures("A two-thirds majority backed a three-dimensional map.") == []
    # An age is no count of years joined to a noun: it is read as "A 3-year-old colt" is.
    assert figures("A three-year-old colt won.") == [("quantity", 3, "year-old")]


# --- plural possessives ----------------------------------------------------------------------


def test_a_number_after_a_plural_possessive_is_a_figure() -> None:
    assert figures("The Harriers have 27 wins, against the Rovers' 25.") == [
        ("quantity", 27, "wins"), ("quantity", 25, "wins")
    ]


def test_a_number_after_a_name_stays_a_label() -> None:
    assert figures("Cargo on the Orca 3 ferry rose 4%.") == [("quantity", 4, "percent")]


def test_a_number_word_after_a_possessive_counts() -> None:
    # "its two ferries" gives a count; "the two ferries" points back at one already given.
    assert figures("The harbour opened with its two ferries in spring.") == [("quantity", 2, "ferries")]
    assert figures("Later the two ferries sailed to the islands.") == []
