"""A draft's changes to shared records wait for its publication; new records are made at once."""

import pytest
import yaml

from intake.meeting_file import load_parsed, parse_text
from minutes.models import Meeting, PendingChange, PendingChangeError, Status
from people.models import Membership, Organisation, OrganisationAlias, Person
from tests.factories import make_membership, make_organisation, make_person, make_theme

pytestmark = pytest.mark.django_db


def load(data: dict, *, dry_run: bool = False):
    return load_parsed(files=[parse_text(yaml.safe_dump(data), source="m.yaml")], dry_run=dry_run)


def draft_file(status: str = "draft", **sections) -> dict:
    return {
        "format": "gp-meeting/1",
        "meeting": {"slug": "m-2", "title": "Second", "date": "2021-01-01", "status": status},
        "panels": [{"title": "Panel 1", "panelists": [{"person": "ann"}]}],
        **sections,
    }


@pytest.fixture
def published_people():
    """Ann and her office, as a published meeting made them public."""
    office = make_organisation(name="Office", slug="office")
    ann = make_person(name="Ann", slug="ann", biography="Published biography.")
    make_membership(person=ann, organisation=office, role="Director")
    make_theme(name="Security", slug="security")
    return ann, office


def test_a_draft_holds_its_new_values_for_a_person_until_it_is_published(published_people):
    ann, office = published_people
    people = [
        {
            "key": "ann",
            "name": "Ann",
            "biography": "Draft biography.",
            "memberships": [{"organisation": "office", "role": "Deputy"}],
        }
    ]
    report = load(draft_file(people=people))
    ann.refresh_from_db()
    assert ann.biography == "Published biography."
    assert not Membership.objects.filter(role="Deputy").exists()
    assert report.counts["people"]["pending"] == 1
    assert report.counts["memberships"]["pending"] == 1
    (change,) = PendingChange.objects.all()
    assert (change.person, change.fields) == (ann, {"biography": "Draft biography."})
    assert change.replaces == {"biography": "Published biography."}
    assert change.memberships == [{"organisation": "office", "role": "Deputy"}]

    Meeting.objects.get(slug="m-2").publish()
    ann.refresh_from_db()
    assert ann.biography == "Draft biography."
    assert Membership.objects.filter(person=ann, organisation=office, role="Deputy").exists()
    assert not PendingChange.objects.exists()


def test_a_draft_holds_a_new_name_alias_and_parent_for_an_organisation(published_people):
    make_organisation(name="Department", slug="department")
    organisations = [
        {"key": "office", "name": "Renamed Office", "aliases": ["The Office"]},
        {"key": "department", "name": "Department"},
        {"key": "unit", "name": "New Unit", "parent": "office", "aliases": ["Unit"]},
    ]
    organisations[0]["parent"] = "department"
    load(draft_file(organisations=organisations))
    office = Organisation.objects.get(slug="office")
    assert (office.name, office.parent, office.aliases.count()) == ("Office", None, 0)
    unit = Organisation.objects.get(slug="unit")  # new: made at once, not public until used
    assert (unit.name, unit.parent) == ("New Unit", office)
    assert not OrganisationAlias.objects.exists()  # aliases wait too, even a new body's

    Meeting.objects.get(slug="m-2").publish()
    office.refresh_from_db()
    assert (office.name, office.parent.slug) == ("Renamed Office", "department")
    assert set(OrganisationAlias.objects.values_list("name", flat=True)) == {"The Office", "Unit"}


def test_a_draft_remembers_what_its_new_parent_replaces_by_slug(published_people):
    make_organisation(name="Department", slug="department")
    organisations = [{"key": "office", "name": "Office", "parent": "department"}]
    load(draft_file(organisations=organisations))
    change = PendingChange.objects.get()
    assert (change.fields, change.replaces) == ({"parent": "department"}, {"parent": None})


def test_publishing_refuses_to_undo_an_edit_made_after_the_draft_was_loaded(published_people):
    ann, _office = published_people
    load(draft_file(people=[{"key": "ann", "name": "Ann", "biography": "Draft biography."}]))
    ann.biography = "Corrected by an editor."
    ann.save()

    meeting = Meeting.objects.get(slug="m-2")
    with pytest.raises(PendingChangeError, match="biography was changed to 'Corrected by an"):
        meeting.publish()
    ann.refresh_from_db()
    meeting.refresh_from_db()
    assert (ann.biography, meeting.status) == ("Corrected by an editor.", Status.DRAFT)
    assert PendingChange.objects.exists()


def test_reloading_the_draft_proposes_its_values_over_the_edited_ones(published_people):
    ann, _office = published_people
    data = draft_file(people=[{"key": "ann", "name": "Ann", "biography": "Draft biography."}])
    load(data)
    Person.objects.filter(pk=ann.pk).update(biography="Corrected by an editor.")
    load(data)
    assert PendingChange.objects.get().replaces == {"biography": "Corrected by an editor."}
    Meeting.objects.get(slug="m-2").publish()
    ann.refresh_from_db()
    assert ann.biography == "Draft biography."


def test_a_draft_holds_a_theme_s_new_description(published_people):
    load(draft_file(themes=[{"key": "security", "name": "Security", "description": "New."}]))
    assert PendingChange.objects.get().fields == {"description": "New."}


def test_a_new_person_is_made_at_once(published_people):
    report = load(draft_file(people=[{"key": "zed", "name": "Zed", "biography": "Bio."}]))
    assert Person.objects.get(slug="zed").biography == "Bio."
    assert report.counts["people"]["created"] == 1
    assert not PendingChange.objects.exists()


def test_the_same_draft_twice_changes_nothing_the_second_time(published_people):
    data = draft_file(people=[{"key": "ann", "name": "Ann", "biography": "Draft biography."}])
    load(data)
    again = load(data)
    assert not again.changed
    assert again.counts["pending changes"]["unchanged"] == 1


def test_a_corrected_draft_replaces_its_pending_changes(published_people):
    load(draft_file(people=[{"key": "ann", "name": "Ann", "biography": "Draft biography."}]))
    report = load(draft_file(people=[{"key": "ann", "name": "Ann"}]))
    assert report.counts["pending changes"]["deleted"] == 1
    assert not PendingChange.objects.exists()


def test_a_published_file_writes_at_once_and_drops_what_its_draft_held(published_people):
    ann, _office = published_people
    load(draft_file(people=[{"key": "ann", "name": "Ann", "biography": "Draft biography."}]))
    people = [{"key": "ann", "name": "Ann", "biography": "Final biography."}]
    report = load(draft_file("published", people=people))
    ann.refresh_from_db()
    assert ann.biography == "Final biography."
    assert report.counts["people"]["updated"] == 1
    assert not PendingChange.objects.exists()


def test_a_dry_run_holds_nothing(published_people):
    data = draft_file(people=[{"key": "ann", "name": "Ann", "biography": "Draft biography."}])
    report = load(data, dry_run=True)
    assert report.counts["pending changes"]["created"] == 1
    assert not PendingChange.objects.exists() and not Meeting.objects.filter(slug="m-2").exists()
