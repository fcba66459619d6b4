"""The record's account of a question put: outcomes, resolutions and a motion's parties."""

import pytest

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.interpreter.outcomes import outcome_kind
from tests.intake.blocks import document


@pytest.mark.parametrize(
    "text",
    [
        "Passed unanimously.", "Passed by majority.", "Carried nem. con.", "Lost.",
        "Carried on a card vote, 24 for, 1 against, no abstentions.",
        "Carried by 12 votes to 3.",
        "Thharav No. 1: Suchak: Shri Anwar Yusuf Shaikh. Anumodak: Smt. Rukmini Eknath Pawar.",
        "Resolution No. 4: Proposed by Ann Lee; seconded by Tom Hale.",
        "Propuesto por: Ana Ruiz. Secundado por: Luis Gil.",
        "M/S Lucia/Glenn to award the Well 7 contract to Delmar Drilling.",
        "MSC Lee/Ortiz to approve the warrants.",
    ],
)  # fmt: skip
def test_the_records_account_of_a_vote_is_procedural(text):
    assert outcome_kind(text) == "procedural"


@pytest.mark.parametrize(
    "text",
    [
        "It is resolved that the pipeline be repaired.",
        "It was unanimously resolved that the list be approved.",
        "The accounts were adopted on a show of hands, nem. con.",
        "The special resolution was carried on a show of hands, with two against.",
        "On a division, the amendment was carried: For, Mr Hale, Mrs Baird (2); Against (1).",
        "The declaration was noted.", "The motion was lost.", "The accounts were received.",
    ],
)  # fmt: skip
def test_the_records_sentence_on_a_motion_or_resolution_is_narrative(text):
    assert outcome_kind(text) == "narrative"


@pytest.mark.parametrize(
    "text",
    [
        "Carried, 4 for, 1 abstention. Thanks Priya", "Agreed.", "Passed the ball to Tom.",
        "The report was long and I have questions about it.", "I think it is resolved now.",
        "Moved by Cllr Okimoto, seconded by Cllr Pruitt, that the agenda be adopted.",
        "Moved by Councillor Levesque, seconded by Councillor Halabi:",
    ],
)  # fmt: skip
def test_a_speakers_words_are_no_outcome(text):
    assert outcome_kind(text) == ""


def test_an_outcome_ends_the_turn_before_it():
    doc = document(
        "Annual General Meeting",
        "2 October 2019",
        "Ann Lee: I move the adoption of the accounts.",
        "The accounts were adopted on a show of hands.",
        "Passed unanimously.",
    )
    data = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    ).data  # fmt: skip
    said = [(s.get("speaker"), s["kind"]) for p in data["panels"] for s in p["statements"]]
    assert said[-2:] == [(None, "narrative"), (None, "procedural")]  # no longer Ann Lee's
