"""Attendance: lists under headings about who was there become attendees, never statements."""

import pytest

from intake.interpreter import draft_from_document
from intake.interpreter.attendance import entries_in
from intake.interpreter.attendance_headings import attendance_heading
from tests.intake.blocks import document

pytestmark = pytest.mark.django_db


def attendees(*blocks) -> list[tuple]:
    doc = document("Board meeting", "1 June 2020", *blocks, "Ms. Lee: We start.")
    data = draft_from_document(document=doc, themes=[]).data
    names = {p["key"]: p["name"] for p in data["people"]}
    assert not any("Present" in s["text"] for p in data["panels"] for s in p["statements"])
    return [(names[a["person"]], a.get("group"), a.get("role")) for a in data["attendees"]]


@pytest.mark.parametrize(
    "present",
    [
        "Present: Ms. Ann Lee (Chair), Mr. Bo Park",
        "Present: Ms. Ann Lee, Chair; Mr. Bo Park",
        "Present:\nMs. Ann Lee, Chair\nMr. Bo Park",
        "Present:\nMs. Ann Lee \u2013 Chair\nMr. Bo Park",
    ],
)
def test_lists_of_those_present_in_their_usual_forms(present):
    assert attendees(present) == [("Ann Lee", "Present", "Chair"), ("Bo Park", "Present", None)]


def test_groups_keep_their_printed_heading_and_lists_wrap_across_lines():
    found = attendees(
        "Members Present:\nMayor Linda Carvalho; Councillors Brent Okimoto, Dana Pruitt and\n"
        "  Yusuf Halabi",
        "Apologies for absence:\nCouncillor Theo Brandt (excused)",
    )
    assert found == [
        ("Linda Carvalho", "Members Present", "Mayor"),
        ("Brent Okimoto", "Members Present", "Councillor"),
        ("Dana Pruitt", "Members Present", "Councillor"),
        ("Yusuf Halabi", "Members Present", "Councillor"),
        ("Theo Brandt", "Apologies for absence", "Councillor"),
    ]


def test_an_office_and_its_holder_on_one_line():
    assert attendees("DFO: Jane Roe, Director", "Chair: Ms. Ann Lee") == [
        ("Jane Roe", "DFO", "Director"),
        ("Ann Lee", "Chair", "Chair"),
    ]


def test_a_line_that_is_not_all_names_goes_to_the_summary_whole():
    doc = document("Board meeting", "1 June 2020", "Present: all members but two", "Ms. Lee: Go.")
    data = draft_from_document(document=doc, themes=[]).data
    assert data["attendees"] == []
    assert data["meeting"]["summary"] == "Present: all members but two"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mr. Kenji Aldana, Office of Chemical Safety",
            [("Kenji Aldana", "", "Office of Chemical Safety")],
        ),
        ("Marcus Ellery, MD, MPH", [("Marcus Ellery", "", "")]),
        ("Mr. Lajčák . . . . . . (Slovakia)", [("Lajčák", "", "Slovakia")]),
        (
            "The Vice-Chancellor (Professor Sian Okereke) in the Chair",
            [("Sian Okereke", "Vice-Chancellor, in the Chair", "")],
        ),
        (
            "Ann Lee, Bo Park and Cy Twain",
            [("Ann Lee", "", ""), ("Bo Park", "", ""), ("Cy Twain", "", "")],
        ),
    ],
)
def test_entries_take_role_and_organisation_as_printed(text, expected):
    found = entries_in(text)
    assert [(e.name.name, e.role, e.organisation) for e in found] == expected


@pytest.mark.parametrize("text", ["All members were present.", "The budget", "Three points: one"])
def test_sentences_and_headings_of_other_kinds_are_not_attendance(text):
    heading = attendance_heading(text)
    assert heading is None or (not heading[2] and entries_in(heading[1]) is None)
