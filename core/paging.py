"""A paginator for long lists of statements that is told its total rather than counting it.

Django's paginator counts the whole filtered join on every page; on a large archive that
costs in proportion to everything matched. Totals come instead from the narrow link or speaker
indexes less what sits in draft meetings (few at any time), kept until the records change.
"""

from collections.abc import Callable

from django.core.paginator import Paginator
from django.utils.functional import cached_property


class CountedPaginator(Paginator):
    """A paginator given its total by a function, counted more cheaply than COUNT(*)."""

    def __init__(self, object_list, per_page, *, count: Callable[[], int], **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_function = count

    @cached_property
    def count(self) -> int:
        return self.count_function()
