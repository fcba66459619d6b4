"""A .doc's paragraphs as HTML for the walk: bold runs, headings, nested lists with Word's
numbers, and tables told from cell marks by the first row's cell count."""

from intake.readers.blocks import BlockKind
from intake.readers.html.walk import blocks_of
from intake.readers.word97.body import CELL, Paragraph, body_of


def read(paragraphs: list[Paragraph]) -> list[tuple]:
    body, markers = body_of(paragraphs)
    return [
        (b.kind, b.cells or b.text, b.level, b.marker, b.bold_lead)
        for b in blocks_of(body, markers=markers)
    ]


def plain(text: str) -> list[Paragraph]:
    """Paragraphs cut at paragraph and cell marks, as `read` would give them without formatting."""
    found, start = [], 0
    for index, char in enumerate(text):
        if char in "\r\x07":
            found.append(Paragraph([(text[start:index], False)], char))
            start = index + 1
    return found


def test_cell_marks_make_rows_by_the_first_rows_cell_count():
    text = "Minutes\rItem\x07Owner\x07\x07Budget\x07\x07\x07Roof\rGutters\x07Ann\x07\x07After.\r"
    assert [(kind, content) for kind, content, *_ in read(plain(text))] == [
        (BlockKind.PARAGRAPH, "Minutes"),
        (BlockKind.TABLE_ROW, ("Item", "Owner")),
        (BlockKind.TABLE_ROW, ("Budget", "")),
        (BlockKind.TABLE_ROW, ("Roof\nGutters", "Ann")),
        (BlockKind.PARAGRAPH, "After."),
    ]


def test_bold_runs_line_breaks_and_plain_headings():
    paragraphs = [
        Paragraph([("Minutes", False)], heading=1),
        Paragraph([("Ms. Okafor:", True), (" We begin.\x0bSecond line.", False)]),
        Paragraph([("Page\x0cbreak", True)]),
    ]
    assert read(paragraphs) == [
        (BlockKind.HEADING, "Minutes", 1, "", ""),
        (BlockKind.PARAGRAPH, "Ms. Okafor: We begin.\nSecond line.", 0, "", "Ms. Okafor:"),
        (BlockKind.PARAGRAPH, "Page\nbreak", 0, "", "Page\nbreak"),
    ]


def test_list_items_nest_by_depth_and_a_paragraph_ends_the_list():
    def item(text: str, marker: str, depth: int = 1) -> Paragraph:
        return Paragraph([(text, False)], marker=marker, depth=depth)

    paragraphs = [
        item("Finance", "1."),
        item("Budget", "a)", 2),
        item("Kim", "", 2),
        item("Roof", "2."),
        Paragraph([("Noted.", False)]),
        item("Later", "3."),
    ]
    assert read(paragraphs) == [
        (BlockKind.LIST_ITEM, "1. Finance", 1, "1.", ""),
        (BlockKind.LIST_ITEM, "a) Budget", 2, "a)", ""),
        (BlockKind.LIST_ITEM, "Kim", 2, "", ""),
        (BlockKind.LIST_ITEM, "2. Roof", 1, "2.", ""),
        (BlockKind.PARAGRAPH, "Noted.", 0, "", ""),
        (BlockKind.LIST_ITEM, "3. Later", 1, "3.", ""),
    ]


def test_a_numbered_paragraph_in_a_cell_is_the_cells_text():
    paragraphs = [
        Paragraph([("Item", False)], CELL, marker="1."),
        Paragraph([("Who", False)], CELL),
        Paragraph([], CELL),
    ]
    assert read(paragraphs) == [(BlockKind.TABLE_ROW, ("Item", "Who"), 0, "", "")]
