"""End to end: the example seed through the real mkdocs build into pages, data and PDFs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import factsheets

# The figures the example must carry, each found in the seed by reading it (issue 2).
SEED_FIGURES = [
    (69300, "69,300 international patent applications"),
    (4868, "4,868 designs"),
    (7039, "7,039 international trademark registrations"),
    (105, "105 qubits"),
    (11, "11th place"),
    (26, "26 of the top 100"),
]


def _facts(site: Path) -> list[dict]:
    return json.loads((site / "data" / "facts.json").read_text(encoding="utf-8"))["facts"]


@pytest.mark.parametrize(("value", "phrase"), SEED_FIGURES)
def test_seed_figure_in_facts_json_with_verbatim_quote(example_site: Path, value: int, phrase: str) -> None:
    seed = (example_site.parent / "seeds" / "000_dc7fbaf109868d4b.txt").read_text(encoding="utf-8")
    hits = [f for f in _facts(example_site) if f["value"] == value and phrase in f["quote"]]
    assert hits, f"no fact with value {value} quoting {phrase!r}"
    fact = hits[0]
    assert seed[fact["start"]:fact["end"]] == fact["quote"]


@pytest.mark.parametrize("theme", ["ai", "quantum", "ip-statistics", "innovation-ranking"])
def test_theme_pages_exist(example_site: Path, theme: str) -> None:
    page = (example_site / theme / "index.html").read_text(encoding="utf-8")
    assert "<table class=\"fs-facts\">" in page
    assert f'href="../pdf/{theme}.pdf"' in page


def test_theme_page_links_each_fact_to_its_sentence(example_site: Path) -> None:
    page = (example_site / "quantum" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="\.\./sources/([^/"]+)/#fact-([a-z0-9-]+)"', page)
    assert links
    for document, fact_id in links:
        source_page = (example_site / "sources" / document / "index.html").read_text(encoding="utf-8")
        assert f'id="fact-{fact_id}"' in source_page


def test_home_has_a_card_per_theme_and_downloads(example_site: Path) -> None:
    home = (example_site / "index.html").read_text(encoding="utf-8")
    themes = {f["theme"] for f in _facts(example_site)}
    for theme in themes:
        assert f'href="{theme}/"' in home
    assert 'href="data/facts.csv"' in home


def test_csv_and_json_agree(example_site: Path) -> None:
    import csv

    with (example_site / "data" / "facts.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    facts = _facts(example_site)
    assert [r["id"] for r in rows] == [f["id"] for f in facts]
    assert {"theme", "quote", "document", "value", "unit"} <= set(rows[0])


def test_pdfs_written_for_each_theme(example_site: Path) -> None:
    themes = {f["theme"] for f in _facts(example_site)}
    for theme in themes:
        assert (example_site / "pdf" / f"{theme}.pdf").read_bytes().startswith(b"%PDF")
    assert (example_site / "pdf" / "factsheets.pdf").exists()


def test_build_command_from_fresh_content(project: Path) -> None:
    """`factsheets build` extracts into an empty content folder (taxonomy only) and builds."""
    for path in (project / "content").glob("*"):
        if path.name != "taxonomy.yml":
            path.unlink()
    result = factsheets("build", cwd=project)
    assert "new" in result.stdout
    assert (project / "site" / "quantum" / "index.html").exists()
    assert (project / "content" / "quantum.yml").exists()


def test_two_builds_are_byte_identical(project: Path, tmp_path: Path) -> None:
    """The second build reads the theme's compiled templates from .cache/ (Jinja's bytecode
    cache) and still writes the same site."""
    factsheets("build", cwd=project)
    compiled = sorted((project / ".cache" / "factsheets" / "jinja").glob("*.cache"))
    assert len(compiled) >= 20  # Material's templates (main, base, partials)
    first = {p.relative_to(project / "site"): p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}
    factsheets("build", cwd=project)
    second = {p.relative_to(project / "site"): p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}
    # sitemap.xml.gz embeds a gzip mtime from mkdocs itself; compare its decompressed body.
    import gzip

    for data in (first, second):
        key = Path("sitemap.xml.gz")
        data[key] = gzip.decompress(data[key])
    assert first.keys() == second.keys()
    changed = [str(k) for k in first if first[k] != second[k]]
    assert not changed


def test_a_build_without_a_writable_cache_folder(project: Path) -> None:
    """No .cache/ to write in (a file in its place here, a read-only checkout elsewhere):
    the build goes on without the caches."""
    (project / ".cache").write_text("not a folder", encoding="utf-8")
    factsheets("build", cwd=project)
    assert (project / "site" / "index.html").exists()
    assert (project / ".cache").is_file()


def test_search_index_leaves_out_the_entities_page(example_site: Path) -> None:
    """The entities page repeats every statement once per name it holds (half the search
    index at 1,000 sources, for words the theme pages index already): it is left out of
    search, while theme and source pages stay in."""
    index = json.loads((example_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert (example_site / "entities" / "index.html").exists()
    assert not [p for p in pages if p.startswith("entities/")]
    themes = {f["theme"] for f in _facts(example_site)}
    documents = {f["document"] for f in _facts(example_site)}
    assert {f"{theme}/" for theme in themes} <= pages
    assert {f"sources/{document}/" for document in documents} <= pages
