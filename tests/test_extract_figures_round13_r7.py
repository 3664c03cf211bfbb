"""extract: numbers that are no figures, round 13 (seventh pass): labels listed after a
singular label word or as a span ("grade 3 and 4", "zones 2-5"), a capitalised number word
ending a name ("Grade Eight"), "zero" as a modifier ("a zero litter town") and "one" of a pair
("hands over the other").

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

from tests.extract_helpers import figures, values

# --- labels listed or spanned ---------------------------------------------------------------


def test_a_singular_label_word_labels_a_list() -> None:
    assert values("Lessons for grade 3 and 4 pupils start in May.") == []
    assert values("Entry to primary 5 and 6 rose to 3.1 million pupils.") == [3100000]


def test_a_label_word_labels_a_span() -> None:
    assert values("Fares within zones 2-5 rise by 40p.") == [40]
    assert values("The rules in sections 3-7 changed last year.") == []


def test_a_listed_label_keeps_a_measure_and_a_count() -> None:
    assert values("Sections 2 and 3 km long were closed.") == [2, 3]
    assert values("On day 3 and 4 people fell ill.") == [4]
    assert values("Kestrel won the game 3-1 on Sunday.") == [3, 1]  # a score: both sides


# --- a capitalised number word ending a name ------------------------------------------------


def test_a_capitalised_number_word_after_a_capitalised_word_is_a_name() -> None:
    assert values("Pupils in Grade Eight rose by 4 per cent to 12,000.") == [4, 12000]
    assert values("The Big Four firms hired nine staff.") == [9]


def test_a_number_word_after_a_lower_case_word_counts() -> None:
    assert figures("Marlow hired Nine staff in June.") == [("quantity", 9, "staff")]
    assert values("Eight pupils in Year Nine sat the test.") == [8]


# --- "zero" as a modifier, "one" of a pair --------------------------------------------------


def test_zero_after_an_article_or_a_quote_is_a_modifier() -> None:
    assert values("The council backed a 'zero litter town' plan.") == []
    assert values("The council set out a zero carbon vision.") == []
    assert figures("The clinic recorded zero deaths in May.") == [("quantity", 0, "deaths")]


def test_one_of_a_pair_is_no_count() -> None:
    assert values("The lab holds one key and hands over the other.") == []
    assert figures("The crew disabled one engine before landing.") == [("quantity", 1, "engine")]
    assert figures("The crew disabled one engine and the other crews helped.") == [("quantity", 1, "engine")]


# --- the base of an exchange rate -----------------------------------------------------------


def test_the_one_of_a_stated_exchange_rate_is_no_figure() -> None:
    assert values("(1 Kestrel crown = 0.4 euro, 1 euro = 1.1 U.S. dollar).") == [0.4, 1.1]
    assert values("Rates: 1 USD = 83 rupees.") == [83]


def test_a_sum_before_an_equals_sign_stays_a_sum() -> None:
    assert values("The fund paid 1 euro per share = 3% of the price.") == [1, 3]


# --- counts missed ------------------------------------------------------------------------


def test_a_number_word_compound_past_an_adjective() -> None:
    assert figures("The board backed a thorough six-month review.") == [("quantity", 6, "month")]
    assert values("It was a very two-way street.") == []


def test_a_year_sized_number_before_an_irregular_plural_counts() -> None:
    assert figures("Kestrel had 1806 people waiting.") == [("quantity", 1806, "people")]
    assert values("In 1806 people fled the valley.") == []


def test_a_streak_of_periodic_things_counts_periods() -> None:
    assert figures("The port posted a sixth successive annual loss.") == [
        ("quantity", 6, "consecutive years")
    ]
    # Since round 8 "successive" counts any head noun: six losses, not six years.
    assert figures("The port posted a sixth successive loss.") == [("quantity", 6, "consecutive losses")]
    assert values("The port posted a sixth successive trading loss.") == []


def test_an_ordinal_in_digits_after_a_counts() -> None:
    assert figures("The rover made a 14th climb and descent.") == [("quantity", 14, "climbs")]
    assert figures("It was a 5th place finish.") == [("ranking", 5, "rank")]


def test_only_the_nth_counts() -> None:
    assert figures("That was only the fourth crewed dive on record.") == [("quantity", 4, "dives")]
    assert figures("She is just the fifth woman to chair the board.") == [("quantity", 5, "women")]
    assert values("It is only the second half of play.") == []
    assert values("The second dive came in May.") == []


def test_a_count_past_a_model_name_and_number() -> None:
    assert figures("Kestrel flew five Harrier 7 drones over the bay.") == [("quantity", 5, "drones")]
    assert values("The two Harrier 7 drones flew.") == []


# --- a place named as a label -----------------------------------------------------------------


def test_a_place_after_a_position_label_is_a_rank() -> None:
    assert figures("Table position 9th (14th)") == [("ranking", 9, "rank"), ("ranking", 14, "rank")]
    assert figures("Final placing: 3rd.") == [("ranking", 3, "rank")]


def test_an_ordinal_without_a_place_stays_out() -> None:
    assert values("The 5th (and last) round was held in May.") == []
    assert values("The report covers the 19th (and 20th) centuries.") == []
