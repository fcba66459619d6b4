"""The sitemap (published records only) and robots.txt."""

from xml.etree import ElementTree

import pytest

from minutes.models import Status
from tests.factories import make_record

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SECTIONS = ("pages", "meetings", "panels", "statements", "themes", "people", "organisations")


def locations(response) -> list[str]:
    assert response.status_code == 200
    return [loc.text for loc in ElementTree.fromstring(response.content).iter(f"{SITEMAP}loc")]


def test_index_names_every_section(client):
    assert locations(client.get("/sitemap.xml")) == [
        f"http://testserver/sitemap-{section}.xml" for section in SECTIONS
    ]


def test_sections_list_published_records_only(client):
    record = make_record(prefix="pub")
    draft = make_record(prefix="draft", status=Status.DRAFT)
    urls = set()
    for section in SECTIONS:
        urls |= set(locations(client.get(f"/sitemap-{section}.xml")))
    base = "http://testserver"
    assert {
        f"{base}/",
        f"{base}/meetings/",
        f"{base}/statements/",
        f"{base}/meetings/pub-meeting/",
        f"{base}/meetings/pub-meeting/panels/2/",
        f"{base}/statements/{record.s4.pk}/",
        f"{base}/themes/pub-nuclear/",
        f"{base}/people/pub-alice/",
        f"{base}/organisations/pub-office/",
    } <= urls
    assert f"{base}/meetings/draft-meeting/" not in urls
    assert f"{base}/meetings/draft-meeting/panels/1/" not in urls
    assert f"{base}/statements/{draft.s1.pk}/" not in urls
    # Every address in the sitemap answers.
    for url in urls:
        assert client.get(url.removeprefix(base)).status_code == 200, url


def test_statement_section_queries_do_not_grow(client, django_assert_max_num_queries):
    make_record(prefix="a")
    make_record(prefix="b")
    with django_assert_max_num_queries(2):
        assert len(locations(client.get("/sitemap-statements.xml"))) == 8


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    for path in ("/admin/", "/search/", "/statements/export.csv", "/meetings/*/popolo.json"):
        assert f"Disallow: {path}" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_index_costs_one_query_per_section_however_many_records(
    client, django_assert_max_num_queries
):
    # Django's default latest-lastmod reads every item; ours aggregate (and count, for paging).
    for prefix in ("a", "b", "c"):
        make_record(prefix=prefix)
    # and four for the public organisations and themes (cached until the records change)
    with django_assert_max_num_queries(13):
        assert client.get("/sitemap.xml").status_code == 200
