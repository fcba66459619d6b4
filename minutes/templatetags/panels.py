"""A panel's body on the meeting and panel pages (line-up, theme chips, statements), in a
Jinja2 template (minutes/jinja2/minutes/panel_section.html): Django's engine took longer over
the line-up and the chips than over every statement of a 100-statement meeting."""

from django import template

from minutes.presentation.jinja import fragment

register = template.Library()


@register.simple_tag
def panel_section(panel, theme=None, sub: int = 3):
    """Moderator, line-up, theme chips and statements of a panel the meeting view prepared;
    `theme` is the current narrowing, `sub` the level of the section's headings."""
    return fragment("minutes/panel_section.html", panel=panel, theme=theme, sub=int(sub))
