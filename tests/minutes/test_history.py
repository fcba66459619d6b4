"""History: loads are one revision naming the file; edits revert; deleted meetings come back."""

import pytest
import reversion
from django.core.management import call_command
from django.urls import reverse
from reversion.models import Revision, Version

from minutes import history
from minutes.models import Attendance, Meeting, Panel, Panelist, Statement
from tests.conftest import SHIPPED_RECORD
from tests.factories import make_attendance

pytestmark = pytest.mark.django_db


def described(meeting_slug: str) -> dict:
    statements = Statement.objects.filter(panel__meeting__slug=meeting_slug)
    return {
        "panels": list(
            Panel.objects.filter(meeting__slug=meeting_slug).values_list("position", "title")
        ),
        "line-ups": sorted(
            Panelist.objects.filter(panel__meeting__slug=meeting_slug).values_list(
                "panel__position", "position", "person__slug", "role", "organisation__slug"
            )
        ),
        "statements": sorted(
            (
                s.panel.position,
                s.position,
                s.speaker_id,
                s.text,
                sorted(t.slug for t in s.themes.all()),
            )
            for s in statements.select_related("panel").prefetch_related("themes")
        ),
        "attendance": sorted(
            Attendance.objects.filter(meeting__slug=meeting_slug).values_list(
                "person__slug", "role"
            )
        ),
    }


def test_load_meeting_is_one_revision_named_after_the_file(db):
    call_command("load_meeting", str(SHIPPED_RECORD))
    revision = Revision.objects.get()
    assert revision.comment == f"Loaded from {SHIPPED_RECORD}"
    assert revision.version_set.count() == 1 + 2 + 8 + 52  # meeting, panels, line-ups, statements


def test_no_history_and_dry_runs_record_nothing(db):
    call_command("load_meeting", str(SHIPPED_RECORD), "--dry-run")
    call_command("load_meeting", str(SHIPPED_RECORD), "--no-history")
    assert Meeting.objects.exists()
    assert not Revision.objects.exists()


def test_an_edit_is_recorded_with_who_and_reverted(shipped_meeting, admin_user):
    statement = Statement.objects.filter(panel__meeting=shipped_meeting).first()
    original = statement.text
    with reversion.create_revision():
        statement.text = "Corrected."
        statement.save()
        statement.themes.clear()
        reversion.set_user(admin_user)
    latest, loaded = Version.objects.get_for_object(statement)[:2]
    assert latest.revision.user == admin_user and latest.revision.date_created
    loaded.revert()
    statement.refresh_from_db()
    assert statement.text == original
    assert statement.themes.exists()


def test_admin_history_page_lists_the_load(admin_client, shipped_meeting):
    page = admin_client.get(reverse("admin:minutes_meeting_history", args=[shipped_meeting.pk]))
    assert f"Loaded from {SHIPPED_RECORD}" in page.content.decode()


def test_a_deleted_meeting_is_recovered_with_panels_line_ups_statements_and_themes(
    admin_client, shipped_meeting
):
    make_attendance(meeting=shipped_meeting, role="Chairman")
    with reversion.create_revision():  # as the admin does when the meeting is saved
        reversion.add_to_revision(shipped_meeting)
    before = described(shipped_meeting.slug)
    assert before["attendance"] and len(before["statements"]) == 52
    shipped_meeting.delete()
    assert not Statement.objects.exists()
    recover_list = admin_client.get(reverse("admin:minutes_meeting_recoverlist"))
    assert str(shipped_meeting) in recover_list.content.decode()
    version = Version.objects.get_deleted(Meeting).get()
    assert (
        admin_client.get(reverse("admin:minutes_meeting_recover", args=[version.pk])).status_code
        == 200
    )
    version.revision.revert(delete=False)
    assert described("gp-2012-01-26") == before


def recorded(revision: Revision) -> list[tuple]:
    return sorted(
        revision.version_set.values_list(
            "content_type_id", "object_id", "db", "format", "serialized_data", "object_repr"
        )
    )


def test_a_load_records_in_batches_the_versions_reversion_would(shipped_meeting, monkeypatch):
    make_attendance(meeting=shipped_meeting, role="Chairman")
    with reversion.create_revision():
        reversion.add_to_revision(shipped_meeting)
    by_reversion = Revision.objects.latest("pk")
    monkeypatch.setattr(history, "VERSIONS_PER_BATCH", 7)  # several batches of each kind

    batched = history.record_meetings(
        meetings=Meeting.objects.filter(pk=shipped_meeting.pk), comment="Batched"
    )

    assert len(recorded(batched)) == 1 + 2 + 8 + 52 + 1
    assert recorded(batched) == recorded(by_reversion)


def test_a_deleted_meeting_is_recovered_from_the_revision_of_its_load(db):
    call_command("load_meeting", str(SHIPPED_RECORD))
    before = described("gp-2012-01-26")
    Meeting.objects.get().delete()
    assert not Statement.objects.exists()

    Version.objects.get_deleted(Meeting).get().revision.revert(delete=False)

    assert described("gp-2012-01-26") == before


def test_a_load_inside_a_callers_revision_records_its_own():
    with reversion.create_revision():
        call_command("load_meeting", str(SHIPPED_RECORD))
        reversion.set_comment("The caller's")
    load = Revision.objects.get(comment=f"Loaded from {SHIPPED_RECORD}")
    assert load.version_set.count() == 1 + 2 + 8 + 52
    # The rows the load saved are not recorded a second time in the caller's revision.
    assert not Revision.objects.exclude(pk=load.pk).exists()
