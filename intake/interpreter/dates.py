"""Dates as minutes print them: "January 26, 2012", "3rd March 2015", "2015-03-03", and the
formal "the third day of March, two thousand and fifteen"."""

import datetime
import re
from dataclasses import dataclass

from .months import FOREIGN_MONTHS

_MONTH_NAMES = [
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
]
MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
# A full date may name its month in the language the minutes were translated from; a day and
# month without a year (below) is read in English only, as 'mai' or 'mars' is often a word.
_ANY_MONTHS = {**FOREIGN_MONTHS, **MONTHS}
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
NUMBER_WORDS = {
    **{word: n for n, word in enumerate(_UNITS, start=1)},
    **{word: n for n, word in enumerate(_TEENS, start=10)},
    **_TENS,
}
_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth"]  # fmt: skip
ORDINAL_WORDS = {
    **{word: n for n, word in enumerate(_ORDINAL_UNITS, start=1)},
    **{word: n for n, word in enumerate(
        ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth"], start=10)},
    "twentieth": 20,
    "thirtieth": 30,
    **{f"{tens}{sep}{unit}": value + n
       for tens, value in (("twenty", 20), ("thirty", 30))
       for n, unit in enumerate(_ORDINAL_UNITS, start=1)
       for sep in ("-", " ")},
}  # fmt: skip

_ORDINAL_MONTHS = {word: n for word, n in ORDINAL_WORDS.items() if n <= 12}
_MONTH_EN = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH = r"(?P<month>" + "|".join(sorted(_ANY_MONTHS, key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_NUMBER = "|".join(sorted([*NUMBER_WORDS, "hundred", "thousand"], key=len, reverse=True))
_YEAR_WORDS = rf"(?P<year_words>(?:{_NUMBER})(?:(?:\s+and\s+|[\s-]+)(?:{_NUMBER}))*)"
_DAY_WORD = r"(?P<day_word>" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")"
_MONTH_WORD = r"(?P<month_word>" + "|".join(sorted(_ORDINAL_MONTHS, key=len, reverse=True)) + ")"
_IN_THE_YEAR = r"(?:in\s+the\s+year\s+(?:of\s+our\s+lord\s+)?)?(?:a\.?d\.?\s+)?"
_YEAR_ANY = rf"(?:{_IN_THE_YEAR}(?:{_YEAR}|{_YEAR_WORDS}))"
_TO = r"\s*(?:[\u2013\u2014-]|to|and)\s*"
_SHORT_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_PATTERNS = [
    # The first day of a meeting of several days: '5-6 May 2023', 'May 5-6, 2023'.
    re.compile(rf"\b{_DAY}{_TO}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY}{_TO}\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    # '5. März 2019', '5 de marzo de 2019': a day's period and 'de' as other languages print.
    re.compile(
        rf"\b{_DAY}\.?\s+(?:day\s+)?(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR_ANY}\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_DAY_WORD}\s+(?:day\s+)?of\s+{_MONTH},?\s+{_YEAR_ANY}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+(?:the\s+)?{_DAY_WORD},?\s+{_YEAR_ANY}\b", re.IGNORECASE),
    # ISO, alone or as the date of a timestamp ('2019-03-12T18:30').
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<number>\d{1,2})-(?P<day>\d{1,2})(?:\b|(?=T\d))"),
    # A Quaker plain date: 'Twelfth Month 9, 2018', '9th day of Twelfth Month 2018'.
    re.compile(rf"\b{_MONTH_WORD}\s+month\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(
        rf"\b{_DAY}\s+(?:day\s+)?(?:of\s+)?(?:the\s+)?{_MONTH_WORD}\s+month,?\s+{_YEAR}\b", re.I
    ),
    # A day, a month's short name and two digits of the year: '05-Mar-19', '5/Mar/19'.
    re.compile(
        rf"\b{_DAY}(?P<sep>[-/])(?P<month>{_SHORT_MONTHS})(?P=sep)'?(?:{_YEAR}|(?P<yy>\d{{2}}))\b"
        r"(?![:.]\d)",
        re.I,
    ),
    # The month in Roman numerals, as Central European minutes write it: '15.X.2019'.
    re.compile(rf"\b{_DAY}\.\s?(?P<roman>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s?{_YEAR}\b"),
]
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_ROMAN_MONTHS = {numeral: n for n, numeral in enumerate(_ROMAN, start=1)}
# Day and month in numbers ("03/11/2015"): taken only when they cannot be read two ways.
# With dashes too ('27-06-2019'), a space after a dash left by a PDF's line ('27- 06-2019').
_NUMERIC = re.compile(
    r"\b(?P<a>\d{1,2})(?:[/.]|-\s?)(?P<b>\d{1,2})(?:[/.]|-\s?)(?P<year>(?:19|20)\d{2})\b"
)
# Two digits of the year only under a weekday that checks the reading: 'Mon 4/8/19', 'Tuesday
# 23.10.18', 'Thu 07-03-24' (a bare '4/8/19' is as often a vote's count or a reference).
_NUMERIC_SHORT_YEAR = re.compile(
    r"\b(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<yy>\d{2})\b(?![/.-]?\d)"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
# What may surround a date on a line that is only a date: a label, a weekday, times, punctuation.
_ONLY_A_DATE = re.compile(
    rf"^(?:(?:meeting\s+)?date(?:\s+of\s+meeting)?\s*:)?[\s,.|\u2013\u2014-]*(?:{_WEEKDAY})?"
    r"[\s,.|\u2013\u2014-]*(?:the\s+)?(?:[\s,.|@\u2013\u2014-]*(?:from|at|to|starting)?\s*"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|h|hrs|hours)?(?:\s*\([a-z]{2,5}\))?)*"
    r"[\s,.|\u2013\u2014-]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundDate:
    """A calendar date read from text, with where it was printed in that text."""

    date: datetime.date
    start: int
    end: int


def find_date(text: str, *, day_first: bool | None = None) -> FoundDate | None:
    """The first real calendar date in the text.

    A numeric date that reads two ways ('09/04/2019') is taken when a weekday printed with it
    agrees with one reading only, else in the document's convention (`day_first`, see
    `numeric_convention`), else not at all.
    """
    found = list(_all_dates(text, day_first))
    return min(found, key=lambda date: date.start) if found else None


def _all_dates(text: str, day_first: bool | None):
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            date = _calendar_date(match.groupdict())
            if date:
                yield FoundDate(date, match.start(), match.end())
    for match in _NUMERIC.finditer(text):
        date = _numeric_date(match, text, day_first)
        if date:
            yield FoundDate(date, match.start(), match.end())
    for match in _NUMERIC_SHORT_YEAR.finditer(text):
        date = _numeric_date(match, text, day_first)
        if date and weekday_before(text, match.start()) == date.weekday():
            yield FoundDate(date, match.start(), match.end())


def _numeric_date(match: re.Match, text: str, day_first: bool | None) -> datetime.date | None:
    a, b = int(match.group("a")), int(match.group("b"))
    year = match.groupdict().get("year") or 2000 + int(match.group("yy"))
    readings = [
        date
        for day, month in ((a, b), (b, a))
        if (date := _calendar_date({"day": day, "number": month, "year": year}))
    ]
    if len(set(readings)) == 1:
        return readings[0]
    weekday = weekday_before(text, match.start())
    agreeing = [date for date in readings if weekday is not None and date.weekday() == weekday]
    if len(agreeing) == 1:
        return agreeing[0]
    if day_first is None or not readings:
        return None
    return readings[0] if day_first else readings[-1]


_WEEKDAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def weekday_before(text: str, at: int) -> int | None:
    """The weekday printed just before a date ('Tuesday 09/04/2019', 'Tue, 11/9'): 0 for Monday."""
    match = re.search(rf"\b({_WEEKDAY})[\s,]*(?:the\s+)?$", text[:at], re.IGNORECASE)
    return _WEEKDAY_NAMES.index(match.group(1)[:3].lower()) if match else None


def numeric_convention(texts) -> bool | None:
    """Whether the document writes numeric dates day first (True), month first (False), or
    says nothing (None): the first date that can be read one way only ('14/05/2019') tells;
    failing that, the order of its dates in words ('12 March 2019' or 'March 12, 2019')."""
    texts = list(texts)
    for text in texts:
        for match in _NUMERIC.finditer(text):
            a, b = int(match.group("a")), int(match.group("b"))
            if a > 12 >= b:
                return True
            if b > 12 >= a:
                return False
    for text in texts:
        if match := _WORDED_ORDER.search(text):
            return match.group("day_first") is not None
    return None


# A full date in words, to tell which order the document writes: '12 March 2019' (day first)
# or 'March 12, 2019' (month first).
_WORDED_ORDER = re.compile(
    rf"(?P<day_first>\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_EN.replace('?P<month>', '?:')}"
    rf",?\s+{_YEAR.replace('?P<year>', '?:')})"
    rf"|\b{_MONTH_EN.replace('?P<month>', '?:')}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}",
    re.IGNORECASE,
)
# A day and month without a year: 'Thursday 7th March', 'Wednesday, 5 June', 'Tue, 11/9'.
_PARTIAL = [
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH_EN}(?!\w)(?!,?\s+(?:19|20)\d{{2}})", re.I),
    re.compile(rf"\b{_MONTH_EN}\s+{_DAY}\b(?!,?\s+(?:19|20)\d{{2}})(?!\s*[:/])", re.I),
    re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?![/\d])"),
]


def dates_without_year(text: str, year: int, *, day_first: bool | None = None):
    """Dates printed without their year ('Thursday 7th March'), given the year from elsewhere:
    only those that a printed weekday confirms, or that print no weekday."""
    for pattern in _PARTIAL:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            weekday = weekday_before(text, match.start())
            if parts.get("a"):
                a, b = int(parts["a"]), int(parts["b"])
                order = [(a, b), (b, a)] if day_first else [(b, a), (a, b)]
                candidates = [{"day": d, "number": m, "year": year} for d, m in order]
            else:
                candidates = [{**parts, "year": year}]
            for candidate in candidates:
                date = _calendar_date(candidate)
                if date and (weekday is None or date.weekday() == weekday):
                    yield FoundDate(date, match.start(), match.end()), weekday is not None
                    break


def _calendar_date(parts: dict) -> datetime.date | None:
    if parts.get("number"):
        month = int(parts["number"])
    elif parts.get("roman"):
        month = _ROMAN_MONTHS[parts["roman"]]
    elif parts.get("month_word"):
        month = _ORDINAL_MONTHS[parts["month_word"].lower()]
    else:
        month = _ANY_MONTHS[parts["month"].lower()]
    day = ORDINAL_WORDS[parts["day_word"].lower()] if parts.get("day_word") else parts["day"]
    year = parts.get("year") or year_from_words(parts.get("year_words") or "")
    if parts.get("yy"):
        year = 2000 + int(parts["yy"])  # '05-Mar-19': this century's
    try:
        return datetime.date(int(year), month, int(day))
    except (TypeError, ValueError):
        return None


def year_from_words(text: str) -> int | None:
    """'two thousand and fifteen' → 2015, 'nineteen ninety-nine' → 1999, 'twenty fifteen' → 2015."""
    words = [w for w in re.split(r"[\s-]+", text.casefold()) if w and w != "and"]
    if "thousand" in words:
        at = words.index("thousand")
        thousands = _small_number(words[:at])
        rest = _small_number(words[at + 1 :]) if words[at + 1 :] else 0
        return thousands * 1000 + rest if thousands and rest is not None else None
    # 'nineteen ninety-nine': two numbers of two digits each.
    for split in range(1, len(words)):
        century, rest = _small_number(words[:split]), _small_number(words[split:])
        if century and rest is not None and 10 <= century <= 20 and rest < 100:
            return century * 100 + rest
    return None


def _small_number(words: list[str]) -> int | None:
    """'ninety nine' → 99, 'one hundred' → 100; None when the words are not such a number."""
    total, current = 0, 0
    for word in words:
        if word == "hundred" and current:
            current *= 100
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        else:
            return None
    return total + current


def is_only_a_date(text: str, *, day_first: bool | None = None) -> bool:
    """The line says a date and nothing else (a label, a weekday, times and punctuation aside)."""
    found = find_date(text, day_first=day_first)
    if not found:
        return False
    rest = text[: found.start] + " " + text[found.end :]
    return bool(_ONLY_A_DATE.match(rest))
