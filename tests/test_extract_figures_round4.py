"""extract: figure shapes found on a fourth set of real articles: South Asian scales, rank
moves, ordinal counts, shares written "N out of M" and labels that are no figures.

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

from generator.extract import read_sentence
from generator.ingest import parse_document
from tests.extract_helpers import figures


def sentences(body: str) -> list[str]:
    return [s.text for s in parse_document(f"Title\n\n{body}\n", "doc", "doc.txt", "0" * 64).sentences]


# --- lakh and crore ------------------------------------------------------------------------


def test_rs_with_a_period_does_not_end_the_sentence() -> None:
    assert sentences("The new bridge cost Rs. 412 crore. Work ends in May.") == [
        "The new bridge cost Rs. 412 crore.", "Work ends in May."
    ]


def test_crore_and_lakh_are_scales() -> None:
    assert figures("The new bridge cost Rs. 412 crore.") == [("quantity", 4_120_000_000, "INR")]
    assert figures("The fair drew 3 lakh visitors.") == [("quantity", 300_000, "visitors")]
    assert figures("Tickets worth 27 lakh rupees were sold.") == [("quantity", 2_700_000, "INR")]


def test_a_sum_without_an_indian_scale_is_unchanged() -> None:
    assert figures("The new bridge cost Rs. 412 million.") == [("quantity", 412_000_000, "INR")]
    assert figures("The fair drew 3 thousand visitors.") == [("quantity", 3000, "visitors")]


# --- rank moves ----------------------------------------------------------------------------


def ranks(text: str) -> list[object]:
    return [f.value for f in read_sentence(text).figures if f.kind == "ranking"]


def test_both_ordinals_of_a_rank_move_are_ranks() -> None:
    assert ranks("Peru, which jumped from 31st to 22nd, and Chile, from 22nd to 15th, led the table.") == [
        31, 22, 22, 15
    ]
    assert ranks("Exports rose from ninth to sixth among the members.") == [9, 6]


def test_a_move_counted_in_places_ends_at_a_rank() -> None:
    assert ranks("The slump pushes Peru down three places to 44th.") == [44]
    assert ranks("Chile climbed four spots to ninth.") == [9]


def test_a_move_between_floors_or_days_is_no_rank() -> None:
    assert ranks("The office moved from 3rd to 5th floor.") == []
    assert ranks("The lift rose from the 3rd to the 5th floor.") == []
    assert ranks("The fair moved from 1st to 3rd March.") == []
    # Without a word of ranks or moving, "from 4th to 6th" is no rank move.
    assert ranks("Tickets are valid from 4th to 6th.") == []


def test_an_ordinal_word_in_brackets_after_a_name_is_its_place() -> None:
    assert ranks("The Kingdom of Norway (fourth) trailed the leaders.") == [4]


def test_an_ordinal_word_after_a_name_without_brackets_is_no_place() -> None:
    # One alone is no list of places (a list of two or more is: see round 6).
    assert ranks("Norway second.") == []
    assert ranks("Norway (second half) scored twice.") == []


# --- ordinal counts ------------------------------------------------------------------------


def test_an_owner_counts_its_editions_and_weeks() -> None:
    assert figures("The fair is into its 12th edition.") == [("quantity", 12, "editions")]
    assert figures("She starts her 150th week at the top.") == [("quantity", 150, "weeks")]


def test_an_ordinal_after_record_counts_the_phrase_head() -> None:
    assert figures("The club topped the table for a record sixth time during the spring.") == [
        ("record", 6, "times")
    ]
    assert figures("She begins a record-extending 150th week as leader.") == [("record", 150, "weeks")]
    assert figures("It won a record-breaking fourth league cup title Friday in Oslo.") == [("record", 4, "titles")]


def test_a_count_before_champion_is_titles() -> None:
    assert figures("The 12-time world champion Ana Lee won again.") == [("quantity", 12, "titles")]
    assert figures("The three-time Olympic champion retired.") == [("quantity", 3, "titles")]


def test_anniversaries_are_ages_and_minutes_and_record_places_are_no_counts() -> None:
    # An owner's anniversary is its age (round 11): 12 years, no count of anniversaries.
    assert figures("The fair marks its 12th anniversary.") == [("quantity", 12, "years")]
    assert figures("She scored in the 8th minute.") == []
    assert ranks("The team managed a record 5th place finish.") == [5]
    assert figures("The team managed a record 5th place finish.") == [("ranking", 5, "rank")]


# --- metres glued to a small number --------------------------------------------------------


def test_a_small_number_with_a_glued_m_by_a_word_of_length_is_metres() -> None:
    assert [(f.value, f.unit) for f in read_sentence("The new dive beats the depth record by 96m.").figures] == [
        (96, "metres")
    ]
    assert figures("The wall is 12m high and 30m long.") == [("quantity", 12, "metres"), ("quantity", 30, "metres")]
    assert figures("A 45m-long barge sank.") == [("quantity", 45, "metres")]


def test_a_glued_m_without_a_word_of_length_or_with_money_is_unchanged() -> None:
    assert figures("The deep-sea firm sold 45m units.") == [("quantity", 45_000_000, "units")]
    assert figures("The deep-sea firm had 45m.") == []
    assert figures("The firm raised 45m to dive deeper into games.") == []
    assert figures("The firm spent £45m on a deep mine.") == [("quantity", 45_000_000, "GBP")]


# --- "N out of M" shares -------------------------------------------------------------------


def test_n_out_of_ten_is_a_share() -> None:
    assert figures("This contrasts with eight out of ten voters being online in 2020.") == [
        ("quantity", 80, "percent")
    ]
    assert figures("Seven out of 10 adults agree.") == [("quantity", 70, "percent")]


def test_out_of_a_number_in_digits_is_still_a_count() -> None:
    # The whole after "out of" is a figure too (round 10: every measured set annotates it).
    assert figures("She won 7 out of 12 matches.") == [("quantity", 7, "matches"), ("quantity", 12, "matches")]


# --- identifiers ---------------------------------------------------------------------------


def test_an_identifier_after_id_or_number_is_a_label() -> None:
    assert figures("See ticket ID 51277 for the details.") == []
    assert figures("The form number 51277 was filed.") == []
    assert figures("The claim No. 60413 was closed.") == []


def test_a_rank_or_a_count_near_id_or_number_stays() -> None:
    assert ranks("He is No. 1 in the world.") == [1]
    assert ranks("It was a number 3 hit.") == [3]
    assert figures("The ID of 40 staff was checked.") == [("quantity", 40, "staff")]


# --- a number glued to a preposition -------------------------------------------------------


def test_a_number_glued_to_a_preposition_is_read() -> None:
    assert figures("Its share rose from8.3 percent to 9.6 percent.") == [
        ("quantity", 8.3, "percent"), ("quantity", 9.6, "percent")
    ]


def test_a_number_glued_to_another_word_stays_a_name() -> None:
    assert figures("The Win10 and plugin2 builds shipped 30 units.") == [("quantity", 30, "units")]
