"""Where the meeting was: a place line ('Vienna, Austria'), a dateline, a 'Location:' line, or
a sentence ('… convened at the Town Hall, Leeds, on …')."""

import re

from .dates import find_date, is_only_a_date
from .names import fold, honorific_of, looks_like_office
from .words import HEADING_WORDS

MAX_PLACE = 200
_WORD = r"(?:[A-Z][\w\u2019'.-]*|[A-Z]\.(?:[A-Z]\.)+|\d{1,5}[A-Za-z]?)"
# "… met/convened/was held … at the Town Hall, Leeds" (stopping before a date, a time or 'on').
_IN_A_SENTENCE = re.compile(
    r"\b(?:held|convened|met|meets|took place|was called to order|assembled|sat|reconvened)\b"
    r"[^.;]{0,80}?\b(?:at|in)\s+(?:the\s+)?(?P<place>(?:[A-Z0-9][^\s,.;:]*"
    r"(?:,?\s+(?:of\s+|the\s+|on\s+|upon\s+)?[A-Z0-9][^\s,.;:]*|\s*\([^)]{1,40}\)){0,10}))",
)
_NOT_A_PLACE_START = re.compile(
    r"^(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m|h\b|o'clock)|noon|midday|\d{1,2}$)", re.IGNORECASE
)
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"}  # fmt: skip


def is_place(text: str) -> bool:
    """'Washington, DC', 'Vienna, Austria': a place name and its region or country."""
    parts = [part.strip() for part in text.split(",")]
    if not 2 <= len(parts) <= 4 or len(text) > 80 or re.search(r"\d", text):
        return False
    if honorific_of(text.split()[0]) or looks_like_office(text):
        return False
    if {fold(w.strip(",.")) for w in text.split()} & (HEADING_WORDS - {"the", "of", "on"}):
        return False
    word = r"(?:[A-Z][\w\u2019'.-]*|[A-Z]\.(?:[A-Z]\.)+)"
    return all(re.fullmatch(rf"{word}(?:\s+(?:of\s+|the\s+)?{word}){{0,3}}", p) for p in parts)


def dateline(text: str):
    """(date, place) for 'Vienna, Austria, March 3, 2014' or 'January 26, 2012'; else None."""
    if len(text) > 160:
        return None
    found = find_date(text)
    if not found:
        return None
    if is_only_a_date(text):
        return found.date, ""
    prefix = text[: found.start].strip(" ,|\u2013\u2014-")
    suffix = text[found.end :].strip(" .")
    if not suffix and is_place(prefix):
        return found.date, prefix
    suffix_place = re.sub(r"^(?:[,|\u2013\u2014-]\s*)+", "", suffix).strip()
    if not prefix and suffix_place and is_place(suffix_place):
        return found.date, suffix_place
    return None


def place_in_sentence(text: str) -> str:
    """The place a sentence says the meeting was held at, '' if it names none."""
    match = _IN_A_SENTENCE.search(text)
    if not match:
        return ""
    place = match.group("place")
    # Stop at what follows a place: a date, a weekday or a time.
    kept = []
    for part in re.split(r"(,\s*|\s+)", place):
        word = part.strip(" ,").casefold()
        if word in _WEEKDAYS or word in _MONTH_WORDS or word in {"on", "at", "from"}:
            break
        kept.append(part)
    place = "".join(kept).strip(" ,")
    if not place or _NOT_A_PLACE_START.match(place) or len(place) > MAX_PLACE:
        return ""
    if find_date(place):
        return ""
    return place
