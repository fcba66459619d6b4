"""A theme's timeline in a Jinja2 template (minutes/jinja2/minutes/includes/theme_timeline.html):
its two Django template loops, a dozen lookups and filters per meeting, were half of
rendering a theme page."""

from django import template

from minutes.presentation.jinja import fragment

register = template.Library()


@register.simple_tag
def theme_timeline(timeline, theme, limit: int):
    """The chart and its table; `limit` is the most meetings a timeline shows."""
    return fragment(
        "minutes/includes/theme_timeline.html", timeline=timeline, theme=theme, limit=limit
    )
