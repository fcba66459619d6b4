"""Statements as CSV, one row each, written as a stream so that any number fits in memory.

A cell that a spreadsheet would read as a formula (=, +, -, @, a tab or a carriage return
first) is written with an apostrophe before it, as OWASP recommends against CSV injection:
"-5 per cent" opens as text and "=HYPERLINK(…)" does not run. The JSON, Popolo and meeting-file
exports are not spreadsheets and stay verbatim.
"""

import csv
from collections.abc import Iterable, Iterator

from django.db.models import QuerySet

from core.links import statement_url_template
from minutes.models import Statement

from .rows import statements_for_export

HEADER = [
    "id",
    "meeting",
    "meeting_title",
    "date",
    "panel",
    "position",
    "speaker",
    "role",
    "organisation",
    "kind",
    "themes",
    "text",
    "permalink",
]
# Rows fetched per query while streaming; prefetches run once per chunk.
CHUNK_SIZE = 500
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: str) -> str:
    """The cell as a spreadsheet will show it as text, never run it as a formula."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


def statement_row(*, statement: Statement, permalink_template: str) -> list[str]:
    """One statement as CSV cells; role and organisation are those printed at the time."""
    meeting = statement.panel.meeting
    place = statement.speaker_place()
    organisation = place.organisation if place else None
    return [
        str(statement.pk),
        meeting.slug,
        meeting.title,
        meeting.date.isoformat(),
        statement.panel.title,
        str(statement.position),
        statement.speaker.name if statement.speaker else "",
        place.role if place else "",
        organisation.name if organisation else "",
        statement.kind,
        "; ".join(theme.name for theme in statement.theme_list),
        statement.text,
        permalink_template.format(statement.pk),
    ]


class _Echo:
    """A file-like object whose write() returns what it was given, for csv.writer."""

    def write(self, value: str) -> str:
        return value


def csv_lines(*, statements: QuerySet, base_url: str) -> Iterator[str]:
    """The header and one CSV line per statement, fetched chunk by chunk."""
    writer = csv.writer(_Echo())
    template = statement_url_template(base_url=base_url)
    yield writer.writerow(HEADER)
    rows: Iterable[Statement] = statements_for_export(statements).iterator(chunk_size=CHUNK_SIZE)
    for statement in rows:
        cells = statement_row(statement=statement, permalink_template=template)
        yield writer.writerow([neutralised(cell) for cell in cells])
