"""extract: units of list members (list_units.py) and of counts named before the figure
("the number of X ... reached N", "the most Xs ... with N"), read from invented sentences.
A member of a list without a noun of its own counts what the list's head counts. Each case
pairs the bug (a member without a unit, or with the unit of a figure of another kind) with a
near miss that must keep its reading.
"""

from __future__ import annotations

import pytest

from generator.extract import extract_facts, read_sentence
from generator.ingest import parse_document


def units(text: str) -> list[tuple[object, str | None]]:
    return [(f.value, f.unit) for f in read_sentence(text).figures if f.value is not None]


def document_units(body: str) -> list[tuple[object, str | None]]:
    document = parse_document(f"Title\n\n{body}", "doc", "doc.txt", "0" * 64)
    return [(f.value, f.unit) for f in extract_facts(document) if f.value is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A member after a separator takes the head's unit, also after a year phrase or a name.
        ("The yard built 5,200 boats in 2021, 4,800 in 2022 and 4,100 in 2023.",
         [(5200, "boats"), (4800, "boats"), (4100, "boats")]),
        ("Bookings reached 6.37 million nights, up from 5.83 million a year earlier.",
         [(6_370_000, "nights"), (5_830_000, "nights")]),
        ("Fares rose 12 percent, 9 and 4 in the three zones.", [(12, "percent"), (9, "percent"), (4, "percent")]),
        # Near misses: a member with its own noun keeps it; a clause of its own takes nothing.
        ("The yard built 5,200 boats in 2021 and 4,800 trailers in 2022.", [(5200, "boats"), (4800, "trailers")]),
        ("The yard built 5,200 boats, and its 40 staff were paid.", [(5200, "boats"), (40, "staff")]),
    ],
)
def test_members_after_a_separator(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A member after a name and "(" takes the unit of the member before it in the same
        # place, not of the share that stands between them.
        ("Alpha (18,650 permits, or 37% of the total) led, ahead of Beta (11,430, or 22%) and Gamma (6,870, or 13%).",
         [(18650, "permits"), (37, "percent"), (11430, "permits"), (22, "percent"),
          (6870, "permits"), (13, "percent")]),
        ("The north line (2.37 million trips, up 6.85%) beat the harbour line (1.94 million, up 2.15%).",
         [(2_370_000, "trips"), (6.85, "percent"), (1_940_000, "trips"), (2.15, "percent")]),
        # An age is the person's, not the list's.
        ("The 27-year-old has overtaken Orla Finch (263) and Piet Haldane (246).",
         [(27, "year-old"), (263, None), (246, None)]),
        # Near misses: a bare member beside a share is still a share; a comparison keeps its unit.
        ("Rents moved in the old town (+3.45 percent), the docks (-1.85) and the hills (-6.15).",
         [(3.45, "percent"), (-1.85, "percent"), (-6.15, "percent")]),
        ("Its score of 64.25 topped Alpha's 61.75 and Beta (58.5).",
         [(64.25, "score"), (61.75, "score"), (58.5, "score")]),
    ],
)
def test_members_after_a_name(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


def test_a_share_head_does_not_pass_to_a_count() -> None:
    # "37%" stands right before the bare count: a count written with thousands is no share.
    assert units("Imports fell 37%, to 11,430.")[1] == (11430, None)


def test_list_lines_take_the_unit_of_their_introduction() -> None:
    body = (
        "The largest harbours each handled at least 2 million boxes last year:\n\n"
        "Alpha Port: 8.64 million\n\nBeta Bay: 6.49 million\n\nGamma Quay: 2.43 million\n\n"
        "The harbours employ 3,850 people."
    )
    assert document_units(body) == [
        (2_000_000, "boxes"), (8_640_000, "boxes"), (6_490_000, "boxes"), (2_430_000, "boxes"), (3850, "people"),
    ]


def test_list_lines_take_the_unit_of_their_first_member() -> None:
    body = "The largest exhibitors in 2024 were:\n\nAlpha Works – 264 stands\n\nBeta Labs – 193\n\nGamma Corp – 71"
    assert document_units(body) == [(264, "stands"), (193, "stands"), (71, "stands")]


def test_lines_without_an_introduction_take_nothing() -> None:
    # Near miss: the sentence before the lines does not end with a colon.
    body = "The harbours handled 2 million boxes.\n\nAlpha Port: 8.64 million\n\nBeta Bay: 6.49 million"
    assert document_units(body) == [(2_000_000, "boxes"), (8_640_000, None), (6_490_000, None)]


def test_named_members_continue_the_sentence_before() -> None:
    body = "The new model reached a score of 91.2 on the test. This beats Alpha's 80.4 and Beta's 77.9."
    assert document_units(body) == [(91.2, "score"), (80.4, "score"), (77.9, "score")]


@pytest.mark.parametrize(
    "second",
    [
        "Its rival Alpha (54) left.",  # one member is no list
        "Alpha (54) and Beta (3 offices) left.",  # a member with a unit of its own
    ],
)
def test_named_members_need_a_bare_list(second: str) -> None:
    body = f"The firm cut 265 jobs. {second}"
    assert (54, None) in document_units(body)


def test_named_members_stay_in_their_paragraph() -> None:
    body = "The firm cut 265 jobs.\n\nAlpha (54) and Beta (41) left."
    assert document_units(body)[1:] == [(54, None), (41, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the number of X" names what a figure counts over an aside, an -ing verb, "to", a bracket.
        ("By June, the number of charging posts of the two operators -- Alpha and Beta -- had climbed to "
         "418,760, an increase of 52,860 over the winter.", [(418_760, "charging posts"), (52_860, "charging posts")]),
        ("Cycling boomed, the number of rental docks topping 1,745 by autumn.", [(1745, "rental docks")]),
        ("The number of open kiosks has fallen to 1,385.", [(1385, "open kiosks")]),
        ("The council will limit the number of coaches entering the old town to 57 per week, from 64 in April.",
         [(57, "coaches"), (64, "coaches")]),
        ("The number of kayaks hired on the lake this summer (almost 4,870) set a high.", [(4870, "kayaks")]),
        # "the most Xs" likewise, with "with", a comma or a bracket; a part in brackets follows.
        ("The bakery sold the most loaves in one week with 2,140.", [(2140, "loaves")]),
        ("The most visitors (41,370) arrived on the Saturday.", [(41_370, "visitors")]),
        ("The school has collected the most trophies so far, with 1,460 (including 85 from the last decade).",
         [(1460, "trophies"), (85, "trophies")]),
        # Near misses: "most" before an adjective is no count; a new clause or figure breaks the link.
        ("The park is the most popular destination, with 14 million.", [(14_000_000, None)]),
        ("The yard holds the most cranes in the region, and 40 are new.", [(40, None)]),
        ("The number of coaches fell, and on Monday it was 57.", [(57, None)]),
    ],
)
def test_counted_noun_named_before(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A figure compared with "more/fewer than" counts what the figure before it counts.
        ("The clinic met its target in 2,735 visits made, 219 fewer than its neighbour.",
         [(2735, "visits"), (219, "visits")]),
        ("The plant made 3,260 vans, which is 177 more than the year before.", [(3260, "vans"), (177, "vans")]),
        # Near miss: not from a share to a figure written as a count.
        ("Sales grew 7 percent, some 8,450 more than planned.", [(7, "percent"), (8450, None)]),
    ],
)
def test_comparisons_count_like_with_like(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare figure in the next clause counts what the figure before it counted.
        ("The builder applied for 26,370 permits, and the council granted 4,150, under conditions.",
         [(26_370, "permits"), (4150, "permits")]),
        ("The city has planted 5,480 trees, and inspectors say more than 4,970 are thriving.",
         [(5480, "trees"), (4970, "trees")]),
        ("Of 190 polled shops, 72 saw sales drop, 43 remained steady, and just 25 saw growth.",
         [(190, "polled shops"), (72, "polled shops"), (43, "polled shops"), (25, "polled shops")]),
        # ... or the group named before it.
        ("Among those bakeries, 9 have a wood oven.", [(9, "bakeries")]),
        ("Among its suppliers, only 6 have expanded.", [(6, "suppliers")]),
        # Near misses: not from a measure, a share or a sum; not for a bare group or a predicate.
        ("The depot stored 2.87 million litres, and 87 saw delays.", [(2_870_000, "litres"), (87, None)]),
        ("The fleet sailed 900 kilometres, and 30 were damaged.", [(900, "kilometres"), (30, None)]),
        ("Of these, 8 have signed.", [(8, None)]),
        ("The 12 drones stayed up until it was 40.", [(12, "drones"), (40, None)]),
    ],
)
def test_bare_figures_in_the_next_clause(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Named members without a head count what the superlative after them names.
        ("The 27-year-old has overtaken Orla Finch (263) and Piet Haldane (246) for the most days in charge.",
         [(27, "year-old"), (263, "days"), (246, "days")]),
        ("Alpha (3), Beta (2) and Gamma (1) are the clubs with the most wins.",
         [(3, "wins"), (2, "wins"), (1, "wins")]),
        # Near misses: a member with a unit of its own keeps it and stops the reach; no
        # superlative, no unit.
        ("Alpha (3) beat Beta (2 goals) for the most titles.", [(3, None), (2, "goals")]),
        ("The 27-year-old has overtaken Orla Finch (263) and Piet Haldane (246).",
         [(27, "year-old"), (263, None), (246, None)]),
    ],
)
def test_named_members_before_a_superlative(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The base of a comparison counts what the figure compared with it counts, past a share.
        ("Only 4,100 flats (2.3% of the stock) still lacked heating at the end of May, "
         "down from 5,370 in January.", [(4100, "flats"), (2.3, "percent"), (5370, "flats")]),
        ("Members reached 61,140, up 3% from 59,400 a year before.",
         [(61_140, "members"), (3, "percent"), (59_400, "members")]),
        ("The count of 61,140 members grew last year, up 3% from 59,400.",
         [(61_140, "members"), (3, "percent"), (59_400, "members")]),
        # A dash may lead to the base, as a comma does.
        ("The fleet has grown to 812 buses – up from 655.", [(812, "buses"), (655, "buses")]),
        # "was up from" after "the number of X".
        ("The number of licensed kiosks was up from 1,930 a year earlier.", [(1930, "licensed kiosks")]),
        # Past an age, to the count it is compared with.
        ("The 42-year-old trainer has 210 runners this season, up from 37.",
         [(42, "year-old"), (210, "runners"), (37, "runners")]),
        # A head the phrase reader ran on past its plural still counts things.
        ("The region now runs 1,300 clinics nationwide under a plan its council approved, up from 965 in 2019.",
         [(1300, "clinics"), (965, "clinics")]),
        # A part named before "of which" counts what the whole counts.
        ("The depot keeps 9,130 vans, 40 percent of which are leased, and only 1,140 of which are electric.",
         [(9130, "vans"), (40, "percent"), (1140, "vans")]),
        # "to N the number of X" names what N counts after it; the base then follows.
        ("The launch raised to 4,120 the number of members in the guild, up from 3,860 in spring.",
         [(4120, "members"), (3860, "members")]),
        # Near miss: a measure stands between, so the base is left without a guess.
        ("Only 4,100 flats lacked heating after a 9 km pipe burst, down from 5,370.",
         [(4100, "flats"), (9, "km"), (5370, None)]),
    ],
)
def test_comparison_bases(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected
