"""Attacks on the site: headers, CSP, escaping, drafts, forged and anonymous writes.

Every public surface is listed in SURFACES. A surface whose route does not resolve fails its
tests, naming the route: renaming a route must not switch its security tests off.
"""

from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse

from minutes.models import Meeting, Status
from tests.factories import (
    make_attendance,
    make_editor,
    make_meeting,
    make_organisation,
    make_panel,
    make_panelist,
    make_person,
    make_statement,
    make_theme,
)
from tests.gp_site.test_settings import PRODUCTION, read_settings

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("pwned")</script>'
MARK = "DRAFTLEAK"
PASSWORD = "a-long-test-password"


@pytest.fixture
def records():
    """Published records carrying markup in every text field, and a draft carrying MARK."""
    theme = make_theme(name=f"Theme {SCRIPT}", slug="hostile-theme", description=SCRIPT)
    organisation = make_organisation(name=f"Org <i>{SCRIPT}</i>", slug="hostile-org")
    speaker = make_person(
        name=f"Name {SCRIPT}",
        slug="hostile-person",
        biography=f"<img src=x onerror=alert(1)>{SCRIPT}",
    )
    meeting = make_meeting(title=f"Meeting {SCRIPT}", summary=SCRIPT, slug="public-meeting")
    panel = make_panel(meeting=meeting, title=f"Panel {SCRIPT}", topic=SCRIPT)
    make_panelist(panel=panel, person=speaker, role=SCRIPT, organisation=organisation)
    statement = make_statement(panel=panel, speaker=speaker, text=f"Said {SCRIPT}", themes=[theme])
    make_statement(panel=panel, speaker=speaker, text="Zebras were discussed in public.")

    draft = make_meeting(
        title=f"{MARK} meeting", summary=MARK, slug="draft-meeting", status=Status.DRAFT
    )
    draft_panel = make_panel(meeting=draft, title=f"{MARK} panel", topic=MARK)
    make_panelist(panel=draft_panel, person=speaker, role=MARK, organisation=organisation)
    draft_statement = make_statement(
        panel=draft_panel, speaker=speaker, text=f"{MARK} statement on zebras", themes=[theme]
    )
    make_attendance(meeting=draft, person=speaker, role=MARK)
    return {
        "meeting": meeting,
        "panel": panel,
        "statement": statement,
        "theme": theme,
        "person": speaker,
        "organisation": organisation,
        "draft": draft,
        "draft_panel": draft_panel,
        "draft_statement": draft_statement,
    }


# Every public surface: (URL name, how to get its arguments from the records, query string).
SURFACES = [
    ("minutes:home", None, ""),
    ("minutes:meeting_list", None, ""),
    ("minutes:meeting_detail", lambda r: {"slug": r["meeting"].slug}, ""),
    ("minutes:panel_detail", lambda r: {"meeting_slug": "public-meeting", "position": 1}, ""),
    ("search:statement_list", None, ""),
    ("minutes:statement_detail", lambda r: {"pk": r["statement"].pk}, ""),
    ("minutes:theme_list", None, ""),
    ("minutes:theme_detail", lambda r: {"slug": r["theme"].slug}, ""),
    ("people:person_list", None, ""),
    ("people:person_detail", lambda r: {"slug": r["person"].slug}, ""),
    ("people:organisation_list", None, ""),
    ("people:organisation_detail", lambda r: {"slug": r["organisation"].slug}, ""),
    # Searching for the mark itself would find it echoed back: search for a word both share.
    ("search:search", None, "?q=zebras"),
    ("search:search", None, "?q=said"),
    ("api:meeting-list", None, ""),
    ("api:panel-list", None, ""),
    ("api:statement-list", None, ""),
    ("api:panel-list", None, "?search=panel"),
    ("api:statement-list", None, "?q=zebras"),
    ("api:person-list", None, ""),
    ("api:organisation-list", None, ""),
    ("api:membership-list", None, ""),
    ("api:theme-list", None, ""),
    ("api:person-detail", lambda r: {"slug": r["person"].slug}, ""),
    ("api:theme-detail", lambda r: {"slug": r["theme"].slug}, ""),
    ("api:organisation-detail", lambda r: {"slug": r["organisation"].slug}, ""),
    ("minutes:meeting_feed", None, ""),
    ("minutes:theme_feed", lambda r: {"slug": r["theme"].slug}, ""),
    ("minutes:person_feed", lambda r: {"slug": r["person"].slug}, ""),
    ("minutes:organisation_feed", lambda r: {"slug": r["organisation"].slug}, ""),
    ("sitemap", None, ""),
    ("django.contrib.sitemaps.views.sitemap", lambda r: {"section": "meetings"}, ""),
    ("django.contrib.sitemaps.views.sitemap", lambda r: {"section": "panels"}, ""),
    ("django.contrib.sitemaps.views.sitemap", lambda r: {"section": "statements"}, ""),
    ("exports:meeting_csv", lambda r: {"slug": r["meeting"].slug}, ""),
    ("exports:meeting_popolo", lambda r: {"slug": r["meeting"].slug}, ""),
    ("exports:statement_csv", None, ""),
    ("exports:statement_popolo", None, ""),
]
NOT_HTML = ("api:", "sitemap", "django.contrib.sitemaps", "_feed", "exports:")
HTML_SURFACES = [s for s in SURFACES if not any(word in s[0] for word in NOT_HTML)]
# Where a draft's own page would be: never there for the public.
DRAFT_PAGES = [
    ("minutes:meeting_detail", lambda r: {"slug": r["draft"].slug}),
    ("minutes:panel_detail", lambda r: {"meeting_slug": r["draft"].slug, "position": 1}),
    ("minutes:statement_detail", lambda r: {"pk": r["draft_statement"].pk}),
    ("exports:meeting_csv", lambda r: {"slug": r["draft"].slug}),
    ("exports:meeting_popolo", lambda r: {"slug": r["draft"].slug}),
    ("api:meeting-detail", lambda r: {"slug": r["draft"].slug}),
    ("api:panel-detail", lambda r: {"pk": r["draft_panel"].pk}),
    ("api:statement-detail", lambda r: {"pk": r["draft_statement"].pk}),
]


def url_of(name, kwargs_of, records, query=""):
    try:
        return reverse(name, kwargs=kwargs_of(records) if kwargs_of else None) + query
    except NoReverseMatch:
        pytest.fail(f"the route {name} does not resolve: its security tests cannot run")


def body(response) -> str:
    """The text of a response, streamed (CSV exports) or not."""
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def surface_id(surface) -> str:
    return surface[0] + surface[2]


class InlineCode(HTMLParser):
    """Collects what a CSP without 'unsafe-inline' would block: inline scripts and styles."""

    def __init__(self):
        super().__init__()
        self.found, self._in_script = [], False

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        if tag == "script" and "src" not in names and names.get("type") != "application/json":
            self._in_script = True
        if tag == "style":
            self.found.append("<style> element")
        for name, value in attrs:
            if name == "style" or name.startswith("on"):
                self.found.append(f"{name}= on <{tag}>")
            if name in ("href", "src", "action") and (value or "").lower().startswith(
                "javascript:"
            ):
                self.found.append(f"javascript: URL on <{tag}>")

    def handle_endtag(self, tag):
        self._in_script = self._in_script and tag != "script"

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.found.append(f"inline script {data.strip()[:40]!r}")


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


# Headers under the production settings


@pytest.fixture(scope="module")
def production_security():
    """The security settings exactly as DJANGO_ENV=production makes them."""
    return read_settings(
        [
            "SECURE_SSL_REDIRECT",
            "SECURE_HSTS_SECONDS",
            "SECURE_HSTS_INCLUDE_SUBDOMAINS",
            "SECURE_HSTS_PRELOAD",
            "SESSION_COOKIE_SECURE",
            "CSRF_COOKIE_SECURE",
        ],
        **PRODUCTION,
    )


@pytest.fixture
def production(settings, production_security):
    for name, value in production_security.items():
        setattr(settings, name, value)
    return Client()


def test_plain_http_is_redirected_to_https(production):
    response = production.get("/admin/login/")
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_security_headers_on_every_response(production):
    response = production.get("/admin/login/", secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains; preload")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_cookies_are_secure_and_session_cookie_http_only(production, staff_user):
    response = production.post(
        "/admin/login/?next=/admin/",
        {"username": "staff", "password": PASSWORD},
        secure=True,
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"]
    assert response.cookies["csrftoken"]["secure"]


@pytest.mark.parametrize("surface", HTML_SURFACES[:1], ids=surface_id)
def test_public_pages_carry_hsts_under_production_settings(production, records, surface):
    response = production.get(url_of(surface[0], surface[1], records, surface[2]), secure=True)
    assert response.status_code == 200
    assert "max-age=31536000" in response["Strict-Transport-Security"]


# Content Security Policy


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("surface", SURFACES, ids=surface_id)
def test_every_public_surface_has_a_strict_policy(client, records, surface):
    response = client.get(url_of(surface[0], surface[1], records, surface[2]))
    assert response.status_code == 200
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]


def test_the_admin_has_the_same_strict_policy(client, staff_user):
    client.force_login(staff_user)
    for url in ("/admin/login/", "/admin/", "/admin/minutes/meeting/add/"):
        response = client.get(url)
        assert "unsafe-inline" not in response["Content-Security-Policy"], url


@pytest.mark.parametrize("surface", HTML_SURFACES, ids=surface_id)
def test_public_pages_have_no_inline_script_or_style(client, records, surface):
    response = client.get(url_of(surface[0], surface[1], records, surface[2]))
    assert response.status_code == 200
    assert inline_code(body(response)) == []


def test_the_inline_code_detector_finds_what_it_must():
    html = (
        '<p style="color:red" onclick="x()">a</p><style>p{}</style><script>go()</script>'
        '<a href="javascript:go()">b</a><script src="/static/a.js"></script>'
    )
    assert len(inline_code(html)) == 5


# Escaping


@pytest.mark.parametrize("surface", HTML_SURFACES, ids=surface_id)
def test_markup_in_records_is_shown_as_text(client, records, surface):
    response = client.get(url_of(surface[0], surface[1], records, surface[2]))
    html = body(response)
    assert SCRIPT not in html
    assert "<img src=x" not in html
    assert "<i><script>" not in html


def test_a_statement_with_a_script_reads_as_text(client, records):
    url = url_of("minutes:statement_detail", lambda r: {"pk": r["statement"].pk}, records)
    html = client.get(url).content.decode()
    assert "Said &lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in html


# Drafts


@pytest.mark.parametrize("surface", SURFACES, ids=surface_id)
def test_no_public_surface_shows_anything_of_a_draft(client, records, surface):
    response = client.get(url_of(surface[0], surface[1], records, surface[2]))
    assert response.status_code == 200
    assert MARK not in body(response)
    assert f"/statements/{records['draft_statement'].pk}/" not in body(response)


@pytest.mark.parametrize("page", DRAFT_PAGES, ids=lambda p: p[0])
def test_a_draft_has_no_public_page(client, records, page):
    assert client.get(url_of(page[0], page[1], records)).status_code == 404


def test_search_finds_the_published_statement_and_not_the_draft(client, records):
    html = client.get(url_of("search:search", None, records, "?q=zebras")).content.decode()
    assert "were discussed in public." in html  # the match itself is marked up
    assert MARK not in html


def test_the_draft_checks_can_fail(client, staff_user, records):
    # Staff preview drafts: the same page that is a 404 for the public shows the mark to them.
    client.force_login(staff_user)
    url = url_of("minutes:meeting_detail", lambda r: {"slug": r["draft"].slug}, records)
    assert MARK in client.get(url).content.decode()


def test_a_draft_page_seen_by_staff_is_not_served_to_the_public(settings, staff_user, records):
    settings.PAGE_CACHE_ENABLED = True
    url = url_of("minutes:meeting_detail", lambda r: {"slug": r["draft"].slug}, records)
    staff = Client()
    staff.force_login(staff_user)
    assert staff.get(url).status_code == 200
    assert Client().get(url).status_code == 404


# Forged and anonymous writes


def test_admin_login_refuses_a_forged_form(staff_user):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "staff", "password": PASSWORD})
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


def test_admin_actions_refuse_a_forged_form(staff_user, records):
    staff_user.is_superuser = True
    staff_user.save()
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_user)
    response = client.post(
        reverse("admin:minutes_meeting_changelist"),
        {"action": "delete_selected", "_selected_action": [records["meeting"].pk], "post": "yes"},
    )
    assert response.status_code == 403
    assert records["meeting"].__class__.objects.filter(pk=records["meeting"].pk).exists()


def _views(resolver=None, prefix=""):
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            yield from _views(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.callback


def test_no_view_is_exempt_from_csrf_except_the_api():
    # DRF views are csrf_exempt and enforce CSRF themselves for signed-in sessions.
    exempt = [
        route
        for route, view in _views()
        if getattr(view, "csrf_exempt", False) and not hasattr(view, "cls")
    ]
    assert exempt == []


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("surface", SURFACES, ids=surface_id)
def test_anonymous_writes_are_refused(records, surface, method):
    # As a browser or a script would send them: with CSRF checks on (DRF views check their own).
    client = Client(enforce_csrf_checks=True)
    url = url_of(surface[0], surface[1], records, surface[2])
    response = getattr(client, method)(url, data="{}", content_type="application/json")
    assert response.status_code in (401, 403, 405)


def test_an_oversized_upload_is_refused_before_it_is_read(staff_user):
    from django.core.files.uploadedfile import SimpleUploadedFile

    # CSRF checks on, as in production: the middleware reads the form, so the body is parsed.
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_user)
    client.get("/admin/")
    token = client.cookies["csrftoken"].value
    big = SimpleUploadedFile("meeting.yaml", b"x" * (6 * 1024 * 1024), "application/yaml")
    response = client.post("/admin/", {"meeting_file": big, "csrfmiddlewaretoken": token})
    assert response.status_code == 400
    small = SimpleUploadedFile("meeting.yaml", b"format: gp-meeting/1\n", "application/yaml")
    response = client.post("/admin/", {"meeting_file": small, "csrfmiddlewaretoken": token})
    assert response.status_code == 200


# The admin import: staff only, meeting files only, small ones only


def import_url():
    return url_of("admin:minutes_meeting_import", None, None)


def upload(client, name: str, content: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(import_url(), {"meeting_file": SimpleUploadedFile(name, content)})


def test_the_import_is_for_editors_only(client, staff_user):
    url = import_url()
    assert client.get(url).status_code == 302  # to the login page
    assert upload(client, "m.yaml", b"format: gp-meeting/1").status_code == 302
    client.force_login(staff_user)  # staff, but not an editor: no permission on meetings
    assert client.get(url).status_code == 403


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("minutes.exe", b"MZ\x90\x00", "is not a meeting file"),
        ("minutes.yaml", b"\xff\xfe\x00binary", "is not UTF-8 text"),
        ("minutes.yaml", b"# " + b"x" * (3 * 1024 * 1024), "the limit is 2 MB"),
    ],
    ids=["type", "encoding", "size"],
)
def test_the_import_refuses_what_is_not_a_small_meeting_file(client, name, content, message):
    client.force_login(make_editor())
    response = upload(client, name, content)
    assert response.status_code == 200
    assert message in body(response)
    assert not Meeting.objects.filter(status=Status.DRAFT).exists()


def test_an_oversized_request_body_is_refused(client, staff_user):
    client.force_login(staff_user)
    big = "x" * (6 * 1024 * 1024)
    response = client.post("/admin/login/", {"username": "staff", "password": big})
    assert response.status_code == 400


def test_a_route_that_does_not_resolve_fails_rather_than_skips():
    with pytest.raises(pytest.fail.Exception, match="minutes:renamed does not resolve"):
        url_of("minutes:renamed", None, None)


# Admin URLs given an id that names nothing

BAD_IDS = ["abc", "99999999999999999999999", "-1", "%20"]


def admin_routes_with_an_id() -> list[str]:
    return [
        route
        for route, _view in _views()
        if route.startswith("admin/") and "<path:object_id>" in route
    ]


@pytest.mark.parametrize("bad_id", BAD_IDS)
def test_no_admin_url_fails_on_an_id_that_names_nothing(admin_client, bad_id):
    routes = admin_routes_with_an_id()
    assert "admin/minutes/meeting/<path:object_id>/meeting-file/" in routes
    for route in routes:
        url = "/" + route.replace("<path:object_id>", bad_id)
        status = admin_client.get(url).status_code
        # Django's own pages redirect to the index with a message; ours answer 404.
        assert status in (302, 404), f"{url}: {status}"
        if "meeting-file" in route:
            assert status == 404, url
