"""Bordered tables in a PDF: the grid its rules draw gives rows of wrapped cells."""

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from intake.readers.blocks import BlockKind
from intake.readers.pdf import read_pdf
from intake.readers.pdf.grids import Rule, grid_cells, grids_of
from intake.readers.pdf.lines import Line
from tests.intake.pdf_lines import typed_line

COLUMNS = (84.0, 170.0, 257.0, 430.0)
TOP, BOTTOM = 255.0, 78.0


def vertical(x: float, top: float = TOP, bottom: float = BOTTOM) -> Rule:
    return Rule(x - 0.5, bottom, x + 0.5, top)


def horizontal(y: float, left: float = COLUMNS[0], right: float = COLUMNS[-1]) -> Rule:
    return Rule(left, y - 0.5, right, y + 0.5)


def line(text: str, x0: float, baseline: float) -> Line:
    return typed_line(text, x0=x0, baseline=baseline)


def texts(rows):
    return [[" ".join(one.text for one in cell) for cell in row] for row in rows]


def test_vertical_rules_side_by_side_make_a_grid_with_rows_between_horizontal_rules():
    rules = [*(vertical(x) for x in COLUMNS), horizontal(TOP), horizontal(242), horizontal(137)]
    rules += [horizontal(BOTTOM), horizontal(600, 84, 500), vertical(520, 700, 650)]
    (grid,) = grids_of(rules)
    assert grid.columns == COLUMNS
    assert grid.rows == (TOP, 242.0, 137.0, BOTTOM)


def test_two_rules_are_no_grid_and_a_border_drawn_twice_is_one_boundary():
    assert grids_of([vertical(84), vertical(170), horizontal(TOP)]) == []
    (grid,) = grids_of([vertical(84), vertical(85), vertical(170), vertical(257)])
    assert grid.columns == (84.0, 170.0, 257.0)


def test_wrapped_cells_stay_in_their_row_and_a_line_across_two_cells_is_cut():
    (grid,) = grids_of([*(vertical(x) for x in COLUMNS), horizontal(242), horizontal(137)])
    lines = [
        line("Item", 90, 245), line("Discussion", 176, 245), line("Action", 263, 245),
        line("1. Minutes", 90, 233), line("Minutes of 19", 176, 233),
        line("and matters", 90, 221), line("March approved.", 176, 221),
        line("arising", 90, 210),
        line("2. Repairs", 90, 127), line("DW reported", 176, 127), line("Get a quote", 263, 127),
        line("2b. Roof" + " " * 10 + "23 open", 90, 116),  # two cells' text read as one line
    ]  # fmt: skip
    assert texts(grid_cells(lines, grid)) == [
        ["Item", "Discussion", "Action"],
        ["1. Minutes and matters arising", "Minutes of 19 March approved.", ""],
        ["2. Repairs 2b. Roof", "DW reported 23 open", "Get a quote"],
    ]


def bordered_table_pdf() -> bytes:
    """A page with a paragraph, then a table drawn with borders whose cells wrap."""
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(90, 700, "Minutes of the committee, 16 April 2024.")
    top = 680
    rows = [
        ["Item", "Discussion"],
        ["1. Minutes and matters", "Approved as a correct"],
        ["arising", "record. Noted."],
        ["2. Repairs", "Twenty-three open."],
    ]
    baselines = [top - 12, top - 26, top - 38, top - 52]
    for (left, right), baseline in zip(rows, baselines, strict=True):
        canvas.drawString(90, baseline, left)
        canvas.drawString(220, baseline, right)
    for x in (84, 214, 330):
        canvas.line(x, top, x, top - 58)
    for y in (top, top - 16, top - 42, top - 58):
        canvas.line(84, y, 330, y)
    canvas.drawString(90, top - 80, "The meeting closed at 8.40pm.")
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def test_a_bordered_table_of_wrapped_cells_reads_as_its_rows():
    blocks = read_pdf(data=bordered_table_pdf(), name="table.pdf").blocks
    assert [(b.kind, b.cells or b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "Minutes of the committee, 16 April 2024."),
        (BlockKind.TABLE_ROW, ("Item", "Discussion")),
        (
            BlockKind.TABLE_ROW,
            ("1. Minutes and matters arising", "Approved as a correct record. Noted."),
        ),
        (BlockKind.TABLE_ROW, ("2. Repairs", "Twenty-three open.")),
        (BlockKind.PARAGRAPH, "The meeting closed at 8.40pm."),
    ]
