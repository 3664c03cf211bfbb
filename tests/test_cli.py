"""The command line: exit codes, messages without tracebacks, every command documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cli import COMMANDS, build_parser, main
from tests.conftest import ROOT, factsheets


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"`factsheets {name}" in readme, name


def test_every_plugin_option_is_in_the_readme() -> None:
    from generator.plugin import FactsheetsConfig

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, _option in FactsheetsConfig._schema:
        assert f"| `{name}` |" in readme, name


@pytest.mark.parametrize("argv", [[], ["nonsense"], ["extract", "--bogus"], ["render"]])
def test_wrong_usage_exits_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


def test_build_without_config_is_usage_error(tmp_path: Path) -> None:
    result = factsheets("build", "-f", "missing.yml", cwd=tmp_path, check=False)
    assert result.returncode == 2
    assert "missing.yml" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_reports_path_line_col_and_exits_1(project: Path) -> None:
    sheets = sorted((project / "content").glob("*.yml"))
    sheet = next(p for p in sheets if p.name not in ("taxonomy.yml", "sources.yml"))
    text = sheet.read_text(encoding="utf-8")
    sheet.write_text(re.sub(r"kind: \w+", "kind: rumour", text, count=1), encoding="utf-8")
    result = factsheets("check", cwd=project, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert re.search(rf"content/{re.escape(sheet.name)}:\d+:\d+: facts\[0\]\.kind: expected one of", result.stderr)


def test_check_passes_on_the_example(project: Path) -> None:
    result = factsheets("check", cwd=project)
    assert "content checks out" in result.stdout


def test_help_lists_all_commands() -> None:
    text = build_parser().format_help()
    for name in COMMANDS:
        assert name in text


def test_module_entry_point(project: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_render_out_writes_pages_and_config(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "rendered"
    factsheets("render", "--out", str(out), cwd=project)
    assert (out / "mkdocs.yml").exists()
    assert (out / "docs" / "index.md").exists()
    assert (out / "docs" / "data" / "facts.json").exists()
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    factsheets("render", "--out", str(out), cwd=project)
    after = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    assert before == after, "an unchanged render must not rewrite files (it would wake file watchers)"
