"""The statement markup's helpers."""

import datetime

from django.utils import translation
from django.utils.dateformat import format as date_format

from minutes.templatetags.statements import formatted_date


def test_a_remembered_date_is_formatted_as_django_formats_it_in_each_language():
    day = datetime.date(2012, 1, 26)
    assert formatted_date(day, "j F Y") == date_format(day, "j F Y") == "26 January 2012"
    with translation.override("fr"):
        assert formatted_date(day, "j F Y") == "26 janvier 2012"
    assert formatted_date(day, "j M Y") == "26 Jan 2012"
