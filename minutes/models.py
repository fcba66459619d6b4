"""Meetings and what was said at them, panel by panel, tagged by theme."""

from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.functional import cached_property

from core.aggregate_cache import cached_aggregate
from minutes.links import url_former
from people.models import Organisation, Person, SlugManager


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class StatementKind(models.TextChoices):
    REMARK = "remark", "Remark"
    QUESTION = "question", "Question"
    ANSWER = "answer", "Answer"
    PROCEDURAL = "procedural", "Procedural"
    NARRATIVE = "narrative", "Narrative"


class Theme(models.Model):
    """A subject statements are tagged with, such as biosecurity."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    description = models.TextField(blank=True)
    keywords = models.TextField(
        blank=True, help_text="Comma-separated words and phrases that suggest this theme."
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )

    objects = SlugManager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return url_former("minutes:theme_detail", "slug")(self.slug)

    def natural_key(self):
        return (self.slug,)

    @property
    def keyword_list(self) -> list[str]:
        return [word.strip() for word in self.keywords.split(",") if word.strip()]

    @cached_property
    def link_count(self) -> int:
        """Statements tagged with the theme, drafts included, from the link table's index
        alone; kept until the records change."""
        return cached_aggregate(
            name="theme-links",
            parts=(self.pk,),
            compute=Statement.themes.through.objects.filter(theme=self).count,
        )


class MeetingQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def visible_to(self, user):
        """Everything for staff (who preview drafts), published meetings for everyone else."""
        return self if user.is_staff else self.published()


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
        records (minutes.pending); PendingChangeError, with nothing written, if one cannot be."""
        with transaction.atomic():
            if not self.is_published:
                self.status = Status.PUBLISHED
                self.save(update_fields=["status", "updated_at"])
            self.pending_changes.apply()


class PanelQuerySet(models.QuerySet):
    def published(self):
        return self.filter(meeting__status=Status.PUBLISHED)

    def visible_to(self, user):
        return self if user.is_staff else self.published()


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

    objects = PanelPlaceManager()

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


# Below this many tagged statements, sorting a theme's statements is cheaper than walking
# meetings newest first until a page is full (the walk reads about 100 x archive / theme-size
# statements).
SMALL_THEME = 2000


class StatementQuerySet(models.QuerySet):
    def with_theme_ids(self):
        """Each statement's theme ids as `theme_ids`, "3,7" (see ThemeIds)."""
        return self.annotate(theme_ids=ThemeIds("pk"))

    def published(self):
        return self.filter(panel__meeting__status=Status.PUBLISHED)

    def visible_to(self, user):
        return self if user.is_staff else self.published()

    def for_theme(self, theme: Theme):
        # EXISTS, not a join on the link table: ordered by meeting, the database can then walk
        # meetings newest first and stop once a page is full, instead of sorting every
        # statement of the theme (tens of thousands in a large archive) for each page.
        links = Statement.themes.through.objects.filter(statement=models.OuterRef("pk"))
        return self.filter(models.Exists(links.filter(theme=theme)))

    def tagged_with(self, theme: Theme):
        """Tagged with the theme, by the cheaper plan for the theme's size: a join for a
        small theme (sorting its few statements beats walking meetings until a page is
        full), `for_theme`'s EXISTS for a large one, told apart by a count on the link
        table's index (kept until the records change)."""
        if theme.link_count < SMALL_THEME:
            return self.filter(themes=theme)
        return self.for_theme(theme)

    def for_organisation(self, organisation: Organisation):
        """Said for the organisation or one below it, as printed in the line-up at the time."""
        # Both conditions in one filter() call, so that they hold for the same line-up row.
        return self.filter(
            panel__panelists__person=F("speaker"),
            panel__panelists__organisation__in=Organisation.objects.descendant_ids(organisation),
        )

    def add_theme(self, theme: Theme) -> list[int]:
        """Tag these statements with the theme; returns the ids of those that lacked it."""
        through = Statement.themes.through
        ids = list(self.exclude(themes=theme).values_list("pk", flat=True))
        through.objects.bulk_create(
            [through(statement_id=pk, theme=theme) for pk in ids], ignore_conflicts=True
        )
        return ids

    def remove_theme(self, theme: Theme) -> list[int]:
        """Untag these statements; returns the ids of those that had the theme."""
        links = Statement.themes.through.objects.filter(
            theme=theme, statement__in=self.values("pk")
        )
        ids = list(links.values_list("statement_id", flat=True))
        links.delete()
        return ids

    def in_reading_order(self):
        return self.order_by(
            "-panel__meeting__date", "panel__meeting__slug", "panel__position", "position"
        )


class Statement(models.Model):
    """One paragraph of what was said, verbatim, by one speaker on one panel."""

    panel = models.ForeignKey(Panel, on_delete=models.CASCADE, related_name="statements")
    speaker = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="statements"
    )
    position = models.PositiveIntegerField()
    text = models.TextField()
    kind = models.CharField(
        max_length=12, choices=StatementKind.choices, default=StatementKind.REMARK
    )
    themes = models.ManyToManyField(Theme, blank=True, related_name="statements")
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = PanelPlaceManager.from_queryset(StatementQuerySet)()

    class Meta:
        ordering = ["panel", "position"]
        constraints = [
            models.UniqueConstraint(fields=["panel", "position"], name="unique_statement_position"),
            models.CheckConstraint(condition=~models.Q(text=""), name="statement_has_text"),
        ]
        indexes = [models.Index(fields=["speaker", "panel"], name="statement_speaker_panel")]

    def __str__(self):
        speaker = self.speaker.name if self.speaker_id else "Narrative"
        return f"{speaker}: {self.text[:60]}"

    def get_absolute_url(self):
        return url_former("minutes:statement_detail", "pk")(self.pk)

    def natural_key(self):
        return (*self.panel.natural_key(), self.position)

    natural_key.dependencies = ["minutes.panel", "people.person", "minutes.theme"]

    @property
    def anchor(self) -> str:
        return f"s{self.pk}"

    def speaker_place(self) -> "Panelist | None":
        """The speaker's place in the panel's line-up: their role and organisation at the time.

        Reads `panel.lineup` where a list prefetched it (Prefetch(..., to_attr="lineup")),
        so that a list of statements costs no query per row.
        """
        if self.speaker_id is None:
            return None
        lineup = getattr(self.panel, "lineup", None)
        if lineup is None:
            return (
                self.panel.panelists.select_related("organisation")
                .filter(person_id=self.speaker_id)
                .first()
            )
        return next((place for place in lineup if place.person_id == self.speaker_id), None)


class ThemeIds(models.Func):
    """A statement's theme ids as one string, comma-separated, in no particular order.

    A subquery written out rather than built from a QuerySet (compiling that one cost a
    tenth of an API request), and no join: a statement's row is not repeated per theme.
    """

    links = Statement.themes.through._meta.db_table
    template = f"(SELECT GROUP_CONCAT(theme_id) FROM {links} WHERE statement_id = %(expressions)s)"
    output_field = models.CharField()

    def as_postgresql(self, compiler, connection, **extra_context):
        template = (
            f"(SELECT STRING_AGG(theme_id::text, ',') FROM {self.links} "
            "WHERE statement_id = %(expressions)s)"
        )
        return self.as_sql(compiler, connection, template=template, **extra_context)


class AttendanceManager(models.Manager):
    def get_by_natural_key(self, meeting_slug, person_slug):
        return self.get(meeting__slug=meeting_slug, person__slug=person_slug)


class Attendance(models.Model):
    """Someone present at a meeting, whether or not they spoke."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="attendances")
    role = models.CharField(max_length=200, blank=True, help_text="As printed, e.g. 'Chairman'.")
    group = models.CharField(max_length=200, blank=True, help_text="e.g. 'Members present'.")

    objects = AttendanceManager()

    class Meta:
        ordering = ["meeting", "group", "person"]
        verbose_name_plural = "attendance"
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="unique_attendance"),
        ]

    def __str__(self):
        return f"{self.person} at {self.meeting}"

    def natural_key(self):
        return (self.meeting.slug, self.person.slug)

    natural_key.dependencies = ["minutes.meeting", "people.person"]


# A draft's changes to shared records, applied by Meeting.publish.
# Registered with the history as soon as the models exist, before any admin registers them.
from . import history  # noqa: E402, F401
from .pending import PendingChange  # noqa: E402, F401
