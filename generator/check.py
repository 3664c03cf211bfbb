"""`factsheets check`: every content file against the contract and its sources.

First the published JSON Schema (schema.SHEET_SCHEMA, validated with jsonschema; each error
placed at its YAML node), then what a schema cannot say: each quote found verbatim in its
source at its offsets, ids unique across files, themes known to the taxonomy, documents
existing and readable, values finite. Every problem of every file in one run.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .classify import load_taxonomy
from .errors import Diagnostic, FactsheetsError
from .ingest import read_source_text
from .schema import SHEET_SCHEMA
from .settings import Settings
from .sheets import (
    SLUG,
    ContentCache,
    Located,
    duplicate_keys,
    load_sources,
    load_yaml,
    read_sheet,
    sheet_paths,
    theme_problems,
    validate_sheet,
)


def check_content(settings: Settings, cache: ContentCache | None = None) -> list[Diagnostic]:
    """Every problem of every content file. With ``cache`` (shared with load_site), each file
    is parsed once per build, and under serve only when it changed."""
    problems: list[Diagnostic] = []
    known_themes = _taxonomy_themes(settings.taxonomy_path, problems)
    try:
        documents = {r.document for r in load_sources(settings.sources_path, _name(settings.sources_path), cache)}
    except FactsheetsError as e:
        problems.extend(e.diagnostics)
        documents = set()
    sources = _Sources(settings)
    seen_ids: dict[str, str | tuple[Located, int]] = {}
    cited: set[str] = set()
    for path in sheet_paths(settings.content_dir):
        try:
            loaded = read_sheet(path, _name(path), cache)
            if loaded.doc is None:  # the cache kept only what rendering needs
                loaded = read_sheet(path, _name(path))
        except FactsheetsError as e:
            problems.extend(e.diagnostics)
            continue
        doc = loaded.doc
        assert doc is not None
        shape = schema_problems(doc, path.stem, list(loaded.problems))
        problems.extend(shape)
        if not isinstance(doc.data, dict):
            continue
        theme = doc.data.get("theme")
        if known_themes is not None and isinstance(theme, str) and SLUG.match(theme) and theme not in known_themes:
            problems.append(doc.diag(f"theme {theme!r} is not in {_name(settings.taxonomy_path)}; "
                                     "add it there or rename the file", "theme"))
        facts = doc.data.get("facts")
        if not isinstance(facts, list):
            continue
        for i, fact in enumerate(facts):
            # A fact with a shape problem is reported once, not again by the deeper checks.
            if _well_formed(fact) and not _inside(i, shape):
                cited.add(fact["source"]["document"])
                problems.extend(_check_fact(doc, i, fact, seen_ids, sources, documents, settings))
    problems.extend(sources.problems)
    problems.extend(_records_without_seed(settings, documents - cited - sources.paths.keys(), cache))
    return sorted(set(problems), key=lambda d: (d.path, d.line, d.col, d.message))


def _records_without_seed(settings: Settings, gone: set[str], cache: ContentCache | None) -> list[Diagnostic]:
    """A record of sources.yml whose seed file is gone and that no fact cites (a fact that
    does is reported itself): a warning, since the Sources page still lists it."""
    if not gone:
        return []
    doc = load_yaml(settings.sources_path, _name(settings.sources_path), cache)
    items = doc.data.get("sources") if isinstance(doc.data, dict) else None
    out = []
    for i, item in enumerate(items if isinstance(items, list) else []):
        name = item.get("document") if isinstance(item, dict) else None
        if name in gone:
            out.append(doc.diag(f"sources[{i}].document: no source {name!r} in {_name(settings.seeds_dir)}; "
                                "the record is stale (`factsheets extract` reports it; delete it or restore "
                                "the file)", "sources", i, "document", severity="warning"))
    return out


# --- the schema -------------------------------------------------------------------------


def schema_problems(doc: Located, file_stem: str, hand_checked: list[Diagnostic] | None = None) -> list[Diagnostic]:
    """The file against the published JSON Schema, each error at its node's line:col.

    validate_sheet is at least as strict as the schema (tests/test_check.py keeps the two in
    step), so a file it passes has no schema errors and jsonschema's walk, the slowest part
    of a check, is skipped; ``hand_checked`` is its result when the caller has it already.
    """
    if not (validate_sheet(doc, file_stem) if hand_checked is None else hand_checked):
        return []
    validator = _validator()
    if validator is None:  # pragma: no cover
        return validate_sheet(doc, file_stem)
    out = duplicate_keys(doc)
    errors = list(validator.iter_errors(doc.data))
    for error in sorted(errors, key=lambda e: list(map(str, e.absolute_path))):
        keys = list(error.absolute_path)
        out.append(doc.diag(_describe(error, keys), *keys))
    if isinstance(doc.data, dict) and not any(list(e.path) == ["theme"] for e in errors):
        out.extend(theme_problems(doc, file_stem))
    return out


@functools.cache
def _validator() -> Any:
    # Imported here: only a file validate_sheet refuses needs it, and the import costs a
    # tenth of a second on every build and render.
    try:  # a runtime dependency; the hand-written validator stands in where it is missing
        import jsonschema  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover
        return None
    return jsonschema.Draft202012Validator(SHEET_SCHEMA)


def _describe(error: Any, keys: list[str | int]) -> str:
    """`facts[2].value: expected a number or null, got 'lots'`, not jsonschema's prose."""
    where = _field(keys)
    got = error.instance
    kind = error.validator
    if kind == "required":
        missing = [name for name in error.validator_value if not isinstance(got, dict) or name not in got]
        return f"{where or 'file'}: missing field {missing[0]!r}" if missing else f"{where}: {error.message}"
    if kind == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        words = {"number": "a number", "integer": "a whole number", "string": "a string", "null": "null",
                 "array": "a list", "object": "a mapping", "boolean": "true or false"}
        return f"{where}: expected {' or '.join(words.get(str(t), str(t)) for t in expected)}, got {got!r}"
    if kind == "pattern":
        return f"{where}: expected a slug (a-z, 0-9, -), got {got!r}"
    if kind == "enum":
        return f"{where}: expected one of {', '.join(map(str, error.validator_value))}, got {got!r}"
    if kind in ("minimum", "maximum"):
        bound = "at least" if kind == "minimum" else "at most"
        return f"{where}: expected {bound} {error.validator_value}, got {got!r}"
    if kind == "minLength":
        return f"{where}: expected a non-empty string"
    return f"{where}: {error.message}"


def _field(keys: Iterable[str | int]) -> str:
    text = ""
    for key in keys:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else str(key))
    return text


def _inside(i: int, shape: list[Diagnostic]) -> bool:
    prefix = f"facts[{i}]"
    return any(d.message.startswith((prefix + ".", prefix + ":")) for d in shape)


def _well_formed(fact: Any) -> bool:
    """Types the deeper checks rely on (the schema reports anything else)."""
    if not isinstance(fact, dict) or not isinstance(fact.get("id"), str):
        return False
    src = fact.get("source")
    return (isinstance(src, dict) and isinstance(src.get("document"), str) and isinstance(src.get("quote"), str)
            and all(isinstance(src.get(k), int) and not isinstance(src.get(k), bool) for k in ("start", "end")))


# --- beyond the schema ------------------------------------------------------------------


class _Sources:
    """Source texts, each decoded once; a source that cannot be read is reported once."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.paths = {p.stem: p for p in settings.seed_paths()}
        self.texts: dict[str, str | None] = {}
        self.problems: list[Diagnostic] = []

    def text(self, name: str) -> str | None:
        if name not in self.texts:
            path = self.paths[name]
            try:
                self.texts[name] = read_source_text(path, self.settings.max_source_bytes, _name(path))
            except FactsheetsError as e:
                self.problems.extend(e.diagnostics)
                self.texts[name] = None
        return self.texts[name]


def _check_fact(doc: Located, i: int, fact: dict[str, Any], seen_ids: dict[str, str | tuple[Located, int]],
                sources: _Sources,
                documents: set[str], settings: Settings) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    at = ("facts", i)
    fid = fact["id"]
    if fid in seen_ids:
        first = seen_ids[fid]
        if not isinstance(first, str):  # placed now: see below
            first = f"{first[0].path}:{first[0].where('facts', first[1], 'id')[0]}"
        out.append(doc.diag(f"facts[{i}].id: {fid!r} is already used at {first}", *at, "id"))
    elif doc.node is not None:
        seen_ids[fid] = f"{doc.path}:{doc.where(*at, 'id')[0]}"
    else:
        # A sheet from the SheetStore has no nodes: placing every id would parse it after
        # all. Keep the (light) document and place the id only if it turns up again.
        seen_ids[fid] = (doc, i)
    value = fact.get("value")
    if isinstance(value, float) and not math.isfinite(value):
        out.append(doc.diag(f"facts[{i}].value: expected a finite number, got {value!r}", *at, "value"))
    src = fact["source"]
    name, quote, start, end = src["document"], src["quote"], src["start"], src["end"]
    if end < start:
        out.append(doc.diag(f"facts[{i}].source.end: {end} is before start {start}", *at, "source", "end"))
    if name not in sources.paths:
        known = " (listed in sources.yml, but the file is gone)" if name in documents else ""
        out.append(doc.diag(f"facts[{i}].source.document: no source {name!r} in "
                            f"{_name(settings.seeds_dir)}{known}; the fact is stale", *at, "source", "document"))
        return out
    text = sources.text(name)
    if text is None:
        return out
    if text[start:end] != quote:
        found = text.find(quote) if quote else -1
        hint = (f"; it is found at {found}:{found + len(quote)} (run `factsheets extract` to update offsets)"
                if found >= 0 else "; the sentence is no longer in the source (stale fact: fix or delete it)")
        out.append(doc.diag(f"facts[{i}].source.quote: not found verbatim at {start}:{end} of {name}{hint}",
                            *at, "source", "quote"))
    return out


def _taxonomy_themes(path: Path, problems: list[Diagnostic]) -> set[str] | None:
    """Theme slugs of the taxonomy, read as safely as content (it becomes folders too)."""
    try:
        doc = load_yaml(path, _name(path))
    except FactsheetsError as e:
        problems.extend(e.diagnostics)
        return None
    found = len(problems)
    data = doc.data
    themes = data.get("themes") if isinstance(data, dict) else None
    if not isinstance(themes, list):
        problems.append(doc.diag("themes: expected a list of themes with slug and title", "themes"))
        return None
    slugs: set[str] = set()
    for i, theme in enumerate(themes):
        if not isinstance(theme, dict):
            problems.append(doc.diag(f"themes[{i}]: expected a mapping with slug and title", "themes", i))
            continue
        slug = theme.get("slug")
        if not (isinstance(slug, str) and SLUG.match(slug)):
            problems.append(doc.diag(f"themes[{i}].slug: expected a slug (a-z, 0-9, -), got {slug!r}",
                                     "themes", i, "slug"))
        elif slug in slugs:
            problems.append(doc.diag(f"themes[{i}].slug: {slug!r} is listed twice", "themes", i, "slug"))
        else:
            slugs.add(slug)
        if not isinstance(theme.get("title"), str):
            problems.append(doc.diag(f"themes[{i}].title: expected a string", "themes", i))
        for key in ("cues", "units", "weak", "narrowed_by"):
            words = theme.get(key, [])
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                problems.append(doc.diag(f"themes[{i}].{key}: expected a list of words", "themes", i, key))
        scopes = theme.get("widened_by", [])
        if not isinstance(scopes, list) or not all(
            isinstance(scope, dict) and "words" in scope and "measures" in scope
            and all(isinstance(words, list) and all(isinstance(w, str) for w in words) for words in scope.values())
            for scope in scopes
        ):
            problems.append(doc.diag(f"themes[{i}].widened_by: expected a list of mappings of words, measures "
                                     "and unless (lists of words)", "themes", i, "widened_by"))
        for key in ("min_sentences", "min_paragraphs"):
            need = theme.get(key, 1)
            if not (isinstance(need, int) and not isinstance(need, bool) and need >= 1):
                problems.append(doc.diag(f"themes[{i}].{key}: expected a whole number from 1, got {need!r}",
                                         "themes", i, key))
        if not isinstance(theme.get("weak_counts", False), bool):
            problems.append(doc.diag(f"themes[{i}].weak_counts: expected true or false, got {theme['weak_counts']!r}",
                                     "themes", i, "weak_counts"))
        backdrop = theme.get("backdrop_clauses", False)
        words = isinstance(backdrop, list) and all(isinstance(w, str) for w in backdrop)
        if not (isinstance(backdrop, bool) or words):
            problems.append(doc.diag(f"themes[{i}].backdrop_clauses: expected true or false, or a list of words, "
                                     f"got {backdrop!r}", "themes", i, "backdrop_clauses"))
    fallback = data.get("fallback", "general") if isinstance(data, dict) else "general"
    if fallback not in slugs:
        problems.append(doc.diag(f"fallback: {fallback!r} is not one of the themes", "fallback"))
    if len(problems) == found:
        problems.extend(_loader_problems(path))
    return slugs


def _loader_problems(path: Path) -> list[Diagnostic]:
    """What the build's own taxonomy loader rejects that the checks above do not look at (an
    unknown key in a ``widened_by`` scope, a misspelt theme setting), so that check and build
    never disagree. The loader stops at its first problem, hence it runs after the checks above,
    which report every problem they see."""
    try:
        load_taxonomy(path)
    except FactsheetsError as e:
        return [dataclasses.replace(d, path=_name(path)) if d.path == str(path) else d for d in e.diagnostics]
    return []


def _name(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)

