"""Lists of statements (a person's, an organisation's, a theme's, a filtered list) nested by
meeting and then by panel."""

from django import template

from minutes.views.statement_rows import StatementRows

register = template.Library()


@register.inclusion_tag("minutes/statement_groups.html", takes_context=True)
def statement_groups(context, statements, level: int) -> dict:
    """A page of statements (ordered, e.g. a ListView's `object_list`) grouped by meeting and
    panel; `level` is the meeting headings' level."""
    rows = StatementRows(context["request"])
    return {"groups": rows.grouped_by_meeting(statements), "level": level}
