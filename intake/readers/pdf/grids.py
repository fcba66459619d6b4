"""Tables a PDF draws with rules: the grid of a bordered table, and its rows and cells.

Word and LibreOffice draw a table's borders as thin lines. Where three vertical rules or
more stand side by side over the same height, they are a grid: the text between them is
the table's, each cell between two vertical rules, each row between two horizontal ones,
however many lines a cell's text wraps to. This reads tables of wrapped cells (an action
list's discussion column) that text positions alone cannot: a cell's second line looks
like a new row. Tables without borders are left to `tables`.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from intake.readers.pdf.lines import Line

# A rule is at most this thick and at least this long, in points.
RULE_THICKNESS = 2.5
RULE_LENGTH = 8.0
# Rules this near are one (a border drawn twice, or as both edges of a thin box).
SAME_PLACE = 2.0
MIN_COLUMNS = 2
# More drawn paths than this on a page is a drawing, not a table's borders.
MAX_PATHS = 5_000
# A horizontal rule spanning this share of the grid's width divides its rows.
ROW_RULE_SPAN = 0.5


@dataclass(frozen=True)
class Rule:
    """A thin drawn line: its bounds on the page (PDF points, y upwards)."""

    left: float
    bottom: float
    right: float
    top: float

    @property
    def vertical(self) -> bool:
        return self.right - self.left <= RULE_THICKNESS and self.top - self.bottom >= RULE_LENGTH

    @property
    def horizontal(self) -> bool:
        return self.top - self.bottom <= RULE_THICKNESS and self.right - self.left >= RULE_LENGTH


@dataclass(frozen=True)
class Grid:
    """A bordered table: its column boundaries left to right, row boundaries top down."""

    columns: tuple[float, ...]
    rows: tuple[float, ...]

    def holds(self, line: Line) -> bool:
        inside_x = (
            self.columns[0] - SAME_PLACE <= line.x0 and line.x1 <= self.columns[-1] + SAME_PLACE
        )
        return inside_x and self.rows[-1] < line.baseline < self.rows[0]

    def row_of(self, line: Line) -> int:
        return sum(1 for boundary in self.rows[1:-1] if boundary > line.baseline)

    def column_of(self, x: float) -> int:
        return sum(1 for boundary in self.columns[1:-1] if boundary <= x)


def merged(values: Iterable[float]) -> list[float]:
    """The values in order, those within `SAME_PLACE` of the one before dropped."""
    kept: list[float] = []
    for value in sorted(values):
        if not kept or value - kept[-1] > SAME_PLACE:
            kept.append(value)
    return kept


def overlaps(a: Rule, b: Rule) -> bool:
    """Whether two vertical rules stand over most of the same height."""
    shared = min(a.top, b.top) - max(a.bottom, b.bottom)
    return shared > 0.5 * min(a.top - a.bottom, b.top - b.bottom)


def grids_of(rules: list[Rule]) -> list[Grid]:
    """The grids the rules draw: vertical rules side by side over one height, rows between
    the horizontal rules across them."""
    verticals = sorted((rule for rule in rules if rule.vertical), key=lambda rule: -rule.top)
    horizontals = [rule for rule in rules if rule.horizontal]
    groups: list[list[Rule]] = []
    for rule in verticals:
        group = next((g for g in groups if any(overlaps(rule, other) for other in g)), None)
        if group is None:
            groups.append([rule])
        else:
            group.append(rule)
    grids = []
    for group in groups:
        columns = merged((rule.left + rule.right) / 2 for rule in group)
        if len(columns) < MIN_COLUMNS + 1:
            continue
        top, bottom = max(rule.top for rule in group), min(rule.bottom for rule in group)
        width = columns[-1] - columns[0]
        across = [
            (rule.top + rule.bottom) / 2
            for rule in horizontals
            if bottom - SAME_PLACE <= rule.bottom
            and rule.top <= top + SAME_PLACE
            and min(rule.right, columns[-1]) - max(rule.left, columns[0]) >= ROW_RULE_SPAN * width
        ]
        rows = sorted(set(merged([top, bottom, *across])), reverse=True)
        grids.append(Grid(tuple(columns), tuple(rows)))
    return grids


def cut_at_columns(line: Line, grid: Grid) -> list[tuple[int, Line]]:
    """The line's pieces in each cell it crosses (two cells' text read as one line)."""
    pieces: dict[int, list] = {}
    for glyph in line.glyphs:
        column = grid.column_of((glyph.x0 + glyph.x1) / 2)
        pieces.setdefault(column, []).append(glyph)
    return [
        (column, Line(glyphs=glyphs, page=line.page, column=line.column))
        for column, glyphs in sorted(pieces.items())
        if any(not glyph.char.isspace() for glyph in glyphs)
    ]


def grid_cells(lines: list[Line], grid: Grid) -> list[list[list[Line]]]:
    """The grid's rows (top down, empty ones left out) of cells of lines, from `lines`."""
    rows: list[list[list[Line]]] = [[[] for _ in grid.columns[:-1]] for _ in grid.rows[:-1]]
    for line in lines:
        for column, piece in cut_at_columns(line, grid):
            rows[grid.row_of(line)][column].append(piece)
    return [row for row in rows if any(row)]
