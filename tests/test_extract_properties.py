"""extract: invariants on arbitrary text (never raises, deterministic, quotes are verbatim)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract import extract_facts
from generator.ingest import parse_document

# Text that looks a little like news: words, numbers, currency, punctuation and newlines.
_TOKENS = st.sampled_from([
    "The", "firm", "sold", "5", "1,200", "3.5", "million", "$", "€", "%", "percent", "first",
    "record", "the highest", "11th", "place", "in", "2024", "June 3,", "p.m.", "GPT-4", "5G",
    "Bank of Spain", "(WHO)", "-", "–", ",", ".", "!", "?", "\n", "\n\n", "about", "top 10",
    "second consecutive year", "of the", "Dr.", "U.S.", '"', "'s", "2-3", "billion", "twelve",
])
NEWSY = st.lists(_TOKENS, max_size=80).map(" ".join)
ANY = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)


def _check(text: str) -> None:
    doc = parse_document(text, "doc", "doc.txt", "0")
    facts = extract_facts(doc)
    assert facts == extract_facts(doc)
    ids = [f.id for f in facts]
    assert len(ids) == len(set(ids))
    for f in facts:
        assert doc.text[f.source.start:f.source.end] == f.source.quote


@settings(max_examples=150, deadline=None)
@given(NEWSY)
def test_newsy_text(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None)
@given(ANY)
def test_arbitrary_text(text: str) -> None:
    _check(text)
