"""The SheetStore: sheets parsed by an earlier run come back from .cache/ as the same data,
and problems found in them are still placed at their line and column."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator import sheets
from generator.check import check_content
from generator.pipeline import extract_content, load_site
from generator.settings import make_settings
from generator.sheets import ContentCache, SheetStore, _json_exact, sheet_paths
from generator.site import build_site_files
from tests.conftest import ROOT


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "tests" / "texts", tmp_path / "seeds")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    extract_content(make_settings(tmp_path))
    return tmp_path


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    real = sheets.parse_yaml

    def counting(raw: bytes, name: str) -> sheets.Located:
        parsed.append(name)
        return real(raw, name)

    monkeypatch.setattr(sheets, "parse_yaml", counting)
    return parsed


def test_a_second_build_reads_the_store_and_renders_the_same(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = build_site_files(project)
    assert (project / SheetStore.FILE).exists()
    parsed = _parses(monkeypatch)
    second = build_site_files(project)
    assert not [name for name in parsed if Path(name).stem not in ("taxonomy", "sources")]
    assert second.files == first.files
    assert second.content == first.content


def test_the_build_after_an_extract_parses_no_sheet(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Extract hands the store the sheets it wrote (from the parse that checked they read
    back), so the first build after it reads them as JSON, and renders what parsing gives."""
    settings = make_settings(project)
    written = [p.stem for p in sheet_paths(project / "content")]
    assert len(written) >= 2
    parsed = _parses(monkeypatch)
    from_store = build_site_files(project)
    assert not [name for name in parsed if Path(name).stem not in ("taxonomy", "sources")]
    monkeypatch.undo()
    (project / SheetStore.FILE).unlink()
    assert load_site(settings, ContentCache())[0] == from_store.content
    assert build_site_files(project).files == from_store.files


def test_a_dry_run_extract_stores_nothing(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "tests" / "texts", tmp_path / "seeds")
    extract_content(make_settings(tmp_path), dry_run=True)
    assert not (tmp_path / SheetStore.FILE).exists()


def test_without_the_store_the_same_content_is_loaded(project: Path) -> None:
    settings = make_settings(project)
    build_site_files(project)  # fills the store
    stored, _ = load_site(settings, ContentCache(store=SheetStore(project)))
    parsed, _ = load_site(settings, ContentCache())
    assert stored == parsed


def test_problems_in_stored_sheets_keep_their_places(project: Path) -> None:
    settings = make_settings(project)
    paths = [p for p in sheet_paths(project / "content") if "- id:" in p.read_text(encoding="utf-8")]
    assert len(paths) >= 2
    fresh = check_content(settings)
    assert fresh == []
    build_site_files(project)  # the store now holds every sheet
    # Problems the file itself cannot show: a quote no longer in its source, and an id used
    # twice across files. Break them through the seeds and a second file only, so the first
    # file's bytes (and its store entry) stay as they are.
    first, second = paths[:2]
    first_id = re.search(r"- id: (\S+)", first.read_text(encoding="utf-8")).group(1)  # type: ignore[union-attr]
    text = second.read_text(encoding="utf-8")
    second.write_text(text.replace(re.search(r"- id: (\S+)", text).group(1), first_id, 1),  # type: ignore[union-attr]
                      encoding="utf-8")
    quote = re.search(r"quote: (.+)", first.read_text(encoding="utf-8")).group(1).strip("'\"")  # type: ignore[union-attr]
    document = re.search(r"document: (\S+)", first.read_text(encoding="utf-8")).group(1)  # type: ignore[union-attr]
    seed = project / "seeds" / f"{document}.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace(quote[:20], "X" * 20, 1), encoding="utf-8")

    store = SheetStore(project)
    assert store.get(first.read_bytes(), first.stem) is not None, "the first file comes from the store"
    with_store = check_content(settings, ContentCache(store=store))
    without = check_content(settings, ContentCache())
    assert with_store == without
    assert any("is already used at" in d.message and d.line > 1 for d in with_store)
    assert any(d.path.endswith(first.name) and "not found verbatim" in d.message and d.line > 1 for d in with_store)


def test_a_changed_tool_or_a_damaged_store_is_not_used(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_site_files(project)
    path = project / SheetStore.FILE
    assert json.loads(path.read_text(encoding="utf-8"))["entries"]
    monkeypatch.setattr(sheets, "_store_digest", lambda: "another version")
    assert SheetStore(project).get(next(iter(sheet_paths(project / "content"))).read_bytes(), "x") is None
    monkeypatch.undo()
    path.write_text("{not json", encoding="utf-8")
    parsed = _parses(monkeypatch)
    build_site_files(project)
    assert parsed, "parsed again"
    assert json.loads(path.read_text(encoding="utf-8"))["entries"], "and stored again"


def test_an_edited_sheet_is_parsed_and_its_old_entry_dropped(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_site_files(project)
    count = len(json.loads((project / SheetStore.FILE).read_text(encoding="utf-8"))["entries"])
    path = next(p for p in sheet_paths(project / "content") if "- id:" in p.read_text(encoding="utf-8"))
    path.write_text(path.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true", 1),
                    encoding="utf-8")
    parsed = _parses(monkeypatch)
    site = build_site_files(project)
    assert [Path(name).name for name in parsed if Path(name).stem not in ("taxonomy", "sources")] == [path.name]
    assert any(f.reviewed for s in site.content.sheets for f in s.facts)
    assert len(json.loads((project / SheetStore.FILE).read_text(encoding="utf-8"))["entries"]) == count


@pytest.mark.parametrize(("value", "exact"), [
    ({"a": [1, 2.5, "x", True, None]}, True),
    ({1: "int key"}, False),
    ({"nan": float("nan")}, False),
    ({"date": __import__("datetime").date(2024, 1, 1)}, False),
    ([{"deep": [{"x": (1, 2)}]}], False),
])
def test_only_json_exact_data_is_stored(value: object, exact: bool) -> None:
    assert _json_exact(value) is exact


def test_an_unwritable_cache_does_not_fail_the_build(project: Path) -> None:
    shutil.rmtree(project / ".cache", ignore_errors=True)
    (project / ".cache").write_text("a file where the cache folder would go", encoding="utf-8")
    extract_content(make_settings(project))  # the extraction cache cannot be written either
    site = build_site_files(project)
    assert site.content.sheets
    assert (project / ".cache").is_file()
