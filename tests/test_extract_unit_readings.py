"""extract: units a data desk reads as wrong though the value is right: a glued "m" before a
unit of measure (a million, not metres), "MT" after a figure, "points" beside a level in
percent (percentage points), a glued "x" (times).

Every sentence and figure here is invented. Each rule has the case it fixes and a near miss
whose reading must not change.
"""

from __future__ import annotations

from tests.extract_helpers import figures

# --- a glued "m" before a unit of measure is a million ----------------------------------------


def test_a_glued_m_before_a_unit_of_weight_is_a_million() -> None:
    assert figures("The dairy expects to collect 1,210m kg of milk solids this season.") == [
        ("quantity", 1210000000, "kg")]


def test_a_glued_m_before_a_unit_of_volume_is_a_million() -> None:
    assert figures("The mill drew 2,400m litres of river water.") == [("quantity", 2400000000, "litres")]


def test_a_glued_m_before_a_word_of_height_stays_metres() -> None:
    assert figures("The mast is 1,210m tall.") == [("quantity", 1210, "metres")]


def test_a_glued_m_before_a_race_word_stays_metres() -> None:
    assert figures("Her 5,000m times fell all season.") == [("quantity", 5000, "metres")]


# --- "MT" after a figure ------------------------------------------------------------------------


def test_mt_after_a_figure_is_its_unit() -> None:
    assert figures("Mills produced 1,245.6 MT in 2031, up from 1,190 MT.") == [
        ("quantity", 1245.6, "MT"), ("quantity", 1190, "MT")]


def test_mt_inside_a_word_is_no_unit() -> None:
    assert figures("The band won 3 MTV awards.") == [("quantity", 3, "awards")]


# --- points beside a level in percent are percentage points -----------------------------------


def test_points_ahead_of_a_level_in_percent_are_percentage_points() -> None:
    assert figures("The survey found 61% in favour, 4 points up on a year ago.") == [
        ("quantity", 61, "percent"), ("quantity", 4, "percentage points")]


def test_points_that_change_a_share_to_a_percent_are_percentage_points() -> None:
    assert figures("Its share rose 3 points to 45% in May.") == [
        ("quantity", 3, "percentage points"), ("quantity", 45, "percent")]


def test_points_restated_in_percent_stay_points() -> None:
    assert figures("The index was down 41.2 points, or 0.6%, at 7,140.")[:2] == [
        ("quantity", 41.2, "points"), ("quantity", 0.6, "percent")]


def test_points_to_a_level_not_in_percent_stay_points() -> None:
    assert figures("The index fell 41.2 points to 7,140, a 0.6% drop.")[0] == ("quantity", 41.2, "points")


def test_points_without_a_percent_in_the_sentence_stay_points() -> None:
    assert figures("The fertility rate fell 0.05 points to 1.31.")[0] == ("quantity", 0.05, "points")


def test_points_scored_beside_a_percent_stay_points() -> None:
    assert figures("He shot 48% and scored 31 points.") == [("quantity", 48, "percent"), ("quantity", 31, "points")]


# --- a glued "x" is a multiple ------------------------------------------------------------------


def test_a_glued_x_after_a_figure_is_times() -> None:
    assert figures("Orders grew 4x in the spring.") == [("quantity", 4, "times")]
    assert figures("The fund made a 2.5x return.") == [("quantity", 2.5, "times")]


def test_an_x_between_digits_is_no_multiple() -> None:
    assert figures("It sells a 4x4 truck.")[0][2] != "times"


# --- the plural of a counted noun after an ordinal ----------------------------------------------


def test_a_noun_in_f_that_turns_to_ves_is_counted_in_its_plural() -> None:
    assert figures("The ranch counted its 40th calf on Friday.") == [("quantity", 40, "calves")]
    assert figures("The bakery sold its 500th loaf of the day.") == [("quantity", 500, "loaves")]


def test_a_noun_in_f_that_keeps_it_is_counted_with_an_s() -> None:
    assert figures("The firm fixed its 300th roof this week.") == [("quantity", 300, "roofs")]
