"""Tables printed without borders, their cells too close for a gutter: cut at the columns
the rows share under a header."""

from intake.readers.pdf.borderless import borderless_at, labelled_at
from intake.readers.pdf.lines import Line
from tests.intake.pdf_lines import typed_line

# Characters are 5 points wide: the columns start at characters 0, 12 and 32 (x 40, 100, 200).
HEADER = [
    typed_line("Name", x0=55, baseline=700),
    typed_line("Affiliation", x0=120, baseline=700),
    typed_line("Role", x0=205, baseline=700),
]


def row(name: str, body: str, role: str, baseline: float) -> list[Line]:
    return [typed_line(f"{name:<12}{body:<20}{role}", x0=40, baseline=baseline)]


def cells(rows) -> list[list[str]]:
    return [[" ".join(line.text for line in cell) for cell in one.cells] for one in rows]


def test_rows_whose_cells_touch_are_cut_at_the_columns_under_a_centred_header():
    rows = [
        HEADER,
        row("Ann Lee, MD", "Leeds University", "Chair", 684),
        row("Bo Park", "Health Trust", "Member", 668),
        row("Cy Dunn, RN", "Navajo Service", "Member", 652),
    ]
    found, after = borderless_at(rows, 0)
    assert cells(found) == [
        ["Name", "Affiliation", "Role"],
        ["Ann Lee, MD", "Leeds University", "Chair"],
        ["Bo Park", "Health Trust", "Member"],
        ["Cy Dunn, RN", "Navajo Service", "Member"],
    ]
    assert after == 4


def test_a_line_with_no_first_cell_goes_on_with_the_row_above():
    rows = [
        HEADER,
        row("Ann Lee, MD", "Johns Hopkins", "Chair", 684),
        [typed_line("School of Health", x0=100, baseline=672)],
        row("Bo Park", "Health Trust", "Member", 656),
    ]
    found, _ = borderless_at(rows, 0)
    assert cells(found)[1] == ["Ann Lee, MD", "Johns Hopkins School of Health", "Chair"]


def test_the_paragraph_after_the_table_is_not_a_row():
    """Further below than the rows are from each other: the table has ended."""
    rows = [
        HEADER,
        row("Ann Lee, MD", "Leeds University", "Chair", 684),
        row("Bo Park", "Health Trust", "Member", 668),
        row("The report", "was received and", "noted.", 630),
    ]
    found, after = borderless_at(rows, 0)
    assert len(found) == 3
    assert after == 3


def test_running_text_under_a_line_of_two_parts_is_no_table():
    """Words run across where a column would start: prose, not cells."""
    rows = [
        [typed_line("Item 4", x0=40, baseline=700), typed_line("Finance", x0=200, baseline=700)],
        [typed_line("The treasurer presented the accounts for the year", x0=40, baseline=684)],
        [typed_line("and said that the reserves had grown by a fifth", x0=40, baseline=668)],
    ]
    assert borderless_at(rows, 0) == ([], 0)


def test_labels_and_their_values_are_a_form_not_a_table():
    rows = [
        [typed_line("Meeting", x0=40, baseline=700), typed_line("Details", x0=100, baseline=700)],
        [typed_line(f"{'Date:':<12}4 March 2021", x0=40, baseline=684)],
        [typed_line(f"{'Venue:':<12}Town Hall", x0=40, baseline=668)],
    ]
    assert borderless_at(rows, 0) == ([], 0)


def labelled(label: str, value: str, baseline: float) -> list[Line]:
    """A row of a label centred over x 70 and its value from x 100, as one line."""
    glyphs = typed_line(label, x0=70 - 2.5 * len(label), baseline=baseline).glyphs
    if value:
        glyphs += typed_line(value, x0=100, baseline=baseline).glyphs
    return [Line(glyphs=glyphs, page=1)]


def test_labels_centred_beside_their_values_are_rows_even_when_a_value_takes_three_lines():
    """A browser centres a header cell's label beside the middle line of its value."""
    rows = [
        labelled("Date", "28.03.2019 kl. 17:00", 700),
        labelled("Venue", "Council Chamber", 683),
        [typed_line("Lars Ann, Mayor; Bo Park,", x0=100, baseline=666)],
        labelled("Present", "Cy Dunn; Di Holm;", 652),
        [typed_line("Eve Lund", x0=100, baseline=638)],
        labelled("Substitute", "Ole Kay", 621),
    ]
    found, after = labelled_at(rows, 0)
    assert cells(found) == [
        ["Date", "28.03.2019 kl. 17:00"],
        ["Venue", "Council Chamber"],
        ["Present", "Lars Ann, Mayor; Bo Park, Cy Dunn; Di Holm; Eve Lund"],
        ["Substitute", "Ole Kay"],
    ]
    assert after == 6


def test_a_paragraphs_first_words_are_no_labels():
    """Every line's first words run up to the next word, from one margin: prose."""
    rows = [
        [typed_line("The Chief Executive reported that the Trust", x0=40, baseline=700)],
        [typed_line("had met the standard for 71.4 per cent of", x0=40, baseline=686)],
        [typed_line("all attendances, and that delays remained", x0=40, baseline=672)],
    ]
    assert labelled_at(rows, 0) == ([], 0)


def test_numbered_items_with_a_hanging_indent_are_no_labels():
    rows = [
        [typed_line("1. To receive the accounts and the reports", x0=40, baseline=700)],
        [typed_line("of the directors for the year.", x0=55, baseline=686)],
        [typed_line("2. To declare a final dividend of 4.2 pence.", x0=40, baseline=672)],
        [typed_line("3. To re-elect Sir Geoffrey Lanyon.", x0=40, baseline=658)],
    ]
    assert labelled_at(rows, 0) == ([], 0)
