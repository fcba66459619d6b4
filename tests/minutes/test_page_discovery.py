"""Every public page: a title, a description and a canonical link; feeds and downloads linked."""

import re
from html.parser import HTMLParser

import pytest

from minutes.models import Status
from tests.factories import make_record

pytestmark = pytest.mark.django_db


class Head(HTMLParser):
    """The title, meta description, canonical and alternate links of a page, and its links."""

    def __init__(self):
        super().__init__()
        self.title, self.in_title = "", False
        self.description, self.canonical, self.alternates, self.hrefs = None, None, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title":
            self.in_title = True
        elif tag == "meta" and attrs.get("name") == "description":
            self.description = attrs["content"]
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]
        elif tag == "link" and attrs.get("rel") == "alternate":
            self.alternates.append((attrs["type"], attrs["href"]))
        elif tag == "a":
            self.hrefs.append(attrs.get("href"))

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def head(client, path) -> Head:
    response = client.get(path)
    assert response.status_code == 200, path
    parser = Head()
    parser.feed(response.content.decode())
    return parser


PAGES = [
    "/",
    "/meetings/",
    "/meetings/pub-meeting/",
    "/meetings/pub-meeting/panels/1/",
    "/statements/",
    "/themes/",
    "/themes/pub-nuclear/",
    "/people/",
    "/people/pub-alice/",
    "/organisations/",
    "/organisations/pub-office/",
]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_a_title_description_and_canonical_link(client, record, path):
    page = head(client, path)
    assert page.title.strip() and page.title.strip() != "· GP Records"
    assert page.description and len(page.description) > 20
    assert page.canonical == f"http://testserver{path}"


def test_statement_permalink_head(client, record):
    page = head(client, f"/statements/{record.s1.pk}/")
    assert "pub Alice" in page.title
    assert page.description.startswith("pub: laboratories")
    assert page.canonical == f"http://testserver/statements/{record.s1.pk}/"


@pytest.mark.parametrize(
    ("path", "feed"),
    [
        ("/", "/feeds/meetings/"),
        ("/meetings/", "/feeds/meetings/"),
        ("/themes/pub-nuclear/", "/feeds/themes/pub-nuclear/"),
        ("/people/pub-alice/", "/feeds/people/pub-alice/"),
        ("/organisations/pub-office/", "/feeds/organisations/pub-office/"),
    ],
)
def test_pages_announce_their_feed(client, record, path, feed):
    page = head(client, path)
    assert page.alternates == [("application/atom+xml", feed)]
    assert feed in page.hrefs
    assert client.get(feed).status_code == 200


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/themes/pub-nuclear/", "?theme=pub-nuclear"),
        ("/people/pub-alice/", "?speaker=pub-alice"),
        ("/organisations/pub-office/", "?organisation=pub-office"),
        ("/statements/?theme=pub-nuclear&page=1", "?theme=pub-nuclear"),
        ("/statements/", ""),
        ("/search/?q=fuel&kind=question", "?q=fuel&kind=question"),
    ],
)
def test_pages_link_their_statements_downloads(client, record, path, query):
    hrefs = head(client, path).hrefs
    for export in ("/statements/export.csv", "/statements/popolo.json"):
        assert f"{export}{query}" in hrefs
        assert client.get(f"{export}{query}").status_code == 200


def test_meeting_page_links_its_downloads_when_published(client, record, staff_user):
    hrefs = head(client, "/meetings/pub-meeting/").hrefs
    assert "/meetings/pub-meeting/export.csv" in hrefs
    assert "/meetings/pub-meeting/popolo.json" in hrefs
    assert "/meetings/pub-meeting/meeting.yaml" in hrefs
    make_record(prefix="draft", status=Status.DRAFT)
    client.force_login(staff_user)
    body = client.get("/meetings/draft-meeting/").content.decode()
    assert not re.search(r"draft-meeting/(export\.csv|popolo\.json|meeting\.yaml)", body)
