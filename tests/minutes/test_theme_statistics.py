"""The numbers behind the meeting's theme matrix and a theme's timeline."""

import datetime

import pytest
from django.db.models import Prefetch
from django.test import RequestFactory

from minutes.models import Meeting, Panel, Panelist, Statement, Status
from minutes.presentation.statement_rows import StatementRows
from minutes.presentation.theme_statistics import (
    HEAT_LEVELS,
    TIMELINE_LABEL_GAP,
    heat_level,
    lay_out_timeline,
    theme_matrix,
    theme_timeline,
)
from tests.factories import (
    make_meeting,
    make_panel,
    make_panelist,
    make_person,
    make_statement,
    make_theme,
)


def page_data(meeting):
    """The panels (with line-ups) and statement rows, as the meeting page fetches them."""
    lineup = Panelist.objects.select_related("person")
    panels = Panel.objects.filter(meeting=meeting).prefetch_related(
        Prefetch("panelists", queryset=lineup, to_attr="lineup")
    )
    statements = Statement.objects.filter(panel__meeting=meeting).order_by("panel_id", "position")
    rows = StatementRows(RequestFactory().get("/")).for_statements(statements)
    return {"panels": list(panels), "rows": rows}


class TestHeatLevel:
    def test_nothing_is_level_zero(self):
        assert heat_level(0, 7) == 0
        assert heat_level(0, 0) == 0

    def test_largest_is_top_level_and_anything_is_at_least_one(self):
        assert heat_level(7, 7) == HEAT_LEVELS
        assert heat_level(1, 100) == 1

    def test_levels_grow_in_proportion(self):
        assert [heat_level(n, 10) for n in range(1, 11)] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


@pytest.mark.django_db
class TestThemeMatrix:
    @pytest.fixture
    def meeting(self):
        """Two panels: Ann and Bob on the first, Bob and Cy on the second; Cy never speaks."""
        meeting = make_meeting()
        self.ann, self.bob, self.cy, self.dee = (
            make_person(name=name) for name in ("Ann", "Bob", "Cy", "Dee")
        )
        self.health = make_theme(name="Health")
        self.law = make_theme(name="Law")
        make_theme(name="Unused")
        first, second = make_panel(meeting=meeting), make_panel(meeting=meeting)
        make_panelist(panel=first, person=self.bob)  # line-up order, not speaking order
        make_panelist(panel=first, person=self.ann)
        make_panelist(panel=second, person=self.bob)
        make_panelist(panel=second, person=self.cy)
        make_statement(panel=first, speaker=self.ann, themes=[self.health])
        make_statement(panel=first, speaker=self.ann, themes=[self.health, self.law])
        make_statement(panel=first, speaker=self.bob, themes=[self.health])
        make_statement(panel=first, speaker=None, themes=[self.law])  # narrative: no row
        make_statement(panel=second, speaker=self.bob, themes=[self.law])
        make_statement(panel=second, speaker=self.dee, themes=[self.health])  # not in line-up
        make_statement(panel=second, speaker=self.bob, themes=[])
        return meeting

    def counts(self, matrix):
        return [
            (group.panel.position, row.person.name, [cell.count for cell in row.cells])
            for group in matrix.groups
            for row in group.rows
        ]

    def test_rows_in_line_up_order_by_panel_then_other_speakers(self, meeting):
        matrix = theme_matrix(**page_data(meeting))
        assert [theme["name"] for theme in matrix.themes] == ["Health", "Law"]  # most used first
        assert self.counts(matrix) == [
            (1, "Bob", [1, 0]),
            (1, "Ann", [2, 1]),
            (2, "Bob", [0, 1]),
            (2, "Cy", [0, 0]),
            (2, "Dee", [1, 0]),
        ]
        assert matrix.theme_totals == [4, 2]  # narrative statements are not anyone's
        assert matrix.largest == 2
        in_lineup = [row.in_lineup for group in matrix.groups for row in group.rows]
        assert in_lineup == [True, True, True, True, False]
        assert matrix.groups[1].rows[2].person.slug == self.dee.slug

    def test_cells_are_shaded_against_the_largest_count(self, meeting):
        matrix = theme_matrix(**page_data(meeting))
        ann = matrix.groups[0].rows[1]
        assert [cell.level for cell in ann.cells] == [HEAT_LEVELS, 3]
        assert ann.total == 3

    def test_costs_no_query_beyond_the_prefetch(self, meeting, django_assert_num_queries):
        data = page_data(meeting)
        with django_assert_num_queries(0):
            theme_matrix(**data)

    def test_a_meeting_without_themes_is_an_empty_matrix(self):
        panel = make_panel()
        make_statement(panel=panel)
        matrix = theme_matrix(**page_data(panel.meeting))
        assert not matrix
        assert matrix.themes == []


@pytest.mark.django_db
class TestThemeTimeline:
    def test_counts_per_meeting_oldest_first_with_zeros(self, django_assert_num_queries):
        theme, other = make_theme(), make_theme()
        late = make_meeting(date=datetime.date(2014, 5, 1))
        early = make_meeting(date=datetime.date(2012, 1, 26))
        quiet = make_meeting(date=datetime.date(2013, 3, 3))
        for _ in range(3):
            make_statement(panel=make_panel(meeting=late), themes=[theme, other])
        make_statement(panel=make_panel(meeting=early), themes=[theme])
        make_statement(panel=make_panel(meeting=early), themes=[other])
        make_statement(panel=make_panel(meeting=quiet), themes=[other])
        make_statement(panel=make_panel(meeting=make_meeting(status=Status.DRAFT)), themes=[theme])

        with django_assert_num_queries(1):
            timeline = theme_timeline(theme=theme, meetings=Meeting.objects.published())

        counts = [(point.meeting, point.count) for point in timeline.points]
        assert counts == [(early, 1), (quiet, 0), (late, 3)]
        assert timeline.total == 4
        assert timeline.meetings_with_statements == 2
        assert timeline.busiest.meeting == late
        assert [tick.label for tick in timeline.ticks] == ["2012", "2013", "2014"]

    def test_columns_scale_to_the_largest_and_stand_on_the_baseline(self):
        meetings = [Meeting(date=datetime.date(2012, 1, day), slug=f"m{day}") for day in (1, 2, 3)]
        timeline = lay_out_timeline(list(zip(meetings, [2, 0, 4], strict=True)))
        tallest = timeline.points[2]
        assert tallest.y == timeline.plot_top
        assert tallest.height == timeline.baseline - timeline.plot_top
        assert timeline.points[0].height == pytest.approx(tallest.height / 2, abs=0.01)
        assert timeline.points[1].height == 0
        for point in timeline.points:
            assert point.y + point.height == pytest.approx(timeline.baseline)
            assert point.x >= 0 and point.x + point.width <= timeline.width
        xs = [point.x for point in timeline.points]
        assert xs == sorted(xs)
        half = pytest.approx(tallest.y + tallest.height / 2)
        assert timeline.gridlines == [(2, half), (4, timeline.plot_top)]

    def test_one_label_per_year_without_overlap(self):
        meetings = [
            Meeting(date=datetime.date(2000 + n // 2, 1 + n % 2, 1), slug=f"m{n}")
            for n in range(40)
        ]
        timeline = lay_out_timeline([(meeting, 1) for meeting in meetings])
        labels = [tick.label for tick in timeline.ticks]
        assert labels[0] == "2000" and len(labels) == len(set(labels)) < 20
        gaps = [b.x - a.x for a, b in zip(timeline.ticks, timeline.ticks[1:], strict=False)]
        assert min(gaps) >= TIMELINE_LABEL_GAP

    def test_no_meetings_is_an_empty_timeline(self):
        timeline = lay_out_timeline([])
        assert not timeline
        assert timeline.busiest is None
        assert timeline.gridlines == []
