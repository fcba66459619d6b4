"""The lines above the record: title, date, place, source, host; and, once the document has
been read, the title chosen and a date found elsewhere when the header printed none."""

import re
from dataclasses import replace
from itertools import pairwise

from intake.readers.blocks import Document

from .dates import dates_without_year, find_date, is_only_a_date
from .fallback import date_elsewhere
from .furniture import email_subject
from .names import looks_like_office
from .places import (
    HOSTED,
    dateline,
    is_place,
    is_venue,
    place_after_date,
    place_among_parts,
    place_in_sentence,
)
from .record import Record
from .sections import META_LABEL, is_prose
from .stamps import date_below_the_masthead, date_of_the_title, is_only_a_time, is_page_stamp
from .title_choice import as_one, body_above, choose, is_label, joined, names_its_meeting
from .titles import clean_title, page_title, recording_title
from .units import Unit
from .venues import (
    ADDRESS_LINE,
    IN_PERSON,
    attended_on,
    online_place,
    platform_place,
    tidy_place,
    without_remote_part,
)

URL = re.compile(r"^https?://\S+$")
_FIELD = re.compile(r"^[A-Z][\w /-]{0,30}:\s")
# The gap between fields printed on one line: spaces, a tab or a bar.
_FORM_GAP = re.compile(
    r"\s{3,}|\t+|\s+\|\s+|\s+(?=(?:Date|Time|Venue|Location|Place|Where|When|Room)\s*:\s)"
)
_NAMES_A_MEETING = re.compile(
    r"\b(?:meeting|session|sitting|assembly|hearing|conference|workshop|forum|minutes)\b", re.I
)
# A place field in the body's own language ('Lieu :', 'Ort:', 'Lugar:', 'Plaats:'), or one
# printed as a table row ('Venue | Council Chamber, City Hall').
_PLACE_FIELD = re.compile(
    r"^(?:(?:lieu|ort|lugar|luogo|locatie|plaats|sted|miejsce|tagungsort|sitzungsort)\s*[:|]|"
    r"(?:meeting\s+)?(?:venue|location|place|where)\s*\|)\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|h\b|hrs\b)|\bnoon\b", re.I)
_PARTICULARS = re.compile(
    r"^(?:meeting\s+)?held\b|\b(?:was|were)\s+(?:duly\s+)?(?:held|convened|called)\b|"
    r"\bheld\s+(?:on|at|in|virtually|online|remotely)\b|"
    r"\b(?:convened|met|took place|assembled)\b",
    re.IGNORECASE,
)
# 'RESOLVED that the minutes of the meeting held on 17 January be signed': another meeting.
_ANOTHER_MEETING = re.compile(
    r"^(?:further\s+)?resolved\b|\b(?:last|previous|next)\s+meeting\b|"
    r"\bminutes\b.{0,80}\b(?:be|were|was)\s+(?:signed|approved|confirmed|agreed|adopted)\b",
    re.IGNORECASE,
)
MASTHEAD_REACH = 10
DATE_REACH = 12  # statements searched for a place when the header prints none
MAX_TITLE = 500
HEAD_UNITS = 15  # units searched for a dated line with the place after its time
HEAD_LINES = 10  # lines left out as furniture where a recording's file name is looked for
MAX_TITLE_LINE = 200
_SENTENCE_END = re.compile(r"[.!?]['\"\u201d\u2019)]*$")


def read_front_line(unit: Unit, record: Record) -> bool:
    """Take a header line that gives the date, the place or the source; True if it was one."""
    text = unit.text
    if is_page_stamp(text):
        record.not_copied.append(unit)  # 'Edited by … on Mar 6, 2024': the page's date
        return True
    if is_only_a_time(text) and record.date_lines and record.date_lines[-1] == unit.index - 1:
        record.summary.append(text)  # 'Tuesday, April 9, 2019' / '6:00 PM': the date's hour
        return True
    parts = _FORM_GAP.split(text)
    if len(parts) > 1 and all(META_LABEL.match(part) for part in parts):
        # 'Date: 26.11.2019    Time: 6.00pm    Venue: School library': a field a part.
        for part in parts:
            read_front_line(replace(unit, text=part, lines=(part,)), record)
        return True
    fields = [line for line in unit.lines if META_LABEL.match(line)]
    if len(fields) > 1 and all(_FIELD.match(line) for line in unit.lines):
        # 'When: Wed 12 June, 14:00' / 'Where: Jitsi, https://…': a field a line.
        for line in unit.lines:
            if line in fields:
                read_front_line(replace(unit, text=line, lines=(line,)), record)
            else:
                record.summary.append(line)
        return True
    field = _PLACE_FIELD.match(text)
    if field:
        return _read_meta(unit, "place", field.group("rest").strip(), record)
    meta = META_LABEL.match(text)
    if meta:
        return _read_meta(unit, meta.group("label").lower(), meta.group("rest").strip(), record)
    found = dateline(text, day_first=record.day_first)
    if found:
        date, place = found
        if record.date not in (None, date) or (place and record.location not in ("", place)):
            return False
        first = record.set_date(date, unit.place)
        record.date_lines.append(unit.index)
        if place:
            record.location, record.location_unit = place, unit
        if _TIME.search(text):
            record.summary.append(text)  # the hours are worth keeping
        elif not first:
            record.not_copied.append(unit)  # the same date printed again
        return True
    return _place_line(unit, record)


def _place_line(unit: Unit, record: Record) -> bool:
    """A place or venue line; a place line under a venue line in the same block adds to it
    ('Press Briefing Room' / 'Washington, D.C.'); a short name under the date line is the
    place ('Wednesday, 6 June 2018' / 'New York')."""
    text = without_remote_part(HOSTED.sub("", IN_PERSON.sub("", unit.text))).strip(" ,")
    last = record.location_unit
    adjacent = bool(last) and last.index == unit.index - 1
    # 'Institut für Geodäsie, Technische Universität Wien,' / 'Vienna': a place line ending
    # with a comma goes on in the next paragraph, as a page's line break left it.
    goes_on = adjacent and (last.block == unit.block or last.text.rstrip().endswith(","))
    if goes_on and (
        is_place(text) or is_venue(text) or ADDRESS_LINE.match(text) or _short_name(text)
    ):
        # 'Millbrook Town Hall' / '3 Main Street' / 'Millbrook, New York': one address.
        record.location, record.location_unit = f"{record.location}, {text}", unit
        return True
    if adjacent and is_venue(text) and _short_name(record.location):
        # 'CANBERRA' / 'Committee Room 2S1, Parliament House': the room, then its city.
        record.location, record.location_unit = f"{text}, {record.location}", unit
        return True
    at_venue = re.match(r"^(?:at|in)\s+(?=[A-Z])", text)
    if at_venue and not record.location and is_venue(text[at_venue.end() :]):
        # 'at The Merchants' Hall, 14 Quay Street, Bristol', under a 'held on …' line.
        record.location, record.location_unit = text[at_venue.end() :], unit
        return True
    if record.location:
        return False
    timed = place_after_date(text) if _TIME.match(text) else ""
    if timed:
        # '6:00 PM, District Office Board Room, 1150 Canal Road': the hour, then the venue.
        record.location, record.location_unit = timed, unit
        record.summary.append(unit.text)
        return True
    under_the_date = bool(record.date_lines) and record.date_lines[-1] == unit.index - 1
    if is_place(text) or is_venue(text) or (under_the_date and _short_name(text)):
        record.location, record.location_unit = text, unit
        return True
    # 'Rotary Club Kraków · weekly meeting no. 1187 · Restauracja …'; a letterhead's parts
    # ('City of Cedar Falls seal | City Hall 400 Harbor Boulevard') give the body's address.
    part = place_among_parts(text) if _NAMES_A_MEETING.search(text) else ""
    if part:
        record.location, record.location_unit = part, unit
        record.summary.append(text)
        return True
    return False


def _short_name(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not re.search(r"[\d:.!?]", text)
    )


def particulars(unit: Unit, record: Record) -> bool:
    """A sentence of the header that says when and where the meeting was held ('A regular
    meeting … was held on the twenty-first day of November …'): the date and place, not
    a statement."""
    text = unit.text
    if len(text) > 600 or not _PARTICULARS.search(text) or _ANOTHER_MEETING.search(text):
        return False
    found = find_date(text, day_first=record.day_first)
    place = place_in_sentence(text) or (place_after_date(text[found.end :]) if found else "")
    if not found and not (place and _PARTICULARS.match(text)):
        return False
    if found:
        record.set_date(found.date, unit.place)
        record.date_lines.append(unit.index)
    if place and not record.location:
        record.location, record.location_unit = place, unit
    if len(text) <= MAX_TITLE_LINE and not _SENTENCE_END.search(text):
        record.leftovers.append(unit)  # 'Minutes of the … Council held on …': a title line
    else:
        record.summary.append(text)
    return True


def _read_meta(unit: Unit, label: str, rest: str, record: Record) -> bool:
    if "date" in label or label.startswith("when") or label == "held":
        found = find_date(rest, day_first=record.day_first)
        if found and record.set_date(found.date, unit.place):
            record.date_lines.append(unit.index)
            place = place_after_date(rest[found.end :]) if label == "held" else ""
            if place and not record.location_labelled:
                record.location, record.location_unit = place, unit  # the venue after the time
            if _TIME.search(rest) or len(rest) > found.end - found.start + 12:
                record.summary.append(unit.text)
            return True
        # 'When/where: 2-3.30pm, Seminar Room 3.12, Braddock Building': the place after the time.
        after = rest[found.end :] if found else rest
        place = place_after_date(after) if "where" in label else ""
        if place and not record.location_labelled:
            record.location, record.location_unit = place, unit
            record.location_labelled = True
            record.summary.append(unit.text)
            return True
    elif re.search(r"place|location|venue|where|held at|address|room", label) and rest:
        if not record.location_labelled and len(rest) <= 200:
            # A labelled place ('Location: …') outranks a line that only looked like one.
            record.location, record.location_unit = rest[:1].upper() + rest[1:], unit
            record.location_labelled = True
            return True
        if record.location_unit is not None and record.location_unit.index == unit.index:
            return True  # the same place line met again
    elif re.search(r"source|url|web", label) and URL.match(rest) and not record.source_url:
        record.source_url = rest
        return True
    elif (label in ("subject", "re", "topic") or "name" in label or "title" in label) and (
        rest and not record.title
    ):
        record.leftovers.append(unit)
        return True
    record.summary.append(unit.text)
    return True


def finish(record: Record, document: Document, units: list[Unit], dropped: list[Unit]) -> None:
    """Choose the title, and find the date and place where the header printed none."""
    _title(record, document, units, dropped)
    date_of_the_title(record=record, units=units)
    date_below_the_masthead(record=record, units=units, dropped=dropped)
    if record.date is None:
        date_elsewhere(record, document, units, dropped)
    if not record.location:
        _place_in_the_label(record, units)
    if not record.location:
        _place_above_the_date(record, units)
    if not record.location:
        _place_in_sentences(record)
    texts = [record.title_line, document.title, *record.summary]
    texts += [s.text for panel in record.panels for s in panel.statements][:DATE_REACH]
    if platform_place(record.location):
        # 'venue: Jitsi, https://meet.jit.si/…', 'Zoom video conference': the platform, no place
        record.location = platform_place(record.location)
    online = online_place(texts) or attended_on(u.text for u in units[:HEAD_UNITS])
    if online and not record.location:
        record.location = online  # 'venue: Zoom', 'General Meeting via Zoom'
    record.location = tidy_place(record.location)


def masthead(record: Record, first_label: int | None) -> None:
    """Short lines above the document's own label ('Minutes of the Meeting') are the site's,
    unless the date is printed above the label and not again below it: then they are the
    document's own heading ('Title / Vienna, Austria / 14 March 2013 / Minutes')."""
    if first_label is None:
        return
    above = [u for u in record.leftovers if u.index < first_label]
    if not above or len(above) > MASTHEAD_REACH or len(above) == len(record.leftovers):
        return  # nothing below the label to call the meeting by: the lines above are its own
    if any(len(u.text.split()) > 10 or is_prose(u.text) for u in above):
        return
    dates_above = any(i < first_label for i in record.date_lines)
    if dates_above and not any(i > first_label for i in record.date_lines):
        return
    for unit in above:
        _maybe_host(unit.text, record)
        record.leftovers.remove(unit)
        record.not_copied.append(unit)
    if record.location_unit and record.location_unit.index < first_label:
        record.not_copied.append(record.location_unit)
        record.location, record.location_unit = "", None


def _title(record: Record, document: Document, units: list[Unit], dropped: list[Unit]) -> None:
    candidates = [u for u in record.leftovers if len(u.text) <= MAX_TITLE]
    # A document label that names the meeting ('MINUTES OF SPECIAL MEETING') may be its title.
    labels = [u for u in record.label_lines if names_its_meeting(u.text)]
    groups = {g[0].index: g for g in joined(sorted(candidates + labels, key=lambda u: u.index))}
    lines = [as_one(group) for group in groups.values()]
    subject = email_subject(units)
    chosen = choose(lines, document.title)
    if chosen is not None:
        for unit in groups[chosen.index]:
            if unit in record.leftovers:
                record.leftovers.remove(unit)
            else:
                record.not_copied.remove(unit)
        record.title_line = _without_label(chosen.text)
        body = body_above(chosen, lines)
        record.title = ", ".join(filter(None, [body, clean_title(record.title_line)]))
        for other in record.leftovers:
            if len(other.text.split()) <= 12:
                _maybe_host(other.text, record)
    else:
        if subject or document.title:
            own = page_title(document.title, is_label=is_label)
            record.title_line = (subject or own)[:MAX_TITLE]
        else:
            # Only a recording tool's file name names the meeting ('Board-20240102_180455-…').
            named = [recording_title(u.text) for u in dropped[:HEAD_LINES]]
            record.title_line = next((name for name in named if name), "")
        record.title = clean_title(record.title_line)
    record.summary = [u.text for u in record.leftovers] + record.summary


def _without_label(text: str) -> str:
    meta = META_LABEL.match(text)
    return meta.group("rest").strip() if meta and meta.group("rest").strip() else text


def _maybe_host(text: str, record: Record) -> None:
    """A banner or header line naming an organisation: the host, if it is recorded."""
    if record.host:
        return
    found = record.organisations.find(text)
    if found:
        record.host = found[0]
        record.note("meeting.host", f"read as {found[1]!r} from the header line {text!r}; check it")
    elif looks_like_office(text) and not any(at == "meeting.host" for at, _, _ in record.notes):
        record.note(
            "meeting.host",
            f"the header names {text!r}, which is not in the database; "
            "if it hosted the meeting, add it and set it here",
        )


def _place_in_the_label(record: Record, units: list[Unit]) -> None:
    """'Unconfirmed minutes of the meeting held on 17 May 2023, Kinross Room, Library
    Building': the document's own label gives the venue after the meeting's date; so does a
    title line dated without its year ('Committee meeting, Thursday 7th March, 7pm, …')."""
    lines = [(unit.text, unit) for unit in record.label_lines] + [(record.title_line, None)]
    # A header line the meeting's date was read from elsewhere: the place after its time.
    lines += [(line, unit) for unit in units[:HEAD_UNITS] for line in unit.text.splitlines()]
    for text, unit in lines:
        found = find_date(text, day_first=record.day_first) or _without_year(text, record)
        place = place_after_date(text[found.end :]) if found else ""
        if place and found.date == record.date:
            record.location, record.location_unit = place[:200], unit
            return


def _place_above_the_date(record: Record, units: list[Unit]) -> None:
    """'DOORSTOP INTERVIEW / ROBERTSON BARRACKS, DARWIN / FRIDAY, 19 AUGUST 2022': a place on
    the line above the meeting's date, in one block of the header."""
    lines = [(line.strip(), unit) for unit in units[:HEAD_UNITS] for line in unit.text.splitlines()]
    for (above, unit), (line, below) in pairwise(lines):
        found = find_date(line, day_first=record.day_first)
        dated = found and found.date == record.date and is_only_a_date(line)
        if dated and unit.block == below.block and (is_place(above) or is_venue(above)):
            record.location, record.location_unit = above, unit
            return


def _without_year(text: str, record: Record):
    """'Committee meeting, Thursday 7th March, 7pm, Community Room': the meeting's date printed
    without the year a message or page gave, else None."""
    if record.date is None:
        return None
    found = dates_without_year(text, record.date.year, day_first=record.day_first)
    return next((date for date, _ in found if date.date == record.date), None)


def _place_in_sentences(record: Record) -> None:
    statements = [s for panel in record.panels for s in panel.statements][:DATE_REACH]
    for text, place in [(record.title_line or record.title, None)] + [
        (s.text, s.unit.place) for s in statements
    ]:
        found = place_in_sentence(text)
        if found:
            record.location = found[:200]
            record.note("meeting.location", f"read from {text[:80]!r}; check it", place)
            return
