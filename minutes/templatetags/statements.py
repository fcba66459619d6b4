"""Statement articles, built in Python because a meeting page can hold a thousand of them.

A template loop over a thousand statements took about 30 ms of a 50 ms page; this takes
about 5 ms. Every value from the records goes through `escape()` before it is joined.
"""

from html import escape
from operator import itemgetter

from django import template
from django.utils.safestring import SafeString, mark_safe

from minutes.templatetags.records import formatted_date

register = template.Library()

# The markup of an article and of its citation are f-strings in `_article`: str.format with
# keywords cost several times as much, once per statement.
SPEAKER = '<p class="speaker">{name}{kind}</p>'
CHIPS = '<ul class="chips" aria-label="Themes">{}</ul>'
CHIP = '<li><a class="chip" href="{url}">{name}</a></li>'
_PK = itemgetter("pk")


MEETING_HEADING = (
    '<h{level} class="meeting-heading"><a href="{url}">{title}</a> <span class="meta">'
    '<time datetime="{iso}">{date}</time></span></h{level}>'
)
PANEL_HEADING = '<h{level} class="panel-heading"><a href="{url}">{title}</a>{topic}</h{level}>'


@register.simple_tag
def meeting_heading(meeting, level: int) -> SafeString:
    """A meeting's heading above its statements in a list grouped by meeting and panel."""
    return mark_safe(  # escaped text, a date and a number
        MEETING_HEADING.format(
            level=int(level),
            url=escape(meeting.get_absolute_url()),
            title=escape(meeting.title),
            iso=meeting.date.isoformat(),
            date=formatted_date(meeting.date, "j F Y"),
        )
    )


@register.simple_tag
def panel_heading(panel, level: int) -> SafeString:
    """A panel's heading (title and topic) above its statements, one level below its meeting."""
    return mark_safe(  # escaped text and a number
        PANEL_HEADING.format(
            level=int(level),
            url=escape(panel.get_absolute_url()),
            title=escape(panel.title),
            topic=f": {escape(panel.topic)}" if panel.topic else "",
        )
    )


@register.simple_tag
def statement_articles(rows: list[dict]) -> SafeString:
    """One `<article id="s{pk}">` per row from `minutes.views.statement_rows.StatementRows`."""
    pieces: dict[tuple, str] = {}  # the markup of each speaker and theme, built once
    return mark_safe("".join(_article(row, pieces) for row in rows))  # all escaped below


def paragraphs(text: str) -> str:
    """Escaped text as `<p>`s split at blank lines, single line breaks as `<br>`.

    What the `linebreaks` filter does, at a fraction of its cost (no regular expression,
    no lazy-string wrappers) and without its empty paragraphs.
    """
    text = escape(text)
    if "\n" not in text and "\r" not in text:
        return f"<p>{text}</p>"  # the usual case: a statement is one paragraph
    blocks = text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n")
    return "".join(
        "<p>{}</p>".format(block.strip("\n").replace("\n", "<br>"))
        for block in blocks
        if block.strip("\n")
    )


def _article(row: dict, pieces: dict[tuple, str]) -> str:
    themes = row["themes"]
    citation = row.get("citation")
    permalink = escape(row["permalink"])
    classes = "statement continued" if row["continued"] else "statement"
    speaker = _speaker(row["speaker"], row["kind_label"], pieces)
    chips = _chips(themes, pieces) if themes else ""
    cite = ""
    if citation:  # where a row carries it (meeting and panel pages): compact, closed
        cite = (
            '<details class="cite-compact"><summary>Cite<span class="visually-hidden"> this'
            f' statement</span></summary><p class="citation">{escape(citation)}</p><p><a href="'
            f'{permalink}#cite">BibTeX and CSL-JSON<span class="visually-hidden"> for this'
            " statement</span></a></p></details>"
        )
    return (
        f'<article class="{classes}" id="{row["anchor"]}">{speaker}{paragraphs(row["text"])}'
        f'{chips}<p class="statement-link"><a class="permalink" href="{permalink}">Link to this'
        f" statement</a></p>{cite}</article>\n"
    )


def _speaker(speaker: dict | None, kind: str, pieces: dict[tuple, str]) -> str:
    key = ("speaker", speaker and speaker["pk"], kind)
    if key not in pieces:
        name = ""
        if speaker:
            name = f'<a href="{escape(speaker["url"])}">{escape(speaker["name"])}</a>'
        label = f' <span class="kind">{escape(kind)}</span>' if kind else ""
        pieces[key] = SPEAKER.format(name=name, kind=label) if name or label else ""
    return pieces[key]


def _chips(themes: list[dict], pieces: dict[tuple, str]) -> str:
    """The chip list of a set of themes; statements on a page share a few such sets."""
    key = tuple(map(_PK, themes))  # ints only: no clash with the other keys
    if key not in pieces:
        pieces[key] = CHIPS.format("".join(_chip(theme, pieces) for theme in themes))
    return pieces[key]


def _chip(theme: dict, pieces: dict[tuple, str]) -> str:
    key = ("theme", theme["pk"])
    if key not in pieces:
        pieces[key] = CHIP.format(url=escape(theme["url"]), name=escape(theme["name"]))
    return pieces[key]
