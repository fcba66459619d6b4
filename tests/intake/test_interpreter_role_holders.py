"""An office printed for a speaker the record names only elsewhere: the one holder printed."""

import pytest

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.interpreter.role_holders import holder_of, holders_printed, offices_printed
from tests.intake.blocks import document


@pytest.mark.parametrize(
    "text",
    [
        "Officers at the date of the meeting: Treasurer, Mr Neil Ashcroft; Secretary, Mrs Talbot.",
        "Treasurer: Neil Ashcroft",
        "Present: Neil Ashcroft, Treasurer; Gwen Talbot, Secretary",
        "Neil Ashcroft (Treasurer) presented the accounts.",
        "Before: Mr Neil Ashcroft BA(Hons) FCA, a Treasurer appointed by the Diocese",
        "Mr Neil Ashcroft QC, the Treasurer, presented the accounts.",
    ],
)
def test_the_holder_of_an_office_as_printed(text):
    assert holders_printed("Treasurer", [text]) == {"Neil Ashcroft"}


def test_two_holders_printed_are_both_found():
    texts = ["Treasurer, Mr Neil Ashcroft", "Ann Lee, Treasurer"]
    assert holders_printed("Treasurer", texts) == {"Neil Ashcroft", "Ann Lee"}


def test_an_answer_by_an_office_is_its_holder_printed_at_the_end():
    doc = document(
        "Annual Parochial Church Meeting",
        "Sunday 28 April 2019",
        "Question from Mr Tom Hale: Is there any prospect of the parish share coming down?",
        "Answer (Treasurer): I wish I could say it will.",
        "The accounts were received.",
        "Officers at the date of the meeting: Treasurer, Mr Neil Ashcroft; PCC Secretary, "
        "Mrs Gwen Talbot.",
    )
    data = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    ).data  # fmt: skip
    names = {p["key"]: p["name"] for p in data["people"]}
    said = [
        (names.get(s.get("speaker")), s["kind"]) for p in data["panels"] for s in p["statements"]
    ]
    assert said[:3] == [("Tom Hale", "question"), ("Neil Ashcroft", "answer"), (None, "narrative")]
    assert any("printed as Treasurer" in note for note in data["review"])


def test_an_office_printed_with_two_people_names_no_one():
    doc = document(
        "Annual meeting",
        "Sunday 28 April 2019",
        "Answer (Treasurer): It will not.",
        "Treasurer, Mr Neil Ashcroft (until March); Treasurer, Ms Ann Lee (from March).",
    )
    data = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    ).data  # fmt: skip
    assert data["panels"][0]["statements"][0].get("speaker") is None


@pytest.mark.parametrize(
    "texts",
    [
        ["1. Smt. Sunita Jadhav - Sarpanch", "2. Shri Ganpat Shinde - Upsarpanch"],
        ["Sunita Jadhav (Sarpanch), Ganpat Shinde (Upsarpanch)"],
        ["Present: Sunita Jadhav, Sarpanch; Ganpat Shinde, Upsarpanch"],
        ["Sunita Jadhav \u2013 Sarpanch", "Ganpat Shinde \u2013 Upsarpanch"],
    ],
)
def test_a_one_word_office_label_is_its_listed_holder(texts):
    offices = offices_printed(texts)
    assert holder_of("Sarpanch", offices) == "Sunita Jadhav"
    assert holder_of("Upsarpanch", offices) == "Ganpat Shinde"


def test_a_list_of_names_is_no_list_of_offices():
    offices = offices_printed(["Steve Kaplan, Marisol Ortega, Hannah Cho, Dwayne, Frank Oduya"])
    assert holder_of("Dwayne", offices) == ""


def test_an_office_label_by_its_initials():
    offices = offices_printed(["Staff: Ricardo Alvarez (General Manager), Wendy Marsh (Clerk)"])
    assert holder_of("GM", offices) == "Ricardo Alvarez"
    assert holder_of("Ricardo", offices) == ""


def test_an_office_two_people_hold_or_a_body_names_no_one():
    offices = offices_printed(
        ["Ann Lee - Member", "Tom Hale - Member", "Wendy Marsh (Board Clerk)"]
    )
    assert holder_of("Member", offices) == ""
    assert holder_of("Board", offices) == ""


def test_role_labels_resolve_through_an_officials_list():
    doc = document(
        "Gram Sabha proceedings",
        "15 August 2019",
        "Officers present:",
        "1. Smt. Sunita Dhanraj Jadhav - Sarpanch",
        "2. Shri Vilas Kisan More - Gramsevak (Secretary)",
        "Sarpanch: Namaskar to all. I request the Gramsevak to read the proceedings.",
        "Gramsevak: The proceedings of the last meeting were read out.",
        "Villager (Ward 2): Water is coming only once in four days.",
        "Sarpanch: We have asked for one more tanker.",
        "Gramsevak: The estimate for the repair is Rs. 48,000.",
    )
    data = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    ).data  # fmt: skip
    names = {p["key"]: p["name"] for p in data["people"]}
    said = [names.get(s.get("speaker")) for p in data["panels"] for s in p["statements"]]
    assert said[-5:] == [
        "Sunita Dhanraj Jadhav", "Vilas Kisan More", None, "Sunita Dhanraj Jadhav",
        "Vilas Kisan More",
    ]  # fmt: skip


def test_an_office_in_an_attendance_tables_row():
    offices = offices_printed(
        ["Name | Category | Attendance", "Mr Simon Akinyemi | Headteacher | P",
         "Dr Farah Qureshi (Vice-Chair) | Local authority governor | P"]
    )  # fmt: skip
    assert holder_of("Headteacher", offices) == "Simon Akinyemi"
