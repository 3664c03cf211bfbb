"""Everything a site build needs, independent of the engine: pages, assets, data, PDFs.

Both the MkDocs plugin and `factsheets render --out DIR` call build_site_files().
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .check import check_content
from .errors import FactsheetsError
from .pipeline import SiteContent, extract_content, load_site
from .render import Page, PageCache, Renderer, nav_entries, render_data_files, render_pages, source_path, theme_path
from .schema import SHEET_SCHEMA
from .settings import Settings, make_settings
from .sheets import ContentCache, SheetStore, paused_gc

if TYPE_CHECKING:
    from .pdf import PdfLayouts

ASSETS = ("assets/factsheets.css",)


@dataclass(slots=True)
class SiteBuild:
    settings: Settings
    content: SiteContent
    renderer: Renderer
    pages: list[Page]
    files: dict[str, bytes | str]
    """Docs-relative path -> content, for every generated page, asset and data file."""
    nav: list[dict[str, str]]
    watch: list[Path]
    origins: dict[str, Path] = field(default_factory=dict)
    """Docs-relative page path -> the file a person edits to change it (content YAML, seed)."""
    warnings: list[str] = field(default_factory=list)


def build_site_files(root: Path, seeds: str = "seeds", content: str = "content", templates: str = "templates",
                     extract: bool = False, pdf_links: bool = True, cache: ContentCache | None = None,
                     page_cache: PageCache | None = None) -> SiteBuild:
    """Load (optionally re-extract) and check the content, then render every page.

    Raises FactsheetsError listing every problem when the content does not check out. Pass
    the same ``cache`` to every build of a long-lived process (serve): unchanged content
    files are then not parsed again; likewise ``page_cache``: pages whose inputs are unchanged
    are not rendered again.
    """
    # Check and load share the cache: each content file is parsed once per build. Without
    # one handed in, node trees are let go as soon as check is done with each file.
    settings = make_settings(root, seeds, content, templates)
    # A one-off build reads sheets parsed by earlier runs from .cache/ (serve keeps its own
    # cache in memory across rebuilds and needs no disk copy).
    store = SheetStore(settings.root) if cache is None else None
    cache = cache if cache is not None else ContentCache(keep_documents=False, store=store)
    warnings: list[str] = []
    if extract:
        report = extract_content(settings)
        warnings.extend(str(d) for d in report.diagnostics if d.severity != "error")
        if report.errors:
            raise FactsheetsError(report.errors)
    # Hundreds of thousands of new objects that live until the build is done: collecting
    # cycles among them while they pile up only costs time (a third of it at 1,000 sources).
    with paused_gc():
        problems = check_content(settings, cache)
        if problems:
            raise FactsheetsError(problems)
        site_content, load_problems = load_site(settings, cache)
        if load_problems:
            raise FactsheetsError(load_problems)
        if store is not None:
            store.save()
        renderer = Renderer(settings.templates_dir)
        pages = render_pages(site_content, renderer, pdf_links=pdf_links, cache=page_cache)
        files: dict[str, bytes | str] = {p.path: p.markdown for p in pages}
        for asset in ASSETS:
            files[asset] = (settings.templates_dir / asset).read_bytes()
        files.update(render_data_files(site_content, SHEET_SCHEMA, cache=page_cache))
    return SiteBuild(settings, site_content, renderer, pages, files, nav_entries(pages),
                     [settings.seeds_dir, settings.content_dir, settings.templates_dir],
                     page_origins(settings, site_content), warnings)


def page_origins(settings: Settings, content: SiteContent) -> dict[str, Path]:
    """Where each generated page comes from: a theme page from its content YAML, a source
    page from its seed. Pages made from everything (home, entities, data) have none."""
    origins = {theme_path(s.theme): settings.content_dir / f"{s.theme}.yml" for s in content.sheets}
    for seed in settings.seed_paths():
        origins[source_path(seed.stem)] = seed
    return origins


SeedsFingerprint = frozenset[tuple[str, int, int]]


def seeds_fingerprint(seeds_dir: Path) -> SeedsFingerprint:
    """Name, size and modification time of every file in the seeds folder: cheap to take, and
    it changes whenever a seed is added, removed or saved."""
    if not seeds_dir.is_dir():
        return frozenset()
    return frozenset((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(seeds_dir) if e.is_file())


class PdfJob:
    """The PDFs, laid out in a forked process while MkDocs renders the pages in this one.

    WeasyPrint's import and layout take about twice as long as the mkdocs build of the
    example; run beside it on a second core they cost only what is left over when MkDocs is
    done. The worker returns the bytes; this process writes them, after MkDocs has cleaned
    and filled site/.
    """

    def __init__(self, site: SiteBuild, site_url: str) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self.started = time.perf_counter()
        self.receiver, sender = context.Pipe(duplex=False)
        # Fork, not spawn: the child inherits the loaded content instead of re-importing and
        # re-reading it. daemon: a build that fails before on_post_build does not leave it behind.
        self.process = context.Process(target=_pdf_worker, args=(site, site_url, sender), daemon=True)
        self.process.start()
        sender.close()

    def finish(self, site_dir: Path) -> float:
        """Wait for the worker, write site/pdf/*.pdf; return the seconds since it started."""
        try:
            outcome = self.receiver.recv()
        except EOFError:
            outcome = ("error", f"the PDF worker stopped without a result (exit code {self.process.exitcode})")
        finally:
            self.receiver.close()
            self.process.join()
        kind, payload = outcome
        if kind == "error":
            raise FactsheetsError(payload)
        _save_pdfs(lambda: payload, site_dir)
        return time.perf_counter() - self.started

    def cancel(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.receiver.close()


def _pdf_worker(site: SiteBuild, site_url: str, sender: Any) -> None:
    from .pdf import make_pdfs

    try:
        outcome: tuple[str, Any] = ("ok", make_pdfs(site.content, site.renderer, site_url))
    except FactsheetsError as e:
        outcome = ("error", str(e))
    except Exception as e:  # the parent reports it; a traceback here would be lost
        outcome = ("error", f"{type(e).__name__}: {e}")
    sender.send(outcome)
    sender.close()


def start_pdfs(site: SiteBuild, site_url: str = "") -> PdfJob | None:
    """Start laying out the PDFs beside the build, or None where a fork is not safe: no
    os.fork (Windows), or other threads running (serve's server), whose locks a child would
    inherit held. The caller then makes them with write_pdfs() after the build."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return None
    try:
        return PdfJob(site, site_url)
    except OSError:  # no process to spare (limits): made after the build instead
        return None


def write_pdfs(site: SiteBuild, site_dir: Path, site_url: str = "", layouts: PdfLayouts | None = None) -> float:
    """site/pdf/<theme>.pdf and factsheets.pdf; returns the seconds it took. ``layouts``
    (serve) keeps what was laid out for the next rebuild."""
    started = time.perf_counter()
    from .pdf import make_pdfs  # WeasyPrint is heavy: import it only when PDFs are made

    _save_pdfs(lambda: make_pdfs(site.content, site.renderer, site_url, layouts=layouts), site_dir)
    return time.perf_counter() - started


def _save_pdfs(make: Callable[[], dict[str, bytes]], site_dir: Path) -> None:
    """site/pdf/*.pdf from ``make``; a file that cannot be written is an input problem."""
    from .pdf import write_pdf_files

    try:
        write_pdf_files(make(), site_dir / "pdf")
    except OSError as e:
        raise FactsheetsError(f"cannot write PDFs: {e}") from e
