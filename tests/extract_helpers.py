"""Shared by the extract tests: the figures one invented sentence gives, as (kind, value,
unit), the way most recogniser tests compare them."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from generator.extract import read_sentence


def figures(text: str, caps: frozenset[str] = frozenset()) -> list[tuple[str, object, str | None]]:
    """The sentence's figures with a value, in order; ``caps`` are the document's known
    capitalised words (some rules need the country an article names)."""
    return [(f.kind, f.value, f.unit) for f in read_sentence(text, caps=caps).figures if f.value is not None]


def values(text: str) -> list[object]:
    """The values alone."""
    return [value for _, value, _ in figures(text)]


class ClaimRow(NamedTuple):
    """A row of the claim matrices: one invented sentence and what a careful reader says it claims."""
    id: str
    sentence: str
    cue_word: str | None  # a word the one claim's cue holds; None: no claim
    xfail: str = ""
    title: bool = False  # read as a document's title line


def claim_params(rows: list[ClaimRow]) -> list[object]:
    """The rows as pytest params; a row with a reason in ``xfail`` is a strict xfail."""
    return [
        pytest.param(row, id=row.id, marks=[pytest.mark.xfail(reason=row.xfail, strict=True)] if row.xfail else [])
        for row in rows
    ]


def assert_claim(row: ClaimRow) -> None:
    """The sentence makes no claim (``cue_word`` None), or exactly one whose cue holds the word."""
    found = [f.cue or "" for f in read_sentence(row.sentence, is_title=row.title).figures if f.kind == "record"]
    if row.cue_word is None:
        assert found == []
    else:
        assert len(found) == 1 and row.cue_word in found[0].lower(), found
