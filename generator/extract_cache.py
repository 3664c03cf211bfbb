"""What extraction found in each source, kept between runs.

Re-running `factsheets extract` (or `build`) over 1,000 sources of which five changed should
cost five extractions, not 1,000. An entry is used only when everything extraction depends on
is unchanged: the source's bytes, name and path, the size limit, the taxonomy, and the code
of the extractor itself (a digest of its source files, so upgrading the tool or editing a
recogniser invalidates every entry). The cache lives in `.cache/factsheets/` at the project
root (like Material's `.cache/plugin/`), is plain JSON, and is safe to delete at any time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .files import CACHE_DIR, DigestStore
from .model import Document, Fact, Sentence, Source, Taxonomy

CACHE_FILE = "extract.json"
FORMAT = 1
"""Bump when the layout of an entry changes."""

_PACKAGE = Path(__file__).resolve().parent
_EXTRACTOR_CODE = ("ingest.py", "classify.py", "model.py", "extract_cache.py", "extract")


def extractor_digest(taxonomy: Taxonomy) -> str:
    """Changes whenever the extractor's code or the taxonomy changes."""
    h = hashlib.blake2b(f"format {FORMAT}\0{taxonomy!r}\0".encode(), digest_size=16)
    for name in _EXTRACTOR_CODE:
        path = _PACKAGE / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            h.update(file.relative_to(_PACKAGE).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return h.hexdigest()


def source_key(path: Path, raw: bytes, max_bytes: int) -> str:
    """What a source's extraction depends on besides the code and the taxonomy."""
    return f"{path}\0{max_bytes}\0{hashlib.sha256(raw).hexdigest()}"


@dataclass(frozen=True, slots=True)
class Extracted:
    """A source as extraction left it: the document and its classified facts."""

    document: Document
    facts: list[Fact]


class ExtractCache:
    """Extractions of one extractor digest, by source key (see files.DigestStore)."""

    def __init__(self, root: Path, digest: str) -> None:
        self.store = DigestStore(root / CACHE_DIR / CACHE_FILE, digest)

    def get(self, key: str, text: str) -> Extracted | None:
        """The cached extraction of a source whose decoded text is ``text``, if any."""
        entry = self.store.get(key)
        if entry is None:
            return None
        try:
            return _from_json(entry, text)
        except (KeyError, TypeError, ValueError, IndexError):
            return None  # a damaged entry: extract again

    def put(self, key: str, extracted: Extracted) -> None:
        self.store.put(key, _to_json(extracted))

    def save(self) -> None:
        """Keep the entries used or made in this run (those of removed or changed sources go)."""
        self.store.save()


def _to_json(extracted: Extracted) -> dict[str, Any]:
    d = extracted.document
    return {
        "document": [d.stem, d.path, d.title, d.byline, d.date, d.sha256, [list(p) for p in d.paragraphs],
                     [[s.start, s.end, s.paragraph, s.line] for s in d.sentences]],
        "facts": [[f.id, f.kind, f.statement, f.value, f.unit, f.subject, f.year, list(f.entities),
                   [f.source.document, f.source.quote, f.source.start, f.source.end], f.reviewed,
                   f.qualifier, f.theme, list(f.cues)] for f in extracted.facts],
    }


def _from_json(entry: dict[str, Any], text: str) -> Extracted:
    stem, path, title, byline, date, sha256, paragraphs, sentences = entry["document"]
    document = Document(stem, path, text, title, byline, date, sha256,
                        tuple((int(a), int(b)) for a, b in paragraphs),
                        tuple(Sentence(text[a:b], a, b, p, line) for a, b, p, line in sentences))
    facts = [Fact(id=fid, kind=kind, statement=statement, value=value, unit=unit, subject=subject, year=year,
                  entities=tuple(entities), source=Source(doc, quote, start, end), reviewed=reviewed,
                  qualifier=qualifier, theme=theme, cues=tuple(cues))
             for (fid, kind, statement, value, unit, subject, year, entities, (doc, quote, start, end), reviewed,
                  qualifier, theme, cues) in entry["facts"]]
    return Extracted(document, facts)
