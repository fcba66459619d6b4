"""Tidying the statements read: a reply to a question is an answer, and so is each witness's
introduction in turn."""

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from tests.intake.blocks import document


def kinds(*blocks) -> list[tuple[str | None, str]]:
    data = draft_from_document(
        document=document("Select Committee", "3 March 2023", *blocks), themes=[],
        people=KnownPeople(), organisations=KnownOrganisations(), recorded=False,
    ).data  # fmt: skip
    names = {p["key"]: p["name"] for p in data["people"]}
    return [
        (names.get(s.get("speaker")), s["kind"]) for p in data["panels"] for s in p["statements"]
    ]


def test_each_witness_introducing_themselves_in_turn_answers():
    said = kinds(
        "Q1 Chair: Good morning. Would our witnesses please introduce themselves?",
        "Helen Park: Good morning. I am Helen Park, chief executive of the Water Partnership.",
        "Tom Lee: I am Tom Lee, policy director at the same body.",
        "Ann Roe: We also wish to say the body is independent of government.",
    )
    assert [kind for _, kind in said] == ["question", "answer", "answer", "remark"]


def test_every_paragraph_of_an_answer_answers():
    said = kinds(
        "Q2 Ruth Ealing: Dame Frances, why did you call the estate disgraceful?",
        "Frances Oduya: Because I could not find a milder word that was accurate.",
        "These are not questions of comfort. A prison in which men cannot wash is unsafe.",
        "Q3 Ruth Ealing: Mr Lyle, do you accept that?",
        "Gareth Lyle: I accept the findings.",
        "I have visited three of the four prisons myself.",
        "Ann Roe: We also wish to say the body is independent of government.",
    )
    assert [kind for _, kind in said] == [
        "question", "answer", "answer", "question", "answer", "answer", "remark",
    ]  # fmt: skip
