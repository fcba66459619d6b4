"""Themes statements are tagged with, and the vocabulary lists read their ids against."""

from dataclasses import dataclass

from django.db import models
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property

from core.aggregate_cache import cached_aggregate
from core.links import url_former
from people.models import SharedRecordQuerySet, SlugManager, with_ancestor_ids

from .publication import Status
from .statements import Statement


def percent(count: int, largest: int) -> int:
    """A count as a whole percentage of the largest, at least 1 for anything above nothing."""
    if count <= 0 or largest <= 0:
        return 0
    return max(1, round(count * 100 / largest))


class ThemeQuerySet(SharedRecordQuerySet):
    def public(self):
        """Themes a published statement is tagged with, and the themes above them; kept
        until the records change."""
        ids = cached_aggregate(name="public-themes", parts=(), compute=self.public_ids)
        return self.filter(pk__in=ids)

    def public_ids(self) -> list[int]:
        tagged = Statement.objects.published().filter(themes=OuterRef("pk"))
        return with_ancestor_ids(self.model.objects.filter(Exists(tagged)))

    def with_statement_counts(self):
        """Each theme with `statement_count`, its number of published statements.

        Counted per theme on the link table's theme index, less the theme's statements in
        draft meetings (reached from the few drafts): a join of every statement with its panel
        and meeting, as a plain annotation does, took a second and a half on 600,000
        statements.
        """
        links = Statement.themes.through.objects
        tagged = links.filter(theme=OuterRef("pk")).order_by().values("theme")
        in_drafts = (
            Statement.objects.filter(panel__meeting__status=Status.DRAFT)
            .filter(Exists(links.filter(statement=OuterRef("pk"), theme=OuterRef(OuterRef("pk")))))
            .order_by()
            .values("panel__meeting__status")
        )
        return self.annotate(
            statement_count=Coalesce(Subquery(tagged.annotate(n=Count("*")).values("n")), 0)
            - Coalesce(Subquery(in_drafts.annotate(n=Count("*")).values("n")), 0)
        )

    def ranked_for(self, statements, *, limit: int | None = None) -> list["RankedTheme"]:
        """The themes of `statements`, most frequent first, in one query."""
        themes = (
            self.filter(statements__in=statements.values("pk"))
            .annotate(statement_count=Count("statements"))
            .order_by("-statement_count", "name")
        )
        themes = list(themes if limit is None else themes[:limit])
        largest = themes[0].statement_count if themes else 0
        return [
            RankedTheme(
                theme=theme,
                count=theme.statement_count,
                percent=percent(theme.statement_count, largest),
            )
            for theme in themes
        ]


class ThemeManager(SlugManager.from_queryset(ThemeQuerySet)):
    def counted(self, *, every: bool = False) -> list["Theme"]:
        """The public themes (`every` theme, for staff) in name order with `statement_count`,
        their number of published statements: counted over the whole archive, so kept until
        the records change."""
        themes = self.all() if every else self.public()
        return cached_aggregate(
            name="themes-with-counts",
            parts=(every,),
            compute=lambda: list(themes.with_statement_counts().order_by("name")),
        )

    def vocabulary(self) -> "ThemeVocabulary":
        """Every theme's name and slug, kept until the records change."""
        return ThemeVocabulary(
            cached_aggregate(name="theme-vocabulary", parts=(), compute=self.names_in_order)
        )

    def names_in_order(self) -> list[tuple[int, str, str]]:
        return list(self.order_by("name").values_list("pk", "name", "slug"))


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

    objects = ThemeManager()

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

    def published_statements(self):
        """Its published statements in reading order, by the cheaper plan for its size."""
        return Statement.objects.published().tagged_with(self).in_reading_order()

    def published_statement_count(self) -> int:
        """Its links less those of statements in drafts; kept until the records change."""
        return cached_aggregate(
            name="theme-published-count",
            parts=(self.pk,),
            compute=lambda: self.link_count - Statement.objects.for_theme(self).in_drafts().count(),
        )

    @cached_property
    def link_count(self) -> int:
        """Statements tagged with the theme, drafts included, from the link table's index
        alone; kept until the records change."""
        return cached_aggregate(
            name="theme-links",
            parts=(self.pk,),
            compute=self.statements.through.objects.filter(theme=self).count,
        )


@dataclass(frozen=True)
class RankedTheme:
    """A theme and how many of someone's statements are on it (percent: of the most
    frequent theme's count, for a bar)."""

    theme: Theme
    count: int
    percent: int


class ThemeVocabulary:
    """Themes by id, to read a statement's `theme_ids` (see ThemeIds)."""

    def __init__(self, ordered: list[tuple[int, str, str]]):
        self._read: dict[str | None, list[tuple[int, str, str]]] = {}
        self._learn(ordered)

    def themes(self, ids: str | None) -> list[tuple[int, str, str]]:
        """(pk, name, slug) of each theme in "3,7", in the order of names (the database's
        collation); the statements of a page share a few such lists, read once each."""
        themes = self._read.get(ids)
        if themes is None:
            pks = [int(pk) for pk in ids.split(",")] if ids else []
            if any(pk not in self.by_id for pk in pks):  # made since the list was cached
                self._learn(Theme.objects.names_in_order())
            themes = self._read[ids] = [self.by_id[pk] for pk in sorted(pks, key=self.place.get)]
        return themes

    def _learn(self, ordered: list[tuple[int, str, str]]) -> None:
        self.place = {theme[0]: place for place, theme in enumerate(ordered)}
        self.by_id = {theme[0]: theme for theme in ordered}
