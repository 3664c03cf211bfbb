"""extract: figure shapes found on a fifth set of real articles: temperatures with a glued
scale, shares written "half of", counts after "among the", finishing places and ordinal
counts with a name inside.

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

from generator.extract import read_sentence
from tests.extract_helpers import figures

# --- a glued temperature scale -------------------------------------------------------------


def test_a_glued_scale_in_a_sentence_about_heat_is_a_temperature() -> None:
    assert figures("The town logged a temperature of 36C on Friday.") == [("quantity", 36, "°C")]
    assert figures("The coldest night was -12.5F in the valley.")[-1][2] == "°F"


def test_both_scales_side_by_side_are_temperatures() -> None:
    assert figures("Inland readings reached 41.6C (106.9F) by noon.") == [
        ("quantity", 41.6, "°C"), ("quantity", 106.9, "°F")
    ]


def test_a_previous_high_with_a_glued_scale_is_a_temperature() -> None:
    assert figures("It topped the previous high of 37.4C set in 2011.") == [("quantity", 37.4, "°C")]


def test_a_glued_letter_outside_talk_of_heat_stays_part_of_a_name() -> None:
    assert figures("The phone supports a 7C charge rate.") == []
    assert figures("Pupils in class 6C sat 3 exams.") == [("quantity", 3, "exams")]
    assert figures("The 9F ferry left with 85 passengers on a hot morning.") == [("quantity", 85, "passengers")]


# --- "half of them" ------------------------------------------------------------------------


def shares(text: str) -> list[object]:
    return [f.value for f in read_sentence(text).figures if f.unit == "percent"]


def test_half_of_a_group_just_named_is_a_share() -> None:
    assert shares("Rivals flew 80 missions, and the agency flew about half of them.") == [50]
    assert shares("Half of its shops reopened.") == [50]


def test_half_of_a_span_or_an_hour_is_no_share() -> None:
    assert shares("The visitors scored twice in the second half of the match.") == []
    assert shares("She waited half an hour for the ferry.") == []
    assert shares("The lead changed at half-time.") == []


# --- "among the seven countries" -----------------------------------------------------------


def test_a_number_word_after_among_the_or_one_of_the_is_a_count() -> None:
    assert figures("Chile is among the nine countries with a surplus.") == [("quantity", 9, "countries")]
    assert [f[1] for f in figures("Peru became one of the three nations to qualify.")] == [3]


def test_a_number_word_after_the_alone_still_points_back() -> None:
    assert figures("The nine countries signed the pact.") == []
    assert figures("Talks among the delegates of the three nations stalled.") == []


# --- finishing places ----------------------------------------------------------------------


def ranks(text: str) -> list[object]:
    return [f.value for f in read_sentence(text).figures if f.kind == "ranking"]


def test_an_ordinal_on_the_leaderboard_or_in_the_table_is_a_rank() -> None:
    assert ranks("The hosts won 41 medals, coming fourth on the leaderboard.") == [4]
    assert ranks("Leeds were sixth in the table after 30 games.") == [6]
    assert ranks("Leeds finished second in the standings.") == [2]


def test_an_ordinal_of_time_or_a_queue_is_no_rank() -> None:
    assert ranks("The hosts won 41 medals, coming fourth time lucky.") == []
    assert ranks("Leeds were second in the queue for 3 days.") == []
    assert ranks("The coming third quarter looks weak.") == []


# --- "the Nth <name with a number> <noun>" -------------------------------------------------


def test_a_name_with_a_number_inside_an_ordinal_count() -> None:
    assert figures("The rocket lifted off on Friday, marking the 62nd Vega 2 launch this year.") == [
        ("quantity", 62, "launches")
    ]


def test_a_name_with_a_number_before_a_part_of_time_is_no_count() -> None:
    assert figures("Fans celebrated the 50th Apollo 11 anniversary this week.") == []
    assert figures("Riders set off on the 12th Tour 5 stage.") == []


# --- a span of time compared with ----------------------------------------------------------


def test_a_span_compared_with_is_a_window_not_a_figure() -> None:
    assert figures("Sales rose 8 percent, a slower pace than the previous 18 months.") == [("quantity", 8, "percent")]
    assert figures("Output was 4 percent higher compared with the past three years.") == [("quantity", 4, "percent")]


def test_a_span_the_sentence_counts_is_still_a_figure() -> None:
    assert figures("Each of the past four decades was warmer.") == [("quantity", 4, "decades")]
