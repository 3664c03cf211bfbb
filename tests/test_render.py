"""Render helpers, and pages and print HTML made from hand-written content."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from generator.model import Fact, Source, Taxonomy, Theme
from generator.pipeline import SiteContent
from generator.render import (
    Linker,
    PageCache,
    Renderer,
    card_label,
    edition_date,
    format_value,
    front_title,
    highlight_segments,
    relative,
    render_data_files,
    render_pages,
    render_print_html,
    source_path,
    theme_path,
    unit_text,
)
from tests.sample_project import ROOT, SEED, sample_sheets, sample_sources


def fact(value: float | None, unit: str | None = None, *, start: int = 0, end: int = 1, quote: str = "x",
         fid: str = "f", subject: str | None = None) -> Fact:
    return Fact(fid, "quantity", "Statement.", value, unit, subject, None, (), Source("doc", quote, start, end))


@pytest.mark.parametrize(("value", "unit", "shown"), [
    (69300, "applications", "69,300"),
    (69300.0, "applications", "69,300"),
    (88.5, "score", "88.5"),
    (0.3, "percent", "0.3%"),
    (12, "%", "12%"),
    (11, "rank", "11th"),
    (11, "place", "11th"),
    (1, "rank", "1st"),
    (22, "rank", "22nd"),
    (13, "rank", "13th"),
    (1_200_000_000, "usd", "$1.2 billion"),
    (3_000_000, "cny", "¥3 million"),
    (2_500_000_000, "people", "2.5 billion"),
    (1.5e9, "tonnes", "1.5 billion"),
    (None, "qubits", ""),
])
def test_format_value(value: float | None, unit: str, shown: str) -> None:
    assert format_value(fact(value, unit)) == shown


@pytest.mark.parametrize(("unit", "text"), [("qubits", "qubits"), ("percent", ""), ("usd", ""), ("rank", ""),
                                            ("place", "place"), (None, "")])
def test_unit_text_omits_what_the_figure_says(unit: str | None, text: str) -> None:
    assert unit_text(fact(1, unit)) == text


def test_card_label_cuts_long_statements_at_a_word() -> None:
    long = Fact("f", "quantity", "word " * 40, 1, None, None, None, (), Source("d", "q", 0, 1))
    label = card_label(long)
    assert label.endswith("…") and len(label) <= 111 and "wor…" not in label
    assert card_label(fact(1, subject="China")) == "China"


@pytest.mark.parametrize(("page", "target", "href"), [
    ("index.md", "ai/", "ai/"),
    ("index.md", "data/facts.csv", "data/facts.csv"),
    ("ai/index.md", "sources/doc/#fact-x", "../sources/doc/#fact-x"),
    ("ai/index.md", "pdf/ai.pdf", "../pdf/ai.pdf"),
    ("sources/doc.md", "ai/#x", "../../ai/#x"),
    ("data.md", "", "../"),
    ("ai/index.md", "ai/#row", "./#row"),
])
def test_relative_links_work_under_any_sub_path(page: str, target: str, href: str) -> None:
    assert relative(page, target) == href


def test_linker_relative_on_screen_absolute_in_print() -> None:
    assert Linker("ai/index.md")("sources/d/#fact-x") == "../sources/d/#fact-x"
    assert Linker(None, "https://example.org/site/")("sources/d/") == "https://example.org/site/sources/d/"
    assert Linker(None, "")("sources/d/") == ""  # no site_url: no link rather than a broken one


def test_highlight_segments_show_the_text_once_with_overlapping_spans() -> None:
    text = "Alpha beta gamma.\nDelta epsilon."
    facts = [
        fact(1, quote="beta gamma", start=6, end=16, fid="a"),
        fact(2, quote="beta gamma", start=6, end=16, fid="b"),  # same span: one shared mark
        fact(3, quote="gamma.", start=11, end=17, fid="c"),  # overlaps the first: not marked twice
        fact(4, quote="Delta", start=18, end=23, fid="d"),
        fact(5, quote="stale", start=24, end=29, fid="e"),  # no longer matches its offsets
    ]
    segments = highlight_segments(text, facts)
    rebuilt = "".join("\n" if s.paragraph_break else s.text for s in segments)
    assert rebuilt == text
    marked = [(s.text, [f.id for f in s.facts]) for s in segments if s.facts]
    assert marked == [("beta gamma", ["a", "b"]), ("Delta", ["d"])]


def test_edition_date_follows_source_date_epoch() -> None:
    assert edition_date({"SOURCE_DATE_EPOCH": "1700000000"}) == "2023-11-14"


def test_edition_date_without_epoch_comes_from_the_sources_never_the_clock() -> None:
    from generator.model import SourceRecord

    records = [SourceRecord("a", "A", None, "2024-06-03", "", ""), SourceRecord("b", "B", None, "2025-01", "", "")]
    assert edition_date({}, records) == "2025-01"
    assert edition_date({}, []) is None


def test_front_title_is_yaml_safe_and_html_escaped() -> None:
    assert front_title('A "b" <c>\n d') == '"A &quot;b&quot; &lt;c&gt; d"'


# --- whole pages from the hand-written sample ---------------------------------------------


@pytest.fixture(scope="module")
def sample() -> tuple[SiteContent, Renderer]:
    taxonomy = Taxonomy((Theme("ip-statistics", "Intellectual property statistics", "Filings."),
                         Theme("quantum", "Quantum technology", "Qubits."), Theme("general", "General", "Rest.")))
    content = SiteContent(taxonomy, tuple(sample_sheets()), tuple(sample_sources()), {"001_sample": SEED})
    return content, Renderer(ROOT / "templates")


def _pages(sample: tuple[SiteContent, Renderer]) -> dict[str, str]:
    content, renderer = sample
    return {p.path: p.markdown for p in render_pages(content, renderer)}


@pytest.mark.parametrize("hostile", ["<script>", "<img src=x onerror=alert(2)>", "<b>"])
def test_hostile_text_is_escaped_in_pages_and_print(sample: tuple[SiteContent, Renderer], hostile: str) -> None:
    content, renderer = sample
    outputs = {**_pages(sample), "print": render_print_html(content, renderer, list(content.sheets),
                                                             date=dt.date(2025, 1, 1))}
    for name, text in outputs.items():
        assert hostile not in text, name
    general = outputs["general/index.md"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in general
    assert "&lt;img src=x onerror=alert(2)&gt;" in outputs["print"]


def test_template_syntax_in_text_is_not_evaluated(sample: tuple[SiteContent, Renderer]) -> None:
    content, renderer = sample
    printed = render_print_html(content, renderer, list(content.sheets))
    for text in (_pages(sample)["general/index.md"], _pages(sample)["sources/001_sample.md"], printed):
        assert "{{ 7*7 }}" in text
        assert re.search(r"\b49\b", text) is None


def test_page_and_print_share_the_fact_rows(sample: tuple[SiteContent, Renderer]) -> None:
    """Both come from one macro: the statement and figure cells of each row are identical."""
    content, renderer = sample
    page = _pages(sample)["ip-statistics/index.md"]
    printed = render_print_html(content, renderer, [content.sheets[0]])
    cells = re.compile(r'<tr id="([^"]+)">\n<td>(.*?)</td>\n<td class="fs-num">(.*?)</td>', re.S)
    assert cells.findall(page) and cells.findall(page) == cells.findall(printed)


def test_theme_page_sections(sample: tuple[SiteContent, Renderer]) -> None:
    page = _pages(sample)["ip-statistics/index.md"]
    for heading in ("## Key figures", "## Charts", "## All facts", "## Entities", "## Sources"):
        assert heading in page
    assert page.count('<svg class="fs-chart"') == 2
    assert '<table class="fs-chart-data">' in page
    assert 'href="../sources/001_sample/#fact-pct-2024"' in page
    assert "✓ reviewed" in page
    assert 'href="../pdf/ip-statistics.pdf"' in page
    assert page.startswith('---\ntitle: "Intellectual property statistics"\n---\n')


def test_records_and_milestones_have_their_own_section(sample: tuple[SiteContent, Renderer]) -> None:
    pages = _pages(sample)
    assert "## Records and milestones" in pages["quantum/index.md"]
    assert "## Records and milestones" not in pages["ip-statistics/index.md"]


def test_print_html_cover_stands_in_pages_for_each_sheet(sample: tuple[SiteContent, Renderer]) -> None:
    content, renderer = sample
    html = render_print_html(content, renderer, list(content.sheets), cover_page_counts=[2, 1, 1],
                             site_url="https://example.org/fs/", date=dt.date(2025, 1, 2))
    assert html.count('class="fs-placeholder-page"') == 4
    assert 'target-counter' not in html  # the stylesheet's business
    assert '<a href="#sheet-ip-statistics">' in html
    assert "Edition of 2025-01-02" in html
    assert '<meta name="dcterms.created" content="2025-01-02">' in html


def test_print_links_are_absolute_with_site_url(sample: tuple[SiteContent, Renderer]) -> None:
    content, renderer = sample
    html = render_print_html(content, renderer, [content.sheets[0]], site_url="https://example.org/fs/")
    assert 'href="https://example.org/fs/sources/001_sample/#fact-pct-2024"' in html
    assert '<span class="fs-url">https://example.org/fs/sources/001_sample/</span>' in html
    assert 'href="../' not in html


def test_templates_dir_is_used(tmp_path: Path) -> None:
    assert Renderer(ROOT / "templates").read_asset("assets/print.css").startswith("/*")


def test_page_cache_renders_only_changed_pages(sample: tuple[SiteContent, Renderer]) -> None:


    content, renderer = sample
    cache = PageCache()
    first = render_pages(content, renderer, cache=cache)
    assert [p.markdown for p in first] == [p.markdown for p in render_pages(content, renderer)]
    sheet = next(s for s in content.sheets if s.facts)
    edited_fact = dataclasses.replace(sheet.facts[0], statement=sheet.facts[0].statement + " (edited)")
    edited = dataclasses.replace(content, sheets=tuple(
        dataclasses.replace(s, facts=(edited_fact, *s.facts[1:])) if s is sheet else s for s in content.sheets))
    before = {p.path: p for p in first}
    again = render_pages(edited, renderer, cache=cache)
    assert [p.markdown for p in again] == [p.markdown for p in render_pages(edited, renderer)]
    changed = {p.path for p in again if p.markdown != before[p.path].markdown}
    reused = {p.path for p in again if p is before[p.path]}
    doc = edited_fact.source.document
    assert {theme_path(sheet.theme), source_path(doc)} <= changed
    site_wide = {"index.md", "entities.md", "sources/index.md", "data.md"}
    assert changed <= {theme_path(sheet.theme), source_path(doc)} | site_wide
    assert reused == {p.path for p in again} - site_wide - {theme_path(sheet.theme), source_path(doc)}


def _reference_data_files(content: SiteContent) -> tuple[str, str]:
    """facts.json and facts.csv the plain way: json.dumps(indent=1) and csv.writer over rows."""
    import csv
    import io
    import json

    titles = {r.document: r.title for r in content.sources}
    rows = [{"id": f.id, "theme": s.theme, "kind": f.kind, "statement": f.statement, "value": f.value,
             "unit": f.unit, "qualifier": f.qualifier, "subject": f.subject, "year": f.year,
             "entities": list(f.entities), "document": f.source.document,
             "source_title": titles.get(f.source.document, f.source.document), "quote": f.source.quote,
             "start": f.source.start, "end": f.source.end, "reviewed": f.reviewed}
            for s in content.sheets for f in s.facts]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(list(rows[0]) if rows else [])
    for row in rows:
        cells = {**row, "entities": "; ".join(row["entities"]), "reviewed": str(row["reviewed"]).lower(),
                 "value": "" if row["value"] is None else row["value"]}
        writer.writerow([("'" + v) if isinstance(v, str) and v[:1] in "=+-@\t\r" and v else v
                         for v in cells.values()])
    return json.dumps({"facts": rows}, ensure_ascii=False, indent=1) + "\n", buffer.getvalue()


def test_data_files_equal_json_dumps_and_csv_writer_with_and_without_cache(
        sample: tuple[SiteContent, Renderer]) -> None:
    content, _ = sample
    hostile = dataclasses.replace(content.sheets[0].facts[0], statement='=HYPERLINK("x") "quoted",\nline',
                                  entities=("-minus", "Ünïcode"), value=None)
    first = dataclasses.replace(content, sheets=(
        dataclasses.replace(content.sheets[0], facts=(hostile, *content.sheets[0].facts[1:])),
        *content.sheets[1:]))
    edited = dataclasses.replace(first, sheets=first.sheets[1:])  # a whole sheet gone
    cache = PageCache()
    for version in (first, edited, first):
        expected_json, expected_csv = _reference_data_files(version)
        for files in (render_data_files(version, {}), render_data_files(version, {}, cache=cache)):
            assert files["data/facts.json"].decode("utf-8") == expected_json
            assert files["data/facts.csv"].decode("utf-8") == expected_csv
    assert len(cache.rows) == sum(len(s.facts) for s in first.sheets)
    empty = dataclasses.replace(content, sheets=())
    assert render_data_files(empty, {})["data/facts.json"] == b'{\n "facts": []\n}\n'
