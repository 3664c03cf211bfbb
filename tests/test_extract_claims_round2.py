"""extract: record claims of a second round of unseen shapes (leading a market or a list,
someone's "top" partner, adverb superlatives, new records seen, superlatives opening a
headline), denied claims, and headings that are no milestones; each with near misses that
must stay what they were. Sentences are invented for the tests."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def claims(text: str, *, is_title: bool = False) -> list[str | None]:
    return [f.cue for f in read_sentence(text, is_title=is_title).figures if f.kind == "record"]


def kinds(text: str) -> list[str]:
    return [f.kind for f in read_sentence(text).figures]


# --- denied claims ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new ferry is not the fastest on the lake.",
        "It isn't the largest farm in the valley.",
        "The mill is no longer the biggest employer in town.",
    ],
)
def test_a_denied_superlative_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It is not only the largest farm in the valley.", "the largest"),
        ("The ferry is the fastest on the lake.", "the fastest"),
    ],
)
def test_a_claim_not_denied_stays_a_claim(text: str, cue: str) -> None:
    assert claims(text) == [cue]

