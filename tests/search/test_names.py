"""People, organisations and themes listed by name, read as the search reads names."""

import pytest

from people.models import OrganisationAlias
from search.names import matching_organisations, matching_people, matching_themes
from search.query import parse_query
from tests.factories import make_organisation, make_person, make_theme
from tests.search.conftest import made_public

pytestmark = pytest.mark.django_db


def test_accents_spelling_and_plurals_do_not_matter():
    dupre, who, centres = made_public(
        make_person(name="Bruno Dupré", sort_name="Dupré, Bruno"),
        make_organisation(name="World Health Organization", abbreviation="WHO"),
        make_theme(name="Centres of excellence"),
    )

    assert matching_people(query=parse_query("dupre")) == [dupre]
    assert matching_organisations(query=parse_query("health organisations")) == [who]
    assert matching_themes(query=parse_query("center excellence")) == [centres]


def test_aliases_and_abbreviations_are_names_too_and_exclusions_apply():
    interpol = made_public(make_organisation(name="International Criminal Police Organization"))
    OrganisationAlias.objects.create(organisation=interpol, name="INTERPOL")
    made_public(make_organisation(name="World Health Organization", abbreviation="WHO"))

    assert matching_organisations(query=parse_query("interpol")) == [interpol]
    assert matching_organisations(query=parse_query("organization -health")) == [interpol]


def test_a_quoted_name_must_be_written_in_that_order():
    person, other = made_public(
        make_person(name="Anthony Thomas", sort_name="Thomas, Anthony"),
        make_person(name="Thomas Anthony Jr", sort_name="Anthony, Thomas"),
    )

    assert matching_people(query=parse_query('"anthony thomas"')) == [person]
    assert set(matching_people(query=parse_query("anthony thomas"))) == {person, other}
