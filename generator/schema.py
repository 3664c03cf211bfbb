"""The JSON Schema of a content file, published as site/data/schema.json and
content/factsheet.schema.json (which the ``# yaml-language-server`` line points editors at)."""

from __future__ import annotations

import json
from typing import Any

from .model import FACT_KINDS

SLUG_PATTERN = "^[a-z0-9][a-z0-9-]{0,79}$"
DOCUMENT_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,119}$"

_NULLABLE_STRING: dict[str, Any] = {"type": ["string", "null"]}

FACT_SCHEMA: dict[str, Any] = {
    "type": "object",
    # value, unit and the rest default to null: a fact added by hand needs only these.
    "required": ["id", "kind", "statement", "source"],
    "properties": {
        "id": {"type": "string", "pattern": SLUG_PATTERN,
               "description": "Stable across re-extraction, unique site-wide."},
        "kind": {"enum": list(FACT_KINDS)},
        "statement": {"type": "string", "minLength": 1, "description": "Reads as a sentence of its own."},
        "value": {"type": ["number", "null"], "description": "The figure; null for a milestone or record."},
        "unit": {**_NULLABLE_STRING, "description": "The thing counted, a currency code, percent or rank."},
        "qualifier": {**_NULLABLE_STRING, "description": "about, over, nearly, less than ..."},
        "subject": _NULLABLE_STRING,
        "year": {"type": ["integer", "null"], "minimum": 1000, "maximum": 2200},
        "entities": {"type": "array", "items": {"type": "string"}},
        "source": {
            "type": "object",
            "required": ["document", "quote", "start", "end"],
            "properties": {
                "document": {"type": "string", "pattern": DOCUMENT_PATTERN,
                             "description": "The source file's stem in seeds/."},
                "quote": {"type": "string", "description": "Verbatim: text[start:end] of the source."},
                "start": {"type": "integer", "minimum": 0},
                "end": {"type": "integer", "minimum": 0},
            },
        },
        "reviewed": {"type": "boolean", "description": "A person has checked it; never overwritten."},
        "cues": {"type": "array", "items": {"type": "string"},
                 "description": "Taxonomy cues that placed the fact in its theme."},
    },
}

SHEET_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://factsheets.invalid/schema/factsheet.json",
    "title": "Fact sheet (content/<theme>.yml)",
    "type": "object",
    "required": ["theme", "title", "facts"],
    "properties": {
        "theme": {"type": "string", "pattern": SLUG_PATTERN, "description": "Matches the file name."},
        "title": {"type": "string"},
        "description": {"type": "string"},
        "facts": {"type": "array", "items": FACT_SCHEMA},
        "rejected": {"type": "array", "items": {"type": "string", "pattern": SLUG_PATTERN},
                     "description": "Ids a person deleted; extraction will not add them back."},
    },
}


def schema_text() -> str:
    """The schema as written to disk: stable key order and a final newline, so it diffs cleanly."""
    return json.dumps(SHEET_SCHEMA, indent=2, ensure_ascii=False) + "\n"
