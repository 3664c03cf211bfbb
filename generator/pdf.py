"""Fact sheets -> print-ready PDFs with WeasyPrint, from our own print template (never from
the theme's screen HTML, which WeasyPrint lays out slowly and badly).

Speed: each sheet is laid out once. Its pages make its own PDF and, appended after a cover
and contents page, the combined one, so nothing is laid out twice. WeasyPrint is imported
lazily, the stylesheet is parsed once and one FontConfiguration serves every document.
Determinism: the edition date (SOURCE_DATE_EPOCH, else the newest source date) is the only date in
the files, and the PDF /ID is a hash of the content.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import hashlib
import io
import os
import re
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from .files import write_atomic
from .pipeline import SiteContent
from .render import Renderer, edition_date, render_print_html

COMBINED = "factsheets"
"""site/pdf/factsheets.pdf: every sheet, after a cover and contents page."""


def build_pdfs(content: SiteContent, renderer: Renderer, out_dir: Path, site_url: str = "",
               date: str | None = None) -> list[Path]:
    """Write site/pdf/<theme>.pdf for every sheet with facts and factsheets.pdf; return the paths."""
    return write_pdf_files(make_pdfs(content, renderer, site_url, date), out_dir)


def write_pdf_files(pdfs: dict[str, bytes], out_dir: Path) -> list[Path]:
    """``out_dir/<stem>.pdf`` for each of make_pdfs' results; return the paths."""
    written = []
    for name, data in pdfs.items():
        path = out_dir / f"{name}.pdf"
        write_atomic(path, data)
        written.append(path)
    return written


class PdfLayouts:
    """Laid-out print documents and their PDF bytes, kept across serve's rebuilds.

    A document is laid out again only when its print HTML changed: an edit to one sheet lays
    out that sheet (and the cover) instead of every one. Everything is dropped when the print
    stylesheet changes. The bytes are those of a fresh run (tests/test_pdf.py compares them).
    """

    def __init__(self) -> None:
        self.style: tuple[str, str] | None = None
        """The print stylesheet's text and the base URL the layouts were made with."""
        self.fonts: Any = None
        self.stylesheet: Any = None
        self.documents: dict[str, tuple[str, Any]] = {}
        """Name -> the print HTML and the document laid out from it."""
        self.pdfs: dict[str, tuple[str, bytes]] = {}
        """Name -> the HTML the PDF was written from and its bytes."""


def make_pdfs(content: SiteContent, renderer: Renderer, site_url: str = "",
              date: str | None = None, layouts: PdfLayouts | None = None) -> dict[str, bytes]:
    """File stem -> PDF bytes: one per sheet with facts, then factsheets (none without sheets).
    With ``layouts`` (serve), unchanged documents are reused from the last run."""
    weasyprint = import_weasyprint()
    from weasyprint.text.fonts import FontConfiguration

    date = date or edition_date(sources=content.sources)
    sheets = [s for s in content.sheets if s.facts]
    if layouts is None:
        layouts = PdfLayouts()
    style = (renderer.read_asset("assets/print.css"), str(renderer.templates_dir))
    if layouts.style != style:
        layouts.style, layouts.documents, layouts.pdfs = style, {}, {}
        layouts.fonts = FontConfiguration()
        layouts.stylesheet = weasyprint.CSS(string=style[0], font_config=layouts.fonts)
    documents: dict[str, tuple[str, Any]] = {}
    pdfs: dict[str, tuple[str, bytes]] = {}

    def lay_out(name: str, html: str) -> Any:
        kept = layouts.documents.get(name)
        if kept is not None and kept[0] == html:
            document = kept[1]
        else:
            document = weasyprint.HTML(string=html, base_url=style[1]).render(
                stylesheets=[layouts.stylesheet], font_config=layouts.fonts)
        documents[name] = (html, document)
        return document

    def write(name: str, document: Any, html: str) -> None:
        kept = layouts.pdfs.get(name)
        if kept is not None and kept[0] == html:
            pdfs[name] = kept
            return
        # A file /ID (viewers and archives expect one) derived from the content, not the clock.
        identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
        pdfs[name] = (html, document.write_pdf(pdf_identifier=identifier))

    laid_out = []
    for sheet in sheets:
        html = render_print_html(content, renderer, [sheet], site_url=site_url, date=date)
        document = lay_out(sheet.theme, html)
        write(sheet.theme, document, html)
        laid_out.append((document, html))
    if sheets:
        counts = [len(document.pages) for document, _ in laid_out]
        cover_html = render_print_html(content, renderer, sheets, site_url=site_url, date=date,
                                       cover_page_counts=counts)
        cover = lay_out(" cover", cover_html)  # a space: no theme slug starts with one
        cover_pages = cover.pages[: len(cover.pages) - sum(counts)]  # drop the stand-in pages
        pages = cover_pages + [page for document, _ in laid_out for page in document.pages]
        write(COMBINED, cover.copy(pages), cover_html + "".join(html for _, html in laid_out))
    layouts.documents, layouts.pdfs = documents, pdfs  # what is gone is let go
    return {name: data for name, (_, data) in pdfs.items()}


def import_weasyprint() -> ModuleType:
    """``import weasyprint``, about a third faster on Linux.

    WeasyPrint opens Pango, HarfBuzz and fontconfig by trying several names each, and every
    name that is not a file makes cffi call ctypes.util.find_library, which runs ldconfig,
    gcc and ld in subprocesses: 22 lookups, a quarter of a second. During the import, lookups
    are answered from one ``ldconfig -p`` listing, the way find_library's first step answers
    them. A library only gcc or ld would find (not in the linker cache) makes that import fail;
    it is then imported again the ordinary way.
    """
    if "weasyprint" in sys.modules:
        return sys.modules["weasyprint"]
    listing = _ldconfig_listing() if sys.platform.startswith("linux") else None
    if listing is not None:
        with _find_library_from(listing), contextlib.redirect_stdout(io.StringIO()):
            try:
                import weasyprint

                return weasyprint  # type: ignore[no-any-return]
            except OSError:  # the ordinary import below finds it, or explains what is missing
                for name in [m for m in sys.modules if m == "weasyprint" or m.startswith("weasyprint.")]:
                    del sys.modules[name]
    import weasyprint

    return weasyprint  # type: ignore[no-any-return]


def _ldconfig_listing() -> bytes | None:
    try:
        return subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, check=True, timeout=10,
                              env={"LC_ALL": "C", "LANG": "C"}).stdout
    except (OSError, subprocess.SubprocessError):
        return None


# The ABI tag ctypes.util looks for in `ldconfig -p` (CPython's Lib/ctypes/util.py).
_ABI = {"x86_64-64": "libc6,x86-64", "ppc64-64": "libc6,64bit", "sparc64-64": "libc6,64bit",
        "s390x-64": "libc6,64bit", "ia64-64": "libc6,IA-64"}


@contextlib.contextmanager
def _find_library_from(listing: bytes) -> Iterator[None]:
    abi = _ABI.get(f"{os.uname().machine}-{struct.calcsize('l') * 8}", "libc6")

    def find_library(name: str) -> str | None:
        found = re.search(rb"\s+(lib%s\.[^\s]+)\s+\(%s" % (re.escape(os.fsencode(name)), abi.encode()), listing)
        return os.fsdecode(found.group(1)) if found else None

    original = ctypes.util.find_library
    ctypes.util.find_library = find_library
    try:
        yield
    finally:
        ctypes.util.find_library = original
