"""Public pages of single statements and the list of every statement."""

import pytest
from django.urls import reverse

from minutes.models import StatementKind, Status
from tests.factories import (
    build_meeting,
    make_meeting,
    make_organisation,
    make_panel,
    make_panelist,
    make_person,
    make_statement,
    make_theme,
)

pytestmark = pytest.mark.django_db


# One statement


def test_statement_page_shows_role_at_the_time_and_neighbours(client, meeting_page):
    tagged, untagged, _later = meeting_page["statements"]

    response = client.get(untagged.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert "Untagged point." in html
    assert 'href="/people/monte-mallin/"' in html
    assert "Director of Strategic Planning" in html
    assert 'href="/organisations/nnsa/"' in html
    assert "Later post" not in html
    assert f'href="/meetings/gp-2012/#s{untagged.pk}"' in html
    assert 'href="/meetings/gp-2012/panels/1/"' in html
    assert response.context["previous"] == tagged
    assert response.context["next"] is None
    assert f'href="/statements/{tagged.pk}/" rel="prev"' in html
    assert 'rel="next"' not in html


def test_statement_page_shows_its_themes(client, meeting_page):
    later = meeting_page["statements"][2]

    html = client.get(later.get_absolute_url()).content.decode()

    assert '<a class="chip" href="/themes/security/">Security</a>' in html
    assert f'class="permalink" href="http://testserver/statements/{later.pk}/"' in html


def test_narrative_statement_without_speaker(client):
    statement = make_statement(speaker=None, kind=StatementKind.NARRATIVE, text="The panel broke.")

    meeting_html = client.get(statement.panel.meeting.get_absolute_url()).content.decode()
    statement_html = client.get(statement.get_absolute_url()).content.decode()

    assert "The panel broke." in meeting_html
    assert '<span class="kind">Narrative</span>' in meeting_html
    assert "<h1>Statement</h1>" in statement_html


def test_draft_statement_is_404_for_the_public_and_previewable_by_staff(client, staff_client):
    statement = make_statement(panel=make_panel(meeting=make_meeting(status=Status.DRAFT)))

    assert client.get(statement.get_absolute_url()).status_code == 404
    response = staff_client.get(statement.get_absolute_url())
    assert response.status_code == 200
    assert "Draft — not public" in response.content.decode()


def test_statement_page_queries_are_constant(client, django_assert_max_num_queries):
    panel = make_panel()
    person = make_person()
    make_panelist(panel=panel, person=person, organisation=make_organisation())
    statements = [
        make_statement(panel=panel, speaker=person, themes=[make_theme(), make_theme()])
        for _ in range(3)
    ]

    with django_assert_max_num_queries(5):
        client.get(statements[1].get_absolute_url())


# Every statement


def test_statement_list_is_published_only_and_filters_by_theme(client, meeting_page):
    tagged, untagged, later = meeting_page["statements"]
    hidden = make_statement(
        panel=make_panel(meeting=make_meeting(status=Status.DRAFT)),
        themes=[meeting_page["themes"][0]],
    )
    url = reverse("search:statement_list")

    everything = client.get(url).content.decode()
    on_security = client.get(url + "?theme=security")

    assert all(f'id="s{s.pk}"' in everything for s in (tagged, untagged, later))
    assert f'id="s{hidden.pk}"' not in everything
    shown = [
        row["pk"]
        for group in on_security.context["groups"]
        for panel in group["panels"]
        for row in panel["statements"]
    ]
    assert sorted(shown) == sorted([tagged.pk, later.pk])
    assert (
        '<a href="/statements/" aria-current="true"><span class="visually-hidden">Remove filter: '
        "</span>Security</a>"
    ) in on_security.content.decode()
    assert client.get(url + "?theme=nope").status_code == 400


def test_statement_list_is_newest_meeting_first_and_paginated(client):
    old = make_statement(panel=make_panel(meeting=make_meeting(date="2010-01-01")))
    new_panel = make_panel(meeting=make_meeting(date="2014-01-01"))
    for _ in range(50):
        make_statement(panel=new_panel)

    first = client.get(reverse("search:statement_list"))
    second = client.get(reverse("search:statement_list") + "?page=2")

    assert f'id="s{old.pk}"' not in first.content.decode()
    assert f'id="s{old.pk}"' in second.content.decode()
    assert '<link rel="canonical" href="http://testserver/statements/?page=2">' in (
        second.content.decode()
    )


def test_statement_list_queries_are_constant(client, django_assert_num_queries):
    themes = [make_theme(), make_theme()]
    for _ in range(3):
        build_meeting(panels=3, statements=10, themes=themes)

    # count; the page with its themes, panels and meetings; the theme vocabulary; then 9 for
    # the facets (see test_facets.py); and the public themes and organisations the filters
    # accept (cached until the records change, outside the tests)
    with django_assert_num_queries(16):
        client.get(reverse("search:statement_list"))
    # and the theme's slug checked, and its size counted to choose how to fetch its statements
    with django_assert_num_queries(18):
        client.get(reverse("search:statement_list") + f"?theme={themes[0].slug}")
