"""Debian's Chromium driven by Playwright against pytest-django's live server.

Playwright is imported inside the fixtures, so that a plain `pytest` on a machine without
requirements-browser.txt still collects (and skips) these tests.
"""

import importlib
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection

CHROMIUM = Path(os.environ.get("GP_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "test-output" / "screenshots"
WIDE = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(
            f"no Chromium at {CHROMIUM}: apt-get update && apt-get install -y chromium "
            "chromium-driver",
            pytrace=False,
        )
    # Playwright's sync API runs an event loop in the test thread; Django refuses database
    # access from a thread with a running loop unless told that this is safe, as it is here.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # Playwright must never fetch a browser of its own: it drives Debian's.
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh page at desktop width whose relative URLs go to the live server.

    Console errors (a blocked resource, a script error) fail the test: a reader would meet them.
    """
    context = browser.new_context(base_url=live_server.url, viewport=WIDE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors = []

    def on_console(message):
        # Browsers ask for /favicon.ico on their own; the site's pages name their icon.
        if message.type == "error" and not message.location.get("url", "").endswith("favicon.ico"):
            errors.append(f"{message.text} ({message.location.get('url')})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == [], f"errors in the browser console: {errors}"


@pytest.fixture
def expect():
    """Playwright's auto-waiting assertions."""
    from playwright.sync_api import expect

    return expect


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def editors_group(transactional_db):
    """The Editors group, made as migration 0002 makes it.

    Each live-server test ends by flushing the database: content types and permissions are
    made again, the group is not. A serialized rollback would bring it back, but it leaves no
    content types behind it for the next test and clashes with those a flush makes.
    """
    migration = importlib.import_module("minutes.migrations.0002_editors_group")
    migration.create_editors_group(apps, SimpleNamespace(connection=connection))
