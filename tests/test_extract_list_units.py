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
        ("Sales reached 4.1 million units, up from 3.8 million a year earlier.",
         [(4_100_000, "units"), (3_800_000, "units")]),
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
        ("Alpha (20,400 permits, or 23% of the total) led, ahead of Beta (12,500, or 14%) and Gamma (9,900, or 11%).",
         [(20400, "permits"), (23, "percent"), (12500, "permits"), (14, "percent"),
          (9900, "permits"), (11, "percent")]),
        ("The east (1.8 billion riders, up 5.5%) beat the west (1.6 billion, up 3.2%).",
         [(1_800_000_000, "riders"), (5.5, "percent"), (1_600_000_000, "riders"), (3.2, "percent")]),
        # An age is the person's, not the list's.
        ("The 31-year-old has passed Alpha Brown (377) and Gamma Reed (319).",
         [(31, "year-old"), (377, None), (319, None)]),
        # Near misses: a bare member beside a share is still a share; a comparison keeps its unit.
        ("Fares rose in the east (+2.6 percent), the south (-4.7) and the west (-7.2).",
         [(2.6, "percent"), (-4.7, "percent"), (-7.2, "percent")]),
        ("A score of 88.5 beat Alpha's 86.1 and Beta (79.0).", [(88.5, "score"), (86.1, "score"), (79.0, "score")]),
    ],
)
def test_members_after_a_name(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


def test_a_share_head_does_not_pass_to_a_count() -> None:
    # "23%" stands right before the bare count: a count written with thousands is no share.
    assert units("Exports grew 23%, to 12,500.")[1] == (12500, None)


def test_list_lines_take_the_unit_of_their_introduction() -> None:
    body = (
        "The largest harbours each handled at least 2 million boxes last year:\n\n"
        "Alpha Port: 9.4 million\n\nBeta Bay: 7.1 million\n\nGamma Quay: 3.3 million\n\n"
        "The harbours employ 4,000 people."
    )
    assert document_units(body) == [
        (2_000_000, "boxes"), (9_400_000, "boxes"), (7_100_000, "boxes"), (3_300_000, "boxes"), (4000, "people"),
    ]


def test_list_lines_take_the_unit_of_their_first_member() -> None:
    body = "The top filers in 2024 were:\n\nAlpha Works – 198 patents\n\nBeta Labs – 117\n\nGamma Corp – 96"
    assert document_units(body) == [(198, "patents"), (117, "patents"), (96, "patents")]


def test_lines_without_an_introduction_take_nothing() -> None:
    # Near miss: the sentence before the lines does not end with a colon.
    body = "The harbours handled 2 million boxes.\n\nAlpha Port: 9.4 million\n\nBeta Bay: 7.1 million"
    assert document_units(body) == [(2_000_000, "boxes"), (9_400_000, None), (7_100_000, None)]


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
    body = f"The firm cut 300 jobs. {second}"
    assert (54, None) in document_units(body)


def test_named_members_stay_in_their_paragraph() -> None:
    body = "The firm cut 300 jobs.\n\nAlpha (54) and Beta (41) left."
    assert document_units(body)[1:] == [(54, None), (41, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the number of X" names what a figure counts over an aside, an -ing verb, "to", a bracket.
        ("As of May, the number of cargo bikes of the three firms -- Alpha, Beta, Gamma -- had reached "
         "634,000, a net increase of 73,000 from last year.", [(634_000, "cargo bikes"), (73_000, "cargo bikes")]),
        ("Trade grew, with the number of river barges surpassing 20,000.", [(20_000, "river barges")]),
        ("The number of idle looms has decreased to 2,600.", [(2600, "idle looms")]),
        ("The port will cut the number of barges using the channel to 31 per day, from 38 in May.",
         [(31, "barges"), (38, "barges")]),
        ("The number of bikes sold in the city last year (more than 11,000) was a record.", [(11_000, "bikes")]),
        # "the most Xs" likewise, with "with", a comma or a bracket; a part in brackets follows.
        ("The side scored the most goals in a single season with 105.", [(105, "goals")]),
        ("The most people (96,000) came on Sunday.", [(96_000, "people")]),
        ("The team has won the most medals ever, with 2,600 (including 110 from the last games).",
         [(2600, "medals"), (110, "medals")]),
        # Near misses: "most" before an adjective is no count; a new clause or figure breaks the link.
        ("The park is the most popular destination, with 14 million.", [(14_000_000, None)]),
        ("The yard holds the most cranes in the region, and 40 are new.", [(40, None)]),
        ("The number of barges fell, and on Monday it was 31.", [(31, None)]),
    ],
)
def test_counted_noun_named_before(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A figure compared with "more/fewer than" counts what the figure before it counts.
        ("The side won in 1,410 games played, 150 fewer than its rival.", [(1410, "games"), (150, "games")]),
        ("The plant made 4,000 vans, which is 150 more than the year before.", [(4000, "vans"), (150, "vans")]),
        # Near miss: not from a share to a figure written as a count.
        ("Sales grew 5 percent, some 12,000 more than planned.", [(5, "percent"), (12_000, None)]),
    ],
)
def test_comparisons_count_like_with_like(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare figure in the next clause counts what the figure before it counted.
        ("The firm asked for 29,900 permits, and the city approved 7,500, with limits.",
         [(29_900, "permits"), (7500, "permits")]),
        ("The firm has launched 3,600 drones and reports say more than 3,200 are in service.",
         [(3600, "drones"), (3200, "drones")]),
        ("Of 120 listed firms, 64 saw their shares fall, 31 stayed level, while only 25 saw a gain.",
         [(120, "listed firms"), (64, "listed firms"), (31, "listed firms"), (25, "listed firms")]),
        # ... or the group named before it.
        ("Among these harbours, 15 have a rail link.", [(15, "harbours")]),
        ("Among its rivals, only 4 have grown.", [(4, "rivals")]),
        # Near misses: not from a measure, a share or a sum; not for a bare group or a predicate.
        ("The port handled 1.2 million tonnes, and 110 saw growth.", [(1_200_000, "tonnes"), (110, None)]),
        ("The fleet sailed 900 kilometres, and 30 were damaged.", [(900, "kilometres"), (30, None)]),
        ("Of these, 15 have signed.", [(15, None)]),
        ("The 12 drones stayed up until it was 40.", [(12, "drones"), (40, None)]),
    ],
)
def test_bare_figures_in_the_next_clause(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Named members without a head count what the superlative after them names.
        ("The 31-year-old has passed Alpha Brown (377) and Gamma Reed (319) for the most weeks at the top.",
         [(31, "year-old"), (377, "weeks"), (319, "weeks")]),
        ("Alpha (3), Beta (2) and Gamma (1) are the clubs with the most wins.",
         [(3, "wins"), (2, "wins"), (1, "wins")]),
        # Near misses: a member with a unit of its own keeps it and stops the reach; no
        # superlative, no unit.
        ("Alpha (3) beat Beta (2 goals) for the most titles.", [(3, None), (2, "goals")]),
        ("The 31-year-old has passed Alpha Brown (377) and Gamma Reed (319).",
         [(31, "year-old"), (377, None), (319, None)]),
    ],
)
def test_named_members_before_a_superlative(text: str, expected: list[tuple[object, str | None]]) -> None:
    assert units(text) == expected
