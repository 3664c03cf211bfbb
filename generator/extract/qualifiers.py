"""Qualifiers: about, over, nearly, less than, up to ... written just before a figure."""

from __future__ import annotations

from .context import SentenceContext
from .lexicon import QUALIFIER_BEFORE


def find_qualifiers(ctx: SentenceContext) -> None:
    for figure in ctx.figures:
        if figure.value is None:
            continue
        m = QUALIFIER_BEFORE.search(ctx.text, max(0, figure.start - 30), figure.start)
        if m:
            figure.qualifier = m.group("q").lower()
