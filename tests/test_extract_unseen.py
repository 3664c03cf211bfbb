"""extract: rules found by reading articles the extractor had never seen (held-out check).

Every sentence here is written for the project, in domains the other tests do not use. Each
rule has the case it fixes and a near miss whose reading must not change.
"""

from __future__ import annotations

from generator.extract import extract_facts, read_sentence
from generator.ingest import parse_document


def years(text: str) -> list[tuple[object, int | None]]:
    doc = parse_document(f"Title\n\n{text}\n", "d", "d.txt", "0")
    return [(f.value, f.year) for f in extract_facts(doc) if f.value is not None]


def figures(text: str) -> list[tuple[str, object, str | None]]:
    ctx = read_sentence(text)
    return [(f.kind, f.value, f.unit) for f in ctx.figures]


# --- reporting periods ---------------------------------------------------------------------


def test_reporting_period_is_neither_a_figure_nor_a_record() -> None:
    assert figures("Orchard output rose 4 percent in the first nine months of the year.") == [
        ("quantity", 4, "percent")
    ]
    assert figures("Lambs should be weighed within the first 12 hours after birth.") == []
    assert figures("Ferry fares climbed 3% over the past two quarters.") == [("quantity", 3, "percent")]
    assert figures("Kiln sales slipped in the last twenty-four months.") == []


def test_period_near_misses_keep_their_figures_and_claims() -> None:
    # Not a time unit: the first N buyers is a count and a claim.
    assert figures("The first 100 buyers of the kayak got a paddle.") == [("record", 100, "buyers")]
    # A time span that is the figure itself, with no first/last/past.
    assert figures("The ferry crossing takes 3 hours.") == [("quantity", 3, "hours")]
    # "the first" with no number after it stays a claim.
    assert [f.kind for f in read_sentence("It was the first hovercraft to cross the lake.").figures] == ["record"]


# --- comparison years and relative clauses ---------------------------------------------------


def test_comparison_year_is_not_the_figure_year_nor_carried_on() -> None:
    assert years(
        "In the first half of 2022, ferry traffic grew 4.4% compared with the same period of 2021. "
        "Bus traffic grew by 2.0%."
    ) == [(4.4, 2022), (2, 2022)]
    assert years("The bakery index for the fourth quarter of 2024 over the same quarter of 2023 is 2.5%.") == [
        (2.5, 2024)
    ]
    assert years("The port installed 40 cranes during 2022, a 12% increase from 2021.") == [(40, 2022), (12, 2022)]
    assert years("Tram fares in 2023 were 5% higher than in 2022. Bus fares fell 2%.") == [(5, 2023), (2, 2023)]


def test_year_in_a_relative_clause_stays_in_it() -> None:
    assert years(
        "In 2024 the lake towns grew. The ferries, which entered service in 2015, have carried 3 million riders."
    ) == [(3_000_000, 2024)]
    # The figure inside the clause is dated by it.
    assert years("The ferries, which carried 2 million riders in 2015, were retired.") == [(2_000_000, 2015)]


def test_source_and_span_years_stay_figure_years() -> None:
    # "from" without any change word is where data come from, not a base.
    assert years("Figures from 2023 show that 40 mills closed.") == [(40, 2023)]
    assert years("In 2023, cheese exports rose 5%.") == [(5, 2023)]
    assert years("Cheese exports rose 5% in 2023. Butter exports rose 2%.") == [(5, 2023), (2, 2023)]
