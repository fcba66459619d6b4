"""Statement articles: the rows of minutes.presentation.statement_rows in a Jinja2 template
(minutes/jinja2/minutes/statement_articles.html), since a meeting page can hold a thousand."""

from django import template

from minutes.presentation.jinja import jinja_template

register = template.Library()


@register.simple_tag
def statement_articles(rows: list[dict]):
    """One `<article id="s{pk}">` per row of
    `minutes.presentation.statement_rows.StatementRows`."""
    return jinja_template("minutes/statement_articles.html").module.articles(rows)
