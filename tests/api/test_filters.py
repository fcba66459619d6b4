"""The API's filters: each one, combined, and a bad value answered 400 naming the parameter."""

import datetime

import pytest
from rest_framework.test import APIClient

from minutes.models import Status
from tests.factories import make_meeting, make_organisation, make_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def record():
    return make_record(prefix="pub", date=datetime.date(2012, 1, 26))


@pytest.fixture
def later():
    return make_record(prefix="later", date=datetime.date(2013, 5, 2))


def ids(api, query):
    response = api.get(f"/api/statements/?page_size=100&{query}")
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def test_theme_one_or_all_of_several(api, record, later):
    assert ids(api, "theme=pub-biosecurity") == {record.s1.pk, record.s4.pk}
    # Several themes, as on the pages: statements tagged with all of them.
    assert ids(api, "theme=pub-biosecurity&theme=pub-nuclear") == {record.s4.pk}


@pytest.mark.parametrize("small_theme", [2000, 0], ids=["joined", "exists"])
def test_themes_match_alike_small_or_large_and_count_published_only(
    api, record, later, small_theme, monkeypatch
):
    # Small themes are joined, large ones matched with EXISTS (StatementQuerySet.tagged_with).
    monkeypatch.setattr("minutes.models.SMALL_THEME", small_theme)
    draft = make_record(prefix="draft", status=Status.DRAFT)
    draft.s1.themes.add(record.biosecurity)
    response = api.get("/api/statements/?page_size=1&theme=pub-biosecurity")
    assert response.json()["count"] == 2
    assert [row["id"] for row in response.json()["results"]] == [record.s1.pk]
    assert ids(api, "theme=pub-biosecurity") == {record.s1.pk, record.s4.pk}
    assert ids(api, "theme=pub-biosecurity&theme=pub-nuclear") == {record.s4.pk}
    both = api.get("/api/statements/?theme=pub-biosecurity&theme=pub-nuclear").json()
    assert both["count"] == 1


def test_speaker(api, record, later):
    assert ids(api, "speaker=pub-bob") == {record.s2.pk}


def test_organisation_includes_sub_organisations_at_the_time(api, record, later):
    # Alice spoke for the office (under the department) on panel 1, the department on panel 2.
    assert ids(api, "organisation=pub-department") == {record.s1.pk, record.s4.pk}
    assert ids(api, "organisation=pub-office") == {record.s1.pk}
    assert ids(api, "organisation=pub-agency") == {record.s2.pk}


def test_meeting_panel_and_kind(api, record, later):
    later_ids = {s.pk for s in (later.s1, later.s2, later.s3, later.s4)}
    assert ids(api, "meeting=later-meeting") == later_ids
    assert ids(api, "meeting=pub-meeting&panel=2") == {record.s4.pk}
    assert ids(api, "kind=narrative") == {record.s3.pk, later.s3.pk}
    assert ids(api, "kind=narrative&kind=question") == {
        record.s2.pk,
        record.s3.pk,
        later.s2.pk,
        later.s3.pk,
    }


def test_date_range(api, record, later):
    later_ids = {s.pk for s in (later.s1, later.s2, later.s3, later.s4)}
    earlier_ids = {s.pk for s in (record.s1, record.s2, record.s3, record.s4)}
    assert ids(api, "date_from=2013-01-01") == later_ids
    assert ids(api, "date_to=2012-01-26") == earlier_ids
    assert ids(api, "date_from=2012-01-27&date_to=2013-05-01") == set()


def test_filters_combine_with_each_other_and_words(api, record, later):
    assert ids(api, "theme=pub-nuclear&speaker=pub-alice") == {record.s4.pk}
    assert ids(api, "organisation=pub-department&q=fuel") == {record.s4.pk}
    assert ids(api, "q=pathogens -laboratories") == {record.s4.pk, later.s4.pk}
    assert ids(api, 'q="reactor fuel"&date_from=2013-01-01') == {later.s2.pk}


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("theme=no-such-theme", "theme"),
        ("speaker=nobody", "speaker"),
        ("organisation=nowhere", "organisation"),
        ("meeting=draft-meeting", "meeting"),
        ("meeting=pub-meeting&panel=abc", "panel"),
        ("panel=1", "panel"),
        ("kind=shouting", "kind"),
        ("date_from=2012-13-45", "date_from"),
        ("date_from=2013-01-01&date_to=2012-01-01", "date_to"),
    ],
)
def test_bad_values_are_400_naming_the_parameter(api, record, query, parameter):
    make_record(prefix="draft", status=Status.DRAFT)
    response = api.get(f"/api/statements/?{query}")
    assert response.status_code == 400
    errors = response.json()
    assert list(errors) == [parameter]
    assert all(isinstance(message, str) for message in errors[parameter])


def test_meeting_filters(api, record, later):
    def slugs(query):
        response = api.get(f"/api/meetings/?{query}")
        assert response.status_code == 200
        return [row["slug"] for row in response.json()["results"]]

    assert slugs("") == ["later-meeting", "pub-meeting"]
    assert slugs("date_before=2012-12-31") == ["pub-meeting"]
    assert slugs("host=later-department") == ["later-meeting"]
    assert slugs("theme=pub-nuclear") == ["pub-meeting"]
    assert api.get("/api/meetings/?host=nobody").status_code == 400


def test_people_memberships_and_organisation_filters(api, record):
    lab = make_organisation(name="Lab", slug="lab", parent=record.office, classification="academic")
    make_meeting(host=lab)  # public: a published meeting names it

    def slugs(path):
        response = api.get(path)
        assert response.status_code == 200
        return sorted(
            row.get("slug") or row["person"]["slug"] for row in response.json()["results"]
        )

    assert slugs("/api/people/?organisation=pub-department") == ["pub-alice"]
    assert slugs("/api/people/?organisation=pub-agency") == []
    assert slugs("/api/memberships/?organisation=pub-department") == ["pub-alice"]
    assert slugs("/api/memberships/?person=pub-bob") == []
    assert slugs("/api/organisations/?parent=pub-office") == ["lab"]
    assert slugs("/api/organisations/?classification=academic") == ["lab"]
    assert slugs("/api/organisations/?search=OFF") == ["pub-office"]
    assert slugs("/api/themes/?search=nuclear") == ["pub-nuclear"]
    assert api.get("/api/organisations/?classification=royal").status_code == 400
    assert api.get("/api/people/?organisation=nowhere").status_code == 400


def test_panel_filter_by_meeting(api, record, later):
    response = api.get("/api/panels/?meeting=later-meeting")
    assert [row["meeting"] for row in response.json()["results"]] == ["later-meeting"] * 2


@pytest.mark.parametrize(
    ("query", "parameter"),
    [("search=a%00b", "search"), ("country=a%00b", "country"), ("parent=%00", "parent")],
)
def test_a_null_character_is_a_400_naming_the_parameter(api, record, query, parameter):
    response = api.get(f"/api/organisations/?{query}")
    assert response.status_code == 400
    assert list(response.json()) == [parameter]


def test_a_bad_page_size_is_a_400_and_an_empty_one_is_ignored(api, record):
    for value in ("0", "-1", "ten", "2.5", "٣"):
        response = api.get(f"/api/statements/?page_size={value}")
        assert response.status_code == 400, value
        assert list(response.json()) == ["page_size"]
    assert api.get("/api/statements/?page_size=&kind=").status_code == 200


def test_words_never_fail_whatever_is_typed(api, record):
    for words in ("a%00b", "%22unclosed", "NOT", "-", "x" * 2000, "OR OR", "%27%3B--"):
        assert api.get(f"/api/statements/?q={words}").status_code == 200, words
