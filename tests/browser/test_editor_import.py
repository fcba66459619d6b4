"""An editor imports minutes in the admin: paste or upload, preview, confirm, publish, read."""

import re

import pytest
import yaml
from django.urls import reverse

from minutes.models import Meeting, Statement, Status
from tests.browser.test_editor import PASSWORD, log_in
from tests.factories import make_editor
from tests.intake.test_import_properties import row_counts
from tests.intake.test_meeting_file_read import good

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("editors_group")]

SLUG = "spring-review-of-the-partnership-programme-2013-03-14"
KOVAC_BIOGRAPHY = (
    "Ms. Kovač is the Director of Nuclear Security at the Ministry of Foreign Affairs of "
    "Croatia. She previously served as the First Secretary at the Croatian Mission to the "
    "International Atomic Energy Agency in Vienna, where she led the team on safeguards and "
    "export controls."
)
OKAFOR_BIOGRAPHY = (
    "Mr. Okafor is a Senior Adviser on biosecurity at the West African Health Organisation, "
    "where he coordinates laboratory networks across fifteen countries. Before that he ran the "
    "national reference laboratory in Abuja for eight years."
)
REMARKS = [
    (
        "Helena Kovač",
        "Border security depends on people as much as equipment. Customs officers need "
        "training that lasts beyond the first year of a project.",
    ),
    (
        "Helena Kovač",
        "We keep hearing that programmes are \u201cfinished\u201d when the equipment is "
        "delivered. They are not finished until the staff can run them without us.",
    ),
    (
        "Samuel Okafor",
        "Laboratories need better biosafety training, and the training has to be renewed "
        "every year.",
    ),
    (
        "Samuel Okafor",
        "Partners should fund the \u201cboring\u201d parts: maintenance contracts, spare parts "
        "and salaries.",
    ),
]
# As an editor would paste them from a word processor: title, place, date, a panel heading,
# then each speaker's name line, biography and remarks.
MINUTES = "\n\n".join(
    [
        "Spring Review of the Partnership Programme",
        "Vienna, Austria\nMarch 14, 2013",
        "Panel 1",
        "Helena Kovač",
        KOVAC_BIOGRAPHY,
        REMARKS[0][1],
        REMARKS[1][1],
        "Samuel Okafor",
        OKAFOR_BIOGRAPHY,
        REMARKS[2][1],
        REMARKS[3][1],
    ]
)


def open_import_page(page, expect):
    page.goto(reverse("admin:minutes_meeting_changelist"))
    page.get_by_role("link", name="Import a meeting…").click()
    expect(page.get_by_role("heading", name="Import a meeting", level=1)).to_be_visible()


def preview_counts(page) -> dict[str, list[str]]:
    """The preview's table: records → [created, updated, unchanged, deleted]."""
    rows = page.get_by_role("region", name=re.compile("^Preview of")).locator(
        ".preview-counts tbody tr"
    )
    return {
        row.locator("th").inner_text(): row.locator("td").all_inner_texts() for row in rows.all()
    }


def test_editor_pastes_minutes_previews_confirms_publishes_and_the_public_reads_them(
    browser, live_server, page, expect
):
    editor = make_editor(username="editor", password=PASSWORD)
    log_in(page, editor.username)
    open_import_page(page, expect)

    page.get_by_label("Or paste minutes").fill(MINUTES)
    before = row_counts()
    page.get_by_role("button", name="Preview").click()

    # The preview says what loading would create, and nothing is written yet.
    expect(page.get_by_role("heading", level=2)).to_have_text(
        f"Preview of pasted minutes ({SLUG}.yaml): {SLUG}"
    )
    expect(page.get_by_text("Nothing has been written yet.")).to_be_visible()
    created = {kind: counts[0] for kind, counts in preview_counts(page).items()}
    assert created == {
        "meetings": "1",
        "people": "2",
        "panels": "1",
        "panelists": "2",
        "statements": "4",
    }
    assert row_counts() == before
    assert not Meeting.objects.exists()
    expect(page.locator("pre")).to_contain_text("status: draft")

    page.get_by_role("button", name="Confirm: load it").click()
    expect(page.locator(".messagelist .success")).to_contain_text(
        f"Loaded {SLUG} from pasted minutes"
    )

    # A draft with the speakers' words verbatim, curly quotes and diacritics kept.
    meeting = Meeting.objects.get()
    assert (meeting.slug, meeting.title, meeting.location, meeting.date.isoformat()) == (
        SLUG,
        "Spring Review of the Partnership Programme",
        "Vienna, Austria",
        "2013-03-14",
    )
    assert meeting.status == Status.DRAFT
    statements = Statement.objects.filter(panel__meeting=meeting).order_by("position")
    assert [(s.speaker.name, s.text) for s in statements] == REMARKS
    assert [(p.person.name, p.person.biography) for p in meeting.panels.get().panelists.all()] == [
        ("Helena Kovač", KOVAC_BIOGRAPHY),
        ("Samuel Okafor", OKAFOR_BIOGRAPHY),
    ]
    public = browser.new_context(base_url=live_server.url).new_page()
    assert public.goto(meeting.get_absolute_url()).status == 404  # a draft is not public

    # Publish it from its change form, where the confirmation left the editor.
    expect(page).to_have_url(re.compile(rf"/admin/minutes/meeting/{meeting.pk}/change/$"))
    page.get_by_label("Status").select_option(label="Published")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist .success")).to_contain_text("was changed successfully")
    assert Meeting.objects.get().status == Status.PUBLISHED

    # The anonymous reader sees the meeting, its line-up and every remark as spoken.
    assert public.goto(meeting.get_absolute_url()).status == 200
    expect(public.get_by_role("heading", level=1)).to_have_text(meeting.title)
    expect(public.get_by_role("link", name="Helena Kovač").first).to_be_visible()
    for speaker, text in REMARKS:
        article = public.locator("article.statement").filter(has_text=text)
        expect(article).to_have_count(1)
        expect(article.get_by_text(text, exact=True)).to_be_visible()
        expect(article.locator(".speaker")).to_contain_text(speaker)
    expect(public.locator("article.statement")).to_have_count(len(REMARKS))
    public.context.close()


def test_a_broken_meeting_file_shows_where_it_is_wrong_and_writes_nothing(page, expect):
    editor = make_editor(username="editor", password=PASSWORD)
    log_in(page, editor.username)
    open_import_page(page, expect)

    broken = good()
    broken["panels"][0]["statements"][0]["speaker"] = "nobody"
    page.get_by_label("Minutes or a meeting file").set_input_files(
        files=[
            {
                "name": "broken.yaml",
                "mimeType": "application/yaml",
                "buffer": yaml.safe_dump(broken).encode("utf-8"),
            }
        ]
    )
    before = row_counts()
    page.get_by_role("button", name="Preview").click()

    expect(page.get_by_role("heading", level=2)).to_have_text("1 problem: nothing was written")
    expect(page.locator(".errorlist li")).to_have_text(
        ["broken.yaml: panels[0].statements[0].speaker: no person 'nobody'"]
    )
    expect(page.get_by_role("button", name="Confirm: load it")).to_have_count(0)
    assert row_counts() == before
    assert not Meeting.objects.exists()
