"""Paragraphs from the lines of a PDF in reading order, and the blocks they make.

A paragraph ends where the next line is further down than lines usually are, is indented as
a first line is, is outdented as the next point of a list is, changes size or weight, or
where the previous line stopped short of the margin although the next line's first word
would have fitted (a line broken by hand, not by the width). Lines are joined with a space;
words broken by a hyphen as `hyphens` decides.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median

from intake.readers.pdf.cells import TableRow
from intake.readers.pdf.grids import Grid
from intake.readers.pdf.hyphens import broken_word, keeps_hyphen
from intake.readers.pdf.lines import SPACE_GAP, Line
from intake.readers.pdf.tables import with_tables
from intake.readers.runs import Run

# A gap between lines larger than this many usual gaps starts a paragraph.
PARAGRAPH_GAP = 1.35
# Lines closer than this many sizes are not set at a paragraph's spacing; gaps this near
# each other (as a share of the smaller) are the same spacing.
MIN_LINE_SPACING = 0.7
SAME_GAP = 0.1
# Differences smaller than this many font sizes are the same position.
INDENT_TOLERANCE = 0.8
SIZE_TOLERANCE = 0.8
LIST_MARKER = re.compile(
    r"^(\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}[.)]|[\u2022\u25aa\u25e6\u00b7\u2013*])\s"
)
# A point's number or letter, as a numbered list prints it: "3.", "3)", "(c)", "c.".
NUMBER_MARKER = re.compile(r"^\(?(\d{1,3}|[a-zA-Z])[.)]\s")
# A transcript's turn opening a line: a label in capitals ("MR DUNNE:", "THE WITNESS:") or an
# examination's "Q." / "A.".
TURN_OPENING = re.compile(r"^(?:(?:[A-Z][A-Z.'\u2019-]*\s){0,4}[A-Z][A-Z'\u2019-]+:|[QA]\.)\s")
# Fewer lines than this give no usual right edge but their furthest.
FEW_LINES = 5
# The end of a line that cannot end a paragraph: a comma, a dash or a small word ('Institut für
# Geodäsie,' / 'Vienna'; 'Validation and downscaling —' / 'discussion'; 'Minutes of the' /
# 'Annual Meeting').
GOES_ON = re.compile(
    r"(?:[,\u2013\u2014&/-]|\b(?:of|and|the|for|in|on|at|to|with|by|de|du|des|la|für|und|der))$",
    re.IGNORECASE,
)
# Dot leaders between an entry and its page or name.
LEADERS = re.compile(r"(\.\s?){4,}|\u2026{2,}")


@dataclass
class Paragraph:
    """Lines that read as one paragraph (or a table's row), and the page on which it starts."""

    lines: list[Line] = field(default_factory=list)
    # The table row the lines are the cells of, if they are.
    row: TableRow | None = None

    @property
    def page(self) -> int:
        return self.lines[0].page


@dataclass
class Measures:
    """What the document's lines usually are: body size, gaps by size, right edges by page."""

    body_size: float
    gaps: dict[float, float]
    # The usual right and left edges of the text, by (page, column).
    right_edge: dict[tuple[int, int], float]
    left_edge: dict[tuple[int, int], float]
    # The document's usual margins: the median of its pages' left and right text edges.
    text_left: float = 0.0
    text_right: float = 0.0

    def gap(self, size: float) -> float:
        return self.gaps.get(size, 1.2 * size)


def measure(pages: list[list[Line]]) -> Measures:
    sizes: Counter[float] = Counter()
    gaps: defaultdict[float, list[float]] = defaultdict(list)
    right_edge, left_edge = {}, {}
    lefts: list[float] = []
    rights: list[float] = []
    for lines in pages:
        for line in lines:
            sizes[line.size] += len(line.glyphs)
        for previous, line in pairwise(lines):
            gap = previous.baseline - line.baseline
            if previous.size == line.size and 0 < gap < 3 * line.size:
                gaps[line.size].append(gap)
        columns: defaultdict[tuple[int, int], list[Line]] = defaultdict(list)
        for line in lines:
            columns[(line.page, line.column)].append(line)
        if not lines:
            continue
        page_right = usual_right_edge(lines)
        rights.append(page_right)
        lefts.append(min(line.x0 for line in lines))
        for key, column in columns.items():
            right_edge[key] = usual_right_edge(column)
            if key[1] < 0:
                # Lines read across a page of columns run to the page's right edge.
                right_edge[key] = max(right_edge[key], page_right)
            left_edge[key] = min(line.x0 for line in column)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    return Measures(
        body,
        {s: line_spacing(g, s) for s, g in gaps.items()},
        right_edge,
        left_edge,
        text_left=median(lefts) if lefts else 0.0,
        text_right=median(rights) if rights else 0.0,
    )


def line_spacing(gaps: list[float], size: float) -> float:
    """The usual gap between the lines of a paragraph: the smallest gap found twice or more.

    Not the median of all gaps: in minutes of many one-line paragraphs (an item's title, a
    resolution, a date) most gaps are between paragraphs, and their median is the paragraph
    gap itself. Gaps far under the type's size (a raised note, a table's ruled rows) are no
    line spacing.
    """
    spaced = sorted(gap for gap in gaps if gap >= MIN_LINE_SPACING * size)
    for low in spaced:
        same = [gap for gap in spaced if abs(gap - low) <= SAME_GAP * low]
        if len(same) >= 2:
            return median(same)
    return median(gaps)


def usual_right_edge(lines: list[Line]) -> float:
    """Where the lines' text usually ends: near the furthest end, one stray line left aside."""
    ends = sorted(line.x1 for line in lines)
    return ends[int(0.9 * (len(ends) - 1))] if len(ends) >= FEW_LINES else ends[-1]


def first_word_width(line: Line) -> float:
    """How wide the line's first word is: up to a space, or a gap that reads as one."""
    end = line.x0
    for glyph in line.glyphs:
        if glyph.char.isspace() or glyph.x0 - end > SPACE_GAP * glyph.size:
            break
        end = glyph.x1
    return end - line.x0


def stopped_short(previous: Line, line: Line, measures: Measures) -> bool:
    """Whether `line`'s first word would have fitted at the end of `previous`."""
    right = max(measures.right_edge.get((previous.page, previous.column), 0.0), previous.x1)
    room = right - previous.x1 - 0.3 * previous.size
    return room > first_word_width(line) + INDENT_TOLERANCE * previous.size


def label_goes_on(previous: Line, line: Line) -> bool:
    """A bold label broken at a hyphen ('… OF DRINKING WATER AND SANITA-' / 'TION (SHRI A.
    DESHMUKH): Madam Speaker, …'): the line goes on in bold where the one above stopped."""
    glyphs = [g for g in line.glyphs if not g.char.isspace()]
    return (
        previous.bold
        and bool(glyphs)
        and glyphs[0].bold
        and broken_word(previous.text, line.text) is not None
    )


def starts_with_marker(line: Line) -> bool:
    """Whether the line begins as a numbered or bulleted point does ("1.", "(a)", "•")."""
    return bool(LIST_MARKER.match(line.text))


def numbers_on(first: Line, line: Line, tolerance: float) -> bool:
    """Whether `line` opens the point after the one `first` opened, where it did ("2." under
    "1.", "(c)" under "(b)"): the next point, whatever the line before it ended with."""
    this, before = NUMBER_MARKER.match(line.text), NUMBER_MARKER.match(first.text)
    if not this or not before or abs(first.x0 - line.x0) > tolerance:
        return False
    return marker_value(this.group(1)) == marker_value(before.group(1)) + 1


def marker_value(marker: str) -> int:
    return int(marker) if marker.isdigit() else ord(marker.lower()) - ord("a") + 1


def opens_turn(line: Line) -> bool:
    """Whether the line opens a transcript's turn (see `TURN_OPENING`): on numbered paper,
    where every line starts at the margin, that is all that says a paragraph starts."""
    return bool(TURN_OPENING.match(line.text))


def ends_sentence(line: Line) -> bool:
    return line.text.rstrip().endswith((".", ":", ";", "?", "!"))


def has_leaders(line: Line) -> bool:
    """Whether the line has dot leaders (`Chile . . . . Mr. Ruiz`): a row of a roster or index."""
    return bool(LEADERS.search(line.text))


def is_centred(line: Line, measures: Measures) -> bool:
    """Whether the line is set centred: as far from both edges of the text, and short of them.

    A line across a page of columns or of one column is measured against the document's
    usual margins (a title page has no body text to give its own).
    """
    if line.column > 0 or (line.column == 0 and (line.page, 1) in measures.left_edge):
        left = measures.left_edge[(line.page, line.column)]
        right = measures.right_edge[(line.page, line.column)]
    else:
        left, right = measures.text_left, measures.text_right
    tolerance = INDENT_TOLERANCE * line.size
    short = line.x0 > left + tolerance and line.x1 < right - tolerance
    return short and abs((line.x0 + line.x1) - (left + right)) < tolerance


def goes_on(line: Line) -> bool:
    """Whether the line visibly runs on: a bracket left open, or a comma, dash or small word
    last ('Chair: Dr Marta Kowalczyk (Warsaw University of' / 'Technology)')."""
    text = line.text.rstrip()
    return text.count("(") > text.count(")") or bool(GOES_ON.search(text))


def centred_goes_on(previous: Line, line: Line, measures: Measures) -> bool:
    """Whether a centred line is wrapped onto the centred line just below it: a title block's
    lines are each their own unless the first visibly runs on."""
    if previous.page != line.page or line.baseline > previous.baseline or not goes_on(previous):
        return False
    gap = previous.baseline - line.baseline
    close = gap <= PARAGRAPH_GAP * measures.gap(line.size)
    return close and is_centred(previous, measures) and is_centred(line, measures)


def starts_paragraph(current: Paragraph, line: Line, measures: Measures) -> bool:
    previous = current.lines[-1]
    tolerance = INDENT_TOLERANCE * line.size
    if abs(previous.size - line.size) > SIZE_TOLERANCE:
        return True
    if previous.bold != line.bold and not label_goes_on(previous, line):
        return True
    if centred_goes_on(previous, line, measures):
        return False
    if stopped_short(previous, line, measures):
        return True
    if (starts_with_marker(line) or opens_turn(line)) and ends_sentence(previous):
        return True
    if numbers_on(current.lines[0], line, tolerance):
        return True
    if has_leaders(previous) or (has_leaders(line) and not line.text.startswith(".")):
        return True
    centred = is_centred(previous, measures) and is_centred(line, measures)
    if centred and abs(previous.x0 - line.x0) > tolerance:
        return True  # centred lines of different lengths: a title's lines, each its own
    new_column = line.baseline > previous.baseline
    if previous.page != line.page or new_column:
        # Text running on into a new page or column starts at that column's left edge.
        return line.x0 > measures.left_edge.get((line.page, line.column), line.x0) + tolerance
    gap = previous.baseline - line.baseline
    if gap > PARAGRAPH_GAP * measures.gap(line.size):
        return True
    if line.x0 > previous.x0 + tolerance and len(current.lines) > 1:
        return True  # a first-line indent (a hanging indent's second line is not one)
    return line.x0 < previous.x0 - tolerance and len(current.lines) > 1


def paragraphs_of(
    pages: list[list[Line]], measures: Measures, grids: Sequence[Sequence[Grid]] = ()
) -> list[Paragraph]:
    """The pages' paragraphs and table rows; `grids` are each page's bordered tables."""
    found: list[Paragraph] = []
    for number, lines in enumerate(pages):
        for item in with_tables(lines, grids[number] if number < len(grids) else ()):
            if isinstance(item, TableRow) and found and runs_on(found[-1].row, item):
                found[-1].row.cells = [
                    a + b for a, b in zip(found[-1].row.cells, item.cells, strict=True)
                ]
                found[-1].lines = found[-1].row.lines
                continue
            if isinstance(item, TableRow):
                found.append(Paragraph(lines=item.lines, row=item))
                continue
            if not found or found[-1].row or starts_paragraph(found[-1], item, measures):
                found.append(Paragraph())
            found[-1].lines.append(item)
    return found


def runs_on(row: TableRow | None, item: TableRow) -> bool:
    """Whether a row at the top of a page, its first cell empty, is the rest of the last row
    of the page before (a row the page break cut), in a table of the same columns."""
    if row is None or not item.lines or item.cells[0] or len(row.cells) != len(item.cells):
        return False
    return item.lines[0].page == row.lines[-1].page + 1 and item.edges == row.edges


def joined_runs(paragraph: Paragraph, words: set[str]) -> list[Run]:
    """The paragraph's lines as one run list: a space between lines, or a broken word mended."""
    runs: list[Run] = []
    previous_text = ""
    for line in paragraph.lines:
        line_runs = line.runs()
        text = "".join(run.text for run in line_runs)
        broken = broken_word(previous_text, text) if runs else None
        if broken:
            before, hyphen, after = broken
            if not keeps_hyphen(before=before, after=after, hyphen=hyphen, words=words):
                last = runs[-1]
                runs[-1] = Run(last.text.rstrip()[:-1], last.bold)
        elif runs:
            runs.append(Run(" ", line.bold))
        runs += line_runs
        previous_text = text
    return runs
