"""Statements are the clause that holds the figure, written for this project."""

from __future__ import annotations

import pytest

from generator.extract.statements import statement_for


def _around(sentence: str, figure: str) -> str:
    start = sentence.index(figure)
    return statement_for(sentence, start, start + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # two figures joined by ", and": each gets its own clause
        ("Similarly, the port handled 4,100 cruise ships in its new terminal, and local airlines "
         "carried 7,250 passengers through the northern gate.", "4,100",
         "The port handled 4,100 cruise ships in its new terminal."),
        ("Similarly, the port handled 4,100 cruise ships in its new terminal, and local airlines "
         "carried 7,250 passengers through the northern gate.", "7,250",
         "Local airlines carried 7,250 passengers through the northern gate."),
        # a colon introduces the clause; a dash sets off an aside
        ("Figures from the ministry tell the story: in 2023, farmers planted 12,400 hectares of "
         "barley — the most on record — across the valley.", "12,400",
         "In 2023, farmers planted 12,400 hectares of barley."),
        # ", and" closing a list is not a clause boundary
        ("The city ranks third in 12 of the 40 measures, including transport, housing costs, "
         "and clean air.", "12",
         "The city ranks third in 12 of the 40 measures, including transport, housing costs, and clean air."),
        ("Serving schools, clinics, and farms, the network now reaches 2,300 villages.", "2,300",
         "Serving schools, clinics, and farms, the network now reaches 2,300 villages."),
        # nothing to cut: the sentence stays whole
        ("The library lent 310,000 books last year.", "310,000", "The library lent 310,000 books last year."),
        # a clause too short to stand alone keeps the sentence
        ("Attendance rose: 9,000 fans.", "9,000", "Attendance rose: 9,000 fans."),
        # a time like 10:30 is not a clause boundary
        ("The ferry left at 10:30 with 412 passengers on board.", "412",
         "The ferry left at 10:30 with 412 passengers on board."),
        # a number range with an en dash is not a boundary
        ("Prices rose 3–4% in the quarter while wages stalled at 2,100 euros a month.", "2,100",
         "Prices rose 3–4% in the quarter while wages stalled at 2,100 euros a month."),
    ],
)
def test_statement_is_the_clause_with_the_figure(sentence: str, figure: str, expected: str) -> None:
    assert _around(sentence, figure) == expected


def test_statement_never_contains_text_outside_the_sentence() -> None:
    sentence = "Sales fell; exports rose to 5,000 units; imports held."
    statement = _around(sentence, "5,000")
    assert statement.rstrip(".").lower() in sentence.lower()
