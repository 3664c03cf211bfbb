"""Round 10 (figures, helper F): Gulf currency signs, grouping marks written with a stray
space, ranks moved "to 12th from 15th", small counts and spans in words.

Every sentence is invented for these tests."""

from __future__ import annotations

from generator.ingest import parse_document
from tests.extract_helpers import figures


def test_dirham_prefix_glued_before_a_scale() -> None:
    assert figures("Port traffic was worth Dh7.4 billion in the half.") == [("quantity", 7400000000, "AED")]
    assert figures("Rents rose to Dhs12,500 a year.") == [("quantity", 12500, "AED")]


def test_dh_alone_before_a_bare_digit_stays_out() -> None:
    assert figures("Block Dh4 was sealed off.") == []


def test_riyal_is_saudi_by_default_and_qatari_where_the_article_names_qatar() -> None:
    assert figures("The fund holds 41.5 billion riyals.") == [("quantity", 41500000000, "SAR")]
    got = figures("The fund holds 41.5 billion riyals.", caps=frozenset({"Qatar"}))
    assert got == [("quantity", 41500000000, "QAR")]


def test_thousands_comma_with_a_stray_space_after_of() -> None:
    assert figures("The fair drew a total of 23, 618 visitors in June.") == [("quantity", 23618, "visitors")]


def test_numbers_listed_after_of_stay_apart() -> None:
    assert [v for _, v, _ in figures("The grades of 7, 210 and 95 pupils were checked.")] == [7, 210, 95]
    assert [v for _, v, _ in figures("Of those aged over 65, 120 said no.")] == [65, 120]


def _sentences(text: str) -> list[str]:
    return [s.text for s in parse_document(text, "doc", "doc.txt", "0" * 64).sentences]


def test_stray_period_after_a_currency_sign_neither_ends_the_sentence_nor_the_sum() -> None:
    body = "A title\n\nThe mill sold yarn worth US$. 3.25 million in May, up 4 percent.\n"
    assert _sentences(body)[-1].startswith("The mill sold yarn worth US$. 3.25 million")
    assert figures("The mill sold yarn worth US$. 3.25 million in May.") == [("quantity", 3250000, "USD")]


def test_sentence_ending_on_a_sign_before_a_capital_still_ends() -> None:
    body = "A title\n\nThe fee is paid in US$. The mill opened in May.\n"
    assert _sentences(body)[-1] == "The mill opened in May."


def test_whole_after_out_of_is_a_figure() -> None:
    assert figures("The port ranked 41 out of 112 ports for speed.") == [
        ("quantity", 41, "ports"), ("quantity", 112, "ports")
    ]


def test_whole_after_of_the_stays_context() -> None:
    assert figures("Only 8 of the 78 wells ran dry.") == [("quantity", 8, "wells")]


def test_rank_move_written_place_reached_first() -> None:
    got = figures("The town's rank rose to 12th from 17th out of 40 towns and to 8th from 11 out of 25 wards.")
    assert [(k, v) for k, v, _ in got] == [
        ("ranking", 12), ("ranking", 17), ("quantity", 40), ("ranking", 8), ("ranking", 11), ("quantity", 25)
    ]


def test_bare_count_after_a_word_ordinal_stays_a_count() -> None:
    # "moved to second" is the place reached (a word ordinal after a move to a place); the
    # bare number after "from" stays a count.
    assert figures("The queue moved to second from 40 people.") == [("ranking", 2, "rank"), ("quantity", 40, "people")]


def test_group_defined_by_a_relative_clause_gives_its_count() -> None:
    assert figures("The forest holds the four native owl species that nest there.") == [
        ("quantity", 4, "native owl species")
    ]
    assert [v for _, v, _ in figures("Cases hit 12, above the six reported in 2020.")] == [12, 6]


def test_group_pointed_at_without_a_defining_clause_still_points_back() -> None:
    assert figures("The four owl species are rare.") == []
    assert figures("Cases hit 12, above the six seen before.") == [("quantity", 12, "cases")]


def test_count_before_initials_and_a_participle() -> None:
    assert figures("The firm is a venture of three U.K.-based groups.") == [("quantity", 3, "groups")]


def test_count_before_initials_alone_stays_out() -> None:
    assert figures("The firm is a venture of three U.K. chiefs.") == []


def test_times_after_a_name_and_a_number_counts_passes() -> None:
    assert figures("The probe will fly past Vesta 37 times.") == [("quantity", 37, "times")]


def test_times_inside_a_name_phrase_stays_a_name() -> None:
    assert figures("Pupils chant the Formula 7 times table.") == []


def test_spans_of_time_with_a_half_in_words() -> None:
    assert figures("Fans queued nearly half an hour for seats.") == [("quantity", 30, "minutes")]
    assert figures("It reopened a day and a half after the flood.") == [("quantity", 1.5, "days")]


def test_half_as_a_part_of_a_game_or_a_measure_is_no_span() -> None:
    assert figures("They kicked off the second half an hour late.") == []
    assert figures("The gap is half a metre.") == []


def test_half_of_which_is_a_share() -> None:
    assert figures("Rain was 80 mm, over half of which fell in May.") == [
        ("quantity", 80, "mm"), ("quantity", 50, "percent")
    ]


def test_half_of_a_span_of_time_is_no_share() -> None:
    assert figures("Rain was 80 mm in half of the year.") == [("quantity", 80, "mm")]


def test_a_full_percentage_point_in_words() -> None:
    assert figures("Turnout sits a whole percentage point under the norm.") == [("quantity", 1, "percentage points")]
    assert figures("Rates rose half a percentage point.") == [("quantity", 0.5, "percentage points")]


def test_percentage_point_as_a_modifier_or_defined_is_no_figure() -> None:
    assert figures("The percentage point gap widened.") == []
    assert figures("A percentage point is a unit of change.") == []


def test_hyphenated_century_after_in_is_no_place() -> None:
    assert figures("The tale is set in a shop in 19th-century Bristol.") == []


def test_place_after_in_stays_a_rank() -> None:
    assert figures("The firm is in 19th place.") == [("ranking", 19, "rank")]


def test_ordinal_word_after_was_then_its_score_is_a_place() -> None:
    assert figures("In terms of buses, the northern line was second with 41,200.") == [
        ("ranking", 2, "rank"), ("quantity", 41200, None)
    ]


def test_ordinal_word_after_was_without_a_score_stays_out() -> None:
    assert figures("It was second with its rival.") == []


def test_nth_and_final_gives_the_size_of_the_series() -> None:
    assert figures("It made the fifth and final voyage of the old hull.") == [("quantity", 5, "voyages")]
    assert figures("Its 12th and last concert sold out.") == [("quantity", 12, "concerts")]


def test_nth_and_final_part_of_time_is_no_count() -> None:
    assert figures("It is the third and final quarter of play.") == []


def test_group_size_compound_after_the() -> None:
    assert figures("The cup grew into the 18-team event.") == [("quantity", 18, "team")]


def test_small_label_compound_after_the_stays_out() -> None:
    assert figures("The 3-shot setting is off.") == []


def test_times_nominee_or_winner_counts_nominations_or_wins() -> None:
    assert figures("The five-time Halden Prize nominee lost again.") == [("quantity", 5, "nominations")]
    assert figures("A three-time Grammy winner sang.") == [("quantity", 3, "wins")]


def test_one_time_winner_is_no_count() -> None:
    assert figures("It was a one-time winner.") == []


def test_score_on_a_scale_before_a_rating_word() -> None:
    assert figures("It earned a 7.5/10 rating on the site.") == [("quantity", 7.5, "rating")]
    assert figures("It was rated 4/5 by critics.") == [("quantity", 4, "rating")]


def test_slashed_numbers_without_a_rating_word_stay_out() -> None:
    assert figures("The line runs 24/7 now.") == []
    assert figures("It opened 7/5/10 in town.") == []


def test_one_of_a_pair_with_the_second_is_no_count() -> None:
    assert figures("The storm disabled one engine and damaged the second.") == []


def test_one_before_the_second_of_something_else_still_counts() -> None:
    assert figures("The storm disabled one engine on the second day.") == [("quantity", 1, "engine")]


def test_ordinal_before_an_event_name_counts_editions() -> None:
    assert figures("The ninth Northern Lights Festival drew a crowd of 4,000.") == [
        ("quantity", 9, "editions"), ("quantity", 4000, "crowd")
    ]


def test_ordinal_before_a_part_of_an_event_is_no_edition() -> None:
    assert figures("The sixth Harbour Cup match was played.") == []
