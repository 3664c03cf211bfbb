"""The only module that reads or writes content YAML: load, validate, merge, dump.

Content files are the reviewed source of truth. Loading is fast (PyYAML's C loader where
present) and keeps each node's position so every problem can be reported as
``path:line:col: message``.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import Any, cast, overload

import yaml
from ruamel.yaml import YAML
from ruamel.yaml import nodes as ruamel_nodes
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError as RuamelError
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarfloat import ScalarFloat
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from .errors import ContentError, Diagnostic
from .files import CACHE_DIR, DigestStore
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
    text: str | None = None
    """With ``node`` None (data from the SheetStore): the text, composed into nodes only
    when a position is asked for, which only a problem does."""
    _composed: list[yaml.Node | None] = dataclass_field(default_factory=list, compare=False, repr=False)
    keys_once: bool = False
    """True for text the fast writer wrote from ``data`` itself: no mapping in it holds a key
    twice, and duplicate_keys need not compose the text to tell."""

    def root(self) -> yaml.Node | None:
        if self.node is not None or self.text is None:
            return self.node
        if not self._composed:
            try:
                self._composed.append(_compose(self.text)[0])
            except yaml.YAMLError:  # it parsed when it was stored; positions are then 1:1
                self._composed.append(None)
        return self._composed[0]

    def where(self, *keys: str | int) -> tuple[int, int]:
        node = self.root()
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
                return v  # type: ignore[no-any-return]
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        return node.value[key]  # type: ignore[no-any-return]
    return None


class ContentCache:
    """Content files already parsed in this process, by path and exact bytes.

    A long-lived process (``serve``) keeps one across rebuilds, so only the file a person
    saved is parsed again; one build shares one between check and load. Entries are only
    returned for byte-identical files, so a stale answer is impossible. What it hands out is
    shared: callers must not change a Located's data.
    """

    def __init__(self, keep_documents: bool = True, store: SheetStore | None = None) -> None:
        self._entries: dict[tuple[str, str, str], tuple[bytes, Any]] = {}
        self.keep_documents = keep_documents
        """False: a sheet is kept without its Located (the node tree is most of a file's
        memory), which is all a second reader that only renders (load_site) needs."""
        self.store = store
        """Sheets parsed by earlier runs, on disk; read_sheet looks there before parsing."""

    def get(self, kind: str, path: Path, name: str, raw: bytes) -> Any:
        entry = self._entries.get((kind, str(path), name))
        return entry[1] if entry is not None and entry[0] == raw else None

    def put(self, kind: str, path: Path, name: str, raw: bytes, value: Any) -> None:
        if isinstance(value, SheetFile) and not self.keep_documents:
            value = replace(value, doc=None)
        self._entries[(kind, str(path), name)] = (raw, value)


def _read(path: Path, name: str) -> bytes:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ContentError(Diagnostic(name, 1, 1, f"cannot read: {e.strerror}")) from e
    if len(raw) > MAX_YAML_BYTES:
        raise ContentError(Diagnostic(name, 1, 1, f"file is {len(raw)} bytes; the limit is {MAX_YAML_BYTES}"))
    return raw


def load_yaml(path: Path, display: str | None = None, cache: ContentCache | None = None) -> Located:
    """Load one YAML file safely: no Python tags, no aliases (alias bombs), a size limit."""
    name = display or str(path)
    raw = _read(path, name)
    doc: Located | None = cache.get("yaml", path, name, raw) if cache is not None else None
    if doc is None:
        doc = parse_yaml(raw, name)
        if cache is not None:
            cache.put("yaml", path, name, raw, doc)
    return doc


def parse_yaml(raw: bytes, name: str) -> Located:
    """The bytes of a YAML file as a Located, with load_yaml's safety rules and messages."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        col = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        raise ContentError(Diagnostic(name, line, col, f"not UTF-8 (byte offset {e.start}); save it as UTF-8")) from e
    # An alias is spelled with `*`: without one the text cannot hold an alias and the event
    # scan (a whole extra parse) is skipped. The order of the checks matters for the message
    # of a broken file, so on any error the scan runs first, as it always did.
    scanned = "*" in text
    try:
        if scanned:
            _refuse_aliases(text, name)
        try:
            node, data = _compose(text)
        except yaml.YAMLError:
            if not scanned:
                _refuse_aliases(text, name)
            raise
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


def _refuse_aliases(text: str, name: str) -> None:
    # Aliases are refused before anything is built: content never needs them and a
    # "billion laughs" document would otherwise expand in memory.
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            m = event.start_mark
            line, col = (m.line + 1, m.column + 1) if m else (1, 1)
            raise ContentError(Diagnostic(name, line, col, "YAML aliases (*name) are not allowed in content files"))


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside: building a big tree of new objects (a content
    file holds hundreds of thousands of nodes) otherwise sets off full collections over
    everything alive, again and again, and parsing grows quadratic with the content. What
    runs inside must not make reference cycles it drops (trees and strings are fine)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _compose(text: str) -> tuple[yaml.Node | None, Any]:
    with paused_gc():
        return _compose_tree(text)


_SCALAR_TAGS: dict[str, str] = {}
"""A short plain scalar -> the tag the loader's implicit resolvers give it (they depend on the
value alone). Content repeats its keys and many values: each is resolved by regex once."""
_MAX_SCALAR_TAGS = 4096  # bounded: memory stays flat
_SHORT_SCALAR = 40  # longer plain values (statements, quotes) rarely repeat


_base_resolve = cast("Callable[[Any, Any, Any, tuple[bool, bool]], str]", yaml.resolver.BaseResolver.resolve)
assert _Loader.resolve is yaml.resolver.BaseResolver.resolve, "_ComposeLoader answers as BaseResolver.resolve"


class _ComposeLoader(_Loader):
    """The loader whose ``resolve`` (called by the composer for every node, several hundred
    thousand times for a big content file) answers a scalar as PyYAML's BaseResolver.resolve
    does, the same tag for the same value, without its work each time. Path resolvers (none
    in the safe loaders) would make the tag depend on the node's place: then it defers."""

    def resolve(self, kind: Any, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is not yaml.ScalarNode or self.yaml_path_resolvers:
            return _base_resolve(self, kind, value, implicit)
        if not implicit[0]:
            return str(self.DEFAULT_SCALAR_TAG)  # quoted: a string
        if len(value) > _SHORT_SCALAR:
            return _base_resolve(self, kind, value, implicit)
        tag = _SCALAR_TAGS.get(value)
        if tag is None:
            if len(_SCALAR_TAGS) >= _MAX_SCALAR_TAGS:
                _SCALAR_TAGS.clear()
            tag = _SCALAR_TAGS[value] = _base_resolve(self, kind, value, implicit)
        return tag


def _compose_tree(text: str) -> tuple[yaml.Node | None, Any]:
    loader = _ComposeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        try:
            return node, _construct(node, loader)
        except _Foreign:
            return node, loader.construct_document(node)
    finally:
        loader.dispose()


class _Foreign(Exception):
    """A node _construct leaves to PyYAML's own constructor (and its error messages)."""


_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_SCALAR_CONSTRUCTORS: dict[str, Any] = {
    tag: yaml.constructor.SafeConstructor.yaml_constructors[tag]
    for tag in ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                "tag:yaml.org,2002:float")
}


def _construct(root: yaml.Node, loader: Any) -> Any:
    """The data of a node tree, as SafeConstructor would build it, several times faster.

    Covers what content is made of (mappings with scalar keys, lists, strings, numbers,
    booleans, null); anything else (timestamps, merge keys, sets, other tags) raises _Foreign
    and the whole document goes to PyYAML's constructor instead. Iterative, so deep nesting
    costs no recursion.
    """

    def scalar(node: yaml.Node) -> Any:
        if node.tag == _STR_TAG:
            return node.value
        make = _SCALAR_CONSTRUCTORS.get(node.tag)
        if make is None or type(node) is not yaml.ScalarNode:
            raise _Foreign
        return make(loader, node)

    def container(node: yaml.Node) -> Any:
        if type(node) is yaml.MappingNode and node.tag == _MAP_TAG:
            return {}
        if type(node) is yaml.SequenceNode and node.tag == _SEQ_TAG:
            return []
        raise _Foreign

    if type(root) is yaml.ScalarNode:
        return scalar(root)
    data = container(root)
    stack: list[tuple[yaml.Node, Any]] = [(root, data)]
    while stack:
        node, target = stack.pop()
        if type(target) is dict:
            for key_node, value_node in node.value:
                if type(key_node) is not yaml.ScalarNode:
                    raise _Foreign  # PyYAML reports an unhashable key
                key = scalar(key_node)
                if type(value_node) is yaml.ScalarNode:
                    target[key] = scalar(value_node)
                else:
                    target[key] = child = container(value_node)
                    stack.append((value_node, child))
        else:
            for item in node.value:
                if type(item) is yaml.ScalarNode:
                    target.append(scalar(item))
                else:
                    child = container(item)
                    target.append(child)
                    stack.append((item, child))
    return data


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


def duplicate_keys(doc: Located) -> list[Diagnostic]:
    """Keys given twice in one mapping: YAML loaders keep the last silently, a person's edit
    to the first would be lost without a word."""
    out: list[Diagnostic] = []
    if doc.keys_once:
        return out
    root = doc.root()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in node.value:
                name = getattr(key, "value", None)
                if isinstance(name, str) and name in seen:
                    out.append(Diagnostic(doc.path, key.start_mark.line + 1, key.start_mark.column + 1,
                                          f"key {name!r} given twice in this mapping (first on line "
                                          f"{seen[name]}); the first would be ignored"))
                elif isinstance(name, str):
                    seen[name] = key.start_mark.line + 1
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return out


def theme_problems(doc: Located, file_stem: str) -> list[Diagnostic]:
    """Theme is a slug and names its file: it becomes a folder of the site."""
    theme = doc.data.get("theme") if isinstance(doc.data, dict) else None
    if not isinstance(theme, str) or not SLUG.match(theme):
        return [doc.diag(f"theme: expected a slug (a-z, 0-9, -), got {theme!r}", "theme")]
    if theme != file_stem:
        return [doc.diag(f"theme: {theme!r} does not match the file name {file_stem!r}", "theme")]
    return []


def validate_sheet(doc: Located, file_stem: str) -> list[Diagnostic]:
    """The contract's shape: fields, types, slugs. Cross-file checks live in check.py.

    Mirrors schema.SHEET_SCHEMA and is at least as strict everywhere (a float year or offset
    passes the schema, not this), so a file this passes has no schema errors: check.py runs
    jsonschema only on a file this refuses, for the schema's own messages. Tests keep the two
    in step."""
    data = doc.data
    if not isinstance(data, dict):
        return [doc.diag("expected a mapping with theme, title and facts")]
    out = duplicate_keys(doc) + theme_problems(doc, file_stem)
    if not isinstance(data.get("title"), str):
        out.append(doc.diag("title: expected a string", "title"))
    facts = data.get("facts")
    if not isinstance(facts, list):
        out.append(doc.diag("facts: expected a list", "facts"))
        return out
    for i, item in enumerate(facts):
        out.extend(_validate_fact(doc, i, item))
    rejected = data.get("rejected", [])
    if not isinstance(rejected, list) or not all(isinstance(r, str) and SLUG.match(r) for r in rejected):
        out.append(doc.diag("rejected: expected a list of fact ids", "rejected"))
    if "description" in data and not isinstance(data["description"], str):
        out.append(doc.diag("description: expected a string", "description"))
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
    if "statement" in item and not (isinstance(item["statement"], str) and item["statement"]):
        bad("statement", "a sentence")
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
    cues = item.get("cues", [])
    if not isinstance(cues, list) or not all(isinstance(c, str) for c in cues):
        bad("cues", "a list of words")
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


@dataclass(frozen=True, slots=True)
class SheetFile:
    """One content file, parsed and checked for shape: what check and render need of it."""

    doc: Located | None
    """None when it came from a cache that does not keep documents."""
    sheet: FactSheet
    """Without facts when the file has problems."""
    rejected: tuple[str, ...]
    problems: tuple[Diagnostic, ...]
    """From validate_sheet: the file's shape, nothing across files."""


class SheetStore:
    """The data of content sheets that parsed and validated clean, kept between runs in
    `.cache/factsheets/sheets.json`: a build after an extract, or the next build, reads JSON
    instead of parsing megabytes of YAML again (PyYAML builds a node per scalar). Extract puts
    the sheets it writes, from the parse that checked each text reads back.

    An entry is keyed by the file's exact bytes and name, and the whole store by this
    module's code and PyYAML's version, so it can only ever hand back what parsing those bytes
    gives. Positions for messages are composed from the text when a problem asks for one.
    Only JSON-exact data is stored (string keys, finite numbers; no dates); the rest is parsed
    every time. Safe to delete.
    """

    FILE = CACHE_DIR / "sheets.json"

    def __init__(self, root: Path) -> None:
        self.store = DigestStore(root / self.FILE, _store_digest())

    @staticmethod
    def _key(raw: bytes, stem: str) -> str:
        return f"{stem}\0{hashlib.sha256(raw).hexdigest()}"

    def get(self, raw: bytes, stem: str) -> Any:
        return self.store.get(self._key(raw, stem))

    def put(self, raw: bytes, stem: str, data: Any) -> None:
        if _json_exact(data):
            self.store.put(self._key(raw, stem), data)

    def save(self) -> None:
        """Keep what this run read or parsed; entries of changed or removed files go."""
        self.store.save()


def _store_digest() -> str:
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{yaml.__version__} {_Loader.__name__}\0".encode())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()


def _json_exact(value: Any) -> bool:
    """True when JSON gives back exactly ``value`` (types included)."""
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is dict:
            if not all(type(k) is str for k in item):
                return False
            stack.extend(item.values())
        elif kind is list:
            stack.extend(item)
        elif kind is float:
            if not math.isfinite(item):
                return False
        elif kind not in (str, int, bool) and item is not None:
            return False
    return True


def read_sheet(path: Path, display: str | None = None, cache: ContentCache | None = None) -> SheetFile:
    """Load and validate one sheet; with a cache, a file seen before is not parsed again."""
    name = display or str(path)
    raw = _read(path, name)
    hit: SheetFile | None = cache.get("sheet", path, name, raw) if cache is not None else None
    if hit is not None:
        return hit
    store = cache.store if cache is not None else None
    stored = store.get(raw, path.stem) if store is not None else None
    if stored is not None:  # these bytes parsed and validated clean before
        doc = Located(name, stored, None, raw.decode("utf-8-sig"))
        problems: list[Diagnostic] = []
    else:
        doc = parse_yaml(raw, name)
        problems = validate_sheet(doc, path.stem)
        if store is not None and not problems:
            store.put(raw, path.stem, doc.data)
    data = doc.data if isinstance(doc.data, dict) else {}
    theme = str(data.get("theme") or path.stem)
    facts: list[Fact] = []
    if not problems:
        facts = [fact_from_mapping(item, theme) for item in data.get("facts", [])]
    sheet = FactSheet(theme=theme, title=str(data.get("title") or theme), facts=tuple(facts),
                      description=str(data.get("description") or ""))
    loaded = SheetFile(doc, sheet, tuple(data.get("rejected") or ()), tuple(problems))
    if cache is not None:
        cache.put("sheet", path, name, raw, loaded)
    return loaded


def load_sheet(path: Path, display: str | None = None) -> tuple[FactSheet, list[str], list[Diagnostic]]:
    """Load and validate one sheet. Returns the sheet, its rejected ids, and any problems."""
    loaded = read_sheet(path, display)
    return loaded.sheet, list(loaded.rejected), list(loaded.problems)


def sheet_paths(content_dir: Path) -> list[Path]:
    if not content_dir.is_dir():
        return []
    return sorted(p for p in content_dir.glob("*.yml") if p.name not in NON_SHEET_FILES)


def read_source_items(path: Path, display: str | None = None,
                      cache: ContentCache | None = None) -> tuple[list[dict[str, Any]], list[Diagnostic]]:
    """The records of content/sources.yml as loaded (unknown keys included), and every
    problem of the file's shape. A missing file has no records."""
    if not path.exists():
        return [], []
    doc = load_yaml(path, display, cache)
    data = doc.data
    if data is None:
        return [], []
    if not isinstance(data, dict):
        return [], [doc.diag("expected a mapping with a `sources:` list")]
    problems = duplicate_keys(doc)
    items = data.get("sources")
    if items is None:
        return [], problems
    if not isinstance(items, list):
        return [], [*problems, doc.diag(f"sources: expected a list of source records, got {items!r}", "sources")]
    out: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        at = ("sources", i)
        if not isinstance(item, dict):
            problems.append(doc.diag(f"sources[{i}]: expected a mapping with document, title, byline, date, "
                                     f"sha256, path, got {item!r}", *at))
            continue
        name = item.get("document")
        if not (isinstance(name, str) and DOCUMENT_SLUG.match(name)):
            problems.append(doc.diag(f"sources[{i}].document: expected a source file stem, got {name!r}",
                                     *at, "document"))
            continue
        if name in seen:
            problems.append(doc.diag(f"sources[{i}].document: {name!r} is already listed on line {seen[name]}; "
                                     "keep one record per source", *at, "document"))
            continue
        seen[name] = doc.where(*at, "document")[0]
        bad = False
        for key in ("title", "byline", "date", "sha256", "path"):
            value = item.get(key)
            if value is None or isinstance(value, str) or (key == "date" and isinstance(value, dt.date)):
                continue
            expected = "a date (YYYY-MM-DD), a string or null" if key == "date" else "a string or null"
            problems.append(doc.diag(f"sources[{i}].{key}: expected {expected}, got {value!r}", *at, key))
            bad = True
        if not bad:
            out.append(item)
    return out, problems


def source_from_mapping(item: dict[str, Any]) -> SourceRecord:
    """Build a SourceRecord from a mapping read_source_items passed."""
    date = item.get("date")
    return SourceRecord(
        document=str(item["document"]), title=str(item.get("title") or item["document"]),
        byline=item.get("byline"), date=date.isoformat() if isinstance(date, dt.date) else date,
        sha256=str(item.get("sha256") or ""), path=str(item.get("path") or ""),
    )


def source_to_mapping(record: SourceRecord) -> dict[str, Any]:
    """Field order is part of the contract: people read this file."""
    return {"document": record.document, "title": record.title, "byline": record.byline, "date": record.date,
            "sha256": record.sha256, "path": record.path}


def load_sources(path: Path, display: str | None = None, cache: ContentCache | None = None) -> list[SourceRecord]:
    """The records of content/sources.yml; ContentError with every problem of its shape."""
    items, problems = read_source_items(path, display, cache)
    if problems:
        raise ContentError(problems)
    return [source_from_mapping(item) for item in items]


# --- writing --------------------------------------------------------------------------
#
# Why ruamel.yaml on the write path (and only there): content files are edited by people,
# and PyYAML drops every comment and re-flows the whole file on each dump, so a person's notes
# and layout would vanish at the next `factsheets extract`. ruamel.yaml's round-trip mode
# loads the file as CommentedMaps, lets us change only the facts that changed, and writes
# everything else back as it was. It is pure Python and several times slower, so readers
# (check, render, merge input) keep the PyYAML C loader above. The two speak different YAML
# dialects (1.2 vs 1.1: `yes`, `on`, `12:30`, `1e+16`), so every string and float we write is
# quoted or spelled the way PyYAML reads it, and the finished text is read back with PyYAML
# and compared before it is returned; if it does not match, a plain PyYAML dump is used.

_HEADER_LINE = f"# yaml-language-server: $schema={SCHEMA_URL}"
_RESOLVER = yaml.resolver.Resolver()
# Characters YAML treats as line breaks or cannot hold in a plain scalar: force an escaped form.
_NEEDS_ESCAPE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
_OPTIONAL_FIELDS = ("qualifier", "cues")
"""Fields the tool writes only when set; dropped from a fact when the new reading has none."""


class _Representer(RoundTripRepresenter):
    """Round-trip representer whose floats and nulls read back the same under YAML 1.1."""

    def represent_none(self, data: None) -> Any:
        # ruamel writes `key:` with nothing after it; `null` says the field is known to be empty.
        return self.represent_scalar("tag:yaml.org,2002:null", "null")


def _represent_float(representer: RoundTripRepresenter, data: float) -> Any:
    # PyYAML's spelling: 1e+16 becomes 1.0e+16, which YAML 1.1 resolves as a float.
    text = yaml.SafeDumper.represent_float(yaml.SafeDumper(io.StringIO()), data).value
    return representer.represent_scalar("tag:yaml.org,2002:float", text)


_Representer.add_representer(float, _represent_float)
# ruamel re-formats the floats it loaded and can change the last digit; repr() is exact.
_Representer.add_representer(ScalarFloat, _represent_float)
_Representer.add_representer(type(None), _Representer.represent_none)


def _ruamel(offset: int = 0) -> YAML:
    rt = YAML(typ="rt")
    rt.Representer = _Representer
    # No folding: one value per line, so a changed fact shows as changed lines in a diff
    # instead of a re-flowed paragraph (and ruamel's folding leaves trailing spaces).
    rt.width = 1_000_000
    rt.preserve_quotes = True
    rt.indent(mapping=2, sequence=offset + 2, offset=offset)
    return rt


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
    if fact.qualifier is not None:
        out["qualifier"] = fact.qualifier
    if fact.cues:
        out["cues"] = list(fact.cues)
    return out


def _node(value: Any) -> Any:
    """A plain value as ruamel should write it so that PyYAML reads back the same value."""
    if isinstance(value, str):
        tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
        misread = tag != "tag:yaml.org,2002:str"
        return DoubleQuotedScalarString(value) if misread or _NEEDS_ESCAPE.search(value) else value
    if isinstance(value, dict):
        return CommentedMap((k, _node(v)) for k, v in value.items())
    if isinstance(value, list | tuple):
        return CommentedSeq(_node(v) for v in value)
    return value


def _same(old: Any, new: Any) -> bool:
    # Strict on types: 1 and 1.0, or True and 1, are different values in a fact.
    return json.dumps(old, sort_keys=True, default=str) == json.dumps(new, sort_keys=True, default=str)


def _update_map(target: CommentedMap, old: Any, new: dict[str, Any],
                optional: tuple[str, ...] = _OPTIONAL_FIELDS) -> None:
    """Set only the keys whose value changed, so comments and unknown keys stay put; drop the
    ``optional`` keys ``new`` has not."""
    old = old if isinstance(old, dict) else {}
    keys = list(new)
    for pos, key in enumerate(keys):
        value = new[key]
        if key not in target:
            # After the previous contract key, so the file keeps the order people read.
            here = list(target)
            at = next((here.index(k) + 1 for k in reversed(keys[:pos]) if k in target), len(target))
            target.insert(at, key, _node(value))
        elif isinstance(value, dict) and isinstance(target[key], CommentedMap):
            _update_map(target[key], old.get(key), value, optional)
        elif not _same(old.get(key), value):
            target[key] = _node(value)
    for key in optional:
        if key in target and key not in new:
            del target[key]


def _update_text(previous: str, sheet: FactSheet, rejected: list[str]) -> str | None:
    """Apply ``sheet`` to the file text ``previous`` in place; None when its shape is foreign."""
    match = re.search(r"^facts:[ \t]*\n(?:[ \t]*(?:#.*)?\n)*([ \t]*)- ", previous, re.M)
    rt = _ruamel(len(match.group(1)) if match else 0)
    try:
        root = rt.load(previous)
        plain = yaml.load(previous, Loader=_Loader)  # values as every reader sees them
    except (RuamelError, yaml.YAMLError):
        return None
    if not isinstance(root, CommentedMap) or not isinstance(plain, dict):
        return None
    seq, plain_facts = root.get("facts"), plain.get("facts")
    if not isinstance(seq, CommentedSeq) or not isinstance(plain_facts, list) or len(seq) != len(plain_facts):
        return None
    for key, value in (("theme", sheet.theme), ("title", sheet.title), ("description", sheet.description)):
        if value and not _same(plain.get(key), value):
            root[key] = _node(value)

    slots: dict[str, list[int]] = {}
    for i, item in enumerate(plain_facts):
        if isinstance(item, dict) and isinstance(seq[i], CommentedMap):
            slots.setdefault(str(item.get("id")), []).append(i)
    order: list[int] = []
    added: list[CommentedMap] = []
    for fact in sheet.facts:
        free = slots.get(fact.id)
        if free:
            i = free.pop(0)
            _update_map(seq[i], plain_facts[i], fact_to_mapping(fact))
            order.append(i)
        else:
            added.append(_node(fact_to_mapping(fact)))
    if order != sorted(order):
        # Merge keeps the file's order, so this is rare; comments inside facts still travel.
        kept = [seq[i] for i in order]
        seq.clear()
        seq.ca.items.clear()
        seq.extend(kept)
    else:
        # From the end, so earlier indexes (and the comments ruamel files under them) hold.
        for i in sorted(set(range(len(seq))) - set(order), reverse=True):
            del seq[i]
    seq.extend(added)

    if (rejected or "rejected" in root) and sorted(plain.get("rejected") or []) != rejected:
        root["rejected"] = _node(rejected)
    out = io.StringIO()
    rt.dump(root, out)
    text = out.getvalue()
    return text if text.startswith(_HEADER_LINE) else _HEADER_LINE + "\n" + text


def _fresh_text(sheet: FactSheet, rejected: list[str]) -> str:
    """A new file for ``sheet``: the fast writer, or ruamel where the fast one steps aside."""
    text = _FastWriter().sheet(sheet, rejected)
    return text if text is not None else _ruamel_fresh_text(sheet, rejected)


def _ruamel_fresh_text(sheet: FactSheet, rejected: list[str]) -> str:
    root = CommentedMap([("theme", sheet.theme), ("title", _node(sheet.title))])
    if sheet.description:
        root["description"] = _node(sheet.description)
    root["facts"] = CommentedSeq(_node(fact_to_mapping(f)) for f in sheet.facts)
    if rejected:
        root["rejected"] = _node(rejected)
    out = io.StringIO()
    _ruamel().dump(root, out)
    return _header() + out.getvalue()


# The fast writer writes the very bytes _ruamel_fresh_text does (tests compare the two), in a
# fraction of the time: the layout is fixed, and each distinct scalar is spelled once, either
# by the rules below (text ruamel would analyse the same way) or by ruamel itself.
_SIMPLE_TEXT = re.compile("[A-Za-z][ -~\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
"""Starts with a letter, printable to ruamel's emitter, no tab or line break: never resolved
as anything but a string by either YAML version unless PyYAML misreads it (checked apart)."""
_LONGEST_SIMPLE = 100_000
"""Far below ruamel's line width, so ruamel never breaks such a scalar across lines."""


_PRINTABLE_TEXT = re.compile("[!-~\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd](?:[ -~\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd]*"
                             "[!-~\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd])?")
"""Printable to ruamel's emitter, no tab or line break, no space first or last: ruamel's
analysis of such text comes down to _BLOCK_INDICATOR and its resolver (see _other_text)."""
_BLOCK_INDICATOR = re.compile(r"\A(?:---|\.\.\.|[#,\[\]{}&*!|>'\"%@`]|[?:-](?: |\Z))|: |:\Z| #")
"""What makes ruamel's analyze_scalar forbid a plain scalar in block context, for such text."""
_RUAMEL_STR = "tag:yaml.org,2002:str"
_DIGIT_WORD = re.compile(r"[0-9][0-9a-z_]{0,200}")
_RADIX = ("0x", "0o", "0b")
_NOT_EXPONENT = re.compile("[a-df-z]")
_FLOAT_DUMPER = yaml.SafeDumper(io.StringIO())
_PLAIN_DECIMAL = re.compile(r"-?[0-9]+\.[0-9]+")


class _NotSimple(Exception):
    pass


def _quoted(value: str) -> str:
    """ruamel's quoted spelling of one-line printable text: double quotes if it holds a `'`,
    else single."""
    if "'" in value:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return "'" + value + "'"


class _FastWriter:
    _rt: YAML | None = None
    _resolver: Any = None

    def __init__(self) -> None:
        self._spelled: dict[tuple[type, str, bool], str] = {}
        """Scalar -> its spelling in block context (units, entities and cues repeat a lot)."""
        self._texts: dict[str, str] = {}
        """The same for text (type str exactly), by the text itself."""
        self._unproven: list[tuple[Any, str]] = []
        """Values spelled by ruamel, with their spelling: what reads_back checks."""
        self.facts: list[dict[str, Any]] = []
        """The mappings of the facts the last ``sheet`` call wrote, in order."""

    def sheet(self, sheet: FactSheet, rejected: list[str]) -> str | None:
        self.facts = []
        lines = [_header().rstrip("\n"), "theme: " + self.scalar(sheet.theme, raw=True),
                 "title: " + self.scalar(sheet.title)]
        try:
            if sheet.description:
                lines.append("description: " + self.scalar(sheet.description))
            if not sheet.facts:
                lines.append("facts: []")
            else:
                lines.append("facts:")
                self.facts = [fact_to_mapping(fact) for fact in sheet.facts]
                for item in self.facts:
                    self.mapping(item, "", "- ", lines)
            if rejected:
                lines.append("rejected:")
                lines.extend("- " + self.scalar(r) for r in rejected)
        except _NotSimple:
            return None
        return "\n".join(lines) + "\n"

    def mapping(self, data: dict[str, Any], indent: str, first: str, lines: list[str]) -> None:
        lead = indent + first
        inner = indent + " " * len(first)
        scalar, append = self.scalar, lines.append
        for key, value in data.items():
            if type(value) is str:  # most values: the test below in short
                append(f"{lead}{key}: {scalar(value)}")
            elif isinstance(value, dict):
                lines.append(f"{lead}{key}:")
                self.mapping(value, inner + "  ", "", lines)
            elif isinstance(value, list):
                if value:
                    lines.append(f"{lead}{key}:")
                    lines.extend(f"{inner}- {self.scalar(v)}" for v in value)
                else:
                    lines.append(f"{lead}{key}: []")
            else:
                lines.append(f"{lead}{key}: {self.scalar(value)}")
            lead = inner

    def scalar(self, value: Any, raw: bool = False) -> str:
        kind = type(value)
        if not raw:  # _spell's answers for the common types, without a key built from repr()
            if kind is str:
                spelled = self._texts.get(value)
                if spelled is None:
                    spelled = self._texts[value] = self._spell(value, raw)
                return spelled
            if value is None:
                return "null"
            if kind is bool:
                return "true" if value else "false"
            if kind is int:
                return str(value)
        key = (kind, repr(value), raw)
        spelled = self._spelled.get(key)
        if spelled is None:
            spelled = self._spelled[key] = self._spell(value, raw)
        return spelled

    def _spell(self, value: Any, raw: bool) -> str:
        if value is None:
            return "null"
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int) and not raw:
            return str(value)
        if (isinstance(value, str) and not raw and _DIGIT_WORD.fullmatch(value) and value[:2] not in _RADIX
                and _NOT_EXPONENT.search(value) and type(_node(value)) is str):
            # A file name or hash such as 000_dc7f or 2761f4: a letter other than e rules out
            # every number, date and word either YAML version reads, so it is written plain.
            return value
        if type(value) is float and not raw:
            # PyYAML's spelling (what _represent_float writes); a plain decimal is a float to
            # both YAML versions, so ruamel writes it as it is. Exponents and the rest: ruamel.
            text = _FLOAT_DUMPER.represent_float(value).value
            if _PLAIN_DECIMAL.fullmatch(text):
                return str(text)
        if (isinstance(value, str) and not raw and len(value) < _LONGEST_SIMPLE and _SIMPLE_TEXT.fullmatch(value)
                and not value.endswith(" ") and type(_node(value)) is str):
            # ruamel's choose_scalar_style for such text: plain unless `: `, ` #` or a final
            # `:` make it an indicator; then double quotes if it holds a `'`, else single.
            if ": " not in value and " #" not in value and not value.endswith(":"):
                return value
            return _quoted(value)
        if (isinstance(value, str) and not raw and len(value) < _LONGEST_SIMPLE and _PRINTABLE_TEXT.fullmatch(value)
                and type(_node(value)) is str):
            spelled = self._other_text(value)
            self._unproven.append((value, spelled))  # checked by reads_back, as ruamel's spellings are
            return spelled
        return self._ruamel_spelling(value, raw)

    def _other_text(self, value: str) -> str:
        """ruamel's spelling of text _PRINTABLE_TEXT matches and PyYAML reads plain as a string
        (most often a statement or quote that opens with a figure or a quotation mark), as its
        emitter chooses it (choose_scalar_style, analyze_scalar): plain when its own resolver
        (YAML 1.2: 1e3 is a float there) reads it as a string and no indicator forbids it; else
        double quotes if it holds a `'`, else single. tests/test_sheets.py compares the two."""
        if _FastWriter._resolver is None:
            _FastWriter._resolver = _ruamel().resolver
        if not _BLOCK_INDICATOR.search(value) and _FastWriter._resolver.resolve(
                ruamel_nodes.ScalarNode, value, (True, False)) == _RUAMEL_STR:
            return value
        return _quoted(value)

    def _ruamel_spelling(self, value: Any, raw: bool) -> str:
        if _FastWriter._rt is None:
            _FastWriter._rt = _ruamel()
        out = io.StringIO()
        _FastWriter._rt.dump(CommentedMap([("k", value if raw else _node(value))]), out)
        text = out.getvalue()
        if not text.startswith("k: ") or not text.endswith("\n") or "\n" in text[:-1]:
            raise _NotSimple  # spelled over several lines: context matters, leave it to ruamel
        self._unproven.append((value, text[3:-1]))
        return text[3:-1]

    def reads_back(self) -> bool:
        """True when every scalar this writer spelled reads back with PyYAML as exactly its
        value, type included. The rules of _spell prove it for what they spell (null, booleans,
        ints, plain decimals, and text PyYAML's resolver reads as a string, plain or quoted
        without escapes); what ruamel spelled is parsed here, all of it in one small document.
        With the fixed layout of ``sheet`` and ``mapping`` (tests compare it with ruamel's and
        read it back), that is what reading the whole text back would tell."""
        if not self._unproven:
            return True
        text = "".join(f"- {spelling}\n" for _, spelling in self._unproven)
        try:
            with paused_gc():
                read = yaml.load(text, Loader=_Loader)
        except yaml.YAMLError:
            return False
        return (isinstance(read, list) and len(read) == len(self._unproven)
                and all(type(r) is type(v) and r == v for r, (v, _) in zip(read, self._unproven, strict=True)))

    def written(self, text: str, sheet: FactSheet, rejected: list[str]) -> Located | None:
        """What read_sheet parses from ``text``, the last ``sheet`` call's output for
        ``sheet`` and ``rejected``, without parsing it (see reads_back); None when that is
        not shown, and the caller reads the text back."""
        if not self.reads_back():
            return None
        data: dict[str, Any] = {"theme": sheet.theme, "title": sheet.title}
        if sheet.description:
            data["description"] = sheet.description
        data["facts"] = self.facts
        if rejected:
            data["rejected"] = list(rejected)
        return Located(f"{sheet.theme}.yml", data, None, text, keys_once=True)


def _reads_back(text: str, sheet: FactSheet, rejected: list[str]) -> Located | None:
    """``text`` parsed as read_sheet parses it, when that reads as exactly ``sheet`` (the
    readers' view of the file); else None. The parse is kept so that extract can hand the
    data to the SheetStore and the next build need not parse the file again."""
    try:
        with paused_gc():
            doc = parse_yaml(text.encode("utf-8"), f"{sheet.theme}.yml")
    except ContentError:
        return None
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        return None
    if not (data.get("theme") == sheet.theme and data.get("title") == sheet.title
            and sorted(data.get("rejected") or []) == rejected):
        return None
    expected = [fact_to_mapping(f) for f in sheet.facts]  # a mapping has no theme: it is the file's
    if _same(data["facts"], expected):
        return doc  # the file holds exactly these mappings, so readers build exactly these facts
    # A file a person shaped may spell a fact otherwise (keys of their own, say): compare what
    # readers make of it.
    try:
        facts = [fact_from_mapping(item, sheet.theme) for item in data["facts"]]
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return doc if _same([fact_to_mapping(f) for f in facts], expected) else None


def _data_after(previous: str, header: str) -> Any:
    """The data of a file the fast writer may have written (it starts with ``header``), or
    None: a fast update needs the file as data only, its node tree is let go at once."""
    if not previous.startswith(header):
        return None
    try:
        return _compose(previous)[1]
    except yaml.YAMLError:
        return None


def _fast_update(previous: str, sheet: FactSheet, ids: list[str]) -> str | None:
    read = _fast_update_read(previous, sheet, ids)
    return read[0] if read is not None else None


def _fast_update_read(previous: str, sheet: FactSheet, ids: list[str]) -> tuple[str, Located] | None:
    """What _update_text writes, in a fraction of the time (0.5 s against 10 s for 2,000
    facts), when nothing in ``previous`` needs a round trip; None otherwise.

    Safe when ``previous`` is exactly what the fast writer writes for the data it holds: then
    it has no comments, unknown keys or layout of a person's for ruamel to keep, and ruamel,
    changing only what changed, writes what the fast writer writes for the new data. The cases
    where _update_text does something else are left to it: facts that would not stay in
    ``sheet`` order, ids given twice, an emptied ``rejected:`` list (it keeps ``[]``), a file
    without facts (its flow ``[]`` list), a description the file has not (added last).
    tests/test_sheets_fast_update.py checks the bytes
    against _update_text."""
    data = _data_after(previous, _header())
    if not isinstance(data, dict):
        return None
    theme, title, items = data.get("theme"), data.get("title"), data.get("facts")
    description, old_rejected = data.get("description", ""), data.get("rejected", [])
    if not (isinstance(theme, str) and isinstance(title, str) and isinstance(description, str)
            and isinstance(items, list) and items and isinstance(old_rejected, list)):
        return None
    if (old_rejected and not ids) or old_rejected != sorted(set(old_rejected)):
        return None
    if sheet.description and "description" not in data:
        return None  # _update_text adds it after the facts
    try:
        facts = tuple(fact_from_mapping(item, theme) for item in items)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    old_ids = {f.id for f in facts}
    new_ids = [f.id for f in sheet.facts]
    if len(old_ids) != len(facts) or len(set(new_ids)) != len(new_ids):
        return None
    kept = [fid in old_ids for fid in new_ids]
    if kept != sorted(kept, reverse=True):
        return None  # a new fact before a kept one: _update_text would append it at the end
    writer = _FastWriter()
    if writer.sheet(FactSheet(theme, title, facts, description), old_rejected) != previous:
        return None
    old_facts = {f.id: fact_to_mapping(f) for f in facts}
    if (_keeps_quotes(writer, {"theme": theme, "title": title, "description": description},
                      {"theme": sheet.theme, "title": sheet.title, "description": sheet.description})
            or any(_keeps_quotes(writer, old_facts[f.id], fact_to_mapping(f))
                   for f in sheet.facts if f.id in old_facts)):
        return None
    written = FactSheet(sheet.theme or theme, sheet.title or title, sheet.facts, sheet.description or description)
    text = writer.sheet(written, ids)
    if text is None:
        return None
    doc = writer.written(text, written, ids) if written.theme == sheet.theme and written.title == sheet.title else None
    if doc is None and (doc := _reads_back(text, sheet, ids)) is None:
        return None
    return text, doc


def _keeps_quotes(writer: _FastWriter, old: dict[str, Any], new: dict[str, Any]) -> bool:
    """True when ruamel would write a changed string in the quotes of the one it replaces
    (CommentedMap keeps a quoted scalar's style for a plain new string), where the fast writer
    may choose otherwise."""
    for key, value in new.items():
        before = old.get(key)
        if isinstance(value, dict) and isinstance(before, dict):
            if _keeps_quotes(writer, before, value):
                return True
        elif (isinstance(value, str) and value and isinstance(before, str) and value != before
              and writer.scalar(before)[:1] in ("'", '"') and type(_node(value)) is str):
            return True
    return False


def _description(text: str) -> object:
    data = yaml.load(text, Loader=_Loader)
    return data.get("description") if isinstance(data, dict) else None


def dumps_unchanged(previous: str, loaded: FactSheet, loaded_rejected: Iterable[str], sheet: FactSheet,
                    rejected: Iterable[str]) -> bool:
    """True when dump_sheet(sheet, rejected, previous) returns ``previous`` as it is, told
    without parsing it again: ``loaded`` and ``loaded_rejected`` are what read_sheet made of
    these very bytes. Stricter than dump_sheet's own test (Fact equality covers every field)."""
    return (previous.startswith(_HEADER_LINE) and not sheet.description and loaded.theme == sheet.theme
            and loaded.title == sheet.title and sorted(loaded_rejected) == sorted(set(rejected))
            and loaded.facts == sheet.facts)


def dump_sheet(sheet: FactSheet, rejected: Iterable[str] = (), previous: str | None = None) -> str:
    """The text of ``content/<theme>.yml`` for ``sheet``.

    With ``previous`` (the file as it is now), only what changed is rewritten: comments, key
    order, unknown keys and untouched facts are kept. Facts are written in ``sheet`` order.
    """
    return _dump_sheet(sheet, sorted(set(rejected)), previous)


def dump_sheet_read(sheet: FactSheet, rejected: Iterable[str] = (),
                    previous: str | None = None) -> tuple[str, Located | None]:
    """dump_sheet, with the text as read_sheet parses it (from the check that it reads back
    as ``sheet``), or None where no such parse was made."""
    return _dump_sheet_read(sheet, sorted(set(rejected)), previous)


def _dump_sheet(sheet: FactSheet, ids: list[str], previous: str | None, fast: bool = True) -> str:
    """dump_sheet; ``fast=False`` never takes _fast_update (the tests compare the two)."""
    return _dump_sheet_read(sheet, ids, previous, fast)[0]


def _dump_sheet_read(sheet: FactSheet, ids: list[str], previous: str | None,
                     fast: bool = True) -> tuple[str, Located | None]:
    # No cyclic collections while a sheet is written and read back: it makes thousands of
    # mappings, lists and strings (the facts as written, as read back, and as expected), and
    # with the whole extraction alive beside them each collection walks all of it (most of
    # the extract command's time on a megabyte of seeds). Only a ruamel round trip drops
    # cycles, collected once collections resume.
    with paused_gc():
        return _dump_sheet_read_unpaused(sheet, ids, previous, fast)


def _dump_sheet_read_unpaused(sheet: FactSheet, ids: list[str], previous: str | None,
                              fast: bool = True) -> tuple[str, Located | None]:
    if previous is not None and previous.strip():
        # The common re-extraction changes nothing: PyYAML's C loader tells in a fraction of
        # the time a ruamel round trip takes (0.35 s against 8 s for 2,000 facts).
        if previous.startswith(_HEADER_LINE) and (doc := _reads_back(previous, sheet, ids)) is not None and (
                not sheet.description or _description(previous) == sheet.description):
            return previous, doc
        if fast and (read := _fast_update_read(previous, sheet, ids)) is not None:
            return read
        text = _update_text(previous, sheet, ids)
        if text is not None and (doc := _reads_back(text, sheet, ids)) is not None:
            return text, doc
    writer = _FastWriter()
    quick = writer.sheet(sheet, ids)
    if quick is not None and (doc := writer.written(quick, sheet, ids)) is not None:
        return quick, doc  # what _fresh_text writes, shown to read back without parsing it
    text = quick if quick is not None else _ruamel_fresh_text(sheet, ids)
    if (doc := _reads_back(text, sheet, ids)) is not None:
        return text, doc
    # Last resort, never reached by the property tests: PyYAML's own dump reads back as written.
    data: dict[str, Any] = {"theme": sheet.theme, "title": sheet.title,
                            "facts": [fact_to_mapping(f) for f in sheet.facts]}
    if ids:
        data["rejected"] = ids
    return _header() + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100), None


SOURCES_HEADER = "# Source documents, written by `factsheets extract`.\n"


def dump_sources(records: Iterable[SourceRecord], previous: str | None = None) -> str:
    """The text of ``content/sources.yml`` for ``records`` (sorted by document)."""
    items = [source_to_mapping(r) for r in sorted(records, key=lambda r: r.document)]
    return dump_source_items(items, previous)


def dump_source_items(items: list[dict[str, Any]], previous: str | None = None) -> str:
    """The text of ``content/sources.yml`` holding exactly ``items``, in that order.

    With ``previous`` (the file as it is now), only values that changed are rewritten:
    comments, key order, the person's quoting and keys the tool does not know stay put.
    """
    return _dump_source_items(items, previous)


def _dump_source_items(items: list[dict[str, Any]], previous: str | None, fast: bool = True) -> str:
    """dump_source_items; ``fast=False`` never takes _fast_sources_update (tests compare)."""
    if previous is not None and previous.strip():
        if _sources_read_back(previous, items):
            return previous
        if fast and (text := _fast_sources_update(previous, items)) is not None:
            return text
        text = _update_sources_text(previous, items)
        if text is not None and _sources_read_back(text, items):
            return text
    text = _fresh_sources_text(items)
    if _sources_read_back(text, items):
        return text
    # Last resort, as for sheets: PyYAML's own dump reads back as written.
    return SOURCES_HEADER + yaml.safe_dump({"sources": items}, sort_keys=False, allow_unicode=True, width=100)


def _sources_read_back(text: str, items: list[dict[str, Any]]) -> bool:
    """True when PyYAML reads ``text`` as a sources file holding exactly ``items``."""
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError:
        return False
    return isinstance(data, dict) and _same(data.get("sources") or [], items)


def _fast_sources_update(previous: str, items: list[dict[str, Any]]) -> str | None:
    """What _update_sources_text writes, without a round trip, when ``previous`` is exactly what
    _fresh_sources_text writes for the records it holds (as for sheets: see _fast_update);
    None where the round trip may write otherwise. tests/test_merge_sources.py compares."""
    data = _data_after(previous, SOURCES_HEADER)
    old = data.get("sources") if isinstance(data, dict) and list(data) == ["sources"] else None
    if not isinstance(old, list) or not old or not all(isinstance(item, dict) for item in old):
        return None
    position = {str(item.get("document")): i for i, item in enumerate(old)}
    kept = [position[str(item.get("document"))] for item in items if str(item.get("document")) in position]
    if len(position) != len(old) or kept != list(range(len(old))):
        return None  # records given twice, dropped or reordered
    if _fresh_sources_text(old, fast_only=True) != previous:
        return None
    writer = _FastWriter()
    if any(_keeps_quotes(writer, old[position[str(item.get("document"))]], item)
           for item in items if str(item.get("document")) in position):
        return None
    text = _fresh_sources_text(items, fast_only=True)
    return text if text is not None and _sources_read_back(text, items) else None


def _update_sources_text(previous: str, items: list[dict[str, Any]]) -> str | None:
    """Apply ``items`` to the file text ``previous`` in place; None when its shape is foreign."""
    match = re.search(r"^sources:[ \t]*\n(?:[ \t]*(?:#.*)?\n)*([ \t]*)- ", previous, re.M)
    rt = _ruamel(len(match.group(1)) if match else 0)
    try:
        root = rt.load(previous)
        plain = yaml.load(previous, Loader=_Loader)
    except (RuamelError, yaml.YAMLError):
        return None
    if not isinstance(root, CommentedMap) or not isinstance(plain, dict):
        return None
    seq, plain_items = root.get("sources"), plain.get("sources")
    if not plain_items and not seq:
        # No records yet (`sources: []`, null or no key): a block list from here on.
        seq, plain_items = CommentedSeq(), []
        root["sources"] = seq
    if not isinstance(seq, CommentedSeq) or not isinstance(plain_items, list) or len(seq) != len(plain_items):
        return None
    slots: dict[str, int] = {}
    for i, item in enumerate(plain_items):
        if isinstance(item, dict) and isinstance(seq[i], CommentedMap):
            slots.setdefault(str(item.get("document")), i)
    order: list[int] = []
    for item in items:
        i = slots.pop(str(item["document"]), -1)
        if i >= 0:
            _update_map(seq[i], plain_items[i], item, optional=())
        order.append(i)
    # Records leave from the end, so earlier indexes (and ruamel's comments under them) hold;
    # new ones go in at their place, the comments after them moving along.
    for i in sorted(slots.values(), reverse=True):
        del seq[i]
        order = [j - (j > i) for j in order]
    kept = [j for j in order if j >= 0]
    if kept != list(range(len(kept))):
        return None  # reordered: leave it to the fresh writer (merge keeps the file's order)
    for pos, (item, j) in enumerate(zip(items, order, strict=True)):
        if j < 0:
            seq.insert(pos, _node(item))
    out = io.StringIO()
    rt.dump(root, out)
    return out.getvalue()


@overload
def _fresh_sources_text(items: list[dict[str, Any]]) -> str: ...
@overload
def _fresh_sources_text(items: list[dict[str, Any]], fast_only: bool) -> str | None: ...


def _fresh_sources_text(items: list[dict[str, Any]], fast_only: bool = False) -> str | None:
    """A new sources file: the fast writer where every value is a scalar, else ruamel (or
    None with ``fast_only``); the same bytes either way (tests compare the two)."""
    simple = all(not isinstance(v, dict | list) for item in items for v in item.values())
    if simple:
        writer = _FastWriter()
        lines = [SOURCES_HEADER.rstrip("\n"), "sources:" if items else "sources: []"]
        try:
            for item in items:
                writer.mapping(item, "", "- ", lines)
        except _NotSimple:
            pass
        else:
            return "\n".join(lines) + "\n"
    return None if fast_only else _ruamel_fresh_sources_text(items)


def _ruamel_fresh_sources_text(items: list[dict[str, Any]]) -> str:
    root = CommentedMap([("sources", CommentedSeq(_node(item) for item in items))])
    out = io.StringIO()
    _ruamel().dump(root, out)
    return SOURCES_HEADER + out.getvalue()


def _header() -> str:
    return (f"{_HEADER_LINE}\n"
            "# Fact sheet: edit freely; `factsheets extract` keeps reviewed and edited facts.\n")
