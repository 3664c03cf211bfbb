"""Fact sheets -> print-ready PDFs with WeasyPrint, from our own print template (never from
the theme's screen HTML, which WeasyPrint lays out slowly and badly).

Speed: each sheet is laid out once. Its pages make its own PDF and, appended after a cover
and contents page, the combined one, so nothing is laid out twice. WeasyPrint is imported
lazily, the stylesheet is parsed once and one FontConfiguration serves every document.
Determinism: the edition date (SOURCE_DATE_EPOCH, else the newest source date) is the only date in
the files, and the PDF /ID is a hash of the content.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from .files import write_atomic
from .pipeline import SiteContent
from .render import Renderer, edition_date, render_print_html

COMBINED = "factsheets"
"""site/pdf/factsheets.pdf: every sheet, after a cover and contents page."""


def build_pdfs(content: SiteContent, renderer: Renderer, out_dir: Path, site_url: str = "",
               date: str | None = None) -> list[Path]:
    """Write site/pdf/<theme>.pdf for every sheet with facts and factsheets.pdf; return the paths."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    date = date or edition_date(sources=content.sources)
    sheets = [s for s in content.sheets if s.facts]
    fonts = FontConfiguration()
    stylesheet = weasyprint.CSS(string=renderer.read_asset("assets/print.css"), font_config=fonts)

    def lay_out(html: str) -> Any:
        document = weasyprint.HTML(string=html, base_url=str(renderer.templates_dir))
        return document.render(stylesheets=[stylesheet], font_config=fonts)

    written: list[Path] = []

    def write(name: str, document: Any, html: str) -> None:
        # A file /ID (viewers and archives expect one) derived from the content, not the clock.
        identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
        path = out_dir / f"{name}.pdf"
        write_atomic(path, document.write_pdf(pdf_identifier=identifier))
        written.append(path)

    laid_out = []
    for sheet in sheets:
        html = render_print_html(content, renderer, [sheet], site_url=site_url, date=date)
        document = lay_out(html)
        write(sheet.theme, document, html)
        laid_out.append((document, html))
    if not sheets:
        return written

    counts = [len(document.pages) for document, _ in laid_out]
    cover_html = render_print_html(content, renderer, sheets, site_url=site_url, date=date,
                                   cover_page_counts=counts)
    cover = lay_out(cover_html)
    cover_pages = cover.pages[: len(cover.pages) - sum(counts)]  # drop the stand-in pages
    pages = cover_pages + [page for document, _ in laid_out for page in document.pages]
    write(COMBINED, cover.copy(pages), cover_html + "".join(html for _, html in laid_out))
    return written
