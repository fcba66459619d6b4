"""A title as a reader would give it: without the date or time printed after it, the document's
own label before it ('Transcript: …'), or the file name a recording tool gave it."""

import re

from .dates import find_date

# 'Transcript: Media briefing on …', 'Minutes: Plans Panel': the kind of document, then title.
_LABEL_FIRST = re.compile(
    r"^(?:draft\s+)?(?:transcript|minutes|notes|record|summary|verbatim report)"
    r"\s*[:\u2013\u2014|-]\s+(?=\S)",
    re.IGNORECASE,
)
# "Members' meeting — transcript": the kind of document after the title.
_LABEL_LAST = re.compile(
    r"\s*[:\u2013\u2014|-]\s*(?:transcript|minutes|notes|summary|record|draft)\.?$", re.I
)
# A recording tool's file name: 'Finance Committee-20230412_140312-Meeting Recording'.
_RECORDING = re.compile(r"\s*[-_ ]\s*\d{8}[_ ]\d{4,6}.*$|\s*[-_]\s*meeting recording$", re.I)
_SEPARATOR = re.compile(r"\s*(?:[,|\u2013\u2014]|\s-)\s*$")
_WEEKDAY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*$", re.I
)


def recording_title(text: str) -> str:
    """The meeting's name in a recording tool's file name, '' if the text is none."""
    return _RECORDING.sub("", text).strip() if _RECORDING.search(text) else ""


def clean_title(title: str) -> str:
    """'Highways Committee - Tuesday, 14th March, 2023 2.15 pm' → 'Highways Committee';
    'Transcript: Media briefing' → 'Media briefing'; a title that is only a date is kept."""
    cleaned = _RECORDING.sub("", _LABEL_FIRST.sub("", title.strip()))
    cleaned = _LABEL_LAST.sub("", cleaned)
    found = find_date(cleaned)
    if found and found.start > 0:
        before = _WEEKDAY.sub("", cleaned[: found.start].rstrip())
        if _SEPARATOR.search(before):
            # The date follows a dash, comma or bar: it dates the title, it is not part of it.
            cleaned = _SEPARATOR.sub("", before).strip()
    return cleaned.strip() or title.strip()
