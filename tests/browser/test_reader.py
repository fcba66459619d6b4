"""A reader on the shipped record: from the home page to a theme, a meeting, a statement."""

import re

import pytest

from minutes.models import Statement

pytestmark = pytest.mark.browser


def shown_statement_ids(page) -> list[int]:
    return [
        int(anchor[1:])
        for anchor in page.locator("article.statement").evaluate_all(
            "articles => articles.map(a => a.id)"
        )
    ]


def test_reader_follows_a_theme_to_a_meeting_narrows_it_and_cites_a_statement(
    page, expect, shipped_meeting
):
    meeting = shipped_meeting
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("GP Records")

    # Follow a theme from the home page: its page draws the theme over time.
    page.get_by_role("main").get_by_role("link", name=re.compile(r"^Biosecurity \d")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Biosecurity")
    expect(page.get_by_role("img", name=re.compile("Statements on Biosecurity"))).to_be_visible()

    # Open the meeting from the theme's statements.
    page.get_by_role("link", name=meeting.title).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(meeting.title)
    expect(page.get_by_role("navigation", name="Contents")).to_be_visible()
    everything = len(shown_statement_ids(page))
    assert everything == Statement.objects.filter(panel__meeting=meeting).count()

    # Narrow it with a theme chip of the second panel.
    page.locator("#panel-2 .chips").get_by_role(
        "link", name=re.compile(r"^Nuclear terrorism \d+ statements?$")
    ).click()
    expect(page).to_have_url(re.compile(r"\?theme=nuclear-terrorism#panel-2$"))
    expect(page.locator(".filter-note")).to_contain_text("on the theme Nuclear terrorism")
    tagged = Statement.objects.filter(panel__meeting=meeting, themes__slug="nuclear-terrorism")
    assert sorted(shown_statement_ids(page)) == sorted(tagged.values_list("pk", flat=True))
    assert 0 < len(shown_statement_ids(page)) < everything

    # Open a statement's permalink, and find its citation there.
    first = page.locator("article.statement").first
    pk = int(first.get_attribute("id")[1:])
    first.get_by_role("link", name="Link to this statement").click()
    expect(page).to_have_url(re.compile(rf"/statements/{pk}/$"))
    cite = page.get_by_role("region", name="Cite this statement")
    expect(cite).to_contain_text(page.url)
    expect(cite).to_contain_text("@misc{gp-2012-01-26-p2-")
    expect(cite).to_contain_text('"type": "speech"')

    # Back on the meeting page, a matrix cell opens exactly the statements it counts.
    page.goto(meeting.get_absolute_url())
    cell = page.locator("#matrix td a").filter(has_text=re.compile(r"^12 ")).first
    cell_text = cell.inner_text()
    cell.click()
    expect(page).to_have_url(re.compile(r"\?theme=[\w-]+&speaker=[\w-]+#panel-\d$"))
    query = dict(part.split("=") for part in page.url.split("?")[1].split("#")[0].split("&"))
    expected = Statement.objects.filter(
        panel__meeting=meeting, speaker__slug=query["speaker"], themes__slug=query["theme"]
    )
    assert cell_text.startswith("12") and expected.count() == 12
    assert sorted(shown_statement_ids(page)) == sorted(expected.values_list("pk", flat=True))
    expect(page.locator(".filter-note")).to_contain_text("Showing only the 12 statements by")
    expect(page.locator("#matrix td a[aria-current]")).to_have_count(1)

    # The compact citation on the meeting page opens in place.
    page.locator("article.statement").first.locator("summary").click()
    expect(page.locator("article.statement").first.locator(".citation")).to_contain_text(
        "/statements/"
    )
