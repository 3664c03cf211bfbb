"""Publishing: the Pages workflow, `mkdocs gh-deploy`, the 404 page, sitemap and edit links."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import BIN, ROOT, copy_project, factsheets

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
PAGES_ACTIONS = ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages")


def _workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def _makefile_site_command() -> str:
    """The README's build command is `make site`; the Makefile must have that target."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make site" in readme
    assert re.search(r"^site:", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE)
    return "make site"


def test_workflow_builds_with_the_readme_command() -> None:
    runs = [step.get("run", "") for step in _steps(_workflow())]
    command = _makefile_site_command()
    assert any(line.strip() == command for r in runs for line in r.splitlines()), runs


def test_workflow_deploys_with_the_official_pages_actions() -> None:
    workflow = _workflow()
    uses = [step["uses"].partition("@")[0] for step in _steps(workflow) if "uses" in step]
    for action in PAGES_ACTIONS:
        assert action in uses
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    # PyYAML reads the bare key `on` as True (YAML 1.1).
    triggers = workflow.get("on", workflow.get(True))
    assert "push" in triggers
    upload = next(s for s in _steps(workflow) if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"


def test_workflow_installs_what_the_pdfs_need() -> None:
    runs = " ".join(step.get("run", "") for step in _steps(_workflow()))
    for package in ("fonts-noto-cjk", "libpango-1.0-0", "libpangoft2-1.0-0"):
        assert package in runs


def test_mkdocs_yml_is_ready_for_pages() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for key in ("site_url", "repo_url", "edit_uri"):
        assert re.search(rf"^{key}: \S", config, re.MULTILINE), f"{key} missing from mkdocs.yml"


def test_404_page_and_sitemap(example_site: Path) -> None:
    not_found = (example_site / "404.html").read_text(encoding="utf-8")
    # Absolute asset URLs under site_url's path, so the page is styled at any depth (mkdocs#1283).
    assert 'href="/factsheets/assets/stylesheets/' in not_found
    sitemap = (example_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://factsheets-team.github.io/factsheets/quantum/</loc>" in sitemap
    assert "/sources/" in sitemap


def test_edit_links_open_the_file_a_person_edits(example_site: Path) -> None:
    theme = (example_site / "quantum" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://github.com/factsheets-team/factsheets/edit/main/content/quantum.yml"' in theme
    source = next((example_site / "sources").glob("*/index.html"))
    seed = source.parent.name
    assert f'href="https://github.com/factsheets-team/factsheets/edit/main/seeds/{seed}.txt"' in source.read_text(
        encoding="utf-8")
    home = (example_site / "index.html").read_text(encoding="utf-8")
    assert "/edit/main/" not in home  # made from every sheet: no single file to edit


@pytest.mark.slow
def test_gh_deploy_pushes_the_site_to_gh_pages(tmp_path: Path) -> None:
    """`mkdocs gh-deploy` from the repository as it is, pushing to a local bare remote."""
    remote = tmp_path / "remote.git"
    project = copy_project(tmp_path / "project")
    factsheets("extract", cwd=project)  # content/*.yml are committed in a real clone
    env = {**os.environ, "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}

    def git(*args: str, cwd: Path = project) -> str:
        return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout

    git("init", "-q", "--bare", str(remote), cwd=tmp_path)
    git("init", "-q", "-b", "main")
    git("add", ".")
    git("commit", "-q", "-m", "site")
    git("remote", "add", "origin", str(remote))
    result = subprocess.run([str(BIN / "mkdocs"), "gh-deploy", "--force", "--no-history"], cwd=project,
                            env={**env, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"},
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    published = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split()
    for path in (".nojekyll", "index.html", "404.html", "sitemap.xml", "quantum/index.html",
                 "pdf/quantum.pdf", "data/facts.json", "search/search_index.json"):
        assert path in published
