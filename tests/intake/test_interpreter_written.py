"""Written statements attributed in the record, the person presiding named in a sentence, and
hard-wrapped text whose width one long line does not set."""

import pytest

from intake.interpreter import draft_from_document
from intake.interpreter.units import units_of
from tests.intake.blocks import document, text_document

pytestmark = pytest.mark.django_db


def said(doc) -> list[tuple]:
    data = draft_from_document(document=doc, themes=[]).data
    names = {p["key"]: p["name"] for p in data["people"]}
    return [(names.get(s["speaker"]), s["kind"], s["text"])
            for p in data["panels"] for s in p["statements"]]  # fmt: skip


@pytest.mark.parametrize(
    "notice",
    [
        "[The prepared statement of Mr. Abara follows:]",
        "[The written statement of Ms. Lund follows:]",
    ],
)
def test_a_prepared_statement_after_its_notice_is_its_authors(notice):
    author = notice.split(" of ")[1].split(" follows")[0].split()[-1]
    found = said(document(
        "Hearing on rural broadband", "May 2, 2023",
        f"Dr. Tom {author}: Thank you.", notice, "Broadband matters.", "It is a utility now.",
    ))  # fmt: skip
    assert found[1] == (None, "procedural", notice)
    assert found[2:] == [
        (f"Tom {author}", "remark", "Broadband matters."),
        (f"Tom {author}", "remark", "It is a utility now."),
    ]


@pytest.mark.parametrize(
    "heading, name",
    [
        ("Attachment 2: Report from the Treasurer [Dana Okoye]", "Dana Okoye"),
        ("Annex B: Membership report (by Ravi Menon)", "Ravi Menon"),
        ("PREPARED STATEMENT OF HON. LENA FROST, ADMINISTRATOR, WATER OFFICE", "Lena Frost"),
    ],
)
def test_a_statement_headed_with_its_author_is_theirs_and_its_heading_no_statement(heading, name):
    found = said(document("Board meeting", "May 2, 2023", "The Board met.", heading,
                          "Membership grew by ten."))  # fmt: skip
    assert found == [
        (None, "narrative", "The Board met."),
        (name, "remark", "Membership grew by ten."),
    ]


def test_questions_for_the_record_resolve_to_who_asked_and_who_answered():
    found = said(document(
        "Hearing", "May 2, 2023",
        "Question Submitted by Hon. Ada Rhee, a Representative in Congress",
        "Response from Hon. Ben Ito, Administrator",
        "Question. How many applications are pending?",
        "Answer. Forty-one are pending.",
    ))  # fmt: skip
    assert found == [
        ("Ada Rhee", "question", "How many applications are pending?"),
        ("Ben Ito", "answer", "Forty-one are pending."),
    ]


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        ("The Committee met at 10 a.m., Hon. Ada Rhee [Chairwoman of the Committee] presiding.",
         "Ada Rhee", "Chairwoman"),
        ("The Board met at the Library, Ms. Dana Okoye presiding.", "Dana Okoye", None),
    ],
)  # fmt: skip
def test_a_sentence_naming_who_presided_puts_them_in_the_chair(sentence, name, role):
    doc = document("Hearing", "May 2, 2023", sentence, "The CHAIRWOMAN. We begin.")
    data = draft_from_document(document=doc, themes=[]).data
    names = {p["key"]: p["name"] for p in data["people"]}
    chair = [(names[a["person"]], a.get("role")) for a in data["attendees"]
             if a["group"] == "In the Chair"]  # fmt: skip
    assert chair == [(name, role)]
    assert names[data["panels"][-1]["statements"][-1]["speaker"]] == name


def test_one_long_line_does_not_set_the_width_text_was_wrapped_at():
    body = (
        "    The CHAIRMAN. Good morning. This hearing of the Committee on\n"
        "Agriculture will come to order, and I thank the witnesses for\n"
        "coming.\n"
        "    More than twenty million people get their water from small\n"
        "systems, and many of those were built long ago.\n"
        "    Our witnesses will tell us what it takes to replace them now.\n"
    )
    text = "A LINE OF THE COVER PAGE, FAR LONGER THAN ANY LINE OF THE TEXT ITSELF, IN CAPITALS\n\n"
    units = units_of(text_document(text + body))
    assert [u.text[:24] for u in units[1:]] == [
        "The CHAIRMAN. Good morni",
        "More than twenty million",
        "Our witnesses will tell ",
    ]


@pytest.mark.parametrize(
    "second_line",
    ["OFFICER, VERITONE TELECOM", "DIRECTOR, RURAL WATER PARTNERSHIP (RWP)"],
)
def test_a_statement_heading_wrapped_onto_a_second_line_keeps_the_authors_voice(second_line):
    found = said(document(
        "Hearing on rural broadband", "May 2, 2023",
        "Dr. Tom Abara: Thank you.", "[The prepared statement of Dr. Abara follows:]",
        "PREPARED STATEMENT OF TOM ABARA, CHIEF TECHNOLOGY", second_line,
        "Broadband matters.", "It is a utility now.",
    ))  # fmt: skip
    assert found[-2:] == [
        ("Tom Abara", "remark", "Broadband matters."),
        ("Tom Abara", "remark", "It is a utility now."),
    ]
    assert all(second_line != text for _, _, text in found)


def test_a_capitals_line_away_from_a_statement_heading_is_no_part_of_it():
    found = said(document(
        "Hearing on rural broadband", "May 2, 2023",
        "Dr. Tom Abara: Thank you.", "Broadband matters.", "STATEMENT OF THE CHAIR CONTINUES",
        "Senator Ann Lee: I agree.",
    ))  # fmt: skip
    assert found[-1] == ("Ann Lee", "remark", "I agree.")
