"""An office printed before a name in a list ('Town Administrator Greg Boyle') and a roll
call's status after it ('Commissioner Alvarez - Present')."""

import pytest

from intake.interpreter.attendance import entries_in
from intake.interpreter.offices import office_first, roll_status
from tests.intake.test_interpreter_attendance import attendees

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text, office, name",
    [
        ("Town Administrator Greg Boyle", "Town Administrator", "Greg Boyle"),
        ("Recording Secretary Ann Marie Leduc", "Recording Secretary", "Ann Marie Leduc"),
        ("General Manager Paula Reyes", "General Manager", "Paula Reyes"),
        ("District Counsel Martin Ohl", "District Counsel", "Martin Ohl"),
        ("Chief Executive Officer Dr. Paul Grant", "Chief Executive Officer", "Paul Grant"),
        ("Finance Director Jo Bell", "Finance Director", "Jo Bell"),
        ("Chief Executive Officer, Mr Paul Grant", "Chief Executive Officer", "Paul Grant"),
        ("Director Corporate Services, Ms Anne Lowe", "Director Corporate Services", "Anne Lowe"),
        ("Minute Secretary, Mrs Kim Tran", "Minute Secretary", "Kim Tran"),
    ],
)
def test_an_office_before_the_name(text, office, name):
    parsed = office_first(text)
    assert (parsed.role, parsed.name) == (office, name)


@pytest.mark.parametrize(
    "text",
    ["Finance Director", "Members of the Public", "Ann Lee", "Budget Working Group Report",
     "Officers Present", "Planning Manager, Housing"],
)  # fmt: skip
def test_no_office_and_name_in_other_lines(text):
    assert office_first(text) is None


@pytest.mark.parametrize(
    "text, status",
    [("Present", "Present"), ("absent", "absent"), ("Absent (excused)", "Absent"),
     ("Excused", "Excused"), ("Present via Zoom", "Present"), ("Chair", "")],
)  # fmt: skip
def test_a_roll_calls_status(text, status):
    assert roll_status(text) == status


@pytest.mark.parametrize(
    "lines",
    [
        "Roll Call:\nCommissioner Alvarez - Present\nCommissioner Chen - Absent\n"
        "Chair Ana Evans - Present",
        "Roll Call: Commissioner Alvarez \u2013 present; Commissioner Chen \u2013 absent; "
        "Chair Ana Evans \u2013 present",
    ],
)
def test_roll_call_lines_give_the_status_as_the_group(lines):
    found = [(n, g.casefold(), r) for n, g, r in attendees(lines)]
    assert found == [
        ("Alvarez", "present", "Commissioner"),
        ("Chen", "absent", "Commissioner"),
        ("Ana Evans", "present", "Chair"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Others Present: Town Administrator Greg Boyle; Recording Secretary Ann Marie Leduc",
         [("Greg Boyle", "Others Present", "Town Administrator"),
          ("Ann Marie Leduc", "Others Present", "Recording Secretary")]),
        ("OFFICERS IN ATTENDANCE\nChief Executive Officer, Mr Paul Grant\n"
         "Director Corporate Services, Ms Anne Lowe",
         [("Paul Grant", "OFFICERS IN ATTENDANCE", "Chief Executive Officer"),
          ("Anne Lowe", "OFFICERS IN ATTENDANCE", "Director Corporate Services")]),
        ("Present: Council Member Tamika Boone, Councilmember Ana Ruiz, Councilwoman Jo Bell",
         [("Tamika Boone", "Present", "Council Member"), ("Ana Ruiz", "Present", "Councilmember"),
          ("Jo Bell", "Present", "Councilwoman")]),
        ("Selectmen Present: Chairman Robert Ames, Selectwoman Diane Foley, Selectman Mark Tuttle",
         [("Robert Ames", "Selectmen Present", "Chairman"),
          ("Diane Foley", "Selectmen Present", "Selectwoman"),
          ("Mark Tuttle", "Selectmen Present", "Selectman")]),
        ("PRESENT\nMayor Cr Jenny Walsh\nCr Mark Olsen\nCr Priya Nair",
         [("Jenny Walsh", "PRESENT", "Mayor"), ("Mark Olsen", "PRESENT", None),
          ("Priya Nair", "PRESENT", None)]),
        ("Board Members Present: Board Member Lisa Tran, Board Member Omar Haddad",
         [("Lisa Tran", "Board Members Present", "Board Member"),
          ("Omar Haddad", "Board Members Present", "Board Member")]),
    ],
)  # fmt: skip
def test_offices_before_names_in_lists(text, expected):
    assert attendees(text) == expected


def test_a_headings_colon_is_no_part_of_an_office():
    assert office_first("Present: Mayor Linda Carvalho") is None
    assert office_first("STAFF PRESENT: Superintendent Dr. Leonard Whitsett") is None


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "the President, Huw Rees, in the chair; the Hon. Secretary, Carys Lloyd; "
            "the Treasurer, Dai Morgan-Jones; and 47 members.",
            [
                ("Huw Rees", "President", ""),
                ("Huw Rees", "President", "In the Chair"),
                ("Carys Lloyd", "Hon. Secretary", ""),
                ("Dai Morgan-Jones", "Treasurer", ""),
            ],
        ),
        ("Asst. Clerk, Mrs Kim Tran", [("Kim Tran", "Asst. Clerk", "")]),
    ],
)
def test_offices_before_their_holders_with_the_and_the_chair(line, expected):
    entries = entries_in(line)
    assert [(e.name.name, e.name.role, e.group) for e in entries] == expected
