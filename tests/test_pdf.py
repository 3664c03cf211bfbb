"""The ready PDFs: real WeasyPrint, read back with pypdf and poppler's tools."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pypdf
import pytest
import yaml

from generator.model import Taxonomy, Theme
from generator.pdf import build_pdfs
from generator.pipeline import SiteContent
from generator.render import Renderer, format_value
from generator.sheets import fact_from_mapping
from tests.conftest import BIN, copy_project, factsheets, run
from tests.sample_project import CHINESE, ROOT, SEED, sample_sheets, sample_sources

CHROME = ("Skip to content", "Table of contents", "Made with", "Search", "GitHub")

needs_poppler = pytest.mark.skipif(not shutil.which("pdftoppm") or not shutil.which("pdffonts"),
                                   reason="poppler-utils not installed")


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def example_sheets(site: Path) -> dict[str, dict]:
    """Theme -> content YAML of every sheet with facts in the built example."""
    sheets = {}
    for path in sorted((site.parent / "content").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("facts"):
            sheets[data["theme"]] = data
    return sheets


# --- the example site, built by mkdocs --strict --------------------------------------------


def test_every_sheet_has_a_pdf_with_its_title_and_figures(example_site: Path) -> None:
    sheets = example_sheets(example_site)
    assert sheets
    for theme, data in sheets.items():
        pages = pdf_text(example_site / "pdf" / f"{theme}.pdf")
        text = squash("".join(pages))
        assert squash(data["title"]) in text, theme
        for item in data["facts"]:
            figure = format_value(fact_from_mapping(item, theme))
            assert squash(figure) in text, (theme, item["id"], figure)


def test_pdfs_carry_no_site_chrome(example_site: Path) -> None:
    for path in sorted((example_site / "pdf").glob("*.pdf")):
        text = "".join(pdf_text(path))
        for chrome in CHROME:
            assert chrome not in text, (path.name, chrome)


def test_combined_pdf_is_cover_then_every_sheet(example_site: Path) -> None:
    sheets = example_sheets(example_site)
    singles = {t: len(pypdf.PdfReader(example_site / "pdf" / f"{t}.pdf").pages) for t in sheets}
    pages = pdf_text(example_site / "pdf" / "factsheets.pdf")
    cover = len(pages) - sum(singles.values())
    assert cover >= 1
    assert "Contents" in pages[0]
    assert "Edition" in pages[0] and "Source" in pages[0]


def test_contents_page_numbers_point_at_each_sheet(example_site: Path) -> None:
    """target-counter numbers on the contents page are the pages where each sheet begins."""
    sheets = example_sheets(example_site)
    pages = pdf_text(example_site / "pdf" / "factsheets.pdf")
    entries = re.findall(r"^(.+?)\s*\.{3,}\s*(\d+)\s*$", pages[0], re.M)
    assert [title for title, _ in entries] == [d["title"] for d in _in_taxonomy_order(example_site, sheets)]
    for title, number in entries:
        page = pages[int(number) - 1]
        assert "FACT SHEET" in page.upper() and squash(title) in squash(page), title
        assert squash(title) not in squash(pages[int(number) - 2]) or int(number) == 2


def _in_taxonomy_order(site: Path, sheets: dict[str, dict]) -> list[dict]:
    taxonomy = yaml.safe_load((site.parent / "content" / "taxonomy.yml").read_text(encoding="utf-8"))
    order = [t["slug"] for t in taxonomy["themes"]]
    return sorted(sheets.values(), key=lambda d: (order.index(d["theme"]) if d["theme"] in order else len(order),
                                                   d["theme"]))


def test_first_page_has_title_date_and_source_line(example_site: Path) -> None:
    theme, data = next(iter(example_sheets(example_site).items()))
    first = pdf_text(example_site / "pdf" / f"{theme}.pdf")[0]
    assert data["title"] in first
    assert re.search(r"Edition of \d{4}-\d{2}-\d{2}", first)
    assert "Source:" in first or "Sources:" in first
    assert re.search(r"Page 1 of \d+", first)


@needs_poppler
def test_fonts_are_embedded(example_site: Path) -> None:
    for path in sorted((example_site / "pdf").glob("*.pdf")):
        rows = _pdffonts(path)
        assert rows, path.name
        assert all(row["emb"] == "yes" for row in rows), (path.name, rows)


@needs_poppler
def test_first_page_is_not_blank(example_site: Path, tmp_path: Path) -> None:
    for name in ("factsheets", next(iter(example_sheets(example_site)))):
        subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(example_site / "pdf" / f"{name}.pdf"), str(tmp_path / name)], check=True)
        width, height, dark = count_ink(tmp_path / f"{name}.png")
        assert width == pytest.approx(413, abs=3) and height == pytest.approx(585, abs=3)  # A4 at 50 dpi
        assert 0.01 < dark / (width * height) < 0.5, name


def test_theme_pages_link_their_pdf(example_site: Path) -> None:
    for theme in example_sheets(example_site):
        page = (example_site / theme / "index.html").read_text(encoding="utf-8")
        assert f'href="../pdf/{theme}.pdf"' in page


# --- the hand-written sample: Chinese text, charts, hostile text -----------------------------


def test_chinese_source_text_is_in_the_pdf(sample_site: Path) -> None:
    text = "".join(pdf_text(sample_site / "pdf" / "quantum.pdf"))
    assert "祖冲之三号" in text
    assert squash(CHINESE) in squash(text)


@needs_poppler
def test_chinese_text_uses_an_embedded_cjk_font(sample_site: Path) -> None:
    names = [row["name"] for row in _pdffonts(sample_site / "pdf" / "quantum.pdf")]
    assert any("CJK" in name for name in names), names


def test_hostile_text_prints_as_text(sample_site: Path) -> None:
    text = "".join(pdf_text(sample_site / "pdf" / "general.pdf"))
    assert "<script>alert(1)</script>" in text
    assert "{{ 7*7 }}" in text


def test_charts_print_with_their_data(sample_site: Path) -> None:
    text = "".join(pdf_text(sample_site / "pdf" / "ip-statistics.pdf"))
    assert "Applications compared" in text
    assert "PCT applications by year" in text


# --- build_pdfs directly ------------------------------------------------------------------


@pytest.fixture(scope="module")
def content() -> SiteContent:
    taxonomy = Taxonomy((Theme("ip-statistics", "Intellectual property statistics", "Filings."),
                         Theme("quantum", "Quantum technology", "Qubits."), Theme("general", "General", "Rest.")))
    return SiteContent(taxonomy, tuple(sample_sheets()), tuple(sample_sources()), {"001_sample": SEED})


def test_two_builds_are_byte_identical(content: SiteContent, tmp_path: Path) -> None:
    # No date given and no SOURCE_DATE_EPOCH: nothing may come from the clock.
    renderer = Renderer(ROOT / "templates")
    first = build_pdfs(content, renderer, tmp_path / "a", site_url="https://example.org/")
    second = build_pdfs(content, renderer, tmp_path / "b", site_url="https://example.org/")
    assert [p.name for p in first] == [p.name for p in second]
    assert [p.name for p in first] == ["ip-statistics.pdf", "quantum.pdf", "general.pdf", "factsheets.pdf"]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_metadata_dates_come_from_source_date_epoch(content: SiteContent, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    paths = build_pdfs(content, Renderer(ROOT / "templates"), tmp_path)
    for path in paths:
        reader = pypdf.PdfReader(path)
        assert reader.metadata is not None
        assert reader.metadata.creation_date is not None
        assert reader.metadata.creation_date.date() == dt.date(2023, 11, 14)
        assert "Edition of 2023-11-14" in (reader.pages[0].extract_text() or "")
        assert b"/ID" in path.read_bytes()


def test_print_links_go_to_the_sentence_on_the_site(content: SiteContent, tmp_path: Path) -> None:
    paths = build_pdfs(content, Renderer(ROOT / "templates"), tmp_path, site_url="https://example.org/fs/")
    reader = pypdf.PdfReader(next(p for p in paths if p.name == "ip-statistics.pdf"))
    uris = {annot.get_object()["/A"].get("/URI") for page in reader.pages
            for annot in page.get("/Annots") or [] if "/A" in annot.get_object()}
    assert "https://example.org/fs/sources/001_sample/#fact-pct-2024" in uris
    assert "https://example.org/fs/sources/001_sample/" in "".join(p.extract_text() or "" for p in reader.pages)


def test_contents_links_jump_inside_the_combined_pdf(content: SiteContent, tmp_path: Path) -> None:
    paths = build_pdfs(content, Renderer(ROOT / "templates"), tmp_path)
    reader = pypdf.PdfReader(next(p for p in paths if p.name == "factsheets.pdf"))
    outline = [item["/Title"] for item in reader.outline if isinstance(item, dict)]
    assert outline[-3:] == ["Intellectual property statistics", "Quantum technology", "General"]
    annots = reader.pages[0].get("/Annots") or []
    assert len(annots) >= 3  # one internal link per contents entry


def test_sheet_without_facts_gets_no_pdf(content: SiteContent, tmp_path: Path) -> None:
    from dataclasses import replace

    emptied = replace(content, sheets=(replace(content.sheets[0], facts=()), *content.sheets[1:]))
    names = [p.name for p in build_pdfs(emptied, Renderer(ROOT / "templates"), tmp_path)]
    assert names == ["quantum.pdf", "general.pdf", "factsheets.pdf"]


def test_serve_lays_out_only_what_changed_and_writes_the_same_bytes(content: SiteContent,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Under serve (PdfLayouts kept across rebuilds) an edit to one sheet lays out that sheet
    only (the cover's contents page is unchanged here), and every PDF is the same bytes a
    fresh run writes."""
    from dataclasses import replace

    import weasyprint

    from generator.pdf import PdfLayouts, make_pdfs

    renderer = Renderer(ROOT / "templates")
    layouts = PdfLayouts()
    assert make_pdfs(content, renderer, layouts=layouts) == make_pdfs(content, renderer)
    first = content.sheets[0]
    edited_fact = replace(first.facts[0], statement=first.facts[0].statement + " (edited)")
    edited = replace(content, sheets=(replace(first, facts=(edited_fact, *first.facts[1:])), *content.sheets[1:]))
    laid_out: list[object] = []
    real = weasyprint.HTML.render

    def counting(self: weasyprint.HTML, *args: object, **kwargs: object) -> object:
        laid_out.append(self)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(weasyprint.HTML, "render", counting)
    again = make_pdfs(edited, renderer, layouts=layouts)
    assert len(laid_out) == 1  # of four documents
    monkeypatch.undo()
    fresh = make_pdfs(edited, renderer)
    assert again == fresh
    assert again[first.theme] != make_pdfs(content, renderer)[first.theme]


# --- helpers ------------------------------------------------------------------------------


def _pdffonts(path: Path) -> list[dict[str, str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        # name type encoding emb sub uni object ID: the last six columns are single words
        parts = line.split()
        if len(parts) >= 7:
            rows.append({"name": parts[0], "emb": parts[-5]})
    return rows


def count_ink(png: Path, threshold: int = 230) -> tuple[int, int, int]:
    """(width, height, pixels darker than ``threshold``) of an 8-bit grey/RGB/RGBA PNG."""
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = chunk
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (0, 2, 6), (depth, colour)
    channels = {0: 1, 2: 3, 6: 4}[colour]
    stride = width * channels
    raw = zlib.decompress(idat)
    previous = bytearray(stride)
    dark = 0
    for y in range(height):
        kind = raw[y * (stride + 1)]
        row = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = row[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                row[i] = (row[i] + left) & 0xFF
            elif kind == 2:
                row[i] = (row[i] + up) & 0xFF
            elif kind == 3:
                row[i] = (row[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                row[i] = (row[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        for x in range(width):
            pixel = row[x * channels:x * channels + min(channels, 3)]
            if min(pixel) < threshold:
                dark += 1
        previous = row
    return width, height, dark


def test_count_ink_reads_a_png(tmp_path: Path) -> None:
    """The reader against a PNG written by hand: 2x2 RGB, one black pixel, filter 0 and 1."""
    rows = b"\x00" + bytes([0, 0, 0, 255, 255, 255]) + b"\x01" + bytes([255, 255, 255, 0, 0, 0])
    ihdr = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
    (tmp_path / "x.png").write_bytes(png)
    # Row 2 with filter 1 (sub): white, then 0 + 255 -> 255 (white): one dark pixel in all.
    assert count_ink(tmp_path / "x.png") == (2, 2, 1)


def test_every_theme_in_facts_json_has_a_sheet(example_site: Path) -> None:
    facts = json.loads((example_site / "data" / "facts.json").read_text(encoding="utf-8"))["facts"]
    assert {f["theme"] for f in facts} == set(example_sheets(example_site))


# --- the PDF worker (a forked process beside MkDocs) and its failures ---------------------


def _plugin_option(project: Path, line: str) -> None:
    """Add an option line to the factsheets plugin's block in mkdocs.yml."""
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  - factsheets:\n" in config
    (project / "mkdocs.yml").write_text(config.replace("  - factsheets:\n", f"  - factsheets:\n      {line}\n", 1),
                                        encoding="utf-8")


def test_pdfs_made_in_process_equal_the_worker_ones(example_site: Path, tmp_path: Path) -> None:
    # example_site is built the default way, in a forked worker; this copy lays them out here.
    project = copy_project(tmp_path / "in-process")
    factsheets("extract", cwd=project)
    _plugin_option(project, "pdf_worker: false")
    run([str(BIN / "mkdocs"), "build", "--strict"], project, extra_env={"SOURCE_DATE_EPOCH": "1700000000"})
    made_here = sorted(p.name for p in (project / "site" / "pdf").glob("*.pdf"))
    assert made_here == sorted(p.name for p in (example_site / "pdf").glob("*.pdf"))
    assert "factsheets.pdf" in made_here
    for name in made_here:
        assert (project / "site" / "pdf" / name).read_bytes() == (example_site / "pdf" / name).read_bytes(), name


@pytest.mark.parametrize("worker", ["true", "false"])
@pytest.mark.parametrize(("broken", "message"), [
    ("{% endfor %}", "Encountered unknown tag 'endfo'"),  # syntax: Jinja names the line
    ("{{ summary(view) }}", "'no_such_thing' is undefined"),  # while rendering: found in the traceback
])
def test_a_broken_print_template_fails_the_build_with_its_line(tmp_path: Path, worker: str, broken: str,
                                                               message: str) -> None:
    project = copy_project(tmp_path / "p")
    template = project / "templates" / "print.html.j2"
    text = template.read_text(encoding="utf-8")
    if broken == "{% endfor %}":
        bad = text.replace(broken, "{% endfo %}", 1)
    else:
        bad = text.replace(broken, broken + "{{ no_such_thing.x }}", 1)
    assert bad != text
    template.write_text(bad, encoding="utf-8")
    expected_line = next(i for i, row in enumerate(bad.splitlines(), 1) if "endfo " in row or "no_such_thing" in row)
    _plugin_option(project, f"pdf_worker: {worker}")
    result = run([str(BIN / "mkdocs"), "build"], project, check=False)
    assert result.returncode != 0
    assert f"{template}:{expected_line}:1: template error: {message}" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / "site" / "pdf" / "factsheets.pdf").exists()


def test_a_broken_page_template_names_its_file_and_line(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    template = project / "templates" / "theme.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n{{ 1 +* }}\n", encoding="utf-8")
    line = len(template.read_text(encoding="utf-8").splitlines())
    result = factsheets("build", cwd=project, check=False)
    assert result.returncode == 1
    assert f"{template}:{line}:1: template error:" in result.stderr
    assert "Traceback" not in result.stderr


# --- importing WeasyPrint without a subprocess per library name ---------------------------

_IMPORT_PROBE = """
import ctypes.util, sys
from generator import pdf
compiled = []
original_gcc = ctypes.util._findLib_gcc
ctypes.util._findLib_gcc = lambda name: compiled.append(name) or original_gcc(name)
original = ctypes.util.find_library
class FailOnce:  # as WeasyPrint fails when a library is found by none of its names
    failed = False
    def find_spec(self, name, path=None, target=None):
        if name == "weasyprint.text.ffi" and not FailOnce.failed:
            FailOnce.failed = True
            print("WeasyPrint could not import some external libraries")
            raise OSError("cannot load library")
        return None
if sys.argv[1] == "fail-once":
    sys.meta_path.insert(0, FailOnce())
weasyprint = pdf.import_weasyprint()
weasyprint.HTML(string="<p>x</p>").write_pdf()
print(len(compiled), ctypes.util.find_library is original, sep=",")
assert sys.argv[1] != "fail-once" or FailOnce.failed
"""


@pytest.mark.skipif(not Path("/sbin/ldconfig").exists(), reason="no ldconfig: the ordinary import is used")
def test_weasyprint_imports_without_asking_gcc_for_each_library() -> None:
    result = subprocess.run([sys.executable, "-c", _IMPORT_PROBE, "cache"], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "0,True"  # no gcc lookups, find_library put back


@pytest.mark.skipif(not Path("/sbin/ldconfig").exists(), reason="no ldconfig: the ordinary import is used")
def test_a_failed_quick_import_is_retried_the_ordinary_way_quietly() -> None:
    result = subprocess.run([sys.executable, "-c", _IMPORT_PROBE, "fail-once"], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    # Its message went nowhere, and the second import used the ordinary lookups (gcc included).
    assert "could not import" not in result.stdout
    gcc_lookups, restored = result.stdout.strip().split(",")
    assert restored == "True"
    assert int(gcc_lookups) > 0


def test_no_process_to_spare_means_pdfs_after_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import site as site_module

    project = copy_project(tmp_path / "p")
    built = site_module.build_site_files(project)

    def no_fork(*args: object, **kwargs: object) -> None:
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(site_module.PdfJob, "__init__", no_fork)
    assert site_module.start_pdfs(built) is None
    site_module.write_pdfs(built, tmp_path / "site")  # what on_post_build then does
    assert (tmp_path / "site" / "pdf" / "factsheets.pdf").exists()
