"""Lines of a PDF page rebuilt from its glyphs: one baseline, no wide gap, in reading order.

A row of text that crosses a wide gap (a column gutter, a table's columns) is cut there into
separate lines; two-column pages are then read column by column (see `reading_order`).
"""

from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from statistics import median

from intake.readers.pdf.glyphs import Glyph
from intake.readers.runs import Run

# Glyphs further apart than this many font sizes belong to separate lines (columns).
COLUMN_GAP = 1.8
GUTTER_TO_SPACE = 2.5
# A gap wider than this share of the font size between two glyphs is a space.
SPACE_GAP = 0.22
# Baselines closer than this share of the font size are the same line.
SAME_BASELINE = 0.45
# A page's space between words, in points, when it has no gap to measure it by.
NOMINAL_SPACE = 3.0


@dataclass
class Line:
    """A line of text on a page: its glyphs left to right, where it lies, its runs of text."""

    glyphs: list[Glyph] = field(default_factory=list)
    page: int = 0
    # Which column of its page the line is in (0 for the left or only one); set by
    # `layout.reading_order`, -1 for a line across both columns.
    column: int = 0

    @cached_property
    def x0(self) -> float:
        return min(g.x0 for g in self.glyphs if not g.char.isspace())

    @cached_property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs if not g.char.isspace())

    @cached_property
    def baseline(self) -> float:
        return median(g.baseline for g in self.glyphs if not g.char.isspace())

    @cached_property
    def size(self) -> float:
        return median(g.size for g in self.glyphs if not g.char.isspace())

    @cached_property
    def bold(self) -> bool:
        return all(g.bold for g in self.glyphs if not g.char.isspace())

    def runs(self) -> list[Run]:
        """The line's text as runs of bold and plain, spaces put where the glyphs leave gaps."""
        runs: list[Run] = []
        previous: Glyph | None = None
        for glyph in self.glyphs:
            text = glyph.char
            gap_is_space = (
                previous is not None
                and not previous.char.isspace()
                and not glyph.char.isspace()
                and glyph.x0 - previous.x1 > SPACE_GAP * glyph.size
            )
            if gap_is_space:
                text = " " + text
            if runs and runs[-1].bold == glyph.bold:
                runs[-1] = Run(runs[-1].text + text, glyph.bold)
            else:
                runs.append(Run(text, glyph.bold))
            previous = glyph
        return runs

    @cached_property
    def text(self) -> str:
        return " ".join("".join(run.text for run in self.runs()).split())


def visible(glyphs: list[Glyph]) -> bool:
    return any(not g.char.isspace() for g in glyphs)


def split_rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs in the order drawn, cut where the baseline changes or the text jumps back."""
    rows: list[list[Glyph]] = []
    row: list[Glyph] = []
    for glyph in glyphs:
        if row and not glyph.char.isspace():
            last = next((g for g in reversed(row) if not g.char.isspace()), None)
            if last is not None and (
                abs(glyph.baseline - last.baseline) > SAME_BASELINE * max(glyph.size, last.size)
                or glyph.x0 < last.x0 - glyph.size
            ):
                rows.append(row)
                row = []
        row.append(glyph)
    if row:
        rows.append(row)
    return rows


def word_gaps(marks: list[Glyph]) -> list[float]:
    """The gaps between consecutive glyphs wide enough to be spaces."""
    return [b.x0 - a.x1 for a, b in pairwise(marks) if b.x0 - a.x1 > SPACE_GAP * b.size]


def split_gaps(row: list[Glyph], page_space: float) -> list[list[Glyph]]:
    """A row cut at every gap much wider than its spaces between words (a column gutter).

    A gap counts when it is wider than `COLUMN_GAP` font sizes and than `GUTTER_TO_SPACE`
    times the row's other spaces (their median), so that the wide spaces of a justified line
    never cut it; a row with no other space ("18-10932      Page 1") is measured against
    the page's usual space, `page_space`.
    """
    marks = [g for g in row if not g.char.isspace()]
    gaps = word_gaps(marks)
    pieces: list[list[Glyph]] = [[]]
    last: Glyph | None = None
    for glyph in row:
        if glyph.char.isspace():
            pieces[-1].append(glyph)
            continue
        gap = glyph.x0 - last.x1 if last is not None else 0.0
        if gap > COLUMN_GAP * glyph.size and gap > GUTTER_TO_SPACE * usual_space(
            gaps, gap, page_space
        ):
            pieces.append([])
        pieces[-1].append(glyph)
        last = glyph
    return pieces


def usual_space(gaps: list[float], gap: float, page_space: float) -> float:
    """The row's usual space between words, `gap` itself left out."""
    others = list(gaps)
    if gap in others:
        others.remove(gap)
    return median(others) if others else page_space


def page_space(rows: list[list[Glyph]]) -> float:
    """The page's usual space between words: the median of its gaps narrower than a gutter."""
    narrow = []
    for row in rows:
        marks = [g for g in row if not g.char.isspace()]
        for a, b in pairwise(marks):
            if SPACE_GAP * b.size < b.x0 - a.x1 <= COLUMN_GAP * b.size:
                narrow.append(b.x0 - a.x1)
    return median(narrow) if narrow else NOMINAL_SPACE


def page_lines(glyphs: list[Glyph], page: int) -> list[Line]:
    """The lines of one page, in the order drawn (see `reading_order` for the reading order)."""
    lines = []
    rows = [in_reading_order(row) for row in split_rows(glyphs)]
    space = page_space(rows)
    for row in rows:
        for piece in split_gaps(row, space):
            if visible(piece):
                lines.append(Line(glyphs=strip_spaces(piece), page=page))
    return lines


def in_reading_order(row: list[Glyph]) -> list[Glyph]:
    """A row as drawn, or rebuilt from positions alone (the spaces from the gaps) if jumbled."""
    if is_jumbled(row):
        return sorted((g for g in row if not g.char.isspace()), key=lambda g: g.x0)
    return row


def is_jumbled(row: list[Glyph]) -> bool:
    """Whether a row's glyphs were drawn out of left-to-right order (then sorted by position)."""
    xs = [g.x0 for g in row if not g.char.isspace()]
    return any(b < a - 0.5 for a, b in pairwise(xs))


def strip_spaces(glyphs: list[Glyph]) -> list[Glyph]:
    start, end = 0, len(glyphs)
    while start < end and glyphs[start].char.isspace():
        start += 1
    while end > start and glyphs[end - 1].char.isspace():
        end -= 1
    return glyphs[start:end]
