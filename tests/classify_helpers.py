"""Shared by the classify tests: an invented article through extract and classify with the
project's taxonomy, as `factsheets extract` reads it (title line, blank line, body)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

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


class ThemeRow(NamedTuple):
    """A row of the theme matrices: an invented article and the theme its figures go to."""
    id: str
    title: str
    body: str
    theme: str
    xfail: str = ""
    by_value: dict[object, str] | None = None
    """Figures whose own sentence files them elsewhere, by value."""


def theme_params(rows: list[ThemeRow], open_rows: dict[str, str] | None = None) -> list[object]:
    """The rows as pytest params of (title, body, theme, by_value); a row left open (its xfail,
    or its reason in ``open_rows``) is a strict xfail."""
    params: list[object] = []
    for row in rows:
        reason = row.xfail or (open_rows or {}).get(row.id, "")
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        params.append(pytest.param(row.title, row.body, row.theme, row.by_value or {}, id=row.id, marks=marks))
    return params


def assert_themes(title: str, body: str, theme: str, by_value: dict[object, str]) -> None:
    """Every figure of the article goes to ``theme``, or to its value's theme in ``by_value``."""
    facts = classified(body, title)
    assert facts, "the document gives no figure"
    assert {(f.value, f.theme) for f in facts} == {(f.value, by_value.get(f.value, theme)) for f in facts}
