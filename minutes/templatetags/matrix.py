"""The meeting matrix, built in Python: a template loop over every speaker-by-theme
cell was the largest part of rendering a meeting page (about 7 of 14 ms of CPU for a meeting
of 100 statements); this takes well under one. Values from the records go through `escape()`.
"""

from html import escape

from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

COLUMN = (
    '<th scope="col" class="matrix-theme"><a href="{path}?theme={slug}"><span>{name}</span></a>'
    "</th>"
)
CELL_EMPTY = (
    '<td class="heat-0"><span aria-hidden="true">·</span>'
    '<span class="visually-hidden">none</span></td>'
)


@register.simple_tag
def matrix_columns(matrix, path: str) -> SafeString:
    """A column heading per theme of a `ThemeMatrix`, linking to its statements."""
    path = escape(path)
    columns = [
        COLUMN.format(path=path, slug=escape(theme["slug"]), name=escape(theme["name"]))
        for theme in matrix.themes
    ]
    return mark_safe("".join(columns))  # every value escaped above


@register.simple_tag
def matrix_totals(matrix) -> SafeString:
    """A cell per column with the statements on its theme."""
    return mark_safe("".join(f"<td>{total}</td>" for total in matrix.theme_totals))  # ints


@register.simple_tag
def matrix_groups(matrix, path: str, theme=None, speaker=None) -> SafeString:
    """One `<tbody>` per panel of a `minutes.theme_statistics.ThemeMatrix`, a row per speaker."""
    path = escape(path)
    columns = len(matrix.themes) + 1
    current = (getattr(theme, "slug", None), getattr(speaker, "pk", None))
    # Each theme's slug and name, escaped once rather than in every cell of its column.
    escaped = {t["pk"]: (escape(t["slug"]), escape(t["name"])) for t in matrix.themes}
    out = []
    for group in matrix.groups:
        anchor = escape(group.panel.anchor)
        out.append(
            f'<tbody>\n<tr class="matrix-panel"><th scope="colgroup" colspan="{columns}">'
            f"{escape(group.panel.title)}</th></tr>\n"
        )
        for row in group.rows:
            name = escape(row.person.name)
            slug = escape(row.person.slug)
            current_theme = row.person.pk == current[1] and current[0]  # the row is the speaker
            cells = [
                _cell(cell, path, slug, anchor, name, escaped[cell.theme["pk"]], current_theme)
                if cell.count
                else CELL_EMPTY
                for cell in row.cells
            ]
            out.append(
                f'<tr><th scope="row" class="matrix-speaker">{name}</th>{"".join(cells)}</tr>\n'
            )
        out.append("</tbody>\n")
    return mark_safe("".join(out))  # every value escaped above


def _cell(cell, path: str, speaker: str, anchor: str, name: str, theme: tuple, current) -> str:
    """A count linking to its statements (an f-string: str.format cost more, once per cell)."""
    slug, theme_name = theme
    marked = ' aria-current="true"' if current and cell.theme["slug"] == current else ""
    return (
        f'<td class="heat-{cell.level}"><a href="{path}?theme={slug}&amp;speaker={speaker}'
        f'#{anchor}"{marked}>{cell.count}<span class="visually-hidden"> by {name} on'
        f" {theme_name}</span></a></td>"
    )
