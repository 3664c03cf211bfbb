"""extract: figure shapes of round 12b: fraction words with no number beside them (a share
of a group named before, a participle after the share, a speaker's own share, a change as a
share), ordinal places before a superlative or a hyphenated "placed", and numbers that count
nothing (a number word after "no", a year before its verb, numbers listed after a plural
label word, the length of time that names a report).

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

from tests.extract_helpers import figures

# --- fraction words alone ---------------------------------------------------------------------


def test_a_share_of_a_group_by_where_it_comes_from() -> None:
    assert figures("A quarter from Tarnby, 30 per cent from the hills.") == [
        ("quantity", 25, "percent"), ("quantity", 30, "percent")
    ]


def test_a_place_counted_from_an_end_is_no_share() -> None:
    assert figures("The marker sat a third from the left of the frame.") == []


def test_a_plural_share_before_a_participle_is_the_subject() -> None:
    assert figures("Ferries were full, with nearly three-quarters carrying freight.") == [
        ("quantity", 75, "percent")
    ]


def test_a_span_of_quarters_running_stays_a_count_of_quarters() -> None:
    assert figures("Exports slowed for three quarters running.") == [("quantity", 3, "quarters")]


def test_half_of_a_speakers_own_group_is_a_share() -> None:
    assert figures("Tours bring in about half of our spring bookings.") == [("quantity", 50, "percent")]


def test_half_of_a_plain_span_stays_no_share() -> None:
    assert figures("The second half of our trip was calm.") == []


def test_a_change_given_as_a_share_with_its_comparison() -> None:
    assert figures("Orders were a quarter up on a year earlier.") == [("quantity", 25, "percent")]
    assert figures("Fares rose by more than a third last spring.") == [("quantity", 33.3, "percent")]


def test_a_fraction_without_a_comparison_or_before_a_noun_stays_no_share() -> None:
    assert figures("The hiker stood a quarter up the ridge.") == []
    assert figures("The bill grew by a third party levy.") == []


# --- ordinal places ---------------------------------------------------------------------------


def test_an_ordinal_before_a_superlative_is_a_place() -> None:
    assert figures("The office listed the spring as the 4th driest since its series began.") == [
        ("ranking", 4, "rank")
    ]


def test_an_ordinal_before_a_noun_in_est_stays_no_place() -> None:
    assert figures("The 5th interest payment was late.") == []


def test_a_hyphenated_placed_is_a_place() -> None:
    assert figures("Gate United came after a 9th-placed finish.") == [("ranking", 9, "rank")]


# --- numbers that count nothing -------------------------------------------------------------


def test_no_before_a_number_word_counts_nothing() -> None:
    assert figures("No two maps are drawn alike.") == []


def test_a_number_word_without_no_still_counts() -> None:
    assert figures("The town has two ways in.") == [("quantity", 2, "ways")]


def test_a_year_before_a_verb_with_its_object_is_a_year() -> None:
    assert figures("The survey for 2031 shows a 12% rise in ferry trips.") == [("quantity", 12, "percent")]


def test_a_year_sized_count_of_shows_stays_a_count() -> None:
    assert figures("The troupe staged 2000 shows a year.") == [("quantity", 2000, None)]


def test_a_plural_label_word_labels_each_number_of_its_list() -> None:
    assert figures("The pass may decide Stages 4, 7, 9 and 12 of the race.") == []


def test_a_list_of_counts_without_a_label_word_stays_counts() -> None:
    # (the noun written once after the last member counts all three: list_units.series_units)
    assert figures("She won 3, 5 and 8 medals.") == [
        ("quantity", 3, "medals"), ("quantity", 5, "medals"), ("quantity", 8, "medals")
    ]


def test_a_length_of_time_naming_a_report_is_no_figure() -> None:
    assert figures("Seven month results.") == []
    assert figures("The mill posted its six-month results on Friday.") == []


def test_a_length_of_time_of_a_contract_stays_a_figure() -> None:
    assert figures("The mill signed a seven month contract.") == [("quantity", 7, "month")]
