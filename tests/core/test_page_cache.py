"""The page cache: anonymous readers get cached pages, a committed change is seen at once."""

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse

from core.page_cache import (
    STATUS_HEADER,
    VERSION_KEY,
    AnonymousPageCacheMiddleware,
    bump_records_version,
    records_version,
)
from intake.meeting_file import load_meeting_files
from minutes.models import Statement
from tests.factories import make_statement, make_theme


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    # The version in the cache, as with Redis; tests/core/test_models.py covers the database.
    settings.RECORDS_VERSION_IN_DATABASE = False


class CountingView:
    """A view that says how often it was called, with headers a test chooses."""

    def __init__(self, **headers):
        self.calls = 0
        self.headers = headers
        self.cookie = None

    def __call__(self, request):
        self.calls += 1
        response = HttpResponse(f"page {self.calls} for {request.get_full_path()}")
        for name, value in self.headers.items():
            response[name.replace("_", "-")] = value
        if self.cookie:
            response.set_cookie(self.cookie, "1")
        return response


def get(middleware, path="/meetings/", user=None, method="GET", **headers):
    request = getattr(RequestFactory(), method.lower())(path, **headers)
    request.user = user or AnonymousUser()
    return middleware(request)


class Staff:
    is_authenticated = True
    is_staff = True


# Unit: what is served from the cache and what is stored


def test_second_anonymous_request_is_a_hit():
    view = CountingView()
    middleware = AnonymousPageCacheMiddleware(view)
    first, second = get(middleware), get(middleware)
    assert (first[STATUS_HEADER], second[STATUS_HEADER]) == ("miss", "hit")
    assert second.content == first.content
    assert view.calls == 1


def test_head_is_served_from_the_cached_get():
    view = CountingView()
    middleware = AnonymousPageCacheMiddleware(view)
    get(middleware)
    assert get(middleware, method="HEAD")[STATUS_HEADER] == "hit"
    assert view.calls == 1


def test_the_query_string_is_part_of_the_key():
    view = CountingView()
    middleware = AnonymousPageCacheMiddleware(view)
    get(middleware, "/statements/?theme=a")
    other = get(middleware, "/statements/?theme=b")
    assert other[STATUS_HEADER] == "miss"
    assert b"theme=b" in other.content
    assert get(middleware, "/statements/?theme=a")[STATUS_HEADER] == "hit"


def test_headers_named_by_vary_are_part_of_the_key():
    view = CountingView(Vary="Accept")
    middleware = AnonymousPageCacheMiddleware(view)
    get(middleware, HTTP_ACCEPT="application/json")
    assert get(middleware, HTTP_ACCEPT="text/html")[STATUS_HEADER] == "miss"
    assert get(middleware, HTTP_ACCEPT="application/json")[STATUS_HEADER] == "hit"
    assert view.calls == 2


def test_a_bump_makes_every_page_stale():
    view = CountingView()
    middleware = AnonymousPageCacheMiddleware(view)
    get(middleware)
    bump_records_version()
    assert get(middleware)[STATUS_HEADER] == "miss"
    assert view.calls == 2


def test_a_lost_version_key_cannot_revive_old_pages():
    view = CountingView()
    middleware = AnonymousPageCacheMiddleware(view)
    get(middleware)
    cache.delete(VERSION_KEY)
    assert get(middleware)[STATUS_HEADER] == "miss"


def test_signed_in_users_are_never_served_nor_stored():
    view = CountingView()
    middleware = AnonymousPageCacheMiddleware(view)
    staff_first = get(middleware, user=Staff())
    get(middleware)
    staff_again = get(middleware, user=Staff())
    assert STATUS_HEADER not in staff_first and STATUS_HEADER not in staff_again
    assert view.calls == 3
    # And the anonymous page stored in between is not what staff saw.
    assert get(middleware)[STATUS_HEADER] == "hit"


@pytest.mark.parametrize(
    "headers",
    [
        {"Cache_Control": "private"},
        {"Cache_Control": "no-store"},
        {"Cache_Control": "no-cache"},
        {"Vary": "*"},
    ],
)
def test_private_pages_are_not_stored(headers):
    view = CountingView(**headers)
    middleware = AnonymousPageCacheMiddleware(view)
    get(middleware)
    assert STATUS_HEADER not in get(middleware)
    assert view.calls == 2


def test_a_page_that_sets_a_cookie_is_not_stored():
    view = CountingView()
    view.cookie = "csrftoken"
    middleware = AnonymousPageCacheMiddleware(view)
    get(middleware)
    get(middleware)
    assert view.calls == 2


def test_a_page_with_a_csrf_token_is_not_stored():
    def form_view(request):
        from django.middleware.csrf import get_token

        return HttpResponse(f"<form><input value='{get_token(request)}'></form>")

    middleware = AnonymousPageCacheMiddleware(form_view)
    assert STATUS_HEADER not in get(middleware)


def test_errors_and_writes_are_not_stored():
    def missing(request):
        return HttpResponse("gone", status=404)

    assert STATUS_HEADER not in get(AnonymousPageCacheMiddleware(missing))
    view = CountingView()
    assert STATUS_HEADER not in get(AnonymousPageCacheMiddleware(view), method="POST")


def test_excluded_prefixes_are_never_cached():
    view = CountingView()
    middleware = AnonymousPageCacheMiddleware(view)
    get(middleware, "/admin/login/")
    get(middleware, "/admin/login/")
    assert view.calls == 2


@pytest.mark.django_db(transaction=True)
def test_a_signed_in_write_makes_pages_stale_even_without_signals():
    # Admin actions may use QuerySet.update(), which sends no signals.
    version = records_version()
    middleware = AnonymousPageCacheMiddleware(CountingView())
    get(middleware, "/admin/minutes/meeting/", user=Staff(), method="POST")
    assert records_version() != version


def test_an_anonymous_write_does_not_empty_the_cache():
    version = records_version()
    get(AnonymousPageCacheMiddleware(CountingView()), "/admin/login/", method="POST")
    assert records_version() == version


def test_the_site_keeps_serving_when_the_cache_is_down(monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache server gone")

    monkeypatch.setattr(cache, "get", broken)
    response = get(AnonymousPageCacheMiddleware(CountingView()))
    assert response.status_code == 200
    assert STATUS_HEADER not in response


# Invalidation: every committed change to a record, and nothing else


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "change",
    [
        lambda s: s.save(),
        lambda s: setattr(s.speaker, "biography", "New.") or s.speaker.save(),
        lambda s: s.themes.add(make_theme()),
        lambda s: s.themes.clear(),
        lambda s: s.delete(),
        lambda s: s.panel.meeting.delete(),
    ],
    ids=["save", "related save", "m2m add", "m2m clear", "delete", "cascade"],
)
def test_a_committed_change_bumps_the_version(change):
    statement = make_statement(themes=[make_theme()])
    version = records_version()
    change(statement)
    assert records_version() != version


@pytest.mark.django_db(transaction=True)
def test_migrate_bumps_the_version():
    before = records_version()
    call_command("migrate", verbosity=0)
    assert records_version() != before


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_change_does_not_bump():
    statement = make_statement()
    version = records_version()
    with pytest.raises(RuntimeError), transaction.atomic():
        statement.text = "Never committed."
        statement.save()
        raise RuntimeError
    assert records_version() == version


@pytest.mark.django_db(transaction=True)
def test_one_bump_per_transaction_however_many_rows(monkeypatch):
    from core import page_cache

    statement = make_statement()
    bumps = []
    monkeypatch.setattr(page_cache, "bump_records_version", lambda: bumps.append(1))
    with transaction.atomic():
        for n in range(20):
            make_statement(panel=statement.panel, text=f"Row {n}.")
    assert len(bumps) == 1


@pytest.mark.django_db(transaction=True)
def test_a_load_bumps_once_it_commits_and_a_dry_run_does_not(tmp_path):
    from tests.conftest import SHIPPED_RECORD

    version = records_version()
    load_meeting_files(paths=[SHIPPED_RECORD], dry_run=True)
    assert records_version() == version
    load_meeting_files(paths=[SHIPPED_RECORD])
    assert records_version() != version


@pytest.mark.django_db(transaction=True)
def test_a_bulk_update_in_a_load_bumps_without_any_signal(tmp_path, monkeypatch):
    # Statements are written with bulk_create/bulk_update, which send no signals: the
    # explicit bump in load_parsed is what makes a corrected paragraph visible.
    from django.db.models.signals import post_save

    from tests.conftest import SHIPPED_RECORD

    load_meeting_files(paths=[SHIPPED_RECORD])
    version = records_version()
    monkeypatch.setattr(post_save, "send", lambda *a, **k: [])
    text = SHIPPED_RECORD.read_text(encoding="utf-8").replace("status: published", "status: draft")
    corrected = tmp_path / "m.yaml"
    corrected.write_text(text, encoding="utf-8")
    load_meeting_files(paths=[corrected])
    assert records_version() != version


# The real pages, with real commits


@pytest.fixture
def published(transactional_db):
    statement = make_statement(text="The first wording.")
    return statement


def anonymous_get(url):
    response = Client().get(url)
    return response, response.content.decode()


def test_the_second_anonymous_request_needs_no_database(published, django_assert_num_queries):
    url = published.panel.meeting.get_absolute_url()
    first, _ = anonymous_get(url)
    assert first[STATUS_HEADER] == "miss"
    with django_assert_num_queries(0):
        second, html = anonymous_get(url)
    assert second[STATUS_HEADER] == "hit"
    assert "The first wording." in html
    assert "Content-Security-Policy" in second and "X-Frame-Options" in second


def test_an_edit_is_seen_on_the_next_request(published):
    urls = [published.get_absolute_url(), published.panel.meeting.get_absolute_url()]
    for url in urls:
        anonymous_get(url)
    published.text = "The corrected wording."
    published.save()
    for url in urls:
        response, html = anonymous_get(url)
        assert response[STATUS_HEADER] == "miss"
        assert "The corrected wording." in html


def test_a_load_is_seen_on_the_next_request(transactional_db, tmp_path):
    from tests.conftest import SHIPPED_RECORD

    load_meeting_files(paths=[SHIPPED_RECORD])
    url = reverse("minutes:meeting_detail", kwargs={"slug": "gp-2012-01-26"})
    anonymous_get(url)
    corrected = tmp_path / "m.yaml"
    corrected.write_text(
        SHIPPED_RECORD.read_text(encoding="utf-8").replace(
            "Washington, DC\n", "Washington, D.C. (corrected)\n", 1
        ),
        encoding="utf-8",
    )
    load_meeting_files(paths=[corrected])
    assert "Washington, D.C. (corrected)" in anonymous_get(url)[1]


def test_an_admin_action_is_seen_on_the_next_request(published):
    meeting = published.panel.meeting
    assert anonymous_get(meeting.get_absolute_url())[0].status_code == 200
    staff = Client()
    staff.force_login(User.objects.create_superuser("boss", password="a-long-test-password"))
    staff.post(
        reverse("admin:minutes_meeting_changelist"),
        {"action": "unpublish", "_selected_action": [meeting.pk]},
    )
    assert anonymous_get(meeting.get_absolute_url())[0].status_code == 404


def test_a_staff_edit_in_the_admin_is_seen_on_the_next_request(published):
    theme = make_theme(name="Before")
    published.themes.add(theme)  # public: a published statement uses it
    url = theme.get_absolute_url()
    anonymous_get(url)
    staff = Client()
    staff.force_login(User.objects.create_superuser("boss", password="a-long-test-password"))
    response = staff.post(
        reverse("admin:minutes_theme_change", args=[theme.pk]),
        {"name": "After", "slug": theme.slug, "description": "", "keywords": "", "parent": ""},
    )
    assert response.status_code == 302
    assert "After" in anonymous_get(url)[1]


def test_staff_always_get_fresh_pages(published):
    url = published.get_absolute_url()
    anonymous_get(url)
    staff = Client()
    staff.force_login(User.objects.create_user("staff", password="x", is_staff=True))
    # Even a change the cache has not heard of (no signal) is seen by staff at once.
    Statement.objects.filter(pk=published.pk).update(text="Changed behind the cache.")
    response = staff.get(url)
    assert STATUS_HEADER not in response
    assert "Changed behind the cache." in response.content.decode()
    assert "Changed behind the cache." not in anonymous_get(url)[1]


def test_a_bulk_admin_action_without_signals_is_seen_on_the_next_request(published):
    # Adding a theme to many statements is one bulk insert into the link table: no signals.
    theme = make_theme(name="Biosecurity")
    anonymous_get(theme.get_absolute_url())
    assert published.text not in anonymous_get(theme.get_absolute_url())[1]
    staff = Client()
    staff.force_login(User.objects.create_superuser("boss", password="a-long-test-password"))
    response = staff.post(
        reverse("admin:minutes_statement_changelist"),
        {
            "action": "add_theme",
            "_selected_action": [published.pk],
            "theme": theme.pk,
            "apply": "Add",
        },
    )
    assert response.status_code == 302
    assert published.text in anonymous_get(theme.get_absolute_url())[1]


def test_an_import_in_the_admin_is_seen_on_the_next_request(transactional_db):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.conftest import SHIPPED_RECORD

    meetings = reverse("minutes:meeting_list")
    link = reverse("minutes:meeting_detail", kwargs={"slug": "gp-2012-01-26"})
    assert link not in anonymous_get(meetings)[1]
    staff = Client()
    staff.force_login(User.objects.create_superuser("boss", password="a-long-test-password"))
    url = reverse("admin:minutes_meeting_import")
    upload = SimpleUploadedFile("gp.yaml", SHIPPED_RECORD.read_bytes())
    preview = staff.post(url, {"meeting_file": upload})
    assert link not in anonymous_get(meetings)[1]  # a preview writes nothing
    payload = preview.context["confirm_form"].initial["payload"]
    assert staff.post(url, {"confirm": "1", "payload": payload}).status_code == 302
    assert link in anonymous_get(meetings)[1]
