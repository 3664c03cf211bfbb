"""The orchestration: a new content folder, determinism, parallel extraction."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.pipeline import DEFAULT_TAXONOMY, extract_content
from generator.settings import make_settings
from tests.conftest import ROOT

TEXT = (
    "Harbour traffic hits a record\n\n"
    "The port handled 4.2 million containers in 2023, the highest total in its history. "
    "Shipping lines added 12 new routes.\n"
)


def test_example_taxonomy_is_the_default() -> None:
    """The example project uses the shipped defaults; if you customise it, drop this test."""
    assert (ROOT / "content" / "taxonomy.yml").read_bytes() == DEFAULT_TAXONOMY.read_bytes()


def test_extract_into_an_empty_folder_writes_an_editable_taxonomy(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "port.txt").write_text(TEXT, encoding="utf-8")
    settings = make_settings(tmp_path)
    report = extract_content(settings, dry_run=True)
    assert not (tmp_path / "content").exists(), "a dry run writes nothing"
    assert report.diffs and len(report.diffs) == len(report.changes)
    assert all(d.startswith(f"--- a/{name}\n+++ b/{name}\n")
               for d, (name, _, _) in zip(report.diffs, report.changes, strict=True))
    report = extract_content(settings)
    assert not report.errors
    assert (tmp_path / "content" / "taxonomy.yml").read_bytes() == DEFAULT_TAXONOMY.read_bytes()
    assert any(p.name not in ("taxonomy.yml", "sources.yml") for p in (tmp_path / "content").glob("*.yml"))


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_parallel_extraction_writes_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("serial", "parallel"):
        seeds = tmp_path / name / "seeds"
        seeds.mkdir(parents=True)
        for i in range(6):
            (seeds / f"port-{i}.txt").write_text(TEXT.replace("4.2", f"4.{i}"), encoding="utf-8")
    extract_content(make_settings(tmp_path / "serial"))
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    extract_content(make_settings(tmp_path / "parallel"))
    assert _snapshot(tmp_path / "serial" / "content") == _snapshot(tmp_path / "parallel" / "content")


def test_second_extract_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "port.txt").write_text(TEXT, encoding="utf-8")
    extract_content(make_settings(tmp_path))
    before = _snapshot(tmp_path / "content")
    report = extract_content(make_settings(tmp_path))
    assert not report.written
    assert _snapshot(tmp_path / "content") == before


def test_an_unchanged_sheet_is_told_without_dumping_it_again(tmp_path: Path) -> None:
    """The re-run shortcut (sheets.dumps_unchanged) agrees with dump_sheet on real sheets."""
    import dataclasses
    import shutil

    from generator.sheets import dump_sheet, dumps_unchanged, load_sheet, sheet_paths

    shutil.copytree(ROOT / "tests" / "texts", tmp_path / "seeds")
    extract_content(make_settings(tmp_path))
    paths = sheet_paths(tmp_path / "content")
    assert paths
    for path in paths:
        previous = path.read_text(encoding="utf-8-sig")
        sheet, rejected, problems = load_sheet(path)
        assert not problems
        assert dumps_unchanged(previous, sheet, rejected, sheet, rejected)
        assert dump_sheet(sheet, rejected, previous) == previous
        edited = dataclasses.replace(sheet, facts=(dataclasses.replace(sheet.facts[0], reviewed=True),
                                                   *sheet.facts[1:]))
        assert not dumps_unchanged(previous, sheet, rejected, edited, rejected)
        assert not dumps_unchanged(previous, sheet, rejected, sheet, [*rejected, "gone-fact"])
        headless = previous.split("\n", 1)[1]
        assert not dumps_unchanged(headless, sheet, rejected, sheet, rejected)


def test_a_build_does_not_load_the_extractor_or_jsonschema(tmp_path: Path) -> None:
    """Rendering and building need neither the extractor (its regexes take a tenth of a
    second to compile) nor jsonschema (only for a file the hand-written check refuses)."""
    import subprocess
    import sys

    code = ("import sys, generator.site, generator.plugin, generator.cli; "
            "print(sorted(m for m in sys.modules if m in ('jsonschema', 'generator.extract')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
