"""Reading order of PDF lines, columns, and the furniture repeated in page margins."""

from intake.readers.pdf.glyphs import Glyph
from intake.readers.pdf.layout import reading_order, without_furniture
from intake.readers.pdf.lines import Line

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
