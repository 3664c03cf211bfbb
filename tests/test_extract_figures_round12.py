"""extract: figure shapes found on the twelfth round's sets of real articles: places given
as "came in third" or "in second is X", fraction words beside their own percentage, counts
and ages in compound modifiers, "twice" as a count of events, sums in bracketed currencies.

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

from generator.extract import read_sentence
from tests.extract_helpers import figures

# --- places: "came in third", "in second is X" ----------------------------------------------


def test_came_in_and_an_ordinal_is_a_place() -> None:
    assert figures("Tarn Motors came in third behind the leaders.") == [("ranking", 3, "rank")]
    assert figures("The Halden crew finished in second.") == [("ranking", 2, "rank")]


def test_an_ordinal_given_before_its_holder_is_a_place_of_that_holder() -> None:
    ctx = read_sentence("Close behind the leader, in second is Varnholm, scoring 88 points.")
    place = next(f for f in ctx.figures if f.unit == "rank")
    assert (place.value, place.subject) == (2, "Varnholm")


def test_in_and_an_ordinal_without_a_place_or_holder_stays_no_figure() -> None:
    assert figures("The truck stayed in second gear on the hill.") == []
    assert figures("She came in first thing on Monday.") == []
    assert figures("In second, the tone of the debate changed.") == []


# --- a fraction word beside its own percentage ----------------------------------------------


def test_a_fraction_word_before_its_own_percentage_gives_nothing() -> None:
    assert figures("Nearly three-quarters of growers (72%) said rain was late.") == [("quantity", 72, "percent")]
    assert figures("More than half of the pilots (54%) backed the plan.") == [("quantity", 54, "percent")]


def test_a_fraction_change_before_its_own_percentage_after_a_time_phrase_gives_nothing() -> None:
    # The growth is given twice, in words and exactly: the bracketed figure is the fact.
    assert figures("Ferry bookings rose by more than a third in a single season (35%).") == [
        ("quantity", 35, "percent")
    ]
    # A bracketed percentage far from the word's share is another figure: both stay.
    assert figures("Half of the ferries in the northern fleet (15% of all boats) ran late.") == [
        ("quantity", 50, "percent"), ("quantity", 15, "percent")
    ]


def test_a_fraction_word_beside_a_count_or_another_share_keeps_its_share() -> None:
    assert figures("Almost half (17) of the clubs voted no.") == [
        ("quantity", 50, "percent"), ("quantity", 17, "clubs")
    ]
    assert figures("Half of the ferries (15% of all boats) ran late.") == [
        ("quantity", 50, "percent"), ("quantity", 15, "percent")
    ]


# --- counts in compound modifiers ------------------------------------------------------------


def test_an_adjective_between_the_determiner_and_a_compound_keeps_the_count() -> None:
    assert figures("A strong 5.9-magnitude tremor shook the valley.") == [("quantity", 5.9, "magnitude")]
    assert figures("The council opened the new 240-bed ward.") == [("quantity", 240, "bed")]


def test_an_adjective_before_a_small_label_compound_keeps_it_a_label() -> None:
    assert figures("The camera kept the old 3-shot setting.") == []
    assert figures("It ran the only 3-shot test.") == []


def test_a_bound_hyphenated_onto_a_compound_is_its_qualifier() -> None:
    ctx = read_sentence("The port plans a more-than-3,500-berth marina by 2031.")
    assert [(f.value, f.unit, f.qualifier) for f in ctx.figures] == [(3500, "berth", "more than")]


def test_a_name_with_a_hyphen_before_its_digits_stays_a_name() -> None:
    assert figures("The team flew the Orbiter-3 probe past the moon.") == []


def test_a_count_and_unit_of_time_without_the_hyphen_is_a_compound() -> None:
    assert figures("The striker signed the four year contract.") == [("quantity", 4, "year")]
    assert figures("Dockers began a two day strike.") == [("quantity", 2, "day")]


def test_a_count_of_time_units_in_the_plural_or_an_age_group_is_no_compound() -> None:
    assert figures("The four years since the merger were calm.") == []
    assert figures("The two year olds played on the grass.") == []


def test_an_age_in_words_is_a_figure() -> None:
    assert figures("Investors valued the one-year-old firm at a premium.") == [("quantity", 1, "year-old")]
    assert figures("A three-month-old lab joined the bid.") == [("quantity", 3, "month-old")]


def test_an_age_in_digits_keeps_its_reading() -> None:
    assert figures("Investors valued the 1-year-old firm at a premium.") == [("quantity", 1, "year-old")]


# --- "twice" as a count of events -------------------------------------------------------------


def test_twice_closing_what_happened_counts_it() -> None:
    assert figures("The agency flew the Heron lander twice (once at night).") == [("quantity", 2, "times")]
    assert figures("The bank cut rates twice in one spring.") == [("quantity", 2, "times")]


def test_twice_comparing_or_giving_a_rate_stays_no_figure() -> None:
    assert figures("The new hall is twice as large.") == []
    assert figures("The dam holds twice the water of the old one.") == []
    assert figures("The board meets twice a year.") == []
    assert figures("Buyers should think twice.") == []


# --- a currency in brackets after a sum ---------------------------------------------------------


def test_a_currency_word_in_brackets_after_a_sum_is_its_currency() -> None:
    assert figures("The fee may climb to 62m (euros) with bonuses.") == [("quantity", 62000000, "EUR")]
    assert figures("The port deal is worth 4bn (USD).") == [("quantity", 4000000000, "USD")]


def test_a_bracket_that_goes_on_past_the_currency_word_names_no_currency() -> None:
    assert figures("The pair sold 12 (dollars were scarce) that day.") == [("quantity", 12, None)]


# --- a number word before capitals and a plural noun ---------------------------------------------


def test_a_number_word_before_a_capitalised_modifier_counts_the_plural_noun() -> None:
    assert figures("The agency put into orbit four Dutch satellites at once.") == [("quantity", 4, "satellites")]


def test_a_number_word_before_capitals_alone_or_pointing_back_stays_no_figure() -> None:
    assert figures("It was the two Dutch satellites again.") == []
    assert figures("Five Things Harbour Buyers Know") == []


# --- ordinal counts: a second count sharing the owner, compound nouns ------------------------------


def test_a_second_ordinal_count_after_and_shares_the_owner() -> None:
    assert figures("The flight was the agency's 41st crewed mission and 17th cargo launch.") == [
        ("quantity", 41, "crewed missions"), ("quantity", 17, "cargo launches")
    ]


def test_an_ordinal_after_and_before_a_verb_counts_nothing() -> None:
    assert figures("The chain's 40th store opened and 12th closed.") == [("quantity", 40, "stores")]
    assert figures("The band's third album goes gold.") == [("quantity", 3, "albums")]


# --- a number word as what was won, its noun left to the sentence before -------------------------


def test_a_number_word_won_at_the_end_of_a_clause_is_a_count() -> None:
    assert figures("Tarnia, in the end, took home four, all in rowing.") == [("quantity", 4, None)]
    assert figures("The Halden club won two.") == [("quantity", 2, None)]


def test_a_number_word_after_other_verbs_or_pointing_back_stays_no_figure() -> None:
    assert figures("The colt turned three.") == []
    assert figures("The Halden club won the two.") == []
    assert figures("The Halden club won one.") == []


# --- a year before a noun of reported numbers ----------------------------------------------------


def test_a_year_before_figures_or_levels_is_a_year() -> None:
    assert figures("Cargo grew 9% compared with 2018 figures.") == [("quantity", 9, "percent")]
    assert figures("Output stayed below 1995 levels.") == []


def test_a_year_sized_count_before_other_nouns_stays_a_count() -> None:
    assert figures("The lab bought 2048 chips.") == [("quantity", 2048, "chips")]


# --- maths written with a caret -------------------------------------------------------------------


def test_a_power_written_with_a_caret_is_no_figure() -> None:
    assert figures("The club logged 9 finds between 2^{4000}-1 and 2^{9000}-1.") == [("quantity", 9, "finds")]


def test_figures_beside_a_caret_power_keep_their_reading() -> None:
    assert figures("The 5^{th} survey reached 300 homes.") == [("quantity", 300, "homes")]
