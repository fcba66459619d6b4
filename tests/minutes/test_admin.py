import pytest
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from reversion.models import Version

from minutes.models import Meeting, Status
from tests.factories import (
    make_attendance,
    make_editor,
    make_meeting,
    make_organisation,
    make_panel,
    make_panelist,
    make_person,
    make_statement,
    make_theme,
)

pytestmark = pytest.mark.django_db

STATEMENTS = reverse("admin:minutes_statement_changelist")


@pytest.fixture
def editor_client(client):
    client.force_login(make_editor())
    return client


def results(response):
    return list(response.context["cl"].result_list)


# What an editor may open


@pytest.fixture
def records():
    theme = make_theme()
    statement = make_statement(themes=[theme])
    panel = statement.panel
    return {
        "meeting": panel.meeting,
        "panel": panel,
        "statement": statement,
        "attendance": make_attendance(meeting=panel.meeting),
        "theme": theme,
    }


@pytest.mark.parametrize("model_name", ["meeting", "panel", "statement", "attendance", "theme"])
def test_editor_can_list_add_change_and_see_history(editor_client, records, model_name):
    pk = records[model_name].pk
    for url in (
        reverse(f"admin:minutes_{model_name}_changelist"),
        reverse(f"admin:minutes_{model_name}_add"),
        reverse(f"admin:minutes_{model_name}_change", args=[pk]),
        reverse(f"admin:minutes_{model_name}_history", args=[pk]),
    ):
        assert editor_client.get(url).status_code == 200, url


def test_autocomplete_targets_have_search_fields():
    for model_admin in admin.site._registry.values():
        inlines = [inline(model_admin.model, admin.site) for inline in model_admin.inlines]
        for owner in [model_admin, *inlines]:
            for name in owner.autocomplete_fields:
                target = owner.model._meta.get_field(name).related_model
                assert admin.site._registry[target].search_fields, (owner, name)


def test_change_form_save_records_a_version(editor_client):
    theme = make_theme(name="Biosecurity", slug="biosecurity")

    response = editor_client.post(
        reverse("admin:minutes_theme_change", args=[theme.pk]),
        {"name": "Biosecurity", "slug": "biosecurity", "description": "Labs.", "keywords": ""},
    )

    assert response.status_code == 302
    assert Version.objects.get_for_object(theme).count() == 1


# Meetings


def test_meeting_changelist_counts_panels_and_statements(editor_client):
    meeting = make_meeting()
    for _ in range(2):
        panel = make_panel(meeting=meeting)
        for _ in range(3):
            make_statement(panel=panel)
    make_panel(meeting=meeting)

    response = editor_client.get(reverse("admin:minutes_meeting_changelist"))

    [row] = results(response)
    assert (row.panel_count, row.statement_count) == (3, 6)


def test_meeting_changelist_filters_by_status_and_searches_slug(editor_client):
    draft = make_meeting(status=Status.DRAFT, slug="gp-2012-01-26")
    make_meeting(status=Status.PUBLISHED)
    url = reverse("admin:minutes_meeting_changelist")

    assert results(editor_client.get(url, {"status__exact": "draft"})) == [draft]
    assert results(editor_client.get(url, {"q": "2012-01-26"})) == [draft]


def post_action(client, url, action, objects, **data):
    return client.post(
        url, {"action": action, ACTION_CHECKBOX_NAME: [obj.pk for obj in objects], **data}
    )


def test_publish_action_publishes_selected_drafts(editor_client):
    drafts = [make_meeting(status=Status.DRAFT) for _ in range(3)]
    published = make_meeting(status=Status.PUBLISHED)

    response = post_action(
        editor_client,
        reverse("admin:minutes_meeting_changelist"),
        "publish",
        [*drafts[:2], published],
        index=0,
    )

    assert response.status_code == 302
    statuses = {m.pk: m.status for m in Meeting.objects.all()}
    assert statuses == {
        drafts[0].pk: Status.PUBLISHED,
        drafts[1].pk: Status.PUBLISHED,
        drafts[2].pk: Status.DRAFT,
        published.pk: Status.PUBLISHED,
    }
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["2 meetings were published."]
    assert Version.objects.get_for_object(drafts[0]).count() == 1


def test_unpublish_action_returns_selected_meetings_to_draft(editor_client):
    meetings = [make_meeting(status=Status.PUBLISHED) for _ in range(2)]

    response = post_action(
        editor_client,
        reverse("admin:minutes_meeting_changelist"),
        "unpublish",
        meetings[:1],
        index=0,
    )

    assert [m.status for m in Meeting.objects.order_by("pk")] == [Status.DRAFT, Status.PUBLISHED]
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["1 meeting was returned to draft."]


def test_meeting_change_form_lists_panels_with_links(editor_client):
    panel = make_panel(title="Panel 1", topic="Biosecurity", moderator=make_person())

    response = editor_client.get(reverse("admin:minutes_meeting_change", args=[panel.meeting.pk]))

    assert response.status_code == 200
    assert reverse("admin:minutes_panel_change", args=[panel.pk]) in response.text
    assert panel.moderator.name in response.text


# Panels


def panel_with_statements(count):
    panel = make_panel()
    themes = [make_theme() for _ in range(3)]
    for _ in range(8):
        make_panelist(panel=panel, organisation=make_organisation(), biography="Served.")
    for n in range(count):
        make_statement(panel=panel, themes=themes[: n % 3 + 1])
    return panel


def test_panel_change_form_queries_do_not_grow_with_its_rows(
    editor_client, django_assert_max_num_queries
):
    small, large = panel_with_statements(3), panel_with_statements(30)
    # Content types are cached per process: warm the cache, so that the counts below do not
    # depend on which tests ran before this one.
    editor_client.get(reverse("admin:minutes_panel_change", args=[small.pk]))

    with CaptureQueriesContext(connection) as small_queries:
        editor_client.get(reverse("admin:minutes_panel_change", args=[small.pk]))
    with django_assert_max_num_queries(15):
        response = editor_client.get(reverse("admin:minutes_panel_change", args=[large.pk]))

    assert response.status_code == 200
    assert len(response.context["inline_admin_formsets"][1].formset.forms) == 30
    with CaptureQueriesContext(connection) as large_queries:
        editor_client.get(reverse("admin:minutes_panel_change", args=[large.pk]))
    assert len(large_queries) == len(small_queries)


def test_panel_change_form_shows_each_rows_selections(editor_client):
    panel = make_panel()
    panelist = make_panelist(panel=panel, organisation=make_organisation(name="IAEA"))
    theme = make_theme(name="Nuclear security")
    statement = make_statement(panel=panel, speaker=panelist.person, themes=[theme])

    response = editor_client.get(reverse("admin:minutes_panel_change", args=[panel.pk]))

    html = response.text
    assert f'<option value="{panelist.organisation.pk}" selected>IAEA</option>' in html
    assert f'<option value="{theme.pk}" selected>Nuclear security</option>' in html
    assert f'<option value="{statement.speaker.pk}" selected>{statement.speaker}</option>' in html


def test_panel_inline_saves_statement_themes(editor_client):
    panel = make_panel()
    theme = make_theme()
    speaker = make_person()

    response = editor_client.post(
        reverse("admin:minutes_panel_change", args=[panel.pk]),
        {
            "meeting": panel.meeting.pk,
            "position": panel.position,
            "title": panel.title,
            "topic": "",
            "moderator": "",
            "panelists-TOTAL_FORMS": "0",
            "panelists-INITIAL_FORMS": "0",
            "statements-TOTAL_FORMS": "1",
            "statements-INITIAL_FORMS": "0",
            "statements-0-position": "1",
            "statements-0-speaker": speaker.pk,
            "statements-0-text": "We welcome the partnership.",
            "statements-0-kind": "remark",
            "statements-0-themes": [theme.pk],
        },
    )

    assert response.status_code == 302, response.context["errors"]
    assert list(panel.statements.get().themes.all()) == [theme]


# Statements: filters and search


@pytest.fixture
def two_panels():
    """Two meetings; on each panel one speaker for the IAEA and one for another body."""
    iaea, other = make_organisation(name="IAEA"), make_organisation(name="Other")
    speaker = make_person(name="Khammar Mrabit")
    theme = make_theme(name="Nuclear security")
    rows = {}
    for label in ("first", "second"):
        panel = make_panel()
        colleague = make_person()
        # The same speaker spoke for the IAEA on the first panel, for another body on the second.
        make_panelist(panel=panel, person=speaker, organisation=iaea if label == "first" else other)
        make_panelist(panel=panel, person=colleague, organisation=other)
        rows[label] = make_statement(panel=panel, speaker=speaker, text=f"{label} on cooperation")
        rows[f"{label} colleague"] = make_statement(
            panel=panel, speaker=colleague, themes=[theme], text=f"{label} on biosecurity"
        )
    rows.update(iaea=iaea, speaker=speaker, theme=theme)
    return rows


def test_statement_filter_by_theme(editor_client, two_panels):
    response = editor_client.get(STATEMENTS, {"themes__id__exact": two_panels["theme"].pk})

    assert set(results(response)) == {two_panels["first colleague"], two_panels["second colleague"]}


def test_statement_filter_by_meeting(editor_client, two_panels):
    meeting = two_panels["first"].panel.meeting

    response = editor_client.get(STATEMENTS, {"panel__meeting__id__exact": meeting.pk})

    assert set(results(response)) == {two_panels["first"], two_panels["first colleague"]}


def test_statement_filter_by_speaker(editor_client, two_panels):
    response = editor_client.get(STATEMENTS, {"speaker__id__exact": two_panels["speaker"].pk})

    assert set(results(response)) == {two_panels["first"], two_panels["second"]}


def test_statement_filter_by_organisation_at_the_time(editor_client, two_panels):
    response = editor_client.get(STATEMENTS, {"organisation": two_panels["iaea"].pk})

    assert results(response) == [two_panels["first"]]
    changelist = response.context["cl"]
    choices = [c["display"] for c in changelist.filter_specs[3].choices(changelist)]
    assert choices == ["All", "IAEA", "Other"]


def test_statement_filter_by_organisation_rejects_a_bad_value(editor_client, two_panels):
    response = editor_client.get(STATEMENTS, {"organisation": "iaea"})

    assert response.status_code == 302
    assert response.url.endswith("?e=1")


def test_statement_search_by_text(editor_client, two_panels):
    response = editor_client.get(STATEMENTS, {"q": "biosecurity"})

    assert set(results(response)) == {two_panels["first colleague"], two_panels["second colleague"]}


def test_statement_changelist_shows_themes_in_bounded_queries(
    editor_client, django_assert_max_num_queries
):
    theme = make_theme(name="Export controls")
    for _ in range(30):
        make_statement(themes=[theme])

    with django_assert_max_num_queries(16):
        response = editor_client.get(STATEMENTS)

    assert response.text.count("Export controls") >= 30


# Statements: adding and removing a theme


def test_add_theme_asks_which_theme_first(editor_client):
    statements = [make_statement() for _ in range(2)]

    response = post_action(editor_client, STATEMENTS, "add_theme", statements, index=0)

    assert response.status_code == 200
    assert response.templates[0].name == "admin/minutes/statement/theme_action.html"
    html = response.text
    assert "csrfmiddlewaretoken" in html
    assert 'name="action" value="add_theme"' in html
    for statement in statements:
        assert f'name="{ACTION_CHECKBOX_NAME}" value="{statement.pk}"' in html


def test_add_theme_tags_exactly_the_selected_statements(editor_client):
    theme = make_theme(name="Biosecurity")
    tagged = make_statement(themes=[theme])
    untagged = make_statement()
    unselected = make_statement()

    response = post_action(
        editor_client, STATEMENTS, "add_theme", [tagged, untagged], theme=theme.pk, apply="Add"
    )

    assert response.status_code == 302
    assert set(theme.statements.all()) == {tagged, untagged}
    assert not unselected.themes.exists()
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["Theme “Biosecurity” added to 1 statement."]
    assert LogEntry.objects.get().object_id == str(untagged.pk)
    assert Version.objects.get_for_object(untagged).count() == 1


def test_remove_theme_untags_exactly_the_selected_statements(editor_client):
    theme, other = make_theme(name="Biosecurity"), make_theme()
    selected = [make_statement(themes=[theme, other]) for _ in range(2)]
    unselected = make_statement(themes=[theme])

    response = post_action(
        editor_client, STATEMENTS, "remove_theme", selected, theme=theme.pk, apply="Remove"
    )

    assert response.status_code == 302
    assert list(theme.statements.all()) == [unselected]
    assert set(other.statements.all()) == set(selected)
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == ["Theme “Biosecurity” removed from 2 statements."]


def test_remove_theme_offers_only_themes_the_selection_has(editor_client):
    theme, _unused = make_theme(), make_theme()
    statement = make_statement(themes=[theme])

    response = post_action(editor_client, STATEMENTS, "remove_theme", [statement], index=0)

    assert list(response.context["form"].fields["theme"].queryset) == [theme]


def test_theme_action_without_a_theme_shows_the_form_again(editor_client):
    statement = make_statement()

    response = post_action(editor_client, STATEMENTS, "add_theme", [statement], apply="Add")

    assert response.status_code == 200
    assert response.context["form"].errors == {"theme": ["This field is required."]}
    assert not statement.themes.exists()


# Themes


def test_theme_changelist_shows_statement_counts(editor_client):
    busy = make_theme(name="Busy")
    make_theme(name="Quiet")
    for _ in range(3):
        make_statement(themes=[busy])

    response = editor_client.get(reverse("admin:minutes_theme_changelist"), {"o": "-4"})

    assert [(t.name, t.statement_count) for t in results(response)] == [("Busy", 3), ("Quiet", 0)]
    assert f"{STATEMENTS}?themes__id__exact={busy.pk}" in response.text


# A draft's pending changes to shared records


@pytest.fixture
def draft_with_a_pending_change():
    from minutes.models import PendingChange

    person = make_person(name="Ann", biography="Published biography.")
    meeting = make_meeting(status=Status.DRAFT)
    make_panelist(panel=make_panel(meeting=meeting), person=person)
    PendingChange.objects.create(
        meeting=meeting, person=person, fields={"biography": "Draft biography."}
    )
    return meeting, person


def test_the_meeting_page_shows_what_publishing_will_change(
    editor_client, draft_with_a_pending_change
):
    meeting, _person = draft_with_a_pending_change
    page = editor_client.get(reverse("admin:minutes_meeting_change", args=[meeting.pk]))
    assert (
        "Changes to shared records, written when the meeting is published" in page.content.decode()
    )
    assert "biography: &#x27;Draft biography.&#x27;" in page.content.decode()
    listing = editor_client.get(reverse("admin:minutes_pendingchange_changelist"))
    assert listing.status_code == 200 and "Draft biography." in listing.content.decode()


def test_the_publish_action_writes_the_pending_changes(editor_client, draft_with_a_pending_change):
    meeting, person = draft_with_a_pending_change
    post_action(
        editor_client, reverse("admin:minutes_meeting_changelist"), "publish", [meeting], index=0
    )
    person.refresh_from_db()
    assert person.biography == "Draft biography."
    assert not meeting.pending_changes.exists()


def test_the_publish_action_refuses_to_undo_an_edit_made_since_the_draft(
    editor_client, draft_with_a_pending_change
):
    meeting, person = draft_with_a_pending_change
    meeting.pending_changes.update(replaces={"biography": "Published biography."})
    person.biography = "Corrected since."
    person.save()
    changelist = reverse("admin:minutes_meeting_changelist")
    post_action(editor_client, changelist, "publish", [meeting], index=0)
    meeting.refresh_from_db()
    person.refresh_from_db()
    assert (meeting.status, person.biography) == (Status.DRAFT, "Corrected since.")
    page = editor_client.get(changelist).content.decode()
    assert "was not published" in page and "biography was changed to" in page


def test_publishing_in_the_change_form_writes_the_pending_changes(
    editor_client, draft_with_a_pending_change
):
    meeting, person = draft_with_a_pending_change
    url = reverse("admin:minutes_meeting_change", args=[meeting.pk])
    form = editor_client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(status=Status.PUBLISHED, date=meeting.date.isoformat(), host="")
    for prefix in ("panels", "attendances", "pending_changes"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    data["pending_changes-INITIAL_FORMS"] = 1
    data["pending_changes-TOTAL_FORMS"] = 1
    data["pending_changes-0-id"] = meeting.pending_changes.get().pk
    data["pending_changes-0-meeting"] = meeting.pk
    panel = meeting.panels.get()
    data.update(
        {
            "panels-TOTAL_FORMS": 1,
            "panels-INITIAL_FORMS": 1,
            "panels-0-id": panel.pk,
            "panels-0-meeting": meeting.pk,
            "panels-0-position": panel.position,
            "panels-0-title": panel.title,
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    person.refresh_from_db()
    assert person.biography == "Draft biography."


def test_a_pending_change_naming_a_deleted_record_keeps_the_meeting_a_draft(editor_client):
    from minutes.models import PendingChange

    office = make_organisation(slug="office")
    person = make_person()
    meeting = make_meeting(status=Status.DRAFT)
    PendingChange.objects.create(
        meeting=meeting, person=person, memberships=[{"organisation": "office", "role": "Head"}]
    )
    office.delete()
    response = post_action(
        editor_client, reverse("admin:minutes_meeting_changelist"), "publish", [meeting], index=0
    )
    meeting.refresh_from_db()
    assert meeting.status == Status.DRAFT
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("no organisation 'office' any more" in m for m in messages)
