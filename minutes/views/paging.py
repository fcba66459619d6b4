"""Paging long lists of statements at a cost that does not grow with the archive.

A list in reading order (newest meeting first) sorts across three tables, and Django's
paginator counts the whole filtered join on every page. On a large archive both cost in
proportion to everything matched. Here totals come from the narrow link or speaker indexes
less what sits in draft meetings (few at any time), and rows are fetched so the database can
stop after a page: by walking meetings newest first (themes) or by reading only the panels a
page spans (people, who speak on a few hundred panels at most).
"""

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate

from django.core.paginator import Paginator
from django.db.models import Count, QuerySet
from django.utils.functional import cached_property

from core.aggregate_cache import cached_aggregate
from minutes.models import Panel, Statement, Status, Theme

ThemeLink = Statement.themes.through


class CountedPaginator(Paginator):
    """A paginator given its total by a function, counted more cheaply than COUNT(*)."""

    def __init__(self, object_list, per_page, *, count: Callable[[], int], **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_function = count

    @cached_property
    def count(self) -> int:
        return self.count_function()


def in_drafts(statements: QuerySet) -> QuerySet:
    return statements.filter(panel__meeting__status=Status.DRAFT)


def outside_drafts(statements: QuerySet) -> QuerySet:
    """The published ones among `statements`, checked against the few draft panels instead of
    joining every statement to its panel and meeting (so an index on the statement table
    alone can answer, e.g. the speaker index for everything one person said)."""
    return statements.exclude(panel__in=Panel.objects.filter(meeting__status=Status.DRAFT))


class ThemeStatements:
    """A theme's published statements in reading order, fetched and counted cheaply."""

    def __init__(self, theme: Theme):
        self.theme = theme

    def queryset(self) -> QuerySet:
        return Statement.objects.published().tagged_with(self.theme).in_reading_order()

    def count(self) -> int:
        """The theme's links less those of statements in drafts; kept until the records
        change."""
        return cached_aggregate(
            name="theme-published-count",
            parts=(self.theme.pk,),
            compute=lambda: (
                self.theme.link_count - in_drafts(Statement.objects.for_theme(self.theme)).count()
            ),
        )

    def paginator(self, queryset, per_page, **kwargs) -> CountedPaginator:
        return CountedPaginator(queryset, per_page, count=self.count, **kwargs)


def published_count(statements: QuerySet) -> int:  # used by the API's unfiltered list
    """Statements matching a filter in published meetings: all of them less those in drafts."""
    return statements.count() - in_drafts(statements).count()


class PanelWindow:
    """A speaker's published statements in reading order, read a few panels at a time.

    Sorting everything a prolific speaker said costs in proportion to all of it; their panels
    are far fewer. Panels are put in reading order with the number of the speaker's
    statements on each (from the speaker-and-panel index), and a page reads only the panels
    it spans. Sliced like a QuerySet, so Paginator and ListView use it as one.
    """

    def __init__(self, statements: QuerySet, *, cache_as: tuple | None = None):
        """`cache_as` names the statements (("speaker", pk), say) to keep their panels and
        counts until the records change, rather than count them on every page."""
        if cache_as is None:
            self.panels, self.starts = self._layout(statements)
        else:
            self.panels, self.starts = cached_aggregate(
                name="panel-window", parts=cache_as, compute=lambda: self._layout(statements)
            )
        self.statements = statements.in_reading_order()

    @staticmethod
    def _layout(statements: QuerySet) -> tuple[list[int], list[int]]:
        """The published panels in reading order, and where each one's statements start."""
        per_panel = dict(statements.values_list("panel_id").annotate(n=Count("pk")).order_by())
        panels = list(
            # The ids themselves (a few hundred), not a subquery: the database then looks
            # panels up by key instead of walking every published meeting to test each.
            Panel.objects.filter(pk__in=list(per_panel), meeting__status=Status.PUBLISHED)
            .order_by("-meeting__date", "meeting__slug", "position")
            .values_list("pk", flat=True)
        )
        return panels, list(accumulate((per_panel[pk] for pk in panels), initial=0))

    def count(self) -> int:
        return self.starts[-1]

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> QuerySet:
        start, stop = window.start or 0, min(window.stop, self.count())
        if start >= stop:
            return self.statements.none()
        first = bisect_right(self.starts, start) - 1
        last = bisect_left(self.starts, stop)
        offset = start - self.starts[first]
        rows = self.statements.filter(panel_id__in=self.panels[first:last])
        return rows[offset : offset + stop - start]
