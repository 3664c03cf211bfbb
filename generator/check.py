"""`factsheets check`: every content file against the contract and its sources.

Beyond the shape (sheets.validate_sheet): each quote found verbatim in its source at its
offsets, ids unique across files, themes known to the taxonomy, documents existing.
"""

from __future__ import annotations

from pathlib import Path

from .classify import load_taxonomy
from .errors import Diagnostic, FactsheetsError
from .ingest import decode_source
from .settings import Settings
from .sheets import Located, load_sources, load_yaml, sheet_paths, validate_sheet


def check_content(settings: Settings) -> list[Diagnostic]:
    problems: list[Diagnostic] = []
    try:
        taxonomy = load_taxonomy(settings.taxonomy_path)
        known_themes = {t.slug for t in taxonomy.themes}
    except FactsheetsError as e:
        problems.extend(e.diagnostics)
        known_themes = set()
    try:
        documents = {r.document for r in load_sources(settings.sources_path, _name(settings.sources_path))}
    except FactsheetsError as e:
        problems.extend(e.diagnostics)
        documents = set()
    seeds = {p.stem: p for p in settings.seed_paths()}
    texts: dict[str, str | None] = {}
    seen_ids: dict[str, str] = {}
    for path in sheet_paths(settings.content_dir):
        try:
            doc = load_yaml(path, _name(path))
        except FactsheetsError as e:
            problems.extend(e.diagnostics)
            continue
        shape = validate_sheet(doc, path.stem)
        problems.extend(shape)
        if shape:
            continue
        theme = doc.data["theme"]
        if known_themes and theme not in known_themes:
            problems.append(doc.diag(f"theme {theme!r} is not in {_name(settings.taxonomy_path)}; "
                                     "add it there or rename the file", "theme"))
        for i, fact in enumerate(doc.data["facts"]):
            problems.extend(_check_fact(doc, i, fact, seen_ids, seeds, documents, texts, settings))
    return sorted(problems, key=lambda d: (d.path, d.line, d.col))


def _check_fact(doc: Located, i: int, fact: dict, seen_ids: dict[str, str], seeds: dict[str, Path],
                documents: set[str], texts: dict[str, str | None], settings: Settings) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    fid = fact["id"]
    where = f"{doc.path}:{doc.where('facts', i, 'id')[0]}"
    if fid in seen_ids:
        out.append(doc.diag(f"facts[{i}].id: {fid!r} is already used at {seen_ids[fid]}", "facts", i, "id"))
    else:
        seen_ids[fid] = where
    src = fact["source"]
    name = src["document"]
    if name not in seeds:
        known = " (listed in sources.yml, but the file is gone)" if name in documents else ""
        out.append(doc.diag(f"facts[{i}].source.document: no source {name!r} in "
                            f"{_name(settings.seeds_dir)}{known}", "facts", i, "source", "document"))
        return out
    if name not in texts:
        try:
            texts[name] = decode_source(seeds[name].read_bytes(), str(seeds[name]))
        except (FactsheetsError, OSError):
            texts[name] = None
    text = texts[name]
    if text is None:
        return out
    quote, start, end = src["quote"], src["start"], src["end"]
    if text[start:end] != quote:
        found = text.find(quote) if quote else -1
        hint = (f"; it is found at {found}:{found + len(quote)}" if found >= 0
                else "; the sentence is no longer in the source (stale fact)")
        out.append(doc.diag(f"facts[{i}].source.quote: not found verbatim at {start}:{end} of {name}{hint}",
                            "facts", i, "source", "quote"))
    return out


def _name(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
