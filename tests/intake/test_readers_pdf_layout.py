"""Reading order of PDF lines, columns, and the furniture repeated in page margins."""

from intake.readers.pdf.glyphs import Glyph
from intake.readers.pdf.layout import reading_order, without_furniture
from intake.readers.pdf.lines import Line, page_lines
from intake.readers.pdf.tables import with_tables

WIDTH, HEIGHT = 600.0, 800.0


def line(text: str, x0: float, baseline: float, page: int = 1) -> Line:
    glyphs = [
        Glyph(char=char, x0=x0 + 5 * i, x1=x0 + 5 * (i + 1), baseline=baseline, size=10, bold=False)
        for i, char in enumerate(text)
    ]
    return Line(glyphs=glyphs, page=page)


def texts(lines: list[Line]) -> list[str]:
    return [one.text for one in lines]


def test_one_column_reads_top_down_and_left_to_right():
    lines = [line("second", 50, 600), line("first b", 300, 700), line("first a", 50, 700)]
    assert texts(reading_order(lines, WIDTH)) == ["first a", "first b", "second"]


def test_two_columns_read_left_then_right_below_a_full_width_title():
    title = line("A title that runs across the whole width of the page........", 50, 760)
    left = [line(f"left column line {n:02d}", 50, 700 - 14 * n) for n in range(10)]
    right = [line(f"right column line {n:02d}", 330, 700 - 14 * n) for n in range(10)]
    ordered = reading_order([*right, *left, title], WIDTH)
    assert texts(ordered) == texts([title, *left, *right])
    assert [one.column for one in ordered] == [-1] + [0] * 10 + [1] * 10


def page(number: int) -> list[Line]:
    return [
        line("Steering Group - Minutes of 14 March", 50, 780, number),
        line(f"Body text of page {number}, which differs.", 50, 500, number),
        line("Decisions are recorded below.", 50, 400, number),
        line(f"Page {number} of 3", 270, 30, number),
    ]


def test_running_heads_and_page_numbers_in_the_margins_are_dropped():
    pages = [page(n) for n in (1, 2, 3)]
    kept = without_furniture(pages, [HEIGHT] * 3)
    assert [texts(lines) for lines in kept] == [
        [f"Body text of page {n}, which differs.", "Decisions are recorded below."]
        for n in (1, 2, 3)
    ]


def test_a_bare_number_in_a_margin_is_dropped_even_on_one_page():
    lines = [line("Minutes", 50, 700), line("- 7 -", 290, 30), line("iv", 290, 770)]
    assert texts(without_furniture([lines], [HEIGHT])[0]) == ["Minutes"]


def test_text_repeated_in_the_body_is_kept():
    pages = [[line("Agreed.", 50, 400, n), line("Agreed.", 50, 300, n)] for n in (1, 2, 3)]
    kept = without_furniture(pages, [HEIGHT] * 3)
    assert [len(lines) for lines in kept] == [2, 2, 2]


PROSE = "words of a column of running text set ragged"  # 5 points a character


def column(x0: float, top: float, count: int, tag: str, page: int = 1) -> list[Line]:
    """`count` lines of prose from `top` down, ending within a few points of each other."""
    return [
        line(f"{tag}{n:02d} {PROSE[: 40 + n % 5]}", x0, top - 14 * n, page) for n in range(count)
    ]


def test_a_gutter_is_found_when_left_lines_run_close_to_it():
    """The left column's lines end 10 points short of the right column's start (300)."""
    left = column(50, 700, 12, "L")
    right = column(300, 700, 12, "R")
    assert max(one.x1 for one in left) == 290
    ordered = reading_order([*right, *left], WIDTH)
    assert texts(ordered) == texts(left + right)


def test_a_page_that_switches_between_one_and_two_columns_reads_each_band_in_order():
    wide = "a paragraph set across the whole width of the page, one column of it " * 1
    top = [line(wide + str(n), 50, 760 - 14 * n) for n in range(3)]
    first_left, first_right = column(50, 700, 6, "A"), column(300, 700, 6, "B")
    middle = [line(wide + "middle", 50, 600)]
    second_left, second_right = column(50, 580, 6, "C"), column(300, 580, 6, "D")
    shuffled = [*second_right, *middle, *first_right, *top, *second_left, *first_left]
    expected = top + first_left + first_right + middle + second_left + second_right
    assert texts(reading_order(shuffled, WIDTH)) == texts(expected)


def small_line(text: str, x0: float, baseline: float) -> Line:
    glyphs = [
        Glyph(char=char, x0=x0 + 4 * i, x1=x0 + 4 * (i + 1), baseline=baseline, size=8, bold=False)
        for i, char in enumerate(text)
    ]
    return Line(glyphs=glyphs, page=1)


def test_footnotes_and_running_heads_in_small_type_are_read_apart_from_the_columns():
    head = small_line("Running head of the record", 50, 780)
    left, right = column(50, 700, 10, "L"), column(300, 700, 10, "R")
    note = small_line("1 A short footnote.", 50, 540)
    ordered = reading_order([note, *right, head, *left], WIDTH)
    assert texts(ordered) == texts([head, *left, *right, note])


def test_names_set_in_two_columns_are_not_columns_of_text():
    names = ["Cllr A Smith", "Cllr B Jones", "Cllr C Brown", "Cllr D Evans"]
    rows = [(line(a, 50, 700 - 14 * n), line(b, 300, 700 - 14 * n)) for n, (a, b) in
            enumerate(zip(names, reversed(names), strict=True))]  # fmt: skip
    ordered = reading_order([one for row in rows for one in row], WIDTH)
    assert texts(ordered) == texts([one for row in rows for one in row])


def glyphs_at(text: str, x0: float, baseline: float = 30, size: float = 10) -> list[Glyph]:
    return [
        Glyph(
            char=char, x0=x0 + 5 * i, x1=x0 + 5 * (i + 1), baseline=baseline, size=size, bold=False
        )
        for i, char in enumerate(text)
    ]


def test_a_row_with_one_wide_gap_and_no_other_space_is_cut_there():
    """A footer's left and right parts: the gap is measured against the page's spaces."""
    body = glyphs_at("one two three four", 50, 500)
    footer = glyphs_at("18-10932", 50) + glyphs_at("Page 1", 400)
    assert texts(page_lines(body + footer, page=1)) == ["one two three four", "18-10932", "Page 1"]


def test_the_wide_spaces_of_a_justified_line_do_not_cut_it():
    """Spread to the margin, a line's spaces are all alike, however wide."""
    row, x = [], 50.0
    for word in ["set", "wide", "apart", "here"]:
        row += glyphs_at(word, x, 500)
        x += 5 * len(word) + 40
    assert texts(page_lines(row, page=1)) == ["set wide apart here"]


def test_a_row_of_one_word_cells_is_cut_at_each_gap():
    row = glyphs_at("Name", 50, 500) + glyphs_at("Position", 230, 500)
    row += glyphs_at("Attendance", 380, 500)
    assert texts(page_lines(row, page=1)) == ["Name", "Position", "Attendance"]


def test_on_a_page_alone_small_type_set_off_in_the_margins_is_furniture_but_not_a_footnote():
    body = [line(f"Body line {n} of the minutes.", 50, 600 - 14 * n) for n in range(5)]
    head = small_line("S/PV.8217", 50, 770)
    footer = small_line("Parliament of Eastland - Hansard", 50, 40)
    note = small_line("1 The letter is filed with the clerk.", 50, 60)
    kept = without_furniture([[head, *body, note, footer]], [HEIGHT])
    assert texts(kept[0]) == texts([*body, note])


def test_on_a_page_alone_a_footer_in_body_type_far_below_the_text_is_furniture():
    body = [line(f"Body line {n} of the minutes.", 50, 600 - 14 * n) for n in range(5)]
    footer = line("Senate - unconfirmed minutes - SEN/17/44", 50, 40)
    assert texts(without_furniture([[*body, footer]], [HEIGHT])[0]) == texts(body)
    # A last paragraph a paragraph's space below the rest is text, however low.
    low = [line(f"Body line {n}.", 50, 150 - 14 * n) for n in range(5)]
    last = line("The meeting closed at 9 pm.", 50, 70)
    assert texts(without_furniture([[*low, last]], [HEIGHT])[0]) == texts([*low, last])


def test_text_printed_twice_to_look_bold_is_read_once_and_a_word_drawn_apart_joins_its_line():
    twice = glyphs_at("Chair:", 50, 500) + glyphs_at("Chair:", 50.4, 500)
    pieces = glyphs_at("welcomed all", 70, 400) + glyphs_at("The", 50, 400)
    assert texts(page_lines(twice + pieces, page=1)) == ["Chair:", "The welcomed all"]


def test_rows_of_cells_starting_in_the_same_columns_are_a_table_but_labels_are_a_form():
    def rows(pairs):
        return [
            [line(a, 50, 700 - 14 * n), line(b, 250, 700 - 14 * n)]
            for n, (a, b) in enumerate(pairs)
        ]

    table = rows([("Name", "Role"), ("Ms A Okafor", "Chair"), ("Mr B Li", "Clerk")])
    items = with_tables([one for row in table for one in row])
    assert [[texts(cell) for cell in item.cells] for item in items] == [
        [["Name"], ["Role"]],
        [["Ms A Okafor"], ["Chair"]],
        [["Mr B Li"], ["Clerk"]],
    ]
    form = rows([("Present:", "Ms A Okafor"), ("Apologies:", "Mr B Li")])
    assert with_tables([one for row in form for one in row]) == [one for row in form for one in row]


def test_stacked_lines_of_a_cell_beside_larger_type_are_not_run_together():
    """A table printed by a browser: a narrow cell's two small lines ('Action' over 'details')
    beside a cell in larger type whose baseline lies between them. Each lies within a line's
    reach of the larger one, but not of each other: glyph by glyph they would interleave."""
    cell = glyphs_at("Action", 300, 500, size=8) + glyphs_at("details", 300, 492, size=8)
    beside = glyphs_at("meeting to", 50, 496, size=12)
    assert texts(page_lines(cell + beside, page=1)) == ["meeting to", "Action", "details"]
