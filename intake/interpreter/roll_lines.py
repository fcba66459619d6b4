"""How the lines and cells of an attendance list are read: a count before the names, a
table row whose first cell is the list's heading, names one a line or surnames alone."""

import re

from .attendance import entries_in
from .attendance_headings import attendance_heading
from .units import Unit

# A count before the names a list gives: 'Present: 6 - Ann Lee, …', 'Absent: (1) Bo Park'.
COUNTED = re.compile(r"^(?:\d{1,3}\s*[-\u2013\u2014:]|\(\d{1,3}\))\s+(?=[^\W\d])")


def heading_cell(cells: list[str]) -> str | None:
    """'Present' of a row 'Present | Ann Lee, Bo Park': a first cell that is a heading about
    attendance, with nothing after a colon, and names in the cells after it; else None."""
    if len(cells) < 2 or not any(cells[1:]):
        return None
    heading = attendance_heading(cells[0])
    if heading is None or heading[1] or not heading[2]:
        return None
    return heading[0]


def all_single_words(text: str) -> bool:
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) == 1 for p in parts)


def line_by_line(unit: Unit, text: str):
    """Entries printed one a line ('TRUSTEES PRESENT:  Chairperson A' / '  Trustee B')."""
    lines = list(unit.lines)
    if text is not unit.text:
        lines[0] = lines[0].partition(":")[2]
    found = []
    for line in lines:
        entries = entries_in(line)
        if entries is None:
            return None
        found.extend(entries)
    return found
