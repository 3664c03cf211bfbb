"""Shared by the classify tests: an invented article through extract and classify with the
project's taxonomy, as `factsheets extract` reads it (title line, blank line, body)."""

from __future__ import annotations

from pathlib import Path

from generator.classify import classify_facts, load_taxonomy
from generator.extract import extract_facts
from generator.ingest import parse_document
from generator.model import Fact

ROOT = Path(__file__).resolve().parent.parent


def classified(text: str, title: str = "Title") -> list[Fact]:
    """The figures of an article written as title and body, with their themes."""
    doc = parse_document(f"{title}\n\n{text}\n", "d", "d.txt", "0")
    facts = classify_facts(extract_facts(doc), load_taxonomy(ROOT / "content" / "taxonomy.yml"), doc)
    return [f for f in facts if f.value is not None]


def themes(text: str, title: str = "Title") -> set[str | None]:
    """The themes the article's figures are placed in."""
    return {f.theme for f in classified(text, title)}


def themes_by_value(text: str, title: str = "Title") -> dict[object, str | None]:
    """Each figure's value with its theme."""
    return {f.value: f.theme for f in classified(text, title)}
