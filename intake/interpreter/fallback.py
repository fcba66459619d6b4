"""The meeting's date when the header prints none: the best candidate the document offers,
always with a note, so that a document with text always gets a draft."""

import datetime
import re
from pathlib import PurePath

from intake.readers.blocks import Document, Place

from .dates import dates_without_year, find_date, is_only_a_date
from .furniture import EMAIL_HEADER
from .record import Record, StatementDraft
from .stamps import is_page_stamp
from .units import Unit

DATE_REACH = 12  # statements searched first for a date when the header prints none
HEADER_REACH = 30  # units of the document's start where a date without its year is looked for
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A date in a file's name as archives write them: '2019-03-12', '20190312', '2019_03_12'.
_NAMED_ISO = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)
# Sentences about other meetings: their dates are never the meeting's own.
_OTHER_MEETING = re.compile(
    r"\b(?:previous|last|next|future|following|earlier|prior)\s+(?:meeting|minutes)\b|"
    r"\bminutes\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}\d|\b(?:were|was|be)\s+approved\b|"
    r"\b(?:intending|agreed|decided)\s+to\s+meet\b|\bmeet\s+again\b|"
    # A notes page's links to its neighbours: 'Previous: [[2019-04-10 History Dept meeting]]'.
    r"\b(?:previous|prev|next)\s*:",
    re.IGNORECASE,
)


def date_elsewhere(
    record: Record, document: Document, units: list[Unit], dropped: list[Unit]
) -> None:
    """No date line: in turn a date in the header, title or first paragraphs; a line that is
    only a date anywhere; a day and month in the header with the year from the title or the
    mail's date; any date not about another meeting; the year alone. Each is noted."""
    finders = (_near_the_top, _dateline_anywhere, _without_year, _file_name, _anywhere, _year_only)
    for finder in finders:
        found = finder(record, document, units, dropped)
        if found:
            date, text, place, why = found
            record.set_date(date, place)
            where = f"{place}, " if place else ""
            record.note("meeting.date", f"{why} {where}{text[:80]!r}; check it", place)
            return


def _candidates(record: Record, document: Document, units: list[Unit], dropped: list[Unit]):
    """(text, place) of the header, the title, the first statements, mail headers, furniture."""
    texts = [(u.text, u.place) for u in record.leftovers]
    texts += [(record.title_line or record.title, None), (document.title, None)]
    statements = [s for panel in record.panels for s in panel.statements][:DATE_REACH]
    texts += [(s.text, s.unit.place) for s in statements]
    texts += [(u.text, u.place) for u in units if EMAIL_HEADER.match(u.text)]
    texts += [(u.text, u.place) for u in dropped]
    texts = [(_without_sending_date(text), place) for text, place in texts if text]
    texts = [(text, place) for text, place in texts if not is_page_stamp(text)]
    return [(text, place) for text, place in texts if text]


def _without_sending_date(text: str) -> str:
    """Mail headers without their Date or Sent line: when the minutes were sent is never the
    meeting's date (it may still give the year of a day and month printed without one)."""
    if not _is_mail_headers(text):
        return text
    headers = [EMAIL_HEADER.match(line.strip()) for line in text.split("\n")]
    kept = [h.group(0) for h in headers if h.group("field").lower() not in ("date", "sent")]
    return "\n".join(kept)


def _is_mail_headers(text: str) -> bool:
    return all(EMAIL_HEADER.match(line.strip()) for line in text.split("\n"))


def _near_the_top(record, document, units, dropped):
    for text, place in _candidates(record, document, units, dropped):
        found = find_date(text, day_first=record.day_first)
        if found and not _OTHER_MEETING.search(text):
            return found.date, text, place, "read from"
    return None


def _dateline_anywhere(record, document, units, dropped):
    for unit in units:
        if is_only_a_date(unit.text, day_first=record.day_first):
            found = find_date(unit.text, day_first=record.day_first)
            return found.date, unit.text, unit.place, "no date in the header; the dateline at"
    return None


def _without_year(record, document, units, dropped):
    """'Tue, 11/9' under a title 'General Meeting - Nov 2021'; 'Thursday 7th March' in a
    message sent in 2019: the weekday, where printed, chooses among the years offered."""
    years = _years(record, document, units, dropped)
    if not years:
        return None
    # Furniture is searched too: a tool's recording line ('Tue, 11/9 7:02PM • 53:10').
    top = sorted(units[:HEADER_REACH] + dropped, key=lambda u: u.index)[:HEADER_REACH]
    header = [(u.text, u.place) for u in top]
    for text, place in header:
        if _OTHER_MEETING.search(text):
            continue
        for year in years:
            for found, confirmed in dates_without_year(text, year, day_first=record.day_first):
                if confirmed or len(years) == 1:
                    why = f"the year {year} from the title or header, the day and month from"
                    return found.date, text, place, why
    return None


def _file_name(record, document, units, dropped):
    """'2019-03-12 minutes.pdf', 'Council_Minutes_12_March_2019.docx': archives name files by
    the meeting's date, which beats a date met anywhere in the text."""
    stem = PurePath(document.name).stem
    if iso := _NAMED_ISO.search(stem):
        try:
            return datetime.date(*map(int, iso.groups())), stem, None, "read from the file name"
        except ValueError:
            return None
    found = find_date(re.sub(r"[_.\s-]+", " ", stem), day_first=record.day_first)
    return (found.date, stem, None, "read from the file name") if found else None


def _anywhere(record, document, units, dropped):
    for unit in units:
        found = find_date(unit.text, day_first=record.day_first)
        if found and not _OTHER_MEETING.search(unit.text) and not is_page_stamp(unit.text):
            return found.date, unit.text, unit.place, "no date in the header; the first date, at"
    return None


def _year_only(record, document, units, dropped):
    years = _years(record, document, units, dropped)
    if not years:
        return None
    text = next(t for t, _ in _year_texts(record, document, units, dropped) if str(years[0]) in t)
    why = "only the year is printed; set the day and month \u2014 the year is from"
    return datetime.date(years[0], 1, 1), text, None, why


def _year_texts(record, document, units, dropped) -> list[tuple[str, Place | None]]:
    texts = [(record.title_line or record.title, None), (document.title, None)]
    texts += [(u.text, u.place) for u in record.leftovers]
    texts += [(u.text, u.place) for u in units if EMAIL_HEADER.match(u.text)]
    # A mail's Date line and a page's 'Posted on …' stamp date no meeting, but give its year.
    texts += [
        (u.text, u.place) for u in dropped if _is_mail_headers(u.text) or is_page_stamp(u.text)
    ]
    texts += [(u.text, u.place) for u in units[:HEADER_REACH] if len(u.text) <= 200]
    return [(text, place) for text, place in texts if text]


def _years(record, document, units, dropped) -> list[int]:
    """The years the title, header and mail headers print, in that order, each once."""
    years: list[int] = []
    for text, _ in _year_texts(record, document, units, dropped):
        for match in _YEAR.finditer(text):
            if int(match.group(0)) not in years:
                years.append(int(match.group(0)))
    return years


def in_document_order(
    record: Record, document: Document, units: list[Unit], dropped: list[Unit], *, reason: str
) -> Record:
    """The plainest draft: the first line as the title, every other paragraph a narrative
    statement in document order, with a note saying why the document's shape was not read."""
    record.title = units[0].text[:500]
    record.panel.statements = [
        StatementDraft(unit.text, None, "narrative", unit) for unit in units[1:]
    ]
    record.not_copied += dropped
    record.note(
        "panels",
        f"the document's shape was not recognised ({reason[:200]}); every paragraph is given "
        "as a narrative statement in document order \u2014 set speakers, kinds and headings",
    )
    date_elsewhere(record, document, units, dropped)
    return record
