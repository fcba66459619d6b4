"""Attendance printed as a table: a header with a column saying how each row attended, a
column of marks under 'Present' and 'Absent', a row whose first cell is the heading."""

import pytest

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.interpreter.attendance_forms import (
    member_of_a_body,
    office_labels,
    says_who_attended,
    table_columns,
)
from intake.readers.blocks import Block, BlockKind, Place
from tests.intake.blocks import document, paragraph


def row(*cells: str, line: int = 1) -> Block:
    return Block(BlockKind.TABLE_ROW, " | ".join(cells), Place(line=line), cells=cells)


def attendees(*blocks) -> list[tuple]:
    doc = document("Council meeting", "4 March 2021", *blocks, "The minutes were approved.")
    data = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    ).data  # fmt: skip
    names = {p["key"]: p["name"] for p in data["people"]}
    return [(names[a["person"]], a.get("group"), a.get("role")) for a in data["attendees"]]


@pytest.mark.parametrize("status", ["Attendance", "Status", "Presence"])
def test_a_table_with_a_column_of_how_each_attended_is_attendance(status):
    found = attendees(
        row("Name", "Office", status),
        row("Professor Ann Lee", "President (in the Chair)", "Present"),
        row("Dr Bo Park", "Council member", "By video link"),
        row("Ms Cara Diaz", "Council member", "Apologies"),
    )
    assert found == [
        ("Ann Lee", "Present", "President"),
        ("Ann Lee", "In the Chair", "President"),
        ("Bo Park", "By video link", "Council member"),
        ("Cara Diaz", "Apologies", "Council member"),
    ]


@pytest.mark.parametrize("mark", ["X", "\u2713", "Yes"])
def test_marks_under_present_and_absent_give_each_row_its_group(mark):
    found = attendees(
        row("Board Member", "District", "Present", "Absent"),
        row("Dolly Whit, President", "District 3", mark, ""),
        row("Rev. Carl Odd", "District 4", "", mark),
    )
    assert found == [("Dolly Whit", "Present", "President"), ("Carl Odd", "Absent", None)]


def test_a_roll_call_vote_table_is_no_attendance():
    assert table_columns(["Board Member", "Yes", "No", "Abstain"]) == {}
    assert not says_who_attended(table_columns(["Name", "Role"]))  # a list, no status column
    # A row of names is never taken for the table's header.
    assert table_columns(["Dr Ann Lee", "Council member", "Present"]) == {}


@pytest.mark.parametrize(
    "cells",
    [
        ("Present", "Ann Lee (A), Mayor; Bo Park (V)"),
        ("Present:", "2 - Ann Lee and Bo Park"),
        ("Members present", "Ann Lee, Mayor, Bo Park"),
    ],
)
def test_a_row_whose_first_cell_is_the_heading_lists_its_names(cells):
    found = attendees(row(*cells), row("Absent", "Dee Holm"))
    assert [name for name, _, _ in found] == ["Ann Lee", "Bo Park", "Dee Holm"]
    assert found[-1][1] == "Absent"


def test_a_heading_row_whose_names_cannot_be_split_does_not_stop_the_rules():
    # The row is read as a paragraph copy of itself; the list's other checks must still run.
    found = attendees(
        row("Excused", "Wolfgang Timm Member of the Supervisory Board"), row("Absent", "Dee Holm")
    )
    assert ("Dee Holm", "Absent", None) in found


def test_a_row_whose_first_cell_is_no_heading_about_attendance_is_not_read_as_one():
    assert attendees(row("Venue", "Council Chamber, City Hall")) == []


@pytest.mark.parametrize(
    "text, name, organisation, role",
    [
        ("Belgium: Ms Hélène Vandamme, Minister for Agriculture", "Hélène Vandamme", "Belgium",
         "Minister for Agriculture"),
        ("Commission: Mr Henrik Sørlie", "Henrik Sørlie", "Commission", ""),
        ("France: Ms Aurélie Lombard, Deputy Permanent Representative", "Aurélie Lombard",
         "France", "Deputy Permanent Representative"),
    ],
)  # fmt: skip
def test_a_country_or_body_before_one_person_is_their_organisation(text, name, organisation, role):
    (entry,) = member_of_a_body(text)
    assert (entry.name.name, entry.organisation, entry.role) == (name, organisation, role)


@pytest.mark.parametrize(
    "text",
    ["Ms Ann Lee: We start now.", "Present: Ann Lee", "Clerk: Ms Ann Lee", "Belgium: supports it"],
)
def test_a_speaker_a_heading_or_an_office_before_the_colon_is_no_body(text):
    assert member_of_a_body(text) is None


def test_members_listed_under_their_countries_are_attendance():
    doc = document(
        "Council session",
        "4 March 2021",
        "Participants",
        "Belgium: Ms Ann Lee, Minister for Agriculture",
        "Commission: Mr Bo Park, Member of the Commission",
        "The President: We begin.",
    )
    draft = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    )  # fmt: skip
    data = draft.data
    names = {p["key"]: p["name"] for p in data["people"]}
    found = [(names[a["person"]], a["group"]) for a in data["attendees"]]
    assert found == [("Ann Lee", "Participants"), ("Bo Park", "Participants")]
    assert any("'Belgium'" in str(note) for note in draft.notes)


def test_a_heading_in_two_languages_opens_the_list_of_the_rows_under_it():
    doc = document(
        "Economy Committee",
        "Thursday, 14 March 2019",
        Block(BlockKind.HEADING, "Aelodau a oedd yn bresennol\nCommittee Members in Attendance",
              Place(line=3), level=2),
        row("Ann Lee", "Committee Chair", line=4),
        row("Bo Park", "", line=5),
        "Ann Lee: Good morning.",
    )  # fmt: skip
    data = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    ).data  # fmt: skip
    names = {p["key"]: p["name"] for p in data["people"]}
    found = [(names[a["person"]], a["group"], a.get("role")) for a in data["attendees"]]
    assert found == [
        ("Ann Lee", "Committee Members in Attendance", "Committee Chair"),
        ("Bo Park", "Committee Members in Attendance", None),
    ]


@pytest.mark.parametrize(
    "cells, role",
    [
        (("Mr Keith Almond", "Public Governor, Yeovale"), "Public Governor, Yeovale"),
        (("Ms Cat Mere", "Chief Executive, Bus Users Wales"), "Chief Executive, Bus Users Wales"),
    ],
)
def test_a_two_cell_row_under_a_heading_is_a_name_and_its_role_whole(cells, role):
    found = attendees(paragraph("Present:"), row(*cells))
    assert found == [(cells[0].split(" ", 1)[1], "Present", role)]


def test_a_second_person_in_the_second_cell_is_a_person_not_a_role():
    found = attendees(paragraph("Present:"), row("Ann Lee", "Bo Park"))
    assert [name for name, _, _ in found] == ["Ann Lee", "Bo Park"]


@pytest.mark.parametrize(
    "line",
    [
        "Chair: In\u00eas Carvalho \u00b7 Scribe: Rahul Menon",
        "Chair: In\u00eas Carvalho | Scribe: Rahul Menon",
        "Chair: In\u00eas Carvalho \u2022 Scribe: Rahul Menon",
        "Chair: In\u00eas Carvalho      Scribe: Rahul Menon",
    ],
)
def test_offices_printed_as_fields_of_one_line_are_each_held(line):
    assert [(label, e.name.name) for label, e in office_labels(line, in_header=True)] == [
        ("Chair", "In\u00eas Carvalho"),
        ("Scribe", "Rahul Menon"),
    ]
    found = attendees(paragraph(line, line=3))
    assert ("In\u00eas Carvalho", "Chair", "Chair") in found
    assert ("Rahul Menon", "Scribe", "Scribe") in found


@pytest.mark.parametrize(
    "line",
    [
        "Chair: Ann Lee \u00b7 Where: Jitsi",  # a place field: not every field an office
        "Chair: Ann Lee | the meeting opened at 7pm",
    ],
)
def test_a_line_of_fields_is_offices_only_when_every_field_is_one(line):
    assert office_labels(line, in_header=True) is None


@pytest.mark.parametrize("column", ["Category", "Designation", "Membership"])
def test_a_category_column_is_the_role_unless_the_name_prints_an_office(column):
    found = attendees(
        row("Name", column, "Attendance"),
        row("Mrs Nia Hughes (Chair)", "Foundation governor", "P"),
        row("Mr Sam Ade", "Headteacher", "P"),
        row("Ms Ann Price", "Staff governor", "A"),
    )
    assert found == [
        ("Nia Hughes", "P", "Chair"),
        ("Sam Ade", "P", "Headteacher"),
        ("Ann Price", "A", "Staff governor"),
    ]
