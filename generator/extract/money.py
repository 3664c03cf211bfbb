"""Money: $5.5 million, US$2bn, €300, ¥1.2 trillion, USD 40 million, 5 billion yuan.

The currency becomes the unit as an ISO code, so sums in different currencies never mix.
"""

from __future__ import annotations

import re

from .context import Figure, SentenceContext
from .lexicon import CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, NUMBER, as_number, number_value

_CODES = "|".join(sorted(CURRENCY_CODES | {"RMB"}))
_SYMBOLS = "|".join(
    re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True) if not s.isalpha()
)
_BEFORE = re.compile(
    rf"(?P<cur>(?i:{_SYMBOLS})|\b(?:{_CODES})\s?)\s?{NUMBER}"
    r"(?:\s+(?:US\s+|U\.S\.\s+)?dollars?\b)?"
)
_WORDS = "|".join(re.escape(w) for w in sorted(CURRENCY_WORDS, key=len, reverse=True))
_AFTER = re.compile(rf"{NUMBER}\s?(?P<cur>\b(?:{_CODES})\b|(?i:{_WORDS})\b)")
# ¥ is both yuan and yen: the sentence decides, yuan by default.
_YEN = re.compile(r"\b(?:yen|Japan|Japanese|Tokyo)\b")


def _code(symbol: str, sentence: str) -> str:
    key = symbol.strip().lower()
    if key == "¥" and _YEN.search(sentence):
        return "JPY"
    if key in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[key]
    if key.upper() in CURRENCY_CODES:
        return key.upper()
    return CURRENCY_WORDS.get(key, key.upper())


def recognise_money(ctx: SentenceContext) -> None:
    for pattern in (_BEFORE, _AFTER):
        for m in pattern.finditer(ctx.text):
            if not ctx.free(m.start(), m.end()):
                continue
            if m.group("bare") and pattern is _BEFORE and not m.group("cur").strip():
                continue
            scale = m.group("scale") or m.group("suffix") or m.group("wscale")
            value = number_value(m.group("digits"), m.group("word") or m.group("bare"), scale)
            if value is None:
                continue
            ctx.add(Figure(
                m.start(), m.end(), "quantity", as_number(value),
                unit=_code(m.group("cur"), ctx.text), unit_fixed=True,
            ))
