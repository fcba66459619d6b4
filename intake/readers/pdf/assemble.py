"""The blocks of a PDF's paragraphs: headings by size, paragraphs with their bold, table rows."""

from collections import Counter
from collections.abc import Sequence

from intake.readers.blocks import Block, BlockKind, Place
from intake.readers.pdf.grids import Grid
from intake.readers.pdf.lines import Line
from intake.readers.pdf.paragraphs import (
    Measures,
    Paragraph,
    joined_runs,
    measure,
    paragraphs_of,
)
from intake.readers.runs import compose

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
            blocks.append(table_row(paragraph, counts[paragraph.page]))
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


def table_row(paragraph: Paragraph, number: int) -> Block:
    """A table's row as a block: each cell's lines joined by a space, the cells by " | "."""
    cells = tuple(" ".join(line.text for line in cell) for cell in paragraph.row.cells)
    return Block(
        kind=BlockKind.TABLE_ROW,
        text=" | ".join(cells),
        place=Place(page=paragraph.page, paragraph=number),
        cells=cells,
    )
