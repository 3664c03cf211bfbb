"""The only module that renders: Jinja2 (StrictUndefined, autoescape) over our own templates.

Pages are Markdown files whose bodies are HTML blocks built by the templates: Markdown
engines pass such blocks through untouched, so text from a source (always escaped here)
can never turn into Markdown, HTML or template syntax, and any engine that reads
Markdown (MkDocs, ProperDocs, Zensical) renders the same page.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import html
import json
import os
import posixpath
import traceback
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from .charts import ChartGroup, chart_groups, render_bar_chart
from .errors import Diagnostic, FactsheetsError
from .model import Fact, FactSheet, SourceRecord
from .pipeline import SiteContent

SITE_TITLE = "Fact sheets"


@dataclass(frozen=True, slots=True)
class Page:
    """One page of the site, engine-neutral."""

    path: str
    """Markdown path under the docs folder, e.g. ``ai/index.md``."""
    title: str
    """Plain text; escaped where it is written."""
    markdown: str
    in_nav: bool = True


def page_url(path: str) -> str:
    """Directory URL of a page path: ``ai/index.md`` -> ``ai/``, ``data.md`` -> ``data/``."""
    if path == "index.md":
        return ""
    stem = path[: -len(".md")]
    if stem.endswith("/index"):
        stem = stem[: -len("/index")]
    return stem + "/"


def relative(from_path: str, to_url: str) -> str:
    """A link from one page to a site URL that works on any host and sub-path."""
    target, _, fragment = to_url.partition("#")
    rel = _relative_target(from_path, target)
    return rel + (f"#{fragment}" if fragment else "")


@functools.lru_cache(maxsize=1 << 16)
def _relative_target(from_path: str, target: str) -> str:
    # Cached: a site has few pages x targets (a fragment is added after), and relpath is slow.
    base = page_url(from_path)
    rel = posixpath.relpath(target or ".", base or ".")
    if (not target or target.endswith("/")) and not rel.endswith("/"):
        rel += "/"  # a directory URL keeps its slash, or static hosts redirect (or 404)
    return rel


def theme_path(theme: str) -> str:
    return f"{theme}/index.md"


def source_path(document: str) -> str:
    return f"sources/{document}.md"


def theme_url(theme: str) -> str:
    return page_url(theme_path(theme))


def source_url(document: str) -> str:
    return page_url(source_path(document))


def format_value(fact: Fact) -> str:
    """The figure as people write it: 12,400 · 42.5 · 0.3% · 11th · $1.2 billion."""
    value = fact.value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    number = f"{value:,}" if isinstance(value, int) else f"{value:,.10g}"
    unit = (fact.unit or "").lower()
    if unit in ("percent", "%", "per cent"):
        return number + "%"
    if unit in ORDINAL_UNITS and isinstance(value, int):
        return _ordinal(value)
    if unit in _CURRENCY_SIGNS:
        return _CURRENCY_SIGNS[unit] + _short_scale(value)
    return _short_scale(value) if abs(value) >= 10**9 else number


ORDINAL_UNITS = ("rank", "place", "position")
"""Units whose figure reads as a position: 11 -> 11th."""
_CURRENCY_SIGNS = {"usd": "$", "eur": "€", "gbp": "£", "cny": "¥", "jpy": "¥"}


def _short_scale(value: float | int) -> str:
    for size, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.4g} {word}"
    return f"{value:,}" if isinstance(value, int) else f"{value:,.10g}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def unit_text(fact: Fact) -> str:
    """The unit to print after the figure; empty where the figure already says it (%, $, 11th)."""
    unit = (fact.unit or "").lower()
    if not unit or unit in ("percent", "%", "per cent") or unit in _CURRENCY_SIGNS:
        return ""
    if unit in ORDINAL_UNITS and unit != "place":
        return ""
    return fact.unit or ""


def unit_label(fact: Fact) -> str:
    """Kept for templates written against the first version: the unit, else the subject."""
    return unit_text(fact) or fact.subject or ""


def card_label(fact: Fact, limit: int = 110) -> str:
    """What a key figure is about: its subject, else its statement cut at a word."""
    text = fact.subject or fact.statement
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


@dataclass(frozen=True, slots=True)
class Linker:
    """Turns a site URL into an href for one output: relative for a screen page (works on
    any host and sub-path), absolute for print (a PDF has no place on the site)."""

    page_path: str | None
    """The screen page linking; None for print."""
    site_url: str = ""

    def __call__(self, target: str) -> str:
        if self.page_path is not None:
            return relative(self.page_path, target)
        if not self.site_url:
            return ""  # no site_url configured: a relative link from a PDF would be broken
        return self.site_url.rstrip("/") + "/" + target.lstrip("/")


def template_problem(error: jinja2.TemplateError, template: Path) -> Diagnostic:
    """`file:line:col: message` for a broken template (templates are user-editable): the line
    from a syntax error, or from the innermost template frame of an error while rendering."""
    path, line = str(template), 1
    if isinstance(error, jinja2.TemplateSyntaxError):
        path, line = error.filename or path, error.lineno
    else:
        for frame, lineno in traceback.walk_tb(error.__traceback__):
            if frame.f_code.co_filename.endswith(".j2"):  # Jinja maps its frames to template lines
                path, line = frame.f_code.co_filename, lineno
    return Diagnostic(path, line, 1, f"template error: {error.message or type(error).__name__}")


class Renderer:
    """Jinja2 over the project's templates; one instance per build."""

    def __init__(self, templates_dir: Path) -> None:
        self.templates_dir = templates_dir
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(templates_dir)),
            autoescape=True,  # every template, whatever its extension: seed text is untrusted
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["figure"] = format_value
        self.env.filters["unit_label"] = unit_label
        self.env.filters["unit_text"] = unit_text
        self.env.filters["card_label"] = card_label
        self.env.filters["front_title"] = front_title
        self.env.globals.update(relative=relative, theme_url=theme_url, source_url=source_url,
                                linker=Linker, pdf_url=pdf_url)
        self.env.globals["chart"] = lambda group, title=None: Markup(render_bar_chart(group, title))
        self.env.globals.update(fact_link=fact_link, figure_html=figure_html, reviewed_html=reviewed_html,
                                entity_facts_html=entity_facts_html)

        self._templates: dict[str, jinja2.Template] = {}

    def render(self, template: str, **context: Any) -> str:
        # Looked up once per build: get_template would stat the file again for every page.
        try:
            compiled = self._templates.get(template)
            if compiled is None:
                compiled = self._templates[template] = self.env.get_template(template)
            return compiled.render(**context)
        except jinja2.TemplateError as e:
            raise FactsheetsError(template_problem(e, self.templates_dir / template)) from e

    def signature(self) -> bytes:
        """A digest of every template: a cached page is stale once any of them changes."""
        h = hashlib.blake2b(digest_size=16)
        for path in sorted(self.templates_dir.rglob("*.j2")):
            h.update(path.relative_to(self.templates_dir).as_posix().encode() + b"\0")
            h.update(path.read_bytes() + b"\0")
        return h.digest()

    def read_asset(self, name: str) -> str:
        return (self.templates_dir / name).read_text(encoding="utf-8")


def fact_link(fact: Fact, ln: Linker, fallback: str = "") -> Markup:
    """The href of a fact's sentence on its source page, else ``fallback`` (escaped)."""
    return escape(ln(source_url(fact.source.document) + "#fact-" + fact.id) or fallback)


def entity_facts_html(entry: EntityEntry, page_path: str) -> Markup:
    """The list of an entity's facts on the entities page, each linked to its theme page.
    Built here rather than in the template: the page lists every fact once per entity it
    names (tens of thousands of items at scale) and a Jinja loop costs ten times more."""
    items = "".join(
        f'<li><a href="{escape(relative(page_path, theme_url(theme) + "#" + fact.id))}">'
        f"{escape(fact.statement)}</a></li>" for fact, theme in entry.facts)
    return Markup("<ul>" + items + "</ul>")


def figure_html(fact: Fact) -> Markup:
    """The figure cell of a fact: qualifier and figure, or a dash when it has no value."""
    if fact.value is None:
        return Markup("—")
    figure = escape(format_value(fact))
    if fact.qualifier:
        return Markup('<span class="fs-qualifier">') + escape(fact.qualifier) + Markup("</span> ") + figure
    return figure


_REVIEWED = Markup('<span class="fs-badge fs-reviewed" title="Checked by a person">✓ reviewed</span>')


def reviewed_html(fact: Fact) -> Markup:
    return _REVIEWED if fact.reviewed else Markup("")


def pdf_url(name: str) -> str:
    return f"pdf/{name}.pdf"


def front_title(title: str) -> Markup:
    """A page title for YAML front matter. Escaped for HTML because MkDocs themes insert
    ``page.title`` without escaping; JSON quoting makes it a safe YAML string. Marked safe so
    autoescape does not turn the JSON quotes into ``&#34;`` (front matter is YAML, not HTML)."""
    return Markup(json.dumps(html.escape(" ".join(title.split())), ensure_ascii=False))


@dataclass(frozen=True, slots=True)
class EntityEntry:
    name: str
    facts: tuple[tuple[Fact, str], ...]
    """Each fact with the theme it sits in."""


@dataclass(frozen=True, slots=True)
class SheetView:
    """Everything a theme's page and its printed sheet show, computed once for both."""

    sheet: FactSheet
    description: str
    key_figures: tuple[Fact, ...]
    claims: tuple[Fact, ...]
    """Record claims and milestones, their own section."""
    charts: tuple[ChartGroup, ...]
    entities: tuple[str, ...]
    documents: tuple[SourceRecord, ...]
    """The sheet's sources in footnote order."""
    notes: dict[str, int]
    """Document stem -> footnote number."""
    reviewed: int

    @property
    def theme(self) -> str:
        return self.sheet.theme

    @property
    def title(self) -> str:
        return self.sheet.title


def sheet_view(sheet: FactSheet, content: SiteContent, cards: int = 6) -> SheetView:
    sources = {r.document: r for r in content.sources}
    # Footnotes numbered in order of first citation, as a reader meets them in the table.
    order = list(dict.fromkeys(f.source.document for f in sheet.facts))
    theme = content.taxonomy.get(sheet.theme)
    return SheetView(
        sheet=sheet,
        description=(theme.description if theme and theme.description else sheet.description),
        key_figures=tuple(headline_facts(sheet, cards)),
        claims=tuple(f for f in sheet.facts if f.kind in ("record", "milestone")),
        charts=tuple(chart_groups(sheet.facts)),
        entities=tuple(_entities_of(sheet.facts)),
        documents=tuple(sources.get(d) or _unknown_source(d) for d in order),
        notes={d: i for i, d in enumerate(order, 1)},
        reviewed=sum(f.reviewed for f in sheet.facts),
    )


class PageCache:
    """What serve's rebuilds reuse, each entry with the inputs it was made from.

    Inputs are compared with ``==``: tuples and lists compare their items by identity first,
    so the unchanged facts of a content file that was not parsed again (they are the very
    same objects) cost almost nothing, and a changed one is compared field by field.
    """

    def __init__(self) -> None:
        self.pages: dict[str, tuple[tuple[object, ...], Page]] = {}
        """Page path -> its inputs and the page rendered from them."""
        self.rows: dict[tuple[Fact, str, str], tuple[str, str]] = {}
        """(fact, theme, source title) -> its facts.json item and facts.csv line."""


def render_pages(content: SiteContent, renderer: Renderer, pdf_links: bool = True,
                 cache: PageCache | None = None) -> list[Page]:
    """Every page of the site, in nav order.

    With a ``cache`` (kept across serve's rebuilds), a theme or source page whose inputs are
    unchanged is taken from it instead of rendered again; the pages made from everything
    (home, entities, sources, data) are always rendered. The cache is updated in place.
    """
    sheets = [s for s in content.sheets if s.facts]
    sources = {r.document: r for r in content.sources}
    fact_theme = {f.id: s.theme for s in sheets for f in s.facts}
    facts_by_doc: dict[str, list[Fact]] = defaultdict(list)
    for sheet in sheets:
        for fact in sheet.facts:
            facts_by_doc[fact.source.document].append(fact)
    documents = sorted(set(sources) | set(facts_by_doc))
    common = {
        "site_title": SITE_TITLE,
        "pdf_links": pdf_links,
        "sources": sources,
        "fact_theme": fact_theme,
        "taxonomy": content.taxonomy,
    }
    pages: list[Page] = []
    pages.append(Page("index.md", "Home", renderer.render(
        "home.md.j2", page_path="index.md", title="Home", sheets=sheets,
        documents=[sources.get(d) or _unknown_source(d) for d in documents],
        headline=headline_facts, facts_by_doc=facts_by_doc, **common)))
    templates = renderer.signature() if cache is not None else b""

    def cached(path: str, inputs: tuple[object, ...]) -> tuple[Page | None, tuple[object, ...]]:
        if cache is None:
            return None, ()
        key = (templates, pdf_links, *inputs)
        hit = cache.pages.get(path)
        return (hit[1] if hit is not None and hit[0] == key else None), key

    def keep(page: Page, key: tuple[object, ...]) -> Page:
        if cache is not None:
            cache.pages[page.path] = (key, page)
        return page

    for sheet in sheets:
        path = theme_path(sheet.theme)
        # A theme page shows its sheet, its taxonomy entry and the records of its sources.
        cited = tuple(sources.get(d) for d in dict.fromkeys(f.source.document for f in sheet.facts))
        page, digest = cached(path, (sheet, content.taxonomy.get(sheet.theme), cited))
        pages.append(page or keep(Page(path, sheet.title, renderer.render(
            "theme.md.j2", page_path=path, title=sheet.title, sheet=sheet, view=sheet_view(sheet, content),
            ln=Linker(path), **common)), digest))
    entities = _entity_index(sheets)
    pages.append(Page("entities.md", "Entities", renderer.render(
        "entities.md.j2", page_path="entities.md", title="Entities", entities=entities, **common)))
    pages.append(Page("sources/index.md", "Sources", renderer.render(
        "sources.md.j2", page_path="sources/index.md", title="Sources",
        documents=[sources.get(d) or _unknown_source(d) for d in documents],
        facts_by_doc=facts_by_doc, **common)))
    for document in documents:
        path = source_path(document)
        record = sources.get(document) or _unknown_source(document)
        text = content.texts.get(document)
        facts = facts_by_doc[document]
        # A source page shows its record, its text and its facts, each linked to its theme.
        page, digest = cached(path, (record, text, facts, [fact_theme[f.id] for f in facts]))
        pages.append(page or keep(Page(path, record.title, renderer.render(
            "source.md.j2", page_path=path, title=record.title, record=record,
            segments=highlight_segments(text, facts) if text is not None else None,
            facts=facts, **common), in_nav=False), digest))
    pages.append(Page("data.md", "Data and method", renderer.render(
        "data.md.j2", page_path="data.md", title="Data and method",
        fact_count=sum(len(s.facts) for s in sheets), **common)))
    if cache is not None:  # forget pages that are gone (a removed source or sheet)
        for path in cache.pages.keys() - {p.path for p in pages}:
            del cache.pages[path]
    return pages


def edition_date(environ: Mapping[str, str] | None = None,
                 sources: Iterable[SourceRecord] = ()) -> str | None:
    """The date printed on PDFs and stored in their metadata. Never the wall clock, so two
    builds of the same input are byte-identical on any day: SOURCE_DATE_EPOCH when set
    (reproducible builds), else the newest date of the sources, else none."""
    env = os.environ if environ is None else environ
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date().isoformat()
    dates = [r.date for r in sources if r.date]
    return max(dates) if dates else None


def render_print_html(content: SiteContent, renderer: Renderer, sheets: list[FactSheet], *,
                      site_url: str = "", date: str | None = None, title: str | None = None,
                      cover_page_counts: list[int] | None = None) -> str:
    """A print document (our own template, never the theme's HTML) for one or more sheets,
    with the same macros as the screen pages so the two cannot drift apart.

    With ``cover_page_counts`` (one per sheet) it is instead the cover and contents of the
    combined PDF, each sheet stood in for by that many empty pages (see pdf.py).
    """
    views = [sheet_view(s, content) for s in sheets]
    records = list({r.document: r for v in views for r in v.documents}.values())
    cover = cover_page_counts is not None
    if title is None:
        title = SITE_TITLE if cover or len(sheets) != 1 else sheets[0].title
    return renderer.render(
        "print.html.j2", views=views, cover=cover, page_counts=cover_page_counts or [], documents=records,
        title=title, site_title=SITE_TITLE, date=date or edition_date(sources=content.sources),
        site_url=site_url.rstrip("/"), ln=Linker(None, site_url), pdf_links=False)


def _unknown_source(document: str) -> SourceRecord:
    return SourceRecord(document, document, None, None, "", "")


def headline_facts(sheet: FactSheet, limit: int = 3) -> list[Fact]:
    """The figures a card shows first: reviewed first, then quantities and rankings, in
    order; one per source sentence before any sentence gets a second card."""
    numeric = [f for f in sheet.facts if f.value is not None]
    ranked = sorted(numeric, key=lambda f: (not f.reviewed, f.kind not in ("quantity", "ranking")))
    seen: set[tuple[str, int]] = set()
    first: list[Fact] = []
    rest: list[Fact] = []
    for fact in ranked:
        span = (fact.source.document, fact.source.start)
        (rest if span in seen else first).append(fact)
        seen.add(span)
    return (first + rest)[:limit]


def _entities_of(facts: tuple[Fact, ...]) -> list[str]:
    return sorted({e for f in facts for e in f.entities}, key=str.casefold)


def _entity_index(sheets: list[FactSheet]) -> list[EntityEntry]:
    found: dict[str, list[tuple[Fact, str]]] = defaultdict(list)
    for sheet in sheets:
        for fact in sheet.facts:
            for entity in dict.fromkeys(fact.entities):
                found[entity].append((fact, sheet.theme))
    return [EntityEntry(name, tuple(found[name])) for name in sorted(found, key=str.casefold)]


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of source text; ``facts`` is non-empty for a highlighted quote."""

    text: str
    facts: tuple[Fact, ...] = ()
    paragraph_break: bool = False


def highlight_segments(text: str, facts: list[Fact]) -> list[Segment]:
    """Split a source into plain runs and quoted spans (facts sharing a span share a mark).

    Only spans that still match their quote are highlighted; overlapping spans are merged
    into the first so the text is shown exactly once.
    """
    spans: dict[tuple[int, int], list[Fact]] = defaultdict(list)
    for fact in facts:
        s = fact.source
        if 0 <= s.start < s.end <= len(text) and text[s.start:s.end] == s.quote:
            spans[(s.start, s.end)].append(fact)
    out: list[Segment] = []
    pos = 0
    for (start, end), group in sorted(spans.items()):
        if start < pos:
            continue
        if start > pos:
            out.extend(_plain(text[pos:start]))
        out.append(Segment(text[start:end], tuple(group)))
        pos = end
    out.extend(_plain(text[pos:]))
    return out


def _plain(text: str) -> list[Segment]:
    """Plain text with blank-line paragraph breaks made explicit for the template."""
    out: list[Segment] = []
    for i, part in enumerate(text.split("\n")):
        if i:
            out.append(Segment("", paragraph_break=True))
        if part:
            out.append(Segment(part))
    return out


# --- data downloads ---------------------------------------------------------------------

CSV_FIELDS = ("id", "theme", "kind", "statement", "value", "unit", "qualifier", "subject", "year",
              "entities", "document", "source_title", "quote", "start", "end", "reviewed")


def flat_fact(f: Fact, theme: str, source_title: str) -> dict[str, Any]:
    """One fact as a row of the downloads."""
    return {
        "id": f.id, "theme": theme, "kind": f.kind, "statement": f.statement,
        "value": f.value, "unit": f.unit, "qualifier": f.qualifier, "subject": f.subject,
        "year": f.year, "entities": list(f.entities), "document": f.source.document,
        "source_title": source_title,
        "quote": f.source.quote, "start": f.source.start, "end": f.source.end,
        "reviewed": f.reviewed,
    }


def _row_keys(content: SiteContent) -> list[tuple[Fact, str, str]]:
    titles = {r.document: r.title for r in content.sources}
    return [(f, sheet.theme, titles.get(f.source.document, f.source.document))
            for sheet in content.sheets for f in sheet.facts]


class _Lines(list[str]):
    """A file for csv.writer that keeps each row's line apart."""

    write = list.append


def _encode_rows(keys: list[tuple[Fact, str, str]]) -> list[tuple[str, str]]:
    """Each row's item of facts.json (as json.dumps(indent=1) writes it inside the list) and
    its line of facts.csv."""
    lines = _Lines()
    writer = csv.writer(lines, lineterminator="\n")
    encoded = []
    for key in keys:
        row = flat_fact(*key)
        out: list[str] = []
        _json_write(row, ROW_INDENT, out)
        flat = {**row, "entities": "; ".join(row["entities"]),
                "value": "" if row["value"] is None else row["value"],
                "reviewed": str(row["reviewed"]).lower()}
        writer.writerow([_csv_cell(flat[k]) for k in CSV_FIELDS])
        encoded.append(("".join(out), lines.pop()))
    return encoded


ROW_INDENT = "\n  "
"""Where json.dumps(indent=1) puts a row of {"facts": [...]}: two levels down."""


def render_data_files(content: SiteContent, schema: dict[str, Any],
                      cache: PageCache | None = None) -> dict[str, bytes]:
    """site/data/*: the same facts, flat, as JSON and CSV, plus the content schema.

    With a ``cache`` (serve), only rows whose fact, theme or source title changed are
    encoded again; the files are the same bytes either way.
    """
    keys = _row_keys(content)
    if cache is None:
        encoded = _encode_rows(keys)
    else:
        missing = [k for k in keys if k not in cache.rows]
        fresh = dict(zip(missing, _encode_rows(missing), strict=True))
        old = cache.rows
        cache.rows = {k: fresh.get(k) or old[k] for k in keys}  # rows of removed facts are let go
        encoded = [cache.rows[k] for k in keys]
    items = (ROW_INDENT + ("," + ROW_INDENT).join(item for item, _ in encoded) + "\n ]") if encoded else "]"
    facts_json = '{\n "facts": [' + items + "\n}\n"
    facts_csv = ",".join(CSV_FIELDS) + "\n" + "".join(line for _, line in encoded)
    return {
        "data/facts.json": facts_json.encode("utf-8"),
        "data/facts.csv": facts_csv.encode("utf-8"),
        "data/schema.json": (json.dumps(schema, indent=1, ensure_ascii=False) + "\n").encode("utf-8"),
    }


def _json_write(value: Any, newline: str, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(_encode_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, (int, float)):
        out.append(json.dumps(value) if isinstance(value, float) else int.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + " "
        first = True
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"JSON keys here are strings, not {type(key).__name__}")
            head = ("{" if first else ",") + inner + _encode_string(key) + ": "
            first = False
            kind = type(item)
            if kind is str:  # the common cases inline: a call per value costs more than the value
                out.append(head + _encode_string(item))
            elif item is None:
                out.append(head + "null")
            elif kind is int:
                out.append(head + int.__repr__(item))
            else:
                out.append(head)
                _json_write(item, inner, out)
        out.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + " "
        first = True
        for item in value:
            out.append(("[" if first else ",") + inner)
            first = False
            _json_write(item, inner, out)
        out.append(newline + "]")
    else:
        raise TypeError(f"not JSON: {type(value).__name__}")


_encode_string = json.encoder.encode_basestring
"""What json uses with ensure_ascii=False (the C version where there is one)."""


def _csv_cell(value: Any) -> Any:
    """Spreadsheets run text cells that start with = + - @ as formulas; sources are untrusted."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def nav_entries(pages: list[Page]) -> list[dict[str, str]]:
    return [{p.title: p.path} for p in pages if p.in_nav]
