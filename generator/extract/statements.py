"""A statement that reads on its own: the clause of the sentence that holds the figure.

A long sentence often carries several figures ("X filed 4,000 designs, and Y recorded 7,000
registrations"); a table row should say one thing. The sentence is cut at clause
boundaries (semicolons, colons, dashes, and ", and/but/while ..." joins) and the part that
holds the figure is kept, when it is long enough to stand alone. The quote itself always
stays verbatim in ``source.quote``; only the statement is shortened.
"""

from __future__ import annotations

import re

# Where one clause ends and the next begins. Plain commas are not boundaries: they also
# set off introductory phrases ("In 2024, ...") and appear inside numbers.
_BOUNDARY = re.compile(
    r"\s*(?:;|:(?!\d)|\s[—–]\s|—|–(?!\d)|\s-\s)\s*"
    r"|,\s+(?=(?:and|but|while|whereas|although|though)\s)"
)
# Every boundary holds one of these: finditer would try _BOUNDARY at every offset (it may
# start with spaces), so clause_boundaries tries it only just before these. A comma or a
# hyphen is one only with a space after it (and a hyphen with one before): not the commas
# of "12,500" nor the hyphens of "long-term", which figure-dense text is full of. The
# characters come first, so the regex engine skips to them; the checks look around them.
_BOUNDARY_CORE = re.compile(r"[;:—–,-](?:(?<=[;:—–])|(?<=,)(?=\s)|(?<=\s-)(?=\s))")
# A one-word opener that links to the previous sentence: "Similarly, ", "Meanwhile, ".
_LINKING_OPENER = re.compile(r"^(?:[A-Z][a-z]+ly|Meanwhile|Additionally|Moreover|However|Still|Also|Yet|Then),\s+")
_LEADING_JOIN = re.compile(r"^(?:and|but|while|whereas|although|though)\s+", re.IGNORECASE)
MAX_LIST_ITEM_WORDS = 4
MIN_WORDS = 5
"""A shorter clause ("the highest globally") does not stand alone; keep the sentence."""


def clause_boundaries(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause boundary of ``sentence``: worked out once per sentence,
    however many figures it holds.

    The matches of ``_BOUNDARY.finditer``: a match starts at a core character or at the
    start of the spaces before one (where it would also match from any later space).
    """
    out: list[tuple[int, int]] = []
    pos = 0
    search, match = _BOUNDARY_CORE.search, _BOUNDARY.match
    while (core := search(sentence, pos)) is not None:
        c = core.start()
        q = c
        while q > pos and sentence[q - 1].isspace():
            q -= 1
        m = match(sentence, q)
        if m is None and q < c:
            m = match(sentence, c)  # ", and" after a space
        if m is None:
            pos = c + 1
            continue
        if not (m.group().startswith(",") and _ends_a_list(sentence, m.start())):
            out.append((m.start(), m.end()))
        pos = m.end()
    return out


def statement_for(
    sentence: str, start: int, end: int, boundaries: list[tuple[int, int]] | None = None
) -> str:
    """The clause of ``sentence`` around ``sentence[start:end]``, as a sentence."""
    clause = clause_span(len(sentence), start, end, clause_boundaries(sentence) if boundaries is None else boundaries)
    return clause_statement(sentence, *clause)


def clause_span(length: int, start: int, end: int, boundaries: list[tuple[int, int]]) -> tuple[int, int]:
    """(start, end) of the clause around ``start``..``end`` of a sentence of ``length``
    characters: the figures of one clause share it, and so their statement."""
    clause_start, clause_end = 0, length
    for b_start, b_end in boundaries:
        if b_end <= start:
            clause_start = b_end
        elif b_start >= end:
            clause_end = b_start
            break
    return clause_start, clause_end


def clause_statement(sentence: str, clause_start: int, clause_end: int) -> str:
    """The clause ``sentence[clause_start:clause_end]`` as a sentence, or the whole sentence
    when the clause is too short to stand alone."""
    if clause_start == 0 and clause_end == len(sentence):
        return _as_sentence(sentence)
    clause = sentence[clause_start:clause_end].strip().rstrip(",")
    clause = _LEADING_JOIN.sub("", clause)
    clause = _LINKING_OPENER.sub("", clause)
    if len(clause.split()) < MIN_WORDS or clause.count("(") != clause.count(")"):
        return _as_sentence(sentence)
    return _as_sentence(clause[:1].upper() + clause[1:])


def _ends_a_list(sentence: str, join: int) -> bool:
    """", and" after a short comma-separated item closes a list ("A, B, and C"), not a clause."""
    previous = sentence.rfind(",", 0, join)
    return previous >= 0 and len(sentence[previous + 1:join].split()) <= MAX_LIST_ITEM_WORDS


def _as_sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?", '"', "”", "’")) else text + "."
