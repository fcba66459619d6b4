"""Public pages of the meeting records: content, drafts, theme filters, escaping, query counts."""

import pytest
from django.template import Context, Template
from django.urls import reverse, set_script_prefix

from minutes.models import Status
from tests.factories import (
    build_meeting,
    count_queries,
    make_meeting,
    make_organisation,
    make_panel,
    make_panelist,
    make_person,
    make_statement,
    make_theme,
)

pytestmark = pytest.mark.django_db


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
    counts = {shown.pk: shown.statement_count for shown in response.context["themes"]}
    assert counts[theme.pk] == 1


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


def test_navigation_follows_the_script_prefix_though_routes_are_reversed_once(rf):
    # nav_link keeps each reversed route per URL conf and script prefix.
    nav = Template('{% load records %}{% nav_link "minutes:theme_list" "Themes" %}')
    context = Context({"request": rf.get("/")})

    plain = nav.render(context)
    set_script_prefix("/gp/")
    try:
        mounted = nav.render(context)
    finally:
        set_script_prefix("/")

    assert plain == '<li><a href="/themes/">Themes</a></li>'
    assert mounted == '<li><a href="/gp/themes/">Themes</a></li>'


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

    # and two for the public themes (cached until the records change outside the tests)
    with django_assert_max_num_queries(4):
        client.get(reverse("minutes:home"))


# The meeting page


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


def test_meeting_without_panels_is_shown_and_its_draft_kept_from_the_public(client, staff_client):
    published = make_meeting(title="Announced meeting")
    draft = make_meeting(title="Planned meeting", status=Status.DRAFT)

    response = client.get(published.get_absolute_url())
    assert response.status_code == 200
    assert "The minutes of this meeting have no panels yet." in response.content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert staff_client.get(draft.get_absolute_url()).status_code == 200
    assert client.get("/meetings/no-such-meeting/").status_code == 404


def test_meeting_page_panels_share_one_meeting(client):
    meeting = make_meeting()
    for position in (1, 2):
        make_statement(panel=make_panel(meeting=meeting, position=position))

    shown = client.get(meeting.get_absolute_url()).context["meeting"]

    assert {id(panel.meeting) for panel in shown.panel_list} == {id(shown)}


def test_a_meeting_of_more_panels_than_a_compiled_query_takes_is_shown_whole(client):
    # The panel ids fill an IN list; past gp_site.compiled_query.STAND_INS it is run as built.
    meeting = make_meeting()
    panels = [make_panel(meeting=meeting, title=f"Session {n}") for n in range(1, 103)]
    make_panelist(panel=panels[-1], person=make_person(name="Last Speaker"))
    make_statement(panel=panels[-1], text="The last word.")

    response = client.get(meeting.get_absolute_url())

    assert response.status_code == 200
    page = response.content.decode()
    assert "Session 102" in page and "Last Speaker" in page and "The last word." in page


def test_published_meeting_has_no_draft_banner(staff_client, meeting_page):
    assert "Draft — not public" not in staff_client.get(meeting_page["url"]).content.decode()


def test_statement_text_is_escaped(client):
    statement = make_statement(text="<script>alert(1)</script>")
    urls = [
        statement.panel.meeting.get_absolute_url(),
        statement.panel.get_absolute_url(),
        statement.get_absolute_url(),
        reverse("search:statement_list"),
    ]

    for url in urls:
        html = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_line_up_theme_chips_and_matrix_escape_what_the_records_hold(client):
    # Built by template tags in Python (minutes/templatetags/panels.py, matrix.py), not by
    # the template language, so escaping is theirs to do.
    person = make_person(name="<b>Ann</b>", biography="Bio <i>one</i>.\n\nBio & two.")
    panel = make_panel(title="Panel <1>")
    make_panelist(
        panel=panel,
        person=person,
        title="Talk <x>",
        role="Role & co",
        organisation=make_organisation(name="Org <y>"),
    )
    make_statement(panel=panel, speaker=person, themes=[make_theme(name="Theme <z>")])

    html = client.get(panel.meeting.get_absolute_url()).content.decode()

    assert "<b>Ann</b>" not in html and "&lt;b&gt;Ann&lt;/b&gt;" in html
    assert '<span class="talk">Talk &lt;x&gt;</span>' in html
    assert '<p class="attribution">Role &amp; co, <a href="/organisations/' in html
    assert ">Org &lt;y&gt;</a></p>" in html
    assert "<p>Bio &lt;i&gt;one&lt;/i&gt;.</p>\n\n<p>Bio &amp; two.</p>" in html
    assert "Theme <z>" not in html and 'Theme &lt;z&gt; <span class="count">1' in html
    assert "<span>Theme &lt;z&gt;</span>" in html  # the matrix column
    assert "Panel <1>" not in html


def test_panel_theme_chips_most_used_first_then_by_name(client):
    panel = make_panel()
    beta, alpha, gamma = (make_theme(name=name) for name in ("Beta", "Alpha", "Gamma"))
    make_statement(panel=panel, themes=[gamma, beta])
    make_statement(panel=panel, themes=[gamma, alpha])

    response = client.get(panel.meeting.get_absolute_url())

    (shown,) = response.context["panels"]
    assert [(t["name"], t["count"]) for t in shown.theme_counts] == [
        ("Gamma", 2),
        ("Alpha", 1),
        ("Beta", 1),
    ]
    # Each statement's own chips are in name order.
    assert [[t["name"] for t in row["themes"]] for row in shown.statement_rows] == [
        ["Beta", "Gamma"],
        ["Alpha", "Gamma"],
    ]


def test_meeting_page_keeps_statements_without_themes_once_each(client):
    panel = make_panel()
    themes = [make_theme(), make_theme(), make_theme()]
    first = make_statement(panel=panel, themes=themes)
    second = make_statement(panel=panel)
    third = make_statement(panel=panel, themes=themes[:1])

    (shown,) = client.get(panel.meeting.get_absolute_url()).context["panels"]

    assert [row["pk"] for row in shown.statement_rows] == [first.pk, second.pk, third.pk]
    assert [len(row["themes"]) for row in shown.statement_rows] == [3, 0, 1]


def test_meeting_page_queries_do_not_grow_with_panels_and_statements(client):
    themes = [make_theme(), make_theme()]
    small = build_meeting(panels=1, statements=2, themes=themes)
    large = build_meeting(panels=20, statements=50, themes=themes)

    small_count = count_queries(client, small.get_absolute_url())
    large_count = count_queries(client, large.get_absolute_url())

    # Panels with their meeting, line-ups, statements with their themes.
    assert large_count == small_count == 3
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

    assert count_queries(client, url) == 3
