"""Fixtures shared by every test module, and the switch for the browser tests."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache

SHIPPED_RECORD = Path(settings.BASE_DIR) / "fixtures" / "gp-2012-01-26.yaml"
SEED = Path(settings.BASE_DIR).parent / "shared" / "seeds" / "gp-2012-01-26-minutes.txt"


@pytest.fixture
def shipped_meeting(db):
    """The 26 January 2012 meeting, loaded from fixtures/ as `make load` would."""
    from minutes.meeting_file import load_meeting_files
    from minutes.models import Meeting

    load_meeting_files(paths=[SHIPPED_RECORD])
    return Meeting.objects.get(slug="gp-2012-01-26")


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_user(
        username="staff", password="a-long-test-password", is_staff=True
    )


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
    # version would never change between its requests; tests/gp_site/test_page_cache.py
    # switches the cache on and commits for real.
    settings.PAGE_CACHE_ENABLED = False
    # Cached counts likewise (gp_site/aggregate_cache.py): every page counts afresh, so query
    # counts include the counting; tests/gp_site/test_aggregate_cache.py switches it on.
    settings.AGGREGATE_CACHE_ENABLED = False
    cache.clear()
    yield
    cache.clear()
