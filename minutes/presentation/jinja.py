"""The Jinja2 templates (minutes/jinja2/): the bodies of the meeting and panel pages (facts,
contents, matrix, line-ups, statements), and the long lists of the theme and statement-list
pages (statements, the timeline).

Django's template engine rendered 154 statements in about 6 ms; these compiled templates take
about 1 ms (bench/README.md). Django's Jinja2 backend (the second entry of settings.TEMPLATES)
builds the environment here, with autoescaping on; template tags in minutes/templatetags/ put
what a template renders into the Django pages with `fragment()`.
"""

from django.contrib.humanize.templatetags.humanize import intcomma
from django.template import engines
from django.template.defaultfilters import filesizeformat, linebreaks_filter
from jinja2 import Environment, Template
from jinja2.environment import TemplateModule

from minutes.presentation.addresses import web_url
from minutes.presentation.dates import day


def environment(**options) -> Environment:
    """The environment Django's Jinja2 backend renders with (settings.TEMPLATES)."""
    # Block tags on lines of their own leave no blank lines: the markup comes out as the
    # templates it replaced wrote it.
    env = Environment(**{"trim_blocks": True, "lstrip_blocks": True, **options})
    env.filters.update(
        day=day,
        filesize=filesizeformat,  # Django's: Jinja2's own filesizeformat counts otherwise
        intcomma=intcomma,
        linebreaks=lambda text: linebreaks_filter(text, autoescape=True),  # Django's filter
        paragraph_lines=paragraph_lines,
        web_url=web_url,
    )
    return env


def fragment(template_name: str, **context) -> TemplateModule:
    """What a template of minutes/jinja2/ renders with `context`, for a Django template: as
    HTML, since Jinja2 declares its own autoescaped output so (`__html__`), as Django does."""
    return jinja_template(template_name).make_module(context)


def jinja_template(template_name: str) -> Template:
    """A template of minutes/jinja2/ as Jinja2 has it, its macros on `.module`."""
    return engines["jinja2"].env.get_template(template_name)


def paragraph_lines(text: str) -> list[list[str]]:
    """The lines of each paragraph: paragraphs split at blank lines, empty ones dropped, as the
    `linebreaks` filter splits them."""
    if "\n" not in text and "\r" not in text:
        return [[text]]  # the usual case: a statement is one paragraph
    blocks = text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n")
    return [block.strip("\n").split("\n") for block in blocks if block.strip("\n")]
