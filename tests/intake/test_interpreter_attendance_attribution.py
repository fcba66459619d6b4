"""The words beside a name put where they belong: a role, a body, whom the person acts for,
or a note on how they attended that is neither."""

import pytest

from intake.interpreter.attendance import entries_in
from intake.interpreter.attendance_attribution import Entry, attribute, bracketed
from intake.interpreter.names import ParsedName


def placed(fill, *texts: str) -> tuple[str, str]:
    entry = Entry(ParsedName(name="Ann Lee"))
    for text in texts:
        fill(entry, text)
    return entry.role, entry.organisation


@pytest.mark.parametrize(
    "text, expected",
    [
        ("outside counsel, item 4 only", ("outside counsel", "")),
        ("treasurer, remote", ("treasurer", "")),
        ("ward councillor, by phone", ("ward councillor", "")),
        ("excused", ("", "")),
        ("Head of School, Engineering", ("Head of School, Engineering", "")),
        ("Public Governor, Yeovale", ("Public Governor, Yeovale", "")),
        ("KU Leuven, Coordinator, chair", ("Coordinator, chair", "KU Leuven")),
    ],
)
def test_notes_in_brackets_leave_the_role_and_the_body(text, expected):
    assert placed(bracketed, text) == expected


@pytest.mark.parametrize(
    "texts, expected",
    [
        (["Chair (Scripps Ocean Institute)"], ("Chair", "Scripps Ocean Institute")),
        (["Senior Counsel (Bar Council)"], ("Senior Counsel", "Bar Council")),
        (["Company Secretary (minutes)"], ("Company Secretary (minutes)", "")),
        (["Designated Federal Official (DFO)"], ("Designated Federal Official (DFO)", "")),
        (
            ["Feld & Nakamura LLP", "for the applicant"],
            ("for the applicant", "Feld & Nakamura LLP"),
        ),
        (["Coastline Property Management"], ("", "Coastline Property Management")),
    ],
)
def test_a_body_in_brackets_after_a_post_is_the_organisation(texts, expected):
    assert placed(attribute, *texts) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jas Dhillon, Regional Organiser", [("Jas Dhillon", "Regional Organiser")]),
        ("Ann Lee, Bo Park, Finance Director", [("Ann Lee", ""), ("Bo Park", "Finance Director")]),
        ("Mo Kaur, Volunteer Coordinator; Al Ray",
         [("Mo Kaur", "Volunteer Coordinator"), ("Al Ray", "")]),
        # A post after a name is no second person; a surname that is no post stays one.
        ("Ann Lee, Jo Organ", [("Ann Lee", ""), ("Jo Organ", "")]),
    ],
)  # fmt: skip
def test_a_capitalised_post_after_a_name_is_no_second_person(text, expected):
    assert [(e.name.name, e.role) for e in entries_in(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Dan White (Repairs Officer); two members for the open session",
            [("Dan White", "Repairs Officer")],
        ),
        (
            "Kevin Doyle, Coastline Property Management; 23 unit owners in person and 9 via Zoom",
            [("Kevin Doyle", "")],
        ),
        ("Ann Lee (Clerk); Bo Park; 4 members of the public",
         [("Ann Lee", "Clerk"), ("Bo Park", "")]),
        ("Dr H Quayle (Co-opted Governor) \u2013 consent given",
         [("H Quayle", "Co-opted Governor")]),
        ("Mr Al Ray (Parent Governor) - accepted", [("Al Ray", "Parent Governor")]),
    ],
)  # fmt: skip
def test_counts_and_notes_after_the_names_leave_the_people(text, expected):
    assert [(e.name.name, e.role) for e in entries_in(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Czech Technical University in Prague", ("", "Czech Technical University in Prague")),
        ("Institut für Geodäsie", ("", "Institut für Geodäsie")),
        ("Universidad de Chile", ("", "Universidad de Chile")),
        ("CESBIO, Toulouse", ("", "CESBIO, Toulouse")),
        ("IPMA, Lisbon", ("", "IPMA, Lisbon")),
        ("KU Leuven, Coordinator", ("Coordinator", "KU Leuven")),
        ("Head of Planning", ("Head of Planning", "")),
    ],
)
def test_a_bodys_name_with_its_small_words_or_its_town_is_the_organisation(text, expected):
    assert placed(bracketed, text) == expected
