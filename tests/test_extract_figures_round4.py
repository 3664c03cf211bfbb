"""extract: figure shapes found on a fourth set of real articles: South Asian scales, rank
moves, ordinal counts, shares written "N out of M" and labels that are no figures.

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

from generator.extract import read_sentence
from generator.ingest import parse_document


def figures(text: str) -> list[tuple[str, object, str | None]]:
    return [(f.kind, f.value, f.unit) for f in read_sentence(text).figures if f.value is not None]


def sentences(body: str) -> list[str]:
    return [s.text for s in parse_document(f"Title\n\n{body}\n", "doc", "doc.txt", "0" * 64).sentences]


# --- lakh and crore ------------------------------------------------------------------------


def test_rs_with_a_period_does_not_end_the_sentence() -> None:
    assert sentences("The new bridge cost Rs. 412 crore. Work ends in May.") == [
        "The new bridge cost Rs. 412 crore.", "Work ends in May."
    ]


def test_crore_and_lakh_are_scales() -> None:
    assert figures("The new bridge cost Rs. 412 crore.") == [("quantity", 4_120_000_000, "INR")]
    assert figures("The fair drew 3 lakh visitors.") == [("quantity", 300_000, "visitors")]
    assert figures("Tickets worth 27 lakh rupees were sold.") == [("quantity", 2_700_000, "INR")]


def test_a_sum_without_an_indian_scale_is_unchanged() -> None:
    assert figures("The new bridge cost Rs. 412 million.") == [("quantity", 412_000_000, "INR")]
    assert figures("The fair drew 3 thousand visitors.") == [("quantity", 3000, "visitors")]
