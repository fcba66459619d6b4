"""A title as a reader would give it: without the date or time printed after it, the document's
own label before it ('Transcript: …'), where and how it was held ('held on … at …', 'via
Zoom'), the host's name before its board ('X Foundation Board of Directors Meeting'), or the
file name a recording tool gave it."""

import re

from .dates import find_date
from .venues import PLATFORM_PATTERN

# 'Transcript: Media briefing on …', 'Minutes: Plans Panel': the kind of document, then title.
_LABEL_FIRST = re.compile(
    r"^(?:draft\s+)?(?:transcript|minutes|notes|record|summary|verbatim report)"
    r"\s*[:\u2013\u2014|-]\s+(?=\S)",
    re.IGNORECASE,
)
# 'TRANSCRIPT OF PUBLIC MEETING': a transcript is how it was recorded, not what it was.
_TRANSCRIPT_OF = re.compile(r"^(?:verbatim\s+)?transcript\s+of\s+(?:the\s+|a\s+)?(?=\S)", re.I)
# "Members' meeting — transcript": the kind of document after the title. 'Faculty Board -
# Minutes' is kept as printed: the minutes' own heading names the body and its minutes.
_LABEL_LAST = re.compile(
    r"\s*[:\u2013\u2014|-]\s*(?:transcript|notes|summary|record|draft)\.?(?:\s*\([^()]*\))?$",
    re.I,
)
# '(DRAFT v2)', '[unconfirmed]', '- DRAFT -': the document's state, not the meeting's name.
_STATE_NOTE = re.compile(
    r"\s*(?:[(\[]\s*(?:draft|unapproved|unconfirmed|provisional|final|approved|v\d)[^)\]]*[)\]]"
    r"|[\u2013\u2014-]\s*draft\s*[\u2013\u2014-]?)$",
    re.I,
)
# 'Board of Directors Meeting Minutes': the label after the meeting's name, no separator.
_LABEL_AFTER_MEETING = re.compile(r"(?<=\bmeeting)\s+(?:minutes|transcript|notes)$", re.I)
# 'of the Annual General Meeting …' under a line 'MINUTES': the label's words run on.
_RUN_ON = re.compile(r"^of\s+(?:the\s+|an?\s+)(?=[A-Z])")
# '… held on Tuesday 09/04/2019 at 7.30pm in the Village Hall': the particulars, not the name.
_HELD = re.compile(
    r"\s*,?\s+held\s+(?:on|at|in(?!\s+(?:public|private|camera|closed|open)\b)|virtually|"
    r"online|remotely|via|by)\b.*$",
    re.I | re.DOTALL,
)
# 'Minutes of the meeting held on 3rd March 2015': a meeting named by its date alone.
_BY_DATE_ALONE = re.compile(
    r"^(?:[^:,\u2013\u2014]*[:,\u2013\u2014]\s+)?(?:(?:\w+\s+){0,2}of\s+)?the\s+meeting\s+held\s+on"
    r"\s+$",
    re.I,
)
_BODY_FIRST = re.compile(r"^(?P<body>[^:,\u2013\u2014]*[A-Z][^:,\u2013\u2014]*?),\s+\w")
# '… - Meeting 5 - Minutes': the label after a title that has parts of its own.
_MINUTES_LAST = re.compile(r"\s+[\u2013\u2014|-]\s*minutes\.?$", re.I)
_PLATFORM_PART = re.compile(rf"\s+(?:via|on|over)\s+(?:{PLATFORM_PATTERN})\b", re.I)
# 'The Juniper Software Foundation Board of Directors …': the host, then its board.
_HOST_BEFORE_BODY = re.compile(
    r"^(?:the\s+)?(?:[\w&'\u2019.-]+\s+){1,6}?(?:foundation|district|association|university|"
    r"society|trust|company|corporation|inc\.?|ltd\.?|plc|co-operative|cooperative|alliance|"
    r"network|institute|college|school|hospital|authority)\s+"
    r"(?=(?:board|committee|council|commission|senate|court)\s+of\s+\w)",
    re.I,
)
# '… of the Company': the body referred back to by its kind, not named.
_OF_THE_ENTITY = re.compile(
    r"\s+of\s+the\s+(?:company|foundation|association|society|trust|charity|corporation|"
    r"fund|club|co-operative|cooperative)$",
    re.I,
)
# A recording tool's file name: 'Finance Committee-20230412_140312-Meeting Recording'.
_RECORDING = re.compile(r"\s*[-_ ]\s*\d{8}[_ ]\d{4,6}.*$|\s*[-_]\s*meeting recording$", re.I)
_PAGE_PARTS = re.compile(r"\s+[|\u2013\u2014-]\s+")
_SEPARATOR = re.compile(r"\s*(?:[,|\u2013\u2014]|\s-)\s*$")
_WEEKDAY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*$", re.I
)
# A month and year after a dash: '… - Nov 2021', '— March 2019'.
_MONTH_YEAR = re.compile(
    r"\s*(?:[,|\u2013\u2014]|\s-)\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.?\s+\d{4}$",
    re.I,
)


def recording_title(text: str) -> str:
    """The meeting's name in a recording tool's file name, '' if the text is none."""
    return _RECORDING.sub("", text).strip() if _RECORDING.search(text) else ""


def clean_title(title: str) -> str:
    """'Highways Committee - Tuesday, 14th March, 2023 2.15 pm' → 'Highways Committee';
    'Transcript: Media briefing' → 'Media briefing'; a title that is only a date is kept."""
    cleaned = _RECORDING.sub("", _LABEL_FIRST.sub("", title.strip()))
    cleaned = _STATE_NOTE.sub("", _TRANSCRIPT_OF.sub("", _RUN_ON.sub("", cleaned)))
    cleaned = _LABEL_LAST.sub("", cleaned)
    minutes = _MINUTES_LAST.search(cleaned)
    if minutes and _PAGE_PARTS.search(cleaned[: minutes.start()]):
        cleaned = cleaned[: minutes.start()]  # 'Steering Committee - Meeting 5 - Minutes'
    cleaned = _MONTH_YEAR.sub("", _without_particulars(cleaned))
    found = find_date(cleaned)
    if found and found.start > 0:
        before = _WEEKDAY.sub("", cleaned[: found.start].rstrip())
        if _SEPARATOR.search(before):
            # The date follows a dash, comma or bar: it dates the title, it is not part of it.
            cleaned = _SEPARATOR.sub("", before).strip()
        elif not cleaned[found.end :].strip() and _LABEL_AFTER_MEETING.search(before):
            # 'Board of Directors Meeting Minutes October 24, 2018': label and date follow.
            cleaned = before
    cleaned = _LABEL_AFTER_MEETING.sub("", cleaned)
    cleaned = _OF_THE_ENTITY.sub("", _HOST_BEFORE_BODY.sub("", cleaned))
    return cleaned.strip(" ,;:") or title.strip()


def _without_particulars(title: str) -> str:
    """'Meeting of the Parish Council held on … at … in …' → 'Meeting of the Parish Council';
    a meeting named only by its date keeps the date ('Minutes of the meeting held on 3rd
    March 2015', without the hour and room after it); 'via Zoom' is how, not what."""
    title = _PLATFORM_PART.sub("", title)
    held = _HELD.search(title)
    if not held:
        return title
    found = find_date(title[held.start() :])
    if found:
        start, end = held.start() + found.start, held.start() + found.end
        before = _WEEKDAY.sub("", title[:start])
        if _BY_DATE_ALONE.match(before):
            body = _BODY_FIRST.match(before)
            # 'Clinical Ethics Committee, Minutes of the meeting held on …': the body's name.
            return body.group("body") if body else title[:end]
    return title[: held.start()]


def page_title(title: str, *, is_label) -> str:
    """A web page's or file's own title without its site's name and labels: 'Debates -
    Wednesday, 5 June 2019 - Single-use plastic packaging (debate)' → 'Single-use plastic
    packaging (debate)'; 'Rural Bus Services - Hansard - Legislative Assembly' → 'Rural Bus
    Services'. `is_label` says a part is the document's label."""
    parts = [p.strip() for p in _PAGE_PARTS.split(title.strip()) if p.strip()]
    named = [p for p in parts if not (is_label(p) or _only_a_date(p))]
    return named[0] if len(parts) > 1 and named else title


def _only_a_date(text: str) -> bool:
    found = find_date(text)
    return (
        bool(found)
        and not _WEEKDAY.sub("", text[: found.start]).strip(" ,")
        and (not text[found.end :].strip(" ,"))
    )
