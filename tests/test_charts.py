"""Charts: only honest comparisons, and SVG that is accessible and safe."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.charts import ChartGroup, chart_groups, nice_step, render_bar_chart, unit_key
from generator.model import Fact, Source

SVG = "{http://www.w3.org/2000/svg}"


def fact(fid: str, value: float | None, unit: str | None, subject: str | None = None, year: int | None = None,
         kind: str = "quantity", entities: tuple[str, ...] = ()) -> Fact:
    return Fact(fid, kind, f"Statement {fid}.", value, unit, subject, year, entities, Source("doc", "q", 0, 1))


def test_groups_never_mix_units() -> None:
    facts = [fact("a", 1, "patents", "A"), fact("b", 2, "patents", "B"), fact("c", 3, "designs", "C"),
             fact("d", 4, "designs", "D"), fact("e", 5, "trademarks", "E")]
    groups = chart_groups(facts)
    assert sorted(g.unit for g in groups) == ["designs", "patents"]
    for group in groups:
        assert len({unit_key(f.unit or "") for f in group.facts}) == 1


@pytest.mark.parametrize(("a", "b"), [("applications", "application"), ("Qubits", "qubits"),
                                      ("PCT  applications", "PCT applications")])
def test_spellings_of_one_unit_compare(a: str, b: str) -> None:
    assert unit_key(a) == unit_key(b)
    assert len(chart_groups([fact("x", 1, a, "X"), fact("y", 2, b, "Y")])) == 1


@pytest.mark.parametrize("facts", [
    pytest.param([fact("a", 11, "rank", "A"), fact("b", 3, "rank", "B")], id="ranks"),
    pytest.param([fact("a", 11, "place", "A"), fact("b", 3, "place", "B")], id="places"),
    pytest.param([fact("a", 50, "years", "A"), fact("b", 3, "years", "B")], id="durations"),
    pytest.param([fact("a", -5, "tonnes", "A"), fact("b", 3, "tonnes", "B")], id="negative"),
    pytest.param([fact("a", 5, "tonnes"), fact("b", 3, "tonnes")], id="no labels"),
    pytest.param([fact("a", 5, "tonnes", "A"), fact("b", 3, "tonnes", "A")], id="same label, no years"),
    pytest.param([fact("a", 5, "tonnes", "A")], id="one bar"),
    pytest.param([fact("a", 5, "tonnes", "A", kind="ranking"), fact("b", 3, "tonnes", "B", kind="ranking")],
                 id="rankings"),
    pytest.param([fact("a", None, "tonnes", "A"), fact("b", 3, "tonnes", "B")], id="no value"),
])
def test_no_chart_where_comparison_is_not_honest(facts: list[Fact]) -> None:
    assert chart_groups(facts) == []


def test_one_subject_over_years_is_a_series_oldest_first() -> None:
    groups = chart_groups([fact("b", 2, "filings", "China", 2023), fact("a", 1, "filings", "China", 2021)])
    assert [(g.by, [b.label for b in g.bars]) for g in groups] == [("year", ["2021", "2023"])]


def test_subjects_of_different_years_carry_the_year() -> None:
    groups = chart_groups([fact("a", 1, "filings", "A", 2023), fact("b", 2, "filings", "B", 2024)])
    assert [b.label for b in groups[0].bars] == ["A (2023)", "B (2024)"]


def test_entity_labels_a_bar_without_subject() -> None:
    groups = chart_groups([fact("a", 1, "filings", entities=("WIPO",)), fact("b", 2, "filings", "B")])
    assert [b.label for b in groups[0].bars] == ["WIPO", "B"]


units = st.sampled_from(["patents", "Patents", "patent", "designs", "qubits", "USD", "%", "rank"])


@given(st.lists(st.tuples(st.integers(0, 10**9), units, st.sampled_from(["A", "B", "C", None]),
                          st.sampled_from([None, 2022, 2023])), max_size=12))
def test_any_facts_give_single_unit_groups(rows: list[tuple[int, str, str | None, int | None]]) -> None:
    facts = [fact(f"f{i}", value, unit, subject, year) for i, (value, unit, subject, year) in enumerate(rows)]
    for group in chart_groups(facts):
        assert len({unit_key(f.unit or "") for f in group.facts}) == 1
        assert len({b.label for b in group.bars}) == len(group.bars) >= 2


def _chart(labels: list[str], unit: str = "filings") -> ChartGroup:
    groups = chart_groups([fact(f"f{i}", (i + 1) * 1000, unit, label) for i, label in enumerate(labels)])
    assert len(groups) == 1
    return groups[0]


def test_svg_has_title_desc_axis_and_values() -> None:
    svg = render_bar_chart(_chart(["Patent Cooperation Treaty", "Hague System"]))
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text == "Filings compared"
    assert desc is not None and "Hague System: 2,000" in (desc.text or "")
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert {"1,000", "2,000", "filings", "Subject"} <= set(texts)
    assert len(root.findall(f"{SVG}rect")) == 2
    assert "<script" not in svg


def test_svg_escapes_labels_and_units() -> None:
    hostile = '<script>alert(1)</script> & "q"'
    svg = render_bar_chart(_chart([hostile, "B"], unit="<b>units</b>"))
    assert "<script>" not in svg and "<b>" not in svg
    assert "&lt;script&gt;" in svg
    root = ET.fromstring(svg)  # still well-formed XML
    assert any((t.text or "").startswith("<script>") for t in root.iter(f"{SVG}text"))


@pytest.mark.parametrize(("peak", "step"), [(69300, 20000), (100, 50), (7, 2), (0.9, 0.5), (0, 1)])
def test_nice_step(peak: float, step: float) -> None:
    assert nice_step(peak) == pytest.approx(step)
