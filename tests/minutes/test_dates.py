"""Template tags and filters shared by every page."""

import datetime

from django.utils import translation
from django.utils.dateformat import format as date_format

from minutes.presentation.dates import formatted_date


def test_a_remembered_date_is_formatted_as_django_formats_it_in_each_language():
    day = datetime.date(2012, 1, 26)
    assert formatted_date(day, "j F Y") == date_format(day, "j F Y") == "26 January 2012"
    with translation.override("fr"):
        assert formatted_date(day, "j F Y") == "26 janvier 2012"
    assert formatted_date(day, "j M Y") == "26 Jan 2012"


def test_the_day_filter_renders_as_the_date_filter_and_nothing_for_no_date():
    from django.template import Context, Template

    template = Template('{% load records %}{{ when|day:"l j F Y" }}|{{ when|date:"l j F Y" }}')
    assert template.render(Context({"when": datetime.date(2012, 1, 26)})) == (
        "Thursday 26 January 2012|Thursday 26 January 2012"
    )
    assert template.render(Context({"when": None})) == "|"


def test_nav_link_links_where_url_links_and_marks_the_current_section():
    from django.template import Context, Template
    from django.test import RequestFactory

    template = Template(
        "{% load records %}{% nav_link 'minutes:meeting_list' label %}|"
        "{% url 'minutes:meeting_list' %}"
    )
    within = RequestFactory().get("/meetings/gp-2012/")
    elsewhere = RequestFactory().get("/themes/")
    assert template.render(Context({"request": within, "label": "Meetings & more"})) == (
        '<li><a href="/meetings/" aria-current="true">Meetings &amp; more</a></li>|/meetings/'
    )
    assert template.render(Context({"request": elsewhere, "label": "Meetings & more"})) == (
        '<li><a href="/meetings/">Meetings &amp; more</a></li>|/meetings/'
    )
