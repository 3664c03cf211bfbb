"""extract: record claims, milestones, entities, and whole-document facts (years, ids)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.extract import extract_facts, read_sentence
from generator.extract.entities import acronyms, find_entities
from generator.ingest import parse_document, read_source

TEXTS = Path(__file__).parent / "texts"
ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")


def kinds(text: str) -> list[tuple[str, object]]:
    return [(f.kind, f.value) for f in read_sentence(text).figures]


@pytest.mark.parametrize(
    "text",
    [
        "The mission was the first to land on the far side of the asteroid.",
        "It was the world's first attempt at such a flight.",
        "The band released a record-breaking album.",
        "The dam is one of the largest in Africa.",
        "Wheat output reached its peak in 2019.",
        "The country leads the world in solar power.",
        "The region led in wind installations.",
        "The chip outperformed global rivals in speed tests.",
        "Sales hit an all-time high.",
        "For the first time, the river froze.",
    ],
)
def test_record_claims_without_figures(text: str) -> None:
    assert kinds(text) == [("record", None)]


def test_only_in_the_top_n_is_a_record_and_a_rank() -> None:
    assert kinds("She is the only athlete in the top 20 from her club.") == [("record", None), ("ranking", 20)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm posted a record 5.2 million sales.", [("record", 5_200_000)]),
        ("The city leads the world with 26 parks.", [("record", 26)]),
        ("The port handled 4 million boxes, the highest in its history.", [("quantity", 4_000_000), ("record", None)]),
    ],
)
def test_record_claims_with_figures(text: str, expected: list[tuple[str, object]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sales in the first quarter were flat.",
        "Most people stayed home.",
        "The firm has a strong track record.",
        "It could become the largest port if funding arrives.",
        "A higher score is better.",
    ],
)
def test_not_record_claims(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "is_milestone"),
    [
        ("The agency launched the Orion probe on Friday.", True),
        ("Researchers achieved a breakthrough with the Helix reactor.", True),
        ("The agency will launch the Orion probe next year.", False),
        ("It rained all week.", False),
    ],
)
def test_milestones(text: str, is_milestone: bool) -> None:
    assert (kinds(text) == [("milestone", None)]) is is_milestone


@pytest.mark.parametrize(
    ("text", "caps", "names"),
    [
        ("The Bank of England raised rates.", frozenset(), ["Bank of England"]),
        ("Officials at WHO's Geneva office met.", frozenset(), ["WHO", "Geneva"]),
        ("Researchers praised the study.", frozenset(), []),
        ("Kenya won the final.", frozenset({"Kenya"}), ["Kenya"]),
        ("Kenya won the final.", frozenset(), []),
        ("Chinese applicants filed more.", frozenset(), []),
        ("In March the Orion-2 probe flew.", frozenset(), ["Orion-2"]),
    ],
)
def test_entities(text: str, caps: frozenset[str], names: list[str]) -> None:
    assert [n for _, n in find_entities(text, [], caps, {})] == names


def test_acronyms_tie_to_long_names() -> None:
    text = "The World Health Organization (WHO) said so. WHO staff agreed."
    acr = acronyms(text)
    assert acr["WHO"] == "World Health Organization (WHO)"
    assert [n for _, n in find_entities("WHO staff agreed.", [], frozenset(), acr)] == [
        "World Health Organization (WHO)"
    ]


def test_name_digits_join_the_entity() -> None:
    ctx = read_sentence("The Apollo 11 crew returned.", caps=frozenset({"Apollo"}))
    assert [n for _, n in find_entities(ctx.text, ctx.labels, frozenset({"Apollo"}), {})] == ["Apollo 11"]


def test_document_facts_economy() -> None:
    doc = read_source(TEXTS / "economy.txt")
    facts = extract_facts(doc)
    by_value = {f.value: f for f in facts if f.value is not None}
    containers = by_value[4_200_000]
    assert (containers.unit, containers.year, containers.kind) == ("containers", 2024, "quantity")
    assert by_value[300].qualifier == "up to"
    assert by_value[850_000_000].unit == "USD"
    assert by_value[3].kind == "ranking"
    assert any(f.kind == "record" and f.value is None and "highest" in f.source.quote for f in facts)
    # The title's claim comes first, in document order.
    assert facts[0].source.start == 0 and facts[0].kind == "record"
    starts = [f.source.start for f in facts]
    assert starts == sorted(starts)


def test_year_comes_from_the_paragraph() -> None:
    doc = parse_document("T\n\nIn 2021 the fund was set up. It raised $4 million.\n", "d", "d.txt", "0")
    (fact,) = [f for f in extract_facts(doc) if f.value]
    assert fact.year == 2021


@pytest.mark.parametrize("path", sorted(TEXTS.glob("*.txt")), ids=lambda p: p.stem)
def test_fact_contract_on_test_texts(path: Path) -> None:
    doc = read_source(path)
    facts = extract_facts(doc)
    assert facts
    ids = [f.id for f in facts]
    assert len(ids) == len(set(ids))
    for f in facts:
        assert ID.match(f.id), f.id
        assert f.kind in ("quantity", "ranking", "record", "milestone")
        assert f.theme is None
        assert doc.text[f.source.start:f.source.end] == f.source.quote
        assert f.source.document == doc.stem
        assert f.statement.endswith((".", "!", "?", '"', "”"))
        if f.kind == "milestone":
            assert f.value is None
    assert [f.id for f in extract_facts(read_source(path))] == ids


def test_repeated_sentences_get_unique_short_ids() -> None:
    doc = parse_document("T\n\n" + "The mill hired 40 workers.\n" * 30, "d", "d.txt", "0")
    ids = [f.id for f in extract_facts(doc)]
    assert len(ids) == 30 == len(set(ids))
    assert all(ID.match(i) for i in ids)
