"""The pictures and citations as pages show them: the meeting matrix (and the speaker narrowing
its cells link to), the theme timeline, person and organisation rankings, and citations; with
their numbers, links and pinned query counts."""

import datetime
import json
import re
from html import unescape

import pytest
from django.urls import reverse

from minutes.models import Status
from tests.factories import (
    make_meeting,
    make_organisation,
    make_panel,
    make_panelist,
    make_person,
    make_statement,
    make_theme,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting():
    """Panel 1: Ann (2 on health, 1 also on law) and Bob (1 on health); panel 2: Bob (law)."""
    meeting = make_meeting(slug="spring", title="Spring meeting", location="Oslo")
    ann = make_person(name="Ann Arbor", sort_name="Arbor, Ann", slug="ann")
    bob = make_person(name="Bob Boyd", slug="bob")
    health = make_theme(name="Health", slug="health")
    law = make_theme(name="Law", slug="law")
    first, second = make_panel(meeting=meeting), make_panel(meeting=meeting)
    make_panelist(panel=first, person=ann)
    make_panelist(panel=first, person=bob)
    make_panelist(panel=second, person=bob)
    make_statement(panel=first, speaker=ann, text="Ann on health.", themes=[health])
    make_statement(panel=first, speaker=ann, text="Ann on both.", themes=[health, law])
    make_statement(panel=first, speaker=bob, text="Bob on health.", themes=[health])
    make_statement(panel=second, speaker=bob, text="Bob on law.", themes=[law])
    make_statement(panel=second, speaker=None, text="Narrative.", kind="narrative")
    return meeting


def cell(html: str, *, theme: str, speaker: str, panel: int) -> str:
    """The link text of one matrix cell, with its hidden words."""
    href = re.escape(f"/meetings/spring/?theme={theme}&amp;speaker={speaker}#panel-{panel}")
    found = re.search(rf'<a href="{href}"[^>]*>(.*?)</a>', html)
    return unescape(re.sub(r"<[^>]+>", "", found.group(1))) if found else ""


def shown_texts(response) -> list[str]:
    return [row["text"] for panel in response.context["panels"] for row in panel.statement_rows]


# The meeting matrix


def test_matrix_counts_each_speakers_statements_per_theme_and_links_them(client, meeting):
    response = client.get(meeting.get_absolute_url())
    html = response.content.decode()

    matrix = response.context["matrix"]
    assert [theme["name"] for theme in matrix.themes] == ["Health", "Law"]
    assert [
        (group.panel.position, row.person.name, [c.count for c in row.cells])
        for group in matrix.groups
        for row in group.rows
    ] == [(1, "Ann Arbor", [2, 1]), (1, "Bob Boyd", [1, 0]), (2, "Bob Boyd", [0, 1])]
    assert 'id="matrix"' in html
    assert cell(html, theme="health", speaker="ann", panel=1) == "2 by Ann Arbor on Health"
    assert cell(html, theme="law", speaker="ann", panel=1) == "1 by Ann Arbor on Law"
    assert cell(html, theme="law", speaker="bob", panel=2) == "1 by Bob Boyd on Law"
    assert cell(html, theme="law", speaker="bob", panel=1) == ""  # nothing to link to
    assert html.count('<td class="heat-5">') == 1  # Ann on health, the largest count
    assert html.count('<td class="heat-3">') == 3  # half of it, rounded up
    assert html.count('<td class="heat-0">') == 2
    assert '<th scope="colgroup" colspan="3">Panel 2</th>' in html
    assert "<td>3</td><td>2</td>" in html  # totals by theme


def test_matrix_cell_link_shows_exactly_those_statements(client, meeting):
    response = client.get(meeting.get_absolute_url() + "?theme=health&speaker=ann")

    assert shown_texts(response) == ["Ann on health.", "Ann on both."]
    html = response.content.decode()
    assert "Showing only the 2 statements by" in html
    assert 'aria-current="true">2<span class="visually-hidden"> by Ann Arbor on Health' in html
    # The matrix itself stays whole.
    assert [c.count for c in response.context["matrix"].groups[0].rows[0].cells] == [2, 1]


def test_speaker_narrowing_alone_and_unknown_speaker(client, meeting):
    response = client.get(meeting.get_absolute_url() + "?speaker=bob")
    assert shown_texts(response) == ["Bob on health.", "Bob on law."]
    assert client.get(meeting.get_absolute_url() + "?speaker=nobody").status_code == 404


def test_meeting_without_themes_has_no_matrix(client):
    statement = make_statement(text="Untagged.")
    html = client.get(statement.panel.meeting.get_absolute_url()).content.decode()
    assert 'id="matrix"' not in html


def test_panel_page_matrix_covers_its_panel_and_links_to_itself(client, meeting):
    url = reverse("minutes:panel_detail", kwargs={"meeting_slug": "spring", "position": 2})
    response = client.get(url)
    matrix = response.context["matrix"]
    assert [theme["name"] for theme in matrix.themes] == ["Law"]
    assert f'href="{url}?theme=law&amp;speaker=bob#panel-2"' in response.content.decode()


def test_matrix_and_citations_add_no_query(client, meeting, django_assert_num_queries):
    # The same three queries as a meeting page without them (see test_views); narrowing
    # costs one lookup for the theme and one for the speaker.
    with django_assert_num_queries(3):
        client.get(meeting.get_absolute_url())
    with django_assert_num_queries(5):
        client.get(meeting.get_absolute_url() + "?theme=health&speaker=ann")


# Citations


def test_meeting_page_offers_a_compact_citation_per_statement(client, meeting):
    html = client.get(meeting.get_absolute_url()).content.decode()

    assert html.count('<details class="cite-compact">') == 5
    assert (
        "Arbor, Ann. “Ann on health.” Panel 1, paragraph 1, Spring meeting, Oslo, "
        f"{meeting.date.day} {meeting.date:%B %Y}. GP Records. http://testserver/statements/"
    ) in html
    assert "“Narrative.” Panel 2, paragraph 2" in html  # no author for narrative


def test_statement_page_cites_in_three_formats_with_the_absolute_permalink(client, meeting):
    statement = meeting.panels.get(position=1).statements.get(position=2)
    html = client.get(statement.get_absolute_url()).content.decode()
    permalink = f"http://testserver/statements/{statement.pk}/"

    assert '<section class="cite" id="cite" aria-labelledby="cite-heading">' in html
    assert "Arbor, Ann. “Ann on both.” Panel 1, paragraph 2" in unescape(html)
    assert "@misc{spring-p1-s2," in html
    assert f"url = {{{permalink}}}" in html
    csl = re.search(r"<h3>CSL-JSON</h3>\s*<pre[^>]*><code>(.*?)</code></pre>", html, re.S)
    item = json.loads(unescape(csl.group(1)))[0]
    assert item["URL"] == permalink
    assert item["author"] == [{"family": "Arbor", "given": "Ann"}]


# A theme's timeline


def test_theme_page_draws_statements_per_published_meeting(client, django_assert_num_queries):
    theme = make_theme(name="Health", slug="health")
    old = make_meeting(title="Old", date=datetime.date(2012, 1, 26))
    quiet = make_meeting(title="Quiet", date=datetime.date(2013, 6, 1))
    new = make_meeting(title="New", date=datetime.date(2014, 3, 3))
    make_statement(panel=make_panel(meeting=old), themes=[theme])
    make_statement(panel=make_panel(meeting=quiet))
    for _ in range(2):
        make_statement(panel=make_panel(meeting=new), themes=[theme])
    draft = make_meeting(title="Draft", status=Status.DRAFT)
    make_statement(panel=make_panel(meeting=draft), themes=[theme])

    # paging (minutes/views/paging.py), and the public themes it is looked up among (cached
    # until the records change outside the tests)
    with django_assert_num_queries(8):
        response = client.get(theme.get_absolute_url())
    html = response.content.decode()

    assert [(p.meeting.title, p.count) for p in response.context["timeline"].points] == [
        ("Old", 1),
        ("Quiet", 0),
        ("New", 2),
    ]
    assert 'role="img" aria-labelledby="timeline-title timeline-desc"' in html
    assert "3 statements in 2 of 3 meetings, from 26 January 2012 to 3 March 2014." in html
    assert "The most: 2, at New on 3 March 2014." in html
    assert html.count('<rect class="timeline-column"') == 3
    assert f'<a href="{new.get_absolute_url()}?theme=health">New</a>' in html
    assert f'<a href="{quiet.get_absolute_url()}">Quiet</a>' in html  # nothing to narrow to
    assert "Draft" not in html


def test_theme_without_published_statements_has_no_timeline(client):
    theme = make_theme()
    make_statement(panel=make_panel(meeting=make_meeting(status=Status.DRAFT)), themes=[theme])
    assert "timeline-chart" not in client.get(theme.get_absolute_url()).content.decode()


# Rankings on person and organisation pages


def ranking(html: str) -> list[tuple[str, str, str]]:
    items = re.findall(
        r'<a href="/themes/[\w-]+/">([^<]+)</a></span>\s*'
        r'<span class="ranking-count">([^<]+)</span>\s*'
        r'<svg class="ranking-bar"[^>]*><rect width="(\d+)%"',
        html,
    )
    return items


def test_person_page_ranks_their_themes(client, meeting, django_assert_num_queries):
    ann = meeting.panels.get(position=1).panelists.get(position=1).person
    hidden = make_meeting(status=Status.DRAFT)
    make_statement(panel=make_panel(meeting=hidden), speaker=ann, themes=[make_theme(name="Zoo")])

    with django_assert_num_queries(8):  # paging: minutes/views/paging.py
        html = client.get(ann.get_absolute_url()).content.decode()

    assert '<h2 id="ranking-heading">What they spoke about</h2>' in html
    assert ranking(html) == [("Health", "2 statements", "100"), ("Law", "1 statement", "50")]


def test_organisation_page_ranks_what_its_people_spoke_about(client, meeting):
    ministry = make_organisation(name="Ministry", slug="ministry")
    office = make_organisation(name="Office", slug="office", parent=ministry)
    panel = make_panel(meeting=meeting)
    carl, dee = make_person(name="Carl"), make_person(name="Dee")
    make_panelist(panel=panel, person=carl, organisation=office)
    make_panelist(panel=panel, person=dee)  # not for the ministry
    security = make_theme(name="Security")
    make_statement(panel=panel, speaker=carl, themes=[security])
    make_statement(panel=panel, speaker=carl, themes=[security, make_theme(name="Aid")])
    make_statement(panel=panel, speaker=dee, themes=[make_theme(name="Other")])

    html = client.get(ministry.get_absolute_url()).content.decode()

    assert ranking(html) == [("Security", "2 statements", "100"), ("Aid", "1 statement", "50")]


def test_chart_pages_have_no_inline_style(client, meeting):
    ann = meeting.panels.get(position=1).panelists.get(position=1).person
    urls = [
        meeting.get_absolute_url(),
        reverse("minutes:theme_detail", kwargs={"slug": "health"}),
        ann.get_absolute_url(),
        meeting.panels.get(position=1).statements.first().get_absolute_url(),
    ]
    for url in urls:
        html = client.get(url).content.decode()
        assert " style=" not in html and "<style" not in html, url
