"""extract: rules found by reading articles the extractor had never seen (held-out check).

Every sentence here is written for the project, in domains the other tests do not use. Each
rule has the case it fixes and a near miss whose reading must not change.
"""

from __future__ import annotations

from generator.extract import read_sentence


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
