"""Record claims of round 8. Invented sentences only, each with near misses that must stay
what they were."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str, *, title: bool = False) -> list[str | None]:
    return [f.cue for f in read_sentence(text, is_title=title).figures if f.kind == "record"]


def record_values(text: str) -> list[float | int | None]:
    return [f.value for f in read_sentence(text).figures if f.kind == "record"]


# --- a named owner's superlative; "leading" owned or with a scope ---------------------------


@pytest.mark.parametrize(("text", "cue"), [
    ("Ostland's largest ferry operator carried 4 million people.", "Ostland's largest"),
    ("The K9, Brenco's biggest drill, weighs 40 tonnes.", "Brenco's biggest"),
    ("Fog is the region's leading cause of delay, with 30 days a year.", "region's leading"),
    ("Harbo, the leading Nordic shipbuilder, launched 5 ferries.", "the leading Nordic"),
    ("Velt, the leading global maker of masts, sold 700.", "the leading global"),
])
def test_owned_and_scoped_superlatives_are_claims(text: str, cue: str) -> None:
    assert records(text) == [cue]


@pytest.mark.parametrize("text", [
    "The bakery's largest shareholder sold 3 percent.",
    "The leading edge of the wing is 3 metres long.",
    "The leading patent filers were 3 small firms.",
    "Harbo, a leading Nordic shipbuilder, launched 5 ferries.",
])
def test_unowned_or_unscoped_superlatives_are_no_claims(text: str) -> None:
    assert not records(text)
