"""Entities: runs of capitalised words (organisations, products, missions, places, reports),
with the digits of names ("Apollo 11"), acronyms tied to their long names, possessives cut.

Capitalisation is the only signal, so a capitalised word that opens a sentence counts only
when the document also capitalises it mid-sentence or in a quoted title (so "Researchers" is
not a name, but a country opening a sentence is, and so is a film the text quotes, "Tempest",
at the head of a list line "2. Tempest 2").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .context import from_capitals
from .lexicon import split_words

# Possessive "'s" ends a name: "UNESCO's Paris office" is two entities.
_TOKEN = (
    r"(?:[A-Z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+|['’](?!s\b)[A-Za-z0-9]+)*"
    r"|[a-z]++[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)"  # possessive: no quadratic backtracking
)
_CONNECT = r"(?:\s+(?:of|for|de|du|des|del|da|di|van|von|on|&)(?:\s+the)?\s+|\s+|-)"
_RUN = re.compile(rf"(?<![\w'’-]){_TOKEN}(?:{_CONNECT}{_TOKEN})*")
_LONG_SHORT = re.compile(rf"(?P<long>{_TOKEN}(?:{_CONNECT}{_TOKEN})+)\s+\((?P<short>[A-Z][A-Za-z]*[A-Z]s?)\)")
_SHORT_LONG = re.compile(rf"(?P<short>\b[A-Z][A-Za-z]*[A-Z]s?)\s+\((?P<long>{_TOKEN}(?:{_CONNECT}{_TOKEN})+)\)")
# Starts by consuming a space (then looks back): the engine skips to spaces quickly.
_CAP_WORD = re.compile(r"\s(?<=[^\s.!?\"“(]\s)\s*([A-Z][\w'’-]*)")
# A title in double quotes, every word capitalised but the small ones ("Tempest", “The Long
# Night”): a film's, a book's or a song's name, so its words are names wherever the document
# writes them, also at the start of a line of a list ("6. Tempest 2", a sequel's number). A
# quoted remark has lower-case words ("“We are pleased”") and is no title.
_QUOTED_TITLE = re.compile(r"[\"“]([A-Z][^\"“”\n]{0,60}?)[\"”]")
_TITLE_WORD = re.compile(r"(?:[A-Z][\w'’-]*|\d[\w.]*|(?:an?|the|of|and|in|on|at|to|for|or|with|from|by)\b)")
_TITLE_GAP = re.compile(r"[\s:,.!?&-]+")
_OPENERS = frozenset(
    split_words("""
    The A An In On At This That These Those It Its He She They We I You Our Their His Her But And
    Or So However Meanwhile Yet Still There Here If When While After Before Since Although Though
    For With By From To Of As Also Then Such Some Many Most All Each Every No Not Other Another
    Among Through During Under Over Between Despite Unlike Like According Additionally Notably
    Similarly Domestically Moreover Furthermore Overall Today Yesterday Last Next Recent Recently
    What Why How Who Where Which Even Only Just Both Either Neither Nor Once Thus Therefore Indeed
    Building Training Along Following Including Compared Given Based Using Led Backed
    """)
)
_TIME_WORDS = frozenset(
    split_words("""
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep
    Sept Oct Nov Dec
    """)
)
_TRAILING = frozenset({"Top", "The", "A"})
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ese|ian|ean|ish|ican)$")
# Compiled once here: find_entities runs for every sentence with a figure.
_SPACES = re.compile(r"\s+")
_LOWER_WORD_NEXT = re.compile(r"\s+[a-z]")
_POSSESSIVE = ("'s", "’s")
_TWO_CAPS_OR_DIGIT = re.compile(r"[A-Z0-9].*[A-Z0-9]|\d")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_TRAILING_PLURAL_ACRONYM = re.compile(r"\s+[A-Z]{2,}s$")
_INITIALS_SPLIT = re.compile(r"[\s-]+")
_LEAD = re.compile(r"[ \"“‘'(]*")  # what may come before a sentence's first word


def known_caps(sentences: Iterable[str]) -> frozenset[str]:
    """Capitalised words a document uses mid-sentence: names rather than sentence openers."""
    # One scan of the sentences joined by ".": no match reaches across a "." (it is neither
    # a space nor part of a word) and none starts right after one, as none starts at a
    # sentence's first character; so these are the matches of each sentence on its own.
    joined = ".".join(sentences)
    found = {word.rstrip("'’s") if word.endswith(("'s", "’s")) else word
             for word in _CAP_WORD.findall(joined)}
    if '"' in joined or "“" in joined:
        found.update(word for title in _QUOTED_TITLE.findall(joined) if _is_title(title)
                     for word in title.replace(",", " ").split() if word[:1].isupper())
    return frozenset(found - _OPENERS)


def _is_title(text: str) -> bool:
    """Whether quoted words are a title: each word capitalised, a number or a small word."""
    pos, n = 0, len(text)
    while pos < n:
        word = _TITLE_WORD.match(text, pos)
        if word is None:
            return False
        gap = _TITLE_GAP.match(text, word.end())
        if gap is None and word.end() < n:
            return False  # a word of another kind ("We're", "3pm") or another character
        pos = gap.end() if gap else n
    return True


# Both acronym patterns match only these characters and need a "(": a match lies inside one
# maximal stretch of them that holds a "(". Scanning just those stretches finds the same
# matches (nothing beyond a stretch's end is a word character, so \b and look-aheads at its
# end see what they would in the whole text), without trying every word of the text.
_OUTSIDE_ACRONYM = re.compile(r"[^\w\s\-.&'’()]")


def _paren_stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) of each maximal stretch of acronym characters that holds a "("."""
    out: list[tuple[int, int]] = []
    n = len(text)
    reverse = ""
    pos = text.find("(")
    while pos >= 0:
        # The stretch's start is found by searching the reversed text: the regex engine
        # only searches forwards.
        reverse = reverse or text[::-1]
        before = _OUTSIDE_ACRONYM.search(reverse, n - pos)
        after = _OUTSIDE_ACRONYM.search(text, pos)
        end = after.start() if after else n
        out.append((n - before.start() if before else 0, end))
        pos = text.find("(", end)
    return out


def acronyms(text: str) -> dict[str, str]:
    """Map each acronym defined in the text to "Long Name (ACR)" and the long name likewise."""
    found: dict[str, str] = {}
    stretches = _paren_stretches(text)
    for pattern in (_LONG_SHORT, _SHORT_LONG):
        for m in (m for start, end in stretches for m in pattern.finditer(text, start, end)):
            long, short = m.group("long"), m.group("short")
            while long.split(" ", 1)[0] in _OPENERS and " " in long:
                long = long.split(" ", 1)[1]  # "The World Bank (WB)"
            initials = "".join(w[0] for w in _INITIALS_SPLIT.split(long) if w[:1].isupper())
            if short[0].upper() != long[0].upper() or len(initials) < 2:
                continue
            joined = f"{long} ({short})"
            found.setdefault(short, joined)
            found.setdefault(long, joined)
    return found


def _runs(text: str) -> list[re.Match[str]]:
    """The matches of ``_RUN.finditer(text)``: a run's first token starts with a capital or
    with the lower-case letters right before one."""
    return from_capitals(_RUN, text)


def find_entities(
    text: str, labels: list[tuple[int, int]], caps: frozenset[str], acr: dict[str, str]
) -> list[tuple[int, str]]:
    """(offset, name) of each entity in a sentence, in order, without duplicates."""
    out: list[tuple[int, str]] = []
    seen: set[str] = set()
    label_starts = dict(labels)
    # Offsets up to which the sentence has not begun: no slice of it per entity.
    lead = _LEAD.match(text)
    first_word = lead.end() if lead else 0
    for m in _runs(text):
        start, end = m.start(), m.end()
        words = m.group().split()
        # Drop sentence openers and function words at the front ("The", "In").
        while words and words[0] in _OPENERS:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        if not words or text.startswith("$", end):
            continue  # "US$": a currency sign, not a name
        # Extend over digits that belong to the name ("Apollo 11", "Orca 2.1 70B").
        if label_starts:  # most sentences have no name digits: no match to try
            gap = _SPACES.match(text, end)
            if gap and gap.end() in label_starts:
                end = label_starts[gap.end()]
        while len(words) > 1 and words[-1] in _TRAILING:
            words = words[:-1]
            end = start + len(" ".join(words)) if " ".join(words) == text[start:start + len(" ".join(words))] else end
        name = text[start:end].rstrip(".,")
        if name.endswith(_POSSESSIVE):  # "UNESCO's" (a name never ends in a newline)
            name = name[:-2]
        if len(words) == 1:
            word = words[0].rstrip(".")
            if word.endswith(_POSSESSIVE):
                word = word[:-2]
            at_start = start <= first_word
            if word in _TIME_WORDS or len(word) < 2:
                continue
            if at_start and word not in caps and not _TWO_CAPS_OR_DIGIT.search(word[1:] or ""):
                continue
            if _DEMONYM.match(word) and _LOWER_WORD_NEXT.match(text, end):
                continue  # "Chinese applicants": an adjective
        if name.endswith("s"):  # what both patterns need; most names end otherwise
            if _PLURAL_ACRONYM.fullmatch(name):
                continue  # "GPUs": a plural common noun, not a name
            name = _TRAILING_PLURAL_ACRONYM.sub("", name)
        name = acr.get(name, name)
        if name not in seen:
            seen.add(name)
            out.append((start, name))
    return out
