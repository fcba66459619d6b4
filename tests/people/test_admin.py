import pytest
from django.urls import reverse

from people.models import Person
from tests.factories import (
    make_editor,
    make_membership,
    make_organisation,
    make_person,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(make_editor())
    return client


@pytest.fixture
def records():
    parent = make_organisation(name="Department of State", abbreviation="DOS")
    organisation = make_organisation(name="Bureau of Nonproliferation", parent=parent)
    organisation.aliases.create(name="ISN")
    membership = make_membership(organisation=organisation, role="Director")
    return {
        "organisation": organisation,
        "person": membership.person,
        "membership": membership,
    }


@pytest.mark.parametrize("model_name", ["organisation", "person", "membership"])
def test_editor_can_list_add_and_change(editor_client, records, model_name):
    pk = records[model_name].pk
    for url in (
        reverse(f"admin:people_{model_name}_changelist"),
        reverse(f"admin:people_{model_name}_add"),
        reverse(f"admin:people_{model_name}_change", args=[pk]),
        reverse(f"admin:people_{model_name}_history", args=[pk]),
    ):
        assert editor_client.get(url).status_code == 200, url


@pytest.mark.parametrize("url_name", ["admin:auth_user_changelist", "admin:auth_group_changelist"])
def test_editor_is_refused_users_and_groups(editor_client, url_name):
    assert editor_client.get(reverse(url_name)).status_code == 403


def test_editor_index_lists_records_only(editor_client):
    response = editor_client.get(reverse("admin:index"))

    labels = {app["app_label"] for app in response.context["app_list"]}
    assert labels == {"people", "minutes", "search"}  # search: the thesaurus editors keep
    assert "GP Records administration" in response.text


def test_editor_can_add_a_person_with_a_membership(editor_client):
    organisation = make_organisation()

    response = editor_client.post(
        reverse("admin:people_person_add"),
        {
            "name": "Monte Mallin",
            "sort_name": "Mallin, Monte",
            "honorific": "Mr.",
            "slug": "monte-mallin",
            "biography": "",
            "memberships-TOTAL_FORMS": "1",
            "memberships-INITIAL_FORMS": "0",
            "memberships-0-organisation": organisation.pk,
            "memberships-0-role": "Director of Strategic Planning",
        },
    )

    assert response.status_code == 302
    person = Person.objects.get(slug="monte-mallin")
    assert person.memberships.get().organisation == organisation


def test_organisation_search_finds_aliases(editor_client, records):
    response = editor_client.get(reverse("admin:people_organisation_changelist"), {"q": "ISN"})

    assert list(response.context["cl"].result_list) == [records["organisation"]]


def test_organisation_filter_by_classification(editor_client, records):
    ngo = make_organisation(classification="non-governmental")

    response = editor_client.get(
        reverse("admin:people_organisation_changelist"), {"classification": "non-governmental"}
    )

    assert list(response.context["cl"].result_list) == [ngo]


def test_organisation_autocomplete_searches_name(editor_client, records):
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "people",
            "model_name": "membership",
            "field_name": "organisation",
            "term": "Bureau",
        },
    )

    assert [r["text"] for r in response.json()["results"]] == ["Bureau of Nonproliferation"]


def test_membership_inline_labels_its_rows_without_a_query_each(
    editor_client, django_assert_max_num_queries
):
    person = make_person()
    for _ in range(20):
        make_membership(person=person)
    url = reverse("admin:people_person_change", args=[person.pk])

    with django_assert_max_num_queries(10):
        response = editor_client.get(url)

    assert response.status_code == 200
    for membership in person.memberships.select_related("organisation"):
        assert membership.organisation.name in response.text
