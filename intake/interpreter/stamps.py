"""Lines that date the page rather than the meeting: a wiki's edit line ('Edited by mdelgado on
Mar 6, 2024 · 2 revisions'), a press page's 'Published 4 July 2019', a note's 'Created by …,
last modified on Jun 18, 2019'. Their dates are never the meeting's (they may give a year)."""

import re

from .dates import find_date, is_only_a_date
from .record import Record
from .units import Unit

MAX_STAMP = 160
# The stamp's verb opens the line, with who did it and 'on' between it and the date.
_STAMP = re.compile(
    r"^(?:page\s+|this\s+page\s+was\s+|article\s+)?(?:last\s+)?"
    r"(?:edited|modified|updated|revised|created|published|posted|generated|exported)"
    r"(?:\s+by\s+(?:(?!\s+on\b)[^\d,\u00b7|]){1,60})?(?:,\s*last\s+(?:modified|edited|updated))?"
    r"(?:\s+(?:on|at))?\s*:?\s*(?=\S)",
    re.IGNORECASE,
)


# A reply's line above the message it quotes: 'On Fri, 8 Mar 2019 at 22:03, Wale <…> wrote:'.
_QUOTED_MESSAGE = re.compile(r"^>*\s*On\s.{6,160}\b(?:wrote|a\s+écrit|schrieb|escribió)\s*:$")


def is_page_stamp(text: str) -> bool:
    """True for a short line that says when the page was edited, created or published, or
    when a quoted message was sent."""
    text = text.strip(" _*")
    if _QUOTED_MESSAGE.match(text) and find_date(text, day_first=True):
        return True
    stamp = _STAMP.match(text)
    if len(text) > MAX_STAMP or not stamp:
        return False
    found = find_date(text)
    # The date follows the stamp at once ('Revised agenda for 5 March' dates the meeting).
    between = text[stamp.end() : found.start] if found else "-"
    return bool(found) and bool(re.fullmatch(rf"(?:{_WEEKDAY_WORD}\W*)?", between, re.I))


_WEEKDAY_WORD = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"


# A line that is only an hour: the second line of a notebook's page stamp ('8:47 AM').
_ONLY_A_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[AP]\.?M\.?)?$", re.IGNORECASE)


def is_notebook_stamp(date_line: str, next_line: str) -> bool:
    """'Tuesday, April 9, 2019' over '8:47 AM': a notebook page's creation date and hour
    (OneNote, Evernote) printed under the page's title."""
    return is_only_a_date(date_line) and is_only_a_time(next_line)


def is_only_a_time(text: str) -> bool:
    return bool(_ONLY_A_TIME.match(text.strip()))


def date_of_the_title(*, record: Record, units: list[Unit]) -> None:
    """'Board Mtg - Mon 4/8/19' over 'Tuesday, April 9, 2019' / '8:47 AM': the page's title
    dates its meeting; the notebook's stamp under it dates the page."""
    if not record.date_lines:
        return
    at = {unit.index: n for n, unit in enumerate(units)}.get(record.date_lines[0])
    if not at or at + 1 >= len(units) or not is_notebook_stamp(units[at].text, units[at + 1].text):
        return
    title = units[at - 1].text
    found = find_date(title, day_first=record.day_first)
    if not found or found.date == record.date:
        return
    record.date, record.date_place = found.date, units[at - 1].place
    if units[at + 1].text in record.summary:
        record.summary.remove(units[at + 1].text)  # the stamp's hour is the page's too
        record.not_copied.append(units[at + 1])
    note = f"read from the page's title {title[:80]!r}, not its stamp {units[at].text!r}"
    record.note("meeting.date", f"{note}; check it", units[at - 1].place)


MASTHEAD_REACH = 10  # lines below the issue date where the meeting's particulars are looked for
_HELD = re.compile(r"\b(?:held|convened|met|took place)\b", re.IGNORECASE)
# The marks around a UN document's issue date in its masthead.
_ISSUE_MARK = re.compile(r"^(?:distr\.?\s*:|original\s*:)", re.IGNORECASE)


def date_below_the_masthead(*, record: Record, units: list[Unit], dropped: list[Unit]) -> None:
    """'Distr.: General' / '12 June 2018' / 'Original: English': the masthead dates the
    document's issue; the meeting's date is the next date line ('Held at Headquarters, New
    York, on Tuesday, 5 June 2018, at 3 p.m.')."""
    if not record.date_lines:
        return
    by_index = {unit.index: unit for unit in [*units, *dropped]}
    first = record.date_lines[0]
    marks = [by_index.get(first - 1), by_index.get(first + 1)]
    if not any(mark and _ISSUE_MARK.match(mark.text) for mark in marks):
        return
    below = [u.index for u in units if first < u.index <= first + MASTHEAD_REACH]
    for index in [i for i in below if _HELD.search(by_index[i].text)]:
        found = find_date(by_index[index].text, day_first=record.day_first)
        if found and found.date != record.date:
            record.date, record.date_place = found.date, by_index[index].place
            why = f"read from {by_index[index].text[:80]!r}, not the masthead's issue date"
            record.note(
                "meeting.date", f"{why} {by_index[first].text!r}; check it", record.date_place
            )
            return
