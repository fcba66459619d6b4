"""Atom feeds: new meetings; new statements on a theme, by a person, for an organisation."""

import datetime
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from minutes.models import Meeting, Statement
from tests.factories import make_record, make_statement

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    return [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "summary": entry.findtext(f"{ATOM}summary"),
        }
        for entry in feed.findall(f"{ATOM}entry")
    ]


def test_meeting_feed_lists_published_meetings_newest_first(client, record, draft):
    older = make_record(prefix="old").meeting
    Meeting.objects.filter(pk=older.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=9)
    )
    items = entries(client.get("/feeds/meetings/"))
    assert [item["link"] for item in items] == [
        "http://testserver/meetings/pub-meeting/",
        "http://testserver/meetings/old-meeting/",
    ]


def test_theme_feed(client, record, draft):
    items = entries(client.get("/feeds/themes/pub-biosecurity/"))
    assert sorted(item["link"] for item in items) == sorted(
        f"http://testserver/statements/{s.pk}/" for s in (record.s1, record.s4)
    )
    # Named by the draft alone, the theme is not public: it has no feed.
    assert client.get("/feeds/themes/draft-biosecurity/").status_code == 404


def test_person_feed_newest_statement_first(client, record, draft):
    Statement.objects.filter(pk=record.s1.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=3)
    )
    items = entries(client.get("/feeds/people/pub-alice/"))
    assert [item["link"] for item in items] == [
        f"http://testserver/statements/{record.s4.pk}/",
        f"http://testserver/statements/{record.s1.pk}/",
    ]
    assert items[0]["title"].startswith("pub Alice: pub: both pathogens")
    assert client.get("/feeds/people/draft-alice/").status_code == 404


def test_organisation_feed_includes_sub_organisations_at_the_time(client, record, draft):
    links = {item["link"] for item in entries(client.get("/feeds/organisations/pub-department/"))}
    assert links == {f"http://testserver/statements/{s.pk}/" for s in (record.s1, record.s4)}
    links = {item["link"] for item in entries(client.get("/feeds/organisations/pub-agency/"))}
    assert links == {f"http://testserver/statements/{record.s2.pk}/"}


def test_feed_text_is_escaped_html(client, record):
    make_statement(
        panel=record.panel1, speaker=record.alice, text="a < b & <script>", themes=[record.nuclear]
    )
    summaries = [item["summary"] for item in entries(client.get("/feeds/themes/pub-nuclear/"))]
    assert any(summary.endswith("a &lt; b &amp; &lt;script&gt;") for summary in summaries)


@pytest.mark.parametrize(
    "path", ["/feeds/themes/nope/", "/feeds/people/nope/", "/feeds/organisations/nope/"]
)
def test_unknown_records_have_no_feed(client, path):
    assert client.get(path).status_code == 404


def test_feed_queries_do_not_grow(client, record, django_assert_max_num_queries):
    for _ in range(20):
        make_statement(panel=record.panel2, speaker=record.alice, themes=[record.nuclear])
    # and two for the public themes or organisations it is looked up among
    with django_assert_max_num_queries(5):
        assert len(entries(client.get("/feeds/themes/pub-nuclear/"))) == 22
