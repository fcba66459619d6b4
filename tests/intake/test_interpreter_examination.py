"""Examinations in court-style transcripts: 'Q.' turns are the examiner's, 'A.' turns the
witness's, as the swearing-in and the examination's heading name them."""

import pytest

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.interpreter.examination import examiner_named, witness_named
from tests.intake.blocks import document, heading


def drafted(doc) -> dict:
    return draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    ).data  # fmt: skip


def turns(data: dict) -> list[tuple[str | None, str, str]]:
    names = {person["key"]: person["name"] for person in data["people"]}
    return [
        (names.get(s.get("speaker")), s["kind"], s["text"])
        for panel in data["panels"]
        for s in panel["statements"]
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("<EXAMINATION-IN-CHIEF BY MS ABARA", "Abara"),
        ("CROSS-EXAMINATION BY MR. DUNNE:", "Dunne"),
        ("DIRECT EXAMINATION BY MR. LEE", "Lee"),
        ("Further re-examination by Ms Ito (continued)", "Ito"),
        ("BY MR. SMITH:", "Smith"),
    ],
)
def test_examiners_named_by_headings(text, name):
    assert examiner_named(text).name == name


@pytest.mark.parametrize(
    "text", ["By Mr. Smith", "Moved by Cllr Lee", "Examination of the accounts", "BY-LAWS:"]
)
def test_lines_that_name_no_examiner(text):
    found = examiner_named(text)
    assert found is None or not found.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("<PRIYA SUBRAMANIAM, AFFIRMED [10.04 AM]", "PRIYA SUBRAMANIAM"),
        ("JOHN DOE, SWORN", "JOHN DOE"),
        (
            "JANE ROE, called as a witness, having been duly sworn, testified as follows:",
            "JANE ROE",
        ),
        ("DR. ALAN WEST, recalled", "ALAN WEST"),
    ],
)
def test_witnesses_named_when_sworn(text, name):
    assert witness_named(text).name.upper() == name


@pytest.mark.parametrize(
    "text",
    ["John Smith, called the meeting to order at 7 pm.", "Minutes, as amended, were sworn in"],
)
def test_lines_that_swear_no_witness(text):
    assert witness_named(text) is None


def test_q_and_a_turns_are_the_examiners_and_the_witnesss():
    data = drafted(document(
        "Tribunal hearing, 14 May 2019",
        "SENIOR MEMBER: Ms Abara, you may call your client.",
        "MS ABARA: I call the applicant.",
        "PRIYA SUBRAMANIAM, AFFIRMED",
        heading("EXAMINATION-IN-CHIEF BY MS ABARA"),
        "Q. When did you tell the landlord?",
        "A. On 3 January.",
        "I rang the office the same day as well.",
        "MS ABARA: Nothing further.",
        heading("CROSS-EXAMINATION BY MR DUNNE"),
        "Q. You accept that a roofer came?",
        "A. Someone knocked, yes.",
    ))  # fmt: skip
    said = [(who, kind) for who, kind, _ in turns(data)]
    assert said[-6:] == [
        ("Abara", "question"), ("Priya Subramaniam", "answer"), ("Priya Subramaniam", "answer"),
        ("Abara", "remark"), ("Dunne", "question"), ("Priya Subramaniam", "answer"),
    ]  # fmt: skip
    texts = [text for _, _, text in turns(data)]
    assert "When did you tell the landlord?" in texts and "On 3 January." in texts


def test_a_and_q_without_a_named_examination_stay_as_printed():
    data = drafted(document(
        "Board meeting, 4 May 2023",
        "A. Patel presented the accounts.",
        "Q. and A. session followed the talk.",
    ))  # fmt: skip
    texts = [text for _, _, text in turns(data)]
    assert texts == ["A. Patel presented the accounts.", "Q. and A. session followed the talk."]


def test_the_witness_label_is_the_witness_sworn():
    data = drafted(document(
        "Deposition, 2 June 2021",
        "JANE ROE, called as a witness, having been duly sworn, testified as follows:",
        "THE WITNESS: I understand.",
    ))  # fmt: skip
    assert ("Jane Roe", "remark", "I understand.") in turns(data)


def test_a_swearing_in_and_an_examinations_headings_are_no_ones_words():
    data = drafted(
        document(
            "IN THE SUPERIOR COURT",
            "March 3, 2015",
            "MR. HARRIS: The People call Jane Roe.",
            "JANE ROE, called as a witness, having been duly sworn, testified as follows:",
            "DIRECT EXAMINATION",
            "BY MR. HARRIS:",
            "Q. Where were you on the night of June 5?",
            "A. At home.",
            "THE COURT: Overruled.",
            "CROSS-EXAMINATION (continued)",
        )
    )
    assert turns(data) == [
        ("Harris", "remark", "The People call Jane Roe."),
        (
            None,
            "procedural",
            "JANE ROE, called as a witness, having been duly sworn, testified as follows:",
        ),
        ("Harris", "question", "Where were you on the night of June 5?"),
        ("Jane Roe", "answer", "At home."),
        (None, "remark", "Overruled."),
    ]
    assert {p["name"] for p in data["people"]} == {"Harris", "Jane Roe"}
