"""Line numbers down a PDF page's margin (numbered transcript paper) are no part of the text,
and a transcript's turn opening a line starts a paragraph."""

from intake.readers.pdf.glyphs import Glyph
from intake.readers.pdf.line_numbers import without_line_numbers
from intake.readers.pdf.lines import Line
from intake.readers.pdf.paragraphs import measure, paragraphs_of

SIZE = 10.0


def line(text: str, x0: float, baseline: float, *, number: str = "", right: float = 38.0) -> Line:
    """A line of text at x0, with a number set right-aligned at `right` if given."""
    glyphs = [
        Glyph(char=char, x0=right - 6 * (len(number) - i), x1=right - 6 * (len(number) - i - 1),
              baseline=baseline, size=SIZE, bold=False)
        for i, char in enumerate(number)
    ]  # fmt: skip
    glyphs += [
        Glyph(char=char, x0=x0 + 6 * i, x1=x0 + 6 * (i + 1), baseline=baseline, size=SIZE,
              bold=False)
        for i, char in enumerate(text)
    ]  # fmt: skip
    return Line(glyphs=glyphs)


def numbered_page(texts: list[str], first: int = 1, x0: float = 64.0) -> list[Line]:
    return [line(text, x0, 740 - 16 * n, number=str(first + n)) for n, text in enumerate(texts)]


TRANSCRIPT = [
    "SENIOR MEMBER: Good morning. This is file 19/04417.",
    "MR DUNNE: That's right, Member.",
    "Q. When did you first tell the landlord about the leak in",
    "the bathroom ceiling?",
    "A. On 3 January.",
    "",
    "MS ABARA: Nothing further.",
    "<THE WITNESS WITHDREW [10.21 AM]",
    "SENIOR MEMBER: Thank you both.",
    "10 Downing Street was not mentioned.",
]


def test_numbers_counting_down_the_margin_are_dropped_and_a_number_alone_with_them():
    kept = without_line_numbers(numbered_page(TRANSCRIPT))
    assert [one.text for one in kept] == [text for text in TRANSCRIPT if text]


def test_the_count_may_start_again_or_carry_on_from_the_last_page():
    kept = without_line_numbers(numbered_page(TRANSCRIPT, first=44))
    assert kept[0].text == TRANSCRIPT[0]


def test_a_numbered_list_whose_numbers_sit_a_space_from_the_text_is_kept():
    lines = [line(f"{n} apples and pears", 64, 740 - 16 * n) for n in range(1, 8)]
    assert [one.text for one in without_line_numbers(lines)] == [one.text for one in lines]


def test_numbers_that_do_not_count_up_by_one_are_kept():
    lines = [
        line("Budget line", 64, 740 - 16 * n, number=str(number))
        for n, number in enumerate([120, 45, 300, 12, 8, 77])
    ]
    assert without_line_numbers(lines) == lines


def test_a_few_numbered_lines_on_a_page_of_prose_are_kept():
    prose = [line("The board met and approved the accounts.", 64, 740 - 16 * n) for n in range(10)]
    numbered = numbered_page(["Apples", "Pears"], first=1)
    lines = numbered + prose
    assert without_line_numbers(lines) == lines


def paragraphs(texts: list[str]) -> list[str]:
    lines = without_line_numbers(numbered_page(texts))
    for one in lines:
        one.page = 1
    found = paragraphs_of([lines], measure([lines]))
    return [" ".join(one.text for one in paragraph.lines) for paragraph in found]


def test_a_turn_opening_a_line_after_a_sentence_starts_a_paragraph():
    texts = [
        "SENIOR MEMBER: Mr Dunne, do you wish to give evidence or make",
        "submissions?",
        "MR DUNNE: Just submissions, Member. The company does not dispute",
        "that there was a leak, only the cause of the damage to the ceiling.",
        "Q. And what is the state of the bathroom now, after the storm of the",
        "first of March?",
        "A. The ceiling came down on 2 March and part of it is on the floor.",
    ]
    assert paragraphs(texts) == [
        "SENIOR MEMBER: Mr Dunne, do you wish to give evidence or make submissions?",
        "MR DUNNE: Just submissions, Member. The company does not dispute "
        "that there was a leak, only the cause of the damage to the ceiling.",
        "Q. And what is the state of the bathroom now, after the storm of the first of March?",
        "A. The ceiling came down on 2 March and part of it is on the floor.",
    ]


def test_capitals_and_a_colon_inside_a_sentence_run_on():
    texts = [
        "MR DUNNE: We had a roofer out within seven weeks and the notice said",
        "NOTE: this is a quotation of the notice the tenant was sent by post.",
    ]
    assert len(paragraphs(texts)) == 1


def test_a_line_opening_with_a_note_mark_is_no_numbered_line():
    lines = [line("\u00b9 See the annex.", 64, 700), *numbered_page(["Text"] * 3)]
    assert without_line_numbers(lines) == lines
