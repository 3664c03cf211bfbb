"""Stage 3: Fact + taxonomy -> theme and the cues that decided it. STUB (issue 3)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import yaml

from .errors import ContentError, Diagnostic
from .model import Document, Fact, Taxonomy, Theme


def load_taxonomy(path: Path) -> Taxonomy:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ContentError(Diagnostic(str(path), 1, 1, f"cannot read taxonomy: {e}")) from e
    themes = tuple(
        Theme(t["slug"], t["title"], t.get("description", ""), tuple(t.get("cues", ())), tuple(t.get("units", ())))
        for t in data["themes"]
    )
    return Taxonomy(themes, data.get("fallback", "general"))


def classify_facts(facts: list[Fact], taxonomy: Taxonomy, document: Document) -> list[Fact]:
    out = []
    for fact in facts:
        best, best_score, cues = taxonomy.fallback, 0, ()
        for theme in taxonomy.themes:
            hits = tuple(c for c in theme.cues if re.search(rf"\b{re.escape(c)}\b", fact.source.quote, re.I))
            if len(hits) > best_score:
                best, best_score, cues = theme.slug, len(hits), hits
        out.append(dataclasses.replace(fact, theme=best, cues=cues))
    return out
