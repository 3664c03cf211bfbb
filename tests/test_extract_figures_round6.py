"""extract: figure shapes found on a sixth set of real articles: places listed bare after
names, ordinal positions, shares with their count in brackets, small number words that
count, signs written as words and vague hundreds.

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

from generator.extract import read_sentence
from tests.extract_helpers import figures


def ranks(text: str) -> list[tuple[object, str | None]]:
    return [(f.value, f.subject) for f in read_sentence(text).figures if f.unit == "rank"]


# --- places listed bare after names --------------------------------------------------------


def test_ordinal_words_listed_after_names_are_their_places() -> None:
    assert ranks("Ostvik Institute third, Carran College fourth and Belmont University tenth.") == [
        (3, "Ostvik Institute"), (4, "Carran College"), (10, "Belmont University")
    ]


def test_a_bare_place_after_a_rank_already_given_is_a_place() -> None:
    assert ranks("Ostvik came first, Carran College second.") == [(1, None), (2, "Carran College")]


def test_a_name_with_its_acronym_in_brackets_takes_the_place_after_it() -> None:
    assert ranks("Norland Academy (NA) fifth, Delta School of Arts (DSA Lund) sixth.") == [
        (5, "Norland Academy (NA)"), (6, "Delta School of Arts (DSA Lund)")
    ]


def test_one_bare_ordinal_word_or_a_part_of_time_is_no_place() -> None:
    assert ranks("Chile second.") == []
    assert ranks("For the third time, Marlow Town scored in the second half.") == []
    assert ranks("Orders rose a third of the way through the third quarter, Velo Ltd said.") == []
    assert ranks("The fair opens March third, and closes April fourth.") == []
    assert ranks("Harbour Arts, Cobalt Press: the 19th century, the 20th century.") == []


def test_ordinals_sharing_one_rank_word_are_all_places() -> None:
    assert ranks("Ostland and Westmark sit in 15th and 16th position.") == [(15, None), (16, None)]
    assert ranks("The two clubs finished 8th, 9th or 10th place.")[-1] == (10, None)
    assert [v for v, _ in ranks("They tied for ninth and tenth places.")] == [9, 10]


def test_ordinals_sharing_a_word_of_time_are_no_places() -> None:
    assert ranks("The abbey dates from the 11th and 12th centuries.") == []
    assert ranks("Pupils in 11th and 12th grade sat the test.") == []


# --- ordinal positions ---------------------------------------------------------------------


def test_a_place_in_a_whole_of_given_size_is_a_rank() -> None:
    assert figures("He was the fourth son out of six brothers.") == [
        ("ranking", 4, "rank"), ("quantity", 6, "brothers")
    ]
    assert ranks("She is the 2nd of 3 sisters.") == [(2, None)]


def test_an_ordinal_of_no_number_or_of_a_date_is_no_place() -> None:
    assert ranks("It was the second of the two votes.") == []
    assert ranks("The fair ends on the 3rd of 5 May.") == []
    assert ranks("It was the fifth day of 10 in court.") == []
    assert ranks("She is the 12th of 10 runners.") == []


def test_a_floor_reached_is_how_high_a_building_got() -> None:
    assert figures("By June the crane had reached the 48th floor.") == [("quantity", 48, "floor")]
    assert figures("The frame topped out at the ninth storey.") == [("quantity", 9, "floor")]


def test_a_floor_named_as_a_place_is_no_figure() -> None:
    assert figures("The café on the 48th floor is closed.") == []
    assert figures("The office moved from the 3rd to the 6th floor.") == []


# --- shares with their count in brackets ---------------------------------------------------


def test_a_fraction_with_its_count_in_brackets_is_a_share() -> None:
    assert figures("Ferries make up almost half (14) of the harbour's boats.") == [
        ("quantity", 50, "percent"), ("quantity", 14, None)
    ]
    assert figures("Of 60 clubs, over half (37) voted no.")[1:] == [("quantity", 50, "percent"), ("quantity", 37, None)]
    assert figures("A third (12) of the member states agreed.") == [
        ("quantity", 33.3, "percent"), ("quantity", 12, "states")
    ]


def test_a_place_or_a_part_of_time_before_brackets_is_no_share() -> None:
    assert figures("Marlow was third (12 points).") == [("quantity", 12, "points")]
    assert figures("In the second half (12 minutes in) he scored.") == [("quantity", 12, "minutes")]


# --- small number words that count ---------------------------------------------------------


def test_a_count_pointed_at_and_then_named_is_a_count() -> None:
    assert figures("Those two ferries are Alba Star and Bute Queen.") == [("quantity", 2, "ferries")]
    assert figures("The three winners: Ostvik, Carran and Belmont.") == [("quantity", 3, "winners")]


def test_a_count_pointed_at_alone_still_points_back() -> None:
    assert figures("These two ferries sailed late.") == []
    assert figures("The three winners are on stage.") == []
    assert figures("The three winners are Norwegian.") == []


def test_one_unit_of_time_into_or_after_something_is_a_span() -> None:
    assert figures("The stall sold out one hour into the fair.") == [("quantity", 1, "hour")]
    assert figures("The bridge reopened one week after the storm.") == [("quantity", 1, "week")]


def test_one_as_a_pronoun_or_some_day_is_no_count() -> None:
    assert figures("One day the line will reach the coast.") == []
    assert figures("It was one of the busiest days.") == []
    assert figures("No one day is like another.") == []
    assert figures("The fair is on one day in May.") == []


# --- a sign written as a word --------------------------------------------------------------


def test_minus_before_a_figure_is_its_sign() -> None:
    assert figures("Exports rose 0.65 percent on the year and fell to minus 0.35 percent on the month.") == [
        ("quantity", 0.65, "percent"), ("quantity", -0.35, "percent")
    ]
    assert figures("It was minus 7 degrees at the pass.") == [("quantity", -7, "degrees")]


def test_minus_in_a_margin_a_sum_or_as_a_noun_is_no_sign() -> None:
    assert figures("The survey is accurate to plus or minus 4 points.") == [("quantity", 4, "points")]
    assert figures("Take 12 minus 5 apples.")[-1] == ("quantity", 5, "apples")
    assert figures("The strong krona is a minus for exporters.") == []


# --- vague hundreds ------------------------------------------------------------------------


def test_a_few_or_several_hundred_is_no_figure() -> None:
    assert figures("The raft drifted a few hundred miles north.") == []
    assert figures("Several dozen boats and 40 cars waited.") == [("quantity", 40, "cars")]
    assert figures("A few hundred thousand fans watched.") == []


def test_a_hundred_or_a_dozen_alone_keeps_its_value() -> None:
    assert figures("The raft drifted a hundred miles north.") == [("quantity", 100, "miles")]
    assert figures("A dozen boats waited.") == [("quantity", 12, "boats")]
    assert figures("It takes a few hours to sail 380 kilometres.") == [("quantity", 380, "kilometres")]


# --- digits inside a counted name ----------------------------------------------------------


def test_digits_in_a_name_counted_by_the_figure_before_are_the_names() -> None:
    assert figures("She has won 14 Coastal Series 8000 cups.") == [("quantity", 14, "cups")]
    assert figures("The line runs 30 Velo Liner 417 coaches.") == [("quantity", 30, "coaches")]


def test_a_number_after_a_name_with_no_figure_before_is_untouched() -> None:
    # Not right after the figure: the name's number may be a figure of its own here.
    assert [v for _, v, _ in figures("She won 14 cups and the Coastal Series 8000 cups.")] == [14, 8000]
    assert figures("It sold 5 boats and 40 Velo cars.") == [("quantity", 5, "boats"), ("quantity", 40, "cars")]


# --- ordinals with a superscript suffix ----------------------------------------------------


def test_an_ordinal_with_a_superscript_suffix_is_no_count() -> None:
    assert figures("The 7^{th} regatta drew 380 boats.") == [("quantity", 380, "boats")]
    assert figures("The 22<sup>nd</sup> regatta drew 380 boats.") == [("quantity", 380, "boats")]


def test_a_power_or_a_plain_number_before_a_caret_is_untouched() -> None:
    assert [v for _, v, _ in figures("In all, 7 regattas drew 380 boats.")] == [7, 380]
    # A power is a formula (names.py): neither 4 nor 2 counts the cells.
    assert [v for _, v, _ in figures("The grid holds 4^{2} cells.")] == []
