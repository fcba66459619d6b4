"""Nothing a draft brings is public: every public URL pattern of the URLconf, walked.

A draft meeting file is loaded that names a new person, a new organisation (inside a published
one) and a new theme, and gives a published person a new biography and post. Every URL pattern
outside the admin is then requested with every value its parameters can take from the records
(so a page added later is covered without being listed here), with the API lists, feeds and
sitemaps among them, and none may show anything of the draft.
"""

import re

import pytest
import yaml
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from intake.meeting_file import load_parsed, parse_text
from minutes.models import Meeting, Panel, Statement, Theme
from people.models import Membership, Organisation, Person
from tests.factories import make_record

pytestmark = pytest.mark.django_db

# What only the draft says: none of it may be public.
MARKS = ["Quintus", "quintus-draftonly", "Draftonly", "draftonly-", "DRAFTBIO"]
DRAFT_ONLY = {
    "person": "quintus-draftonly",
    "organisation": "draftonly-bureau",
    "theme": "draftonly-theme",
}


def draft_file() -> str:
    return yaml.safe_dump(
        {
            "format": "gp-meeting/1",
            "meeting": {
                "slug": "draftonly-meeting",
                "title": "Draftonly meeting",
                "date": "2030-01-01",
                "status": "draft",
            },
            "organisations": [
                {"key": "draftonly-bureau", "name": "Draftonly Bureau", "parent": "pub-department"}
            ],
            "people": [
                {"key": "quintus-draftonly", "name": "Quintus Draftonly"},
                {
                    "key": "pub-alice",
                    "name": "pub Alice",
                    "biography": "DRAFTBIO: a biography the draft brings.",
                    "memberships": [{"organisation": "pub-office", "role": "Draftonly post"}],
                },
            ],
            "themes": [{"key": "draftonly-theme", "name": "Draftonly Theme"}],
            "panels": [
                {
                    "title": "Draftonly panel",
                    "panelists": [
                        {"person": "quintus-draftonly", "organisation": "draftonly-bureau"},
                        {"person": "pub-alice"},
                    ],
                    "statements": [
                        {
                            "speaker": "quintus-draftonly",
                            "text": "Draftonly words on laboratories.",
                            "themes": ["draftonly-theme"],
                        }
                    ],
                }
            ],
        }
    )


@pytest.fixture
def records():
    published = make_record(prefix="pub")
    load_parsed(files=[parse_text(draft_file(), source="draft.yaml")])
    return published


def public_patterns(resolver=None, prefix="", namespace=""):
    """(route, URL name, parameter names, default kwargs) of every pattern but the admin's."""
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if route.startswith("admin/"):
            continue
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from public_patterns(entry, route, inner)
        elif isinstance(entry, URLPattern):
            yield route, entry.name and namespace + entry.name, entry.pattern.regex.groupindex


def values_for(parameter: str) -> list[str]:
    """Every value a URL parameter can take from the records, draft ones included."""
    slugs = [
        *Meeting.objects.values_list("slug", flat=True),
        *Person.objects.values_list("slug", flat=True),
        *Organisation.objects.values_list("slug", flat=True),
        *Theme.objects.values_list("slug", flat=True),
    ]
    ids = [
        *Statement.objects.values_list("pk", flat=True),
        *Panel.objects.values_list("pk", flat=True),
        *Membership.objects.values_list("pk", flat=True),
    ]
    from gp_site.urls import SITEMAPS

    known = {
        "slug": slugs,
        "meeting_slug": list(Meeting.objects.values_list("slug", flat=True)),
        "position": ["1", "2"],
        "pk": [str(pk) for pk in ids],
        "section": list(SITEMAPS),
        "format": ["json"],
    }
    if parameter not in known:
        pytest.fail(f"a URL parameter this test cannot fill: {parameter!r}; teach values_for")
    return known[parameter]


def urls_of(name: str, parameters) -> list[str]:
    """The pattern's URL for every combination of its parameters' values."""
    combinations = [{}]
    for parameter in parameters:
        combinations = [
            {**kwargs, parameter: value}
            for kwargs in combinations
            for value in values_for(parameter)
        ]
    urls = []
    for kwargs in combinations:
        url = reverse(name, kwargs=kwargs)
        urls += [url, f"{url}?page_size=100"] if url.startswith("/api/") else [url]
    return urls


def shown(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def leaks(text: str) -> list[str]:
    return [mark for mark in MARKS if mark in text]


def test_every_public_url_pattern_shows_nothing_of_the_draft(client, records):
    patterns = list(public_patterns())
    names = {name for _, name, _ in patterns}
    # The walk reaches pages, API lists, feeds and sitemaps of every app.
    for expected in ("people:person_detail", "api:person-list", "minutes:theme_feed", "sitemap"):
        assert expected in names
    found, requested = [], 0
    for route, name, parameters in patterns:
        if route.endswith("[\\s\\S]+/$") or name == "api:not_found":
            continue  # the API's catch-all answers 404 to anything
        assert name, f"{route}: a public pattern without a name cannot be walked"
        for url in urls_of(name, parameters):
            response = client.get(url)
            requested += 1
            assert response.status_code < 500, url
            if response.status_code in (301, 302):
                assert not leaks(response["Location"]), url
            elif response.status_code == 200:
                found += [f"{url}: {mark}" for mark in leaks(shown(response))]
    assert found == []
    assert requested > 300


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("people:person_detail", "person"),
        ("people:organisation_detail", "organisation"),
        ("minutes:theme_detail", "theme"),
        ("minutes:person_feed", "person"),
        ("minutes:organisation_feed", "organisation"),
        ("minutes:theme_feed", "theme"),
        ("api:person-detail", "person"),
        ("api:organisation-detail", "organisation"),
        ("api:theme-detail", "theme"),
    ],
)
def test_a_draft_only_record_has_no_public_page(client, records, name, kind):
    assert client.get(reverse(name, kwargs={"slug": DRAFT_ONLY[kind]})).status_code == 404


def test_searching_for_the_draft_names_finds_none_of_them(client, records):
    for words in ("Quintus", "Draftonly", "laboratories", "DRAFTBIO"):
        for url in ("/search/", "/statements/", "/api/statements/"):
            html = shown(client.get(url, {"q": words}))
            links = re.findall(r"/(?:people|organisations|themes)/[a-z0-9-]+/", html)
            assert not [link for link in links if "draftonly" in link], (url, words)
            assert "DRAFTBIO:" not in html and "Draftonly words" not in html


def test_the_walk_can_fail_staff_see_the_draft_and_publication_shows_it(client, records):
    # The marks are there to be found: staff see the draft-only records ...
    staff = Client()
    staff.force_login(
        Person._meta.apps.get_model("auth", "User").objects.create_superuser("boss", password="pw")
    )
    assert "Quintus Draftonly" in shown(staff.get("/people/quintus-draftonly/"))
    assert "Draftonly Bureau" in shown(staff.get("/organisations/draftonly-bureau/"))
    # ... and once the draft is published, everyone does, its changes to Alice included.
    Meeting.objects.get(slug="draftonly-meeting").publish()
    assert "Quintus Draftonly" in shown(client.get("/people/"))
    assert "Draftonly Bureau" in shown(client.get("/organisations/pub-department/"))
    assert "Draftonly Theme" in shown(client.get("/themes/"))
    alice = shown(client.get("/people/pub-alice/"))
    assert "DRAFTBIO" in alice and "Draftonly post" in alice
