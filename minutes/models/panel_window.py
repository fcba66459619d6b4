"""A speaker's statements paged a few panels at a time: what `StatementQuerySet.panel_window()`
returns. Sorting everything a prolific speaker said costs in proportion to all of it; their
panels are far fewer."""

from bisect import bisect_left, bisect_right
from itertools import accumulate

from django.db.models import Count, QuerySet

from core.aggregate_cache import cached_aggregate

from .meetings import Panel
from .publication import Status


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
