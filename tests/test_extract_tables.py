"""extract: tables written as text and numbered rankings, read from invented documents.

Each case pairs the bug (cells or ranks missed, two cells read as one number) with a near
miss that must keep its reading (prose, a numbered list of steps, a one-column list).
"""

from __future__ import annotations

from generator.extract import extract_facts
from generator.extract.ranked_lists import ListItem, ranked_items
from generator.extract.tables import find_table_rows
from generator.ingest import parse_document


def facts(text: str) -> list[tuple[object, str | None, str | None, int | None, str]]:
    doc = parse_document(text, "doc", "doc.txt", "0" * 64)
    return [(f.value, f.unit, f.subject, f.year, f.source.quote) for f in extract_facts(doc)
            if f.value is not None]


DRONES = """Kestrel Drones Ships More Units

Kestrel Drones said shipments rose last year.

2031 2030
Kestrel K-40 Range 812 790
Kestrel K-60 Range 39 41
Total 851 831
Source: Kestrel
"""


def test_table_rows_give_one_figure_a_cell_dated_by_its_column() -> None:
    got = facts(DRONES)
    assert (812, None, "Kestrel K-40 Range", 2031, "Kestrel K-40 Range 812 790") in got
    assert (790, None, "Kestrel K-40 Range", 2030, "Kestrel K-40 Range 812 790") in got
    assert (39, None, "Kestrel K-60 Range", 2031, "Kestrel K-60 Range 39 41") in got
    # The space between the totals separates two cells: not 851,831.
    assert (851, None, "Total", 2031, "Total 851 831") in got
    assert (831, None, "Total", 2030, "Total 851 831") in got
    # The model number in a label is part of its name.
    assert not any(v in (40, 60, 851831) for v, *_ in got)


def test_a_header_row_with_a_label_column_and_named_columns() -> None:
    rows = find_table_rows([
        (1, "Region Orders Returns"), (2, "North Coast 120 8"), (3, "Inland 75 4"),
    ])
    assert [c.column for c in rows[1].cells] == ["Orders", "Returns"]
    assert rows[2].label == "Inland" and [c.value for c in rows[2].cells] == [75, 4]
    rows = find_table_rows([(1, "Crop 2030 2031"), (2, "Barley 1,250 1,310"), (3, "Oats 80.5 77%")])
    assert [(c.value, c.year) for c in rows[1].cells] == [(1250, 2030), (1310, 2031)]
    assert rows[2].cells[1].percent


def test_one_column_rows_need_a_header() -> None:
    # Near miss: "Name 12" lines alone may be a list of anything.
    assert find_table_rows([(1, "Gate 12"), (2, "Gate 14")]) == {}
    rows = find_table_rows([(1, "2031"), (2, "Port Avalon 14"), (3, "Kestrel Bay 9")])
    assert [(c.value, c.year) for r in rows.values() for c in r.cells] == [(14, 2031), (9, 2031)]


def test_lines_of_prose_and_lines_apart_are_no_table() -> None:
    assert find_table_rows([(1, "The ferry carried 812 790 passengers."),
                            (2, "The bridge carried 95 100 cars.")]) == {}
    assert find_table_rows([(1, "Kestrel K-40 812 790"), (3, "Kestrel K-60 39 41")]) == {}


def test_space_thousands_in_prose_stay_one_number() -> None:
    # Near miss: outside a table the space is a thousands separator.
    got = facts("Harbour Fair Closes\n\nThe fair drew 812 790 visitors this year.\n")
    assert [v for v, *_ in got] == [812790]


RANKING = """Port Avalon Tops Harbour Index

The index scores 40 harbour towns each year.

The 2031 Harbour Liveability Index
1. Port Avalon
2. Kestrel Bay
3. New Marlow
4. Isle of Wren
"""


def test_numbered_names_under_a_ranking_are_ranks() -> None:
    got = facts(RANKING)
    ranks = [(v, s, y, q) for v, u, s, y, q in got if u == "rank"]
    assert (2, "Kestrel Bay", 2031, "2. Kestrel Bay") in ranks
    assert (4, "Isle of Wren", 2031, "4. Isle of Wren") in ranks
    assert len(ranks) == 4


def test_numbered_steps_and_lists_without_a_ranking_stay_markers() -> None:
    steps = """How To Brew

Follow these steps for the best cup.

1. Open the lid
2. Pour the water
3. Wait four minutes
"""
    assert [u for _, u, *_ in facts(steps) if u == "rank"] == []
    # Names, but no ranking in the lead-in or the title: a list of anything.
    guests = RANKING.replace("Tops Harbour Index", "Hosts Guests").replace(
        "The index scores 40 harbour towns each year.", "The fair has 40 guests.").replace(
        "The 2031 Harbour Liveability Index", "Guests this year")
    assert [u for _, u, *_ in facts(guests) if u == "rank"] == []


def test_a_ranking_run_must_count_up_line_by_line() -> None:
    items = [ListItem(1, "Port Avalon", 5), ListItem(2, "Kestrel Bay", 6), ListItem(4, "New Marlow", 7)]
    assert ranked_items(items, lambda _: ["Top towns"]) == []
    items[2] = ListItem(3, "New Marlow", 7)
    assert len(ranked_items(items, lambda _: ["Top towns"])[0]) == 3


# --- what a table's cells count ---------------------------------------------------------------

def _table_units(text: str) -> dict[object, str | None]:
    return {v: u for v, u, _, _, q in facts(text) if q.startswith(("Kestrel K-", "Total", "Port", "Ferry"))}


def test_a_unit_note_on_the_title_line_gives_the_cells_their_unit() -> None:
    text = DRONES.replace("2031 2030\n", "Harbour freight, in thousands of tonnes\n2031 2030\n")
    assert set(_table_units(text).values()) == {"tonnes"}
    # Near miss: a note that names no unit is no unit.
    text = DRONES.replace("2031 2030\n", "Harbour freight (provisional)\n2031 2030\n")
    assert set(_table_units(text).values()) == {None}


def test_a_column_header_or_a_row_label_names_the_unit() -> None:
    text = """Ports Report Busy Year

Kestrel Islands handled more ships.

Port Calls Berths
Port Avalon 412 38
Kestrel Islands 390 29
Ferry passengers (million) 8.5 7.1
"""
    units = {(v, u) for v, u, *_ in facts(text)}
    assert {(412, "calls"), (38, "berths"), (8.5, "ferry passengers"), (7.1, "ferry passengers")} <= units
    # Near miss: a plural name as the label names the row, not what is counted.
    assert {(390, "calls"), (29, "berths")} <= units
    # Near miss: a header of years names no unit.
    assert set(_table_units(DRONES).values()) == {None}


def test_the_total_the_prose_gives_with_a_unit_is_the_tables_unit() -> None:
    text = DRONES.replace("Kestrel Drones said shipments rose last year.",
                          "Kestrel Drones said it shipped 851 drones in 2031, up from 2030.")
    assert set(_table_units(text).values()) == {"drones"}
    # Near miss: the prose's figure is not the table's total.
    text = text.replace("shipped 851 drones", "shipped 850 drones")
    assert set(_table_units(text).values()) == {None}


def test_a_sentence_pointing_at_the_table_names_what_it_counts() -> None:
    lead = "Kestrel Drones said shipments rose last year. The figures below give the number of drones shipped."
    text = DRONES.replace("Kestrel Drones said shipments rose last year.", lead)
    assert set(_table_units(text).values()) == {"drones"}
    # Near miss: "number of" in a sentence that does not point at the table.
    lead = "Kestrel Drones said the number of drones shipped rose last year."
    text = DRONES.replace("Kestrel Drones said shipments rose last year.", lead)
    assert set(_table_units(text).values()) == {None}
    # Near miss: a heading between the prose and the table starts another section.
    lead = "The figures below give the number of drones shipped.\n\nKestrel Results"
    text = DRONES.replace("Kestrel Drones said shipments rose last year.", lead)
    assert set(_table_units(text).values()) == {None}


def test_a_zero_plural_after_a_verb_form_is_a_counted_noun() -> None:
    lead = "Kestrel said the figures below give the number of launched spacecraft."
    text = DRONES.replace("Kestrel Drones said shipments rose last year.", lead)
    assert set(_table_units(text).values()) == {"launched spacecraft"}
    # Near miss: a verb form before a mass noun ("launched cargo") names no counted thing.
    text = text.replace("launched spacecraft", "launched cargo")
    assert set(_table_units(text).values()) == {None}
