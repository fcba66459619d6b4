"""The header's particulars: a sentence about another meeting dates nothing."""

import pytest

from intake.interpreter import KnownOrganisations, KnownPeople, draft_from_document
from tests.intake.blocks import document


def test_a_sentence_approving_another_meetings_minutes_does_not_date_this_one():
    doc = document(
        "Highways Committee - Tuesday, 14th March, 2023 2.15 pm",
        "Minutes:",
        "RESOLVED that the minutes of the meeting held on 17 January 2023 be signed.",
        "Councillor Ahmed welcomed the members.",
    )
    draft = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    )  # fmt: skip
    assert draft.data["meeting"]["date"] == "2023-03-14"


def test_the_sentence_giving_this_meetings_particulars_still_dates_it():
    doc = document(
        "LITTLE ASHCOMBE PARISH COUNCIL",
        "Minutes of the Meeting of the Parish Council held on Tuesday 9 April 2019 at 7.30pm",
        "19/041 Apologies for absence: Cllr T Barraclough.",
        "The Council discussed the speeding concerns.",
    )
    draft = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    )  # fmt: skip
    assert draft.data["meeting"]["date"] == "2019-04-09"
    assert draft.data["attendees"][0]["group"] == "Apologies for absence"


def test_a_when_where_field_gives_the_place_after_the_time():
    doc = document(
        "History Department meeting",
        "Date: 8 May 2019",
        "When/where: 2-3.30pm, Seminar Room 3.12, Braddock Building",
        "Ms. Lee: We start.",
    )
    data = draft_from_document(
        document=doc, themes=[], people=KnownPeople(), organisations=KnownOrganisations(),
        recorded=False,
    ).data  # fmt: skip
    assert data["meeting"]["location"] == "Seminar Room 3.12, Braddock Building"


@pytest.mark.parametrize(
    "field", ["Meeting Name: Land Use Committee", "Name of the meeting: Land Use Committee"]
)
def test_a_field_naming_the_meeting_gives_its_title(field):
    doc = document(field, "Meeting date/time: 12 March 2019 9:30 AM", "Ann Lee: Welcome.")
    data = draft_from_document(
        document=doc,
        themes=[],
        people=KnownPeople(),
        organisations=KnownOrganisations(),
        recorded=False,
    ).data
    assert data["meeting"]["title"] == "Land Use Committee"
    assert data["meeting"]["date"] == "2019-03-12"
