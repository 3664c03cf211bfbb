"""Tables written as text: consecutive short lines that end in the same number of cells.

    2024 2023
    Model K-40 Drone 812 790
    Model K-60 Drone 392 361
    Total 1,204 1,151

Each cell is a figure: the row's label is its subject, the column's header (a year, or a
name) dates or names it. Two signals say that a block of lines is a table and not prose:
every row ends in numeric cells, and the count of cells is the same in every row (or a
header row names that many columns). That also settles what a space between two digit
groups means: in a row of a two-column table "Total 812 790" is two cells, while in running
prose "a crowd of 812 790" stays one number with a space as thousands separator
(numbers.py), as a language that writes thousands that way means it.

Digits before the last ``columns`` cells belong to the label ("Model K-40", "Series 410"):
the rows agree on how many cells they have, so a model number is never a cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .context import Figure, SentenceContext
from .lexicon import YEAR

_CELL = re.compile(r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
_YEAR = re.compile(YEAR)  # a header or cell that is a year
_LETTER = re.compile(r"[^\W\d_]")
# A row is a label and its cells, not a sentence: no sentence end, few words.
_SENTENCE_END = re.compile(r"[.!?:;]\s*$|[.!?]\s")
_MAX_LABEL_WORDS = 8
_MAX_HEADER_WORDS = 6
_MAX_LINE = 120


@dataclass(frozen=True, slots=True)
class Cell:
    """One numeric cell of a row."""

    start: int
    """Offset of the cell in its line."""
    end: int
    value: int | float
    percent: bool
    """The cell ends in "%"."""
    year: int | None
    """The year its column's header names."""
    column: str | None
    """The column's header when it is a name, not a year ("Orders")."""


@dataclass(frozen=True, slots=True)
class TableRow:
    """A line of a text table: the label (subject of its cells) and the cells."""

    label: str
    cells: tuple[Cell, ...]


def _tokens(line: str) -> list[re.Match[str]]:
    return list(re.finditer(r"\S+", line))


def _trailing_cells(line: str) -> list[re.Match[str]]:
    """The numeric tokens that end the line, in order (empty when it ends in a word)."""
    cells: list[re.Match[str]] = []
    for token in reversed(_tokens(line)):
        if not _CELL.fullmatch(token.group()):
            break
        cells.append(token)
    cells.reverse()
    return cells


def _row_shape(line: str) -> int:
    """How many numeric cells end a candidate row; 0 when the line cannot be a row."""
    if len(line) > _MAX_LINE or _SENTENCE_END.search(line):
        return 0
    cells = _trailing_cells(line)
    if not cells:
        return 0
    label = line[:cells[0].start()]
    if not _LETTER.search(label) or len(label.split()) > _MAX_LABEL_WORDS:
        return 0
    return len(cells)


def _header(line: str, columns: int) -> list[str] | None:
    """The column names of a header row: its last ``columns`` tokens, years or words (a
    first word may name the label column: "Model 2024 2023")."""
    tokens = [t.group() for t in _tokens(line)]
    if not tokens or len(tokens) > _MAX_HEADER_WORDS + columns or _SENTENCE_END.search(line):
        return None
    names = tokens[-columns:]
    if len(names) < columns:
        return None
    years = sum(bool(_YEAR.fullmatch(n)) for n in names)
    if years == columns:
        return names
    # Named columns, maybe after the label column's name ("Region Orders Returns"): words,
    # none a number. One name alone is more likely a heading than a column.
    if years == 0 and columns >= 2 and len(tokens) <= columns + 1 and all(n.isalpha() for n in tokens):
        return names
    return None


def _all_years(line: str) -> bool:
    return all(_YEAR.fullmatch(m.group()) for m in _trailing_cells(line))


def _value(cell: str) -> int | float:
    digits = cell.rstrip("%").replace(",", "").replace("−", "-")
    return float(digits) if "." in digits else int(digits)


def _row(line: str, columns: int, header: list[str] | None) -> TableRow:
    cells = _trailing_cells(line)[-columns:]
    label = line[:cells[0].start()].strip()
    out = []
    for i, m in enumerate(cells):
        name = header[i] if header else None
        year = int(name) if name and _YEAR.fullmatch(name) else None
        out.append(Cell(m.start(), m.end(), _value(m.group()), m.group().endswith("%"), year,
                        name if year is None else None))
    return TableRow(label, tuple(out))


def find_table_rows(lines: Sequence[tuple[int, str]]) -> dict[int, TableRow]:
    """The rows of the text tables among ``lines``: (line number, text) of the lines that
    stand alone as paragraphs, in document order. Keys are indexes into ``lines``.

    A table is a run of at least two rows on consecutive lines; its column count is the
    fewest cells a row of it has. It needs two columns, or a header row on the line above
    that names as many columns as there are cells ("2024 2023"): a run of "Name 12" lines
    alone may be a list of anything.
    """
    rows: dict[int, TableRow] = {}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _row_shape(lines[j][1]) and (
            j == i or lines[j][0] == lines[j - 1][0] + 1
        ):
            j += 1
        if j - i >= 3 and _all_years(lines[i][1]):
            i += 1  # "Units 2024 2023": a header row, whose cells are the columns' years
        if j - i >= 2:
            columns = min(_row_shape(text) for _, text in lines[i:j])
            above = lines[i - 1] if i and lines[i - 1][0] == lines[i][0] - 1 else None
            header = _header(above[1], columns) if above else None
            if columns >= 2 or header:
                for k in range(i, j):
                    rows[k] = _row(lines[k][1], columns, header)
        i = max(j, i + 1)
    return rows


def read_row(text: str, paragraph: int, row: TableRow, caps: frozenset[str]) -> SentenceContext:
    """The context of a table row: its cells as figures, the label as their subject (its
    digits name a model, they are no figure) and each cell's column year as its year."""
    ctx = SentenceContext(text, paragraph, known_caps=caps)
    ctx.take(0, len(row.label))
    for cell in row.cells:
        subject = f"{row.label} ({cell.column})" if cell.column else row.label
        unit = "percent" if cell.percent else None
        ctx.add(Figure(cell.start, cell.end, "quantity", cell.value, unit=unit, subject=subject,
                       unit_fixed=cell.percent))
        if cell.year is not None:
            ctx.years.append((cell.start, cell.year))
    return ctx
