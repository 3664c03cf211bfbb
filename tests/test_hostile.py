"""Hostile and broken input (tests/hostile/): nothing becomes live markup, nothing escapes the
project, nothing crashes; each problem is a `path:line:col: message` and exit 1."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator import files
from tests.conftest import BIN, factsheets, run

HOSTILE = Path(__file__).parent / "hostile"
INJECTED = [
    '<script>alert("title")</script>', "<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
    "[x](javascript:alert(3))", "{{ 7*7 }}", "{% for x in range(3) %}loop{% endfor %}", "# heading",
    "**bold**", "`code`", '<a href="javascript:alert(4)">click</a>', '<iframe src="javascript:alert(5)"></iframe>',
    "&lt;escaped&gt; &amp; entity",
    "<!--factsheets-block-0-->",  # the plugin's own placeholder (plugin.on_page_markdown) cannot be faked
]


def no_traceback(result: object) -> None:
    assert "Traceback" not in getattr(result, "stderr", "") + getattr(result, "stdout", "")


class LiveMarkup(HTMLParser):
    """Collects anything in a page that seed text could have turned into live markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on") and "alert" in (value or ""):
                self.found.append(f"<{tag} {name}={value!r}>")
            if (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag in ("iframe", "img") and any(v == "x" or "alert" in (v or "") for _, v in attrs):
            self.found.append(f"<{tag}>")
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag):]

    def handle_data(self, data: str) -> None:
        inner = self.open[-1] if self.open else ""
        if inner == "script" and "alert(" in data:
            self.found.append(f"<script>{data[:60]}")
        if inner in ("h1", "h2", "h3", "strong", "em", "code") and (
                "heading in the middle" in data or data.strip() in ("bold", "code", "x")):
            self.found.append(f"<{inner}>{data[:60]}")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import copy_project

    project = copy_project(tmp_path_factory.mktemp("hostile"))
    shutil.copy(HOSTILE / "seeds" / "markup.txt", project / "seeds" / "markup.txt")
    no_traceback(factsheets("extract", cwd=project))
    no_traceback(run([str(BIN / "mkdocs"), "build"], project))
    return project


def test_seed_markup_never_live_on_any_page(hostile_site: Path) -> None:
    pages = list((hostile_site / "site").rglob("*.html"))
    assert pages
    for page in pages:
        scan = LiveMarkup()
        scan.feed(page.read_text(encoding="utf-8"))
        assert not scan.found, f"{page}: {scan.found}"


def test_seed_markup_shown_as_the_same_characters(hostile_site: Path) -> None:
    page = (hostile_site / "site" / "sources" / "markup" / "index.html").read_text(encoding="utf-8")
    text = _visible_text(page)
    for snippet in INJECTED:
        assert snippet in text, snippet
    assert "A template 49" not in text  # {{ 7*7 }} was not evaluated


def test_facts_on_theme_pages_keep_the_characters(hostile_site: Path) -> None:
    facts = json.loads((hostile_site / "site" / "data" / "facts.json").read_text(encoding="utf-8"))["facts"]
    mine = [f for f in facts if f["document"] == "markup"]
    assert mine, "the markup seed should give facts"
    seed = (HOSTILE / "seeds" / "markup.txt").read_text(encoding="utf-8")
    for fact in mine:
        assert seed[fact["start"]:fact["end"]] == fact["quote"]
        theme_page = _visible_text((hostile_site / "site" / fact["theme"] / "index.html").read_text(encoding="utf-8"))
        assert fact["statement"] in theme_page


def test_pdf_keeps_the_characters(hostile_site: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    facts = json.loads((hostile_site / "site" / "data" / "facts.json").read_text(encoding="utf-8"))["facts"]
    theme = next(f["theme"] for f in facts if "{{ 7*7 }}" in f["quote"])
    reader = pypdf.PdfReader(str(hostile_site / "site" / "pdf" / f"{theme}.pdf"))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "{{ 7*7 }}" in text


def test_front_matter_never_shows_as_text(hostile_site: Path) -> None:
    for page in (hostile_site / "site").rglob("*.html"):
        # Seen once: an escaped title made the front matter invalid YAML, shown as an <h2>.
        assert "title: &#34;" not in page.read_text(encoding="utf-8"), page


def _visible_text(html: str) -> str:
    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = Text()
    parser.feed(html)
    return "".join(parser.parts)


# --- paths -------------------------------------------------------------------------------


def test_traversal_in_content_refused_and_nothing_written_outside(project: Path) -> None:
    shutil.copy(HOSTILE / "yaml" / "traversal-theme.yml", project / "content" / "traversal.yml")
    before = set(project.parent.rglob("*"))
    result = factsheets("build", "--no-extract", cwd=project, check=False)
    no_traceback(result)
    assert result.returncode == 1
    for message in (r"content/traversal\.yml:1:8: theme: expected a slug",
                    r"content/traversal\.yml:\d+:\d+: facts\[0\]\.id: expected a slug",
                    r"content/traversal\.yml:\d+:\d+: facts\[0\]\.source\.document: expected a slug"):
        assert re.search(message, result.stderr), result.stderr
    created = {p for p in set(project.parent.rglob("*")) - before if project not in p.parents}
    assert not created
    assert not (project / "site").exists()


def test_traversal_in_taxonomy_never_becomes_a_file(project: Path) -> None:
    taxonomy = project / "content" / "taxonomy.yml"
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8").replace("slug: quantum", "slug: ../../quantum"),
                        encoding="utf-8")
    result = factsheets("extract", cwd=project, check=False)
    no_traceback(result)
    assert not list(project.parent.parent.glob("quantum*"))
    assert not list(project.parent.glob("quantum*"))
    check = factsheets("check", cwd=project, check=False)
    assert check.returncode == 1
    assert "themes[1].slug: expected a slug" in check.stderr


# --- YAML ------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "message"), [
    ("bomb.yml", r"content/general\.yml:4:\d+: YAML aliases \(\*name\) are not allowed"),
    ("python-tag.yml", r"content/general\.yml:2:\d+: invalid YAML: tags such as !!python"),
])
@pytest.mark.parametrize("command", ["check", "extract"])
def test_yaml_bombs_and_tags_in_content(project: Path, name: str, message: str, command: str) -> None:
    shutil.copy(HOSTILE / "yaml" / name, project / "content" / "general.yml")
    started = time.perf_counter()
    result = factsheets(command, cwd=project, check=False)
    assert time.perf_counter() - started < 20
    no_traceback(result)
    assert result.returncode == 1
    assert re.search(message, result.stderr), result.stderr
    assert not (project / "pwned.txt").exists()


@pytest.mark.parametrize("command", ["check", "extract"])
@pytest.mark.parametrize("name", ["bomb.yml", "python-tag.yml"])
def test_yaml_bombs_and_tags_in_taxonomy(project: Path, name: str, command: str) -> None:
    shutil.copy(HOSTILE / "yaml" / name, project / "content" / "taxonomy.yml")
    result = factsheets(command, cwd=project, check=False)
    no_traceback(result)
    assert result.returncode == 1
    assert re.search(r"content/taxonomy\.yml:\d+:\d+: (YAML aliases|invalid YAML: tags)", result.stderr)


# --- encodings and sizes ---------------------------------------------------------------


@pytest.fixture()
def encodings(project: Path) -> tuple[Path, object]:
    for seed in (HOSTILE / "seeds").glob("*.txt"):
        if seed.name != "markup.txt":
            shutil.copy(seed, project / "seeds" / seed.name)
    result = factsheets("extract", cwd=project, check=False)
    no_traceback(result)
    return project, result


@pytest.mark.parametrize(("name", "message"), [
    ("latin1.txt", r"seeds/latin1\.txt:3:\d+: cannot decode byte 0xe9 as UTF-8.*\(byte offset 30\)"),
    ("nul.txt", r"seeds/nul\.txt:3:\d+: binary file: NUL byte.*\(byte offset 22\)"),
    ("binary.txt", r"seeds/binary\.txt:\d+:\d+: binary file.*\(byte offset \d+\)"),
    ("empty.txt", r"seeds/empty\.txt:1:1: warning: empty source"),
    ("whitespace.txt", r"seeds/whitespace\.txt:1:1: warning: empty source"),
])
def test_bad_sources_named_with_their_offset(encodings: tuple[Path, object], name: str, message: str) -> None:
    _project, result = encodings
    assert result.returncode == 1
    assert re.search(message, result.stderr), result.stderr


@pytest.mark.parametrize("stem", ["crlf", "utf8-bom", "utf16", "utf16be"])
def test_good_encodings_give_verbatim_facts_and_the_rest_builds(encodings: tuple[Path, object], stem: str) -> None:
    project, _result = encodings
    facts = []
    for path in (project / "content").glob("*.yml"):
        if path.name not in ("taxonomy.yml", "sources.yml"):
            import yaml

            facts += [f for f in yaml.safe_load(path.read_text(encoding="utf-8"))["facts"]
                      if f["source"]["document"] == stem]
    assert [f["value"] for f in facts] == [500]
    assert facts[0]["source"]["quote"] == "The lab trained 500 models in 2024."
    check = factsheets("check", cwd=project, check=False)
    no_traceback(check)
    assert check.returncode == 0, check.stderr  # bad seeds hold no facts, so the content checks out
    run([str(BIN / "mkdocs"), "build"], project)
    assert (project / "site" / "sources" / stem / "index.html").exists()


def test_oversize_source_refused(project: Path) -> None:
    huge = project / "seeds" / "huge.txt"
    with huge.open("wb") as handle:  # generated here, never committed
        handle.write(b"Title\n\n" + b"The lab trained 500 models. " * (10 * 1024 * 1024 // 28 + 1))
    assert huge.stat().st_size > 10 * 1024 * 1024
    result = factsheets("extract", cwd=project, check=False)
    no_traceback(result)
    assert result.returncode == 1
    assert re.search(r"seeds/huge\.txt:1:1: source is larger than 10485760 bytes", result.stderr)
    assert "1 sources" in result.stdout  # the example seed still went through


def test_max_source_bytes_option(project: Path) -> None:
    result = factsheets("extract", "--max-source-bytes", "1000", cwd=project, check=False)
    assert result.returncode == 1
    assert "source is larger than 1000 bytes" in result.stderr


# --- atomic writes -----------------------------------------------------------------------


@pytest.mark.parametrize("fail", ["replace", "fsync"])
def test_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail: str) -> None:
    target = tmp_path / "ai.yml"
    target.write_text("old content\n", encoding="utf-8")

    def boom(*args: object, **kw: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, fail, boom)
    with pytest.raises(OSError, match="No space left"):
        files.write_atomic(target, "new content\n" * 1000)
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["ai.yml"]  # no temporary file left behind


def test_write_keeps_the_file_mode_and_skips_unchanged(tmp_path: Path) -> None:
    target = tmp_path / "ai.yml"
    target.write_text("a\n", encoding="utf-8")
    os.chmod(target, 0o644)
    assert files.write_atomic(target, "b\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert not files.write_atomic(target, "b\n")
    fresh = tmp_path / "new.yml"
    files.write_atomic(fresh, "x")
    assert stat.S_IMODE(fresh.stat().st_mode) & 0o044  # readable by others, like any new file
