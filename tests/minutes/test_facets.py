"""Facet counts: per theme, speaker, organisation (rolled up), meeting, panel and kind."""

import pytest

from minutes.facets import (
    FacetCount,
    kind_counts,
    meeting_counts,
    organisation_counts,
    panel_counts,
    speaker_counts,
    statement_facets,
    theme_counts,
)
from minutes.models import Statement, StatementKind
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
    return {"agency": agency}


def test_each_facet_counts_the_statements_given(record):
    statements = Statement.objects.all()

    assert theme_counts(statements) == [FacetCount("bio", "Bio", 4), FacetCount("law", "Law", 2)]
    assert speaker_counts(statements) == [
        FacetCount("ann", "Ann", 4),
        FacetCount("bob", "Bob", 1),
        FacetCount("cy", "Cy", 1),
    ]
    assert meeting_counts(statements) == [FacetCount("m1", "First", 7)]
    assert panel_counts(statements) == [FacetCount("1", "Opening", 4), FacetCount("2", "Law", 3)]
    assert kind_counts(statements) == [
        FacetCount("remark", "Remark", 5),
        FacetCount("narrative", "Narrative", 1),
        FacetCount("question", "Question", 1),
    ]


def test_organisations_roll_up_to_the_top_and_open_one_level_down(record):
    statements = Statement.objects.all()

    # Ann spoke for the office (inside the agency) on panel 1 only; Bob for the agency itself.
    assert organisation_counts(statements) == [
        FacetCount("agency", "Agency (AG)", 4),
        FacetCount("other", "Other", 1),
    ]
    assert organisation_counts(statements, within=record["agency"]) == [
        FacetCount("office", "Office", 3)
    ]


def test_counts_follow_the_set_given_and_the_limit(record):
    bio_only = Statement.objects.filter(themes__slug="bio")

    assert theme_counts(bio_only) == [FacetCount("bio", "Bio", 4), FacetCount("law", "Law", 1)]
    assert speaker_counts(bio_only, limit=1) == [FacetCount("ann", "Ann", 3)]
    assert statement_facets(Statement.objects.none()) == {
        "theme": [],
        "speaker": [],
        "organisation": [],
        "meeting": [],
        "kind": [],
    }


def test_facet_queries_do_not_grow_with_the_statements(record, django_assert_num_queries):
    # theme, speaker, meeting: a count and a label query; organisation: counts and the tree.
    with django_assert_num_queries(9):
        statement_facets(Statement.objects.all())
    for _ in range(20):
        make_statement(panel=make_panel(), themes=[make_theme()])
    with django_assert_num_queries(10):
        statement_facets(Statement.objects.all(), with_panels=True)
