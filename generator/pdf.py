"""Stage 7: fact sheets -> print-ready PDFs with WeasyPrint, from our own print template
(never from the theme's screen HTML, which WeasyPrint lays out slowly and badly)."""

from __future__ import annotations

from pathlib import Path

from .files import write_atomic
from .pipeline import SiteContent
from .render import Renderer


def build_pdfs(content: SiteContent, renderer: Renderer, out_dir: Path) -> list[Path]:
    import weasyprint

    sources = {r.document: r for r in content.sources}
    sheets = [s for s in content.sheets if s.facts]
    written = []
    css = renderer.env.loader.get_source(renderer.env, "assets/print.css")[0]  # type: ignore[union-attr]
    for group, name in [([s], s.theme) for s in sheets] + [(sheets, "factsheets")]:
        html = renderer.render("print.html.j2", sheets=group, sources=sources, contents=len(group) > 1,
                               title="Fact sheets" if len(group) > 1 else group[0].title)
        pdf = weasyprint.HTML(string=html, base_url=str(renderer_dir(renderer))).write_pdf(
            stylesheets=[weasyprint.CSS(string=css)])
        path = out_dir / f"{name}.pdf"
        write_atomic(path, pdf)
        written.append(path)
    return written


def renderer_dir(renderer: Renderer) -> Path:
    return Path(renderer.env.loader.searchpath[0])  # type: ignore[union-attr]
