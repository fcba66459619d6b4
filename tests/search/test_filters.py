"""StatementFilter: each filter alone, together, with words, and bad values refused clearly."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.request import Request

from minutes.models import Statement, StatementKind, Status
from search.filters import StatementFilter
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


def filtered(params: dict, *, user=None) -> StatementFilter:
    request = RequestFactory().get("/statements/", params)
    request.user = user or AnonymousUser()
    return StatementFilter(request.GET, queryset=Statement.objects.published(), request=request)


def pks(params: dict) -> list[int]:
    statements = filtered(params)
    assert statements.is_valid(), statements.errors
    return sorted(statements.qs.values_list("pk", flat=True))


@pytest.fixture
def record():
    """Two meetings; speakers placed in line-ups for an office inside a ministry, or not."""
    ministry = make_organisation(slug="ministry")
    office = make_organisation(slug="office", parent=ministry)
    unit = make_organisation(slug="unit", parent=office)
    elsewhere = make_organisation(slug="elsewhere")
    ann, bob = make_person(slug="ann"), make_person(slug="bob")
    biosecurity, training = make_theme(slug="biosecurity"), make_theme(slug="training")
    early = make_meeting(slug="early", date=datetime.date(2012, 1, 26))
    late = make_meeting(slug="late", date=datetime.date(2014, 6, 1))
    p1, p2 = make_panel(meeting=early, position=1), make_panel(meeting=early, position=2)
    p3 = make_panel(meeting=late, position=1)
    make_panelist(panel=p1, person=ann, organisation=unit)
    make_panelist(panel=p2, person=bob, organisation=office)
    make_panelist(panel=p3, person=ann, organisation=elsewhere)
    s = {
        "ann_unit": make_statement(
            panel=p1,
            speaker=ann,
            text="Biosecurity training works.",
            themes=[biosecurity, training],
        ),
        "ann_q": make_statement(
            panel=p1, speaker=ann, text="Who pays?", kind=StatementKind.QUESTION, themes=[training]
        ),
        "bob_office": make_statement(
            panel=p2, speaker=bob, text="Biosecurity needs money.", themes=[biosecurity]
        ),
        "ann_elsewhere": make_statement(
            panel=p3, speaker=ann, text="Biosecurity again, later.", themes=[biosecurity]
        ),
        "narrative": make_statement(
            panel=p3, speaker=None, text="The session closed.", kind=StatementKind.NARRATIVE
        ),
    }
    return {name: statement.pk for name, statement in s.items()}


def expect(record, *names) -> list[int]:
    return sorted(record[name] for name in names)


def test_no_filter_keeps_every_published_statement(record):
    draft = make_statement(panel=make_panel(meeting=make_meeting(status=Status.DRAFT)))

    assert pks({}) == sorted(record.values())
    assert draft.pk not in pks({})


def test_themes_combine_as_all_of(record):
    assert pks({"theme": ["biosecurity"]}) == expect(
        record, "ann_unit", "bob_office", "ann_elsewhere"
    )
    assert pks({"theme": ["biosecurity", "training"]}) == expect(record, "ann_unit")


def test_speaker(record):
    assert pks({"speaker": "bob"}) == expect(record, "bob_office")


def test_organisation_includes_bodies_inside_it_for_that_panel_only(record):
    assert pks({"organisation": "ministry"}) == expect(record, "ann_unit", "ann_q", "bob_office")
    assert pks({"organisation": "office"}) == expect(record, "ann_unit", "ann_q", "bob_office")
    assert pks({"organisation": "unit"}) == expect(record, "ann_unit", "ann_q")
    # Ann spoke for "elsewhere" at the later meeting: that panel's statements only.
    assert pks({"organisation": "elsewhere"}) == expect(record, "ann_elsewhere")


def test_meeting_and_panel(record):
    assert pks({"meeting": "early"}) == expect(record, "ann_unit", "ann_q", "bob_office")
    assert pks({"meeting": "early", "panel": "2"}) == expect(record, "bob_office")
    assert pks({"meeting": "late", "panel": "2"}) == []


def test_kinds_combine_as_any_of(record):
    assert pks({"kind": ["question"]}) == expect(record, "ann_q")
    assert pks({"kind": ["question", "narrative"]}) == expect(record, "ann_q", "narrative")


def test_kinds_add_no_distinct(record):
    # A column of the statement: no join to repeat rows, so no DISTINCT to sort them all.
    filterset = StatementFilter(
        {"kind": ["question", "narrative"]}, queryset=Statement.objects.published()
    )
    assert not filterset.qs.query.distinct
    assert sorted(filterset.qs.values_list("pk", flat=True)) == expect(record, "ann_q", "narrative")


def test_date_range_is_on_the_meeting_date_and_inclusive(record):
    assert pks({"date_from": "2014-06-01"}) == expect(record, "ann_elsewhere", "narrative")
    assert pks({"date_to": "2012-01-26"}) == expect(record, "ann_unit", "ann_q", "bob_office")
    assert pks({"date_from": "2013-01-01", "date_to": "2013-12-31"}) == []


def test_words_combine_with_every_other_filter(record):
    assert pks({"q": "biosecurity"}) == expect(record, "ann_unit", "bob_office", "ann_elsewhere")
    assert pks({"q": "biosecurity", "speaker": "ann", "theme": "training"}) == expect(
        record, "ann_unit"
    )
    assert pks({"q": "biosecurity -money", "organisation": "ministry"}) == expect(
        record, "ann_unit"
    )
    assert pks(
        {
            "q": "biosecurity",
            "theme": "biosecurity",
            "speaker": "ann",
            "organisation": "elsewhere",
            "meeting": "late",
            "panel": "1",
            "kind": "remark",
            "date_from": "2014-01-01",
            "date_to": "2014-12-31",
        }
    ) == expect(record, "ann_elsewhere")


def test_words_with_control_characters_are_cleaned_not_refused(record):
    # Read as "bio security", which finds biosecurity written as one word.
    assert pks({"q": "bio\x00security"}) == pks({"q": "biosecurity"})
    assert pks({"q": "\x00biosecurity"}) == expect(
        record, "ann_unit", "bob_office", "ann_elsewhere"
    )


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"theme": "nope"}, "theme", "nope is not one of the available choices"),
        ({"speaker": "nobody"}, "speaker", "Select a valid choice"),
        ({"organisation": "nowhere"}, "organisation", "Select a valid choice"),
        ({"meeting": "never"}, "meeting", "Select a valid choice"),
        ({"panel": "1"}, "panel", "give meeting too"),
        ({"meeting": "early", "panel": "zero"}, "panel", "Enter a number"),
        ({"meeting": "early", "panel": "0"}, "panel", "greater than or equal to 1"),
        ({"kind": "rant"}, "kind", "rant is not one of the available choices"),
        ({"date_from": "26/01/2012"}, "date_from", "Enter a valid date"),
        ({"date_from": "2014-01-01", "date_to": "2012-01-01"}, "date_to", "before it starts"),
    ],
)
def test_bad_values_say_which_parameter_and_what_is_wrong(record, params, field, message):
    statements = filtered(params)

    assert not statements.is_valid()
    assert message in " ".join(statements.errors[field])


def test_a_draft_meeting_is_a_choice_for_staff_only(record, staff_user):
    make_meeting(slug="secret", status=Status.DRAFT)

    assert "meeting" in filtered({"meeting": "secret"}).errors
    assert filtered({"meeting": "secret"}, user=staff_user).is_valid()


def test_usable_as_a_drf_filterset_class(record):
    class View:
        filterset_class = StatementFilter

    request = Request(RequestFactory().get("/api/statements/", {"theme": "training"}))
    request.user = AnonymousUser()

    statements = DjangoFilterBackend().filter_queryset(request, Statement.objects.all(), View())

    assert sorted(statements.values_list("pk", flat=True)) == expect(record, "ann_unit", "ann_q")
