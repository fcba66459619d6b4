"""Names as more houses print them (honorifics, stacked titles, letters after the name) and
attendance beyond a plain list (one person in two groups, surnames under a plural office, a
tool's list of voices)."""

import pytest

from intake.interpreter import draft_from_document
from intake.interpreter.names import parse_name, take_role, writes_french_honorifics
from tests.intake.blocks import document
from tests.intake.test_interpreter_attendance import attendees


@pytest.mark.parametrize(
    "text, name, honorific, role",
    [
        ("SHRI RAHUL VERMA", "Rahul Verma", "Shri", ""),
        ("Smt. Kavita Nair", "Kavita Nair", "Smt.", ""),
        ("Kumari Anjali Rao", "Anjali Rao", "Kumari", ""),
        ("Professor Dame Sarah Kline DBE", "Sarah Kline", "Professor Dame", ""),
        ("Rt. Hon. Alan Birch MP", "Alan Birch", "Rt. Hon.", ""),
        ("Dr Eilidh Watt MSP", "Eilidh Watt", "Dr.", ""),
        ("Sir Anand Kapoor KC", "Anand Kapoor", "Sir", ""),
        ("Senator the Hon Lorraine Kearney", "Lorraine Kearney", "Hon.", "Senator"),
        ("Deputy Mary Byrne", "Mary Byrne", "", "Deputy"),
        ("The Deputy Convener", "", "", "Deputy Convener"),
        ("Senator McKENZIE", "McKenzie", "", "Senator"),
        ("Mr. MacDONALD", "MacDonald", "Mr.", ""),
        ("Councilwoman Reyes", "Reyes", "", "Councilwoman"),
        ("Cr Jane Smith", "Jane Smith", "Cr", ""),
        ("Fr Byrne", "Byrne", "Fr", ""),
        ("A/Prof Jane Lee", "Jane Lee", "A/Prof", ""),
        ("Sra. Ruiz", "Ruiz", "Sra.", ""),
        ("Frau Weber", "Weber", "Frau", ""),
        ("Pastor Okoro", "Okoro", "Pastor", ""),
    ],
)
def test_honorifics_titles_and_letters_are_no_part_of_the_name(text, name, honorific, role):
    parsed = parse_name(text)
    assert (parsed.name, parsed.honorific, parsed.role) == (name, honorific, role)


@pytest.mark.django_db
def test_a_person_in_two_groups_is_an_attendee_in_each():
    assert attendees(
        "In the Chair: Ms. Ann Lee",
        "Present: Ms. Ann Lee, Mr. Bo Park",
    ) == [
        ("Ann Lee", "In the Chair", None),
        ("Ann Lee", "Present", None),
        ("Bo Park", "Present", None),
    ]


@pytest.mark.django_db
def test_surnames_alone_under_a_plural_office_are_people():
    found = attendees("Members in attendance: Senators Askew, Brennan, Hollis (Chair), Tavita.")
    assert [(name, group) for name, group, _ in found] == [
        ("Askew", "Members in attendance"),
        ("Brennan", "Members in attendance"),
        ("Hollis", "Members in attendance"),
        ("Tavita", "Members in attendance"),
    ]
    assert found[2][2] == "Chair"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "heading, names",
    [
        ("SPEAKERS", "Ann Lee, Bo Park, Unknown Speaker"),
        ("Participants", "Ann Lee, Speaker 2, Bo Park"),
        ("Speakers:", "Ann Lee, Bo Park, Call-in user_3"),
    ],
)
def test_a_tools_list_of_voices_is_no_attendance(heading, names):
    doc = document("Residents meeting", "2 May 2021", heading, names, "Ann Lee: Welcome.")
    data = draft_from_document(document=doc, themes=[]).data
    assert data["attendees"] == []
    assert names in data["meeting"]["summary"]
    assert [s["text"] for s in data["panels"][0]["statements"]] == ["Welcome."]


@pytest.mark.django_db
def test_notes_in_brackets_a_later_holder_and_headcounts_in_lists():
    found = attendees(
        "Chair: Mr. Osei (Vice-Chair) (Ghana)",
        "later: Ms. Varga (Chair) (Hungary)",
        "Present: Cllr B Nkemelu (Vice-Chairman), Cllr D Fry, 6 members of the public",
    )
    assert found == [
        ("Osei", "Chair", "Vice-Chair"),
        ("Varga", "Chair", "Chair"),
        ("B Nkemelu", "Present", "Vice-Chairman"),
        ("D Fry", "Present", None),
    ]


@pytest.mark.django_db
def test_a_run_in_minute_heading_opens_a_section_and_its_text_is_the_statement():
    doc = document(
        "Minutes of the Parish Council",
        "Tuesday 14 May 2019",
        "19/051 Apologies for absence: Cllr T Rudd (holiday).",
        "19/052 Declarations of interest: None were declared.",
        "4.2 Finance: The clerk reported a balance of \u00a312,400.",
    )
    data = draft_from_document(document=doc, themes=[]).data
    assert [(p["title"], [s["text"] for s in p["statements"]]) for p in data["panels"]] == [
        ("19/052 Declarations of interest", ["None were declared."]),
        ("4.2 Finance", ["The clerk reported a balance of \u00a312,400."]),
    ]
    assert [(a["person"], a["group"]) for a in data["attendees"]] == [
        ("t-rudd", "Apologies for absence")
    ]


@pytest.mark.django_db
def test_office_headings_marked_names_and_their_key():
    found = attendees(
        "Convener",
        "*Alan Birch (Fife) (Lab)",
        "Committee members",
        "Jo Reid (Perth) (SNP)\n*Sam Kerr (Angus) (Con)",
        "*attended",
        "Witnesses",
        "Dr Ria Sen (Royal Society of Chemistry)",
        "Secretary to the Board",
        "Ian Muir",
    )
    assert found == [
        ("Alan Birch", "Convener", "Convener"),
        ("Sam Kerr", "Committee members", None),
        ("Ria Sen", "Witnesses", None),
        ("Ian Muir", "Secretary to the Board", "Secretary"),
    ]


@pytest.mark.parametrize(
    "words, role, left",
    [
        (["Temporary", "Speaker"], "Temporary Speaker", []),
        (["Interim", "Chair", "Ada", "Hale"], "Interim Chair", ["Ada", "Hale"]),
        (["ACTING", "CONVENER"], "Acting Convener", []),
    ],
)
def test_a_qualified_office_is_taken_whole(words, role, left):
    words = list(words)
    assert take_role(words) == role and words == left


@pytest.mark.parametrize("words", [["Temporary", "Housing"], ["Joint", "Committee"], ["Acting"]])
def test_a_qualifier_without_an_office_is_no_role(words):
    assert take_role(list(words)) == ""


@pytest.mark.parametrize(
    "text, name, honorific",
    [
        ("Dr. M. Khan", "M. Khan", "Dr."),
        ("DR. M. KHAN", "M. Khan", "Dr."),
        ("Cllr J. P. Smith", "J. P. Smith", "Cllr"),
        ("Cllr J.P. Smith", "J.P. Smith", "Cllr"),
        ("Prof. A.B. Osei", "A.B. Osei", "Prof."),
        ("Mrs A. Lee", "A. Lee", "Mrs."),
        ("A.B. Osei", "A.B. Osei", ""),
        # Before a surname alone 'M.' is Monsieur, as 'Mme' and 'Mlle' are Madame, Mademoiselle.
        ("M. Boudreau", "Boudreau", "M."),
        ("M. BOUDREAU", "Boudreau", "M."),
        ("Mme Leduc", "Leduc", "Mme"),
        ("Mlle Tremblay", "Tremblay", "Mlle"),
        # Before an initial or a first name and surname it is an initial of the name.
        ("M. J. Boudreau", "M. J. Boudreau", ""),
        ("M. Jean Boudreau", "M. Jean Boudreau", ""),
    ],
)
def test_initials_are_kept_in_the_name_and_m_is_monsieur_only_before_a_surname_alone(
    text, name, honorific
):
    parsed = parse_name(text)
    assert (parsed.name, parsed.honorific) == (name, honorific)


@pytest.mark.parametrize(
    "text, french",
    [
        ("Mme Leduc a ouvert la séance.", True),
        ("Present: Mlle Tremblay, M. Roy", True),
        ("M. Boudreau: Bonjour.", True),
        ("Monsieur Roy a proposé l'ordre du jour.", True),
        ("RAUL M. MORALES, Texas", False),  # a middle initial, after a first name
        ("The meeting opened at 7 P.M. EDT.", False),
        ("M. J. Boudreau: Good evening.", False),
    ],
)
def test_a_document_writes_french_honorifics(text, french):
    assert writes_french_honorifics([text]) is french
