"""Facet counts per theme, speaker, organisation (rolled up), meeting, panel and kind, counted
in the database for any set or from one fetch for a list of ids: the same answers."""

import pytest

from minutes.models import Statement, StatementKind
from search.facets import FacetCount, listed_statement_facets, statement_facets
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


def grouped(statements, **options):
    return statement_facets(statements, **options)


def listed(statements, **options):
    return listed_statement_facets(list(statements.values_list("pk", flat=True)), **options)


both_ways = pytest.mark.parametrize("facets", [grouped, listed])


@pytest.fixture
def record():
    agency = make_organisation(slug="agency", name="Agency", abbreviation="AG")
    office = make_organisation(slug="office", name="Office", parent=agency)
    other = make_organisation(slug="other", name="Other")
    ann = make_person(slug="ann", name="Ann")
    bob = make_person(slug="bob", name="Bob")
    cy = make_person(slug="cy", name="Cy")
    bio, law = make_theme(slug="bio", name="Bio"), make_theme(slug="law", name="Law")
    meeting = make_meeting(slug="m1", short_title="First")
    p1, p2 = make_panel(meeting=meeting, title="Opening"), make_panel(meeting=meeting, title="Law")
    make_panelist(panel=p1, person=ann, organisation=office)
    make_panelist(panel=p1, person=bob, organisation=agency)
    make_panelist(panel=p2, person=cy, organisation=other)
    make_panelist(panel=p2, person=ann, organisation=None)
    for _ in range(3):
        make_statement(panel=p1, speaker=ann, themes=[bio])
    make_statement(panel=p1, speaker=bob, themes=[bio, law], kind=StatementKind.QUESTION)
    make_statement(panel=p2, speaker=cy, themes=[law])
    make_statement(panel=p2, speaker=ann)
    make_statement(panel=p2, speaker=None, kind=StatementKind.NARRATIVE)
    return {"agency": agency, "bio": bio}


@both_ways
def test_each_facet_counts_the_statements_given(record, facets):
    counted = facets(Statement.objects.all(), with_panels=True)

    assert counted["theme"] == [FacetCount("bio", "Bio", 4), FacetCount("law", "Law", 2)]
    assert counted["speaker"] == [
        FacetCount("ann", "Ann", 4),
        FacetCount("bob", "Bob", 1),
        FacetCount("cy", "Cy", 1),
    ]
    assert counted["meeting"] == [FacetCount("m1", "First", 7)]
    assert counted["panel"] == [FacetCount("1", "Opening", 4), FacetCount("2", "Law", 3)]
    assert counted["kind"] == [
        FacetCount("remark", "Remark", 5),
        FacetCount("narrative", "Narrative", 1),
        FacetCount("question", "Question", 1),
    ]


@both_ways
def test_organisations_roll_up_to_the_top_and_open_one_level_down(record, facets):
    # Ann spoke for the office (inside the agency) on panel 1 only; Bob for the agency itself.
    assert facets(Statement.objects.all())["organisation"] == [
        FacetCount("agency", "Agency (AG)", 4),
        FacetCount("other", "Other", 1),
    ]
    assert facets(Statement.objects.all(), organisation=record["agency"])["organisation"] == [
        FacetCount("office", "Office", 3)
    ]


@both_ways
def test_counts_follow_the_set_given(record, facets):
    counted = facets(Statement.objects.filter(themes=record["bio"]))

    assert counted["theme"] == [FacetCount("bio", "Bio", 4), FacetCount("law", "Law", 1)]
    assert counted["speaker"] == [FacetCount("ann", "Ann", 3), FacetCount("bob", "Bob", 1)]
    assert facets(Statement.objects.none()) == {
        "theme": [],
        "speaker": [],
        "organisation": [],
        "meeting": [],
        "kind": [],
    }


@both_ways
def test_only_the_largest_ten_values_are_kept(record, facets):
    panel = make_panel()
    for n in range(12):
        make_statement(panel=panel, speaker=make_person(name=f"Speaker {n:02}"))

    speakers = facets(Statement.objects.all())["speaker"]

    assert len(speakers) == 10
    assert speakers[0] == FacetCount("ann", "Ann", 4)


def test_facet_queries_do_not_grow_with_the_statements(record, django_assert_num_queries):
    # theme, speaker, meeting: counts and labels; organisation: counts and the tree; kind
    with django_assert_num_queries(9):
        statement_facets(Statement.objects.all())
    for _ in range(20):
        make_statement(panel=make_panel(), themes=[make_theme()])
    with django_assert_num_queries(11):  # and panels: counts and labels
        statement_facets(Statement.objects.all(), with_panels=True)
    ids = list(Statement.objects.values_list("pk", flat=True))
    # one fetch of the rows, one of their themes, four labels, the organisation tree
    with django_assert_num_queries(7):
        listed_statement_facets(ids, with_panels=True)
