"""The Markdown reader: CommonMark structure as blocks, inline markup removed."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.readers.blocks import BlockKind, DocumentError, Place
from intake.readers.markdown import read_markdown
from tests.intake.golden_blocks import assert_matches_golden, golden_inputs


def read(text: str):
    return read_markdown(data=text.encode("utf-8"), name="m.md").blocks


@pytest.mark.parametrize("source", golden_inputs(".md"), ids=lambda path: path.name)
def test_golden(source):
    document = read_markdown(data=source.read_bytes(), name=source.name)
    assert_matches_golden(source=source, document=document)


def test_headings_of_both_kinds_carry_their_level():
    blocks = read("# One\n\nTwo\n---\n\n### Three\n")
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        (BlockKind.HEADING, "One", 1),
        (BlockKind.HEADING, "Two", 2),
        (BlockKind.HEADING, "Three", 3),
    ]


def test_a_leading_bold_run_is_the_bold_lead_without_its_markup():
    (block,) = read("**Ms. Okafor:** We *agree*.\n")
    assert (block.text, block.bold_lead, block.bold) == (
        "Ms. Okafor: We agree.",
        "Ms. Okafor:",
        False,
    )


def test_underscores_mark_bold_as_well_and_a_whole_bold_paragraph_is_bold():
    first, second = read("__THE CHAIR:__ Order.\n\n**Anita Nergard**\n")
    assert first.bold_lead == "THE CHAIR:"
    assert (second.bold, second.bold_lead) == (True, "Anita Nergard")


def test_ordered_items_carry_their_number_in_marker_and_text():
    blocks = read("4. four\n5. **Five:** five\n")
    assert [(b.kind, b.marker, b.text, b.bold_lead) for b in blocks] == [
        (BlockKind.LIST_ITEM, "4.", "4. four", ""),
        (BlockKind.LIST_ITEM, "5.", "5. Five: five", "Five:"),
    ]


def test_nested_items_are_deeper_and_bullets_have_no_marker():
    blocks = read("- a\n  - b\n    1) c\n")
    assert [(b.text, b.level, b.marker) for b in blocks] == [
        ("a", 1, ""),
        ("b", 2, ""),
        ("1) c", 3, "1)"),
    ]


def test_table_rows_have_cells_and_their_line():
    blocks = read("x\n\n| A | B |\n|---|---|\n| 1 | *2* |\n")
    assert [(b.kind, b.cells, b.text, b.place) for b in blocks[1:]] == [
        (BlockKind.TABLE_ROW, ("A", "B"), "A | B", Place(line=3)),
        (BlockKind.TABLE_ROW, ("1", "2"), "1 | 2", Place(line=5)),
    ]


def test_links_keep_their_text_and_images_their_alt_text_unless_a_file_name():
    (block,) = read(
        "See [the report](http://x/r.pdf) ![chart of costs](c.png) ![IMG_0042.JPG](i.jpg)\n"
    )
    assert block.text == "See the report chart of costs"


def test_lines_of_a_paragraph_stay_lines():
    (block,) = read("first line\nsecond line  \nthird\n")
    assert block.text == "first line\nsecond line\nthird"


def test_quotes_and_code_are_paragraphs():
    blocks = read("> quoted\n\n    code\n")
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "quoted"),
        (BlockKind.PARAGRAPH, "code"),
    ]


def test_text_in_angle_brackets_that_is_no_html_is_kept():
    blocks = read("<seun> +1 to priya\n\n<jdoe>\nagreed, **with** <Name>\n\n- <tomasz> no\n")
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "<seun> +1 to priya"),
        (BlockKind.PARAGRAPH, "<jdoe>\nagreed, with <Name>"),
        (BlockKind.LIST_ITEM, "<tomasz> no"),
    ]


def test_html_written_in_markdown_is_still_markup():
    blocks = read("A <b>bold</b> word<br>next\n\n<div>\n<p>Block</p>\n</div>\n\n<!-- note -->\n")
    assert [b.text for b in blocks] == ["A bold word\nnext", "Block"]


def test_a_file_with_no_text_is_an_error():
    with pytest.raises(DocumentError, match=r"^m\.md: holds no text"):
        read("---\n\n<!-- nothing -->\n")


def test_a_markdown_file_past_the_size_parsed_in_reasonable_time_is_refused():
    with pytest.raises(DocumentError, match=r"^big\.md: Markdown of 1,048,577 bytes, more than"):
        read_markdown(data=b"a" * (1024 * 1024 + 1), name="big.md")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_gives_a_document_or_a_document_error(text):
    try:
        blocks = read(text)
    except DocumentError as error:
        assert str(error).startswith("m.md: ")
    else:
        assert all(block.text for block in blocks)
        assert all(block.text.startswith(block.bold_lead) or block.marker for block in blocks)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_document_or_a_document_error(data):
    try:
        read_markdown(data=data, name="m.md")
    except DocumentError as error:
        assert str(error).startswith("m.md: ")


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "# ",
                "**",
                "__",
                "1. ",
                "- ",
                "> ",
                "|",
                "---",
                "\n",
                "`",
                "[",
                "](",
                ")",
                "a",
                " ",
                "<b>",
                "![x",
            ]
        ),
        max_size=80,
    ).map("".join)
)
def test_markdown_like_text_gives_a_document_or_a_document_error(text):
    try:
        blocks = read(text)
    except DocumentError as error:
        assert str(error).startswith("m.md: ")
    else:
        assert all(block.text for block in blocks)


def test_a_containers_fences_go_and_its_text_stays_a_paragraph_of_its_own():
    blocks = read("# Minutes\n\n:::info\n**When:** 12 June\n**Where:** Jitsi\n:::\n\nText.\n")
    texts = [b.text for b in blocks]
    assert "When: 12 June\nWhere: Jitsi" in texts
    assert not any(":::" in t or t.startswith("info") for t in texts)


def test_an_emoji_shortcode_before_a_field_label_goes_and_elsewhere_stays():
    blocks = read(":calendar: **When:** 12 June\n\n:lock: The board went into session.\n")
    assert [b.text for b in blocks] == ["When: 12 June", ":lock: The board went into session."]
