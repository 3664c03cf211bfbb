"""extract: number formats of round 13: decimal commas ("6,3%", "7,5-million"), thousands set
off by spaces after a glued currency code ("RM12 500 million").

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

from generator.extract import extract_facts
from generator.ingest import parse_document
from tests.extract_helpers import figures, values

# --- decimal commas -------------------------------------------------------------------------


def test_a_decimal_comma_before_a_percent_sign() -> None:
    assert figures("Ferry revenue rose 6,3% in the half, and parking fees 2,75 per cent.") == [
        ("quantity", 6.3, "percent"), ("quantity", 2.75, "percent")
    ]


def test_a_decimal_comma_before_a_scale_word_or_suffix() -> None:
    assert values("The co-operative signed up 7,5-million members and raised 5,8bn.") == [7500000, 5800000000]
    assert values("Tollgate traffic reached 1,4 million cars.") == [1400000]


def test_a_decimal_comma_before_a_unit_abbreviation() -> None:
    assert figures("The new pipeline adds 4,5 km of water mains.") == [("quantity", 4.5, "km")]


def test_a_comma_before_three_digits_stays_a_thousands_separator() -> None:
    assert values("The depot handled 6,300 crates and 2,750 pallets.") == [6300, 2750]


def test_a_comma_and_a_space_part_two_figures() -> None:
    assert values("In 2021, 45 kiosks opened.") == [45]
    assert values("Bays 1, 2 and 3 are closed.") == [1, 2, 3]


def test_a_comma_and_digits_with_no_unit_after_is_no_decimal() -> None:
    # No sign, scale or unit says the comma is a decimal one: the pair is left, as before.
    assert values("The referees gave 3,4 and 5.") == [5]


# --- thousands set off by spaces, after a glued currency code ---------------------------------


def test_a_glued_code_reads_thousands_set_off_by_spaces() -> None:
    assert figures("The lender booked RM14 250 million in fees.") == [("quantity", 14250000000, "MYR")]


def test_a_glued_code_reads_a_decimal_comma_and_a_hyphenated_scale() -> None:
    assert figures("The port spent RM2,5-billion on cranes.") == [("quantity", 2500000000, "MYR")]


def test_a_glued_code_alone_stays_a_name() -> None:
    assert values("The RM2 model sold 400 units.") == [400]


# --- ranges of whole numbers written with a dash ----------------------------------------------


def test_a_dashed_range_of_counts_gives_both_ends() -> None:
    assert figures("The yard will build 4-5 ferries next year.") == [
        ("quantity", 4, "ferries"), ("quantity", 5, "ferries")
    ]
    assert values("The market hosts 120-150 stalls and 3-4 more fairs.") == [120, 150, 3, 4]


def test_a_dashed_range_before_a_name_and_model_number_gives_both_ends() -> None:
    assert values("The airline flies 6-7 Condor 40 jets a day.") == [6, 7]


def test_a_score_a_code_a_time_and_labels_stay_as_they_were() -> None:
    assert values("The hosts won 3-1 on Sunday.") == [3, 1]  # a score: both sides
    assert values("Call 555-1234 today.") == [555]
    assert values("The gates open 9-11 am daily.") == []  # both ends of a span of clock times (dates.py)
    assert values("Pages 4-5 list the fees.") == []  # a span of labels (labels.py)
    assert values("The coach picked a 4-4-2 system.") == [4]


# --- basis points abbreviated -------------------------------------------------------------------


def test_basis_points_abbreviated_glued_or_spaced() -> None:
    assert figures("The lender's bad-debt ratio eased from 88bps to 71 bps.") == [
        ("quantity", 88, "basis points"), ("quantity", 71, "basis points")
    ]
    assert figures("The central bank lifted its rate by 50bp to 6.5%.") == [
        ("quantity", 50, "basis points"), ("quantity", 6.5, "percent")
    ]


def test_bp_without_a_rate_or_in_capitals_is_no_basis_point() -> None:
    assert figures("The lab sequenced a 300 bp stretch of the gene.") == [("quantity", 300, "bp stretch")]
    assert values("The BP 40 depot reopened.") == []


# --- a dollar sign before the country's letters --------------------------------------------------


def test_a_dollar_sign_before_the_country_letters() -> None:
    assert figures("The winery's half-year profit slid to $US31.4m.") == [("quantity", 31400000, "USD")]
    assert figures("The port sold for $NZ2.6 billion.") == [("quantity", 2600000000, "NZD")]


def test_a_plain_dollar_sum_and_a_word_after_a_dollar_sign_keep_their_reading() -> None:
    assert figures("The port sold for $2.6 billion.") == [("quantity", 2600000000, "USD")]
    assert values("The $USB hub sold out.") == []


# --- a number word before capitalised modifiers and a lower-case one ------------------------------


def test_a_number_word_before_capitals_a_modifier_and_a_plural_noun_counts() -> None:
    assert figures("The rocket carried two Nordic Polar weather satellites.") == [
        ("quantity", 2, "weather satellites")
    ]


def test_a_number_word_before_capitals_and_a_singular_noun_stays_no_count() -> None:
    assert values("Two Harbour Town side Rovers lost.") == []


# --- "thousand" written between a number and a group of three digits -----------------------------


def test_thousand_between_a_number_and_three_digits_joins_them() -> None:
    assert values("Exports reached 38 thousand 415 million pesos in the year.") == [38415000000]
    assert values("The fair drew 21 thousand 306 visitors.") == [21306]


def test_thousand_alone_or_before_fewer_digits_keeps_its_reading() -> None:
    assert values("The fair drew 21 thousand visitors.") == [21000]
    assert values("About 6 thousand 40 stalls opened.") == [6000, 40]


# --- the last group of a sum in a sign this reader does not know ------------------------------


def test_a_group_and_scale_after_a_number_glued_to_letters_is_no_figure_of_its_own() -> None:
    # "XQ" stands for a currency sign the reader does not know: 14 250 million, never 250 million.
    assert values("Net income: XQ14 250 million, up 9%.") == [9]


def test_a_group_after_a_free_number_or_without_a_scale_keeps_its_reading() -> None:
    assert values("Net income was 14 250 million.") == [14250000000]
    assert figures("Flight QX14 carried 250 passengers.") == [("quantity", 250, "passengers")]


# --- a bare decimal comma, in a document that writes its decimals with a comma -------------------


_HARBOUR = "The harbour board lifted cargo by 6,3% to 7,5-million tonnes"


def _document_figures(body: str) -> list[tuple[object, str | None]]:
    return [(f.value, f.unit) for f in extract_facts(parse_document(f"Harbour results\n\n{body}\n", "d", "d.txt", "0"))]


def test_a_bare_decimal_comma_in_a_document_of_decimal_commas() -> None:
    body = f"{_HARBOUR}.\n\nIts cover ratio rose to 2,75 times."
    assert _document_figures(body) == [(6.3, "percent"), (7500000, "tonnes"), (2.75, "times")]


def test_a_bare_comma_pair_in_a_list_or_beside_comma_thousands_keeps_its_reading() -> None:
    listed = f"{_HARBOUR}.\n\nBerths 1,2 and 3 reopened."
    assert (1.2, None) not in _document_figures(listed)
    thousands = f"{_HARBOUR}, or 4,200 ships.\n\nIts cover ratio rose to 2,75 times."
    assert (2.75, "times") not in _document_figures(thousands)
