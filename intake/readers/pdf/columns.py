"""Where a page's text is set in two columns, and the bands of the page that are.

A gutter is found from the text, not from a page template: the right column's lines start at
one x (left-aligned or justified text), so every x near the middle of the page at which
several lines start is a candidate. For a candidate, the lines that cross it (a title, a
full-width heading, a one-column passage, a footnote across the width) cut the page into
bands; a band is read as two columns when the lines on both sides of the gutter read as
prose set in a column (several words a line, most lines running to the column's edge), so
that a table or a list of names set in two columns is never taken for columns of text. The
candidate that explains most lines as columns wins.
"""

from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median

from intake.readers.pdf.lines import Line

# Where the right column may start, as shares of the page's width.
GUTTER_RANGE = (0.3, 0.72)
# Lines that start at one x for it to be a column's left edge.
MIN_COLUMN_STARTS = 3
# Starts this close (points) are one x: glyph boxes differ by fractions of a point.
SAME_START = 1.5
# Between the left column's text and the right column's, at least this many points.
MIN_GUTTER = 6.0
# A column of prose: lines of this many words (median), most running to the column's edge.
PROSE_WORDS = 4
FULL_LINE = 0.25
FULL_SHARE = 0.5
MIN_SIDE_LINES = 2
# A line stands alone across the gutter when nothing on the other side comes within this
# many of its font sizes of it, above or below.
SET_OFF = 0.5
# A gap between two lines of the left column this many times its usual one parts sections.
SECTION_GAP = 1.8


@dataclass
class Band:
    """Consecutive lines of a page, top-down, and how they split at the gutter."""

    lines: list[Line] = field(default_factory=list)
    left: list[Line] = field(default_factory=list)
    right: list[Line] = field(default_factory=list)
    crossing: bool = False

    @property
    def two_columns(self) -> bool:
        return (
            not self.crossing and is_column_of_prose(self.left) and is_column_of_prose(self.right)
        )


def is_column_of_prose(lines: list[Line]) -> bool:
    """Whether lines read as running text set in a column, not as cells or a list of names."""
    if len(lines) < MIN_SIDE_LINES:
        return False
    if median(len(line.text.split()) for line in lines) < PROSE_WORDS:
        return False
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    near_edge = right - FULL_LINE * (right - left)
    full = sum(1 for line in lines if line.x1 >= near_edge)
    return full >= FULL_SHARE * len(lines)


def side_of(line: Line, start: float) -> int:
    """-1 when the line lies left of a column starting at `start`, 1 right of it, 0 across."""
    if line.x0 >= start - 1.0:
        return 1
    if line.x1 <= start - MIN_GUTTER:
        return -1
    return 0


def extent(line: Line, margin: float = 0.0) -> tuple[float, float]:
    """The line's height on the page, from below its baseline to its cap height (+ margin)."""
    return (line.baseline - (0.3 + margin) * line.size, line.baseline + (0.8 + margin) * line.size)


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def spans_both(line: Line, other_side: list[Line]) -> bool:
    """Whether a line on one side stands in a gap across the other: a heading set across the
    page that is too short to cross the gutter, between two bands of columns."""
    zone = extent(line, SET_OFF)
    above = any(other.baseline > line.baseline for other in other_side)
    below = any(other.baseline < line.baseline for other in other_side)
    return above and below and not any(overlaps(zone, extent(other)) for other in other_side)


def split_side_by_side(lines: list[Line], start: float) -> list[Band]:
    """Lines between two crossing lines as bands: cut again at lines that span both sides."""
    sides = {id(line): side_of(line, start) for line in lines}
    left = [line for line in lines if sides[id(line)] < 0]
    right = [line for line in lines if sides[id(line)] > 0]
    found: list[Band] = [Band()]
    for line in lines:
        other = right if sides[id(line)] < 0 else left
        if spans_both(line, other):
            found += [Band(lines=[line], crossing=True), Band()]
            continue
        found[-1].lines.append(line)
        (found[-1].left if sides[id(line)] < 0 else found[-1].right).append(line)
    return [band for band in found if band.lines]


def section_below(band: Band) -> int | None:
    """Where a band's left side goes on below the right side's end after a clear gap: the
    index of that line in `band.lines`, or None.

    Text flows from the foot of the left column to the top of the right, so left lines
    below the right column's end continue it only when they follow on without a gap; after
    a gap wider than paragraphs have (a heading over a new section set in the left column
    alone), they come after the right column.
    """
    if not band.left or not band.right:
        return None
    lowest = min(line.baseline for line in band.right)
    gaps = [a.baseline - b.baseline for a, b in pairwise(band.left)]
    usual = median(gaps) if gaps else 0.0
    for above, line in pairwise(band.left):
        if line.baseline < lowest and above.baseline - line.baseline > SECTION_GAP * usual:
            return next(i for i, one in enumerate(band.lines) if one is line)
    return None


def cut_sections(found: list[Band]) -> list[Band]:
    """Each band cut where its left side goes on alone as a new section (`section_below`)."""
    cut: list[Band] = []
    for band in found:
        index = None if band.crossing else section_below(band)
        if index is None:
            cut.append(band)
            continue
        upper, lower = band.lines[:index], band.lines[index:]
        ids = {id(line) for line in band.left}
        for part in (upper, lower):
            left = [line for line in part if id(line) in ids]
            right = [line for line in part if id(line) not in ids]
            cut.append(Band(lines=part, left=left, right=right))
    return cut


def bands(lines: list[Line], start: float) -> list[Band]:
    """The page's lines (top-down) cut into bands at the lines that cross the gutter, and at
    the lines that stand alone across it (`spans_both`)."""
    found: list[Band] = []
    between: list[Line] = []
    for line in lines:
        if side_of(line, start) == 0:
            found += split_side_by_side(between, start)
            found.append(Band(lines=[line], crossing=True))
            between = []
        else:
            between.append(line)
    return cut_sections(found + split_side_by_side(between, start))


def column_starts(lines: list[Line], width: float) -> list[float]:
    """The x near the middle of the page at which several lines start: where a column may."""
    low, high = GUTTER_RANGE[0] * width, GUTTER_RANGE[1] * width
    xs = sorted(line.x0 for line in lines if low <= line.x0 <= high)
    clusters: list[list[float]] = []
    for x in xs:
        if clusters and x - clusters[-1][-1] <= SAME_START:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return [cluster[0] for cluster in clusters if len(cluster) >= MIN_COLUMN_STARTS]


def column_bands(lines: list[Line], width: float) -> list[Band] | None:
    """The page's bands for the best gutter, or None when no band is set in two columns.

    `lines` are top-down. Each candidate costs one pass over the lines, and a page has few.
    """
    best: tuple[int, list[Band]] | None = None
    for start in column_starts(lines, width):
        found = bands(lines, start)
        explained = sum(len(band.lines) for band in found if band.two_columns)
        if explained and (best is None or explained > best[0]):
            best = (explained, found)
    return best[1] if best else None
