"""Attendance run into one paragraph: several lists each under its heading, a sentence that
says who were present, a list whose last name breaks across the line, notes a tool adds."""

import pytest

from intake.interpreter import draft_from_document
from intake.interpreter.attendance import entries_in
from intake.interpreter.attendance_headings import attendance_heading, headed_parts
from tests.intake.blocks import document, paragraph, text_document

pytestmark = pytest.mark.django_db


def attendees(*blocks) -> list[tuple]:
    doc = document("Board meeting", "1 June 2020", *blocks, "The minutes were approved.")
    data = draft_from_document(document=doc, themes=[]).data
    names = {p["key"]: p["name"] for p in data["people"]}
    return [(names[a["person"]], a.get("group"), a.get("role")) for a in data["attendees"]]


@pytest.mark.parametrize(
    "text",
    [
        "Present: Ann Lee (Chair), Bo Park\nApologies: Cy Twain\nAlso present: Di Roe",
        "Present: Ann Lee (Chair); Bo Park. Apologies: Cy Twain. Also present: Di Roe.",
        "Present: Ann Lee (Chair), Bo\nPark\nApologies: Cy Twain\nAlso present: Di Roe",
    ],
)
def test_several_lists_in_one_paragraph_are_read_each_under_its_heading(text):
    assert attendees(paragraph(text, line=3)) == [
        ("Ann Lee", "Present", "Chair"),
        ("Bo Park", "Present", None),
        ("Cy Twain", "Apologies", None),
        ("Di Roe", "Also present", None),
    ]


def test_one_list_or_words_before_a_heading_are_not_parted():
    assert headed_parts("Present: Ann Lee, Bo Park") is None
    assert headed_parts("The chair said: we start.\nApologies: Cy Twain") is None


@pytest.mark.parametrize(
    "text, group",
    [
        ("The following Trustees, being a quorum, were present: Ann Lee; Bo Park", "Present"),
        ("There were present: Ann Lee; Bo Park", "Present"),
        ("The following members were also present: Ann Lee; Bo Park", "Also present"),
        ("Those in attendance were: Ann Lee; Bo Park", "In attendance"),
    ],
)
def test_a_sentence_saying_who_were_present_heads_a_list(text, group):
    assert attendance_heading(text) == (group, "Ann Lee; Bo Park", True)


def test_a_sentence_about_the_present_without_a_list_is_no_heading():
    assert attendance_heading("The following points were raised by those present.") is None


def test_a_name_broken_across_two_lines_of_a_list_is_joined():
    doc = text_document(
        "Board meeting, 1 June 2020\n\n"
        "Present: Ann Lee (Chair), Bo Park (Secretary), Sheila\n"
        "Mott (Treasurer), Cy Twain\n"
        "Apologies: Di Roe\n\n"
        "1. The minutes were approved.\n"
    )
    data = draft_from_document(document=doc, themes=[]).data
    names = {p["key"]: p["name"] for p in data["people"]}
    found = [(names[a["person"]], a.get("group"), a.get("role")) for a in data["attendees"]]
    assert ("Sheila Mott", "Present", "Treasurer") in found
    assert ("Cy Twain", "Present", None) in found


def test_a_list_ending_whole_does_not_take_the_next_paragraph():
    found = attendees("Present: Ann Lee, Bo Park", "Minutes of the last meeting were agreed.")
    assert found == [("Ann Lee", "Present", None), ("Bo Park", "Present", None)]


@pytest.mark.parametrize(
    "text, role",
    [
        ("Cllr Dev Roe (ward councillor), for item 3 only", "ward councillor"),
        ("Dev Roe (treasurer)", "treasurer"),
        ("Dev Roe (excused)", ""),
        ("Dev Roe (attending under Standing Order 25)", ""),
    ],
)
def test_a_role_in_lower_case_is_a_role_and_a_note_on_attending_is_not(text, role):
    assert entries_in(text)[0].role == role


@pytest.mark.parametrize(
    "text", ["[[Dr Ann Lee]], [[Bo Park]]", "[[ann-lee|Ann Lee]], [[Bo Park]]"]
)
def test_a_note_taking_tools_link_to_a_persons_page_is_their_name(text):
    assert [e.name.name for e in entries_in(text)] == ["Ann Lee", "Bo Park"]


def test_a_device_or_a_dial_in_line_among_attendees_is_left_out():
    found = attendees("Attendees", "Aisha Bello, Dan Ferro, Galaxy A12, Call-in user 4, Hal Pick")
    assert found == [
        ("Aisha Bello", "Attendees", None),
        ("Dan Ferro", "Attendees", None),
        ("Hal Pick", "Attendees", None),
    ]


def test_a_tools_list_of_voices_under_a_heading_that_is_not_attendance_stays_out():
    assert attendees("Speakers", "Aisha Bello, Unknown Speaker") == []


@pytest.mark.parametrize(
    "text, group",
    [
        ("Members present (14 of 22): Ann Lee, Bo Park", "Members present"),
        ("Apologies (2): Ann Lee, Bo Park", "Apologies"),
        ("Present (12 members): Ann Lee, Bo Park", "Present"),
        ("Councillors present (9): Ann Lee, Bo Park", "Councillors present"),
        ("Attendance (7 out of 9): Ann Lee, Bo Park", "Attendance"),
        # A bracket that says how they attended is part of the group as printed.
        ("Present (remote): Ann Lee, Bo Park", "Present (remote)"),
    ],
)
def test_a_count_after_the_heading_is_no_part_of_the_group(text, group):
    assert attendance_heading(text) == (group, "Ann Lee, Bo Park", True)
    assert attendees(paragraph(text, line=3)) == [
        ("Ann Lee", group, None),
        ("Bo Park", group, None),
    ]


def test_a_count_of_the_others_ends_a_counted_list():
    text = (
        "Members present (14 of 22): Jo Sroka (President), Pat Mroz (Secretary), Marta Ziel, "
        "and 11 others (list in the club register)"
    )
    assert attendees(paragraph(text, line=3)) == [
        ("Jo Sroka", "Members present", "President"),
        ("Pat Mroz", "Members present", "Secretary"),
        ("Marta Ziel", "Members present", None),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        "Board members present: Gene Hal (President), Tricia Bou\n"
        "(Vice President), Marcy Del (Secretary), Raj Iyer (Treasurer)\n",
        "Present: Gene Hal (President), Tricia Bou\n"
        "(Vice President); Marcy Del (Secretary); Raj Iyer (Treasurer)\n",
    ],
)
def test_a_bracket_wrapped_onto_the_next_line_stays_with_its_name(lines):
    doc = text_document(
        "Homeowners' Association\nMinutes of the Annual Meeting, 19 January 2019\n\n"
        f"{lines}Board member absent: Wes Pink\n\n1. The minutes were approved.\n"
    )
    data = draft_from_document(document=doc, themes=[]).data
    names = {p["key"]: p["name"] for p in data["people"]}
    found = {(names[a["person"]], a.get("role")) for a in data["attendees"]}
    assert {
        ("Tricia Bou", "Vice President"),
        ("Marcy Del", "Secretary"),
        ("Raj Iyer", "Treasurer"),
        ("Wes Pink", None),
    } <= found


@pytest.mark.parametrize(
    "text",
    [
        "Present \u2013 Ann Lee (Chair), Bo Park\nApologies \u2013 Cy Twain",
        "Present - Ann Lee (Chair), Bo Park\nApologies - Cy Twain",
        "Members present \u2014 Ann Lee (Chair); Bo Park\nApologies \u2014 Cy Twain",
    ],
)
def test_a_heading_set_off_by_a_dash_opens_its_list(text):
    group = text.split(" ", 2)[0] if text.startswith("Present") else "Members present"
    assert attendees(paragraph(text, line=3)) == [
        ("Ann Lee", group, "Chair"),
        ("Bo Park", group, None),
        ("Cy Twain", "Apologies", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Present \u2013 the Chair welcomed members and guests.",
        "Apologies - these were noted by the Clerk.",
    ],
)
def test_a_sentence_after_a_dash_is_no_list(text):
    assert attendance_heading(text) is None


@pytest.mark.parametrize(
    "text, group",
    [
        ("Apols: Rosa Keane (Welfare Officer), Gavin Hurst.", "Apols"),
        ("Board: Glenn Hart (President), Lucy Ortega (VP), Marcus Tilley", "Board"),
        ("Governors: Ann Lee, Bo Park", "Governors"),
        ("Rapporteur: Lukas Hrdlicka (Czech Technical University)", "Rapporteur"),
    ],
)
def test_abbreviated_and_body_headings_open_a_list(text, group):
    heading = attendance_heading(text)
    assert heading is not None and heading[0] == group
    assert entries_in(heading[1])


def test_a_body_heading_before_a_sentence_is_no_list():
    data = draft_from_document(
        document=document("Board meeting", "4 March 2021", "Board: approved the budget as tabled."),
        themes=[],
    ).data
    assert data["attendees"] == []
