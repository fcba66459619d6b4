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
