"""Record claims of round 6, without a superlative: "the only (other) ... to have done",
"only <names> have won", and "more ... than ever". Invented sentences only."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text).figures if f.kind == "record"]


@pytest.mark.parametrize(("text", "cue"), [
    ("Westmark is the only other town to have fully rebuilt its old harbour, spending 9 million dollars.",
     "the only other town to have fully rebuilt"),
    ("The ferry is the only vessel ever to have crossed the strait in 3 hours.",
     "the only vessel ever to have crossed"),
    ("So across 9 seasons, only Harbour Rovers and Ridge United have worn the sash.",
     "only Harbour Rovers and Ridge United have worn"),
    ("Only Westland has ever won the cup, in 1998 and 2004.", "Only Westland has ever won"),
    ("The fair welcomed more visitors than ever, some 40,000.", "more visitors than ever"),
    ("The college drew more foreign students than ever in 2030, 3,100 in all.", "more foreign students than ever"),
    ("Fares ran higher than ever before, at 9 dollars.", "higher than ever before"),
])
def test_round6_claims(text: str, cue: str) -> None:
    assert records(text) == [cue]


@pytest.mark.parametrize("text", [
    # A means, a possession, a comment and an opinion rank nothing.
    "The only way to have fun is to pay 5 dollars.",
    "She is the only one to have a key to the 3 doors.",
    "Only Ostland has commented on the 4 proposals.",
    "It is more important than ever to save 5 percent.",
    "Now more than ever, the 12 towns need help.",
    "The town has more parks than the 3 villages.",
    # Hedged claims stay out.
    "It could become the only town to have hosted the fair.",
])
def test_round6_near_misses(text: str) -> None:
    assert not records(text)
