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
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .context import Figure, SentenceContext
from .lexicon import CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURE_UNITS, UNIT_ABBREVIATIONS, YEAR, split_words

# A cell may carry its sign: a column of changes prints "+4.1" beside "-2.3".
_CELL = re.compile(r"[-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
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
    unit: str | None = None
    """What the cell counts, when its column's header names it ("Share %", "Orders")."""


@dataclass(frozen=True, slots=True)
class TableRow:
    """A line of a text table: the label (subject of its cells) and the cells."""

    label: str
    cells: tuple[Cell, ...]
    unit: str | None = None
    """What the cells of the row count, when its label names it ("Passengers (million)")."""


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


def _row(line: str, columns: int, header: list[str] | None, units: list[str | None]) -> TableRow:
    cells = _trailing_cells(line)[-columns:]
    label = line[:cells[0].start()].strip()
    out = []
    for i, m in enumerate(cells):
        name = header[i] if header else None
        year = int(name) if name and _YEAR.fullmatch(name) else None
        out.append(Cell(m.start(), m.end(), _value(m.group()), m.group().endswith("%"), year,
                        name if year is None else None, units[i] if units else None))
    return TableRow(label, tuple(out), named_unit(label))


# --- what the cells count --------------------------------------------------------------------
# A table seldom repeats its unit in the cells: the title, the header or the label names it
# once, written the way tables write units: "Revenue (in $ million)", "Sales, units",
# "Output in thousands of tonnes", "Passengers (million)".
_BRACKET_UNIT = re.compile(r"\((?:in\s+)?(?P<unit>[^()\d]{1,30})\)")
_COMMA_UNIT = re.compile(r",\s*(?:in\s+)?(?P<unit>[^\W\d][^,()\d]{0,29})$")
_IN_UNIT = re.compile(r"\bin\s+(?P<unit>(?:thousands|millions|billions)\s+of\s+[^\W\d][^,()\d]{0,29})$")
# Words that scale a table's figures ("in $ million", "'000"): not what is counted.
_SCALE_WORDS = frozenset(split_words("thousand thousands million millions billion billions trillion "
                                     "trillions m bn mn k '000 ’000 000s '000s of"))
_PERCENT_WORDS = frozenset(("%", "percent", "per cent", "pct"))


def _unit_words(raw: str) -> str | None:
    """The unit in a table's unit note ("$ million" -> "USD", "thousands of tonnes" ->
    "tonnes", "%" -> "percent"); None when the note names no unit ("(provisional)", "(m)")."""
    words = [w for w in raw.replace("$", " $ ").replace("%", " % ").lower().split()
             if w not in _SCALE_WORDS]
    if not words:
        return None
    phrase = " ".join(words)
    if phrase in _PERCENT_WORDS:
        return "percent"
    if phrase in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[phrase]
    if phrase in CURRENCY_WORDS:
        return CURRENCY_WORDS[phrase]
    head = words[-1]
    if head in MEASURE_UNITS or head in UNIT_ABBREVIATIONS or head == "units" or _is_plural(head):
        return phrase
    return None  # an adjective or a note: "(provisional)", "(estimate)"


def _is_plural(word: str) -> bool:
    return len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def named_unit(line: str) -> str | None:
    """The unit a title, header or label line writes out: "(in $ million)", "Sales, units",
    "... in thousands of tonnes"."""
    text = line.strip()
    for pattern in (_BRACKET_UNIT, _COMMA_UNIT, _IN_UNIT):
        for m in pattern.finditer(text):
            if unit := _unit_words(m.group("unit")):
                return unit
    return None


def label_unit(label: str, caps: frozenset[str]) -> str | None:
    """A row label that is itself the counted thing ("Passengers", "New orders"): a plural
    common noun, its later words in lower case and its first not a name the document
    capitalises mid-sentence ("Ostland", "Kestrel K-20 Series" name the row, not the unit)."""
    words = _BRACKET_UNIT.sub(" ", label).split()  # "Passengers (million)": the note only scales
    if not words or words[0] in caps or not all(w.islower() for w in words[1:]):
        return None
    head = words[-1].lower()
    return " ".join(words).lower() if _is_plural(head) and not any(c.isdigit() for c in label) else None


def column_units(header: str, columns: int) -> list[str | None]:
    """A unit for each column its header names: "%" ("Share %") or a plural noun ("Orders")."""
    tokens = header.split()
    if len(tokens) < columns or len(tokens) > _MAX_HEADER_WORDS + columns or _SENTENCE_END.search(header):
        return []
    units: list[str | None] = []
    for name in tokens[-columns:]:
        low = name.lower().strip("()")
        units.append("percent" if low in _PERCENT_WORDS else low if _is_plural(low) else None)
    return units if any(units) else []


def _unit_heading(line: str, rows: Sequence[str]) -> bool:
    """"Share of votes (%)", "Output, tonnes" above "Name 12" lines: a heading (no sentence)
    whose unit note says what one column of unsigned cells counts. A cell with a dash after a
    name is a list's separator ("Norland -52.9"), not a table's sign: those lines stay a list."""
    if _SENTENCE_END.search(line) or len(line.split()) > _MAX_HEADER_WORDS or named_unit(line) is None:
        return False
    return not any(_trailing_cells(row)[-1].group()[0] in "-−+" for row in rows)


def find_table_rows(lines: Sequence[tuple[int, str]]) -> dict[int, TableRow]:
    """The rows of the text tables among ``lines``: (line number, text) of the lines that
    stand alone as paragraphs, in document order. Keys are indexes into ``lines``.

    A table is a run of at least two rows on consecutive lines; its column count is the
    fewest cells a row of it has. It needs two columns, or a header row on the line above
    that names as many columns as there are cells ("2024 2023") or a heading with a unit note
    ("Share of votes (%)"): a run of "Name 12" lines alone may be a list of anything.
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
            if columns >= 2 or header or (above and _unit_heading(above[1], [t for _, t in lines[i:j]])):
                units = column_units(above[1], columns) if above else []
                for k in range(i, j):
                    rows[k] = _row(lines[k][1], columns, header, units)
        i = max(j, i + 1)
    return rows


def read_row(
    text: str, paragraph: int, row: TableRow, caps: frozenset[str], table_unit: str | None = None
) -> SentenceContext:
    """The context of a table row: its cells as figures, the label as their subject (its
    digits name a model, they are no figure) and each cell's column year as its year.

    A cell's unit is the nearest one written: its own "%", its row's label, its column's
    header, else ``table_unit`` (the title's, or the prose's before the table)."""
    ctx = SentenceContext(text, paragraph, known_caps=caps)
    ctx.take(0, len(row.label))
    row_unit = row.unit or label_unit(row.label, caps)
    for cell in row.cells:
        subject = f"{row.label} ({cell.column})" if cell.column else row.label
        unit = "percent" if cell.percent else row_unit or cell.unit or table_unit
        ctx.add(Figure(cell.start, cell.end, "quantity", cell.value, unit=unit, subject=subject,
                       unit_fixed=unit is not None))
        if cell.year is not None:
            ctx.years.append((cell.start, cell.year))
    return ctx


# The prose before a table often says what it counts, for readers who skip tables: its total
# ("Shipments reached 851 drones", and the Total row reads 851), or a sentence pointing at the
# table ("the figures below show the number of drones shipped").
_TOTAL_LABELS = frozenset(("total", "all", "overall", "combined"))
_POINTS_AT_TABLE = re.compile(r"\b(?:below|following|table|chart)\b", re.IGNORECASE)
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+", re.IGNORECASE)


def prose_unit(lead_in: Sequence[SentenceContext], rows: Sequence[TableRow]) -> str | None:
    """The unit the prose before a table gives its total: a figure of a sentence in ``lead_in``
    that equals a cell of the table's total row, and has a unit."""
    totals = {c.value for r in rows if r.label.lower() in _TOTAL_LABELS for c in r.cells if not c.percent}
    for ctx in reversed(lead_in):
        for figure in ctx.figures:
            if figure.kind == "quantity" and figure.unit and figure.value in totals:
                return figure.unit
    return None


def pointed_unit(lead_in: Sequence[str], noun_phrase_at: Callable[[str, int], str | None]) -> str | None:
    """What a sentence pointing at the table says it counts: "the data below shows the number
    of spacecraft launched" -> "spacecraft" (the last "number of" of the nearest such sentence)."""
    for text in reversed(lead_in):
        if _POINTS_AT_TABLE.search(text):
            found = list(_NUMBER_OF.finditer(text))
            if found and (unit := noun_phrase_at(text, found[-1].end())):
                return unit
    return None
