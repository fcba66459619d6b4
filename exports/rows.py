"""What every export reads of a statement, fetched in a fixed number of queries."""

from django.db.models import Prefetch, QuerySet

from minutes.models import Theme


def statements_for_export(statements: QuerySet) -> QuerySet:
    """Statements in reading order with their meeting, speaker, the line-up of their panel (for
    the speaker's role and organisation at the time) and their themes in name order."""
    return (
        statements.select_related("panel__meeting", "speaker")
        .with_lineups()
        .prefetch_related(
            Prefetch("themes", queryset=Theme.objects.order_by("name"), to_attr="theme_list")
        )
        .in_reading_order()
    )
