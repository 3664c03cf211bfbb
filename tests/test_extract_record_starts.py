"""records._STARTED_BY: the costliest claim shapes are tried only at the words their matches
start with (records._starts, context.matches_from). That must find exactly what a scan of
every offset finds: compared here on invented sentences that hold each shape, its variants
(capitals, a hyphen or a digit glued before the word, the shape at the sentence's start, two
matches in a row) and the sentences of tests/texts and benchmarks/news.py's generated news."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import ingest
from generator.extract import records
from generator.extract.context import SentenceContext, matches_from

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("benchmark_news", ROOT / "benchmarks" / "news.py")
assert _SPEC is not None and _SPEC.loader is not None
_NEWS = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_NEWS)

_SHAPES = [
    "Freight volumes grew fastest in the north, and fares rose the most among regional lines.",
    "Exports to Westia climbed the rankings fastest; imports fell most during the spring.",
    "Vendors in Lowmoor fared-grew fastest in March, and Sales GREW FASTEST since then.",
    "Rents hit lowest level since 2009 while wages slid to lowest rate in five years.",
    "Tin slides to-lowest price in a decade; the index at highest level this year.",
    "The river reached a high of 19.5 degrees in August after it rose to a low of 3.",
    "A high of 318 tonnes in 2029 was the peak; prices hit a high of 4 crowns.",
    "  a low of 12 was logged, then output jumped to a high of 80.",
    "Output highest in 18 months, rents lowest for a decade and exports biggest since 2008.",
    "The port was busiest in over 20 years, and the mill was quietest-biggest since 1990.",
    "It has been largest since 2019 but the harbour remained busiest in a year of repairs.",
    "Northfield Rail 3grew fastest and x_rose most, while Eastby-rose most in the west.",
    "Kestrel took the No. 1 spot and lost the number one place, then its #1 position again.",
    "Brel-the No 1 slot went to Acme; Their number-one spots were kept.",
    "Tin hit a new high of 4 crowns, a fresh low, and New record-highs, not a new junior high.",
    "Westia is at the top of the table, sits top of the league and remained still top of its list.",
    "The port was top of the Westia port rankings; Acme-sits top in the north, stays top.",
    "The club is still on top with 40 points and continues to be top of the sector.",
    "The mill faced biggest overhaul in decades, worst flood in living memory and largest deal in its history.",
]


def _texts() -> list[str]:
    texts = list(_SHAPES)
    for path in sorted((ROOT / "tests" / "texts").glob("*.txt")):
        doc = ingest.parse_document(path.read_text(encoding="utf-8"), path.stem, str(path), "0")
        texts += [s.text for s in doc.sentences]
    for doc in _NEWS.generated_documents(200_000, 50_000, 7):
        texts += doc.split(". ")
    return texts


def _same_matches(text: str) -> None:
    ctx = SentenceContext(text, 0)
    if not ctx.ascii:
        return
    for pattern, started in records._STARTED_BY.items():
        scanned = [m.span() for m in pattern.finditer(text)]
        tried = [m.span() for m in matches_from(pattern, text, records._starts(ctx, *started))]
        assert tried == scanned, (pattern.pattern[:60], text)


def test_the_shapes_are_started_by_their_words() -> None:
    assert len(records._STARTED_BY) >= 4
    # Each shape above is found by at least one sentence, so the comparison tests something.
    for pattern in records._STARTED_BY:
        assert any(pattern.search(text) for text in _SHAPES), pattern.pattern[:60]


@pytest.mark.parametrize("text", _SHAPES)
def test_shape_sentences_match_as_scanned(text: str) -> None:
    _same_matches(text)
    _same_matches(text.lower())
    _same_matches(text.upper())


def test_invented_sentences_match_as_scanned() -> None:
    for text in _texts():
        _same_matches(text)


_PIECES = (
    "grew", "rose", "fastest", "new", "fresh", "high", "No. 1", "spot", "the", "its", "top", "of", "table",
    "sits", "is", "on", "with", "at the top", "the most", "most", "to", "at", "hit", "lowest", "level", "since 2009",
    "in five years", "a high of", "a low", "of", "highest", "in", "18 months", "been", "remained",
    "-", "_", "3", ",", ".", "A", "Rose", "HIT", "this year", "ever", "on record", "x",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14), st.sampled_from(["", " ", "-"]))
def test_random_joins_match_as_scanned(pieces: list[str], glue: str) -> None:
    _same_matches(" ".join(pieces).replace(" - ", glue or " - "))
    _same_matches("".join(pieces) if glue == "-" else " ".join(pieces))
