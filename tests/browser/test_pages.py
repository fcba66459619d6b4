"""Every public page type, in Chromium: accessible by axe, no sideways scrolling on a 320px
phone, screenshots at phone and desktop widths, keyboard entry and print."""

import itertools
import re

import pytest

from tests.browser.pages import public_pages

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
NARROWEST = {"width": 320, "height": 640}
BLOCKING = {"serious", "critical"}


@pytest.fixture
def pages(shipped_meeting):
    return public_pages(shipped_meeting)


def test_no_serious_or_critical_accessibility_violation_on_any_page_type(page, pages):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    found = {}
    for name, url in pages.items():
        assert page.goto(url).status == 200, name
        results = axe.run(page, options={"resultTypes": ["violations"]})
        blocking = [
            f"{violation['id']} ({violation['impact']}): "
            + "; ".join(node["target"][0] for node in violation["nodes"][:3])
            for violation in results.response["violations"]
            if violation["impact"] in BLOCKING
        ]
        if blocking:
            found[name] = blocking
    assert found == {}


def test_nothing_overflows_sideways_at_320px(page, pages):
    page.set_viewport_size(NARROWEST)
    too_wide = {}
    for name, url in pages.items():
        page.goto(url)
        widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if widths[0] > widths[1]:
            too_wide[name] = widths
    assert too_wide == {}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_screenshots_of_every_page_type(page, pages, screenshots, viewport):
    page.set_viewport_size(viewport)
    for name, url in pages.items():
        page.goto(url)
        path = screenshots / f"{name}-{viewport['width']}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000, f"{path} looks blank"


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page, expect, pages):
    page.goto(pages["meeting"])
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    outline = skip.evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline != "none"  # focus is visible
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")
    page.keyboard.press("Tab")
    in_main = page.evaluate("document.activeElement.closest('main') !== null")
    assert in_main


def test_pages_declare_language_and_keep_headings_in_order(page, pages):
    problems = {}
    for name, url in pages.items():
        page.goto(url)
        lang = page.evaluate("document.documentElement.lang")
        levels = page.evaluate(
            "[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])"
        )
        skips = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]
        if not lang or levels[:1] != [1] or levels.count(1) != 1 or skips:
            problems[name] = {"lang": lang, "levels": levels}
    assert problems == {}


def test_meeting_prints_without_navigation_and_with_permalinks(page, pages, screenshots):
    page.goto(pages["meeting"])
    page.emulate_media(media="print")
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator(".contents").is_visible()
    assert not page.locator(".cite-compact").first.is_visible()
    printed = page.locator(".permalink").first.evaluate(
        "element => getComputedStyle(element, '::after').content"
    )
    assert re.search(r"http://[^ ]+/statements/\d+/", printed)
    heading_break = page.locator(".panel > h2").first.evaluate(
        "element => getComputedStyle(element).breakAfter"
    )
    assert heading_break == "avoid"
    page.pdf(path=str(screenshots.parent / "meeting.pdf"), format="A4")
