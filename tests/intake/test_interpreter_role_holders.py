"""An office printed for a speaker the record names only elsewhere: the one holder printed."""

import pytest

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.interpreter.role_holders import holders_printed
from tests.intake.blocks import document


@pytest.mark.parametrize(
    "text",
    [
        "Officers at the date of the meeting: Treasurer, Mr Neil Ashcroft; Secretary, Mrs Talbot.",
        "Treasurer: Neil Ashcroft",
        "Present: Neil Ashcroft, Treasurer; Gwen Talbot, Secretary",
        "Neil Ashcroft (Treasurer) presented the accounts.",
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
