"""Examinations in court-style transcripts: 'Q.' turns are the examiner's, 'A.' turns the
witness's, as the swearing-in and the examination's heading name them."""

import pytest

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.interpreter.examination import examiner_named, witness_named
from tests.intake.blocks import document, heading, paragraph


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
        # The past participle, as English inquiry and tribunal transcripts print the heading.
        ("Examined by MS SETHI", "Sethi"),
        ("Cross-examined by MR DUNNE", "Dunne"),
        ("Re-examined by Ms Ito", "Ito"),
        ("Further cross-examined by Mr. Lee:", "Lee"),
        ("CROSS-EXAMINED BY MR HALE (continued)", "Hale"),
    ],
)
def test_examiners_named_by_headings(text, name):
    assert examiner_named(text).name == name


@pytest.mark.parametrize(
    "text",
    [
        "By Mr. Smith",
        "Moved by Cllr Lee",
        "Examination of the accounts",
        "BY-LAWS:",
        "The accounts were examined by the auditors and found correct.",
    ],
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


def test_q_and_a_under_examined_by_headings_after_a_sworn_witness():
    data = drafted(document(
        "Public Inquiry, Day 2, 9 October 2019",
        "MS SETHI: I call Mr Andrew Pelham.",
        "MR ANDREW PELHAM, sworn",
        "Examined by MS SETHI",
        "Q. Is your proof true?",
        "A. It is.",
        "Cross-examined by MR DUNNE",
        "Q. The depot has no developer?",
        "A. It is allocated.",
    ))  # fmt: skip
    said = [((who or "-").split()[-1].casefold(), kind) for who, kind, _ in turns(data)]
    assert said[-4:] == [
        ("sethi", "question"), ("pelham", "answer"), ("dunne", "question"), ("pelham", "answer"),
    ]  # fmt: skip
    texts = [text for _, _, text in turns(data)]
    assert "Examined by MS SETHI" not in texts and "Cross-examined by MR DUNNE" not in texts


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


def test_a_swearing_in_in_bold_is_a_heading_and_the_turns_under_it_are_read():
    data = drafted(document(
        "Public Inquiry, Day 2, 9 October 2019",
        "Before: Ms Helen Radcliffe BA(Hons) MRTPI, an Inspector appointed by the Minister",
        "THE INSPECTOR: Good morning. Ms Sethi, your witness.",
        paragraph("MR ANDREW PELHAM, sworn", bold_lead="MR ANDREW PELHAM, sworn"),
        paragraph("Examined by MS SETHI", bold_lead="Examined by MS SETHI"),
        "Q. Mr Pelham, you have a proof dated 17 September. Is it true?",
        "A. It is.",
    ))  # fmt: skip
    said = turns(data)
    assert said[-2:] == [
        ("Sethi", "question", "Mr Pelham, you have a proof dated 17 September. Is it true?"),
        ("Andrew Pelham", "answer", "It is."),
    ]  # fmt: skip
    assert said[0][0] == "Helen Radcliffe"  # 'THE INSPECTOR', the one printed as one
    assert "MR ANDREW PELHAM, sworn" not in [text for _, _, text in said]


def test_the_witness_label_is_the_witness_in_the_box_now():
    data = drafted(document(
        "Public Inquiry, Day 2, 9 October 2019",
        "MR ANDREW PELHAM, sworn",
        "Examined by MS SETHI",
        "Q. Is your proof true?",
        "A. It is.",
        "THE WITNESS: I should add one correction.",
        "MS GWEN ARKWRIGHT, affirmed",
        "Examined by MR DUNNE",
        "Q. Is yours?",
        "A. Yes.",
        "THE WITNESS: By the agreement, madam.",
    ))  # fmt: skip
    said = [(who, text) for who, _, text in turns(data)]
    assert ("Andrew Pelham", "I should add one correction.") in said
    assert ("Gwen Arkwright", "By the agreement, madam.") in said
