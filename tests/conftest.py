"""Fixtures shared by every test module, and the switch for the browser tests."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache, caches
from django.test import Client
from django.urls import reverse

from tests.factories import (
    make_meeting,
    make_membership,
    make_organisation,
    make_panel,
    make_panelist,
    make_person,
    make_record,
    make_statement,
    make_theme,
)

SHIPPED_RECORD = Path(settings.BASE_DIR) / "fixtures" / "gp-2012-01-26.yaml"
SEED = Path(settings.BASE_DIR).parent / "shared" / "seeds" / "gp-2012-01-26-minutes.txt"


@pytest.fixture
def shipped_meeting(db):
    """The 26 January 2012 meeting, loaded from fixtures/ as `make load` would."""
    from intake.meeting_file import load_meeting_files
    from minutes.models import Meeting

    load_meeting_files(paths=[SHIPPED_RECORD])
    return Meeting.objects.get(slug="gp-2012-01-26")


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_user(
        username="staff", password="a-long-test-password", is_staff=True
    )


# Records shared by the tests of every app.


@pytest.fixture
def record():
    """A published meeting with two panels, speakers, statements and themes (make_record)."""
    return make_record(prefix="pub")


@pytest.fixture
def draft():
    """The same shape as `record`, in a draft meeting."""
    return make_record(prefix="draft", status="draft")


@pytest.fixture
def staff_client(staff_user):
    """A second client, logged in as staff, beside the anonymous `client`."""
    staff = Client()
    staff.force_login(staff_user)
    return staff


@pytest.fixture
def meeting_page():
    """A published meeting with two panels, a line-up and themed statements."""
    host = make_organisation(name="Department of State", slug="state")
    nnsa = make_organisation(name="National Nuclear Security Administration", slug="nnsa")
    meeting = make_meeting(
        title="Panel Discussions on the GP",
        slug="gp-2012",
        location="Washington, DC",
        host=host,
        source_url="http://www.state.gov/t/isn/gp2013/mtg/panel/184313.htm",
        summary="Two panels, eight speakers.",
    )
    mallin = make_person(name="Monte Mallin", slug="monte-mallin", biography="Current bio.")
    make_membership(person=mallin, organisation=make_organisation(), role="Later post")
    first, second = make_panel(meeting=meeting), make_panel(meeting=meeting, topic="Futures")
    make_panelist(
        panel=first,
        person=mallin,
        role="Director of Strategic Planning",
        organisation=nnsa,
        biography="Bio as printed in 2012.",
    )
    other = make_person(name="Anita Nergard", biography="Her biography.")
    make_panelist(panel=second, person=other)
    security, awareness = make_theme(name="Security", slug="security"), make_theme(name="Awareness")
    tagged = make_statement(
        panel=first, speaker=mallin, text="First paragraph.\n\nSecond paragraph.", themes=[security]
    )
    untagged = make_statement(panel=first, speaker=mallin, text="Untagged point.")
    later = make_statement(
        panel=second, speaker=other, text="Second panel point.", themes=[security, awareness]
    )
    return {
        "meeting": meeting,
        "panels": (first, second),
        "statements": (tagged, untagged, later),
        "themes": (security, awareness),
        "url": reverse("minutes:meeting_detail", kwargs={"slug": meeting.slug}),
    }


# Browser tests (tests/browser/, marked `browser`) drive a real Chromium. Plain `pytest` skips
# them and says so at the end; `make test-browser` runs them with --browser.

_browser_skipped = pytest.StashKey[int]()
BROWSER_NOT_RUN = "browser tests not run: use make test-browser (needs /usr/bin/chromium)"


def pytest_addoption(parser):
    parser.addoption(
        "--browser",
        action="store_true",
        default=False,
        help="run the tests marked `browser` in Chromium (also: GP_BROWSER_TESTS=1)",
    )


def browser_tests_wanted(config) -> bool:
    return config.getoption("--browser") or os.environ.get("GP_BROWSER_TESTS") == "1"


def pytest_collection_modifyitems(config, items):
    if browser_tests_wanted(config):
        return
    skip = pytest.mark.skip(reason=BROWSER_NOT_RUN)
    skipped = 0
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)
            skipped += 1
    config.stash[_browser_skipped] = skipped


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = config.stash.get(_browser_skipped, 0)
    if skipped:
        terminalreporter.write_line(f"{skipped} {BROWSER_NOT_RUN}", yellow=True, bold=True)


@pytest.fixture(autouse=True)
def _fresh_content_type_cache():
    """Transactional tests flush and recreate content types; a cached stale id breaks history."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


# --- Production features that tests switch on where they test them (issue 5) ---------------


@pytest.fixture(autouse=True)
def _login_throttling_off(settings):
    # django-axes refuses authenticate() calls without a request, as Client.login makes them;
    # tests/gp_site/test_security.py switches it back on to test the lockout itself.
    settings.AXES_ENABLED = False


@pytest.fixture(autouse=True)
def _page_cache_off(settings):
    # A test runs inside one transaction whose on-commit hooks never run, so the records
    # version would never change between its requests; tests/core/test_page_cache.py
    # switches the cache on and commits for real.
    settings.PAGE_CACHE_ENABLED = False
    # Cached counts likewise (core/aggregate_cache.py): every page counts afresh, so query
    # counts include the counting; tests/core/test_aggregate_cache.py switches it on.
    settings.AGGREGATE_CACHE_ENABLED = False
    cache.clear()
    caches["near"].clear()
    yield
    cache.clear()
    caches["near"].clear()


@pytest.fixture(autouse=True)
def _media_in_a_temporary_folder(settings, tmp_path):
    # Source documents stored by a test go to a folder of its own, never into the project.
    settings.MEDIA_ROOT = tmp_path / "media"
