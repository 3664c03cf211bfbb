"""The only module that reads or writes content YAML: load, validate, merge, dump.

Content files are the reviewed source of truth. Loading is fast (PyYAML's C loader where
present) and keeps each node's position so every problem can be reported as
``path:line:col: message``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError, Diagnostic
from .model import FACT_KINDS, Fact, FactSheet, Source, SourceRecord

try:  # the C loader is several times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
"""Everything that becomes a path (theme, id, document) must match this."""
DOCUMENT_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,119}$")
SCHEMA_URL = "factsheet.schema.json"
"""Relative to the content file, so editors find it without a build."""
NON_SHEET_FILES = frozenset({"taxonomy.yml", "sources.yml"})
MAX_YAML_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Located:
    """A loaded YAML document with the node tree, to turn a field path into line:col."""

    path: str
    data: Any
    node: yaml.Node | None

    def where(self, *keys: str | int) -> tuple[int, int]:
        node = self.node
        for key in keys:
            child = _child(node, key)
            if child is None:
                break
            node = child
        if node is None:
            return 1, 1
        return node.start_mark.line + 1, node.start_mark.column + 1

    def diag(self, message: str, *keys: str | int, severity: str = "error") -> Diagnostic:
        line, col = self.where(*keys)
        return Diagnostic(self.path, line, col, message, severity)


def _child(node: yaml.Node | None, key: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode) and isinstance(key, str):
        for k, v in node.value:
            if getattr(k, "value", None) == key:
                return v
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        return node.value[key]
    return None


def load_yaml(path: Path, display: str | None = None) -> Located:
    """Load one YAML file safely: no Python tags, no aliases (alias bombs), a size limit."""
    name = display or str(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ContentError(Diagnostic(name, 1, 1, f"cannot read: {e.strerror}")) from e
    if len(raw) > MAX_YAML_BYTES:
        raise ContentError(Diagnostic(name, 1, 1, f"file is {len(raw)} bytes; the limit is {MAX_YAML_BYTES}"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ContentError(Diagnostic(name, 1, 1, f"not UTF-8 (byte offset {e.start})")) from e
    try:
        # Aliases are refused before anything is built: content never needs them and a
        # "billion laughs" document would otherwise expand in memory.
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                m = event.start_mark
                raise ContentError(Diagnostic(name, m.line + 1, m.column + 1,
                                              "YAML aliases (*name) are not allowed in content files"))
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = e.problem or str(e)
        if "could not determine a constructor" in problem:
            problem = "tags such as !!python/... are not allowed: " + problem
        raise ContentError(Diagnostic(name, line, col, f"invalid YAML: {problem}")) from e
    except yaml.YAMLError as e:
        raise ContentError(Diagnostic(name, 1, 1, f"invalid YAML: {e}")) from e
    return Located(name, data, node)


# --- reading the contract -------------------------------------------------------------


def fact_from_mapping(item: dict[str, Any], theme: str) -> Fact:
    """Build a Fact from an already validated mapping."""
    src = item.get("source") or {}
    return Fact(
        id=str(item["id"]),
        kind=str(item["kind"]),
        statement=str(item.get("statement") or ""),
        value=item.get("value"),
        unit=item.get("unit"),
        subject=item.get("subject"),
        year=item.get("year"),
        entities=tuple(str(e) for e in item.get("entities") or ()),
        source=Source(str(src.get("document", "")), str(src.get("quote", "")),
                      int(src.get("start", 0)), int(src.get("end", 0))),
        reviewed=bool(item.get("reviewed", False)),
        qualifier=item.get("qualifier"),
        theme=theme,
        cues=tuple(str(c) for c in item.get("cues") or ()),
    )


def validate_sheet(doc: Located, file_stem: str) -> list[Diagnostic]:
    """The contract's shape: fields, types, slugs. Cross-file checks live in check.py."""
    out: list[Diagnostic] = []
    data = doc.data
    if not isinstance(data, dict):
        return [doc.diag("expected a mapping with theme, title and facts")]
    theme = data.get("theme")
    if not isinstance(theme, str) or not SLUG.match(theme):
        out.append(doc.diag(f"theme: expected a slug (a-z, 0-9, -), got {theme!r}", "theme"))
    elif theme != file_stem:
        out.append(doc.diag(f"theme: {theme!r} does not match the file name {file_stem!r}", "theme"))
    if not isinstance(data.get("title"), str):
        out.append(doc.diag("title: expected a string", "title"))
    facts = data.get("facts")
    if not isinstance(facts, list):
        out.append(doc.diag("facts: expected a list", "facts"))
        return out
    for i, item in enumerate(facts):
        out.extend(_validate_fact(doc, i, item))
    rejected = data.get("rejected", [])
    if not isinstance(rejected, list) or not all(isinstance(r, str) for r in rejected):
        out.append(doc.diag("rejected: expected a list of fact ids", "rejected"))
    return out


def _validate_fact(doc: Located, i: int, item: Any) -> list[Diagnostic]:
    at = ("facts", i)
    name = f"facts[{i}]"
    if not isinstance(item, dict):
        return [doc.diag(f"{name}: expected a mapping", *at)]
    out: list[Diagnostic] = []

    def bad(field: str, expected: str) -> None:
        out.append(doc.diag(f"{name}.{field}: expected {expected}, got {item.get(field)!r}", *at, field))

    for required in ("id", "kind", "statement", "source"):
        if required not in item:
            out.append(doc.diag(f"{name}: missing field {required!r}", *at))
    if "id" in item and not (isinstance(item["id"], str) and SLUG.match(item["id"])):
        bad("id", "a slug (a-z, 0-9, -, at most 80 characters)")
    if "kind" in item and item["kind"] not in FACT_KINDS:
        bad("kind", "one of " + ", ".join(FACT_KINDS))
    if "statement" in item and not isinstance(item["statement"], str):
        bad("statement", "a string")
    value = item.get("value")
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
        bad("value", "a number or null")
    for field in ("unit", "subject", "qualifier"):
        if item.get(field) is not None and not isinstance(item[field], str):
            bad(field, "a string or null")
    year = item.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int) or not 1000 <= year <= 2200):
        bad("year", "a year between 1000 and 2200, or null")
    entities = item.get("entities", [])
    if not isinstance(entities, list) or not all(isinstance(e, str) for e in entities):
        bad("entities", "a list of names")
    if not isinstance(item.get("reviewed", False), bool):
        bad("reviewed", "true or false")
    src = item.get("source")
    if "source" in item:
        if not isinstance(src, dict):
            bad("source", "a mapping with document, quote, start, end")
        else:
            s_at = (*at, "source")
            doc_name = src.get("document")
            if not (isinstance(doc_name, str) and DOCUMENT_SLUG.match(doc_name)):
                out.append(doc.diag(f"{name}.source.document: expected a source file stem, got {doc_name!r}",
                                    *s_at, "document"))
            if not isinstance(src.get("quote"), str):
                out.append(doc.diag(f"{name}.source.quote: expected the quoted sentence", *s_at, "quote"))
            for key in ("start", "end"):
                v = src.get(key)
                if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                    out.append(doc.diag(f"{name}.source.{key}: expected a character offset, got {v!r}",
                                        *s_at, key))
    return out


def load_sheet(path: Path, display: str | None = None) -> tuple[FactSheet, list[str], list[Diagnostic]]:
    """Load and validate one sheet. Returns the sheet, its rejected ids, and any problems."""
    doc = load_yaml(path, display)
    problems = validate_sheet(doc, path.stem)
    data = doc.data if isinstance(doc.data, dict) else {}
    theme = str(data.get("theme") or path.stem)
    facts: list[Fact] = []
    if not problems:
        facts = [fact_from_mapping(item, theme) for item in data.get("facts", [])]
    sheet = FactSheet(theme=theme, title=str(data.get("title") or theme), facts=tuple(facts),
                      description=str(data.get("description") or ""))
    return sheet, list(data.get("rejected") or []), problems


def sheet_paths(content_dir: Path) -> list[Path]:
    if not content_dir.is_dir():
        return []
    return sorted(p for p in content_dir.glob("*.yml") if p.name not in NON_SHEET_FILES)


def load_sources(path: Path, display: str | None = None) -> list[SourceRecord]:
    if not path.exists():
        return []
    doc = load_yaml(path, display)
    data = doc.data if isinstance(doc.data, dict) else {}
    items = data.get("sources") or []
    if not isinstance(items, list):
        raise ContentError(doc.diag("sources: expected a list", "sources"))
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not DOCUMENT_SLUG.match(str(item.get("document", ""))):
            raise ContentError(doc.diag(f"sources[{i}]: expected a mapping with a document slug", "sources", i))
        out.append(SourceRecord(
            document=str(item["document"]), title=str(item.get("title") or item["document"]),
            byline=item.get("byline"), date=item.get("date"), sha256=str(item.get("sha256") or ""),
            path=str(item.get("path") or ""),
        ))
    return out


# --- writing --------------------------------------------------------------------------


def fact_to_mapping(fact: Fact) -> dict[str, Any]:
    """Field order is part of the contract: people read these files."""
    out: dict[str, Any] = {
        "id": fact.id,
        "kind": fact.kind,
        "statement": fact.statement,
        "value": fact.value,
        "unit": fact.unit,
        "subject": fact.subject,
        "year": fact.year,
        "entities": list(fact.entities),
        "source": {
            "document": fact.source.document,
            "quote": fact.source.quote,
            "start": fact.source.start,
            "end": fact.source.end,
        },
        "reviewed": fact.reviewed,
    }
    if fact.qualifier:
        out["qualifier"] = fact.qualifier
    if fact.cues:
        out["cues"] = list(fact.cues)
    return out


def dump_sheet(sheet: FactSheet, rejected: Iterable[str] = ()) -> str:
    data: dict[str, Any] = {"theme": sheet.theme, "title": sheet.title}
    data["facts"] = [fact_to_mapping(f) for f in sheet.facts]
    rejected = sorted(set(rejected))
    if rejected:
        data["rejected"] = rejected
    return _header() + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def dump_sources(records: Iterable[SourceRecord]) -> str:
    items = [
        {"document": r.document, "title": r.title, "byline": r.byline, "date": r.date,
         "sha256": r.sha256, "path": r.path}
        for r in sorted(records, key=lambda r: r.document)
    ]
    return ("# Source documents, written by `factsheets extract`.\n"
            + yaml.safe_dump({"sources": items}, sort_keys=False, allow_unicode=True, width=100))


def _header() -> str:
    return (f"# yaml-language-server: $schema={SCHEMA_URL}\n"
            "# Fact sheet: edit freely; `factsheets extract` keeps reviewed and edited facts.\n")
