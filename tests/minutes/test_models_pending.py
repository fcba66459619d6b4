"""PendingChange: a draft's new values for a shared record, applied when it is published."""

import pytest

from minutes.models import PendingChange, PendingChangeError, Status
from minutes.models.pending import stored_value
from tests.factories import make_meeting, make_organisation, make_person

pytestmark = pytest.mark.django_db


def pending(**fields) -> PendingChange:
    person = make_person(name="Ann", biography="Published.")
    return PendingChange.objects.create(
        meeting=make_meeting(status=Status.DRAFT), person=person, **fields
    )


def test_stored_value_gives_a_related_record_by_its_slug():
    parent = make_organisation(name="Ministry", slug="ministry")
    office = make_organisation(name="Office", slug="office", parent=parent)
    assert stored_value(office, "parent") == "ministry"
    assert stored_value(parent, "parent") is None
    assert stored_value(office, "name") == "Office"


def test_a_change_applies_while_the_field_holds_the_value_it_replaces():
    change = pending(fields={"biography": "Draft."}, replaces={"biography": "Published."})
    assert change.problems() == []
    change.apply()
    change.person.refresh_from_db()
    assert change.person.biography == "Draft."


def test_an_edit_since_the_draft_is_a_problem_that_names_the_values():
    change = pending(fields={"biography": "Draft."}, replaces={"biography": "Published."})
    change.person.biography = "Edited."
    change.person.save()
    (problem,) = change.problems()
    assert "biography was changed to 'Edited.'" in problem
    assert "proposed 'Draft.' in place of 'Published.'" in problem
    with pytest.raises(PendingChangeError):
        change.apply()
    change.person.refresh_from_db()
    assert change.person.biography == "Edited."


def test_an_edit_to_the_value_the_draft_proposes_is_no_problem():
    change = pending(fields={"biography": "Draft."}, replaces={"biography": "Published."})
    change.person.biography = "Draft."
    change.person.save()
    assert change.problems() == []


def test_a_change_without_what_it_replaces_is_applied_as_before():
    change = pending(fields={"biography": "Draft."})
    assert change.problems() == []


def test_the_summary_shows_the_old_and_new_values():
    change = pending(fields={"biography": "Draft."}, replaces={"biography": "Published."})
    assert change.summary() == "biography: 'Published.' → 'Draft.'"
