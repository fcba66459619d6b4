"""Blocks to units: lines apart unless one paragraph wrapped, indented or continued."""

from intake.interpreter.units import units_of, wrap_width
from intake.readers.blocks import Block, BlockKind, Document, Place
from tests.intake.blocks import document, paragraph


def texts(*blocks, **fields) -> list[str]:
    return [unit.text for unit in units_of(document(*blocks, **fields))]


def test_the_lines_of_a_header_block_stay_apart():
    assert texts("Washington, DC\nJanuary 26, 2012") == ["Washington, DC", "January 26, 2012"]


def test_a_scribes_indented_or_dotted_continuation_joins_its_turn():
    assert texts("jonas: yes. Today the merchant sees\n   the full address.") == [
        "jonas: yes. Today the merchant sees the full address."
    ]
    assert texts("alice: I think\n... we should ship it") == ["alice: I think we should ship it"]


def test_a_line_that_starts_lower_case_goes_on_with_the_sentence_above():
    assert texts("Thank you to the organisers for bringing\ntogether so many people.") == [
        "Thank you to the organisers for bringing together so many people."
    ]


def test_hard_wrapped_text_is_joined_where_the_next_word_would_not_have_fitted():
    line = "word " * 14
    blocks = [paragraph(f"{line.strip()}\nEnds here.", line=i * 3 + 1) for i in range(4)]
    assert wrap_width(blocks) == len(line.strip())
    assert units_of(Document("m.txt", "text", blocks))[0].text == f"{line.strip()} Ends here."


def test_bullets_are_marks_and_numbers_are_kept():
    assert texts("- first item;\n- second item.", "1. Numbered point") == [
        "first item;",
        "second item.",
        "1. Numbered point",
    ]


def test_markdown_lines_are_one_paragraph_until_a_sentence_ends():
    doc = Document(
        "m.md", "markdown", [paragraph("Present: Dr A Lee (Chair),\nDr B Park\nCARRIED")]
    )
    assert [u.text for u in units_of(doc)] == ["Present: Dr A Lee (Chair), Dr B Park", "CARRIED"]


def test_units_keep_their_place_line_and_bold_lead():
    block = Block(BlockKind.PARAGRAPH, "MS. LEE: Yes.\nNo.", Place(line=7), bold_lead="MS. LEE:")
    first, second = units_of(Document("m.txt", "text", [block]))
    assert (str(first.place), first.bold_lead) == ("line 7", "MS. LEE:")
    assert (str(second.place), second.bold_lead) == ("line 8", "")


def test_a_label_with_brackets_starts_a_unit_of_its_own():
    assert texts(
        "Mr. Dupont (France) (spoke in French): Thank you, Mr. President.\n"
        "Mr. Ruiz (Chile) (interpretation from Spanish): I agree."
    ) == [
        "Mr. Dupont (France) (spoke in French): Thank you, Mr. President.",
        "Mr. Ruiz (Chile) (interpretation from Spanish): I agree.",
    ]
    # A bracket in running text is no label.
    assert texts("The budget (as amended) was adopted\nby the committee (unanimously).") == [
        "The budget (as amended) was adopted by the committee (unanimously)."
    ]


def test_a_footnotes_superscript_mark_is_no_text_but_a_square_metre_is():
    assert texts(
        "the Clerk read from our Faith and Practice\u00b9 the passage.",
        "The report was dated 3 May.\u00b2 It was received.",
        "A room of 40 m\u00b2 was booked.",
    ) == [
        "the Clerk read from our Faith and Practice the passage.",
        "The report was dated 3 May. It was received.",
        "A room of 40 m\u00b2 was booked.",
    ]


def test_a_tasks_box_is_a_mark_not_text():
    found = units_of(
        document("[x] Post the minutes \u2014 @Priya", "[ ] Order directories", "[a] note")
    )
    assert [(u.text, u.checkbox) for u in found] == [
        ("Post the minutes \u2014 @Priya", True),
        ("Order directories", True),
        ("[a] note", False),  # a comment's anchor, no box
    ]


def test_a_motions_record_of_the_vote_is_one_unit_and_other_lines_stay_apart():
    assert texts(
        "Motion by Marcus Hale, second by Jennifer Oyelaran.\nFinal Resolution: Motion Carries\n"
        "Yes: Dana Whitlock, Marcus Hale\nNo: Luis Cardenas"
    ) == [
        "Motion by Marcus Hale, second by Jennifer Oyelaran. Final Resolution: Motion Carries "
        "Yes: Dana Whitlock, Marcus Hale No: Luis Cardenas"
    ]
    # Without the motion's line, vote lines are lines of their own.
    assert texts("Yes: Dana Whitlock\nNo: Luis Cardenas") == [
        "Yes: Dana Whitlock",
        "No: Luis Cardenas",
    ]
    assert texts("Motion by Ann Lee, second by Bo Park.\nPresent: Cy Twain") == [
        "Motion by Ann Lee, second by Bo Park.",
        "Present: Cy Twain",
    ]


def test_a_chat_exports_message_starts_under_its_header_line():
    block = paragraph(
        "[05-Mar-19 07:00 PM] nell.b#4410\nok it's 7, let's start.\nMags, over to you"
    )
    assert texts(block) == [
        "[05-Mar-19 07:00 PM] nell.b#4410", "ok it's 7, let's start.", "Mags, over to you",
    ]  # fmt: skip


LONG = (
    "    CHAIRPERSON ABERNATHY: Good evening. This is a public hearing of\n"
    "    the Land Use Committee of Brooklyn Community Board 19 on the ULURP\n"
    "    application, a proposed rezoning of the block bounded by Avenue T.\n"
)


def test_an_indented_list_under_a_heading_is_one_entry_a_line():
    roster = paragraph("    Theresa Abernathy, Chairperson\n    Gregory Rinaldi\n    Sunita Khanna")
    assert texts(roster, paragraph(LONG))[:3] == [
        "Theresa Abernathy, Chairperson", "Gregory Rinaldi", "Sunita Khanna",
    ]  # fmt: skip


def test_an_indented_paragraphs_wrapped_lines_stay_one_paragraph():
    found = texts(paragraph(LONG), paragraph("    Short line one\n    goes on here."))
    assert found[0].startswith("CHAIRPERSON ABERNATHY: Good evening.")
    assert found[0].endswith("bounded by Avenue T.")
    assert found[1] == "Short line one goes on here."


def test_a_sentence_wrapped_before_a_word_and_a_colon_goes_on():
    block = paragraph(
        "Cllr Pattani said the council has approved 1.2m for new lifts on the\n"
        "estate: Block A in 2019/20, the other three blocks in 2020/21."
    )
    assert texts(block) == [
        "Cllr Pattani said the council has approved 1.2m for new lifts on the estate: Block A "
        "in 2019/20, the other three blocks in 2020/21."
    ]


def test_a_handle_after_a_finished_line_starts_its_own_unit():
    block = paragraph("alice: we agreed on the plan.\nbob: and the budget")
    assert texts(block) == ["alice: we agreed on the plan.", "bob: and the budget"]


def test_a_tools_name_over_its_time_is_one_label_line_and_the_words_their_own():
    assert texts(paragraph("Jane Doe\n00:00:05\nOkay, let's get started.")) == [
        "Jane Doe 00:00:05",
        "Okay, let's get started.",
    ]
    assert texts(paragraph("Speaker 1\n4:05\nThanks.")) == ["Speaker 1 4:05", "Thanks."]
    # a sentence above a time is no name: the time is its own line
    assert texts(paragraph("We broke for lunch.\n13:02")) == ["We broke for lunch.", "13:02"]


def test_a_row_of_fields_side_by_side_is_a_line_per_field():
    fields = ("Meeting Name:", "Land Use Committee", "Agenda status:", "Final")
    place = ("Meeting location:", "Council Chamber,\nCity Hall\n600 Fourth Avenue", "", "")
    roll = ("Present:", "Ann Lee", "Absent", "Bo Park")  # a key without its colon: a table
    rows = [
        Block(BlockKind.TABLE_ROW, " | ".join(c), Place(line=1), cells=c)
        for c in (fields, place, roll)
    ]
    assert texts(*rows) == [
        "Meeting Name: Land Use Committee",
        "Agenda status: Final",
        "Meeting location: Council Chamber, City Hall, 600 Fourth Avenue",
        "Present: | Ann Lee | Absent | Bo Park",
    ]


def test_a_scribes_name_dash_lines_are_units_of_their_own_in_markdown():
    doc = Document(
        "m.md",
        "markdown",
        [paragraph("Jane Doe - said the budget was tight\nTom Baker \u2014 asked about May")],
    )
    assert [u.text for u in units_of(doc)] == [
        "Jane Doe - said the budget was tight",
        "Tom Baker \u2014 asked about May",
    ]
