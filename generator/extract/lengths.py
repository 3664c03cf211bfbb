"""Metres glued to a large number: "12,204m", "(5381m)", "4,000-9,000m".

A glued "m" is ambiguous: "2.8m users" and "£5m" are millions, "400m" may be either. A
number of four digits or more (or with a thousands separator) is never written with an
"m" for million (that would be "10.9bn"), so there the "m" is metres. Money has taken its
own figures first; smaller numbers keep the old reading (million before a counted noun,
otherwise nothing).
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext
from .lexicon import CURRENCY_SIGNS

_LARGE = r"(?:\d{1,3}(?:,\d{3})+|[1-9]\d{3,})"
_METRES = re.compile(
    rf"(?<![\w.,{CURRENCY_SIGNS}-])(?P<a>{_LARGE})(?:\s*[-–]\s*(?P<b>{_LARGE}))?m\b(?![\w'’-])"
)


# A digit with a glued "m": one fast search skips most sentences. Its "m" is a word of
# ctx.words (a-z runs), which is tested first, faster still.
_TELL = re.compile(r"\dm\b")
_TELL_WORD = "m"


def recognise_lengths(ctx: SentenceContext) -> None:
    if not ctx.has_digit or _TELL_WORD not in ctx.words or _TELL.search(ctx.text) is None:
        return
    for m in _METRES.finditer(ctx.text):
        if not ctx.free(m.start(), m.end()):
            continue
        ends = [("a", m.end("a") if m.group("b") else m.end())]
        if m.group("b"):
            ends.append(("b", m.end()))
        for group, end in ends:
            value = int(m.group(group).replace(",", ""))
            ctx.add(Figure(m.start(group), end, "quantity", value, unit="metres", unit_fixed=True))
