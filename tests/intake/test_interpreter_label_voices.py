"""Labels naming no one or only an office: lay voices and 'THE INSPECTOR:'."""

import pytest

from intake.interpreter.label_voices import definite_office, lay_voice, member_asks, someone


@pytest.mark.parametrize(
    "label",
    ["Villager", "Woman villager", "Elderly resident", "Another parent", "Resident 2",
     "Local tenant", "Vecino", "Anwohnerin"],
)  # fmt: skip
def test_members_of_the_public_printed_by_kind(label):
    assert lay_voice(label)


@pytest.mark.parametrize("label", ["Villagers Union", "Sunita Jadhav", "Parent Governor Ann"])
def test_names_and_bodies_are_no_lay_voice(label):
    assert not lay_voice(label)


def test_someone_with_an_article():
    assert someone("A resident") and not someone("A motion")


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("THE INSPECTOR", "Inspector"), ("The Harbour Master", "Harbour Master"),
        ("THE TOWN CLERK", "Town Clerk"), ("The Registrar", "Registrar"),
    ],
)  # fmt: skip
def test_an_office_with_the_definite_article(label, office):
    assert definite_office(label) == office


@pytest.mark.parametrize("label", ["The Council", "THE MOTION", "The Board", "The Mr Smith"])
def test_bodies_and_the_records_words_are_no_office(label):
    assert definite_office(label) == ""


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Governor question", "question"), ("Parent governor question", "question"),
        ("Board member question", "question"), ("Trustee query", "question"),
        ("Member comment", "remark"), ("Governor challenge", "question"),
    ],
)  # fmt: skip
def test_a_question_by_an_unnamed_member(label, kind):
    assert member_asks(label) == kind


@pytest.mark.parametrize("label", ["Key question", "Question", "Mr Lee question", "Governors"])
def test_other_labels_are_no_members_question(label):
    assert member_asks(label) == ""
