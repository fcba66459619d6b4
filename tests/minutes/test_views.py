"""Public pages of the meeting records: content, drafts, theme filters, escaping, query counts."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from minutes.models import Panel, Panelist, Statement, StatementKind, Status
from tests.factories import (
    make_meeting,
    make_membership,
    make_organisation,
    make_panel,
    make_panelist,
    make_person,
    make_statement,
    make_theme,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(staff_user):
    """A second client, logged in as staff, beside the anonymous `client`."""
    staff = Client()
    staff.force_login(staff_user)
    return staff


def build_meeting(*, panels: int, statements: int, themes: list, **fields):
    """A meeting with a three-person line-up per panel and themed statements, in bulk."""
    meeting = make_meeting(**fields)
    organisation = make_organisation()
    people = [make_person() for _ in range(3)]
    links = []
    for position in range(1, panels + 1):
        panel = Panel.objects.create(meeting=meeting, position=position, title=f"Panel {position}")
        Panelist.objects.bulk_create(
            Panelist(
                panel=panel, person=person, position=n, role="Director", organisation=organisation
            )
            for n, person in enumerate(people, 1)
        )
        rows = Statement.objects.bulk_create(
            Statement(panel=panel, speaker=people[n % 3], position=n, text=f"Point {n}.")
            for n in range(1, statements + 1)
        )
        links += [
            Statement.themes.through(statement_id=row.pk, theme_id=themes[row.position % 2].pk)
            for row in rows
        ]
    Statement.themes.through.objects.bulk_create(links)
    return meeting


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


# Home and lists


def test_home_shows_latest_published_meetings_themes_and_search(client):
    published = make_meeting(title="Published meeting")
    make_meeting(title="Secret draft", status=Status.DRAFT)
    theme = make_theme(name="Biosecurity")
    make_statement(panel=make_panel(meeting=published), themes=[theme])
    draft_panel = make_panel(meeting=make_meeting(status=Status.DRAFT))
    make_statement(panel=draft_panel, themes=[theme])

    response = client.get(reverse("minutes:home"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Published meeting" in html
    assert "Secret draft" not in html
    assert 'action="/search/"' in html
    assert "Biosecurity" in html
    assert response.context["themes"].get(pk=theme.pk).statement_count == 1


def test_base_layout_is_accessible_and_has_no_inline_style_or_script(client):
    make_meeting()

    html = client.get(reverse("minutes:home")).content.decode()

    assert '<html lang="en">' in html
    assert 'href="#main"' in html
    assert '<main id="main"' in html
    assert '<link rel="canonical" href="http://testserver/">' in html
    assert "· GP Records</title>" in html
    assert "style=" not in html
    assert "<script" not in html


def test_navigation_marks_the_current_section(client, meeting_page):
    html = client.get(meeting_page["url"]).content.decode()

    assert '<a href="/meetings/" aria-current="true">Meetings</a>' in html
    assert '<a href="/themes/">Themes</a>' in html
    assert '<a href="/search/">Search</a>' in html


def test_unknown_page_is_404_with_the_site_layout(client):
    response = client.get("/no-such-page/")

    html = response.content.decode()
    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in html
    assert 'rel="canonical"' not in html


def test_meeting_list_is_published_only_newest_first_and_paginated(client):
    for day in range(1, 52):
        make_meeting(title=f"Meeting of day {day}", date=f"2013-01-{day % 28 + 1:02d}")
    make_meeting(title="Draft meeting", status=Status.DRAFT)

    response = client.get(reverse("minutes:meeting_list"))

    meetings = response.context["meetings"]
    assert len(meetings) == 50
    assert [m.date for m in meetings] == sorted((m.date for m in meetings), reverse=True)
    assert "Draft meeting" not in response.content.decode()
    assert client.get(reverse("minutes:meeting_list") + "?page=2").status_code == 200


def test_meeting_list_queries_are_constant(client, django_assert_max_num_queries):
    host = make_organisation()
    for _ in range(30):
        make_meeting(host=host)

    with django_assert_max_num_queries(2):
        client.get(reverse("minutes:meeting_list"))


def test_home_queries_are_constant(client, django_assert_max_num_queries):
    for _ in range(12):
        make_statement(panel=make_panel(meeting=make_meeting(host=make_organisation())))
    for _ in range(10):
        make_theme()

    with django_assert_max_num_queries(2):
        client.get(reverse("minutes:home"))


# The meeting page


@pytest.fixture
def meeting_page():
    """A published meeting with two panels, a line-up and themed statements."""
    host = make_organisation(name="Department of State", slug="state")
    nnsa = make_organisation(name="National Nuclear Security Administration", slug="nnsa")
    meeting = make_meeting(
        title="Panel Discussions on the GP",
        slug="gp-2012",
        location="Washington, DC",
        host=host,
        source_url="http://www.state.gov/t/isn/gp2013/mtg/panel/184313.htm",
        summary="Two panels, eight speakers.",
    )
    mallin = make_person(name="Monte Mallin", slug="monte-mallin", biography="Current bio.")
    make_membership(person=mallin, organisation=make_organisation(), role="Later post")
    first, second = make_panel(meeting=meeting), make_panel(meeting=meeting, topic="Futures")
    make_panelist(
        panel=first,
        person=mallin,
        role="Director of Strategic Planning",
        organisation=nnsa,
        biography="Bio as printed in 2012.",
    )
    other = make_person(name="Anita Nergard", biography="Her biography.")
    make_panelist(panel=second, person=other)
    security, awareness = make_theme(name="Security", slug="security"), make_theme(name="Awareness")
    tagged = make_statement(
        panel=first, speaker=mallin, text="First paragraph.\n\nSecond paragraph.", themes=[security]
    )
    untagged = make_statement(panel=first, speaker=mallin, text="Untagged point.")
    later = make_statement(
        panel=second, speaker=other, text="Second panel point.", themes=[security, awareness]
    )
    return {
        "meeting": meeting,
        "panels": (first, second),
        "statements": (tagged, untagged, later),
        "themes": (security, awareness),
        "url": reverse("minutes:meeting_detail", kwargs={"slug": meeting.slug}),
    }


def test_meeting_page_shows_header_contents_lineup_and_statements(client, meeting_page):
    tagged, untagged, later = meeting_page["statements"]

    html = client.get(meeting_page["url"]).content.decode()

    assert "<h1>Panel Discussions on the GP</h1>" in html
    assert "Washington, DC" in html
    assert 'href="/organisations/state/"' in html
    assert 'href="http://www.state.gov/t/isn/gp2013/mtg/panel/184313.htm"' in html
    assert 'href="#panel-1"' in html
    assert 'href="#panel-1-monte-mallin"' in html
    # The line-up shows the role and organisation printed at the time, not the later post.
    assert "Director of Strategic Planning" in html
    assert 'href="/organisations/nnsa/"' in html
    assert "Later post" not in html
    assert "Bio as printed in 2012." in html
    assert "Current bio." not in html
    assert "Her biography." in html
    assert f'<article class="statement" id="s{tagged.pk}">' in html
    assert f'id="s{untagged.pk}"' in html
    assert "<p>First paragraph.</p>" in html
    assert "<p>Second paragraph.</p>" in html
    assert '<a class="chip" href="/themes/security/">Security</a>' in html
    assert f'href="http://testserver/statements/{later.pk}/"' in html
    assert 'href="?theme=security#panel-1"' in html


def test_meeting_page_groups_a_speakers_consecutive_statements(client, meeting_page):
    tagged, untagged, _ = meeting_page["statements"]

    html = client.get(meeting_page["url"]).content.decode()

    assert f'<article class="statement" id="s{tagged.pk}">' in html
    assert f'<article class="statement continued" id="s{untagged.pk}">' in html


def test_meeting_page_counts_themes_per_panel(client, meeting_page):
    first, second = client.get(meeting_page["url"]).context["panels"]

    assert [(t["name"], t["count"]) for t in first.theme_counts] == [("Security", 1)]
    assert sorted((t["name"], t["count"]) for t in second.theme_counts) == [
        ("Awareness", 1),
        ("Security", 1),
    ]


def test_theme_filter_keeps_exactly_the_tagged_statements(client, meeting_page):
    tagged, untagged, later = meeting_page["statements"]

    response = client.get(meeting_page["url"] + "?theme=security")

    html = response.content.decode()
    shown = [row["pk"] for panel in response.context["panels"] for row in panel.statement_rows]
    assert shown == [tagged.pk, later.pk]
    assert f'id="s{untagged.pk}"' not in html
    assert "Showing only the 2 statements on the theme" in html
    assert f'href="{meeting_page["url"]}">Show all statements</a>' in html
    assert "Director of Strategic Planning" in html  # line-ups stay


def test_theme_filter_with_an_unknown_theme_is_404(client, meeting_page):
    assert client.get(meeting_page["url"] + "?theme=no-such-theme").status_code == 404


def test_draft_meeting_is_404_for_the_public_and_previewable_by_staff(client, staff_client):
    meeting = make_meeting(status=Status.DRAFT, title="Unpublished meeting")
    make_statement(panel=make_panel(meeting=meeting))
    url = reverse("minutes:meeting_detail", kwargs={"slug": meeting.slug})

    assert client.get(url).status_code == 404

    response = staff_client.get(url)
    assert response.status_code == 200
    assert "Draft — not public" in response.content.decode()


def test_published_meeting_has_no_draft_banner(staff_client, meeting_page):
    assert "Draft — not public" not in staff_client.get(meeting_page["url"]).content.decode()


def test_statement_text_is_escaped(client):
    statement = make_statement(text="<script>alert(1)</script>")
    urls = [
        statement.panel.meeting.get_absolute_url(),
        statement.panel.get_absolute_url(),
        statement.get_absolute_url(),
        reverse("minutes:statement_list"),
    ]

    for url in urls:
        html = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_meeting_page_queries_do_not_grow_with_panels_and_statements(client):
    themes = [make_theme(), make_theme()]
    small = build_meeting(panels=1, statements=2, themes=themes)
    large = build_meeting(panels=20, statements=50, themes=themes)

    small_count = count_queries(client, small.get_absolute_url())
    large_count = count_queries(client, large.get_absolute_url())

    assert large_count == small_count == 5
    slug = themes[0].slug
    assert count_queries(client, f"{large.get_absolute_url()}?theme={slug}") == small_count + 1


# One panel


def test_panel_page_shows_one_panel(client, meeting_page):
    tagged, _untagged, later = meeting_page["statements"]
    url = reverse("minutes:panel_detail", kwargs={"meeting_slug": "gp-2012", "position": 2})

    response = client.get(url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and "Panel 2: Futures</h1>" in html
    assert f'id="s{later.pk}"' in html
    assert f'id="s{tagged.pk}"' not in html
    assert "Anita Nergard" in html


def test_panel_page_theme_filter_and_missing_panel(client, meeting_page):
    url = reverse("minutes:panel_detail", kwargs={"meeting_slug": "gp-2012", "position": 1})
    tagged, untagged, _ = meeting_page["statements"]

    html = client.get(url + "?theme=security").content.decode()

    assert f'id="s{tagged.pk}"' in html
    assert f'id="s{untagged.pk}"' not in html
    missing = reverse("minutes:panel_detail", kwargs={"meeting_slug": "gp-2012", "position": 9})
    assert client.get(missing).status_code == 404


def test_draft_panel_is_404_for_the_public_and_previewable_by_staff(client, staff_client):
    panel = make_panel(meeting=make_meeting(status=Status.DRAFT))

    assert client.get(panel.get_absolute_url()).status_code == 404
    response = staff_client.get(panel.get_absolute_url())
    assert response.status_code == 200
    assert "Draft — not public" in response.content.decode()


def test_panel_page_queries_are_constant(client):
    themes = [make_theme(), make_theme()]
    meeting = build_meeting(panels=3, statements=40, themes=themes)
    url = reverse("minutes:panel_detail", kwargs={"meeting_slug": meeting.slug, "position": 2})

    assert count_queries(client, url) == 5


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
    url = reverse("minutes:statement_list")

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

    first = client.get(reverse("minutes:statement_list"))
    second = client.get(reverse("minutes:statement_list") + "?page=2")

    assert f'id="s{old.pk}"' not in first.content.decode()
    assert f'id="s{old.pk}"' in second.content.decode()
    assert '<link rel="canonical" href="http://testserver/statements/?page=2">' in (
        second.content.decode()
    )


def test_statement_list_queries_are_constant(client, django_assert_num_queries):
    themes = [make_theme(), make_theme()]
    for _ in range(3):
        build_meeting(panels=3, statements=10, themes=themes)

    # count, page, themes of the page, panels; then 9 for the facets (see test_facets.py)
    with django_assert_num_queries(13):
        client.get(reverse("minutes:statement_list"))
    with django_assert_num_queries(14):  # and the theme's slug checked
        client.get(reverse("minutes:statement_list") + f"?theme={themes[0].slug}")


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

    with django_assert_max_num_queries(2):
        client.get(reverse("minutes:theme_list"))
    # One of them is the timeline's aggregate over every published meeting.
    with django_assert_max_num_queries(6):
        client.get(themes[0].get_absolute_url())
