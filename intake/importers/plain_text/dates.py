"""Dates as minutes print them: "January 26, 2012", "26 January 2012", "Thu., Jan. 26th, 2012"."""

import datetime
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<number>\d{2})-(?P<day>\d{2})\b"),
]
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
# What may surround a date on a line that is only a date: a label, a weekday, punctuation.
_ONLY_A_DATE = re.compile(
    rf"^(?:date\s*:)?[\s,.\u2013\u2014-]*(?:{_WEEKDAY})?[\s,.\u2013\u2014-]*$", re.IGNORECASE
)


def find_date(text: str) -> tuple[datetime.date, re.Match] | None:
    """The first real calendar date in the text, with its match."""
    found = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["number"]) if parts.get("number") else MONTHS[parts["month"].lower()]
            try:
                date = datetime.date(int(parts["year"]), month, int(parts["day"]))
            except ValueError:
                continue
            found.append((match.start(), date, match))
    if not found:
        return None
    _, date, match = min(found, key=lambda item: item[0])
    return date, match


def is_only_a_date(text: str) -> bool:
    """The line says a date and nothing else (a label, a weekday and punctuation aside)."""
    found = find_date(text)
    if not found:
        return False
    _, match = found
    return bool(_ONLY_A_DATE.match(text[: match.start()] + " " + text[match.end() :]))
