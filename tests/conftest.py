"""Shared fixtures: a copy of the example project, built once with the real mkdocs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.projects import PROJECT_PARTS, ROOT, copy_project

BIN = Path(sys.executable).parent
__all__ = ["BIN", "PROJECT_PARTS", "ROOT", "copy_project", "factsheets", "run"]


def run(args: list[str], cwd: Path, check: bool = True, extra_env: dict[str, str] | None = None,
        **kw: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", **(extra_env or {})}
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, **kw)  # type: ignore[call-overload]
    if check and result.returncode != 0:
        raise AssertionError(f"{args} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result  # type: ignore[no-any-return]


def factsheets(*args: str, cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    return run([str(BIN / "factsheets"), *args], cwd, check=check)


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example project, extracted and built with `mkdocs build --strict` (PDFs included)."""
    project = copy_project(tmp_path_factory.mktemp("example"))
    factsheets("extract", cwd=project)
    # As `factsheets build` does from a git checkout: the edition is dated by the commit.
    run([str(BIN / "mkdocs"), "build", "--strict"], project, extra_env={"SOURCE_DATE_EPOCH": "1700000000"})
    return project / "site"


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A fresh copy of the example project to change freely."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/sample_project.py (hand-written facts: charts, Chinese, hostile text) built with
    `mkdocs build --strict`, PDFs included."""
    from tests.sample_project import write_sample_project

    project = write_sample_project(tmp_path_factory.mktemp("sample"))
    # As `factsheets build` does from a git checkout: the edition is dated by the commit.
    run([str(BIN / "mkdocs"), "build", "--strict"], project, extra_env={"SOURCE_DATE_EPOCH": "1700000000"})
    return project / "site"
