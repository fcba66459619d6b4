"""Meetings, their panels and line-ups, and who attended."""

from django.db import models, transaction
from django.db.models import F
from django.utils import timezone

from core.links import url_former
from people.models import Organisation, Person, SlugManager

from .publication import PublicationQuerySet, Status


class MeetingQuerySet(PublicationQuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)


class Meeting(models.Model):
    """One meeting: its date, place, host and the source its record was taken from."""

    slug = models.SlugField(max_length=120, unique=True)
    title = models.CharField(max_length=500)
    short_title = models.CharField(max_length=200, blank=True)
    date = models.DateField()
    location = models.CharField(max_length=200, blank=True)
    host = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="hosted_meetings",
    )
    summary = models.TextField(blank=True)
    source_url = models.URLField(max_length=500, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SlugManager.from_queryset(MeetingQuerySet)()

    class Meta:
        ordering = ["-date", "slug"]
        constraints = [
            # Unique only because slug is: declared so, it tells SQLite that walking this
            # index gives meetings one by one in reading order, so statements in reading
            # order (newest meeting first, panel by panel) come from the panel and statement
            # position indexes with no sort, and a page of them stops after its LIMIT.
            models.UniqueConstraint(
                "status", F("date").desc(), "slug", name="meeting_status_reading_order"
            ),
        ]

    def __str__(self):
        return f"{self.display_title} ({self.date:%d %B %Y})"

    def get_absolute_url(self):
        return url_former("minutes:meeting_detail", "slug")(self.slug)

    def natural_key(self):
        return (self.slug,)

    @property
    def display_title(self) -> str:
        return self.short_title or self.title

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED

    def publish(self) -> None:
        """Publish the meeting and, in the same transaction, the changes it brings to shared
        records (minutes.models.pending); PendingChangeError, with nothing written, if one
        cannot be."""
        with transaction.atomic():
            if not self.is_published:
                self.status = Status.PUBLISHED
                self.save(update_fields=["status", "updated_at"])
            self.pending_changes.apply()


class PanelQuerySet(PublicationQuerySet):
    def published(self):
        return self.filter(meeting__status=Status.PUBLISHED)


class PanelManager(models.Manager.from_queryset(PanelQuerySet)):
    def get_by_natural_key(self, meeting_slug, position):
        return self.get(meeting__slug=meeting_slug, position=position)


class Panel(models.Model):
    """One session of a meeting, with its own line-up of speakers."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="panels")
    position = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=300)
    topic = models.CharField(max_length=500, blank=True)
    moderator = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="moderated_panels"
    )

    objects = PanelManager()

    class Meta:
        ordering = ["meeting", "position"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "position"], name="unique_panel_position"),
        ]

    def __str__(self):
        return f"{self.meeting.display_title}: {self.title}"

    def get_absolute_url(self):
        return url_former("minutes:panel_detail", "meeting_slug", "position")(
            self.meeting.slug, self.position
        )

    def natural_key(self):
        return (*self.meeting.natural_key(), self.position)

    natural_key.dependencies = ["minutes.meeting"]


class PanelistQuerySet(PublicationQuerySet):
    def published(self):
        return self.filter(panel__meeting__status=Status.PUBLISHED)


class PanelPlaceManager(models.Manager):
    """Natural keys for rows that have a position inside a panel."""

    def get_by_natural_key(self, meeting_slug, panel_position, position):
        return self.get(
            panel__meeting__slug=meeting_slug, panel__position=panel_position, position=position
        )


class Panelist(models.Model):
    """One place in a panel's line-up: who spoke, and as whom."""

    panel = models.ForeignKey(Panel, on_delete=models.CASCADE, related_name="panelists")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="panel_places")
    position = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=300, blank=True, help_text="Title of the talk.")
    role = models.CharField(max_length=300, blank=True, help_text="Role printed at the time.")
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="panel_places",
        help_text="Organisation printed at the time.",
    )
    biography = models.TextField(
        blank=True, help_text="Biography as printed for this meeting, if not the current one."
    )

    objects = PanelPlaceManager.from_queryset(PanelistQuerySet)()

    class Meta:
        ordering = ["panel", "position"]
        constraints = [
            models.UniqueConstraint(fields=["panel", "position"], name="unique_panelist_position"),
            models.UniqueConstraint(fields=["panel", "person"], name="unique_panelist_person"),
        ]

    def __str__(self):
        return f"{self.person} ({self.attribution})" if self.attribution else str(self.person)

    def natural_key(self):
        return (*self.panel.natural_key(), self.position)

    natural_key.dependencies = ["minutes.panel", "people.person"]

    @property
    def attribution(self) -> str:
        """The role and organisation printed beside the name."""
        organisation = self.organisation.name if self.organisation_id else ""
        return ", ".join(part for part in (self.role, organisation) if part)


class AttendanceQuerySet(PublicationQuerySet):
    def published(self):
        return self.filter(meeting__status=Status.PUBLISHED)


class AttendanceManager(models.Manager.from_queryset(AttendanceQuerySet)):
    def get_by_natural_key(self, meeting_slug, person_slug, group=""):
        return self.get(meeting__slug=meeting_slug, person__slug=person_slug, group=group)


class Attendance(models.Model):
    """Someone listed at a meeting (present, absent, in the chair…), whether or not they spoke.

    One row per list a person is in: the minutes may name the same person as present and as
    in the chair."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="attendances")
    role = models.CharField(max_length=200, blank=True, help_text="As printed, e.g. 'Chairman'.")
    group = models.CharField(max_length=200, blank=True, help_text="e.g. 'Members present'.")

    objects = AttendanceManager()

    class Meta:
        ordering = ["meeting", "group", "person"]
        verbose_name_plural = "attendance"
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "person", "group"], name="unique_attendance_per_group"
            ),
        ]

    def __str__(self):
        return f"{self.person} at {self.meeting}"

    def natural_key(self):
        return (self.meeting.slug, self.person.slug, self.group)

    natural_key.dependencies = ["minutes.meeting", "people.person"]
