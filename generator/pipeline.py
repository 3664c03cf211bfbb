"""The one place that knows the order of the stages: ingest -> extract -> classify -> merge.

``extract_content`` turns seeds into content files; ``load_site`` reads the content back for
rendering. Both collect diagnostics instead of stopping at the first bad file.
"""

from __future__ import annotations

import difflib
import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .classify import classify_facts, load_taxonomy
from .errors import Diagnostic, FactsheetsError
from .extract_cache import ExtractCache, Extracted, extractor_digest, source_key
from .files import write_atomic
from .ingest import decode_source, read_source, read_source_bytes, read_source_text
from .merge import SOURCES_STATE_KEY, MergeReport, SourcesReport, merge_facts, merge_sources
from .model import Document, Fact, FactSheet, SourceRecord, Taxonomy
from .schema import schema_text
from .settings import Settings
from .sheets import (
    SCHEMA_URL,
    SLUG,
    ContentCache,
    SheetStore,
    dump_sheet_read,
    dump_source_items,
    dumps_unchanged,
    load_sources,
    paused_gc,
    read_sheet,
    read_source_items,
    sheet_paths,
    source_to_mapping,
    validate_sheet,
)

STATE_FILE = ".extracted.json"
DEFAULT_TAXONOMY = Path(__file__).resolve().parent / "default_taxonomy.yml"
"""Copied into a content folder that has no taxonomy.yml of its own."""
PARALLEL_FROM = 64
"""Below this many sources a process pool costs more than it saves."""


@dataclass(slots=True)
class ExtractReport:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """Everything found, sources and content alike."""
    content_errors: list[Diagnostic] = field(default_factory=list)
    """Problems in content/ itself: nothing was merged or written."""
    sheets: dict[str, MergeReport] = field(default_factory=dict)
    sources: SourcesReport = field(default_factory=SourcesReport)
    """What happened to the records of content/sources.yml."""
    written: list[Path] = field(default_factory=list)
    changes: list[tuple[str, str, str]] = field(default_factory=list)
    """Each content file (.yml) that changes: its display name, old text and new text."""
    documents: int = 0

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def diffs(self) -> list[str]:
        """The unified diff of each changed content file, built when asked for: only --dry-run
        and --diff print them (a fresh megabyte of seeds: half a second of difflib)."""
        return ["".join(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                             f"a/{name}", f"b/{name}")) for name, old, new in self.changes]


def _process(path: Path, max_bytes: int, taxonomy: Taxonomy) -> Extracted | FactsheetsError:
    from .extract import extract_facts  # imported by extract_sources already
    try:
        document = read_source(path, max_bytes)
    except FactsheetsError as e:
        return e
    facts = classify_facts(extract_facts(document), taxonomy, document)
    return Extracted(document, facts)


def _process_packed(args: tuple[Path, int, Taxonomy]) -> Extracted | FactsheetsError:
    return _process(*args)


def extract_sources(settings: Settings, taxonomy: Taxonomy, use_cache: bool = True,
                    save_cache: bool = True) -> tuple[list[Extracted], list[Diagnostic]]:
    """Ingest, extract and classify every seed; a bad source is reported and skipped.

    A source whose bytes, path, taxonomy and extractor code are unchanged since the last run
    is taken from the extraction cache (extract_cache.py) instead of extracted again.
    """
    paths = settings.seed_paths()
    results: list[Extracted | FactsheetsError | None] = [None] * len(paths)
    keys: list[str | None] = [None] * len(paths)
    cache = ExtractCache(settings.root, extractor_digest(taxonomy)) if use_cache else None
    if cache is not None:
        for i, path in enumerate(paths):
            try:
                raw = read_source_bytes(path, settings.max_source_bytes)
                text = decode_source(raw, str(path))
            except FactsheetsError:
                continue  # extracted below, which reports the problem
            keys[i] = key = source_key(path, raw, settings.max_source_bytes)
            results[i] = cache.get(key, text)
    todo = [i for i, result in enumerate(results) if result is None]
    jobs = [(paths[i], settings.max_source_bytes, taxonomy) for i in todo]
    if jobs:
        # Imported only where extraction runs (its regexes take a tenth of a second to
        # compile, which a build or render need not pay), and before the pool forks.
        from . import extract  # noqa: F401
    if len(jobs) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor() as pool:
            made = list(pool.map(_process_packed, jobs, chunksize=16))
    else:
        made = [_process_packed(job) for job in jobs]
    for i, fresh in zip(todo, made, strict=True):
        results[i] = fresh
        if cache is not None and keys[i] is not None and isinstance(fresh, Extracted):
            cache.put(keys[i] or "", fresh)
    if cache is not None and save_cache:
        cache.save()
    done: list[Extracted] = []
    problems: list[Diagnostic] = []
    seen: dict[str, Path] = {}
    for path, result in zip(paths, results, strict=True):
        assert result is not None
        if isinstance(result, FactsheetsError):
            problems.extend(result.diagnostics)
            continue
        stem = result.document.stem
        if stem in seen:
            problems.append(Diagnostic(str(path), 1, 1, f"same document name as {seen[stem].name}; skipped"))
            continue
        seen[stem] = path
        if not result.document.sentences:
            problems.append(Diagnostic(str(path), 1, 1, "empty source: no sentences, no facts", "warning"))
        done.append(result)
    return done, problems


def extract_content(settings: Settings, dry_run: bool = False, use_cache: bool = True) -> ExtractReport:
    """Seeds -> content/*.yml, merging with what people edited. Nothing is written on a
    dry run, not even the extraction cache."""
    report = ExtractReport()
    taxonomy = ensure_taxonomy(settings, dry_run)
    extracted, problems = extract_sources(settings, taxonomy, use_cache=use_cache, save_cache=not dry_run)
    report.diagnostics.extend(problems)
    report.documents = len(extracted)

    existing: dict[str, list[Fact]] = {}
    rejected: dict[str, set[str]] = {}
    titles: dict[str, str] = {}
    loaded: dict[Path, tuple[FactSheet, list[str]]] = {}
    # --no-cache: nothing under .cache/ is read or written, the sheet store included.
    store = SheetStore(settings.root) if use_cache else None
    readings = ContentCache(keep_documents=False, store=store)
    with paused_gc():  # thousands of facts: collections over them would cost more than the reading
        for path in sheet_paths(settings.content_dir):
            sheet_file = read_sheet(path, _display(settings, path), readings)
            sheet, sheet_rejected, sheet_problems = sheet_file.sheet, list(sheet_file.rejected), list(
                sheet_file.problems)
            if sheet_problems:
                # Never merge into a file we could not read fully: the person's edit would be lost.
                report.content_errors.extend(d for d in sheet_problems if d.severity == "error")
                report.diagnostics.extend(sheet_problems)
                continue
            existing[sheet.theme] = list(sheet.facts)
            rejected[sheet.theme] = set(sheet_rejected)
            titles[sheet.theme] = sheet.title
            loaded[path] = (sheet, sheet_rejected)
    try:
        source_items, source_problems = read_source_items(settings.sources_path,
                                                          _display(settings, settings.sources_path))
    except FactsheetsError as e:
        source_items, source_problems = [], e.diagnostics
    if source_problems:
        report.content_errors.extend(source_problems)
        report.diagnostics.extend(source_problems)
    # Only a content problem stops the merge; a bad source is reported and skipped.
    if report.content_errors:
        return report

    state_path = settings.content_dir / STATE_FILE
    state, source_state = _read_state(state_path)
    all_facts = [f for item in extracted for f in item.facts]
    texts = {item.document.stem: item.document.text for item in extracted}
    present = {p.stem for p in settings.seed_paths()}
    result = merge_facts(existing, rejected, all_facts, state, texts, present)
    report.sheets = result.report
    source_readings = [source_to_mapping(_record(settings, item.document)) for item in extracted]
    sources = merge_sources(source_items, source_readings, source_state, present)
    report.sources = sources.report

    outputs: dict[Path, str] = {}
    # The data of each sheet text as read back and validated, for the store; the node trees
    # are let go at once (thousands of facts: hundreds of MB kept across all sheets).
    read_back: dict[Path, Any] = {}
    # No cyclic collections while the sheets are written and read back (see sheets.dump_sheet_read):
    # each read back is kept until the next sheet's, and a collection between sheets would walk it.
    with paused_gc():
        for theme in sorted(result.facts_by_theme):
            facts = result.facts_by_theme[theme]
            if not SLUG.match(theme):
                report.diagnostics.append(Diagnostic(str(settings.taxonomy_path), 1, 1,
                                                     f"theme {theme!r} is not a slug; not written"))
                continue
            if not facts and theme not in existing:
                continue
            known = taxonomy.get(theme)
            title = titles.get(theme) or (known.title if known else theme)
            sheet = FactSheet(theme=theme, title=title, facts=tuple(facts))
            sheet_path = settings.content_dir / f"{theme}.yml"
            previous = sheet_path.read_text(encoding="utf-8-sig") if sheet_path.exists() else None
            ids = result.rejected_by_theme.get(theme, ())
            before = loaded.get(sheet_path)
            if previous is not None and before is not None and dumps_unchanged(previous, *before, sheet, ids):
                outputs[sheet_path] = previous  # the usual re-run: nothing changed, nothing to parse again
            else:
                outputs[sheet_path], doc = dump_sheet_read(sheet, ids, previous)
                if store is not None and not dry_run and doc is not None and not validate_sheet(doc, theme):
                    read_back[sheet_path] = doc.data
    previous_sources = settings.sources_path.read_text(encoding="utf-8-sig") if settings.sources_path.exists() else None
    outputs[settings.sources_path] = dump_source_items(sources.records, previous_sources)
    state_out: dict[str, object] = dict(result.state)
    if sources.state:
        state_out[SOURCES_STATE_KEY] = sources.state
    outputs[state_path] = json.dumps(state_out, indent=0, sort_keys=True) + "\n"
    outputs[settings.content_dir / SCHEMA_URL] = schema_text()

    for path, text in outputs.items():
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if old == text:
            continue
        if path.suffix == ".yml":
            report.changes.append((_display(settings, path), old, text))
        if not dry_run:
            write_atomic(path, text)
            report.written.append(path)
    if not dry_run and store is not None:
        for path, data in read_back.items():  # filled only when the store is kept
            store.put(outputs[path].encode("utf-8"), path.stem, data)
        store.save()
    return report


def ensure_taxonomy(settings: Settings, dry_run: bool = False) -> Taxonomy:
    """The project's taxonomy; a new content folder gets a copy of the default to edit."""
    path = settings.taxonomy_path
    if not path.exists():
        if dry_run:
            return load_taxonomy(DEFAULT_TAXONOMY)
        write_atomic(path, DEFAULT_TAXONOMY.read_bytes())
    return load_taxonomy(path)


def _record(settings: Settings, d: Document) -> SourceRecord:
    return SourceRecord(d.stem, d.title, d.byline, d.date, d.sha256, _project_path(settings, Path(d.path)))


def _read_state(path: Path) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Fact id -> fingerprint, and document -> field -> fingerprint of the source records
    (empty in a state file written before they were tracked)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, {}
    if not isinstance(data, dict):
        return {}, {}
    sources = data.pop(SOURCES_STATE_KEY, None)
    facts = {str(k): str(v) for k, v in data.items()}
    records: dict[str, dict[str, str]] = {}
    if isinstance(sources, dict):
        for doc, fields in sources.items():
            if isinstance(fields, dict):
                records[str(doc)] = {str(k): str(v) for k, v in fields.items()}
    return facts, records


def _project_path(settings: Settings, path: Path) -> str:
    """Relative to the project, so content files do not depend on where the tool ran."""
    try:
        return path.resolve().relative_to(settings.root).as_posix()
    except ValueError:
        return path.name


def _display(settings: Settings, path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


@dataclass(frozen=True, slots=True)
class SiteContent:
    """Everything the renderer needs, read back from content/ (the source of truth)."""

    taxonomy: Taxonomy
    sheets: tuple[FactSheet, ...]
    sources: tuple[SourceRecord, ...]
    texts: dict[str, str]
    """Document stem -> decoded text, for source pages and quote checks."""


def load_site(settings: Settings, cache: ContentCache | None = None) -> tuple[SiteContent, list[Diagnostic]]:
    """The content as the renderer needs it; ``cache`` (shared with check_content) saves
    parsing a file again."""
    problems: list[Diagnostic] = []
    taxonomy = load_taxonomy(settings.taxonomy_path)
    sheets: list[FactSheet] = []
    for path in sheet_paths(settings.content_dir):
        try:
            loaded = read_sheet(path, _display(settings, path), cache)
        except FactsheetsError as e:
            problems.extend(e.diagnostics)
            continue
        problems.extend(loaded.problems)
        if not loaded.problems:
            sheets.append(loaded.sheet)
    try:
        sources = load_sources(settings.sources_path, _display(settings, settings.sources_path), cache)
    except FactsheetsError as e:
        problems.extend(e.diagnostics)
        sources = []
    texts: dict[str, str] = {}
    for path in settings.seed_paths():
        try:
            # Decoding is enough here; segmentation is extraction's business.
            texts[path.stem] = read_source_text(path, settings.max_source_bytes)
        except FactsheetsError:
            continue  # reported by extract/check; the page just has no text
    order = {t.slug: i for i, t in enumerate(taxonomy.themes)}
    sheets.sort(key=lambda s: (order.get(s.theme, len(order)), s.theme))
    return SiteContent(taxonomy, tuple(sheets), tuple(sources), texts), problems

