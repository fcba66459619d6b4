"""Tables in a PDF page: rows of cells side by side, their starts in the same columns.

A PDF has no tables, only text placed in columns (rules, if any, are drawn apart). A table
is read where two rows at least, each of two cells or more (lines on one baseline cut at a
wide gap, see `lines.split_gaps`), start their cells at the same x: an attendance list of
name, role and presence, an action list. A line under a row that starts at one of the
table's columns other than the first continues that row's cell (a cell of two lines).
Columns of running text never get here: they are read column by column first (`layout`).
Labels and their values set in two columns ("Present:" and the names, "Date:" and the
date) are a form, not a table: their lines are read as lines.
"""

from collections.abc import Sequence

from intake.readers.pdf.borderless import borderless_at, labelled_at
from intake.readers.pdf.cells import MIN_CELLS, TableRow, is_table
from intake.readers.pdf.grids import Grid, grid_cells
from intake.readers.pdf.lines import Line

# A cell starts at a column when within this many font sizes of it.
ALIGNED = 1.0
# A line continues a cell when no further below its row than this many font sizes.
CONTINUATION_GAP = 1.8


def same_row(a: Line, b: Line) -> bool:
    return a.page == b.page and abs(a.baseline - b.baseline) < 0.3 * max(a.size, b.size)


def rows_of(lines: list[Line]) -> list[list[Line]]:
    """Consecutive lines (in reading order) on one baseline, as rows."""
    rows: list[list[Line]] = []
    for line in lines:
        if rows and same_row(rows[-1][-1], line) and line.x0 > rows[-1][-1].x0:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def column_of(line: Line, columns: list[float]) -> int | None:
    """The index of the column the line starts at, or None."""
    for index, start in enumerate(columns):
        if abs(line.x0 - start) <= ALIGNED * line.size:
            return index
    return None


def fits(row: list[Line], columns: list[float]) -> bool:
    """Whether every cell of the row starts at one of the columns, in order."""
    found = [column_of(line, columns) for line in row]
    return None not in found and found == sorted(set(found))


def continues(line: Line, row: TableRow, columns: list[float]) -> int | None:
    """The column a line under a row continues (not the first), or None."""
    column = column_of(line, columns)
    last = max(row.lines, key=lambda one: -one.baseline)
    close = 0 < last.baseline - line.baseline <= CONTINUATION_GAP * line.size
    return column if column and close and line.page == last.page else None


def table_at(rows: list[list[Line]], start: int) -> tuple[list[TableRow], int]:
    """The table whose header is rows[start], and the index after it; ([], start) if none."""
    columns = [line.x0 for line in rows[start]]
    found: list[TableRow] = []
    index = start
    while index < len(rows):
        row = rows[index]
        if len(row) >= MIN_CELLS and fits(row, columns):
            cells: list[list[Line]] = [[] for _ in columns]
            for line in row:
                cells[column_of(line, columns)].append(line)
            found.append(TableRow(cells))
        elif found and len(row) == 1 and (column := continues(row[0], found[-1], columns)):
            found[-1].cells[column].append(row[0])
        else:
            break
        index += 1
    return (found, index) if is_table(found) else ([], start)


def with_tables(lines: list[Line], grids: Sequence[Grid] = ()) -> list[Line | TableRow]:
    """The lines in reading order, the rows of each table gathered as `TableRow`s: the
    tables the page draws with borders (`grids`) first, then those read from positions."""
    if grids:
        return with_grids(lines, grids)
    rows = rows_of(lines)
    items: list[Line | TableRow] = []
    index = 0
    while index < len(rows):
        table, after = ([], index)
        if len(rows[index]) >= MIN_CELLS:
            table, after = table_at(rows, index)
            if not table:
                table, after = borderless_at(rows, index)
        else:
            table, after = labelled_at(rows, index)
        if table:
            items += table
            index = after
        else:
            items += rows[index]
            index += 1
    return items


def with_grids(lines: list[Line], grids: Sequence[Grid]) -> list[Line | TableRow]:
    """The lines with those inside a bordered table replaced, where the table's first line
    was, by its rows; the lines between tables are read for tables by position."""
    items: list[Line | TableRow] = []
    outside: list[Line] = []
    placed: set[int] = set()
    inside = {id(line): grid for line in lines for grid in grids if grid.holds(line)}
    for line in lines:
        grid = inside.get(id(line))
        if grid is None:
            outside.append(line)
            continue
        if id(grid) not in placed:
            placed.add(id(grid))
            items += with_tables(outside)
            outside = []
            held = [one for one in lines if inside.get(id(one)) is grid]
            edges = grid.columns[1:]
            items += [TableRow(cells, edges) for cells in grid_cells(held, grid)]
    return items + with_tables(outside)
