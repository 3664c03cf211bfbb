"""extract: number shapes of press copy: scale suffixes and words, hyphenated counts, number
words and ordinals, signs and rates, ranks, dates and years that are no figures.

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

from generator.extract import read_sentence
from tests.extract_helpers import figures


def values(text: str) -> list[object]:
    return [f.value for f in read_sentence(text).figures if f.value is not None]


# --- scales ---------------------------------------------------------------------------------


def test_a_scale_word_glued_or_hyphenated_to_the_digits_scales_them() -> None:
    assert figures("The raffle pot grew to $3.15billion overnight.") == [("quantity", 3150000000, "USD")]
    assert figures("The council signed a $4.5-billion bridge contract.") == [("quantity", 4500000000, "USD")]
    assert values("The probe flew a 2.6-million-mile loop around the sun.") == [2600000]
    # Near miss: a hyphenated word that is no scale stays a label.
    assert figures("The mill keeps the 3-shift rota.") == []
    # Nor is a letter after the hyphen a scale: "10-K" names a filing.
    assert figures("The mill's 10-K filing was late.") == []


def test_a_scale_abbreviation_in_capitals_scales_the_digits() -> None:
    # Headlines and wire copy write "BN" and "Bn": the figure is billions, not 1.45.
    assert figures("The studio spent A$1.45BN on its slate.") == [("quantity", 1450000000, "AUD")]
    assert figures("The fund holds EUR2Bn in bonds.") == [("quantity", 2000000000, "EUR")]
    assert figures("Miners shipped 3.5MN tonnes of ore.") == [("quantity", 3500000, "tonnes")]
    # Near miss: other capitals glued to digits still make a name.
    assert figures("The 5BX engine was quiet.") == []


def test_scales_past_a_trillion() -> None:
    assert figures("The old method would take 12 quintillion years.") == [("quantity", 12 * 10**18, "years")]
    assert figures("A sand dune holds some 4 sextillion grains.")[0][1] == 4 * 10**21
    # Near miss: a trillion keeps its value.
    assert figures("The fund holds 2 trillion yen.") == [("quantity", 2000000000000, "JPY")]


def test_a_glued_m_is_a_million_before_a_counted_noun_past_modifiers() -> None:
    assert values("The app gained 3.7m monthly active users.") == [3700000]
    assert values("The service ended the year with 96m paid accounts.") == [96000000]


def test_a_glued_m_follows_the_sentence_shorthand_for_millions() -> None:
    assert values("The app gained 3.7m new users, against 2.9m a year earlier.") == [3700000, 2900000]


def test_a_glued_m_of_a_race_or_a_length_stays_out() -> None:
    assert figures("She won the 400m hurdles and the 200m freestyle heats.") == []
    assert values("The gym added 3.7m new members and a 25m indoor pool.") == [3700000]
    assert figures("The club laid a 50m running track.") == []


def test_a_glued_k_before_a_race_is_kilometres() -> None:
    assert figures("She won the 10k race along the canal.") == [("quantity", 10, "km")]
    # Near miss: a glued k elsewhere is a thousand.
    assert figures("The canal video drew 250k views.") == [("quantity", 250000, "views")]


def test_a_half_dozen_is_six() -> None:
    assert figures("The crew fitted a half-dozen spare pumps.") == [("quantity", 6, "spare pumps")]
    # Near miss: half of another word is no dozen.
    assert figures("The crew took a half-hour break.") == []


# --- hyphenated counts ------------------------------------------------------------------------


def test_a_hyphenated_count_before_a_quoted_name_and_its_noun() -> None:
    assert figures('The lab followed the 512-qubit "Kestrel" chip with a new one.') == [
        ("quantity", 512, "qubit")
    ]
    # Near miss: a small number after "the" may still be a label.
    assert figures('The lab kept the 3-shot "Kestrel" setting.') == []


def test_a_hyphenated_count_without_a_determiner_before_a_plural_noun() -> None:
    assert figures("Teams are testing 300-qubit systems this year.") == [("quantity", 300, "qubit")]
    # Near miss: small numbers there are ratings and labels.
    assert figures("The resort has 5-star hotels and 3-bedroom flats.") == []
    # A rough number is no count of "odds": about 200 towns (plus_counts.py).
    assert figures("The fair toured 200-odd towns.") == [("quantity", 200, "towns")]
    # A verb in -s after the noun is no plural noun: the unit stays the phrase.
    # (After "its" and an adjective the compound is read as after "its" alone: carats.)
    assert figures("The museum says its huge 1,400-carat gem is rare.") == [("quantity", 1400, "carat")]


def test_a_hyphenated_length_of_time_after_an_owner() -> None:
    assert figures("He retired after his 14-season career at the club.") == [("quantity", 14, "season")]
    assert figures("The band's six-year world tour ended.") == [("quantity", 6, "year")]
    # Near miss: a small number after an owner that is no length of time stays a label.
    assert figures("He chose his 7-iron club.") == []


def test_a_length_in_seconds_written_with_a_number_word() -> None:
    assert figures("The engine passed a nine-second static fire.") == [("quantity", 9, "second")]
    # Near miss: other ordinals after a number word stay fractions or idioms, not counts.
    assert figures("A two-thirds majority backed the plan.") == []


def test_a_hyphenated_period_is_a_figure_unless_it_scopes_another() -> None:
    assert figures("The draw ended a four-month stretch without a winner.") == [("quantity", 4, "month")]
    # Near miss: after a preposition of scope it is the window of the figure.
    assert figures("Cider exports rose 12 percent for the seven-month period.") == [("quantity", 12, "percent")]


# --- number words -----------------------------------------------------------------------------


def test_one_counts_the_noun_after_a_verb_or_a_word_of_amount() -> None:
    assert figures("The crew switched off one pump before the test.") == [("quantity", 1, "pump")]
    assert figures("The striker scored just one goal all season.") == [("quantity", 1, "goal")]
    # Near misses: someone, a label, an idiom, a pronoun.
    assert figures("One analyst said the mill would reopen.") == []
    assert figures("The mill, said one trader, would reopen.") == []
    assert figures("The mill will reopen, according to one estimate.") == []
    assert figures("Nurses saw more category one patients.") == []
    assert figures("The vote is one step in a long process.") == []
    assert figures("She is the one who won.") == []


def test_one_of_the_whole_gives_the_whole() -> None:
    assert figures("The vote stalled when one of the 27 member states objected.") == [
        ("quantity", 27, "member states")
    ]
    # Near miss: a count of the part keeps the part ("the whole is context").
    assert figures("The vote stalled when two of the 27 member states objected.") == [
        ("quantity", 2, "member states")
    ]


# --- ordinal counts ---------------------------------------------------------------------------


def test_the_nth_time_and_the_nth_edition_count() -> None:
    assert figures("It was the sixth time the ferry line changed hands.") == [("quantity", 6, "times")]
    assert figures("The town hosts the ninth edition of the kite fair.") == [("quantity", 9, "editions")]
    # Near misses: an ordinal of anything else in prose is sequence, and "first" is a claim.
    assert figures("The second reason is the cost of fuel.") == []
    assert [f for f in figures("It was the first time the ferry line changed hands.") if f[1] is not None] == []


def test_a_streak_written_with_running_or_straight_after_the_unit() -> None:
    assert figures("Bread prices rose for the fourth month running.") == [("quantity", 4, "consecutive months")]
    assert figures("Bread prices rose for the fifth week straight.") == [("quantity", 5, "consecutive weeks")]
    # Near miss: the streak after "a row" stays as it was.
    assert figures("Bread prices rose for the fourth month in a row.") == [("quantity", 4, "consecutive months")]


# --- signs and rates --------------------------------------------------------------------------


def test_a_minus_after_a_participle_of_change() -> None:
    assert figures("Rents kept sliding -0.7% a month in the north.") == [("quantity", -0.7, "percent")]
    # Near miss: after a name the hyphen is a dash of a list.
    assert figures("Rents rose in Ostland 2.1% and Westmark -0.7%.") == [
        ("quantity", 2.1, "percent"), ("quantity", 0.7, "percent")
    ]


def test_the_base_of_a_rate_is_its_unit_not_a_figure() -> None:
    assert figures("Burglaries fell from 9.4 cases per 1,000 homes in 2019 to 8.7 per 1,000 in 2021.") == [
        ("quantity", 9.4, "cases per 1,000 homes"), ("quantity", 8.7, "cases per 1,000 homes")
    ]
    assert figures("The clinic saw 3.2 infections per 100,000 patients.") == [
        ("quantity", 3.2, "infections per 100,000 patients")
    ]
    # Near miss: a rate per a noun without digits has no base number (units.as_rate reads it).
    assert figures("Wheat yields averaged 71 bushels per acre.") == [("quantity", 71, "bushels per acre")]


def test_a_year_range_does_not_eat_the_decimal_figure_after_it() -> None:
    assert values("The rate went from 4.1 in 2019 to 3.6 in 2021.") == [4.1, 3.6]
    assert values("Cases fell in 2019 to 23.5 per 1,000.") == [23.5]
    # Near miss: a year range with a short second year stays a range.
    assert values("Exports rose 4% in 2019-21.") == [4]


# --- ranks ------------------------------------------------------------------------------------


def test_second_only_to_is_a_rank() -> None:
    assert figures("The harbour is second only to the capital in traffic.") == [("ranking", 2, "rank")]
    assert figures("The film is only third to the studio's cartoon sequel.") == [("ranking", 3, "rank")]
    # Near miss: "second to none" puts none ahead.
    assert figures("The harbour's service is second to none.") == []


# --- dates and years that are no figures ------------------------------------------------------


def test_a_year_of_the_next_century_after_a_preposition_of_time() -> None:
    assert figures("Glaciers could lose 40% of their ice by 2100.") == [("quantity", 40, "percent")]
    assert values("The lease runs until 2150, the council said.") == []
    # Near misses: an amount after a word of change, and a count.
    assert values("Membership rose by 2150 last spring.") == [2150]
    assert figures("The town built 2150 homes.") == [("quantity", 2150, "homes")]


def test_a_day_range_before_a_month_is_a_date() -> None:
    assert figures("The kite fair runs from 4 to 7 June in the park.") == []
    assert figures("The kite fair runs between 4 and 7 June in the park.") == []
    # Near miss: a range of a measure followed by a month stays a range.
    assert figures("Rents rose from 4 to 7 percent in June.") == [
        ("quantity", 4, "percent"), ("quantity", 7, "percent")
    ]


# --- units of levels after a change -----------------------------------------------------------


def test_the_level_after_a_change_does_not_take_the_unit_of_the_change() -> None:
    assert figures("Boats per harbour rose 3.5% to 118.4.") == [("quantity", 3.5, "percent"), ("quantity", 118.4, None)]
    assert figures("The queue fell for the fourth consecutive month to 2.3 million.") == [
        ("quantity", 4, "consecutive months"), ("quantity", 2300000, None)
    ]
    # Near miss: the second end of a span still takes the unit of its start.
    assert figures("Ferry trips grew from 120 crossings to 4,000.") == [
        ("quantity", 120, "crossings"), ("quantity", 4000, "crossings")
    ]


def test_a_time_word_before_was_is_when_not_what() -> None:
    assert figures("The harbour toll last year was 4,120.") == [("quantity", 4120, None)]
    # Near miss: a noun before "was" is still the unit.
    assert figures("The harbour toll was 4,120.") == [("quantity", 4120, "toll")]


def test_new_taiwan_dollars_are_no_us_dollars() -> None:
    assert figures("The chipmaker earned NT$12.4 billion in the quarter.") == [("quantity", 12_400_000_000, "TWD")]
    assert figures("The fund holds 5 billion New Taiwan dollars.") == [("quantity", 5_000_000_000, "TWD")]
    # Near miss: a plain dollar sign stays US dollars, beside the Taiwan sum too.
    assert figures("Sales hit NT$800 million, or about $27 million.") == [
        ("quantity", 800_000_000, "TWD"), ("quantity", 27_000_000, "USD"),
    ]
