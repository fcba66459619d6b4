"""The meeting matrix in a Jinja2 template (minutes/jinja2/minutes/includes/theme_matrix.html):
a Django template loop over every speaker-by-theme cell was half of rendering a meeting page."""

from django import template

from minutes.presentation.jinja import fragment

register = template.Library()


@register.simple_tag(takes_context=True)
def theme_matrix(context):
    """Who spoke to which theme, from the page's `matrix`, linking to this page's statements
    narrowed by the page's `theme` and `speaker` (see the template for the context)."""
    return fragment(
        "minutes/includes/theme_matrix.html",
        matrix=context.get("matrix"),
        path=context["request"].path,
        theme=context.get("theme"),
        speaker=context.get("speaker"),
    )
