"""Stage 2: Document -> facts. STUB: replaced by the recognisers (issue 3)."""

from __future__ import annotations

import hashlib
import re

from ..model import Document, Fact, Source

_NUMBER = re.compile(r"(?<![\w-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:st|nd|rd|th)?\s+([a-z]+(?:\s[a-z]+)?)")


def extract_facts(document: Document) -> list[Fact]:
    facts: list[Fact] = []
    for sentence in document.sentences:
        for m in _NUMBER.finditer(sentence.text):
            value = float(m.group(1).replace(",", ""))
            if 1900 <= value <= 2100:
                continue
            unit = m.group(2).split()[-1]
            digest = hashlib.sha1(f"{document.stem}|{sentence.text}|{value}".encode()).hexdigest()[:6]
            facts.append(Fact(
                id=f"{unit}-{m.group(1).replace(',', '').replace('.', '-')}-{digest}",
                kind="quantity", statement=sentence.text, value=int(value) if value.is_integer() else value,
                unit=unit, subject=None, year=None, entities=(),
                source=Source(document.stem, sentence.text, sentence.start, sentence.end),
            ))
    return facts
