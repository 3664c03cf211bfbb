"""sheets.py: safe loading, and a write path that keeps what people wrote."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import ContentError
from generator.model import Fact, FactSheet, Source
from generator.sheets import (
    ContentCache,
    _fresh_text,
    _ruamel_fresh_text,
    dump_sheet,
    load_sheet,
    load_yaml,
    parse_yaml,
    read_sheet,
)

HOSTILE = Path(__file__).parent / "hostile" / "yaml"


def make_fact(fid: str = "qubits-105-abc123", **kw: object) -> Fact:
    base = Fact(id=fid, kind="quantity", statement="The computer has 105 qubits.", value=105, unit="qubits",
                subject="Zuchongzhi-3", year=2025, entities=("Zuchongzhi-3",),
                source=Source("000_doc", "It has 105 qubits.", 10, 28), theme="quantum")
    return replace(base, **kw)  # type: ignore[arg-type]


def write_and_load(tmp_path: Path, text: str) -> FactSheet:
    path = tmp_path / "quantum.yml"
    path.write_text(text, encoding="utf-8")
    sheet, _rejected, problems = load_sheet(path)
    assert not problems, problems
    return sheet


# --- loading safely ---------------------------------------------------------------------


def test_alias_bomb_refused_quickly_with_its_place() -> None:
    started = time.perf_counter()
    with pytest.raises(ContentError) as err:
        load_yaml(HOSTILE / "bomb.yml")
    assert time.perf_counter() - started < 1.0
    message = str(err.value)
    assert "aliases" in message
    assert message.startswith(f"{HOSTILE / 'bomb.yml'}:4:")


def test_python_tag_refused_and_not_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ContentError) as err:
        load_yaml(HOSTILE / "python-tag.yml")
    assert "tags such as !!python" in str(err.value)
    assert ":2:" in str(err.value)
    assert not (tmp_path / "pwned.txt").exists()


@pytest.mark.parametrize(("raw", "expected"), [
    (b"theme: a\n\xff\xfe", r":2:1: not UTF-8 \(byte offset 9\)"),
    (b"theme: [unclosed\n", "invalid YAML"),
    (b"a: 1\na: 2\n", None),  # duplicate keys load (check reports them), see test_check
])
def test_bad_yaml_messages(tmp_path: Path, raw: bytes, expected: str | None) -> None:
    path = tmp_path / "x.yml"
    path.write_bytes(raw)
    if expected is None:
        load_yaml(path)
        return
    with pytest.raises(ContentError, match=expected):
        load_yaml(path)


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("generator.sheets.MAX_YAML_BYTES", 100)
    path = tmp_path / "big.yml"
    path.write_text("a: " + "x" * 200, encoding="utf-8")
    with pytest.raises(ContentError, match="the limit is 100"):
        load_yaml(path)


PARSED_LIKE_PYYAML = [
    "theme: a\ntitle: T\nfacts:\n- id: x\n  value: 1.5e+16\n  year: 2020\n  unit: null\n  reviewed: false\n",
    "a: [1, 2.0, true, ~, '3', \"x\\ty\", .inf, -.nan, 0o17, 0x1f, 1_000, yes, off]\n",
    "a: 1\na: {b: [c, {d: e}]}\n",  # a key given twice: the last wins, at the first's place
    "when: 2020-01-02\nat: 2020-01-02 10:00:00\n",  # timestamps: PyYAML's own constructor
    "base: {a: 1}\nboth:\n  <<: {b: 2}\n  c: 3\n",  # a merge key without an alias
    "s: !!set {a, b}\no: !!omap [{a: 1}]\nb: !!binary aGk=\nn: !!str 12\ni: !!int '7'\n",
    "- [[[[deep]]]]\n- {1: one, 2.5: half, null: none, true: yes}\n",
    "just a string\n",
    "",
    "# only a comment\n",
    "[" * 200 + "]" * 200 + "\n",
]


@pytest.mark.parametrize("text", PARSED_LIKE_PYYAML)
def test_parsed_data_is_what_pyyaml_builds(text: str) -> None:
    """The fast constructor builds what PyYAML's SafeConstructor does, types included."""
    expected = yaml.load(text, Loader=yaml.CSafeLoader)
    assert repr(parse_yaml(text.encode(), "x.yml").data) == repr(expected)


@pytest.mark.parametrize(("text", "message"), [
    # The messages the loader gave before it skipped the alias scan for text without `*`.
    ("a: 1\n---\nb: [\n", "x.yml:4:1: invalid YAML: did not find expected node content"),
    ("a: 1\n---\nb: 2\n", "x.yml:2:1: invalid YAML: but found another document"),
    ("a: *nothing\n", "x.yml:1:4: YAML aliases (*name) are not allowed in content files"),
    ("a: [1, 2\n", "x.yml:2:1: invalid YAML: did not find expected ',' or ']'"),
    ("a: !!python/name:os.system x\n", "x.yml:1:4: invalid YAML: tags such as !!python/... are not allowed: "
     "could not determine a constructor for the tag 'tag:yaml.org,2002:python/name:os.system'"),
    ("? [a]\n: 1\n", "x.yml:1:3: invalid YAML: found unhashable key"),
])
def test_parse_errors_keep_their_message(text: str, message: str) -> None:
    with pytest.raises(ContentError) as err:
        parse_yaml(text.encode(), "x.yml")
    assert str(err.value) == message


def test_cache_parses_a_file_again_only_when_its_bytes_change(tmp_path: Path) -> None:
    path = tmp_path / "quantum.yml"
    path.write_text(dump_sheet(FactSheet("quantum", "Quantum", (make_fact(),))), encoding="utf-8")
    cache = ContentCache()
    first = read_sheet(path, cache=cache)
    assert read_sheet(path, cache=cache) is first
    assert load_yaml(path, cache=cache) is not first.doc  # sheets and plain YAML are kept apart
    stat = path.stat()
    # Same size, same modification time: only the bytes tell the edit apart.
    path.write_text(path.read_text(encoding="utf-8").replace("105 qubits", "106 qubits"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    edited = read_sheet(path, cache=cache)
    assert edited is not first
    assert edited.sheet.facts[0].statement == "The computer has 106 qubits."


# --- writing: values PyYAML would read differently ----------------------------------------


STRINGS = ["yes", "no", "on", "off", "y", "null", "~", "12:30", "0777", "1_000", "1e3", "2020-01-01", "true", ".inf",
           "- item", "# not a comment", "key: value", "a\u2028b", "a\x85b", "tab\there", " lead", "trail ", "",
           "'quoted'", '"double"', "{{ 7*7 }}", "{% if %}", "&anchor", "*alias", "!tag", "@at", "%percent",
           "\ufeffbom", "multi\nline\n"]
"""Strings YAML could read as something else, or that need quoting or escapes."""


@pytest.mark.parametrize("text", STRINGS)
def test_strings_read_back_as_written(tmp_path: Path, text: str) -> None:
    fact = make_fact(statement=text or "x", subject=text, unit=text, entities=(text,),
                     source=Source("000_doc", text, 0, len(text)))
    sheet = FactSheet("quantum", "Quantum", (fact,))
    assert write_and_load(tmp_path, dump_sheet(sheet)).facts == (fact,)


@pytest.mark.parametrize("value", [1e16, 1e-7, 2.5e300, 0.1, -0.0, 123456789012345678901234567890, 0, -3, 1.5])
def test_numbers_read_back_as_written(tmp_path: Path, value: float) -> None:
    fact = make_fact(value=value)
    loaded = write_and_load(tmp_path, dump_sheet(FactSheet("quantum", "Quantum", (fact,)))).facts[0]
    assert loaded.value == value
    assert type(loaded.value) is type(value)


# --- writing: property tests ------------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_slug = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)
_facts = st.builds(
    Fact,
    id=_slug,
    kind=st.sampled_from(["quantity", "ranking", "record", "milestone"]),
    statement=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40),
    value=st.one_of(st.none(), st.integers(-10**20, 10**20),
                    st.floats(allow_nan=False, allow_infinity=False)),
    unit=st.one_of(st.none(), _text),
    subject=st.one_of(st.none(), _text),
    year=st.one_of(st.none(), st.integers(1000, 2200)),
    entities=st.lists(_text, max_size=3).map(tuple),
    source=st.builds(Source, st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,10}", fullmatch=True), _text,
                     st.integers(0, 10**6), st.integers(0, 10**6)),
    reviewed=st.booleans(),
    qualifier=st.one_of(st.none(), _text),
    theme=st.just("quantum"),
    cues=st.lists(_text, max_size=3).map(tuple),
)
_sheets = st.lists(_facts, max_size=6, unique_by=lambda f: f.id).map(
    lambda facts: FactSheet("quantum", "Quantum", tuple(facts)))
_rejected = st.lists(_slug, max_size=3)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sheet=_sheets, rejected=_rejected)
def test_dump_load_round_trips(tmp_path: Path, sheet: FactSheet, rejected: list[str]) -> None:
    text = dump_sheet(sheet, rejected)
    path = tmp_path / "quantum.yml"
    path.write_text(text, encoding="utf-8")
    loaded, loaded_rejected, problems = load_sheet(path)
    assert loaded.facts == sheet.facts
    assert loaded_rejected == sorted(set(rejected))
    assert not problems


@settings(max_examples=100, deadline=None)
@given(before=_sheets, after=_sheets, rejected=_rejected)
def test_update_in_place_reads_back_as_the_new_sheet(before: FactSheet, after: FactSheet,
                                                     rejected: list[str]) -> None:
    previous = dump_sheet(before)
    text = dump_sheet(after, rejected, previous)
    data = yaml.safe_load(text)
    assert [f["id"] for f in data["facts"]] == [f.id for f in after.facts]
    assert dump_sheet(after, rejected, text) == text  # stable: a second run changes nothing


@settings(max_examples=50, deadline=None)
@given(sheet=_sheets)
def test_rewriting_an_unchanged_sheet_changes_nothing(sheet: FactSheet) -> None:
    text = dump_sheet(sheet)
    assert dump_sheet(sheet, (), text) == text


_awkward = st.one_of(_text, st.sampled_from(STRINGS), st.from_regex(r"[A-Za-z][a-z ':#\"\\\\-]{0,12}", fullmatch=True))
_awkward_facts = st.builds(
    Fact, id=_slug, kind=st.sampled_from(["quantity", "record"]), statement=_awkward.filter(bool),
    value=st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20),
                    st.floats(allow_nan=True, allow_infinity=True)),
    unit=st.one_of(st.none(), _awkward), subject=st.one_of(st.none(), _awkward),
    year=st.one_of(st.none(), st.integers(1000, 2200)), entities=st.lists(_awkward, max_size=3).map(tuple),
    source=st.builds(Source, st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,10}", fullmatch=True), _awkward,
                     st.integers(0, 10**6), st.integers(0, 10**6)),
    reviewed=st.booleans(), qualifier=st.one_of(st.none(), _awkward), theme=st.just("quantum"),
    cues=st.lists(_awkward, max_size=3).map(tuple),
)


@settings(max_examples=150, deadline=None)
@given(facts=st.lists(_awkward_facts, max_size=4), title=_awkward, description=_awkward,
       theme=st.sampled_from(["quantum", "on", "null", "123", "1e3", "yes"]), rejected=_rejected)
def test_fast_writer_writes_the_bytes_ruamel_writes(facts: list[Fact], title: str, description: str, theme: str,
                                                   rejected: list[str]) -> None:
    sheet = FactSheet(theme, title, tuple(facts), description)
    ids = sorted(set(rejected))
    assert _fresh_text(sheet, ids) == _ruamel_fresh_text(sheet, ids)


_OTHER_LEAD = [*"0123456789'\"-?:#,[]{}&*!|>%@`.+=~<(/\\$€", "é", "\u00a0"]
_OTHER_TEXT = st.one_of(
    st.text(st.sampled_from([*_OTHER_LEAD, " ", "a", "e", "E", "x", "o", "b", "_", ":", "#", "'"]),
            min_size=1, max_size=10),
    st.tuples(st.sampled_from(_OTHER_LEAD), st.text(max_size=12)).map("".join),
    st.from_regex(r"[0-9+.-][0-9eE_.:+-]{0,6}(?: [a-z: #'\"]{0,6})?", fullmatch=True),
)
_OTHER_CASES = ["1e3", "1E3", "0o17", "0x1F", "0b10", "1_000", "2024-01-01", "2024-01-01 12:00", "12:30", "190:20:30",
                ".5", "+1", "1.", "-1", "-x", "- x", "? x", "?x", ": x", ":x", "---x", "... x", "#x", "3 #x", "3#x",
                "3 a: b", "3:", "3: x", "50%", "%50", "@x", "`x", "~", "=", "<x", "(x)", "1,000", "[1]", "{a}",
                "é 3", "'quoted' said", '"We hired 5," said Ann.', "\"it's\" here", "5 o'clock", "'", '"', "!x",
                "&x", "*x", "|x", ">x", ",x", "3 \\ 4", ".inf", ".NaN", "0.5e+3", "1:2:3", "12.5 million", "3'",
                "$4.2 billion", "€3", "2,500-strong", "0", "00", "007x", "1 ", " 1", "1\u2028x", "1\tx"]


@pytest.mark.parametrize("text", _OTHER_CASES)
def test_text_not_led_by_a_letter_spelled_as_ruamel_spells_it(text: str) -> None:
    _assert_other_spelling(text)


@settings(max_examples=1500, deadline=None)
@given(text=_OTHER_TEXT)
def test_any_text_not_led_by_a_letter_spelled_as_ruamel_spells_it(text: str) -> None:
    _assert_other_spelling(text)


def test_every_sentence_of_the_test_texts_spelled_as_ruamel_spells_it() -> None:
    from generator.ingest import parse_document

    root = Path(__file__).parent
    texts = sorted((root / "texts").glob("*.txt")) + sorted((root.parent / "seeds").glob("*.txt"))
    sentences = [s.text for p in texts
                 for s in parse_document(p.read_text(encoding="utf-8"), p.stem, str(p), "0").sentences]
    assert len(sentences) > 40
    # Each sentence from each word on, and after a figure or a quotation mark.
    tails = [s[i + 1:] for s in sentences for i, ch in enumerate(s) if ch == " "]
    values = sentences + tails + [f"{i} {t}" for i, t in enumerate(tails)] + [f"'{t}" for t in tails[::3]]
    assert len(values) > 2000
    for text in values:
        _assert_other_spelling(text)


def _assert_other_spelling(text: str) -> None:
    """_FastWriter._other_text, where _spell takes it, writes what ruamel writes, and that
    reads back as the text."""
    from generator.sheets import _PRINTABLE_TEXT, _FastWriter, _node

    writer = _FastWriter()
    if not (_PRINTABLE_TEXT.fullmatch(text) and type(_node(text)) is str):
        return
    spelled = writer._other_text(text)
    assert spelled == writer._ruamel_spelling(text, False)
    assert yaml.safe_load(f"k: {spelled}") == {"k": text}


def _typed(value: object) -> object:
    """``value`` with the type of every part spelled out: 1, 1.0 and True differ."""
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}, list(value)
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return type(value).__name__, repr(value)


@settings(max_examples=200, deadline=None)
@given(facts=st.lists(_awkward_facts, max_size=4), title=_awkward, description=_awkward,
       theme=st.sampled_from(["quantum", "on", "null", "123", "1e3", "yes"]), rejected=_rejected)
def test_fast_writer_tells_what_reading_its_text_back_gives(facts: list[Fact], title: str, description: str,
                                                           theme: str, rejected: list[str]) -> None:
    """The read-back parse extract skips for the fast writer's text (_FastWriter.written)
    gives exactly the data, key order and types included, and the same problems."""
    from generator.sheets import _FastWriter, _reads_back, validate_sheet

    sheet = FactSheet(theme, title, tuple(facts), description)
    ids = sorted(set(rejected))
    writer = _FastWriter()
    text = writer.sheet(sheet, ids)
    if text is None:
        return  # ruamel writes this sheet, and it is read back
    doc, parsed = writer.written(text, sheet, ids), _reads_back(text, sheet, ids)
    nan = any(isinstance(f.value, float) and f.value != f.value for f in facts)
    assert (doc is None) == (parsed is None or nan)  # NaN != NaN: such a sheet is read back
    if doc is not None and parsed is not None:
        assert _typed(doc.data) == _typed(parsed.data)
        assert validate_sheet(doc, "quantum") == validate_sheet(parsed, "quantum")


@pytest.mark.parametrize("text", [*STRINGS, "plain words", "a: b", "it's: here", "ends with:", "x #1", "say \"hi\"",
                                  "back\\slash: x", "x" * 100_001, "é: ü", "tab\tx: y", "Yes", "No: x"])
def test_fast_writer_on_awkward_strings(text: str) -> None:
    fact = make_fact(statement=text or "x", subject=text, unit=text, entities=(text, "plain"),
                     source=Source("000_doc", text, 0, len(text)), cues=(text,), qualifier=text)
    sheet = FactSheet("quantum", text or "Quantum", (fact, make_fact("other-1", value=2.5)), text)
    assert _fresh_text(sheet, ["a-1"]) == _ruamel_fresh_text(sheet, ["a-1"])


# --- writing: what people wrote stays ---------------------------------------------------

HAND_EDITED = """\
# yaml-language-server: $schema=factsheet.schema.json
# Quantum sheet, curated by the data desk. Ask Ana before changing units.
theme: quantum
title: Quantum technology   # shown on the home page
description: Hand-written intro.
facts:
  # The headline figure.
  - id: a-1
    kind: quantity
    statement: First.   # reworded by Ana
    value: 1
    unit: qubits
    note: a field the tool does not know
    source: {document: doc, quote: One., start: 0, end: 4}
    reviewed: true
  - id: b-2
    kind: quantity
    statement: Second.
    value: 2
    unit: null
    source:
      document: doc
      quote: Two.   # verbatim
      start: 5
      end: 9
    reviewed: false
  - id: c-3
    kind: quantity
    statement: Third.
    value: 3
    unit: null
    source: {document: doc, quote: Three., start: 10, end: 16}
# trailing note
"""


def test_update_keeps_comments_order_indent_and_unknown_keys(tmp_path: Path) -> None:
    sheet = write_and_load(tmp_path, HAND_EDITED)
    a, b, _c = sheet.facts
    new = make_fact("d-4", theme="quantum")
    changed_b = replace(b, value=22, statement="Second, updated.")
    text = dump_sheet(replace(sheet, facts=(a, changed_b, new)), ["c-3"], HAND_EDITED)
    for kept in ("# Quantum sheet, curated by the data desk.", "# shown on the home page", "# The headline figure.",
                 "# reworded by Ana", "note: a field the tool does not know", "# verbatim",
                 "description: Hand-written intro.", "source: {document: doc, quote: One., start: 0, end: 4}"):
        assert kept in text
    assert "  - id: d-4" in text  # the person's indentation, for new facts too
    assert "Third." not in text
    assert text.startswith("# yaml-language-server: $schema=factsheet.schema.json\n")
    assert "value: 22" in text and "Second, updated." in text
    assert write_and_load(tmp_path, text).facts == (a, changed_b, new)


def test_header_added_to_a_file_without_it(tmp_path: Path) -> None:
    body = HAND_EDITED.split("\n", 1)[1]
    sheet = write_and_load(tmp_path, body)
    text = dump_sheet(sheet, (), body)
    assert text.splitlines()[0] == "# yaml-language-server: $schema=factsheet.schema.json"
    assert text.splitlines()[1].startswith("# Quantum sheet")


def test_a_cache_without_documents_keeps_what_rendering_needs(tmp_path: Path) -> None:
    path = tmp_path / "quantum.yml"
    path.write_text(dump_sheet(FactSheet("quantum", "Quantum", (make_fact(),))), encoding="utf-8")
    cache = ContentCache(keep_documents=False)
    first = read_sheet(path, cache=cache)
    assert first.doc is not None  # the first reader (check) gets everything
    second = read_sheet(path, cache=cache)
    assert second.doc is None
    assert (second.sheet, second.rejected, second.problems) == (first.sheet, first.rejected, first.problems)


def test_read_back_check_refuses_a_text_that_reads_otherwise() -> None:
    """dump_sheet's read-back check: a text whose data differs in any value or type from the
    sheet is refused; a key of a person's own (readers ignore it) is not a difference."""
    from generator.sheets import _reads_back

    sheet = FactSheet("quantum", "Quantum", (make_fact(value=105), make_fact("other-2-abc123", value=2.5)))
    text = dump_sheet(sheet)
    assert _reads_back(text, sheet, []) is not None
    assert "value: 105\n" in text and "value: 2.5\n" in text
    assert _reads_back(text.replace("value: 105\n", "value: 105.0\n"), sheet, []) is None  # int, not float
    assert _reads_back(text.replace("value: 2.5\n", "value: 2.6\n"), sheet, []) is None
    assert _reads_back(text.replace("reviewed: false", "reviewed: true", 1), sheet, []) is None
    assert _reads_back(text, replace(sheet, title="Other"), []) is None
    assert _reads_back(text, sheet, ["gone-1"]) is None
    noted = text.replace("  reviewed: false\n", "  reviewed: false\n  note: checked by phone\n", 1)
    assert noted != text and _reads_back(noted, sheet, []) is not None


# --- writing without garbage collections -------------------------------------------------


def test_writing_a_sheet_runs_no_garbage_collection() -> None:
    # Writing and reading back thousands of facts makes as many mappings and lists: with the
    # extraction alive beside them, each cyclic collection walked all of it (most of the
    # extract command's time). dump_sheet_read pauses collections; the text stays the same.
    import gc

    from generator.sheets import dump_sheet_read

    facts = tuple(make_fact(f"qubits-{n}-abc{n:03d}", value=n, source=Source("000_doc", "It has 105.", n, n + 11))
                  for n in range(3000))
    sheet = FactSheet(theme="quantum", title="Quantum", facts=facts)
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.collect()  # from an empty young generation: none falls due before the pause
    gc.callbacks.append(count)
    try:
        text, doc = dump_sheet_read(sheet)
    finally:
        gc.callbacks.remove(count)
    # At most the one young collection when collections resume (without the pause: ~20).
    assert len(collections) <= 1
    assert doc is not None and text == dump_sheet(sheet)
    assert gc.isenabled()
