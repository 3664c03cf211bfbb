"""The data that flows between the pipeline stages.

ingest  -> Document (with Sentences)
extract -> Fact (theme still empty)
classify-> Fact (theme and the cues that placed it)
sheets  -> FactSheet / SourceRecord (the YAML contract in content/)
render  -> pages (str) from FactSheets
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

FactKind = Literal["quantity", "ranking", "record", "milestone"]
FACT_KINDS: tuple[str, ...] = ("quantity", "ranking", "record", "milestone")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a source, located by character offsets."""

    text: str
    """Verbatim: always equal to ``document.text[start:end]``."""
    start: int
    """Offset of the first character in the decoded, newline-normalised text."""
    end: int
    """Offset one past the last character."""
    paragraph: int
    """Index of the paragraph (0 = first paragraph after the title)."""
    line: int
    """1-based line of ``start`` in the source, for messages."""


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded source text, split into paragraphs and sentences."""

    stem: str
    """The file name without extension; ``source.document`` in facts."""
    path: str
    """Where the text came from, as given (for messages)."""
    text: str
    """Decoded text with BOM removed and line endings normalised to ``\\n``."""
    title: str
    byline: str | None
    date: str | None
    """ISO date (YYYY-MM-DD, YYYY-MM or YYYY) when the text states one."""
    sha256: str
    """Of the raw bytes of the file, so a changed source is noticed."""
    paragraphs: tuple[tuple[int, int], ...]
    """(start, end) of each body paragraph."""
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: a verbatim sentence of a document."""

    document: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure or claim, with the sentence it stands in."""

    id: str
    """Stable slug: same sentence and figure give the same id on every run."""
    kind: str
    """One of FACT_KINDS."""
    statement: str
    """Reads as a sentence of its own."""
    value: float | int | None
    unit: str | None
    subject: str | None
    year: int | None
    entities: tuple[str, ...]
    source: Source
    reviewed: bool = False
    qualifier: str | None = None
    """about, over, nearly, less than, up to ... kept apart from the value."""
    theme: str | None = None
    cues: tuple[str, ...] = ()
    """The taxonomy cues that placed the fact in its theme (explainability)."""


@dataclass(frozen=True, slots=True)
class Scope:
    """One way a sentence says that its figure covers a whole country or market (a theme's
    ``widened_by``): a scope word ("nationwide", "per tonne") beside a measure ("employment",
    "nickel") makes the measure a cue of the theme, unless a word ties it to one part."""

    words: tuple[str, ...]
    """Words that give the figure's scope: the whole country or market ("nationwide",
    "across all industries", "the statistics office", "a tonne")."""
    measures: tuple[str, ...]
    """What the figure measures, as written ("employment", "vacancies", "listings", "copper"):
    each is a cue of the theme in a sentence that names one of ``words``."""
    unless: tuple[str, ...] = ()
    """Words that tie the measure to one sector or trade ("sector", "exports"): a sentence that
    names one is not widened (nor is one that names the theme's ``narrowed_by`` words)."""


@dataclass(frozen=True, slots=True)
class Theme:
    """One entry of the taxonomy file (content/taxonomy.yml)."""

    slug: str
    title: str
    description: str
    cues: tuple[str, ...] = ()
    """Words or phrases; matched case-insensitively on word boundaries."""
    units: tuple[str, ...] = ()
    """Units that point at this theme (e.g. qubits)."""
    weak: tuple[str, ...] = ()
    """Generic words or units ("growth", "rank") that only break ties between themes that
    already have a cue; they never place a fact, nor count in the document's mix, alone."""
    min_sentences: int = 1
    """How many sentences must name the theme by a cue before it leans the whole document
    (places the facts of sentences that name no theme): 2 for a theme whose words are the
    backdrop of much other news ("inflation" in a housing article)."""
    weak_counts: bool = False
    """Whether a sentence that names the theme only by a weak word counts towards
    ``min_sentences`` (once a cue names the theme somewhere in the document): true for a theme
    whose topical articles use its weak words throughout ("streamed", "viewers" in a
    streaming article) while a passing mention uses none."""
    min_paragraphs: int = 1
    """How many body paragraphs must name the theme by a cue before it leans the document and
    the paragraph, unless the title or the first paragraph names it (the lede states the
    article's topic): 2 for a theme that is a side topic of much other news (AI in a
    shopping story)."""
    narrowed_by: tuple[str, ...] = ()
    """Words that say a sentence's figure is one organisation's own result ("net profit", "its
    stores", "the company's"): in a sentence that names one, the theme's cues there are the
    result's backdrop ("net profit fell as interest rates rose"), and a document that names them
    in as many sentences as it names the theme is that organisation's report, which the theme's
    cues do not lean (a retailer's results that mention inflation). A sector or a kind of firm
    as the owner ("the mining sector's") narrows as one firm does, and the same words may say
    the figure is another thing's than the theme's (land animals for the ocean)."""
    widened_by: tuple[Scope, ...] = ()
    """The other side of ``narrowed_by``: scope words that say a sentence's figure is a whole
    country's or market's ("employment rose by 40,000 nationwide", "nickel at $17,200 a
    tonne"), which make its measures cues of the theme."""
    backdrop_clauses: bool = False
    """Whether the theme's cues in a clause of cause or circumstance ("sales fell 4% as higher
    interest rates kept buyers away", "amid a trade war") are the figure's backdrop when the
    sentence's main clause names none of its cues: true for a theme whose words are the
    backdrop of much other news (the economy's rates, inflation and growth)."""
    backdrop_subjects: tuple[str, ...] = ()
    """With ``backdrop_clauses``: the theme's own subjects that name no cue ("households",
    "workers" for the economy): a main clause that names one counts the theme's own series
    ("households lost 2% of their income as inflation outpaced pay"), as one naming a cue does."""


@dataclass(frozen=True, slots=True)
class Taxonomy:
    themes: tuple[Theme, ...]
    fallback: str = "general"

    def get(self, slug: str) -> Theme | None:
        return next((t for t in self.themes if t.slug == slug), None)


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """A source document as described in content/sources.yml."""

    document: str
    title: str
    byline: str | None
    date: str | None
    sha256: str
    path: str


@dataclass(frozen=True, slots=True)
class FactSheet:
    """One content/<theme>.yml file."""

    theme: str
    title: str
    facts: tuple[Fact, ...] = field(default=())
    description: str = ""
