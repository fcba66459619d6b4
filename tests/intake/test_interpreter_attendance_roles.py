"""What is printed beside a name in a list: an office or a body, a mark that the holder took the
chair, notes on the part of the meeting attended and on taking the minutes."""

import pytest

from intake.interpreter import draft_from_document
from intake.interpreter.attendance import entries_in
from intake.interpreter.attendance_roles import names_a_body, role_notes, without_minutes
from intake.readers.blocks import Block, BlockKind, Place
from tests.intake.blocks import document

pytestmark = pytest.mark.django_db


def row(*cells: str) -> Block:
    return Block(BlockKind.TABLE_ROW, " | ".join(cells), Place(line=3), cells=cells)


def attendees(*blocks) -> list[tuple]:
    doc = document("Committee meeting", "12 March 2019", *blocks, "The minutes were agreed.")
    data = draft_from_document(document=doc, themes=[]).data
    names = {p["key"]: p["name"] for p in data["people"]}
    assert not any(
        "Present" in s["text"] or "Attendance" in s["text"]
        for p in data["panels"]
        for s in p["statements"]
    )
    return [(names[a["person"]], a.get("group"), a.get("role")) for a in data["attendees"]]


@pytest.mark.parametrize(
    "role, expected",
    [
        ("Consultant Anaesthetist (Chair)", ("Consultant Anaesthetist", "Chair")),
        ("Union President (Chair of Council)", ("Union President", "Chair of Council")),
        ("Leader of the Council (Chairman)", ("Leader of the Council", "Chairman")),
        ("Parent Governor (chairperson)", ("Parent Governor", "chairperson")),
        ("President (in the Chair)", ("President", "President")),
        ("Lay Member (Chair) (items 1-4 only)", ("Lay Member", "Chair")),
        # The mark alone is the role; a vice-chair or a chairing note is no mark.
        ("Chair", ("Chair", "")),
        ("(Chair)", ("(Chair)", "")),
        ("Vice-Chair", ("Vice-Chair", "")),
        ("Treasurer (Vice-Chair)", ("Treasurer (Vice-Chair)", "")),
        ("Trust Chair (chairing)", ("Trust Chair (chairing)", "")),
    ],
)
def test_a_chair_mark_after_another_role_is_the_chair_taken(role, expected):
    assert role_notes(role) == expected


@pytest.mark.parametrize(
    "role, expected",
    [
        ("Freedom to Speak Up Guardian (item 21/088)", "Freedom to Speak Up Guardian"),
        ("School Business Manager, for item 5", "School Business Manager"),
        ("Head of Finance (items 6 and 7 only)", "Head of Finance"),
        ("Planning Officer (for agenda item 4)", "Planning Officer"),
        ("Auditor, part 1 only", "Auditor"),
        ("Director of Estates (items 3, 4 and 9)", "Director of Estates"),
        # Not a note on the part attended: the role as printed.
        ("Head of Partnerships", "Head of Partnerships"),
        ("Itemisation Officer", "Itemisation Officer"),
    ],
)
def test_a_note_on_the_part_attended_is_no_part_of_the_role(role, expected):
    assert role_notes(role) == (expected, "")


@pytest.mark.parametrize(
    "role, expected",
    [
        ("Committee Secretary (minutes)", "Committee Secretary"),
        ("Democracy Coordinator (staff, minutes)", "Democracy Coordinator"),
        ("Governance Officer (note-taker)", "Governance Officer"),
        ("Clerk, taking the minutes", "Clerk"),
        ("Board Secretary (minute taker; item 4 only)", "Board Secretary"),
        ("Minutes Secretary", "Minutes Secretary"),
        ("Minutes", "Minutes"),
    ],
)
def test_a_table_role_drops_notes_on_taking_the_minutes(role, expected):
    assert without_minutes(role) == expected


@pytest.mark.parametrize(
    "text, body",
    [
        ("KU Leuven", True),
        ("DTU", True),
        ("Somerfield County Council", True),
        ("Yeovale", True),
        ("Executive Dean", False),
        ("Head of School", False),
        ("Public Governor", False),
        ("Deputy Director-General", False),
        ("Associate Professor", False),
    ],
)
def test_a_post_printed_in_capitals_names_no_body(text, body):
    assert names_a_body(text) is body


@pytest.mark.parametrize(
    "text, role, organisation",
    [
        ("Professor Mia Achterberg (Executive Dean, Chair)", "Executive Dean, Chair", ""),
        ("Dr Sian Pryce (Head of School, Chemistry)", "Head of School, Chemistry", ""),
        ("Mr Derek Oyelowo (Public Governor, Yeovale)", "Public Governor, Yeovale", ""),
        ("Tane Walker (Deputy Director-General, Operations)",
         "Deputy Director-General, Operations", ""),
        ("Ilse Vandamme (KU Leuven, Coordinator, chair)", "Coordinator, chair", "KU Leuven"),
    ],
)  # fmt: skip
def test_a_post_and_its_part_in_brackets_stay_the_role(text, role, organisation):
    (entry,) = entries_in(text)
    assert (entry.role, entry.organisation) == (role, organisation)


def test_a_table_of_attendance_with_a_chair_mark_and_a_minute_taker():
    found = attendees(
        "Attendance",
        row("Name", "Initials", "Role", "Attendance"),
        row("Dr Judith Kenn", "JK", "Consultant Anaesthetist (Chair)", "Present"),
        row("Revd Michael Otu", "MO", "Lead Chaplain", "Present"),
        row("Dr Samir Hadi", "SH", "Consultant Geriatrician", "MS Teams"),
        row("Miss Dana Whit", "DW", "Committee Secretary (minutes)", "Present"),
    )
    assert found == [
        ("Judith Kenn", "Present", "Consultant Anaesthetist"),
        ("Judith Kenn", "In the Chair", "Chair"),
        ("Michael Otu", "Present", "Lead Chaplain"),
        ("Samir Hadi", "MS Teams", "Consultant Geriatrician"),
        ("Dana Whit", "Present", "Committee Secretary"),
    ]


@pytest.mark.parametrize(
    "header",
    [("Name", "Position", "Attendance"), ("Member", "Office", "Status")],
)
def test_a_position_column_with_the_chair_in_brackets(header):
    found = attendees(
        row(*header),
        row("Amara Obi", "Union President (Chair of Council)", "Present"),
        row("Kofi Mensah", "Postgraduate Officer", "Apologies"),
        row("Tom Ash", "Democracy Coordinator (staff, minutes)", "In attendance"),
    )
    assert found == [
        ("Amara Obi", "Present", "Union President"),
        ("Amara Obi", "In the Chair", "Chair of Council"),
        ("Kofi Mensah", "Apologies", "Postgraduate Officer"),
        ("Tom Ash", "In attendance", "Democracy Coordinator"),
    ]


@pytest.mark.parametrize(
    "present",
    [
        "Present: Cllr Ann Lee (Mayor) (Chair), Cllr Bo Park",
        "Present:\nCllr Ann Lee, Mayor (Chair)\nCllr Bo Park",
        "Present: Cllr Ann Lee - Mayor (Chair); Cllr Bo Park",
    ],
)
def test_an_inline_list_with_the_chair_marked_after_the_role(present):
    found = attendees(present)
    assert ("Ann Lee", "In the Chair", "Chair") in found
    assert ("Bo Park", "Present", None) in found
    assert all(who != "Bo Park" or group != "In the Chair" for who, group, _ in found)


@pytest.mark.parametrize(
    "attending",
    [
        "In attendance: Ms Grace Okwu, Freedom to Speak Up Guardian (item 21/088)",
        "In attendance: Ms Grace Okwu (Freedom to Speak Up Guardian, for item 5)",
        "In attendance: Ms Grace Okwu \u2013 Freedom to Speak Up Guardian (items 4 and 5 only)",
    ],
)
def test_an_officer_attending_for_one_item_keeps_only_the_office(attending):
    assert attendees(attending) == [("Grace Okwu", "In attendance", "Freedom to Speak Up Guardian")]


def test_inline_notes_on_the_minutes_stay_as_printed():
    # Outside a table's role column the role is printed whole, notes and all.
    found = attendees("In attendance: Ms Harriet Doyle, Company Secretary (minutes)")
    assert found == [("Harriet Doyle", "In attendance", "Company Secretary (minutes)")]
