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


# re.IGNORECASE also matches İ and ı to "i" and ſ to "s", which str.lower() does not give
# back: a word list looked up with the matched text must not fail on them.
_LOOKALIKES = st.tuples(
    st.lists(st.sampled_from([
        "came", "first", "then", "second", "place", "sixth", "six", "sixteen", "million", "billion",
        "USD", "usd", "50", "5", "is", "consecutive", "year", "top", "No.", "number", "in", "2024", "ranked",
        "US$", "tens", "thousands", "thirty-six", "first-ever", "highest", "times", ".", ",",
    ]), min_size=1, max_size=30).map(" ".join),
    st.sampled_from([("s", "ſ"), ("i", "ı"), ("i", "İ"), ("S", "ſ"), ("I", "ı")]),
)


@settings(max_examples=200, deadline=None)
@given(_LOOKALIKES)
def test_case_folding_lookalikes_never_raise(sample: tuple[str, tuple[str, str]]) -> None:
    text, (plain, odd) = sample
    _check(text.replace(plain, odd))


def test_long_s_ordinal_is_not_a_crash() -> None:
    for text in ("It came first, then ſecond place.", "Sales rose for a ſixth consecutive year.",
                 "It is No. ſix in the world.", "It ranks in the top ſixteen.", "The firm paid uſd 5 million."):
        _check(text)
