"""Standard exports of the published records: CSV and Popolo JSON."""

from django.db.models import Prefetch, QuerySet

from minutes.models import Panelist, Theme


def statements_for_export(statements: QuerySet) -> QuerySet:
    """Statements with everything an export row reads, fetched in a fixed number of queries."""
    return (
        statements.select_related("panel__meeting", "speaker")
        .prefetch_related(
            Prefetch(
                "panel__panelists",
                queryset=Panelist.objects.select_related("organisation").order_by("position"),
                to_attr="lineup",
            ),
            Prefetch("themes", queryset=Theme.objects.order_by("name"), to_attr="theme_list"),
        )
        .in_reading_order()
    )
