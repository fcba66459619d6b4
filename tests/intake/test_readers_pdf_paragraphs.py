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


def centred(text: str, baseline: float) -> Line:
    """A line centred over a measure running from 90 to 490 (5 points a character)."""
    return line(text, baseline, x0=290 - 2.5 * len(text))


def centred_block(*texts: str) -> list[Line]:
    """Centred lines a line apart, above a paragraph of body text filled to both margins."""
    lines = [centred(text, 700.0 - LINE * i) for i, text in enumerate(texts)]
    body = 700.0 - LINE * len(texts) - PARAGRAPH
    return lines + [line(FULL, body - LINE * i) for i in range(4)]


def test_a_centred_line_that_visibly_runs_on_is_joined_to_the_centred_line_below():
    found = read(centred_block(
        "Chair: Dr Marta Kowalczyk (Warsaw University of", "Technology)",
        "Held at the Institut für Geodäsie,", "Vienna",
        "Validation and downscaling \u2014", "discussion",
        "Minutes of the", "Annual General Meeting",
    ))  # fmt: skip
    assert found[:4] == [
        ["Chair: Dr Marta Kowalczyk (Warsaw University of", "Technology)"],
        ["Held at the Institut für Geodäsie,", "Vienna"],
        ["Validation and downscaling \u2014", "discussion"],
        ["Minutes of the", "Annual General Meeting"],
    ]


def test_centred_lines_that_end_where_a_line_may_end_stay_each_their_own():
    found = read(centred_block("Harbour Board", "Ordinary Meeting No. 214", "19 November 2019"))
    assert found[:3] == [["Harbour Board"], ["Ordinary Meeting No. 214"], ["19 November 2019"]]


def test_a_centred_line_running_on_is_not_joined_across_a_paragraph_gap():
    lines = [centred("Town Hall, Leeds,", 700.0), centred("Agenda", 700.0 - 3 * LINE)]
    lines += [line(FULL, 620.0 - LINE * i) for i in range(4)]
    assert read(lines)[:2] == [["Town Hall, Leeds,"], ["Agenda"]]
