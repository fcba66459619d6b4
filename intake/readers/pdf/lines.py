"""Lines of a PDF page rebuilt from its glyphs: one baseline, no wide gap, in reading order.

A row of text that crosses a wide gap (a column gutter, a table's columns) is cut there into
separate lines; two-column pages are then read column by column (see `reading_order`).
"""

import re
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
SPACE_GAP = 0.15
# Baselines closer than this share of the font size are the same line.
SAME_BASELINE = 0.45
# A glyph raised by this share of the line's size and smaller than this share is raised type.
SUPERSCRIPT_RISE = 0.25
SUPERSCRIPT_SIZE = 0.85
SUPERSCRIPTS = dict(
    zip("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", strict=True)
)
# A paragraph's number or bullet: "3.", "3.1", "12)", "(a)", "iv.", "•".
MARKER = re.compile(
    r"^(\(?\d{1,3}(\.\d{1,3}){0,3}[.)]?|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}[.)]|[\u2022\u25aa\u25cf\u2013*-])$"
)
# Gaps within this ratio of each other are alike: a justified line spreads its spaces evenly.
ALIKE = 1.2
# The same glyph again closer than this share of its size was printed twice (to look bold).
PRINTED_TWICE = 0.25
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

    def is_superscript(self, glyph: Glyph) -> bool:
        """Whether a glyph is set small and raised above the line (a note mark)."""
        raised = glyph.baseline - self.baseline > SUPERSCRIPT_RISE * self.size
        return raised and glyph.size < SUPERSCRIPT_SIZE * self.size

    def runs(self) -> list[Run]:
        """The line's text as runs of bold and plain, spaces put where the glyphs leave gaps.

        A digit set as a superscript (a note mark) is written as one: "date.¹", not "date.1".
        """
        runs: list[Run] = []
        previous: Glyph | None = None
        for glyph in self.glyphs:
            text = glyph.char
            if text in SUPERSCRIPTS and self.is_superscript(glyph):
                text = SUPERSCRIPTS[text]
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
    the page's usual space, `page_space`. The gap after a paragraph's number or bullet
    alone ("3.1", "(a)", "•" and a tab to a hanging indent) is a tab, not a gutter.
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
        wide = gap > COLUMN_GAP * glyph.size and not is_marker(pieces[-1])
        if wide and gap > GUTTER_TO_SPACE * usual_space(gaps, gap, glyph.size, page_space):
            pieces.append([])
        pieces[-1].append(glyph)
        last = glyph
    return pieces


def is_marker(glyphs: list[Glyph]) -> bool:
    """Whether the glyphs are a list marker alone: a number, a letter in brackets, a bullet."""
    return bool(MARKER.match("".join(g.char for g in glyphs if not g.char.isspace())))


def usual_space(gaps: list[float], gap: float, size: float, page_space: float) -> float:
    """The row's usual space between words, to measure `gap` by.

    A row with spaces narrower than a gutter is measured by them (a table's row has a
    space or two inside its cells). A row whose gaps are all wide is a loosely justified
    line when they are all alike, measured by them, or else a row of one-word cells, as is
    a row with no other gap ("18-10932    Page 1"): measured by the page's usual space.
    """
    others = list(gaps)
    if gap in others:
        others.remove(gap)
    narrow = [other for other in others if other <= COLUMN_GAP * size]
    if narrow:
        return median(narrow)
    if others and max(gaps) <= ALIKE * min(gaps):
        return median(others)
    return page_space


def page_space(rows: list[list[Glyph]]) -> float:
    """The page's usual space between words: the median of its gaps narrower than a gutter."""
    narrow = []
    for row in rows:
        marks = [g for g in row if not g.char.isspace()]
        for a, b in pairwise(marks):
            if SPACE_GAP * b.size < b.x0 - a.x1 <= COLUMN_GAP * b.size:
                narrow.append(b.x0 - a.x1)
    return median(narrow) if narrow else NOMINAL_SPACE


def row_baseline(row: list[Glyph]) -> float:
    marks = [g.baseline for g in row if not g.char.isspace()]
    return median(marks) if marks else row[0].baseline


def row_size(row: list[Glyph]) -> float:
    return max(g.size for g in row)


def merged_rows(rows: list[list[Glyph]]) -> list[list[Glyph]]:
    """Rows drawn apart on one baseline as one row, its glyphs by position.

    A word drawn out of order, or a line drawn in pieces, makes two rows on one baseline
    that touch (see `touching`); text printed twice, a little apart, to look bold gives
    each glyph twice: kept once.
    """
    groups: list[list[list[Glyph]]] = []
    for row in sorted((row for row in rows if visible(row)), key=lambda r: -row_baseline(r)):
        # Measured from the group's first row, not the last one added: a chain of rows each a
        # little lower (a table's cells in two sizes) would otherwise run lines together.
        first = groups[-1][0] if groups else None
        limit = SAME_BASELINE * max(row_size(row), row_size(first)) if first else 0.0
        if first and abs(row_baseline(first) - row_baseline(row)) <= limit:
            groups[-1].append(row)
        else:
            groups.append([row])
    return [row for group in groups for row in touching(group)]


def touching(group: list[list[Glyph]]) -> list[list[Glyph]]:
    """Rows of one baseline merged where they overlap or nearly touch, as pieces of a line
    do; rows further apart (two columns' lines) stay apart."""
    extents = [(min(g.x0 for g in row), max(g.x1 for g in row), row) for row in group]
    clusters: list[list[list[Glyph]]] = []
    right = float("-inf")
    for x0, x1, row in sorted(extents, key=lambda extent: extent[0]):
        if clusters and x0 <= right + row_size(row):
            clusters[-1].append(row)
            right = max(right, x1)
        else:
            clusters.append([row])
            right = x1
    return [cluster[0] if len(cluster) == 1 else one_row(cluster) for cluster in clusters]


def one_row(group: list[list[Glyph]]) -> list[Glyph]:
    """The glyphs of several rows in order of position, each glyph printed twice kept once."""
    kept: list[Glyph] = []
    for glyph in sorted(
        (g for row in group for g in row if not g.char.isspace()), key=lambda g: g.x0
    ):
        twice = any(
            other.char == glyph.char and abs(other.x0 - glyph.x0) < PRINTED_TWICE * glyph.size
            for other in kept[-3:]
        )
        if not twice:
            kept.append(glyph)
    return kept


def page_lines(glyphs: list[Glyph], page: int) -> list[Line]:
    """The lines of one page, in the order drawn (see `reading_order` for the reading order)."""
    lines = []
    rows = merged_rows([in_reading_order(row) for row in split_rows(glyphs)])
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
