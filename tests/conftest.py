"""Fixtures shared by every test module."""

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
    cache.clear()
    yield
    cache.clear()
