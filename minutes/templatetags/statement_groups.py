"""Lists of statements (a person's, an organisation's, a theme's, a filtered list) nested by
meeting and then by panel."""

from django import template

from minutes.presentation.citations import cite_rows
from minutes.presentation.jinja import fragment
from minutes.presentation.statement_rows import StatementRows

register = template.Library()


@register.inclusion_tag("minutes/statement_groups.html", takes_context=True)
def statement_groups(context, statements, level: int, cite: bool = False) -> dict:
    """A page of statements (ordered, e.g. a ListView's `object_list`) grouped by meeting and
    panel; `level` is the meeting headings' level; `cite` gives each its "Cite", as on the
    meeting page."""
    groups = StatementRows(context["request"]).grouped_by_meeting(statements)
    if cite:
        for group in groups:
            for item in group["panels"]:
                cite_rows(item["statements"], item["panel"])
    return {"groups": groups, "level": int(level)}


@register.simple_tag
def grouped_articles(groups: list[dict], level: int):
    """The groups' headings and statement articles, by the Jinja2 template of the same name."""
    return fragment("minutes/statement_groups.html", groups=groups, level=level)
