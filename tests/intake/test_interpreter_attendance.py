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


def test_a_plural_office_is_the_role_of_full_names_not_of_surnames_alone():
    assert attendees("Present: Councillors P Ashworth, R Bhatti and S Coulson") == [
        ("P Ashworth", "Present", "Councillor"),
        ("R Bhatti", "Present", "Councillor"),
        ("S Coulson", "Present", "Councillor"),
    ]
    # 'Senators Askew, Brennan': a house's members by surname, its title no role of theirs.
    assert attendees("Members in attendance: Senators Askew, Hollis (Chair), Dean Smith") == [
        ("Askew", "Members in attendance", None),
        ("Hollis", "Members in attendance", "Chair"),
        ("Dean Smith", "Members in attendance", None),
    ]


def test_a_plural_office_heading_gives_each_holder_the_office():
    assert attendees("Chairs: Marta Kovacs, Julian Ferreira") == [
        ("Marta Kovacs", "Chairs", "Chair"),
        ("Julian Ferreira", "Chairs", "Chair"),
    ]
    # A plural group that is no office ('Members', 'Guests') gives no role.
    assert attendees("Guests: Ines Carvalho, Noor Haddad") == [
        ("Ines Carvalho", "Guests", None),
        ("Noor Haddad", "Guests", None),
    ]


def test_a_first_name_or_handle_under_an_office_is_the_person_listed_before():
    found = attendees(
        "Present", "Karen Oyelaran, Dmitri Volkov", "Chair", "Karen", "Scribe", "dmitri"
    )
    assert found[2:] == [
        ("Karen Oyelaran", "Chair", "Chair"),
        ("Dmitri Volkov", "Scribe", "Scribe"),
    ]
    # A word that names no one listed is no attendee.
    assert attendees("Present", "Karen Oyelaran", "Scribe", "zakim") == [
        ("Karen Oyelaran", "Present", None)
    ]


def test_a_label_before_one_full_name_above_the_record_is_a_post_and_its_holder():
    assert attendees("Note taker: Yusuf Demir", "Student Board Member: Aiden Kowalczyk") == [
        ("Yusuf Demir", "Note taker", "Note taker"),
        ("Aiden Kowalczyk", "Student Board Member", None),
    ]
    # Who wrote or is the contact for the document holds no post at the meeting; a label
    # before more than a name is no post either.
    for line in (
        "Contact: Karen Ashworth",
        "Prepared by: Karen Ashworth",
        "Topic: Ann Lee, Bo Park",
    ):
        assert attendees(line) == []


def test_how_someone_attended_is_no_role_and_a_part_of_a_body_goes_with_the_role():
    found = attendees(
        "Directors present: Omar Said, Secretary (via Zoom); Linda Marsh, President",
        "Also present: Ms. Rosa Delgado, Assistant Superintendent, Business Services",
        "In attendance: Ms Harriet Doyle \u2013 Company Secretary (minutes)",
        "Witnesses: Tamsin Rowe, Chief Executive, Prison Reform Network",
    )
    assert found == [
        ("Omar Said", "Directors present", "Secretary"),
        ("Linda Marsh", "Directors present", "President"),
        ("Rosa Delgado", "Also present", "Assistant Superintendent, Business Services"),
        ("Harriet Doyle", "In attendance", "Company Secretary (minutes)"),
        ("Tamsin Rowe", "Witnesses", "Chief Executive"),
    ]
    (entry,) = entries_in(
        "Senator the Hon Lorraine Kearney, Minister for Finance, representing the Minister for "
        "Health and Aged Care"
    )
    assert entry.role == "Minister for Finance, representing the Minister for Health and Aged Care"


def test_entries_one_a_line_are_parted_by_their_lines():
    assert attendees(
        "STAFF PRESENT:  Superintendent Dr. Leonard Whitsett\n  Secretary-Treasurer Joy Abiodun"
    ) == [
        ("Leonard Whitsett", "STAFF PRESENT", "Superintendent"),
        ("Joy Abiodun", "STAFF PRESENT", "Secretary-Treasurer"),
    ]


def test_notes_in_brackets_parted_by_commas_give_the_body_and_the_role():
    found = {
        e.name.name: (e.role, e.organisation)
        for text in (
            "Ilse Vandamme (KU Leuven, Coordinator, chair); "
            "Chiara Rinaldi (CMCC, WP5 lead, remote)",
            "Siobhan Nic Aodha (Project Officer, European Commission, remote, item 3 only)",
            "Mr Owain Price (President, Students' Union)",
        )
        for e in entries_in(text)
    }
    assert found == {
        "Ilse Vandamme": ("Coordinator, chair", "KU Leuven"),
        "Chiara Rinaldi": ("WP5 lead", "CMCC"),
        "Siobhan Nic Aodha": ("Project Officer", "European Commission"),
        # A post within a body, no note of attendance: the post as printed.
        "Owain Price": ("President, Students' Union", ""),
    }


def test_initials_above_the_record_name_someone_listed():
    found = attendees(
        "Participants: Ilse Vandamme (KU Leuven, chair); Rita Figueiredo (UAlg, host)",
        "Minutes: RF",
        "Chair: IV",
    )
    assert found[2:] == [("Rita Figueiredo", "Minutes", None), ("Ilse Vandamme", "Chair", "Chair")]
    # Initials of no one listed, or of two people, name no one.
    assert attendees("Participants: Ann Lee, Alan Lamb", "Minutes: RF", "Chair: AL")[2:] == []


def test_a_bodys_name_inside_a_list_is_the_organisation_of_those_under_it():
    doc = document(
        "Estimates",
        "2 June 2022",
        "In Attendance",
        "Senator the Hon Lorraine Kearney, Minister for Finance",
        "Department of Health and Aged Care",
        "Dr Brendan Lawson, Secretary",
        "Committee members",
        "Jamie Cairns",
        "CHAIR: We begin.",
    )
    data = draft_from_document(document=doc, themes=[]).data
    names = {p["key"]: p["name"] for p in data["people"]}
    found = [(names[a["person"]], a.get("group"), a.get("role")) for a in data["attendees"]]
    assert found == [
        ("Lorraine Kearney", "In Attendance", "Minister for Finance"),
        ("Brendan Lawson", "In Attendance", "Secretary"),
        ("Jamie Cairns", "Committee members", None),
    ]
    assert any("'Department of Health and Aged Care'" in note for note in data["review"])


def test_a_post_of_a_body_is_a_role_and_a_panel_number_no_label():
    found = attendees(
        "Also present: SUSAN FARRELL, ESQ., Counsel to the Board; Ann Lee, Department of Health",
        "Witnesses",
        "I: Dame Frances Oduya, HM Chief Inspector of Prisons",
        "II: Tamsin Rowe, Chief Executive, Prison Reform Network.",
    )
    assert found == [
        ("Susan Farrell", "Also present", "Counsel to the Board"),
        ("Ann Lee", "Also present", None),
        ("Frances Oduya", "Witnesses", "HM Chief Inspector of Prisons"),
        ("Tamsin Rowe", "Witnesses", "Chief Executive"),
    ]


def test_in_the_chair_without_an_office_takes_the_chair_office_printed_elsewhere():
    found = attendees(
        "Present: Sir Geoffrey Lanyon (Chairman); Ms Anita Desai (Chief Executive)",
        "Sir Geoffrey Lanyon took the chair and declared the meeting open.",
        "Ms Anita Desai took the chair for item 4.",  # no chair's office listed for her
        "Mr Bo Park was in the Chair.",
    )
    assert found[2:] == [
        ("Geoffrey Lanyon", "In the Chair", "Chairman"),
        ("Anita Desai", "In the Chair", None),
        ("Bo Park", "In the Chair", None),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mthembu, Ms N (ANC)", [("N Mthembu", "Ms.", "ANC")]),
        ("Khoza, Mr M; Pretorius, Dr A B", [("M Khoza", "Mr.", ""), ("A B Pretorius", "Dr.", "")]),
    ],
)
def test_a_surname_printed_first_before_honorific_and_initials(text, expected):
    found = entries_in(text)
    assert [(e.name.name, e.name.honorific, e.organisation) for e in found] == expected


def test_a_surname_first_needs_initials_after_it():
    # 'The Speaker, Ms Ellison': an office and a name, not a surname first.
    found = entries_in("The Speaker, Ms Ellison") or []
    assert "Ellison The Speaker" not in [e.name.name for e in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sri A. Sivaraman, Deputy Mayor, and 61 Corporators", [("A. Sivaraman", "Deputy Mayor")]),
        ("Dr R. Venkatesh, I.A.S., Commissioner", [("R. Venkatesh", "Commissioner")]),
        (
            "Mr Cal Rooney, Minister for Agriculture, Food and the Marine",
            [("Cal Rooney", "Minister for Agriculture, Food and the Marine")],
        ),
        ("Ms Ann Lee, Deputy Permanent Representative",
         [("Ann Lee", "Deputy Permanent Representative")]),
    ],
)  # fmt: skip
def test_counts_service_letters_and_offices_are_no_people(text, expected):
    found = entries_in(text)
    assert [(e.name.name.removeprefix("Sri "), e.role) for e in found] == expected


def test_a_body_after_a_role_stays_the_organisation():
    (entry,) = entries_in("Ms Ann Lee, Head of Policy, Smith and Jones LLP")
    assert (entry.role, entry.organisation) == ("Head of Policy", "Smith and Jones LLP")


@pytest.mark.parametrize(
    "text, expected",
    [
        # Appearances before a tribunal or a hearing: whom each acts for goes with the role.
        (
            "MS K. ABARA (Tenants' Advice Service) for the Applicant",
            ("K. Abara", "for the Applicant", "Tenants' Advice Service"),
        ),
        ("MR J. DUNNE (director) for the Respondent",
         ("J. Dunne", "director, for the Respondent", "")),
        ("Ms Jo Bell (Counsel) appearing for the Council",
         ("Jo Bell", "Counsel, appearing for the Council", "")),
        (
            "Mr Sam Ode (Counsel) (Ode & Co LLP) on behalf of the objectors",
            ("Sam Ode", "Counsel, on behalf of the objectors", "Ode & Co LLP"),
        ),
        (
            "Arthur Feld, Esq., Feld & Nakamura LLP, for the applicant",
            ("Arthur Feld", "for the applicant", "Feld & Nakamura LLP"),
        ),
        ("Ms Ria Tan, Tan Legal Pty Ltd, for the landlord",
         ("Ria Tan", "for the landlord", "Tan Legal Pty Ltd")),
    ],
)  # fmt: skip
def test_whom_someone_appears_for_goes_with_the_role(text, expected):
    (entry,) = entries_in(text)
    assert (entry.name.name, entry.role, entry.organisation) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee (Chair) said the meeting would start late",
        "Ann Lee (Chair) for the first time in ten years, opened the meeting",
        "Ann Lee (Chair) for the purposes of this item",
    ],
)
def test_a_sentence_after_a_name_in_brackets_is_no_entry(text):
    assert entries_in(text) is None


def test_appearances_over_two_lines_are_one_list():
    found = attendees(
        "APPEARANCES: MS K. ABARA (Tenants' Advice Service) for the Applicant",
        "MR J. DUNNE (director) for the Respondent",
    )
    assert found == [
        ("K. Abara", "APPEARANCES", "for the Applicant"),
        ("J. Dunne", "APPEARANCES", "director, for the Respondent"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee (Chair), Bo Park (Treasurer) and about 25 members.",
        "Ann Lee (Chair), Bo Park (Treasurer) and 12 members of the public",
        "Ann Lee (Chair), Bo Park (Treasurer), plus three observers",
        "Ann Lee (Chair), Bo Park (Treasurer) and others",
        "Ann Lee (Chair); Bo Park (Treasurer); and approximately 40 residents",
    ],
)
def test_a_count_of_others_after_the_last_name_is_no_one(line):
    entries = entries_in(line)
    assert [(e.name.name, e.role) for e in entries] == [
        ("Ann Lee", "Chair"),
        ("Bo Park", "Treasurer"),
    ]


def test_a_surname_like_a_count_word_is_still_a_name():
    assert [e.name.name for e in entries_in("Ann Lee and Tom Others")] == ["Ann Lee", "Tom Others"]
