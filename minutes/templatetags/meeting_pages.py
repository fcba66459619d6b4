"""The bodies of the meeting and panel pages, each one Jinja2 template (minutes/jinja2/minutes/
meeting_body.html and panel_body.html): Django's engine took several times as long over the
line-ups, the matrix and the statements, and a Jinja2 fragment per part cost a context each."""

from django import template

from core.links import url_former
from minutes.presentation.jinja import fragment

register = template.Library()


def _body_context(context) -> dict:
    """What both bodies read of the page's context (see MeetingDetailView)."""
    request = context["request"]
    return {
        "meeting": context["meeting"],
        "panels": context["panels"],
        "matrix": context["matrix"],
        "theme": context["theme"],
        "speaker": context["speaker"],
        "shown_count": context["shown_count"],
        "path": request.path,
        "user": request.user,
    }


@register.simple_tag(takes_context=True)
def meeting_body(context):
    """Facts, contents, matrix and every panel of the meeting page."""
    return fragment("minutes/meeting_body.html", **_body_context(context))


@register.simple_tag(takes_context=True)
def panel_body(context):
    """Breadcrumbs, matrix and the panel of the panel page."""
    return fragment(
        "minutes/panel_body.html",
        **_body_context(context),
        panel=context["panel"],
        meeting_list_url=url_former("minutes:meeting_list")(),
    )
