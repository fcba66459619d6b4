"""Lines under a next-steps or action-items heading are the meeting's actions."""

import pytest

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from intake.interpreter.action_sections import is_action_heading
from tests.intake.blocks import document, heading, paragraph


def kinds_of(doc) -> list[tuple[str, str]]:
    """The first five letters and the kind of each statement drafted."""
    data = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    ).data  # fmt: skip
    return [(s["text"][:5], s["kind"]) for p in data["panels"] for s in p["statements"]]


@pytest.mark.parametrize(
    "title",
    ["Next steps", "Action items", "ACTIONS", "Actions agreed", "5. Action points:", "Follow-ups",
     "To do"],
)  # fmt: skip
def test_headings_over_the_actions(title):
    assert is_action_heading(title)


@pytest.mark.parametrize(
    "title", ["Summary", "Actions of the police", "Next meeting", "Tasks ahead"]
)
def test_other_headings(title):
    assert not is_action_heading(title)


def test_the_lines_under_next_steps_are_procedural_actions():
    doc = document(
        "Neighborhood Watch meeting summary",
        "March 5, 2024",
        heading("Quick recap", level=2),
        "The group discussed package thefts and planned the spring block walk.",
        heading("Next steps", level=2),
        paragraph("Maria will send the reporting link to the mailing list.", marker="-"),
        paragraph("Kevin will order 20 additional yard signs.", marker="-"),
        heading("Summary", level=2),
        "Maria reported that residents had posted about seven package thefts.",
    )
    kinds = kinds_of(doc)
    assert kinds[-3:] == [("Maria", "procedural"), ("Kevin", "procedural"), ("Maria", "narrative")]


def test_a_boards_action_items_are_motions_not_actions():
    doc = document(
        "Board of Trustees regular meeting",
        "March 5, 2024",
        heading("5. Action Items", level=2),
        "Approve the 2024-25 Academic Calendar (Option B) as presented.",
        "Trustee Koenig spoke against the calendar because it begins in August.",
        heading("Action items", level=2),
        "@Rafael Quintero add the plate field to the audit form",
        "Clerk to publish both policies on the website.",
    )
    kinds = kinds_of(doc)
    assert kinds[-2:] == [("@Rafa", "procedural"), ("Clerk", "procedural")]
    assert ("Appro", "procedural") not in kinds and ("Trust", "procedural") not in kinds
