"""Statement articles: the rows of minutes.views.statement_rows in a Jinja2 template
(minutes/jinja2/minutes/statement_articles.html), since a meeting page can hold a thousand."""

from django import template

from minutes.jinja import fragment

register = template.Library()


@register.simple_tag
def statement_articles(rows: list[dict]):
    """One `<article id="s{pk}">` per row from `minutes.views.statement_rows.StatementRows`."""
    return fragment("minutes/statement_articles.html", rows=rows)
