"""Dates as the pages print them, each formatted once per format and language."""

import datetime
import functools

from django.utils.dateformat import format as date_format
from django.utils.translation import get_language


def day(value: datetime.date | None, format_string: str) -> str:
    """The `date` filter for dates, each formatted once per format and language."""
    return formatted_date(value, format_string) if value else ""


def formatted_date(date: datetime.date, format_string: str) -> str:
    """`date_format()`, remembered: a page formats the same few meeting dates many times,
    at some 15 µs each."""
    return _formatted_date(date, format_string, get_language())


@functools.lru_cache(maxsize=4096)
def _formatted_date(date: datetime.date, format_string: str, language: str) -> str:
    return date_format(date, format_string)
