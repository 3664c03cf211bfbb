"""`factsheets check`: the schema and everything beyond it, every problem in one run."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.check import schema_problems
from generator.schema import SHEET_SCHEMA
from generator.sheets import Located, load_yaml, parse_yaml, validate_sheet
from tests.conftest import BIN, factsheets, run

SEED = "000_dc7fbaf109868d4b"


def good_fact(text: str) -> dict[str, Any]:
    start = text.index("In recent years")
    quote = text[start:text.index(".", start) + 1]
    return {"id": "good-fact", "kind": "quantity", "statement": "A statement.", "value": 1, "unit": None,
            "source": {"document": SEED, "quote": quote, "start": start, "end": start + len(quote)},
            "reviewed": False}


def broken(fact: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    fact = copy.deepcopy(fact)
    for key, value in change.items():
        target = fact
        *parents, last = key.split(".")
        for p in parents:
            target = target[p]
        if value is _DELETE:
            del target[last]
        else:
            target[last] = value
    return fact


_DELETE = object()

# (theme the file claims, change to a good fact, expected message after `path:line:col: `)
CASES: list[tuple[str, dict[str, Any], str]] = [
    ("ai", {"value": "lots"}, r"facts\[0\]\.value: expected a number or null, got 'lots'"),
    ("ai", {"year": 3025}, r"facts\[0\]\.year: expected at most 2200, got 3025"),
    ("ai", {"kind": "rumour"}, r"facts\[0\]\.kind: expected one of quantity, ranking, record, milestone"),
    ("ai", {"statement": _DELETE}, r"facts\[0\]: missing field 'statement'"),
    ("ai", {"id": "../../tmp/evil"}, r"facts\[0\]\.id: expected a slug"),
    ("ai", {"source.document": "../seeds/x"}, r"facts\[0\]\.source\.document: expected a slug"),
    ("ai", {"source.document": "nope"}, r"facts\[0\]\.source\.document: no source 'nope'"),
    ("ai", {"source.start": 3}, r"facts\[0\]\.source\.quote: not found verbatim at 3:.* it is found at"),
    ("ai", {"source.quote": "Never said."}, r"facts\[0\]\.source\.quote: not found verbatim .*stale fact"),
    ("ai", {"value": float("nan")}, r"facts\[0\]\.value: expected a finite number"),
    ("ai", {"reviewed": "yes please"}, r"facts\[0\]\.reviewed: expected true or false"),
    ("ai", {"cues": [3]}, r"facts\[0\]\.cues\[0\]: expected a string, got 3"),
    ("../../etc", {}, r"theme: expected a slug \(a-z, 0-9, -\), got '\.\./\.\./etc'"),
    ("zz-unknown", {}, r"theme 'zz-unknown' is not in content/taxonomy\.yml"),
    ("quantum", {}, r"theme: 'quantum' does not match the file name"),
]


@pytest.fixture()
def checked(project: Path) -> tuple[Path, str, list[str]]:
    """One project holding every broken file at once; `factsheets check` run once."""
    text = (project / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")
    fact = good_fact(text)
    names = []
    for i, (theme, change, _) in enumerate(CASES):
        stem = theme if theme == "zz-unknown" else f"ai-{i}" if theme != "ai" else "ai"
        name = f"case-{i}.yml" if stem not in ("zz-unknown",) else "zz-unknown.yml"
        bad = broken(fact, change)
        bad["id"] = bad["id"] if "id" in change else f"case-{i}"
        file_theme = "zz-unknown" if theme == "zz-unknown" else theme if theme != "ai" else f"case-{i}"
        body = {"theme": file_theme, "title": "Case", "facts": [bad]}
        (project / "content" / name).write_text(yaml.safe_dump(body, sort_keys=False, allow_unicode=True),
                                                encoding="utf-8")
        names.append(name)
    result = factsheets("check", cwd=project, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    return project, result.stderr, names


@pytest.mark.parametrize("case", range(len(CASES)))
def test_each_problem_reported_with_its_place(checked: tuple[Path, str, list[str]], case: int) -> None:
    _project, stderr, names = checked
    pattern = rf"(?m)^content/{re.escape(names[case])}:\d+:\d+: (error: )?{CASES[case][2]}"
    assert re.search(pattern, stderr), stderr


def test_value_error_points_at_the_value(tmp_path: Path) -> None:
    path = tmp_path / "ai.yml"
    path.write_text("theme: ai\ntitle: AI\nfacts:\n- id: a\n  kind: quantity\n  statement: S.\n"
                    "  value: lots\n  source: {document: d, quote: q, start: 0, end: 1}\n", encoding="utf-8")
    (problem,) = schema_problems(load_yaml(path, "content/ai.yml"), "ai")
    assert str(problem) == "content/ai.yml:7:10: facts[0].value: expected a number or null, got 'lots'"


def test_duplicate_ids_across_files_and_duplicate_keys(project: Path) -> None:
    factsheets("extract", cwd=project)
    content = project / "content"
    sheets = [p for p in sorted(content.glob("*.yml")) if p.name not in ("taxonomy.yml", "sources.yml")
              and yaml.safe_load(p.read_text(encoding="utf-8"))["facts"]]
    first, second = sheets[:2]
    taken = yaml.safe_load(first.read_text(encoding="utf-8"))["facts"][0]["id"]
    text = second.read_text(encoding="utf-8")
    text = text.replace(re.search(r"- id: (\S+)", text).group(1), taken, 1)  # type: ignore[union-attr]
    text = text.replace("  reviewed: false\n", "  reviewed: false\n  reviewed: true\n", 1)
    second.write_text(text, encoding="utf-8")
    result = factsheets("check", cwd=project, check=False)
    assert result.returncode == 1
    assert re.search(rf"content/{second.name}:\d+:\d+: facts\[0\]\.id: '{taken}' is already used at "
                     rf"content/{first.name}:\d+", result.stderr), result.stderr
    assert re.search(rf"content/{second.name}:\d+:3: key 'reviewed' given twice", result.stderr)


SHAPE_CASES = [0, 1, 2, 3, 4, 5, 10, 11]
"""The CASES a schema can see (the rest need the sources, the taxonomy or other files)."""


@pytest.mark.parametrize("case", SHAPE_CASES)
def test_schema_and_hand_written_validator_agree(tmp_path: Path, case: int) -> None:
    """load_sheet (extract, render) and check must refuse the same shapes."""
    _theme, change, _ = CASES[case]
    text = "In recent years something."
    fact = broken({**good_fact(text), "source": {"document": SEED, "quote": text, "start": 0, "end": len(text)}},
                  change)
    path = tmp_path / "ai.yml"
    path.write_text(yaml.safe_dump({"theme": "ai", "title": "AI", "facts": [fact]}), encoding="utf-8")
    doc: Located = load_yaml(path)
    assert schema_problems(doc, "ai")
    assert validate_sheet(doc, "ai")


_ODD = st.sampled_from([None, True, False, 0, -1, 7, 1.5, 2020.0, 3000, float("inf"), "", "x", "abc-1", "Doc_1.txt",
                        "../x", "quantity", [], ["a"], [1], {}, {"a": 1}])
_FACT_FIELDS = ["id", "kind", "statement", "value", "unit", "subject", "qualifier", "year", "entities", "reviewed",
                "cues", "source", "source.document", "source.quote", "source.start", "source.end"]


@settings(max_examples=400, deadline=None)
@given(top=st.dictionaries(st.sampled_from(["theme", "title", "description", "facts", "rejected"]),
                           st.one_of(_ODD, st.just(_DELETE), st.lists(_ODD, max_size=2)), max_size=2),
       changes=st.lists(st.dictionaries(st.sampled_from(_FACT_FIELDS), st.one_of(_ODD, st.just(_DELETE)), max_size=3),
                        max_size=3))
def test_a_file_the_hand_written_validator_passes_has_no_schema_errors(top: dict[str, Any],
                                                                      changes: list[dict[str, Any]]) -> None:
    """check skips jsonschema for a file validate_sheet passes: that must never hide an error."""
    text = "In recent years something."
    good = {**good_fact(text), "source": {"document": SEED, "quote": text, "start": 0, "end": len(text)}}
    facts = []
    for i, change in enumerate(changes):
        fact = copy.deepcopy({**good, "id": f"fact-{i}"})
        for key, value in sorted(change.items()):  # "source" before "source.start"
            target, name = (fact.get("source"), key[7:]) if key.startswith("source.") else (fact, key)
            if isinstance(target, dict):
                _set(target, name, value)
        facts.append(fact)
    data: dict[str, Any] = {"theme": "ai", "title": "AI", "facts": facts}
    for key, value in top.items():
        _set(data, key, value)
    doc = parse_yaml(yaml.dump(data, Dumper=_NoAliases).encode(), "content/ai.yml")
    if not validate_sheet(doc, "ai"):
        assert not list(jsonschema.Draft202012Validator(SHEET_SCHEMA).iter_errors(doc.data))
        assert not schema_problems(doc, "ai", [])


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # the pool's values are shared objects; content never has aliases


def _set(target: dict[str, Any], key: str, value: Any) -> None:
    if value is _DELETE:
        target.pop(key, None)
    else:
        target[key] = copy.deepcopy(value)  # the pool's lists and mappings are shared


def test_taxonomy_checked_too(project: Path) -> None:
    taxonomy = project / "content" / "taxonomy.yml"
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8").replace("slug: space", "slug: ../space"),
                        encoding="utf-8")
    result = factsheets("check", cwd=project, check=False)
    assert result.returncode == 1
    assert re.search(r"content/taxonomy\.yml:\d+:\d+: themes\[\d+\]\.slug: expected a slug", result.stderr)


@pytest.mark.parametrize(("written", "wrong", "message"), [
    ("\n    min_sentences: 2\n", "\n    min_sentences: 0\n", r"min_sentences: expected a whole number"),
    ("\n    weak_counts: true\n", "\n    weak_counts: 2\n", r"weak_counts: expected true or false"),
    ("\n    backdrop_clauses: [", "\n    backdrop_clauses: often\n    unused: [",
     r"backdrop_clauses: expected true or false"),
    ("\n    min_paragraphs: 2\n", "\n    min_paragraphs: many\n", r"min_paragraphs: expected a whole number"),
    ("\n    widened_by:\n", "\n    widened_by: nationwide\n    unused:\n", r"widened_by: expected a list of mappings"),
    # Only the build's loader read a scope's keys before check asked it: check passed, the build failed.
    ("\n        measures: [", "\n        meaures: [gdp]\n        measures: [",
     r"widened_by\[0\]: unknown key 'meaures'"),
])
def test_taxonomy_theme_settings_checked(project: Path, written: str, wrong: str, message: str) -> None:
    taxonomy = project / "content" / "taxonomy.yml"
    text = taxonomy.read_text(encoding="utf-8")
    assert written in text
    taxonomy.write_text(text.replace(written, wrong, 1), encoding="utf-8")
    result = factsheets("check", cwd=project, check=False)
    assert result.returncode == 1
    assert re.search(r"content/taxonomy\.yml:\d+:\d+: themes\[\d+\]\." + message, result.stderr)


def test_a_misspelt_theme_setting_fails_check_as_it_fails_the_build(project: Path) -> None:
    taxonomy = project / "content" / "taxonomy.yml"
    text = taxonomy.read_text(encoding="utf-8")
    assert "\n    weak_counts: true\n" in text
    taxonomy.write_text(text.replace("\n    weak_counts: true\n", "\n    weak_count: true\n", 1), encoding="utf-8")
    result = factsheets("check", cwd=project, check=False)
    assert result.returncode == 1
    assert re.search(r"^content/taxonomy\.yml:\d+:\d+: themes\[\d+\]: unknown key 'weak_count'", result.stderr, re.M)


def test_build_stops_on_check_errors(project: Path) -> None:
    factsheets("extract", cwd=project)
    (project / "content" / "ai.yml").write_text(
        "theme: ai\ntitle: AI\nfacts:\n- id: x\n  kind: quantity\n  statement: S.\n  value: lots\n"
        f"  source: {{document: {SEED}, quote: q, start: 0, end: 1}}\n", encoding="utf-8")
    result = factsheets("build", "--no-extract", cwd=project, check=False)
    assert result.returncode == 1
    assert "content/ai.yml:7:10: facts[0].value: expected a number or null" in result.stderr
    assert not (project / "site" / "index.html").exists()
    mkdocs = run([str(BIN / "mkdocs"), "build"], project, check=False)
    assert mkdocs.returncode != 0
    assert "facts[0].value" in mkdocs.stderr + mkdocs.stdout


def test_a_record_whose_seed_is_gone_is_a_warning(project: Path) -> None:
    """A source record no fact cites, whose seed file was deleted: check warns at the record
    (exit 0: the site still builds; a fact citing a gone seed is an error of its own)."""
    factsheets("extract", cwd=project)
    sources = project / "content" / "sources.yml"
    text = sources.read_text(encoding="utf-8")
    record = "- document: gone_article\n  title: An article since deleted\n  byline: null\n  date: null\n" \
             "  sha256: ''\n  path: seeds/gone_article.txt\n"
    sources.write_text(text + record, encoding="utf-8")
    line = text.count("\n") + 1
    result = factsheets("check", cwd=project)
    assert re.search(rf"(?m)^content/sources\.yml:{line}:\d+: (warning: )?sources\[\d+\]\.document: no source "
                     r"'gone_article' in seeds; the record is stale", result.stderr), result.stderr
    assert "content checks out." in result.stdout
