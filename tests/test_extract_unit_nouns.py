"""extract: what is no unit noun and what a noun before "of" means, read from invented
sentences. Each case pairs the bug with a near miss that must keep its reading.
"""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def units(text: str) -> list[tuple[object, str | None]]:
    return [(f.value, f.unit) for f in read_sentence(text).figures if f.value is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An age and a factor say their unit by another word.
        ("He opened the bakery at the age of 63.", [(63, "years")]),
        ("Frost grew rarer by a factor of 6.", [(6, "times")]),
        ("Veteran keeper Ivo Marsh, 41, has made 212 saves.", [(41, "years"), (212, "saves")]),
        # Near misses: an apposition after a month is no age; a unit after "of" stays.
        ("By May, 40, not 30, had signed.", [(40, None), (30, None)]),
        ("The club has a squad of 26 players.", [(26, "players")]),
    ],
)
def test_nouns_that_mean_a_unit(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pronoun, a comparative or a lone past-tense verb after the figure is no unit.
        ("Of the 318 miners only 96 they reached.", [(318, "miners"), (96, None)]),
        ("Turnover was 26,490 higher than first estimated.", [(26_490, None)]),
        ("Of the surveyed farms, 58 remained dry.", [(58, None)]),
        ("Footfall in spring and summer combined was 23,780.", [(23_780, None)]),
        # Near misses: an -ed adjective before a noun and a noun of its own stay.
        ("The town has 1,460 licensed cabs.", [(1460, "licensed cabs")]),
        ("The bank hired 30 lenders.", [(30, "lenders")]),
    ],
)
def test_words_that_are_no_unit(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The noun after a word of addition; the low end of a span without a unit of its own.
        ("Since March the museum has added nine more rooms.", [(9, "rooms")]),
        ("Weekly averages of 52 to 57 trucks arrived.", [(52, "trucks"), (57, "trucks")]),
        # Near misses: "between" spans stay read; "more than" is a qualifier; "and" without
        # "between" makes no span.
        ("Crews of between 12 and 15 divers took part.", [(12, "divers"), (15, "divers")]),
        ("The fair sold 64,370 more than last year.", [(64_370, None)]),
        # No range without "between", but a pair shares the noun written after it.
        ("Groups of 4 and 15 divers took part.", [(4, "divers"), (15, "divers")]),
    ],
)
def test_nouns_beside_the_figure(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A distance per hour is a speed, also after a converted value in brackets.
        ("The sled ran at 148 kilometres (92 miles) per hour.",
         [(148, "kilometres per hour"), (92, "miles per hour")]),
        ("Gusts reached 90 miles an hour.", [(90, "miles per hour")]),
        # Near misses: a distance per day is a rate, not a speed per hour; a distance alone
        # stays a distance.
        ("Crews paved 12 miles per day.", [(12, "miles per day")]),
        ("The road is 40 miles long.", [(40, "miles")]),
    ],
)
def test_speeds(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A run of capitalised words ending in a plural is one noun: kept whole.
        ("By March, 63 Partner Cities had signed.", [(63, "Partner Cities")]),
        ("He has 17 Gold Gloves (including 6 Silver Bats).", [(17, "Gold Gloves"), (6, "Silver Bats")]),
        ("In all, 41 Partner Cities joined.", [(41, "Partner Cities")]),
        # Near misses: a name that labels the next member is none; a name with digits after
        # the figure belongs to the name, and the noun after it is the unit ("23 Open Series 625 crowns").
        ("Alpha -- 52.43 million Rio Grandes -- 48.37 million", [(52_430_000, None), (48_370_000, None)]),
        ("He has 17 Gold Gloves and 23 Open Series 625 crowns.", [(17, "Gold Gloves"), (23, "crowns")]),
        ("The chip has 8 ACME X9 TPUs.", [(8, "TPUs")]),
    ],
)
def test_proper_plural_nouns(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text)[: len(expected)] == expected  # (what "625" is, is not asked here)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rate per a thing or a time, also after a conversion in brackets.
        ("The orchard averaged 64 bushels per acre this year.", [(64, "bushels per acre")]),
        ("The dune moved about 7.5 millimetres (0.3 inch) per year.",
         [(7.5, "millimetres per year"), (0.3, "inch per year")]),
        ("The array needs 36 sensors per logical cell.", [(36, "sensors per logical cell")]),
        # Near misses: per cent, a base written as a number, "per" before a pronoun.
        ("Turnout rose 12 per cent.", [(12, "percent")]),
        ("The town had 19.4 burglaries per 1,000 homes.", [(19.4, "burglaries per 1,000 homes")]),
        ("It needs 36 sensors per working one.", [(36, "sensors")]),
    ],
)
def test_rates_per_a_noun(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An area's measure word comes after "square"; a degree sign before the scale's name.
        ("The reserve covers 172 square miles.", [(172, "square miles")]),
        ("The bay reached 22.5° Celsius (72.5° Fahrenheit).", [(22.5, "°C"), (72.5, "°F")]),
        # Near misses: a plain measure and a written-out scale keep their reading.
        ("The reserve is 172 miles long.", [(172, "miles")]),
        ("The bay reached 22.5 degrees Celsius.", [(22.5, "°C")]),
    ],
)
def test_areas_and_scales(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "The number of X" leads to a figure after "risen from" / "fell by" too.
        ("The number of ferry crossings has risen from 9,815 in 2030 to 9,130 in 2031.",
         [(9815, "ferry crossings"), (9130, "ferry crossings")]),
        ("The number of permits fell by 3,290 in May.", [(3290, "permits")]),
        # The plural subject of a change in percent counts the new level; "are" states one.
        ("Ferry sailings slid 8% to 12,430 in the year.", [(8, "percent"), (12_430, "sailings")]),
        ("Mobile subscribers are 36.2 million.", [(36_200_000, "subscribers")]),
        # A figure converted in brackets shares the noun after the bracket.
        ("The network reached 4.2 crore (42 million) users.",
         [(42_000_000, "users"), (42_000_000, "users")]),
        # Near misses: a plural after "in"/"on" is a field, not the subject; a span's low end
        # takes its high end's unit; a bracket that converts nothing; a mark on a scale.
        ("Filings in solar panels grew 6.3% to 4,215.", [(6.3, "percent"), (4215, None)]),
        ("Lake temperatures are about 3 to 6 degrees Fahrenheit above normal.", [(3, "°F"), (6, "°F")]),
        ("Kestrel filed the most patents (2,315) amongst the firms.", [(2315, "patents")]),
        ("The fleet passed the 50 crore (500 million) mark.", [(500_000_000, None), (500_000_000, None)]),
    ],
)
def test_what_the_clause_says_is_counted(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A measure made an adjective with a hyphen is the figure's unit, not the noun after.
        ("The 180-foot-tall mast and a 12-metre-long hull.", [(180, "feet"), (12, "metres")]),
        ("The roughly 52-year-old hiker rested.", [(52, "year-old")]),
        ("The ship carried 800 metric tons of grain.", [(800, "metric tons")]),
        # Near miss: a hyphenated word that is no measure.
        ("A 40-room hotel opened.", [(40, "room")]),
        # A rating names a kind of hotel, no count (test_extract_nonfigure_matrix.py, label-).
        ("A 5-star hotel opened.", []),
    ],
)
def test_measure_adjectives(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Swedish crowns are a currency.
        ("Each grant is worth 2.4 million Swedish kronor.", [(2_400_000, "SEK")]),
        ("The grant grew to 4 million kronor.", [(4_000_000, "SEK")]),
        # Near miss: Danish or Norwegian crowns ("kroner", two currencies) stay a plain noun.
        ("The fare is 120 kroner.", [(120, "kroner")]),
    ],
)
def test_swedish_crowns(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural that is also a reporting verb, right after a count, is the counted noun.
        ("The theatre staged 140 shows across four halls.", [(140, "shows"), (4, "halls")]),
        ("Inspectors filed 85 reports during the spring.", [(85, "reports")]),
        # Near miss: with a clause as its object it stays a verb.
        ("Data for 2,430 shows that most readers agree.", [(2_430, None)]),
        # A frequency adjective before its noun belongs to the phrase.
        ("The app now counts 40 million monthly users.", [(40_000_000, "monthly users")]),
        # Near miss: after the noun it ends the phrase.
        ("Riders sent 9 million messages daily.", [(9_000_000, "messages")]),
    ],
)
def test_verbs_and_adverbs_that_may_be_unit_words(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The low end of a span takes the noun after the high end, not the noun before "of".
        ("Forecasters see a 60 percent chance of 8 to 12 storms this year.",
         [(60, "percent"), (8, "storms"), (12, "storms")]),
        ("The mill has a capacity of 40 to 60 tonnes a day.", [(40, "tonnes"), (60, "tonnes")]),
        # Near miss: with no noun after the span, the noun before it stays at both ends.
        ("Judges gave a rating of 3 to 5 for the show.", [(3, "score"), (5, "score")]),
    ],
)
def test_the_low_end_of_a_span_after_a_noun_and_of(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A time phrase right after the figure says when, not what: the noun before it counts.
        ("The index fell from a score of 61.5 last year to 58.7.", [(61.5, "score"), (58.7, "score")]),
        # Near misses: a noun before the time phrase stays; a period of time is a unit.
        ("The park had 7,130 visitors last year.", [(7130, "visitors")]),
        ("The firm posted 3 consecutive months of growth.", [(3, "consecutive months")]),
    ],
)
def test_a_time_phrase_after_the_figure_is_no_unit(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected
