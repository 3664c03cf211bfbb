"""The extraction cache: unchanged sources are not extracted again, and the result is the same."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator import extract_cache, pipeline
from generator.extract_cache import CACHE_DIR, CACHE_FILE
from generator.pipeline import extract_content
from generator.settings import make_settings
from tests.conftest import ROOT


def _project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "tests" / "texts", tmp_path / "seeds")
    return tmp_path


def _content(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((folder / "content").iterdir()) if p.is_file()}


def _count_extractions(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    extracted: list[Path] = []
    real = pipeline._process

    def counting(path: Path, *args: object) -> object:
        extracted.append(path)
        return real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_process", counting)
    return extracted


def test_cached_extraction_writes_the_same_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = _project(tmp_path / "fresh")
    assert not extract_content(make_settings(fresh), use_cache=False).errors
    assert not (fresh / CACHE_DIR).exists(), "--no-cache neither reads nor writes the cache"

    cached = _project(tmp_path / "cached")
    settings = make_settings(cached)
    extract_content(settings)
    assert (cached / CACHE_DIR / CACHE_FILE).exists()
    shutil.rmtree(cached / "content")  # from the cache alone, into an empty folder
    extracted = _count_extractions(monkeypatch)
    report = extract_content(settings)
    assert extracted == [], "every source came from the cache"
    assert report.documents == len(list((cached / "seeds").iterdir()))
    assert _content(cached) == _content(fresh)


def test_only_changed_sources_are_extracted_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _project(tmp_path)
    settings = make_settings(project)
    extract_content(settings)
    extracted = _count_extractions(monkeypatch)
    changed = sorted((project / "seeds").iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe agency hired 250 inspectors in 2025.\n",
                       encoding="utf-8")
    report = extract_content(settings)
    assert [p.name for p in extracted] == [changed.name]
    new = [f for r in report.sheets.values() for f in r.new]
    assert any(f.value == 250 for f in new), "the new sentence was extracted"


def test_a_changed_taxonomy_or_extractor_invalidates_every_entry(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    project = _project(tmp_path)
    settings = make_settings(project)
    extract_content(settings)
    seeds = len(list((project / "seeds").iterdir()))
    extracted = _count_extractions(monkeypatch)
    taxonomy = project / "content" / "taxonomy.yml"
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8").replace("cues: [", "cues: [inspectors, ", 1),
                        encoding="utf-8")
    extract_content(settings)
    assert len(extracted) == seeds
    extracted.clear()
    monkeypatch.setattr(extract_cache, "FORMAT", extract_cache.FORMAT + 1)  # as a new version of the tool
    extract_content(settings)
    assert len(extracted) == seeds


@pytest.mark.parametrize("damage", ["not json", '{"digest": 1}', "[]", "garbage entries"])
def test_a_damaged_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    project = _project(tmp_path)
    settings = make_settings(project)
    extract_content(settings)
    before = _content(project)
    path = project / CACHE_DIR / CACHE_FILE
    if damage == "garbage entries":
        data = json.loads(path.read_text(encoding="utf-8"))
        data["entries"] = {key: {"document": [1, 2], "facts": "x"} for key in data["entries"]}
        path.write_text(json.dumps(data), encoding="utf-8")
    else:
        path.write_text(damage, encoding="utf-8")
    extracted = _count_extractions(monkeypatch)
    report = extract_content(settings)
    assert not report.errors
    assert len(extracted) == len(list((project / "seeds").iterdir()))
    assert _content(project) == before


def test_a_dry_run_writes_no_cache(tmp_path: Path) -> None:
    project = _project(tmp_path)
    extract_content(make_settings(project), dry_run=True)
    assert not (project / CACHE_DIR).exists()


def test_a_removed_source_leaves_the_cache(tmp_path: Path) -> None:
    project = _project(tmp_path)
    settings = make_settings(project)
    extract_content(settings)
    path = project / CACHE_DIR / CACHE_FILE
    count = len(json.loads(path.read_text(encoding="utf-8"))["entries"])
    sorted((project / "seeds").iterdir())[0].unlink()
    extract_content(settings)
    assert len(json.loads(path.read_text(encoding="utf-8"))["entries"]) == count - 1
