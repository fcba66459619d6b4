"""A table's row as the PDF reader gathers it, from borders or from positions."""

from dataclasses import dataclass, field

from intake.readers.pdf.lines import Line

MIN_ROWS = 2
MIN_CELLS = 2


@dataclass
class TableRow:
    """One row of a table: the lines of each cell, by column."""

    cells: list[list[Line]] = field(default_factory=list)
    # Each cell's right edge, where the table draws it (a bordered table); else empty.
    edges: tuple[float, ...] = ()

    @property
    def lines(self) -> list[Line]:
        return [line for cell in self.cells for line in cell]


def is_label(cell: list[Line]) -> bool:
    """Whether a cell is a label ("Present:", "Date:"): a form's, whose rows are lines."""
    return " ".join(line.text for line in cell).rstrip().endswith(":")


def is_form(rows: list[TableRow]) -> bool:
    """Whether every first cell is a label: a form, whose rows are read as lines."""
    return all(is_label(row.cells[0]) for row in rows if row.cells[0])


def is_table(rows: list[TableRow]) -> bool:
    """Whether rows read from positions make a table: two rows of two cells at least, and
    not a form."""
    full = sum(1 for row in rows if sum(1 for cell in row.cells if cell) >= MIN_CELLS)
    return full >= MIN_ROWS and not is_form(rows)
