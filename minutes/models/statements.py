"""Statements: what was said, paragraph by paragraph, and how lists of them are read."""

from django.db import models
from django.db.models import F
from django.utils import timezone

from core.links import url_former
from people.models import Organisation, Person

from .meetings import Panel, Panelist, PanelPlaceManager
from .panel_window import PanelWindow
from .publication import PublicationQuerySet, Status


class StatementKind(models.TextChoices):
    REMARK = "remark", "Remark"
    QUESTION = "question", "Question"
    ANSWER = "answer", "Answer"
    PROCEDURAL = "procedural", "Procedural"
    NARRATIVE = "narrative", "Narrative"


# Below this many tagged statements, sorting a theme's statements is cheaper than walking
# meetings newest first until a page is full (the walk reads about 100 x archive / theme-size
# statements).
SMALL_THEME = 2000


class StatementQuerySet(PublicationQuerySet):
    def with_theme_ids(self):
        """Each statement's theme ids as `theme_ids`, "3,7" (see ThemeIds)."""
        return self.annotate(theme_ids=ThemeIds("pk"))

    def published(self):
        return self.filter(panel__meeting__status=Status.PUBLISHED)

    def in_drafts(self):
        return self.filter(panel__meeting__status=Status.DRAFT)

    def outside_drafts(self):
        """The published ones, checked against the few draft panels instead of joining every
        statement to its panel and meeting (so an index on the statement table alone can
        answer, e.g. the speaker index for everything one person said)."""
        return self.exclude(panel__in=Panel.objects.filter(meeting__status=Status.DRAFT))

    def published_count(self) -> int:
        """How many are published: all of them less those in drafts (two index counts rather
        than a join of every statement to its meeting)."""
        return self.count() - self.in_drafts().count()

    def with_speaker_place(self):
        """Each statement joined to its speaker's place in the panel's line-up, as `place`:
        the role and organisation printed beside the speaker at the time (`place__role`,
        `place__organisation__name`, …). A person has at most one place on a panel."""
        return self.annotate(
            place=models.FilteredRelation(
                "panel__panelists", condition=models.Q(panel__panelists__person=F("speaker"))
            )
        )

    def with_lineups(self):
        """Statements with their panel's line-up prefetched as `panel.lineup`, in order, with
        organisations: what `Statement.speaker_place()` reads for model instances."""
        return self.prefetch_related(
            models.Prefetch(
                "panel__panelists",
                queryset=Panelist.objects.select_related("organisation").order_by("position"),
                to_attr="lineup",
            )
        )

    def panel_window(self, *, cache_as: tuple | None = None) -> PanelWindow:
        """The published ones in reading order, sliced a few panels at a time (PanelWindow)."""
        return PanelWindow(self, cache_as=cache_as)

    def theme_ranking(self, *, limit: int | None = None) -> list:
        """Their themes, most frequent first (see ThemeQuerySet.ranked_for)."""
        themes = self.model._meta.get_field("themes").related_model
        return themes.objects.ranked_for(self, limit=limit)

    def for_theme(self, theme):
        # EXISTS, not a join on the link table: ordered by meeting, the database can then walk
        # meetings newest first and stop once a page is full, instead of sorting every
        # statement of the theme (tens of thousands in a large archive) for each page.
        links = Statement.themes.through.objects.filter(statement=models.OuterRef("pk"))
        return self.filter(models.Exists(links.filter(theme=theme)))

    def tagged_with(self, theme):
        """Tagged with the theme, by the cheaper plan for the theme's size: a join for a
        small theme (sorting its few statements beats walking meetings until a page is
        full), `for_theme`'s EXISTS for a large one, told apart by a count on the link
        table's index (kept until the records change)."""
        if theme.link_count < SMALL_THEME:
            return self.filter(themes=theme)
        return self.for_theme(theme)

    def for_organisation(self, organisation: Organisation):
        """Said for the organisation or one below it, as printed in the line-up at the time."""
        return self.spoken_for(Organisation.objects.descendant_ids(organisation))

    def spoken_for(self, organisation_ids: list[int]):
        """Said for any of these organisations, as printed in the line-up at the time."""
        return self.with_speaker_place().filter(place__organisation__in=organisation_ids)

    def add_theme(self, theme) -> list[int]:
        """Tag these statements with the theme; returns the ids of those that lacked it."""
        through = Statement.themes.through
        ids = list(self.exclude(themes=theme).values_list("pk", flat=True))
        through.objects.bulk_create(
            [through(statement_id=pk, theme=theme) for pk in ids], ignore_conflicts=True
        )
        return ids

    def remove_theme(self, theme) -> list[int]:
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
    themes = models.ManyToManyField("minutes.Theme", blank=True, related_name="statements")
    source_place = models.CharField(
        max_length=60,
        blank=True,
        help_text="Where in the source document it was read: 'page 3, paragraph 2', 'line 40'.",
    )
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
