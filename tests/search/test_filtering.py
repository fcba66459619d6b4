"""The statements page's filters and facets, and one canonical address per filtered view."""

import pytest
from django.http import QueryDict
from django.urls import reverse

from search.filtering import FilterLinks, canonical_pairs
from tests.factories import (
    make_meeting,
    make_organisation,
    make_panel,
    make_panelist,
    make_person,
    make_statement,
    make_theme,
)

STATEMENTS = reverse("search:statement_list")


def test_canonical_pairs_fix_the_order_sort_values_and_drop_empties():
    params = QueryDict(
        "kind=question&theme=b&theme=a&theme=a&date_from=&page=1&q=++nuclear+%00security+"
        "&utm_source=x&speaker=ann"
    )

    assert canonical_pairs(params) == [
        ("q", "nuclear security"),
        ("theme", "a"),
        ("theme", "b"),
        ("speaker", "ann"),
        ("kind", "question"),
    ]


def test_links_add_replace_and_remove_one_value():
    links = FilterLinks(
        "/statements/",
        [("theme", "a"), ("speaker", "ann"), ("meeting", "m"), ("panel", "2"), ("page", "3")],
    )

    assert links.toggled("theme", "b") == (
        "/statements/?theme=a&theme=b&speaker=ann&meeting=m&panel=2"
    )
    assert links.toggled("theme", "a") == "/statements/?speaker=ann&meeting=m&panel=2"
    assert links.toggled("speaker", "bob") == "/statements/?theme=a&speaker=bob&meeting=m&panel=2"
    # Another meeting: its panels are numbered afresh, so the panel goes.
    assert links.toggled("meeting", "n") == "/statements/?theme=a&speaker=ann&meeting=n"
    assert links.without("meeting") == "/statements/?theme=a&speaker=ann"
    assert links.current(page=2) == "/statements/?theme=a&speaker=ann&meeting=m&panel=2&page=2"
    assert links.without_filters() == "/statements/"


@pytest.fixture
def record(db):
    ministry = make_organisation(slug="ministry", name="Ministry")
    office = make_organisation(slug="office", name="Office", parent=ministry)
    ann = make_person(slug="ann", name="Ann")
    bio = make_theme(slug="bio", name="Bio")
    law = make_theme(slug="law", name="Law")
    meeting = make_meeting(slug="m1", short_title="First meeting", date="2012-01-26")
    panel = make_panel(meeting=meeting)
    make_panelist(panel=panel, person=ann, organisation=office)
    both = make_statement(panel=panel, speaker=ann, text="Both themes.", themes=[bio, law])
    bio_only = make_statement(panel=panel, speaker=ann, text="Bio only.", themes=[bio])
    other = make_statement(panel=make_panel(), text="Someone else.")
    return {"both": both, "bio_only": bio_only, "other": other}


def shown(response) -> list[int]:
    return sorted(
        row["pk"]
        for group in response.context["groups"]
        for panel in group["panels"]
        for row in panel["statements"]
    )


def test_statements_page_filters_and_counts(client, record):
    response = client.get(STATEMENTS, {"theme": ["law", "bio"], "organisation": "ministry"})
    html = response.content.decode()

    assert response.status_code == 200
    assert shown(response) == [record["both"].pk]
    assert "1 published statement matches these filters." in html
    assert "<title>Statements: Theme: Bio; Theme: Law; Organisation: Ministry" in html
    assert (
        '<link rel="canonical" href="http://testserver/statements/'
        '?theme=bio&amp;theme=law&amp;organisation=ministry">'
    ) in html
    # Each chosen filter can be taken away on its own.
    assert 'href="/statements/?theme=law&amp;organisation=ministry">Theme: Bio' in html
    assert 'href="/statements/?theme=bio&amp;theme=law">Organisation: Ministry' in html


def test_facets_sit_beside_the_statements_with_counts_and_links(client, record):
    response = client.get(STATEMENTS)
    html = response.content.decode()
    facets = {facet["name"]: facet for facet in response.context["facets"]}

    assert [(link.label, link.count) for link in facets["theme"]["links"]] == [
        ("Bio", 2),
        ("Law", 1),
    ]
    assert [(link.label, link.count) for link in facets["organisation"]["links"]] == [
        ("Ministry", 2)
    ]
    assert 'href="/statements/?theme=bio">Bio</a> <span class="count">2' in html
    assert "Choosing several shows statements tagged with all of them." in html


def test_choosing_an_organisation_opens_the_bodies_inside_it(client, record):
    response = client.get(STATEMENTS, {"organisation": "ministry"})
    facets = {facet["name"]: facet for facet in response.context["facets"]}

    assert [(link.label, link.count, link.url) for link in facets["organisation"]["links"]] == [
        ("Office", 2, "/statements/?organisation=office")
    ]


def test_words_on_the_statements_page_filter_without_ranking(client, record):
    response = client.get(STATEMENTS, {"q": "themes", "theme": "bio"})

    assert shown(response) == [record["both"].pk]
    assert "Words: themes" in response.content.decode()


def test_a_theme_named_in_the_words_finds_the_statements_tagged_with_it(client, record):
    response = client.get(STATEMENTS, {"q": "bio"})

    assert shown(response) == sorted([record["both"].pk, record["bio_only"].pk])


def test_search_form_carries_the_filters_to_the_search_page(client, record):
    html = client.get(STATEMENTS, {"theme": "bio"}).content.decode()

    assert 'action="/search/"' in html
    assert '<input type="hidden" name="theme" value="bio">' in html


def test_bad_filters_are_a_400_that_names_each_problem(client, record):
    response = client.get(STATEMENTS, {"speaker": "nobody", "date_to": "31/12/2012"})
    html = response.content.decode()

    assert response.status_code == 400
    assert "<code>speaker</code>: Select a valid choice." in html
    assert "<code>date_to</code>: Enter a valid date." in html
    assert shown(response) == []


def test_date_form_keeps_the_other_filters(client, record):
    html = client.get(STATEMENTS, {"theme": "bio", "date_from": "2012-01-01"}).content.decode()

    assert '<input type="hidden" name="theme" value="bio">' in html
    assert 'name="date_from" type="date" value="2012-01-01"' in html
