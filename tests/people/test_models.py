"""People models: constraints, hierarchy, natural keys."""

import datetime

import pytest

from people.models import Membership, Organisation, OrganisationAlias, Person
from tests.factories import make_membership, make_organisation, make_person, refused

pytestmark = pytest.mark.django_db


def test_slugs_are_unique():
    make_person(slug="p")
    make_organisation(slug="o")
    assert refused(lambda: make_person(slug="p"))
    assert refused(lambda: make_organisation(slug="o"))


def test_an_alias_is_unique_per_organisation():
    organisation = make_organisation()
    OrganisationAlias.objects.create(organisation=organisation, name="Old name")
    assert refused(
        lambda: OrganisationAlias.objects.create(organisation=organisation, name="Old name")
    )
    OrganisationAlias.objects.create(organisation=make_organisation(), name="Old name")


def test_an_organisation_is_not_its_own_parent():
    organisation = make_organisation()
    organisation.parent = organisation
    assert refused(organisation.save)


def test_a_membership_cannot_end_before_it_starts():
    assert refused(
        lambda: make_membership(
            start_date=datetime.date(2012, 1, 1), end_date=datetime.date(2011, 1, 1)
        )
    )
    membership = make_membership(role="Director")
    assert refused(
        lambda: make_membership(
            person=membership.person, organisation=membership.organisation, role="Director"
        )
    )


def test_hierarchy():
    department = make_organisation(name="Department of Energy")
    agency = make_organisation(name="NNSA", parent=department)
    office = make_organisation(name="Office", parent=agency)
    make_organisation(name="Elsewhere")
    assert office.ancestors() == [agency, department]
    assert set(Organisation.objects.descendant_ids(department)) == {
        department.pk,
        agency.pk,
        office.pk,
    }
    assert list(department.children.all()) == [agency]


def test_natural_keys_round_trip():
    membership = make_membership(role="Director")
    alias = OrganisationAlias.objects.create(organisation=membership.organisation, name="Alias")
    assert Person.objects.get_by_natural_key(*membership.person.natural_key()) == membership.person
    assert Organisation.objects.get_by_natural_key(*membership.organisation.natural_key())
    assert Membership.objects.get_by_natural_key(*membership.natural_key()) == membership
    assert OrganisationAlias.objects.get_by_natural_key(*alias.natural_key()) == alias


def test_names_and_urls():
    person = make_person(name="Anita Nergard", slug="anita-nergard")
    organisation = make_organisation(name="World Health Organization", abbreviation="WHO")
    assert str(person) == "Anita Nergard"
    assert person.get_absolute_url() == "/people/anita-nergard/"
    assert organisation.display_name == "World Health Organization (WHO)"
    assert organisation.get_absolute_url() == f"/organisations/{organisation.slug}/"
    membership = make_membership(person=person, organisation=organisation, role="Adviser")
    assert str(membership) == "Anita Nergard: Adviser, World Health Organization"
