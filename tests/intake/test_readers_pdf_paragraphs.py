"""Paragraphs from a PDF's lines: line spacing, indents, short lines and numbered points."""

from intake.readers.pdf.lines import Line
from intake.readers.pdf.paragraphs import line_spacing, measure, paragraphs_of
from tests.intake.pdf_lines import typed_line

LINE, PARAGRAPH = 14.7, 24.7  # a word processor's line spacing and space after a paragraph


def line(text: str, baseline: float, x0: float = 90.0) -> Line:
    return typed_line(text, x0=x0, baseline=baseline, size=11)


def set_lines(*paragraphs: list[str]) -> list[Line]:
    """Paragraphs of lines, set a line apart within and a paragraph's space apart between."""
    lines, baseline = [], 700.0
    for paragraph in paragraphs:
        for text in paragraph:
            lines.append(line(text, baseline))
            baseline -= LINE
        baseline -= PARAGRAPH - LINE
    return lines


def read(lines: list[Line]) -> list[list[str]]:
    return [[one.text for one in p.lines] for p in paragraphs_of([lines], measure([lines]))]


FULL = "x" * 80  # a line filled to the margin


def test_the_line_spacing_is_the_gap_within_paragraphs_even_when_most_gaps_are_between_them():
    assert line_spacing([24.7] * 12 + [14.7] * 5 + [14.8] * 2, 11) == 14.7
    assert line_spacing([12.0] * 30 + [20.0] * 3, 10) == 12.0
    # A raised note's short gap, or one stray gap, is no spacing.
    assert line_spacing([3.0, 3.1, 13.0, 24.0, 24.1, 13.1], 11) == 13.05
    assert line_spacing([30.0], 11) == 30.0
    # A browser sets 16-point lines 14.25 points apart, closer than their size.
    assert line_spacing([14.25] * 3 + [26.25] * 5, 16) == 14.25


def test_one_line_paragraphs_in_the_majority_still_stand_apart_from_a_filled_line_above():
    lines = set_lines(
        ["Item 1"], ["Item 2"], ["Item 3"], ["Item 4"],
        [FULL, FULL + "x", FULL + "xx"], ["Apologies: Ms Fox; Mr Dunn."], ["Item 5"], ["Item 6"],
    )  # fmt: skip
    found = read(lines)
    assert found[4:6] == [[FULL, FULL + "x", FULL + "xx"], ["Apologies: Ms Fox; Mr Dunn."]]
    assert found[3] == ["Item 4"]


def test_the_next_number_starts_a_point_though_the_line_above_ran_to_the_margin():
    first = "1. the pass mark to be fifty per cent;" + "x" * 40
    second = "2. one reassessment per module; and" + "x" * 44
    third = "3. the lowest credits to be discounted" + "x" * 40
    lines = set_lines([first, second, third, "at level six."])
    assert read(lines) == [[first], [second], [third, "at level six."]]


def test_a_line_opening_with_a_number_that_does_not_follow_goes_on():
    lines = set_lines([FULL + "x" * 3, "2019 was the year the fund stood at its highest.", FULL])
    assert len(read(lines)) == 1
