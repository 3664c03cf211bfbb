"""merge.py: re-extraction never undoes a person's edit, deletion or addition."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.merge import REJECTED, fingerprint, merge_facts
from generator.model import Fact, Source

TEXT = "Alpha has 1 unit. Beta has 2 units. Gamma has 3 units."


def fact(n: int, theme: str = "quantum", **kw: object) -> Fact:
    quote = ["Alpha has 1 unit.", "Beta has 2 units.", "Gamma has 3 units."][n - 1]
    start = TEXT.index(quote)
    base = Fact(id=f"f-{n}", kind="quantity", statement=quote, value=n, unit="units", subject=None, year=None,
                entities=(), source=Source("doc", quote, start, start + len(quote)), theme=theme)
    return replace(base, **kw)  # type: ignore[arg-type]


def first_run() -> tuple[dict[str, list[Fact]], dict[str, str]]:
    result = merge_facts({}, {}, [fact(1), fact(2), fact(3)], {}, {"doc": TEXT}, {"doc"})
    return result.facts_by_theme, result.state


def test_first_run_adds_everything() -> None:
    sheets, state = first_run()
    assert [f.id for f in sheets["quantum"]] == ["f-1", "f-2", "f-3"]
    assert state == {f.id: fingerprint(f) for f in sheets["quantum"]}


def test_untouched_fact_takes_the_new_reading() -> None:
    sheets, state = first_run()
    result = merge_facts(sheets, {}, [fact(1, unit="widgets"), fact(2), fact(3)], state, {"doc": TEXT}, {"doc"})
    assert result.facts_by_theme["quantum"][0].unit == "widgets"
    assert [f.id for f in result.report["quantum"].updated] == ["f-1"]


def test_edited_reviewed_hand_added_and_deleted() -> None:
    sheets, state = first_run()
    edited = replace(sheets["quantum"][0], statement="Alpha, as a person wrote it.")
    reviewed = replace(sheets["quantum"][1], reviewed=True)
    by_hand = fact(3, id="by-hand")
    # f-3 deleted by the person; a hand-written fact added in its place.
    result = merge_facts({"quantum": [edited, reviewed, by_hand]}, {"quantum": set()},
                         [fact(1, unit="x"), fact(2, unit="x"), fact(3, unit="x")], state, {"doc": TEXT}, {"doc"})
    assert result.facts_by_theme["quantum"] == [edited, reviewed, by_hand]
    assert result.rejected_by_theme["quantum"] == {"f-3"}
    assert result.state["f-3"] == REJECTED
    assert result.report["quantum"].rejected == ["f-3"]
    assert {f.id for f in result.report["quantum"].kept} == {"f-1", "f-2"}


def test_rejection_survives_a_deleted_sheet_and_can_be_undone() -> None:
    _sheets, state = first_run()
    # The person deletes the whole sheet file: nothing comes back, not even the file.
    result = merge_facts({}, {}, [fact(1), fact(2), fact(3)], state, {"doc": TEXT}, {"doc"})
    assert result.facts_by_theme == {}
    assert all(result.state[f"f-{n}"] == REJECTED for n in (1, 2, 3))
    # Runs later, the state alone still remembers.
    again = merge_facts({}, {}, [fact(1), fact(2), fact(3)], result.state, {"doc": TEXT}, {"doc"})
    assert again.facts_by_theme == {}
    # With the sheet back and f-2 taken off its rejected list, f-2 is extracted again.
    undo = merge_facts({"quantum": []}, {"quantum": {"f-1", "f-3"}}, [fact(1), fact(2), fact(3)], again.state,
                       {"doc": TEXT}, {"doc"})
    assert [f.id for f in undo.facts_by_theme["quantum"]] == ["f-2"]


def test_stale_fact_is_kept_and_reported() -> None:
    sheets, state = first_run()
    changed = TEXT.replace("Beta has 2 units.", "Beta was rewritten.")
    result = merge_facts(sheets, {}, [fact(1), fact(3)], state, {"doc": changed}, {"doc"})
    assert [f.id for f in result.report["quantum"].stale] == ["f-2"]
    assert "f-2" in [f.id for f in result.facts_by_theme["quantum"]]


def test_fact_of_a_deleted_source_is_stale() -> None:
    sheets, state = first_run()
    result = merge_facts(sheets, {}, [], state, {}, set())
    assert len(result.report["quantum"].stale) == 3
    assert len(result.facts_by_theme["quantum"]) == 3


def test_reviewed_fact_follows_its_sentence_when_it_moves() -> None:
    sheets, state = first_run()
    reviewed = replace(sheets["quantum"][1], reviewed=True)
    moved_text = "Intro sentence. " + TEXT
    result = merge_facts({"quantum": [reviewed]}, {}, [], state, {"doc": moved_text}, {"doc"})
    (kept,) = result.facts_by_theme["quantum"]
    assert moved_text[kept.source.start:kept.source.end] == kept.source.quote
    assert kept.reviewed and kept.statement == reviewed.statement
    assert result.report["quantum"].moved == [kept]


def test_untouched_fact_no_longer_found_is_removed() -> None:
    sheets, state = first_run()
    result = merge_facts(sheets, {}, [fact(1), fact(3)], state, {"doc": TEXT}, {"doc"})
    assert [f.id for f in result.report["quantum"].removed] == ["f-2"]
    assert "f-2" not in result.state


def test_duplicate_extracted_ids_are_not_added_twice() -> None:
    result = merge_facts({}, {}, [fact(1), fact(1, unit="other")], {}, {"doc": TEXT}, {"doc"})
    assert len(result.facts_by_theme["quantum"]) == 1
    assert len(result.report["quantum"].duplicates) == 1


def test_without_a_state_file_nothing_is_overwritten() -> None:
    sheets, _state = first_run()
    result = merge_facts(sheets, {}, [fact(1, unit="x"), fact(2, unit="x"), fact(3, unit="x")], {},
                         {"doc": TEXT}, {"doc"})
    assert result.facts_by_theme["quantum"] == sheets["quantum"]


# --- property: whatever people do, their work survives ----------------------------------

_edits = st.lists(st.sampled_from(["keep", "edit", "review", "delete"]), min_size=3, max_size=3)
_fresh_units = st.lists(st.sampled_from(["units", "widgets", "qubits"]), min_size=3, max_size=3)


@settings(max_examples=200, deadline=None)
@given(edits=_edits, units=_fresh_units, hand_added=st.booleans(), drop=st.sets(st.integers(1, 3)),
       runs=st.integers(1, 3))
def test_merge_never_loses_human_work(edits: list[str], units: list[str], hand_added: bool, drop: set[int],
                                      runs: int) -> None:
    sheets, state = first_run()
    facts: list[Fact] = []
    for f, action in zip(sheets["quantum"], edits, strict=True):
        if action == "edit":
            facts.append(replace(f, statement=f.statement + " (edited)"))
        elif action == "review":
            facts.append(replace(f, reviewed=True))
        elif action == "keep":
            facts.append(f)
    if hand_added:
        facts.append(fact(2, id="by-hand", statement="Written by a person."))
    human = [f for f, a in zip(sheets["quantum"], edits, strict=False) if a in ("edit", "review")]
    deleted = {f.id for f, a in zip(sheets["quantum"], edits, strict=True) if a == "delete"}
    existing = {"quantum": facts}
    rejected: dict[str, set[str]] = {"quantum": set()}
    # The extractor may find more or fewer facts each time; the person's work must hold.
    for _ in range(runs):
        fresh = [fact(n, unit=units[n - 1]) for n in (1, 2, 3) if n not in drop]
        result = merge_facts(existing, rejected, fresh, state, {"doc": TEXT}, {"doc"})
        out = result.facts_by_theme.get("quantum", [])
        ids = [f.id for f in out]
        for f in facts:
            if f.id == "by-hand" or f.reviewed or f.statement.endswith("(edited)"):
                assert f in out, f"lost {f.id}"
        assert not deleted & set(ids), "a deleted fact came back"
        assert len(ids) == len(set(ids))
        existing, rejected, state = {"quantum": out}, result.rejected_by_theme, result.state
    assert len(human) <= len(existing["quantum"])


@pytest.mark.parametrize("value", [None, 3, 2.5, 1e300, float("nan"), float("-inf"), True, "fünf €", "a\u2028b\"\\"])
def test_fingerprint_is_sha1_of_the_json_dump(value: object) -> None:
    """merge.fingerprint keeps one encoder; the state file's fingerprints stay what
    json.dumps(..., ensure_ascii=False) gave."""
    import hashlib
    import json

    f = fact(2, value=value, statement=f"Über {value}", entities=("Westia", "Nørd"))
    payload = [f.kind, f.statement, f.value, f.unit, f.subject, f.year, list(f.entities), f.source.document,
               f.source.quote, f.source.start, f.source.end, f.reviewed, f.qualifier, f.theme]
    expected = hashlib.sha1(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]
    assert fingerprint(f) == expected
