"""Compiled querysets: the same rows as the queryset they stand for, with its SQL built once."""

import datetime

import pytest
from django.db.models import Count
from django.db.models.sql.compiler import SQLCompiler

from gp_site.compiled_query import CompiledQuery
from minutes.models import Meeting, Panel, Statement, Status
from tests.factories import make_meeting, make_organisation, make_panel, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def compilations(monkeypatch):
    """How many times Django turns a query into SQL (a list that grows by one each time)."""
    calls = []
    as_sql = SQLCompiler.as_sql

    def counted(compiler, *args, **kwargs):
        calls.append(compiler.query.model)
        return as_sql(compiler, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "as_sql", counted)
    return calls


def reused(query: CompiledQuery) -> bool:
    """Whether every form of the query this thread ran kept its SQL."""
    return all(plan.sql for plan in query._local.plans.values())


def panels_of(staff: bool, slug: str):
    panels = Panel.objects.filter(meeting__slug=slug)
    panels = panels if staff else panels.filter(meeting__status=Status.PUBLISHED)
    return panels.select_related("meeting__host", "moderator").order_by("position")


def two_meetings():
    host = make_organisation(name="Host")
    chair = make_person(name="Chair")
    first = make_meeting(slug="first", host=host, date=datetime.date(2012, 1, 26))
    second = make_meeting(slug="second", status=Status.DRAFT)
    for meeting in (first, second):
        make_panel(meeting=meeting, moderator=chair)
        make_panel(meeting=meeting)
    return first, second


def test_model_instances_come_with_their_select_related_objects(django_assert_num_queries):
    first, _ = two_meetings()
    panels = CompiledQuery(panels_of)
    expected = [(p.pk, p.position, p.title) for p in panels_of(False, "first")]
    with django_assert_num_queries(1):
        rows = panels(False, slug="first")
        assert [(p.pk, p.position, p.title) for p in rows] == expected
        assert rows[0].meeting.host.name == "Host"
        assert rows[0].meeting.date == datetime.date(2012, 1, 26)
        assert rows[0].moderator.name == "Chair"
        assert rows[1].moderator is None
    assert rows[0].meeting == first
    assert rows[0]._state.adding is False and rows[0]._state.db == "default"


def test_new_values_reuse_the_sql_without_compiling_it_again(compilations):
    two_meetings()
    make_panel(meeting=make_meeting(slug="third"))
    compilations.clear()
    panels = CompiledQuery(panels_of)
    assert len(panels(True, slug="first")) == 2
    compiled = len(compilations)
    assert compiled == 2  # two builds with different stand-ins, to tell values from SQL
    assert [p.meeting.slug for p in panels(True, slug="second")] == ["second", "second"]
    assert [p.meeting.slug for p in panels(True, slug="third")] == ["third"]
    assert panels(True, slug="none such") == []
    assert len(compilations) == compiled


def test_a_shape_argument_compiles_a_query_of_its_own(compilations):
    two_meetings()
    compilations.clear()
    panels = CompiledQuery(panels_of)
    assert panels(False, slug="second") == []  # a draft, hidden from the public
    assert len(panels(True, slug="second")) == 2  # shown to staff
    assert len(compilations) == 4
    panels(False, slug="first")
    panels(True, slug="first")
    assert len(compilations) == 4


def test_a_constant_equal_to_a_value_stays_a_constant():
    # "published" is both the status filter's constant and, here, the slug asked for.
    make_panel(meeting=make_meeting(slug=Status.PUBLISHED.value))
    make_panel(meeting=make_meeting(slug="other"))
    panels = CompiledQuery(panels_of)
    assert [p.meeting.slug for p in panels(False, slug="other")] == ["other"]
    assert [p.meeting.slug for p in panels(False, slug=Status.PUBLISHED.value)] == ["published"]


def test_list_values_fill_an_in_list_of_their_length(compilations):
    two_meetings()
    ids = list(Panel.objects.order_by("pk").values_list("pk", flat=True))
    expected = list(Panel.objects.filter(pk__in=ids[:2]).values_list("pk", "title"))
    compilations.clear()
    titles = CompiledQuery(
        lambda ids: Panel.objects.filter(pk__in=ids).order_by("pk").values_list("pk", "title")
    )
    assert titles(ids=ids[:2]) == expected
    assert [pk for pk, _ in titles(ids=ids[2:])] == ids[2:]
    assert len(compilations) == 2
    assert [pk for pk, _ in titles(ids=ids[1:])] == ids[1:]  # three: compiled for three
    assert len(compilations) == 4
    assert [pk for pk, _ in titles(ids=(ids[0], ids[0]))] == [ids[0]]  # repeats are harmless


def test_an_empty_in_list_runs_no_query(django_assert_num_queries):
    titles = CompiledQuery(lambda ids: Panel.objects.filter(pk__in=ids).values_list("pk"))
    with django_assert_num_queries(0):
        assert titles(ids=[]) == []
        assert titles(ids=[]) == []


def test_values_list_rows_are_tuples_with_the_fields_converted():
    meeting = make_meeting(date=datetime.date(2004, 9, 26))
    dates = CompiledQuery(lambda slug: Meeting.objects.filter(slug=slug).values_list("pk", "date"))
    assert dates(slug=meeting.slug) == [(meeting.pk, datetime.date(2004, 9, 26))]
    assert reused(dates)
    assert dates(slug=meeting.slug) == list(
        Meeting.objects.filter(pk=meeting.pk).values_list("pk", "date")
    )


def test_annotations_of_model_instances_are_set():
    two_meetings()
    counted = CompiledQuery(
        lambda slug: Meeting.objects.filter(slug=slug).annotate(panel_count=Count("panels"))
    )
    assert [m.panel_count for m in counted(slug="first")] == [2]
    assert [m.panel_count for m in counted(slug="second")] == [2]
    assert reused(counted)


def test_a_value_the_builder_transforms_is_run_as_an_ordinary_queryset(compilations):
    make_meeting(slug="upper-case")
    compilations.clear()
    by_slug = CompiledQuery(lambda slug: Meeting.objects.filter(slug=slug.lower()))
    assert [m.slug for m in by_slug(slug="UPPER-CASE")] == ["upper-case"]
    assert [m.slug for m in by_slug(slug="Upper-Case")] == ["upper-case"]
    assert len(compilations) == 4  # two to find it can't be reused, one per run after


def test_a_prefetching_queryset_is_run_as_an_ordinary_queryset(django_assert_num_queries):
    two_meetings()
    with_panels = CompiledQuery(
        lambda slug: Meeting.objects.filter(slug=slug).prefetch_related("panels")
    )
    with django_assert_num_queries(2):
        (meeting,) = with_panels(slug="first")
        assert len(meeting.panels.all()) == 2


def test_a_plan_compiled_for_another_connection_is_compiled_again(compilations):
    two_meetings()
    compilations.clear()
    panels = CompiledQuery(panels_of)
    panels(False, slug="first")
    (plan,) = panels._local.plans.values()
    plan.connection = object()  # as after settings swapped the database connections
    assert len(panels(False, slug="first")) == 2
    assert len(compilations) == 4
    (plan,) = panels._local.plans.values()
    assert plan.current()


@pytest.mark.parametrize("value", [None, 1.5, True, datetime.date(2012, 1, 26), [object()]])
def test_values_other_than_ints_and_strings_are_refused(value):
    by_pk = CompiledQuery(lambda pk: Statement.objects.filter(pk=pk))
    with pytest.raises(TypeError, match="ints or strings"):
        by_pk(pk=value)


@pytest.mark.parametrize("position", [2**63, -(2**63) - 1, 40_000, -1])
def test_an_int_out_of_the_columns_range_matches_nothing(position):
    # From a URL such as /meetings/…/panels/99999999999999999999/: SQLite takes no int
    # beyond 64 bits, and Django answers for one without asking the database.
    panel = make_panel()
    by_position = CompiledQuery(
        lambda slug, position: Panel.objects.filter(meeting__slug=slug, position=position)
    )
    assert by_position(slug=panel.meeting.slug, position=panel.position) == [panel]
    assert by_position(slug=panel.meeting.slug, position=position) == []


def test_more_values_than_stand_ins_run_as_an_ordinary_queryset(django_assert_num_queries):
    # A meeting may have any number of panels; the stand-ins are numbered within a small range.
    panels = [make_panel() for _ in range(3)]
    ids = [panel.pk for panel in panels] + [0] * 98
    titles = CompiledQuery(lambda ids: Panel.objects.filter(pk__in=ids).values_list("pk"))
    first_two = list(Panel.objects.filter(pk__in=ids[:2]).values_list("pk"))
    with django_assert_num_queries(2):
        assert sorted(titles(ids=ids)) == sorted((panel.pk,) for panel in panels)
        assert titles(ids=ids[:2]) == first_two
    assert reused(titles) is False  # the long list's form is run as built


@pytest.mark.parametrize("value", [None, True])
def test_a_value_of_another_type_is_refused_once_a_plan_exists(value):
    make_panel(moderator=make_person())
    by_moderator = CompiledQuery(lambda pk: Panel.objects.filter(moderator_id=pk))
    assert by_moderator(pk=1_000_000) == []
    with pytest.raises(TypeError, match="ints or strings"):
        by_moderator(pk=value)


def test_an_int_where_a_string_was_compiled_gets_a_plan_of_its_own():
    meeting = make_meeting(slug="12")
    by_slug = CompiledQuery(lambda slug: Meeting.objects.filter(slug=slug))
    assert by_slug(slug="12") == [meeting]
    assert by_slug(slug=12) == [meeting]  # as Django's own lookup, which makes it "12"
