"""classify: patterns that open with a capital instead of "\\b" (so the search skips to the next
capital) find exactly what the plain "\\b" form finds. Strings are generated from a small
alphabet of capitals, lower case, digits, dots, hyphens, spaces and a non-ASCII letter."""

from __future__ import annotations

import random
import re

from generator.classify import _DOTTED_ACRONYM, _NAME_RUN

PLAIN = {
    "name run": (_NAME_RUN, re.compile(r"\b[A-Z]\w*(?:[ -]+[A-Z]\w*)+"), "AZb c.-é_9"),
    "dotted acronym": (_DOTTED_ACRONYM, re.compile(r"\b(?:[A-Z]\.){2,}"), "AZ..Z.b é_9"),
}


def test_rewritten_patterns_match_as_their_plain_forms() -> None:
    rng = random.Random(13)
    for name, (fast, plain, alphabet) in PLAIN.items():
        found = 0
        for _ in range(20_000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
            spans = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == spans, (name, text)
            found += bool(spans)
        assert found > 100, name  # the alphabet really builds matches
