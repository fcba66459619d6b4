"""Template tags for citing: a statement's absolute permalink and its citations."""

from django import template

from minutes.models import Statement
from minutes.presentation.citations import Citation, cite, plain_text

register = template.Library()


@register.simple_tag(takes_context=True)
def absolute_url(context, obj) -> str:
    """The object's permalink with scheme and host, as it is cited and printed."""
    return context["request"].build_absolute_uri(obj.get_absolute_url())


@register.simple_tag(takes_context=True)
def citation(context, statement: Statement) -> Citation:
    """Every format: `{% citation statement as cited %}`."""
    return cite(statement=statement, url=absolute_url(context, statement))


@register.simple_tag(takes_context=True)
def citation_text(context, statement: Statement) -> str:
    return plain_text(statement=statement, url=absolute_url(context, statement))
