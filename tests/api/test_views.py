"""The read-only API: each resource, nested details, pagination, 404s, drafts never served."""

import pytest
from rest_framework.test import APIClient

from tests.factories import (
    make_meeting,
    make_organisation,
    make_record,
    make_statement,
    make_theme,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    return APIClient()


def results(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_api_root_lists_every_resource(api):
    response = api.get("/api/")
    assert response.status_code == 200
    assert set(response.json()) == {
        "meetings",
        "panels",
        "statements",
        "people",
        "organisations",
        "memberships",
        "themes",
    }


def test_meeting_list_shows_published_meetings_only(api, record, draft):
    rows = results(api.get("/api/meetings/"))
    assert [row["slug"] for row in rows] == ["pub-meeting"]
    assert rows[0]["host"] == {
        "slug": "pub-department",
        "name": "pub Department",
        "abbreviation": "",
    }
    assert rows[0]["url"] == "http://testserver/meetings/pub-meeting/"


def test_meeting_detail_nests_panels_lineups_and_statements(api, record):
    response = api.get("/api/meetings/pub-meeting/")
    assert response.status_code == 200
    data = response.json()
    assert [panel["title"] for panel in data["panels"]] == ["Panel 1", "Panel 2"]
    first = data["panels"][0]
    assert first["url"] == "http://testserver/meetings/pub-meeting/panels/1/"
    assert [
        (p["person"]["slug"], p["role"], p["organisation"]["slug"]) for p in first["lineup"]
    ] == [
        ("pub-alice", "Director", "pub-office"),
        ("pub-bob", "Ambassador", "pub-agency"),
    ]
    assert [s["id"] for s in first["statements"]] == [record.s1.pk, record.s2.pk, record.s3.pk]
    assert first["statements"][0]["themes"] == ["pub-biosecurity"]
    assert first["statements"][2]["speaker"] is None
    assert first["statements"][0]["url"] == f"http://testserver/statements/{record.s1.pk}/"
    assert data["attendees"] == [
        {
            "person": {"slug": "pub-bob", "name": "pub Bob"},
            "role": "Observer",
            "group": "Also present",
        }
    ]


def test_draft_meeting_detail_is_404(api, draft):
    response = api.get("/api/meetings/draft-meeting/")
    assert response.status_code == 404
    assert response.json() == {"detail": "No Meeting matches the given query."}


def test_statement_list_carries_role_and_organisation_at_the_time(api, record):
    rows = {row["id"]: row for row in results(api.get("/api/statements/"))}
    s1, s4 = rows[record.s1.pk], rows[record.s4.pk]
    assert (s1["role"], s1["organisation"]["slug"]) == ("Director", "pub-office")
    # The same person, another panel, another post printed: the record keeps each.
    assert (s4["role"], s4["organisation"]["slug"]) == ("Deputy", "pub-department")
    assert s1["meeting"] == "pub-meeting"
    assert s1["panel"] == {"id": record.panel1.pk, "position": 1, "title": "Panel 1"}
    assert s1["speaker"] == {"slug": "pub-alice", "name": "pub Alice"}
    assert s1["url"] == f"http://testserver/statements/{record.s1.pk}/"
    assert s1["date"] == record.meeting.date.isoformat()
    assert sorted(s4["themes"]) == ["pub-biosecurity", "pub-nuclear"]
    narrative = rows[record.s3.pk]
    assert (narrative["speaker"], narrative["role"], narrative["organisation"]) == (None, "", None)


def test_statements_of_drafts_are_never_listed_nor_shown(api, record, draft):
    rows = results(api.get("/api/statements/?page_size=100"))
    assert {row["id"] for row in rows} == {
        s.pk for s in (record.s1, record.s2, record.s3, record.s4)
    }
    assert api.get(f"/api/statements/{draft.s1.pk}/").status_code == 404
    assert api.get(f"/api/statements/{record.s1.pk}/").status_code == 200
    assert api.get(f"/api/panels/{draft.panel1.pk}/").status_code == 404
    assert results(api.get("/api/statements/?q=draft")) == []


def test_panels_of_published_meetings_with_their_lineup(api, record, draft):
    rows = results(api.get("/api/panels/"))
    assert [(row["meeting"], row["position"]) for row in rows] == [
        ("pub-meeting", 1),
        ("pub-meeting", 2),
    ]
    assert [place["person"]["slug"] for place in rows[1]["lineup"]] == ["pub-alice"]
    assert rows[0]["moderator"] is None


def test_people_list_and_detail_with_posts(api, record):
    slugs = [row["slug"] for row in results(api.get("/api/people/"))]
    assert {"pub-alice", "pub-bob"} <= set(slugs)
    detail = api.get("/api/people/pub-alice/").json()
    assert detail["honorific"] == "Dr."
    assert detail["url"] == "http://testserver/people/pub-alice/"
    assert detail["memberships"] == [
        {
            "organisation": {"slug": "pub-office", "name": "pub Office", "abbreviation": "OFF"},
            "role": "Director",
            "start_date": None,
            "end_date": None,
        }
    ]


def test_organisation_with_parent_and_children(api, record):
    office = api.get("/api/organisations/pub-office/").json()
    assert office["parent"]["slug"] == "pub-department"
    assert office["children"] == []
    department = api.get("/api/organisations/pub-department/").json()
    assert department["parent"] is None
    assert [child["slug"] for child in department["children"]] == ["pub-office"]
    assert department["url"] == "http://testserver/organisations/pub-department/"


def test_memberships_and_themes(api, record):
    memberships = results(api.get("/api/memberships/"))
    assert [(m["person"]["slug"], m["organisation"]["slug"], m["role"]) for m in memberships] == [
        ("pub-alice", "pub-office", "Director")
    ]
    theme = make_theme(name="Sub", slug="sub", parent=record.nuclear, keywords="a, b c")
    make_statement(panel=record.panel1, themes=[theme])  # public: a published statement uses it
    data = api.get("/api/themes/sub/").json()
    assert (data["parent"], data["keywords"]) == ("pub-nuclear", ["a", "b c"])
    assert data["url"] == f"http://testserver/themes/{theme.slug}/"


@pytest.mark.parametrize(
    "path",
    [
        "/api/meetings/nope/",
        "/api/panels/999999/",
        "/api/statements/999999/",
        "/api/people/nope/",
        "/api/organisations/nope/",
        "/api/memberships/999999/",
        "/api/themes/nope/",
    ],
)
def test_unknown_records_are_404_with_a_detail(api, path):
    response = api.get(path)
    assert response.status_code == 404
    assert "detail" in response.json()


def test_pagination_page_size_is_capped_at_100(api):
    for n in range(105):  # each public: a published meeting's host
        make_meeting(host=make_organisation(name=f"Org {n:03}", slug=f"org-{n:03}"))
    assert len(results(api.get("/api/organisations/"))) == 20
    assert len(results(api.get("/api/organisations/?page_size=5"))) == 5
    page = api.get("/api/organisations/?page_size=500").json()
    assert len(page["results"]) == 100
    assert page["count"] == 105
    assert page["next"].endswith("page=2&page_size=500")
    assert len(results(api.get("/api/organisations/?page=2&page_size=100"))) == 5


def test_a_page_past_the_end_is_404(api, record):
    response = api.get("/api/statements/?page=99")
    assert response.status_code == 404
    assert response.json() == {"detail": "Invalid page."}


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_are_refused_with_405(api, record, method, staff_user):
    for path in (
        "/api/meetings/",
        "/api/meetings/pub-meeting/",
        f"/api/statements/{record.s1.pk}/",
    ):
        response = getattr(api, method)(path, {"title": "x"}, format="json")
        assert response.status_code == 405, (method, path)
        assert "GET" in response["Allow"]
    # Signing in changes nothing: the API has no write operations for anyone.
    api.force_login(staff_user)
    assert getattr(api, method)("/api/meetings/pub-meeting/", {}).status_code == 405
    assert api.get("/api/meetings/pub-meeting/").status_code == 200


def test_staff_see_no_drafts_through_the_api(api, draft, staff_user):
    api.force_login(staff_user)
    assert api.get("/api/meetings/draft-meeting/").status_code == 404
    assert results(api.get("/api/statements/")) == []


def test_statement_words_use_the_full_text_search(api, record):
    rows = results(api.get("/api/statements/?q=pathogens"))
    assert {row["id"] for row in rows} == {record.s1.pk, record.s4.pk}


def test_statement_list_rows_read_exactly_like_the_detail(api, record):
    # The list is built from plain values (rows.py), the detail by the serializer: same output.
    make_statement(panel=record.panel2, speaker=record.bob, text="No place in the line-up.")
    listed = results(api.get("/api/statements/"))
    assert len(listed) == 5
    for row in listed:
        assert api.get(f"/api/statements/{row['id']}/").json() == row


def test_statement_list_orders_themes_by_name_as_the_detail_does(api, record):
    # Neither creation order nor slug order: the name's.
    zeta = make_theme(name="Zeta", slug="a-zeta")
    alpha = make_theme(name="Alpha", slug="z-alpha")
    middle = make_theme(name="Middle", slug="m-middle")
    statement = make_statement(panel=record.panel2, themes=[zeta, middle, alpha])
    listed = {row["id"]: row for row in results(api.get("/api/statements/"))}
    assert listed[statement.pk]["themes"] == ["z-alpha", "m-middle", "a-zeta"]
    assert api.get(f"/api/statements/{statement.pk}/").json() == listed[statement.pk]


@pytest.mark.django_db(transaction=True)
def test_the_cached_total_and_themes_follow_committed_edits(api, settings):
    settings.AGGREGATE_CACHE_ENABLED = True
    record = make_record(prefix="pub")
    before = api.get("/api/statements/").json()
    theme = make_theme(name="Aardvarks", slug="zz-aardvarks")
    added = make_statement(panel=record.panel2, speaker=record.bob, themes=[theme, record.nuclear])
    after = api.get("/api/statements/").json()
    assert after["count"] == before["count"] + 1
    row = next(row for row in after["results"] if row["id"] == added.pk)
    assert row["themes"] == ["zz-aardvarks", record.nuclear.slug]
    theme.name = "zz Zebras"
    theme.save()
    row = next(row for row in results(api.get("/api/statements/")) if row["id"] == added.pk)
    assert row["themes"] == [record.nuclear.slug, "zz-aardvarks"]
    added.delete()
    assert api.get("/api/statements/").json()["count"] == before["count"]


def test_a_theme_newer_than_the_cached_vocabulary_is_still_listed(api, record, settings):
    settings.AGGREGATE_CACHE_ENABLED = True
    # A theme made after the vocabulary was cached, its version not yet bumped (as when a
    # reader's request falls between another's commit and its bump).
    results(api.get("/api/statements/"))
    record.s1.themes.set([make_theme(name="Aardvarks", slug="zz-aardvarks")])
    listed = {row["id"]: row for row in results(api.get("/api/statements/"))}
    assert listed[record.s1.pk]["themes"] == ["zz-aardvarks"]


def test_statement_list_query_count_does_not_grow(
    api, record, settings, django_assert_max_num_queries
):
    settings.AGGREGATE_CACHE_ENABLED = True
    for _ in range(60):
        make_statement(panel=record.panel2, speaker=record.bob, themes=[record.nuclear])
    # The total (two counts) and the theme vocabulary, cached until the records change; the rows;
    # and the records version, read once a request from the database where no cache is shared.
    with django_assert_max_num_queries(5):
        assert len(results(api.get("/api/statements/?page_size=100"))) == 64
    with django_assert_max_num_queries(2):
        assert len(results(api.get("/api/statements/?page_size=100"))) == 64


@pytest.mark.parametrize(
    ("path", "queries"),
    [
        ("/api/meetings/", 2),
        ("/api/meetings/pub-meeting/", 6),
        ("/api/panels/", 3),
        ("/api/people/", 2),
        ("/api/people/pub-alice/", 2),
        ("/api/organisations/", 6),  # +2: the public ones' ids (cached in production)
        ("/api/memberships/", 2),
        ("/api/themes/", 4),  # +2: the public ones' ids (cached in production)
    ],
)
def test_query_counts_are_pinned(api, record, path, queries, django_assert_max_num_queries):
    make_record(prefix="more")
    with django_assert_max_num_queries(queries):
        assert api.get(path).status_code == 200


@pytest.mark.parametrize(
    "path", ["/api/people/a.b/", "/api/people/a/b/", "/api/organisations/a%0Ab/", "/api/nothing/"]
)
def test_any_other_address_under_api_is_a_json_404(api, path):
    response = api.get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
