"""Offices in attendance lists: the office a list's heading names, a heading printed in two
languages, and the chair's office for 'In the Chair' when it is printed elsewhere."""

import re

from intake.readers.blocks import BlockKind

from .attendance_forms import is_office
from .attendance_headings import attendance_heading
from .names import take_role
from .people import same_role
from .units import Unit

# A group saying who presides: 'In the Chair', 'Presiding', 'Chaired by'.
PRESIDING = re.compile(r"\bin the chair\b|\bpresid|\bchaired by\b", re.IGNORECASE)


def one_line_of_a_heading(unit: Unit):
    """'Aelodau'r Pwyllgor a oedd yn bresennol' / 'Committee Members in Attendance': a heading
    printed in two languages, a line each, is about attendance when one of its lines is."""
    if unit.kind is not BlockKind.HEADING or len(unit.lines) < 2:
        return None
    for line in reversed(unit.lines):
        heading = attendance_heading(line.strip())
        if heading and not heading[1] and heading[2]:
            return heading
    return None


def chair_roles(record) -> None:
    """'In the Chair' with no office printed beside it: the chair's office the person is
    listed with elsewhere ('Present: Sir Geoffrey Lanyon (Chairman)'); none is implied."""
    for attendee in record.attendees:
        if attendee.role or not PRESIDING.search(attendee.group):
            continue
        listed = [a.role for a in record.attendees if a.person is attendee.person and a.role]
        offices = [r for r in listed if "chair" in same_role(r)]
        if offices:
            attendee.role = offices[0][:200]


def office_of(group: str) -> str:
    """The office a list's heading names, which is each entry's role: 'Chair' / 'Mariko
    Ishida', 'Chairs: Marta Kovács, Julian Ferreira' (each a Chair), 'Clerk to the
    committee'; '' for a group of people ('Members present', 'Staff')."""
    group = group.strip().rstrip(":").strip()
    if is_office(group):
        return group
    if group.endswith("s") and is_office(group[:-1]):
        return group[:-1]
    return office_first_of_group(group)


def office_first_of_group(group: str) -> str:
    """'Clerk to the committee', 'Secretary to the Board': the office a group heading opens
    with, '' for a group of people ('Members present', 'Staff')."""
    words = group.split()
    office = take_role(words)
    return office if office and words and words[0].casefold() in ("to", "of", "for") else ""
