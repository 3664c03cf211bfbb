"""extract: figure shapes of round 12c: a glued "m" for million with no noun after it (a level
a change in per cent ends at, a participle clause after a figure in millions), running counts
(an ordinal before "annual", "the 12th year the club has run"), a place written twice
("number 12th"), a group after "each of the"; and numbers that are no figures (a year compared
with after "on", a model's number after a count, a product's term, the length of a period
counted in a streak).

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

from generator.extract import read_sentence


def figures(text: str) -> list[tuple[str, object, str | None]]:
    return [(f.kind, f.value, f.unit) for f in read_sentence(text).figures if f.value is not None]


def values(text: str) -> list[object]:
    return [value for _, value, _ in figures(text)]


# --- numbers that are no figures ------------------------------------------------------------


def test_a_year_after_on_after_a_change_in_per_cent_is_the_year_compared_with() -> None:
    assert figures("Harbour trips rose 4.2% on 2016 sailings.") == [
        ("quantity", 4.2, "percent")
    ]


def test_a_rate_charged_on_a_count_keeps_the_count() -> None:
    assert figures("They set a 2% levy on 1800 firms.") == [
        ("quantity", 2, "percent"), ("quantity", 1800, "firms")
    ]
