"""What the history (django-reversion) records with each model.

A meeting's revisions carry its panels, attendance and pending changes to shared records,
and a panel's its line-up and statements (with their themes), so a deleted meeting can be
recovered whole.
"""

from itertools import islice

import reversion
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.db import router
from django.db.models import Prefetch
from django.utils import timezone
from reversion.models import Revision, Version

from .models import Attendance, Meeting, Panel, Panelist, PendingChange, Statement

# Statements' themes are read from the rows a load prefetches (see minutes/history_json.py).
HISTORY_FORMAT = "gp-history-json"

# What each model is registered with. reversion keeps its own copy privately; this one is read
# by `_version` to write the same versions reversion would.
REGISTRATIONS = {
    Statement: {"format": HISTORY_FORMAT},
    Panelist: {},
    Attendance: {},
    Panel: {"follow": ["panelists", "statements"]},
    PendingChange: {},
    Meeting: {"follow": ["panels", "attendances", "pending_changes"]},
}


def register_models() -> None:
    """Register the records with the history (from MinutesConfig.ready, before the admin's)."""
    serializers.register_serializer(HISTORY_FORMAT, "minutes.history_json")
    for model, options in REGISTRATIONS.items():
        reversion.register(model, **options)


VERSIONS_PER_BATCH = 2000


def record_meetings(*, meetings, comment: str, user=None) -> Revision:
    """Record meetings with all they follow as one revision, written a batch of versions at a time.

    What `reversion.add_to_revision(meeting)` inside `create_revision()` records, but reversion
    holds every version until the revision ends: for a 100,000-statement meeting that is
    hundreds of MiB. Call it inside the transaction of the writes it records.
    """
    revision = Revision.objects.create(date_created=timezone.now(), user=user, comment=comment)
    versions = (_version(obj, revision) for obj in _followed(meetings))
    while batch := list(islice(versions, VERSIONS_PER_BATCH)):
        Version.objects.bulk_create(batch)
    return revision


def _followed(meetings):
    """Each meeting and every row its registration follows (see the `follow=` above), streamed."""
    for meeting in meetings:
        yield meeting
        # Each row's name (the version's object_repr) shows its person and organisation.
        line_ups = Prefetch("panelists", Panelist.objects.select_related("person", "organisation"))
        for panel in meeting.panels.prefetch_related(line_ups):
            yield panel
            yield from panel.panelists.all()
        yield from meeting.attendances.select_related("person")
        yield from meeting.pending_changes.select_related("person", "organisation", "theme")
        statements = Statement.objects.filter(panel__meeting=meeting).select_related("speaker")
        yield from statements.prefetch_related("themes").order_by("pk").iterator(VERSIONS_PER_BATCH)


def _version(obj, revision: Revision) -> Version:
    """The version reversion would record for `obj`, registered as REGISTRATIONS says (with
    reversion's defaults: every local field, the concrete model, the primary key as id)."""
    model = type(obj)
    version_format = REGISTRATIONS[model].get("format", "json")
    opts = model._meta.concrete_model._meta
    fields = [field.name for field in opts.local_fields + opts.local_many_to_many]
    return Version(
        revision=revision,
        content_type=ContentType.objects.get_for_model(model),
        object_id=str(obj.pk),
        db=router.db_for_write(model, instance=obj),
        format=version_format,
        serialized_data=serializers.serialize(version_format, (obj,), fields=fields),
        object_repr=str(obj),
    )
