"""Shared by the extract tests: the figures one invented sentence gives, as (kind, value,
unit), the way most recogniser tests compare them."""

from __future__ import annotations

from generator.extract import read_sentence


def figures(text: str, caps: frozenset[str] = frozenset()) -> list[tuple[str, object, str | None]]:
    """The sentence's figures with a value, in order; ``caps`` are the document's known
    capitalised words (some rules need the country an article names)."""
    return [(f.kind, f.value, f.unit) for f in read_sentence(text, caps=caps).figures if f.value is not None]


def values(text: str) -> list[object]:
    """The values alone."""
    return [value for _, value, _ in figures(text)]
