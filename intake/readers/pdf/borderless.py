"""Tables without borders whose cells sit close together, as a browser or a word processor
prints them: a header row of cells set apart (often centred over their columns), then rows
whose cells are too close for a gutter, so that a row reads as one line of text.

The header gives the number of columns; the rows give where each column starts (the word
that starts at about the same place in two rows or more, between one header cell and the
next); each line under the header is then cut at the column starts where a word begins.
The table ends at a line that crosses a column start in mid-word (running text), at a wider
gap than between rows, at larger type (a heading) or at the page's end.

A table of labels and values with no header ('Date' | the date, 'Present' | the names) is
read where its labels are centred in their column, as a browser prints header cells
(`labelled_at`); a browser also centres them beside the middle line of a long value.
"""

from collections import Counter
from itertools import combinations, pairwise, takewhile

from intake.readers.pdf.cells import MIN_CELLS, MIN_ROWS, TableRow, is_form, is_table
from intake.readers.pdf.lines import SPACE_GAP, Line, is_marker, strip_spaces, visible

# A word starts a column when within this many font sizes of the column's start.
NEAR = 0.6
# Rows further apart than this many font sizes are no longer one table.
ROW_GAP = 2.6
# A gap this much wider than the closest between the table's rows ends it (a paragraph).
WIDER = 1.35
# A header cell is centred over its column when its middle is this share of the column's
# width (or a font size) from the column's.
CENTRED = 0.1
# Labels needed to tell that they are centred.
CENTRED_LABELS = 3
# Rows lie this much further apart than a cell's lines where the table pads its cells.
WIDER_ROWS = 1.1
# Type this much larger than the header's is a heading after the table.
LARGER = 1.15


def borderless_at(rows: list[list[Line]], start: int) -> tuple[list[TableRow], int]:
    """The table whose header is rows[start], and the index after it; ([], start) if none."""
    header = rows[start]
    band = _band(rows, start)
    lines = [line for row in band for line in row]
    columns = _columns(header, lines)
    if columns is None or not _heads_its_columns(header, columns, lines):
        return [], start
    found = [_header_row(header, columns)]
    used = 0
    for row in band:
        cut = _cut_row(row, columns)
        if cut is None:
            break
        used += 1
        if cut[0] or not found[1:]:
            found.append(TableRow(cut))
        else:  # no first cell: the line goes on with the row above's cells
            for cell, more in zip(found[-1].cells, cut, strict=True):
                cell += more
    return (found, start + 1 + used) if is_table(found[1:]) else ([], start)


def _band(rows: list[list[Line]], start: int) -> list[list[Line]]:
    """The rows under a header that may belong to its table: close below it, same page, type
    no larger."""
    header = rows[start]
    size = max(line.size for line in header)
    band: list[list[Line]] = []
    above, pitch = header, ROW_GAP * size
    for row in rows[start + 1 :]:
        gap = above[0].baseline - row[0].baseline
        larger = max(line.size for line in row) > LARGER * size
        if row[0].page != header[0].page or larger or not 0 < gap <= pitch:
            break
        if band:
            # Rows (and a cell's lines) come closer than the space after the table.
            pitch = min(pitch, WIDER * gap)
        band.append(row)
        above = row
    return band


def word_starts(line: Line) -> list[int]:
    """The indices of the glyphs that begin a word in the line."""
    starts = [0]
    for index, (before, glyph) in enumerate(pairwise(line.glyphs), start=1):
        if glyph.char.isspace():
            continue
        if before.char.isspace() or glyph.x0 - before.x1 > SPACE_GAP * glyph.size:
            starts.append(index)
    return starts


def _columns(header: list[Line], lines: list[Line]) -> list[float] | None:
    """Where each column starts: the first at the rows' left edge, each other at the word
    start most rows share between the header cell before it and its own."""
    if len(header) < MIN_CELLS or not lines:
        return None
    size = header[0].size
    left = min(line.x0 for line in lines)
    if left > header[0].x0 + NEAR * size:
        return None
    columns = [left]
    for before, cell in pairwise(header):
        low, high = max(before.x1, columns[-1] + size), cell.x0 + NEAR * size
        seen: Counter[float] = Counter()
        for line in lines:
            xs = {round(line.glyphs[i].x0 / size) for i in word_starts(line)}
            seen.update(x for x in xs if low < x * size <= high)
        if not seen or seen.most_common(1)[0][1] < MIN_ROWS:
            return None
        at = seen.most_common(1)[0][0] * size
        columns.append(min(_starts_near(lines, at, size)))
    return columns


def _heads_its_columns(header: list[Line], columns: list[float], lines: list[Line]) -> bool:
    """Whether each header cell starts at its column or is centred over it, as a table's
    header is (a line of two parts over running text is neither, but by chance)."""
    ends = [*columns[1:], max(line.x1 for line in lines)]
    for cell, start, end in zip(header, columns, ends, strict=True):
        middle = (cell.x0 + cell.x1) / 2
        centred = abs(middle - (start + end) / 2) <= max(cell.size, CENTRED * (end - start))
        if abs(cell.x0 - start) > NEAR * cell.size and not centred:
            return False
    return True


def _starts_near(lines: list[Line], at: float, size: float) -> list[float]:
    return [
        line.glyphs[i].x0
        for line in lines
        for i in word_starts(line)
        if abs(line.glyphs[i].x0 - at) <= size
    ]


def _header_row(header: list[Line], columns: list[float]) -> TableRow:
    """The header's cells in the columns their middles lie in (a header may be centred)."""
    cells: list[list[Line]] = [[] for _ in columns]
    for line in header:
        middle = (line.x0 + line.x1) / 2
        cells[_column_at(middle, columns)].append(line)
    return TableRow(cells)


def _cut_row(row: list[Line], columns: list[float]) -> list[list[Line]] | None:
    """The row's lines cut at the column starts into cells, or None where a line runs across
    a column start in mid-word (running text, not a table's row)."""
    cells: list[list[Line]] = [[] for _ in columns]
    for line in row:
        size = line.size
        starts = word_starts(line)
        cuts = [0]
        for start in columns[1:]:
            if not line.x0 + NEAR * size < start < line.x1:
                continue
            near = [i for i in starts if abs(line.glyphs[i].x0 - start) <= NEAR * size]
            if not near:
                return None
            cuts.append(near[0])
        for begin, end in pairwise([*sorted(set(cuts)), len(line.glyphs)]):
            glyphs = strip_spaces(line.glyphs[begin:end])
            if visible(glyphs):
                piece = Line(glyphs=glyphs, page=line.page)
                column = max(
                    i for i, x in enumerate(columns) if x <= piece.x0 + NEAR * size or i == 0
                )
                cells[column].append(piece)
    return cells


def _column_at(x: float, columns: list[float]) -> int:
    """The column that x lies in (the first for anything left of it)."""
    return max((i for i, start in enumerate(columns) if start <= x), default=0)


def labelled_at(rows: list[list[Line]], start: int) -> tuple[list[TableRow], int]:
    """A table of labels and values without a header ('Date' | '28.03.2019', 'Present' |
    the names over three lines), its cells too close for a gutter: the rows from rows[start]
    that share the values' column; ([], start) if none.

    Told from prose by what prose never does: labels centred in their column, as a browser
    prints a table's header cells (left-aligned labels are not told from a paragraph's
    second words, and are left as lines)."""
    run = [row[0] for row in takewhile(lambda row: len(row) == 1, rows[start:])]
    for column in _value_columns(run[0]) if run else []:
        lines = _lines_at(run, column)
        labels = [line for line in lines if line.x0 < column - NEAR * line.size]
        if not _centred(labels, column):
            continue
        rows_found = _label_rows(lines, column)
        # Labels with colons are a form's, read as lines ('Present:' and the names).
        if not is_form(rows_found):
            return rows_found, start + len(lines)
    return [], start


def _centred(lines: list[Line], column: float) -> bool:
    """Whether the labels left of the column are centred in theirs, as a browser sets a
    header cell: their middles at one place, and any two of different widths starting at
    different places (a paragraph's first words all start at its margin)."""
    if len(lines) < CENTRED_LABELS:
        return False
    size = lines[0].size
    parts = [strip_spaces([g for g in one.glyphs if g.x1 <= column]) for one in lines]
    if not all(visible(part) for part in parts):
        return False
    spans = [(Line(glyphs=part).x0, Line(glyphs=part).x1) for part in parts]
    middles = [(x0 + x1) / 2 for x0, x1 in spans]
    ends = [x1 for _, x1 in spans]
    # Prose runs each line's first words up to the next word: their ends are all alike.
    if max(middles) - min(middles) > size or max(ends) - min(ends) <= size:
        return False
    # Centred, two labels' starts lie half their difference in width apart; aligned, none.
    differing = [
        ((a, b), abs((a[1] - a[0]) - (b[1] - b[0])))
        for a, b in combinations(spans, 2)
        if abs((a[1] - a[0]) - (b[1] - b[0])) > size
    ]
    return bool(differing) and all(abs(a[0] - b[0]) > width / 4 for (a, b), width in differing)


def _value_columns(line: Line) -> list[float]:
    """Where the values' column may start in a first row: after one to three words."""
    return [line.glyphs[i].x0 for i in word_starts(line)[1:4]]


def _lines_at(run: list[Line], column: float) -> list[Line]:
    """The lines from the first that have a word starting at the column (or start there),
    with a label no longer than three words, close below each other on one page."""
    found: list[Line] = []
    for line in run:
        near = [i for i in word_starts(line) if abs(line.glyphs[i].x0 - column) <= NEAR * line.size]
        label = Line(glyphs=line.glyphs[: near[0]], page=line.page) if near else None
        if label is None or len(label.text.split()) > 3 or label.text.endswith((".", ",", ";")):
            break
        if label.glyphs and is_marker(label.glyphs):
            break  # a list's number and the item's lines under its hanging indent
        if found and not 0 < found[-1].baseline - line.baseline <= ROW_GAP * line.size:
            break
        if found and (line.page != found[0].page or line.size > LARGER * found[0].size):
            break
        found.append(line)
    return found


def _label_rows(lines: list[Line], column: float) -> list[TableRow]:
    """The lines as rows of label and value. Rows lie further apart than a cell's lines
    where the table pads its cells; else a line without a label goes on with the row above."""
    gaps = [a.baseline - b.baseline for a, b in pairwise(lines)]
    padded = max(gaps) > WIDER_ROWS * min(gaps)
    rows: list[TableRow] = []
    for index, line in enumerate(lines):
        cut = _cut_row([line], [line.x0 if line.x0 < column else column - 1, column])
        new_row = not rows or (gaps[index - 1] > WIDER_ROWS * min(gaps) if padded else bool(cut[0]))
        if new_row:
            rows.append(TableRow([[], []]))
        for cell, found in zip(rows[-1].cells, cut or [[], [line]], strict=True):
            cell += found
    return rows
