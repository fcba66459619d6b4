"""A staff editor corrects a draft meeting in the admin, publishes it, and the public sees it."""

import re

import pytest
from django.urls import reverse

from minutes.models import Statement, Status
from tests.factories import (
    make_editor,
    make_meeting,
    make_panel,
    make_panelist,
    make_person,
    make_statement,
    make_theme,
)

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("editors_group")]

PASSWORD = "a-long-test-password-for-editors"


@pytest.fixture
def draft():
    """A draft meeting whose one statement has a typo and lacks a theme."""
    meeting = make_meeting(slug="draft-meeting", title="Spring review", status=Status.DRAFT)
    panel = make_panel(meeting=meeting, title="Panel 1")
    speaker = make_person(name="Rosa Diaz", sort_name="Diaz, Rosa", slug="rosa-diaz")
    make_panelist(panel=panel, person=speaker)
    make_theme(name="Biosecurity", slug="biosecurity")
    make_theme(name="Border security", slug="border-security")
    statement = make_statement(
        panel=panel, speaker=speaker, text="Laboratories need beter biosafety training."
    )
    return statement


def log_in(page, username):
    page.goto(reverse("admin:index"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_editor_corrects_tags_publishes_and_the_public_sees_it(
    browser, live_server, page, expect, draft
):
    editor = make_editor(username="editor", password=PASSWORD)
    meeting = draft.panel.meeting
    public = browser.new_context(base_url=live_server.url).new_page()
    assert public.goto(meeting.get_absolute_url()).status == 404  # a draft is not public

    log_in(page, editor.username)
    expect(
        page.get_by_role("link", name="Log out").or_(page.get_by_role("button", name="Log out"))
    ).to_be_visible()

    # Correct the text in the panel's statements inline.
    page.get_by_role("link", name="Panels").first.click()
    page.get_by_role("link", name="Panel 1").click()
    text = page.locator("textarea[name$='-text']").first
    expect(text).to_have_value("Laboratories need beter biosafety training.")
    text.fill("Laboratories need better biosafety training.")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist .success")).to_contain_text("was changed successfully")

    # Add a theme in the statement's own form, through the autocomplete widget.
    page.goto(reverse("admin:minutes_statement_changelist"))
    page.locator("#searchbar").fill("biosafety")
    page.locator("#searchbar").press("Enter")
    page.locator("#result_list tbody").get_by_role("link").first.click()
    page.locator(".field-themes .select2-selection").click()
    page.locator(".select2-search__field").fill("Bio")
    page.locator(".select2-results__option", has_text="Biosecurity").click()
    expect(page.locator(".field-themes .select2-selection__choice")).to_contain_text("Biosecurity")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist .success")).to_contain_text("was changed successfully")

    statement = Statement.objects.get(pk=draft.pk)
    assert statement.text == "Laboratories need better biosafety training."
    assert [theme.slug for theme in statement.themes.all()] == ["biosecurity"]

    # Publish with the changelist action.
    page.goto(reverse("admin:minutes_meeting_changelist"))
    page.locator(f"input[name='_selected_action'][value='{meeting.pk}']").check()
    page.get_by_label("Action:").select_option(label="Publish selected meetings")
    page.get_by_role("button", name=re.compile("^(Go|Run)$")).click()
    expect(page.locator(".messagelist .success")).to_contain_text("1 meeting was published.")

    # The anonymous reader now sees the corrected, tagged statement.
    assert public.goto(meeting.get_absolute_url()).status == 200
    expect(
        public.get_by_text("Laboratories need better biosafety training.", exact=True)
    ).to_be_visible()
    assert public.get_by_text("beter").count() == 0
    public.goto(statement.get_absolute_url())
    expect(public.get_by_role("link", name="Biosecurity").first).to_be_visible()
    public.context.close()
