"""The Rich Text reader: .rtf files (WordPad, Word, clerks' templates) read as blocks."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.documents import read_document
from intake.readers.blocks import BlockKind, DocumentError
from intake.readers.rtf import read_rtf
from tests.intake.golden_blocks import GOLDEN, assert_matches_golden, golden_inputs

MINUTES = GOLDEN / "rtf-wordpad-minutes.rtf"


@pytest.mark.parametrize("source", golden_inputs(".rtf"), ids=lambda path: path.name)
def test_golden(source):
    assert_matches_golden(
        source=source, document=read_rtf(data=source.read_bytes(), name=source.name)
    )


@pytest.fixture(scope="module")
def minutes():
    return read_rtf(data=MINUTES.read_bytes(), name=MINUTES.name)


def by_text(document, start):
    return next(block for block in document.blocks if block.text.startswith(start))


def test_headings_by_style_and_by_outline_level(minutes):
    headings = [(b.text, b.level) for b in minutes.blocks if b.kind == BlockKind.HEADING]
    assert headings == [
        ("Parish Council of Little Ashby", 1),
        ("1. Declarations of interest", 2),
        ("2. Finance", 2),
    ]


def test_bold_leads_in_groups_and_by_switches(minutes):
    assert by_text(minutes, "Present:").bold_lead == "Present:"
    assert by_text(minutes, "Cllr Lee:").bold_lead == "Cllr Lee:"
    assert by_text(minutes, "Cllr Park:").bold_lead == "Cllr Park:"
    assert not by_text(minutes, "Minutes of the meeting").bold_lead


def test_characters_in_the_code_page_in_unicode_and_by_name(minutes):
    text = by_text(minutes, "Cllr Lee:").text
    assert (
        text
        == "Cllr Lee: I welcome everyone. Café opening times were discussed \u201cat length\u201d."
    )
    assert (
        "clerk\u2019s report was noted \u2013 see appendix." in by_text(minutes, "None were").text
    )
    assert any(block.text.startswith("Привет") for block in minutes.blocks)


def test_a_character_beyond_sixteen_bits_from_its_surrogate_pair_and_lone_halves_dropped():
    data = b"{\\rtf1\\uc1 Thanks \\u-10179?\\u-8704? all \\u-10179?.\\par}"
    assert read_rtf(data=data, name="e.rtf").blocks[0].text == "Thanks \U0001f600 all ."


def test_line_breaks_tables_and_list_numbers(minutes):
    assert by_text(minutes, "Cllr Park:").text.endswith("summer.\nA quote has been obtained.")
    rows = [b.cells for b in minutes.blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows == [("Item", "Amount"), ("Footpath", "£340")]
    assert by_text(minutes, "1. Approve").text == "1. Approve the payment."


def test_headers_footers_comments_footnotes_pictures_and_field_codes_are_no_text(minutes):
    text = "\n".join(block.text for block in minutes.blocks)
    for left_out in ("RUNNING HEAD", "Page 1", "comment the clerk", "A footnote", "HYPERLINK",
                     "wmetafile", "Calibri", "Riched20", "Normal", "heading 1"):  # fmt: skip
        assert left_out not in text
    assert "http://example.org" in text


def test_recognised_by_content_whatever_the_name():
    assert read_document(data=MINUTES.read_bytes(), name="minutes.txt").format == "rtf"


def test_a_file_without_text_is_an_error_naming_it():
    with pytest.raises(DocumentError, match=r"^blank\.rtf: a Rich Text file with no text"):
        read_document(data=b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par\\par}", name="blank.rtf")


def test_binary_data_is_skipped_within_bounds():
    data = b"{\\rtf1 Before \\bin5 }}}{{ after.\\par}"
    assert [b.text for b in read_rtf(data=data, name="b.rtf").blocks] == ["Before after."]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "{",
                "}",
                "\\par ",
                "\\b ",
                "\\b0 ",
                "\\u-3913 ",
                "\\'e9",
                "\\*",
                "\\stylesheet",
                "\\s1 ",
                "\\cell ",
                "\\row ",
                "\\intbl ",
                "\\line ",
                "\\uc2 ",
                "\\u-10179 ",
                "\\u-8704 ",
                "text ",
                "\\",
                "\\bin3 ",
            ]
        )
        | st.text(max_size=5),
        max_size=60,
    )
)
def test_any_tokens_give_a_document_or_a_document_error(tokens):
    data = ("{\\rtf1 " + "".join(tokens)).encode("utf-8", "replace")
    try:
        read_document(data=data, name="any.rtf")
    except DocumentError as error:
        assert str(error).startswith("any.rtf: ")
