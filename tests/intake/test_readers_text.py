"""The plain-text reader: paragraphs of lines, indentation beyond the first line kept."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.readers.blocks import BlockKind, DocumentError, Place
from intake.readers.text import read_text
from tests.intake.golden_blocks import assert_matches_golden, golden_inputs


@pytest.mark.parametrize("source", golden_inputs(".txt"), ids=lambda path: path.name)
def test_golden(source):
    document = read_text(data=source.read_bytes(), name=source.name)
    assert_matches_golden(source=source, document=document)


def test_blocks_are_runs_of_lines_between_blank_lines():
    document = read_text(data=b"One\ntwo\n\n  \nThree\n", name="m.txt")
    assert [(b.text, b.place) for b in document.blocks] == [
        ("One\ntwo", Place(line=1)),
        ("Three", Place(line=5)),
    ]
    assert {b.kind for b in document.blocks} == {BlockKind.PARAGRAPH}


@pytest.mark.parametrize("rule", ["-----", "=======", "________", "* * *", "~~~~"])
def test_a_rule_heading_a_block_is_a_block_of_its_own_and_an_underline_stays(rule):
    data = f"Hilary\n\n{rule}\nYou are receiving this\nbecause.\n\nMinutes\n{rule}\n"
    document = read_text(data=data.encode(), name="m.txt")
    assert [b.text for b in document.blocks] == [
        "Hilary",
        rule,
        "You are receiving this\nbecause.",
        f"Minutes\n{rule}",
    ]


def test_indentation_beyond_the_first_line_is_kept_and_trailing_space_dropped():
    data = b"    NAME: first   \n       continued\n    back\n  less\n"
    (block,) = read_text(data=data, name="m.txt").blocks
    assert block.text == "NAME: first\n   continued\nback\nless"


def test_tabs_indent_to_the_next_tab_stop():
    (block,) = read_text(data=b"\tA\n\t\tB\n\t  C\n", name="m.txt").blocks
    assert block.text == "A\n        B\n  C"


@pytest.mark.parametrize("end", [b"\r\n", b"\r", "\u2028".encode(), "\u2029".encode(), b"\x0c"])
def test_every_line_end_counts_as_one(end):
    data = end.join([b"a", b"b", b"", b"c"])
    document = read_text(data=data, name="m.txt")
    assert [(b.text, b.place.line) for b in document.blocks] == [("a\nb", 1), ("c", 4)]


def test_a_file_of_blank_lines_is_an_error():
    with pytest.raises(DocumentError, match=r"^blank\.txt: holds no text"):
        read_text(data=b" \n\t\n\n", name="blank.txt")


def test_a_control_character_is_an_error_naming_its_line():
    with pytest.raises(DocumentError, match=r"^bell\.txt: line 3 .*U\+0007"):
        read_text(data=b"one\ntwo\nthr\x07ee\n", name="bell.txt")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_document_or_a_document_error(data):
    try:
        document = read_text(data=data, name="any.txt")
    except DocumentError as error:
        assert str(error).startswith("any.txt: ")
    else:
        assert document.blocks
        assert all(block.text and "\ufeff" not in block.text for block in document.blocks)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_gives_a_document_or_a_document_error(text):
    try:
        document = read_text(data=text.encode("utf-8"), name="any.txt")
    except DocumentError as error:
        assert str(error).startswith("any.txt: ")
    else:
        assert all(block.text == block.text.strip("\n") for block in document.blocks)


def texts(data: bytes) -> list[str]:
    return [block.text for block in read_text(data=data, name="m.txt").blocks]


def test_quote_marks_are_no_text_and_a_change_of_depth_ends_a_block():
    data = b"> MS. NG: Yes.\n> Agreed.\n>\n>> An older line.\n> Back.\nA reply.\n"
    assert texts(data) == ["MS. NG: Yes.\nAgreed.", "An older line.", "Back.", "A reply."]


def test_page_numbers_and_running_heads_between_form_feeds_are_left_out():
    page = "Parish Council Minutes\n\nBody of page {n}.\n\n- {n} -\n"
    data = "\x0c".join(page.format(n=n) for n in (1, 2, 3)).encode()
    assert texts(data) == ["Body of page 1.", "Body of page 2.", "Body of page 3."]


def test_a_line_like_a_heading_on_one_page_only_is_kept():
    data = b"Minutes\n\nText one.\n\x0cText two.\n\nItem 2\n"
    assert texts(data) == ["Minutes", "Text one.", "Text two.", "Item 2"]


def test_a_dos_end_of_file_mark_is_no_text():
    assert texts(b"Minutes\r\n\x1a") == ["Minutes"]


def test_rtf_control_words_are_read_as_the_text_they_format():
    data = rb"{\fonttbl{\f0 Arial;}}\pard\b Present:\b0  Ms Ng\par\par The Chair\rquote s note\par"
    assert texts(data) == ["Present: Ms Ng", "The Chair\u2019s note"]


def test_a_few_backslashes_are_text():
    assert texts(rb"Saved in C:\par\minutes\b1.txt") == [r"Saved in C:\par\minutes\b1.txt"]


def test_chat_and_terminal_formatting_codes_are_no_text():
    data = b"\x02<seun>\x02 \x0304,01+1\x03 to \x1fpriya\x1f\n\x1b[1mjonas:\x1b[0m yes\x0f\n"
    assert texts(data) == ["<seun> +1 to priya\njonas: yes"]


GPO_TEXT = """    The CHAIRMAN. Good morning. This hearing of the Committee on
Agriculture will come to order.
    The Water and Waste Disposal program at the Rural Utilities
Service is the lender of last resort.
    Members present: Representatives Brandt, Ellison, Morales of
Texas, and Voss.
    Mr. HARGROVE. Thank you, Mr. Chairman. In my district there are
towns of 300 people.
    I also want to flag the engineering costs. A town cannot apply
until it has a report.
"""


def test_in_text_that_indents_first_lines_an_indented_line_starts_a_paragraph():
    blocks = read_text(data=GPO_TEXT.encode(), name="hearing.txt").blocks
    assert [b.text for b in blocks] == [
        "The CHAIRMAN. Good morning. This hearing of the Committee on Agriculture will come "
        "to order.",
        "The Water and Waste Disposal program at the Rural Utilities Service is the lender of "
        "last resort.",
        "Members present: Representatives Brandt, Ellison, Morales of Texas, and Voss.",
        "Mr. HARGROVE. Thank you, Mr. Chairman. In my district there are towns of 300 people.",
        "I also want to flag the engineering costs. A town cannot apply until it has a report.",
    ]
    assert [b.place.line for b in blocks] == [1, 3, 5, 7, 9]


def test_hanging_indents_and_columns_are_not_read_as_first_line_indents():
    hanging = "Present\n   Ann Lee, Bo Park,\n   Cy Twain\n" * 6
    assert all("\n" in b.text for b in read_text(data=hanging.encode(), name="m.txt").blocks)
    table = (
        GPO_TEXT
        + "\n    Chair                     Minority Member\nANN LEE, Ohio     BO PARK, Iowa\n"
    )
    *_, last = read_text(data=table.encode(), name="m.txt").blocks
    assert last.text == "Chair                     Minority Member\nANN LEE, Ohio     BO PARK, Iowa"
    # A few indented paragraphs do not make a style.
    few = "    One paragraph that is long enough\nto wrap onto a second line.\n"
    (block,) = read_text(data=few.encode(), name="m.txt").blocks
    assert block.text == "One paragraph that is long enough\nto wrap onto a second line."
