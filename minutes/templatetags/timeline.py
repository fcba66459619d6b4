"""A theme timeline's columns and table rows, built in Python.

Each meeting on the timeline took a dozen lookups and filters in two template loops, about
half of rendering a theme page. Every value from the records goes through `escape()`.
"""

from html import escape

from django import template
from django.utils.safestring import SafeString, mark_safe

from core.links import url_former
from minutes.templatetags.records import formatted_date

register = template.Library()

COLUMN = (
    '      <rect class="timeline-column" x="{x}" y="{y}" width="{width}" height="{height}">'
    "<title>{title}, {date}: {count}</title></rect>\n"
)
ROW = (
    "        <tr>\n"
    '          <th scope="row"><a href="{url}">{title}</a></th>\n'
    '          <td><time datetime="{iso}">{date}</time></td>\n'
    '          <td class="number">{count}</td>\n'
    "        </tr>\n"
)


@register.simple_tag
def timeline_columns(timeline) -> SafeString:
    """An SVG `<rect>` per meeting of a `ThemeTimeline`, titled with its count."""
    columns = [
        COLUMN.format(
            x=point.x,
            y=point.y,
            width=point.width,
            height=point.height,
            title=escape(point.meeting.display_title),
            date=formatted_date(point.meeting.date, "j F Y"),
            count=point.count,
        )
        for point in timeline.points
    ]
    return mark_safe("".join(columns))  # numbers, dates and escaped text


@register.simple_tag
def timeline_rows(timeline, theme) -> SafeString:
    """A table row per meeting, linking to its statements on the theme where it has any."""
    meeting_url = url_former("minutes:meeting_detail", "slug")
    on_theme = f"?theme={escape(theme.slug)}"
    rows = [
        ROW.format(
            url=escape(meeting_url(point.meeting.slug)) + (on_theme if point.count else ""),
            title=escape(point.meeting.display_title),
            iso=point.meeting.date.isoformat(),
            date=formatted_date(point.meeting.date, "j M Y"),
            count=point.count,
        )
        for point in timeline.points
    ]
    return mark_safe("".join(rows))  # numbers, dates and escaped text
