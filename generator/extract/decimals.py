"""Bare decimal commas in a document that writes its decimals with a comma: "2,75 times".

Runs after numbers: a decimal comma with a sign, scale or unit after it ("6,3%", "7,5-million")
the number pattern reads anywhere (lexicon.GROUPED_DIGITS). One with nothing after it is
read only where the document writes decimals that way throughout
(lexicon.uses_decimal_commas), and never in a list ("1,2 and 3", "4,5,6").
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext, Trigger
from .lexicon import figure_value

_BARE_DECIMAL_COMMA = re.compile(r"(?<![\w.,])\d{1,3},\d{1,2}(?![\d,]|\.\d|\s*(?:and|or|&)\s*\d)")


def _writes_decimal_commas(ctx: SentenceContext) -> bool:
    return ctx.decimal_commas


TRIGGER = Trigger(digit=True, chars=",", when=_writes_decimal_commas)


def recognise_decimal_commas(ctx: SentenceContext) -> None:
    for m in _BARE_DECIMAL_COMMA.finditer(ctx.text):
        value = figure_value(m.group(), None, None)
        if value is not None and ctx.free(m.start(), m.end()):
            ctx.add(Figure(m.start(), m.end(), "quantity", value))
