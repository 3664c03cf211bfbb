"""The MkDocs adapter: a thin shell over render.py. Everything else imports without MkDocs."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .errors import FactsheetsError
from .files import CACHE_DIR
from .pdf import PdfLayouts
from .render import PageCache
from .sheets import ContentCache
from .site import PdfJob, SeedsFingerprint, SiteBuild, build_site_files, seeds_fingerprint, start_pdfs, write_pdfs

log = logging.getLogger("mkdocs.plugins.factsheets")
BLOCK_MARK = "<!--factsheets-block-"
BLOCK = re.compile(re.escape(BLOCK_MARK) + r"(\d+)-->")


class FactsheetsConfig(Config):  # type: ignore[no-untyped-call]  # mkdocs is untyped there
    seeds = opt.Type(str, default="seeds")
    content = opt.Type(str, default="content")
    templates = opt.Type(str, default="templates")
    pdf = opt.Type(bool, default=True)
    """Write site/pdf/*.pdf with WeasyPrint after the build."""
    pdf_worker = opt.Type(bool, default=True)
    """Lay the PDFs out in a forked process while MkDocs renders the pages (not under serve)."""
    extract_on_serve = opt.Type(bool, default=True)
    """Under `mkdocs serve`, re-extract changed seeds before each build."""


class FactsheetsPlugin(BasePlugin[FactsheetsConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        self.command = "build"
        self.site: SiteBuild | None = None
        self.seeds_seen: SeedsFingerprint | None = None
        """The seeds as they were at the last extraction under serve."""
        self.cache = ContentCache()
        """Parsed content files, kept across serve's rebuilds: only a changed file is parsed."""
        self.pdf_job: PdfJob | None = None
        self.pdf_layouts: PdfLayouts | None = None
        """pdf.PdfLayouts under serve: a rebuild lays out only the print documents that changed."""
        self.blocks: dict[str, list[str]] = {}
        """Page -> its HTML blocks, from on_page_markdown to on_page_content."""
        self.pages = PageCache()
        """Rendered theme and source pages, kept across serve's rebuilds: only a page whose
        inputs changed is rendered again."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    def on_config(self, config: Any) -> Any:
        root = Path(config.config_file_path or ".").resolve().parent
        extract = False
        if self.command == "serve" and self.config.extract_on_serve:
            # This instance lives across serve's rebuilds (it has on_startup): re-extract only
            # when a seed changed, not on every edit of content or templates.
            seen = seeds_fingerprint(root / self.config.seeds)
            extract, self.seeds_seen = seen != self.seeds_seen, seen
        try:
            self.site = build_site_files(
                root, self.config.seeds, self.config.content, self.config.templates,
                extract=extract, pdf_links=self.config.pdf,
                # Kept across serve's rebuilds only: a one-off build frees the parsed files.
                cache=self.cache if self.command == "serve" else None,
                page_cache=self.pages if self.command == "serve" else None,
            )
        except FactsheetsError as e:
            raise PluginError(f"factsheets: cannot build the pages:\n{e}") from e
        for warning in self.site.warnings:
            log.warning("%s", warning)
        if self.config.pdf and self.config.pdf_worker and self.command != "serve":
            self.pdf_job = start_pdfs(self.site, config.site_url or "")
        if not config.nav:
            config.nav = self.site.nav
        if "assets/factsheets.css" not in config.extra_css:
            config.extra_css.append("assets/factsheets.css")
        return config

    def on_env(self, env: Any, /, *, config: Any, files: Files) -> Any:
        # The theme's templates (Material: about fifty) are compiled to Python on every build,
        # a few tenths of a second; Jinja keeps the compiled code, keyed by each template's
        # source, in .cache/ for the next build and serve's rebuilds.
        if self.site is not None and env.bytecode_cache is None:
            folder = self.site.settings.root / CACHE_DIR / "jinja"
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                return env  # a read-only checkout builds without it
            if not os.access(folder, os.W_OK):
                return env
            env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
        return env

    def on_files(self, files: Files, *, config: Any) -> Files:
        assert self.site is not None
        docs_dir = Path(config.docs_dir).resolve()
        for path, content in self.site.files.items():
            existing = files.get_file_from_path(path)
            if existing is not None:
                files.remove(existing)
            file = File.generated(config, path, content=content)
            origin = self.site.origins.get(path)
            if origin is not None:
                # The edit button opens the file a person edits (content/<theme>.yml, the seed),
                # resolved against `edit_uri`, which points at docs_dir as MkDocs expects.
                file.edit_uri = Path(os.path.relpath(origin, docs_dir)).as_posix()
            files.append(file)
        return files

    def on_page_markdown(self, markdown: str, *, page: Any, config: Any, files: Any) -> str:
        # Our pages are HTML blocks between Markdown headings (render.py). Python-Markdown
        # would run each block through its HTML parser only to pass it on unchanged, and at
        # scale that is half of the whole build. Each block goes past it as a one-line
        # comment instead and is put back in on_page_content; headings (and so the table of
        # contents) stay Markdown. Seed text cannot fake a placeholder: it is escaped HTML.
        if self.site is None or page.file.src_uri not in self.site.files:
            return markdown
        chunks = markdown.split("\n\n")
        blocks: list[str] = []
        for i, chunk in enumerate(chunks):
            if chunk.lstrip("\n").startswith("<"):
                chunks[i] = f"{BLOCK_MARK}{len(blocks)}-->"
                blocks.append(chunk.strip("\n"))
        self.blocks[page.file.src_uri] = blocks
        return "\n\n".join(chunks)

    def on_page_content(self, html: str, *, page: Any, config: Any, files: Any) -> str:
        blocks = self.blocks.pop(page.file.src_uri, None)
        if not blocks:
            return html
        return BLOCK.sub(lambda m: blocks[int(m.group(1))], html)

    def on_serve(self, server: Any, *, config: Any, builder: Any) -> Any:
        # Files outside docs/ never trigger a reload unless watched (mkdocs#3950).
        assert self.site is not None
        for folder in self.site.watch:
            if folder.exists():
                server.watch(str(folder))
        return server

    def on_post_build(self, *, config: Any) -> None:
        if not self.config.pdf or self.site is None:
            return
        job, self.pdf_job = self.pdf_job, None
        try:
            if job is not None:
                seconds = job.finish(Path(config.site_dir))
            else:
                if self.command == "serve" and self.pdf_layouts is None:
                    self.pdf_layouts = PdfLayouts()
                seconds = write_pdfs(self.site, Path(config.site_dir), config.site_url or "", self.pdf_layouts)
        except FactsheetsError as e:
            raise PluginError(f"factsheets: PDF: {e}") from e
        log.info("factsheets: PDFs written in %.2f s", seconds)

    def on_build_error(self, *, error: Exception) -> None:
        job, self.pdf_job = self.pdf_job, None
        if job is not None:
            job.cancel()
