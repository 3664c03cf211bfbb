"""Names that look like counts, and a window that is a record's span (stop 17, r17-n2).
(A numbered title line, "8. Tarrow 3", is in tests/test_extract_list_matrix.py: it needs its
document's layout.)

- ``word``: a capitalised number word the document also writes capitalised mid-sentence ("aired
  on Seven", "the Nine Network") is that name (a broadcaster, a band) where it opens a
  sentence. Near misses: a plural noun or "of" after it makes it a count; a document that
  never writes it so keeps it a count.
- ``window``: "in the past 12 years" after a superlative in the same clause is the span the
  claim is made over, as "the highest in 15 years" is: a figure. Near miss: the same window
  after a change is the change's time scope, no figure.

Every sentence, name and figure here is invented.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.extract_helpers import figures

Reading = tuple[object, str | None]


class Row(NamedTuple):
    id: str
    sentence: str
    expected: list[Reading]
    caps: frozenset[str] = frozenset()


ROWS: list[Row] = []


def _row(id_: str, sentence: str, *expected: Reading, caps: str = "") -> None:
    ROWS.append(Row(id_, sentence, list(expected), frozenset(caps.split())))


# --- a number word that the document uses as a name ------------------------------------------
_WORD_NAME_FRAMES = [
    ("share", "{w} had a 41.5 per cent audience share.", [(41.5, "percent")]),
    ("viewers", "{w} drew 2.1 million viewers on Sunday.", [(2100000, "viewers")]),
    ("possessive", "{w}’s coverage reached 3.2 million viewers.", [(3200000, "viewers")]),
    ("passive", "{w} was watched by 1.4 million people.", [(1400000, "people")]),
]
for _word in ("Seven", "Nine", "Ten"):
    for _frame_id, _frame, _expected in _WORD_NAME_FRAMES:
        _row(f"word-{_word.lower()}-{_frame_id}", _frame.format(w=_word), *_expected, caps=_word)
_row("near-word-plural-after", "Seven people watched the final.", (7, "people"), caps="Seven")
_row("near-word-of", "Seven of the ten shows aired at night.", (7, None), caps="Seven")
_row("near-word-more", "Seven more shows aired at night.", (7, None), caps="Seven")
_row("near-word-not-a-name-here", "Nine were hurt in the crash.", (9, None))
_row("near-word-capitalised-after", "Two Westian firms won the bid.", (2, "firms"), caps="Two Westian")

# --- a window after a superlative -------------------------------------------------------------
_WINDOWS = [("past-digits", "in the past 12 years", 12), ("last-words", "in the last three years", 3),
            ("previous", "in the previous 20 years", 20), ("for-last", "for the last 12 years", 12)]
for _window_id, _window, _value in _WINDOWS:
    _row(f"window-highest-{_window_id}", f"Arrivals hit their highest level {_window}.", (_value, "years"))
    _row(f"window-ranked-{_window_id}", f"It was the sixth wettest month {_window}.",
         (6, "rank"), (_value, "years"))
# A window counted from now is a length of time the story tells (periods.py), after a change too.
_row("window-after-a-change", "Prices rose 4% in the past 12 months.", (4, "percent"), (12, "months"))
_row("window-after-a-comma", "It was the best result, with sales up 4% in the past 12 months.", (4, "percent"),
     (12, "months"))


def test_row_ids_are_unique() -> None:
    ids = [row.id for row in ROWS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("sentence", "expected", "caps"),
                         [pytest.param(r.sentence, r.expected, r.caps, id=r.id) for r in ROWS])
def test_name_lines(sentence: str, expected: list[Reading], caps: frozenset[str]) -> None:
    assert [(value, unit) for _, value, unit in figures(sentence, caps)] == expected
