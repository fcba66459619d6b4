"""Suite-wide fixtures."""

import pytest
from django.core.cache import cache


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
