"""A panel's line-up and theme chips, built in Python like its statements.

Rendered by the template language, these two loops (a few lines of markup per speaker and per
theme, each with a handful of lookups and filters) cost more than every statement of a
100-statement meeting page rendered by `statement_articles`. Every value from the records
goes through `escape()` (or `linebreaks()` with escaping) before it is joined.
"""

from html import escape

from django import template
from django.utils.html import linebreaks
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

PLACE = (
    '  <li id="{anchor}-{slug}">\n'
    '    <p class="name"><a href="{url}">{name}</a>{talk}</p>\n'
    "{attribution}{biography}"
    "  </li>\n"
)
TALK = ': <span class="talk">{}</span>'
ATTRIBUTION = '    <p class="attribution">{}</p>\n'
ORGANISATION = '<a href="{url}">{name}</a>'
BIOGRAPHY = (
    "    <details>\n"
    '      <summary>Biography<span class="visually-hidden"> of {name}</span></summary>\n'
    "      {text}\n"
    "    </details>\n"
)
CHIP = (
    '<li><a class="chip" href="?theme={slug}#{anchor}"{current}>{name} <span class="count">'
    '{count}<span class="visually-hidden"> statement{plural}</span></span></a></li>'
)


@register.simple_tag
def lineup_items(panel) -> SafeString:
    """The `<li>` of each place in `panel.lineup` (Panelists with person and organisation,
    given `person_url` and `organisation_url` by the view), as in `<ol class="lineup">`."""
    anchor = escape(panel.anchor)
    return mark_safe("".join(_place(place, anchor) for place in panel.lineup))  # escaped below


@register.simple_tag
def theme_count_chips(panel, theme=None) -> SafeString:
    """A chip per theme of the panel with its statement count, linking to those statements."""
    anchor = escape(panel.anchor)
    current = getattr(theme, "pk", None)
    chips = [
        CHIP.format(
            slug=escape(chip["slug"]),
            anchor=anchor,
            current=' aria-current="true"' if chip["pk"] == current else "",
            name=escape(chip["name"]),
            count=chip["count"],
            plural="" if chip["count"] == 1 else "s",
        )
        for chip in panel.theme_counts
    ]
    return mark_safe("".join(chips))  # every value escaped above


def _place(place, anchor: str) -> str:
    person, organisation = place.person, place.organisation
    name = escape(person.name)
    attribution = escape(place.role)
    if organisation:
        link = ORGANISATION.format(
            url=escape(place.organisation_url), name=escape(organisation.name)
        )
        attribution = f"{attribution}, {link}" if attribution else link
    biography = place.biography or person.biography
    return PLACE.format(
        anchor=anchor,
        slug=escape(person.slug),
        url=escape(place.person_url),
        name=name,
        talk=TALK.format(escape(place.title)) if place.title else "",
        attribution=ATTRIBUTION.format(attribution) if attribution else "",
        biography=BIOGRAPHY.format(name=name, text=linebreaks(biography, autoescape=True))
        if biography
        else "",
    )
