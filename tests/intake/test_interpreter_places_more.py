"""Places beyond one line, online meetings by platform, hybrid meetings by their room; action
tables, form fields and chat handles — each class with variants not in the corpus."""

import pytest

from intake.interpreter import draft_from_document
from intake.readers.blocks import Block, BlockKind, Place
from tests.intake.blocks import document

pytestmark = pytest.mark.django_db


def meeting(*blocks) -> dict:
    return draft_from_document(document=document(*blocks), themes=[]).data["meeting"]


@pytest.mark.parametrize(
    "lines, location",
    [
        (["Kelso Town Hall\n12 High Street\nKelso, Scotland", "4 May 2022"],
         "Kelso Town Hall, 12 High Street, Kelso, Scotland"),
        (["3 March 2021", "HOBART", "Legislative Council Chamber, Parliament House"],
         "Legislative Council Chamber, Parliament House, Hobart"),
        (["held on the 2nd day of May 2022 at 10.00 am",
          "at The Guildhall, 5 Castle Street, Exeter"],
         "The Guildhall, 5 Castle Street, Exeter"),
        (["7 June 2023", "Boathouse, 14 River Road, and via Teams"], "Boathouse, 14 River Road"),
        (["7 June 2023", "Location: Room 4B (+ Google Meet for remote members)"], "Room 4B"),
        (["7 June 2023", "Venue: Room 2, County Hall, Exeter. View directions"],
         "Room 2, County Hall, Exeter"),
    ],
)  # fmt: skip
def test_places_over_several_lines_and_a_hybrid_meetings_room(lines, location):
    found = meeting("Annual meeting of the Rowing Club", *lines, "Ann Lee: Welcome.")
    assert found["location"] == location


@pytest.mark.parametrize(
    "lines, location",
    [
        (["Residents Meeting via Zoom - 3 March 2022"], "Online (Zoom)"),
        (["Board call, 3 March 2022", "venue: Jitsi"], "Online (Jitsi)"),
        (["Board call, 3 March 2022", "The meeting was held on Microsoft Teams."],
         "Online (Microsoft Teams)"),
        (["Board call, 3 March 2022", "Location: Online"], "Online"),
        (["Board call, 3 March 2022", "The board met online to consider the budget."], "Online"),
    ],
)  # fmt: skip
def test_a_meeting_held_online_is_online_on_its_platform(lines, location):
    assert meeting(*lines, "Ann Lee: Welcome.")["location"] == location


def test_a_transcript_tool_names_no_place():
    assert (
        meeting("Finance Committee", "3 March 2022", "Ann Lee  0:05", "Welcome.")["location"] == ""
    )


def row(*cells: str) -> Block:
    return Block(BlockKind.TABLE_ROW, " | ".join(cells), Place(paragraph=1), cells=cells)


def test_an_action_table_gives_sections_statements_and_action_records():
    doc = document(
        "Project board, meeting 3",
        "12 May 2021",
        row("Topic", "Notes", "Decision / Action", "Who", "When"),
        row("1. Budget", "AB reported the spend.\nCD asked about travel.", "Revise plan[a]", "AB",
            "1 June"),
        row("2. AOB", "None.", "\u2013", "\u2013", "\u2013"),
    )  # fmt: skip
    data = draft_from_document(document=doc, themes=[]).data
    panels = [(p["title"], [(s["kind"], s["text"]) for s in p["statements"]])
              for p in data["panels"]]  # fmt: skip
    assert panels == [
        ("1. Budget", [("narrative", "AB reported the spend."),
                       ("narrative", "CD asked about travel."),
                       ("procedural", "Revise plan")]),
        ("2. AOB", [("narrative", "None.")]),
    ]  # fmt: skip


def test_form_fields_around_items_are_metadata_not_speakers():
    doc = document(
        "Board of Trustees \u2013 Regular Meeting",
        "March 5, 2024",
        "1. Call to Order",
        "Subject : A. Call to Order",
        "Category : 1. Call to Order",
        "Type : Procedural",
        "The President called the meeting to order at 6:01 p.m.",
        "Subject : B. Budget",
        "Category : 2. Action Items",
        "Type : Action",
        "The Board discussed the budget.",
    )
    data = draft_from_document(document=doc, themes=[]).data
    statements = [(s["speaker"], s["text"]) for p in data["panels"] for s in p["statements"]]
    assert statements == [
        (None, "The President called the meeting to order at 6:01 p.m."),
        (None, "The Board discussed the budget."),
    ]


def test_a_repeated_field_word_is_no_chat_handle_but_a_conversation_of_handles_is():
    fields = document("Notes, 5 March 2024", "type: the budget is fine.", "type: it is done.")
    data = draft_from_document(document=fields, themes=[]).data
    assert all(s["speaker"] is None for p in data["panels"] for s in p["statements"])
    chat = document("Notes, 5 March 2024", "ana: hello all", "ben: hi ana", "ana: shall we start?",
                    "ben: yes")  # fmt: skip
    data = draft_from_document(document=chat, themes=[]).data
    assert [s["speaker"] for p in data["panels"] for s in p["statements"]] == [
        "ana", "ben", "ana", "ben",
    ]  # fmt: skip


def test_a_presiding_role_is_whoever_is_in_the_chair_at_that_point():
    doc = document(
        "Plenary sitting",
        "Wednesday, 5 June 2019",
        "IN THE CHAIR: Anna KOVAC\nVice-President",
        "President. \u2013 The sitting is open.",
        "Lena Berg, on behalf of the Greens Group. \u2013 Thank you, Madam President.",
        "IN THE CHAIR: Piet DE BOER\nVice-President",
        "President. \u2013 The debate is closed.",
    )
    data = draft_from_document(document=doc, themes=[]).data
    said = [(s["speaker"], s["text"]) for p in data["panels"] for s in p["statements"]]
    assert said == [
        ("anna-kovac", "The sitting is open."),
        ("lena-berg", "Thank you, Madam President."),
        ("piet-de-boer", "The debate is closed."),
    ]
    assert [(a["person"], a["role"]) for a in data["attendees"]] == [
        ("anna-kovac", "Vice-President"),
        ("piet-de-boer", "Vice-President"),
    ]


def test_a_delegation_and_its_member_joined_by_leaders():
    doc = document(
        "Security Council, 9001st meeting",
        "Tuesday, 3 May 2022, 10 a.m.",
        "Members: Ghana . . . . . . . . . Mr. Mensah",
        "Norway . . . . . . . . . . Ms. Dahl",
        "The President: The meeting is called to order.",
    )
    data = draft_from_document(document=doc, themes=[]).data
    assert [(a["person"], a["group"]) for a in data["attendees"]] == [
        ("mensah", "Members"),
        ("dahl", "Members"),
    ]
    assert any("'Ghana'" in note for note in data["review"])


@pytest.mark.parametrize(
    "title, cleaned",
    [
        ("Parks Committee - Monday, 3rd April, 2023 6.30 pm", "Parks Committee"),
        ("Allotment Society \u2014 Minutes of Meeting, 4 May 2022", "Allotment Society \u2014 "
         "Minutes of Meeting"),
        ("Transcript: Press conference on the flood response", "Press conference on the flood "
         "response"),
        ("Board Meeting-20240102_180455-Meeting Recording", "Board Meeting"),
        ("Senate: Minutes of the meeting held on 3rd March 2015",
         "Senate: Minutes of the meeting held on 3rd March 2015"),
    ],
)  # fmt: skip
def test_a_title_without_the_date_after_it_its_label_or_a_recordings_file_name(title, cleaned):
    assert meeting(title, "4 May 2022", "Ann Lee: Welcome.")["title"] == cleaned


def test_an_office_heading_opens_its_own_list_and_is_the_role():
    doc = document(
        "Working group call, 4 May 2022",
        "Present\n   Ann Lee, Bo Park",
        "Regrets\n   Cy Ng",
        "Chair\n   Ann Lee",
        "Ann Lee: Welcome.",
    )
    data = draft_from_document(document=doc, themes=[]).data
    assert [(a["person"], a["group"], a.get("role")) for a in data["attendees"]] == [
        ("ann-lee", "Present", None),
        ("bo-park", "Present", None),
        ("cy-ng", "Regrets", None),
        ("ann-lee", "Chair", "Chair"),
    ]


def test_a_properties_block_and_a_field_name_above_its_value():
    front = Block(
        BlockKind.HEADING,
        'title: "Allotment society \u2014 notes"\ndate: 2022-04-03T19:00\nvenue: Whereby',
        Place(line=1),
        level=2,
    )
    found = meeting(front, "Ann Lee: Welcome.")
    assert (found["title"], found["date"], found["location"]) == (
        "Allotment society", "2022-04-03", "Online (Whereby)",
    )  # fmt: skip
    found = meeting("Parks Committee", "4 May 2022", "Venue", "Room 4, Town Hall, Kelso",
                    "Ann Lee: Welcome.")  # fmt: skip
    assert found["location"] == "Room 4, Town Hall, Kelso"
