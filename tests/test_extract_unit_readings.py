"""extract: units a data desk reads as wrong though the value is right: "MT" after a figure,
an "x" between digits (no multiple), the plural of a counted noun after an ordinal. The glued
"m" before a unit of measure, "points" beside a level in percent and the glued "x" of a
multiple have their rows and near misses in tests/test_extract_unit_matrix.py.

Every sentence and figure here is invented. Each rule has the case it fixes and a near miss
whose reading must not change.
"""

from __future__ import annotations

from tests.extract_helpers import figures

# --- "MT" after a figure ------------------------------------------------------------------------


def test_mt_after_a_figure_is_its_unit() -> None:
    assert figures("Mills produced 1,245.6 MT in 2031, up from 1,190 MT.") == [
        ("quantity", 1245.6, "MT"), ("quantity", 1190, "MT")]


def test_mt_inside_a_word_is_no_unit() -> None:
    assert figures("The band won 3 MTV awards.") == [("quantity", 3, "awards")]


# --- an "x" between digits is no multiple (the glued "x" of one: the unit matrix, mult-) --------


def test_an_x_between_digits_is_no_multiple() -> None:
    assert figures("It sells a 4x4 truck.") == []  # a kind of drive, a name (numbers._DIMENSIONS)


# --- the plural of a counted noun after an ordinal ----------------------------------------------


def test_a_noun_in_f_that_turns_to_ves_is_counted_in_its_plural() -> None:
    assert figures("The ranch counted its 40th calf on Friday.") == [("quantity", 40, "calves")]
    assert figures("The bakery sold its 500th loaf of the day.") == [("quantity", 500, "loaves")]


def test_a_noun_in_f_that_keeps_it_is_counted_with_an_s() -> None:
    assert figures("The firm fixed its 300th roof this week.") == [("quantity", 300, "roofs")]
