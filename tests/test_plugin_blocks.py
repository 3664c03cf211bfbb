"""The plugin hands its HTML blocks past Python-Markdown (on_page_markdown/on_page_content):
the built site must be byte for byte what MkDocs makes of the full Markdown pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import copy_project, factsheets

BUILD = """
import sys
from generator import plugin
if sys.argv[1] == "markdown":  # the plain route: every page through Python-Markdown whole
    del plugin.FactsheetsPlugin.on_page_markdown
    del plugin.FactsheetsPlugin.on_page_content
from mkdocs.commands.build import build
from mkdocs.config import load_config
build(load_config("mkdocs.yml", site_dir=sys.argv[2]))
"""


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("which", ["example", "sample"])
def test_blocks_past_markdown_build_the_same_site(tmp_path: Path, which: str) -> None:
    if which == "example":
        project = copy_project(tmp_path / "p")
        factsheets("extract", cwd=project)
    else:
        from tests.sample_project import write_sample_project  # charts, Chinese, hostile text

        project = write_sample_project(tmp_path / "p")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("pdf: true", "pdf: false"), encoding="utf-8")
    env = {"NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000", "PATH": "/usr/bin:/bin"}
    for route in ("markdown", "blocks"):
        subprocess.run([sys.executable, "-c", BUILD, route, str(tmp_path / route)], cwd=project, env=env,
                       check=True, capture_output=True)
    plain, fast = _files(tmp_path / "markdown"), _files(tmp_path / "blocks")
    assert plain.keys() == fast.keys()
    assert [name for name in plain if plain[name] != fast[name]] == []
    pages = [name for name in fast if name.endswith(".html")]
    assert len(pages) > 5
    assert not any(b"factsheets-block-" in fast[name] for name in pages), "every placeholder was put back"
