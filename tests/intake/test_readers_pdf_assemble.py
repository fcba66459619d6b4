"""A PDF's paragraphs as blocks: a table cell's lines as its paragraphs, words mended."""

from intake.readers.pdf.assemble import cell_text
from intake.readers.pdf.lines import Line
from tests.intake.pdf_lines import typed_line


def line(text: str, baseline: float, page: int = 1, x0: float = 90.0) -> Line:
    return typed_line(text, x0=x0, baseline=baseline, page=page)


RIGHT = 90.0 + 5 * 24  # a cell 24 characters wide


def test_lines_set_close_are_one_paragraph_and_a_word_broken_at_a_line_end_is_mended():
    lines = [line("The conversion tables", 500), line("are licensed and cannot", 488),
             line("be redistri-", 476), line("buted.", 464)]  # fmt: skip
    text = cell_text(lines, RIGHT, words={"redistributed"})
    assert text == "The conversion tables are licensed and cannot be redistributed."


def test_a_wider_gap_or_a_line_stopping_short_of_the_cells_edge_starts_a_paragraph():
    lines = [line("Minutes of SC4 approved", 500), line("Risk: if the schema", 480)]
    assert cell_text(lines, RIGHT, words=set()) == "Minutes of SC4 approved\nRisk: if the schema"
    short = [line("Agreed.", 500), line("Decision: the SC", 488)]
    assert cell_text(short, RIGHT, words=set()) == "Agreed.\nDecision: the SC"
    # Without the cell's edge (a table drawn without rules), only the gap tells.
    assert cell_text(short, None, words=set()) == "Agreed. Decision: the SC"
