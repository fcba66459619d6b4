"""The blocks of a PDF's paragraphs: headings by size, paragraphs with their bold, table rows."""

from collections import Counter
from collections.abc import Sequence

from intake.readers.blocks import Block, BlockKind, Place
from intake.readers.pdf.grids import Grid
from intake.readers.pdf.hyphens import broken_word
from intake.readers.pdf.lines import Line
from intake.readers.pdf.paragraphs import (
    Measures,
    Paragraph,
    first_word_width,
    joined_runs,
    measure,
    paragraphs_of,
)
from intake.readers.runs import compose

# Lines of a cell further apart than this many sizes are its paragraphs (a cell's lines are
# set about 1.2 sizes apart); room at a line's end wider than its next word and this many
# sizes (a cell's padding) says the line ended its paragraph.
CELL_PARAGRAPH_GAP = 1.6
CELL_ROOM = 1.0
# A paragraph set this many points larger than the body text is a heading.
HEADING_SIZE_STEP = 1.5


def heading_levels(paragraphs: list[Paragraph], measures: Measures) -> dict[float, int]:
    """Heading sizes (larger than the body text by a step) ranked from 1 for the largest."""
    sizes = {
        p.lines[0].size
        for p in paragraphs
        if p.lines[0].size >= measures.body_size + HEADING_SIZE_STEP
    }
    return {size: min(rank, 6) for rank, size in enumerate(sorted(sizes, reverse=True), 1)}


def pdf_blocks(
    pages: list[list[Line]], words: set[str], grids: Sequence[Sequence[Grid]] = ()
) -> list[Block]:
    """The blocks of the document's lines (reading order, furniture removed), placed by page;
    `grids` are each page's bordered tables."""
    measures = measure(pages)
    paragraphs = paragraphs_of(pages, measures, grids)
    levels = heading_levels(paragraphs, measures)
    blocks: list[Block] = []
    counts: Counter[int] = Counter()
    for paragraph in paragraphs:
        if paragraph.row is not None:
            counts[paragraph.page] += 1
            blocks.append(table_row(paragraph, counts[paragraph.page], words))
            continue
        composed = compose(joined_runs(paragraph, words), collapse=True)
        if not composed.text:
            continue
        counts[paragraph.page] += 1
        level = levels.get(paragraph.lines[0].size, 0)
        blocks.append(
            Block(
                kind=BlockKind.HEADING if level else BlockKind.PARAGRAPH,
                text=composed.text.replace("\n", " "),
                place=Place(page=paragraph.page, paragraph=counts[paragraph.page]),
                level=level,
                bold_lead="" if level else composed.bold_lead,
                bold=composed.bold and not level,
            )
        )
    return blocks


def table_row(paragraph: Paragraph, number: int, words: set[str]) -> Block:
    """A table's row as a block: each cell's paragraphs a line of it (words broken at a line's
    end mended), the cells joined by " | "."""
    row = paragraph.row
    cells = tuple(
        cell_text(cell, row.edges[index] if row.edges else None, words)
        for index, cell in enumerate(row.cells)
    )
    return Block(
        kind=BlockKind.TABLE_ROW,
        text=" | ".join(cell.replace("\n", " ") for cell in cells),
        place=Place(page=paragraph.page, paragraph=number),
        cells=cells,
    )


def cell_text(lines: list[Line], right: float | None, words: set[str]) -> str:
    """A cell's lines as its paragraphs, a line of text each (as Word's cells are read)."""
    paragraphs: list[Paragraph] = []
    for line in lines:
        if not paragraphs or ends_cell_paragraph(paragraphs[-1].lines, line, right):
            paragraphs.append(Paragraph())
        paragraphs[-1].lines.append(line)
    texts = [compose(joined_runs(p, words), collapse=True).text for p in paragraphs]
    return "\n".join(" ".join(text.split()) for text in texts if text.strip())


def ends_cell_paragraph(lines: list[Line], line: Line, right: float | None) -> bool:
    """Whether `line` starts a new paragraph of its cell: further below than the cell's lines
    are apart, or under a line that stopped short of the cell's right edge (when known)."""
    previous = lines[-1]
    gap = previous.baseline - line.baseline
    if previous.page == line.page and gap > CELL_PARAGRAPH_GAP * line.size:
        return True
    if broken_word(previous.text, line.text):
        return False  # a word broken at the line's end goes on below
    room = (right - previous.x1) if right is not None else 0.0
    return room > first_word_width(line) + CELL_ROOM * line.size
