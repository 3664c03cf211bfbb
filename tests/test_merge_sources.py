"""content/sources.yml: a person's correction to a source record survives re-extraction.

End to end through the real CLI on a temporary project made of tests/texts/, then the merge
rule (merge.merge_sources) and the writer (sheets.dump_source_items) on their own.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.merge import CURATED_SOURCE_FIELDS, SOURCES_STATE_KEY, field_fingerprint, merge_sources
from generator.pipeline import extract_content, load_site
from generator.settings import make_settings
from generator.sheets import (
    _dump_source_items,
    _fast_sources_update,
    _fresh_sources_text,
    _ruamel_fresh_sources_text,
    dump_source_items,
)
from tests.conftest import factsheets

TEXTS = Path(__file__).parent / "texts"
SOURCES = "content/sources.yml"
STATE = "content/.extracted.json"


@pytest.fixture()
def proj(tmp_path: Path) -> Path:
    """A project of three texts written for the tests, extracted once."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("economy", "health", "sport"):
        shutil.copy(TEXTS / f"{name}.txt", seeds / f"{name}.txt")
    factsheets("extract", cwd=tmp_path)
    return tmp_path


def records(project: Path) -> dict[str, dict[str, Any]]:
    data = yaml.safe_load((project / SOURCES).read_text(encoding="utf-8"))
    return {r["document"]: r for r in data["sources"]}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_hand_title_survives_reextraction_and_a_changed_seed(proj: Path) -> None:
    before = records(proj)
    tool_title = before["economy"]["title"]
    assert tool_title == "Port city posts record cargo year as exports climb"
    edit(proj / SOURCES, f"title: {tool_title}", "title: Port city's record cargo year (corrected)")

    result = factsheets("extract", cwd=proj)
    assert "content/sources.yml: 0 new, 0 updated, 3 unchanged, 1 kept (edited), 0 stale" in result.stdout
    assert records(proj)["economy"]["title"] == "Port city's record cargo year (corrected)"

    # The seed changes: its sha256 follows, the person's title stays.
    seed = proj / "seeds" / "economy.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nThe harbour authority will publish figures in May.\n",
                    encoding="utf-8")
    result = factsheets("extract", cwd=proj)
    after = records(proj)
    assert after["economy"]["title"] == "Port city's record cargo year (corrected)"
    assert after["economy"]["sha256"] == sha256(seed) != before["economy"]["sha256"]
    assert after["economy"]["byline"] == before["economy"]["byline"]
    assert after["health"] == before["health"] and after["sport"] == before["sport"]
    assert "  ~ economy: sha256" in result.stdout
    factsheets("check", cwd=proj)


def test_an_untouched_record_takes_the_new_reading(proj: Path) -> None:
    edit(proj / SOURCES, "title: Marathon champion defends her title", "title: Marathon (edited)")
    seed = proj / "seeds" / "health.txt"
    edit(seed, "Vaccination drive reaches rural districts", "Vaccination drive reaches every rural district")
    result = factsheets("extract", cwd=proj)
    after = records(proj)
    assert after["health"]["title"] == "Vaccination drive reaches every rural district"
    assert after["health"]["sha256"] == sha256(seed)
    assert after["sport"]["title"] == "Marathon (edited)"
    assert "  ~ health: title, sha256" in result.stdout
    # Edited back to exactly what the tool wrote: untouched again, so it follows the text.
    edit(proj / SOURCES, "title: Marathon (edited)", "title: Marathon champion defends her title")
    edit(proj / "seeds" / "sport.txt", "Marathon champion defends her title", "Marathon champion wins again")
    factsheets("extract", cwd=proj)
    assert records(proj)["sport"]["title"] == "Marathon champion wins again"


def test_comments_key_order_quoting_and_unknown_keys_survive(proj: Path) -> None:
    path = proj / SOURCES
    text = path.read_text(encoding="utf-8")
    assert "date: '2025-03-14'" in text or 'date: "2025-03-14"' in text
    # A person's layout: comments, a record whose keys they reordered, keys of their own.
    edit(path, "sources:\n", "# Checked against the publishers' sites, May 2025.\nsources:\n")
    edit(path, "- document: economy\n", "# Print edition only.\n- document: economy\n  url: https://example.invalid/port\n"
         "  notes:\n  - byline checked by phone\n")
    edit(path, "  title: Marathon champion defends her title\n  byline: null\n",
         "  byline: null  # no byline in the print edition\n  title: Marathon champion defends her title\n")
    edit(path, "title: Vaccination drive reaches rural districts", "title: 'Vaccination drive: rural districts'")
    edited = path.read_text(encoding="utf-8")
    for name in ("economy", "sport", "health"):
        seed = proj / "seeds" / f"{name}.txt"
        seed.write_text(seed.read_text(encoding="utf-8") + "\nA closing line added later.\n", encoding="utf-8")
    factsheets("extract", cwd=proj)
    text = path.read_text(encoding="utf-8")
    for kept in ("# Checked against the publishers' sites, May 2025.\n", "# Print edition only.\n",
                 "  url: https://example.invalid/port\n  notes:\n  - byline checked by phone\n",
                 "  byline: null  # no byline in the print edition\n  title: Marathon champion defends her title\n",
                 "title: 'Vaccination drive: rural districts'\n"):
        assert kept in text
    # Only the sha256 lines changed, one per source.
    changed = [(a, b) for a, b in zip(edited.splitlines(), text.splitlines(), strict=True) if a != b]
    assert len(changed) == 3 and all(a.startswith("  sha256: ") and b.startswith("  sha256: ") for a, b in changed)
    factsheets("check", cwd=proj)


def test_a_state_file_without_source_records_still_works(proj: Path) -> None:
    """A project extracted before source records were tracked: facts keep working, nothing a
    person may have changed is overwritten, and records are tracked from then on."""
    state_path = proj / STATE
    state = json.loads(state_path.read_text(encoding="utf-8"))
    assert set(state[SOURCES_STATE_KEY]) == {"economy", "health", "sport"}
    del state[SOURCES_STATE_KEY]
    state_path.write_text(json.dumps(state, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    edit(proj / SOURCES, "byline: By Marta Oliveira", "byline: Marta Oliveira, port correspondent")
    seed = proj / "seeds" / "health.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA closing line added later.\n", encoding="utf-8")

    result = factsheets("extract", cwd=proj)
    assert " 0 kept (edited or reviewed)" in result.stdout, "facts: the old state still reads"
    assert "content/sources.yml: 0 new, 1 updated, 2 unchanged, 1 kept (edited), 0 stale" in result.stdout
    after = records(proj)
    assert after["economy"]["byline"] == "Marta Oliveira, port correspondent"
    assert after["health"]["sha256"] == sha256(seed)
    tracked = json.loads(state_path.read_text(encoding="utf-8"))[SOURCES_STATE_KEY]
    assert "byline" not in tracked["economy"], "a value that may be a person's is not claimed by the tool"
    assert tracked["sport"]["title"] == field_fingerprint("Marathon champion defends her title")
    # Values that matched the reading are the tool's from now on: they follow the text.
    edit(proj / "seeds" / "sport.txt", "Marathon champion defends her title", "Marathon champion wins again")
    factsheets("extract", cwd=proj)
    assert records(proj)["sport"]["title"] == "Marathon champion wins again"
    # From now on the byline counts as edited even when the reading changes.
    edit(proj / "seeds" / "economy.txt", "By Marta Oliveira", "By Marta Oliveira and Li Wei")
    factsheets("extract", cwd=proj)
    assert records(proj)["economy"]["byline"] == "Marta Oliveira, port correspondent"


def test_a_removed_seed_leaves_its_record_reported_stale(proj: Path) -> None:
    (proj / "seeds" / "health.txt").unlink()
    result = factsheets("extract", cwd=proj)
    assert "content/sources.yml: 0 new, 0 updated, 2 unchanged, 0 kept (edited), 1 stale" in result.stdout
    assert "  ! health: stale, its seed file is gone" in result.stdout
    assert "health" in records(proj), "kept, as its facts are, for a person to delete"
    check = factsheets("check", cwd=proj, check=False)
    assert check.returncode == 1 and "listed in sources.yml, but the file is gone" in check.stderr
    assert "Traceback" not in check.stderr
    # The person deletes the record: it stays deleted, and the tool forgets it.
    text = (proj / SOURCES).read_text(encoding="utf-8")
    start = text.index("- document: health")
    (proj / SOURCES).write_text(text[:start] + text[text.index("- document: sport"):], encoding="utf-8")
    factsheets("extract", cwd=proj)
    assert set(records(proj)) == {"economy", "sport"}
    assert set(json.loads((proj / STATE).read_text(encoding="utf-8"))[SOURCES_STATE_KEY]) == {"economy", "sport"}


def test_a_deleted_record_of_a_present_seed_comes_back(proj: Path) -> None:
    before = records(proj)
    text = (proj / SOURCES).read_text(encoding="utf-8")
    start = text.index("- document: health")
    (proj / SOURCES).write_text(text[:start] + text[text.index("- document: sport"):], encoding="utf-8")
    result = factsheets("extract", cwd=proj)
    assert "  + health" in result.stdout
    assert records(proj) == before


def test_dry_run_and_diff_show_source_record_changes(proj: Path) -> None:
    seed = proj / "seeds" / "sport.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nThe next race is in October.\n", encoding="utf-8")
    before = snapshot(proj / "content")
    result = factsheets("extract", "--dry-run", cwd=proj)
    assert snapshot(proj / "content") == before, "a dry run writes nothing, the state included"
    assert "content/sources.yml: 0 new, 1 updated, 2 unchanged, 0 kept (edited), 0 stale" in result.stdout
    assert "  ~ sport: sha256" in result.stdout
    assert "+++ b/content/sources.yml" in result.stdout
    assert f"+  sha256: {sha256(seed)}" in result.stdout
    assert "would change" in result.stdout
    result = factsheets("extract", "--diff", cwd=proj)
    assert f"+  sha256: {sha256(seed)}" in result.stdout
    assert records(proj)["sport"]["sha256"] == sha256(seed)


def test_same_input_same_bytes(proj: Path, tmp_path: Path) -> None:
    edit(proj / SOURCES, "title: Marathon champion defends her title", "title: Marathon  # edited")
    other = tmp_path / "other"
    shutil.copytree(proj, other)
    for project in (proj, other):
        edit(project / "seeds" / "health.txt", "rural districts", "remote districts")
        factsheets("extract", cwd=project)
    assert snapshot(proj / "content") == snapshot(other / "content")
    report = extract_content(make_settings(proj))
    assert not report.written, "a second run changes nothing, the state included"


@pytest.mark.parametrize(("text", "message"), [
    ("sources:\n- document: economy\n  title: [a, list]\n",
     "content/sources.yml:3:10: sources[0].title: expected a string or null, got ['a', 'list']"),
    ("sources:\n- document: economy\n- document: economy\n",
     "content/sources.yml:3:13: sources[1].document: 'economy' is already listed on line 2"),
    ("sources:\n- document: ../etc\n", "content/sources.yml:2:13: sources[0].document: expected a source file stem"),
    ("sources:\n- just text\n", "content/sources.yml:2:3: sources[0]: expected a mapping"),
    ("sources: {a: 1}\n", "content/sources.yml:1:10: sources: expected a list of source records"),
    ("sources:\n- document: economy\n  date: 14 March\n  date: null\n",
     "content/sources.yml:4:3: key 'date' given twice in this mapping"),
])
def test_a_bad_sources_file_is_named_with_its_place(proj: Path, text: str, message: str) -> None:
    (proj / SOURCES).write_text(text, encoding="utf-8")
    before = snapshot(proj / "content")
    for command in ("extract", "check"):
        result = factsheets(command, cwd=proj, check=False)
        assert result.returncode == 1
        assert message in result.stderr
        assert "Traceback" not in result.stderr
    assert snapshot(proj / "content") == before, "nothing is merged into a file that could not be read"


def test_a_hand_written_yaml_date_is_accepted(proj: Path) -> None:
    """`date: 2025-03-15` unquoted is a YAML date: kept as written, read as its ISO text."""
    edit(proj / SOURCES, "title: Marathon champion defends her title\n  byline: null\n  date: null",
         "title: Marathon champion defends her title\n  byline: null\n  date: 2025-03-15")
    factsheets("extract", cwd=proj)
    assert "  date: 2025-03-15\n" in (proj / SOURCES).read_text(encoding="utf-8")
    factsheets("check", cwd=proj)
    content, problems = load_site(make_settings(proj))
    assert not problems
    assert {s.document: s.date for s in content.sources} == {"economy": "2025-03-14", "health": None,
                                                            "sport": "2025-03-15"}


# --- the rule on its own ------------------------------------------------------------------

_value = st.one_of(st.none(), st.text(max_size=8))
_reading = st.fixed_dictionaries({"title": st.text(min_size=1, max_size=8), "byline": _value, "date": _value,
                                  "sha256": st.text("0123456789abcdef", min_size=4, max_size=4),
                                  "path": st.just("seeds/a.txt")})


@settings(max_examples=200, deadline=None)
@given(first=_reading, second=_reading, edits=st.dictionaries(st.sampled_from(CURATED_SOURCE_FIELDS), _value))
def test_edited_fields_stay_and_the_rest_follow_the_reading(first: dict[str, Any], second: dict[str, Any],
                                                           edits: dict[str, Any]) -> None:
    one = merge_sources([], [{"document": "a", **first}], {}, {"a"})
    assert one.records == [{"document": "a", **first}]
    edited = {**one.records[0], **edits, "url": "https://example.invalid"}
    two = merge_sources([edited], [{"document": "a", **second}], one.state, {"a"})
    (record,) = two.records
    for key, value in second.items():
        if key in edits and field_fingerprint(edits[key]) != field_fingerprint(first[key]):
            assert record[key] == edits[key]  # a person's value, whatever the tool reads now
        else:
            assert record[key] == value
    assert record["url"] == "https://example.invalid"
    # A third run with the same reading changes nothing.
    three = merge_sources(two.records, [{"document": "a", **second}], two.state, {"a"})
    assert three.records == two.records and three.state == two.state


# --- the writer on its own -------------------------------------------------------------------

_awkward = st.one_of(st.text(max_size=30), st.sampled_from(["yes", "null", "12:30", "2020-01-01", "1e3", "a: b",
                                                             "it's: here", "x #1", "é", "~", ""]))
_items = st.lists(st.fixed_dictionaries({
    "document": st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,10}", fullmatch=True),
    "title": _awkward, "byline": st.one_of(st.none(), _awkward), "date": st.one_of(st.none(), _awkward),
    "sha256": st.text("0123456789abcdef", min_size=1, max_size=64), "path": _awkward,
}), max_size=5, unique_by=lambda r: r["document"])


@settings(max_examples=150, deadline=None)
@given(items=_items)
def test_fast_sources_writer_writes_the_bytes_ruamel_writes(items: list[dict[str, Any]]) -> None:
    assert _fresh_sources_text(items) == _ruamel_fresh_sources_text(items)
    assert yaml.safe_load(dump_source_items(items))["sources"] == items


@settings(max_examples=100, deadline=None)
@given(before=_items, after=_items)
def test_sources_update_in_place_reads_back_and_is_stable(before: list[dict[str, Any]],
                                                         after: list[dict[str, Any]]) -> None:
    previous = "# a note\n" + dump_source_items(before)
    text = dump_source_items(after, previous)
    assert (yaml.safe_load(text)["sources"] or []) == after
    assert text.startswith("# a note\n"), "updated in place, not written afresh"
    assert dump_source_items(after, text) == text


@st.composite
def _sources_before_after(draw: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    before = draw(_items)
    if draw(st.booleans()):
        before = [{**item, "url": draw(_awkward)} if draw(st.booleans()) else item for item in before]
    after: list[dict[str, Any]] = []
    for item in before:
        changed = dict(item)
        for key in draw(st.sets(st.sampled_from(["title", "byline", "date", "sha256"]))):
            changed[key] = draw(st.one_of(st.none(), _awkward) if key in ("byline", "date") else _awkward)
        after.append(changed)
    taken = {item["document"] for item in before}
    for item in draw(_items):
        if item["document"] not in taken:
            after.insert(draw(st.integers(0, len(after))), item)
            taken.add(item["document"])
    return before, after


@settings(max_examples=200, deadline=None)
@given(case=_sources_before_after())
def test_fast_sources_update_writes_the_bytes_the_ruamel_round_trip_writes(
        case: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    before, after = case
    previous = dump_source_items(before)
    assert _dump_source_items(after, previous) == _dump_source_items(after, previous, fast=False)


def test_a_sources_file_the_tool_wrote_takes_the_fast_path() -> None:
    before = [{"document": f"doc-{i:03d}", "title": f"Report {i}", "byline": None, "date": "2025-01-02",
               "sha256": hashlib.sha256(bytes([i])).hexdigest(), "path": f"seeds/doc-{i:03d}.txt"}
              for i in range(40)]
    after = [{**item, "sha256": "0" * 63 + "a"} if i == 7 else item for i, item in enumerate(before)]
    previous = dump_source_items(before)
    assert _fast_sources_update(previous, after) == _dump_source_items(after, previous, fast=False)
    shaped = previous.replace("sources:\n", "sources:\n# checked\n")
    assert _fast_sources_update(shaped, after) is None
    assert "# checked" in dump_source_items(after, shaped)


@pytest.mark.parametrize("text", ["0x1f", "0o17", "0b101", "0b2a", "1e5", "12e3", "1_000", "123", "1a", "9abc", "1e",
                                  "000_dc7fbaf109868d4b", "276142f49352cd87", "1_0a", "0xg", "1e_5", "12h", "2e2b"])
def test_fast_writer_spells_digit_first_words_as_ruamel(text: str) -> None:
    items = [{"document": "a", "title": text, "byline": None, "date": None, "sha256": text, "path": text}]
    assert _fresh_sources_text(items) == _ruamel_fresh_sources_text(items)
    assert yaml.safe_load(_fresh_sources_text(items))["sources"] == items
