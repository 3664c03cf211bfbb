"""Other engines: the folder `factsheets render --out DIR` writes builds with Zensical and ProperDocs.

Zensical ignores MkDocs plugins silently, so it can only build pages rendered beforehand.
Both engines come with the test extras (pyproject.toml); nothing is installed here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests._browser import unavailable
from tests.conftest import BIN, factsheets, run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    from tests.conftest import copy_project

    project = copy_project(tmp_path_factory.mktemp("render"))
    factsheets("extract", cwd=project)
    out = project / "out"
    factsheets("render", "--out", str(out), cwd=project)
    facts = json.loads((out / "docs" / "data" / "facts.json").read_text(encoding="utf-8"))["facts"]
    themes = sorted({f["theme"] for f in facts})
    assert themes
    return out, themes


def _engine(name: str) -> Path:
    exe = BIN / name
    if not exe.exists():
        unavailable(f"{name} is not installed (pip install -e '.[test]')")
    return exe


def _check_site(site: Path, themes: list[str], out: Path) -> None:
    assert (site / "index.html").exists()
    for theme in themes:
        page = (site / theme / "index.html").read_text(encoding="utf-8")
        assert '<table class="fs-facts">' in page, theme
    ids = [f["id"] for f in json.loads((out / "docs" / "data" / "facts.json").read_text(encoding="utf-8"))["facts"]]
    source_pages = "".join(p.read_text(encoding="utf-8") for p in (site / "sources").glob("*/index.html"))
    for fact_id in ids:
        assert f'id="fact-{fact_id}"' in source_pages
    assert (site / "data" / "facts.csv").exists()


def test_zensical_builds_the_rendered_folder(rendered: tuple[Path, list[str]]) -> None:
    out, themes = rendered
    run([str(_engine("zensical")), "build", "--clean", "-f", str(out / "mkdocs.yml")], out)
    _check_site(out / "site", themes, out)


def test_properdocs_builds_the_rendered_folder(rendered: tuple[Path, list[str]], tmp_path: Path) -> None:
    out, themes = rendered
    site = tmp_path / "site"
    run([str(_engine("properdocs")), "build", "--strict", "-f", str(out / "mkdocs.yml"), "-d", str(site)], out)
    _check_site(site, themes, out)


def test_properdocs_runs_our_plugin(project: Path) -> None:
    """ProperDocs loads plugins from the `mkdocs.plugins` entry points: the project builds as it is."""
    factsheets("extract", cwd=project)
    run([str(_engine("properdocs")), "build", "--strict"], project)
    assert (project / "site" / "quantum" / "index.html").exists()
