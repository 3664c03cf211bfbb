"""extract: figure shapes of local and regional papers: one-letter and shilling currency
prefixes, "pc" for per cent, places given without "place", lists of places, a weekday's date
in brackets, "N and a half" before a unit, a compound after another figure's compound, a
running count with its maker after "by", lone number words that give a count (in apposition
to a list, on offer, closing "the number of ... to"), half of an owner's quantity, and the
rand and reais named after a sum.

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

from tests.extract_helpers import figures

# --- currencies written with a letter prefix ------------------------------------------------


def test_a_one_letter_currency_before_a_scale_is_a_sum() -> None:
    assert figures("The comedy took N2.4 billion at cinemas.") == [("quantity", 2_400_000_000, "NGN")]
    assert figures("A R75 Million bottling plant opened in the valley.") == [("quantity", 75_000_000, "ZAR")]
    assert figures("The council spent R3bn on new buses.") == [("quantity", 3_000_000_000, "ZAR")]


def test_a_one_letter_prefix_without_a_scale_needs_the_country() -> None:
    south_africa = frozenset({"South", "Africa"})
    assert figures("The court fined the trader R45,000 on Tuesday.", south_africa) == [("quantity", 45_000, "ZAR")]
    # Without the country named, or without a thousands separator, the letter is a name.
    assert figures("The court fined the trader R45,000 on Tuesday.") == []
    assert figures("The R61 road and the N4 toll gate reopened.", south_africa) == []


def test_a_one_letter_currency_reads_its_digits_as_any_number_does() -> None:
    # Thousands set off by a space and a decimal comma before a hyphenated scale, as papers
    # that write the rand this way set them: read apart, the first was 400 million.
    assert figures("Group turnover reached R18 400 million.") == [("quantity", 18_400_000_000, "ZAR")]
    assert figures("Capital spending rose to R7,5-billion.") == [("quantity", 7_500_000_000, "ZAR")]
    assert figures("The depot cost R640-million to build.") == [("quantity", 640_000_000, "ZAR")]
    # Spaced thousands without a scale still need the country named, as a comma does.
    assert figures("The fine was R12 500 for each breach.") == []


def test_shilling_prefixes_are_sums_in_the_country_named() -> None:
    assert figures("Police seized fake goods worth Sh60 million.") == [("quantity", 60_000_000, "KES")]
    assert figures("A ticket costs KSh 1,200 at the gate.") == [("quantity", 1_200, "KES")]
    tanzania = frozenset({"Tanzania"})
    assert figures("The ferry upgrade cost Sh8 billion.", tanzania) == [("quantity", 8_000_000_000, "TZS")]


def test_a_bare_shilling_prefix_is_read_by_the_shared_currency_table_as_rs_is() -> None:
    # Every country of SHARED_CURRENCIES' shillings, Somalia's too; the adjective names it as well.
    assert figures("The port levy raised Sh4 billion.", frozenset({"Somalia"})) == [
        ("quantity", 4_000_000_000, "SOS")]
    assert figures("The port levy raised Sh4 billion.", frozenset({"Ugandan"})) == [
        ("quantity", 4_000_000_000, "UGX")]
    # Near miss: two such countries named decide nothing, and the prefix stays Kenya's.
    assert figures("The port levy raised Sh4 billion.", frozenset({"Tanzania", "Uganda"})) == [
        ("quantity", 4_000_000_000, "KES")]


def test_a_glued_shilling_prefix_alone_stays_no_sum() -> None:
    # Glued digits without a scale or separator may be a model name ("Sh3"), as for "RM2".
    assert figures("The Sh3 sensor shipped late.") == []


# --- "pc" for per cent ----------------------------------------------------------------------


def test_pc_glued_to_a_number_is_per_cent() -> None:
    assert figures("Almost 81pc of homes can now connect.") == [("quantity", 81, "percent")]
    assert figures("Prices rose 2.5pc in the year.") == [("quantity", 2.5, "percent")]


def test_spaced_or_capital_pc_stays_a_computer() -> None:
    assert figures("The library bought 40 PCs for the lab.") == [("quantity", 40, "PCs")]
    assert figures("The school ordered 12PC bundles.") == []


# --- places given without "place" -----------------------------------------------------------


def test_number_in_words_and_placing_give_a_place() -> None:
    assert figures("The sequel dropped to number six in the chart.") == [("ranking", 6, "rank")]
    assert figures("Her debut film ended the year placing eighth with 30 screenings.") == [
        ("ranking", 8, "rank"), ("quantity", 30, "screenings")
    ]


def test_number_of_and_numbers_past_ten_stay_no_place() -> None:
    assert figures("The number of ferries rose.") == []
    assert [f for f in figures("The club gave away number eleven for the day.") if f[2] == "rank"] == []


def test_in_and_an_ordinal_word_ending_the_clause_is_a_place() -> None:
    assert figures("The thriller was in ninth, ahead of the cartoon.") == [("ranking", 9, "rank")]
    # Opening the sentence, or before a noun, "in second" is no place.
    assert figures("In second, the tone of the talks changed.") == []
    assert figures("The van stayed in second gear.") == []


def test_more_verbs_of_a_move_give_places() -> None:
    assert figures("The port inched up to 14th before declining to 22nd.") == [
        ("ranking", 14, "rank"), ("ranking", 22, "rank")
    ]


def test_ordinals_listed_after_a_place_are_places_too() -> None:
    assert figures("The town ranked 12th, 15th, and 19th respectively.") == [
        ("ranking", 12, "rank"), ("ranking", 15, "rank"), ("ranking", 19, "rank")
    ]


def test_ordinals_listed_after_no_place_stay_out() -> None:
    assert figures("The fair ran on the 12th, 15th and 19th.") == []


# --- a weekday's date in brackets -----------------------------------------------------------


def test_a_bracketed_day_after_a_weekday_is_a_date() -> None:
    assert figures("Bids stay open until Friday (7) because of demand.") == []
    assert figures("The talks end on Monday 12th, officials said.") == []


def test_a_bracket_with_a_noun_after_a_weekday_still_counts() -> None:
    assert figures("Monday (3 votes) was close.") == [("quantity", 3, "votes")]


# --- "N and a half" before a unit -----------------------------------------------------------


def test_a_whole_and_a_half_before_a_unit() -> None:
    assert figures("The wall is six and a half metres high.") == [("quantity", 6.5, "metres")]
    assert figures("The pier rises nine-and-a-half-metres over the quay.") == [("quantity", 9.5, "metres")]
    assert figures("The repair took two and a half years.") == [("quantity", 2.5, "years")]


def test_and_a_half_times_stays_a_multiple() -> None:
    assert figures("The tower is two-and-a-half times taller.") == [("quantity", 2.5, "times")]


# --- a compound after another figure's compound ---------------------------------------------


def test_a_word_compound_after_a_figure_compound_and_a_comma() -> None:
    assert figures("The board set out its $40-million, seven-year research plan.") == [
        ("quantity", 40_000_000, "USD"), ("quantity", 7, "year")
    ]


def test_a_word_compound_after_a_plain_word_and_a_comma_stays_out() -> None:
    assert figures("The board set out its bold, seven-year research plan.") == []


# --- an ordinal running count with its maker after "by" -------------------------------------


def test_the_nth_thing_made_by_a_maker_counts_its_things() -> None:
    assert figures("It is the second probe designed wholly by a team of students.") == [
        ("quantity", 2, "probes")
    ]


def test_a_part_made_by_or_no_participle_stays_out() -> None:
    assert figures("The second half played by the reserves was dull.") == []
    assert figures("The fourth line was added by hand.") == []


# --- counts given in apposition, on offer, or after "the number of ... to" ------------------


def test_the_count_of_a_list_of_names_just_given_is_a_count() -> None:
    assert figures("At the close, mills Alder, Birch and Cedar, the three working river mills, had stopped.") == [
        ("quantity", 3, "working river mills")
    ]


def test_a_count_that_does_not_match_the_list_still_points_back() -> None:
    assert figures("Alder and Birch, the three mills, closed.") == []
    assert figures("Jointly, the three banks plan to lend more.") == []


def test_what_is_left_on_offer_is_counted() -> None:
    assert figures("The firms bid for the two licences available in the north.") == [("quantity", 2, "licences")]
    # "left" may be a verb: the firms are pointed back at.
    assert figures("The three firms left the market.") == []


def test_a_number_word_closing_the_number_of_nouns() -> None:
    assert figures("The plan lifts the number of the region's cold-storage depots to four.") == [
        ("quantity", 4, "depots")
    ]


def test_a_number_word_after_to_without_the_number_of_stays_out() -> None:
    assert figures("The vote went to two.") == []


# --- half of what an owner has --------------------------------------------------------------


def test_half_of_an_owners_quantity_is_a_share() -> None:
    assert figures("Many towns got over half their yearly rain in a week.") == [("quantity", 50, "percent")]
    assert figures("The firm cut nearly half its staff.") == [("quantity", 50, "percent")]


def test_half_its_size_or_half_the_time_stays_out() -> None:
    assert figures("The moon is half its size.") == []
    assert figures("It took half the time.") == []


# --- currency words after a sum -------------------------------------------------------------


def test_rand_and_reais_named_after_a_sum_are_their_codes() -> None:
    assert figures("The mine spent 2.7 billion rand on power.") == [("quantity", 2_700_000_000, "ZAR")]
    assert figures("The fund raised 80 million reais last year.") == [("quantity", 80_000_000, "BRL")]


def test_rand_as_a_name_after_a_number_stays_a_name() -> None:
    assert figures("The 3 Rand Street flats were sold.") == [("quantity", 3, "flats")]
