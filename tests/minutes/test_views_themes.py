"""Public theme pages."""

import pytest
from django.urls import reverse

from minutes.models import Status
from tests.factories import (
    build_meeting,
    make_meeting,
    make_panel,
    make_statement,
    make_theme,
)

pytestmark = pytest.mark.django_db


# Themes


def test_theme_list_counts_published_statements_only(client, meeting_page):
    security, _awareness = meeting_page["themes"]
    draft_panel = make_panel(meeting=make_meeting(status=Status.DRAFT))
    make_statement(panel=draft_panel, themes=[security])

    response = client.get(reverse("minutes:theme_list"))

    counts = {theme.name: theme.statement_count for theme in response.context["themes"]}
    assert counts == {"Security": 2, "Awareness": 1}
    assert 'href="/themes/security/"' in response.content.decode()


def test_theme_page_groups_statements_by_meeting_and_panel(client, meeting_page):
    security = meeting_page["themes"][0]
    tagged, untagged, later = meeting_page["statements"]
    older = make_statement(
        panel=make_panel(meeting=make_meeting(title="Older meeting", date="2005-05-05")),
        themes=[security],
    )
    draft = make_statement(
        panel=make_panel(meeting=make_meeting(status=Status.DRAFT)), themes=[security]
    )

    response = client.get(security.get_absolute_url())

    html = response.content.decode()
    groups = response.context["groups"]
    assert [group["meeting"].title for group in groups] == [
        "Panel Discussions on the GP",
        "Older meeting",
    ]
    assert [p["panel"].position for p in groups[0]["panels"]] == [1, 2]
    assert all(f'id="s{s.pk}"' in html for s in (tagged, later, older))
    assert f'id="s{untagged.pk}"' not in html
    assert f'id="s{draft.pk}"' not in html
    assert client.get("/themes/no-such-theme/").status_code == 404


def test_theme_pages_queries_are_constant(client, django_assert_max_num_queries):
    themes = [make_theme(), make_theme()]
    for _ in range(3):
        build_meeting(panels=3, statements=10, themes=themes)

    # and two for the public themes, on each page (cached until the records change)
    with django_assert_max_num_queries(4):
        client.get(reverse("minutes:theme_list"))
    # One of them is the timeline's aggregate over every published meeting; see also
    # minutes/views/paging.py.
    with django_assert_max_num_queries(9):
        client.get(themes[0].get_absolute_url())


def test_theme_page_timeline_and_headings_escape_what_the_records_hold(client):
    # The timeline and the meeting and panel headings are built by template tags in Python.
    theme = make_theme(name="Safety")
    meeting = make_meeting(title="Meeting <m>", short_title="Short <s>")
    panel = make_panel(meeting=meeting, title="Panel <p>", topic="Topic & more")
    make_statement(panel=panel, themes=[theme])

    html = client.get(theme.get_absolute_url()).content.decode()

    assert "<m>" not in html and "<s>" not in html and "Panel <p>" not in html
    assert f'<a href="{meeting.get_absolute_url()}">Meeting &lt;m&gt;</a>' in html
    assert f'<a href="{panel.get_absolute_url()}">Panel &lt;p&gt;</a>: Topic &amp; more' in html
    assert "<title>Short &lt;s&gt;, " in html  # a column of the chart
    assert f'<a href="{meeting.get_absolute_url()}?theme={theme.slug}">Short &lt;s&gt;</a>' in html
