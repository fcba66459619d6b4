"""The numbers behind the meeting's theme matrix and a theme's timeline, which templates draw.

Plain functions that compute what a template draws. The matrix works on the rows the meeting
page has already fetched; the timeline is one aggregate query.
"""

from __future__ import annotations

import datetime
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db.models import Count, Q, QuerySet

from minutes.models import Meeting, Panel, Theme

#: Shading steps of a matrix cell: 0 for none, then 1…HEAT_LEVELS by share of the largest count.
HEAT_LEVELS = 5


def heat_level(count: int, largest: int) -> int:
    """The shading step of a count: 0 for nothing, else 1…HEAT_LEVELS in proportion to largest."""
    if count <= 0 or largest <= 0:
        return 0
    return max(1, min(HEAT_LEVELS, math.ceil(count * HEAT_LEVELS / largest)))


# The meeting's theme-by-speaker matrix


@dataclass(frozen=True)
class MatrixSpeaker:
    """Someone with a row in the matrix."""

    pk: int
    name: str
    slug: str


class MatrixCell(NamedTuple):
    """How many statements one speaker made on one theme (a tuple: a matrix has hundreds)."""

    theme: Mapping
    count: int
    level: int


@dataclass
class MatrixRow:
    """One speaker of one panel, with a cell per column theme."""

    person: MatrixSpeaker
    in_lineup: bool
    cells: list[MatrixCell]

    @property
    def total(self) -> int:
        return sum(cell.count for cell in self.cells)


@dataclass
class MatrixGroup:
    """The rows of one panel, in line-up order."""

    panel: Panel
    rows: list[MatrixRow]


@dataclass
class ThemeMatrix:
    """Who spoke to which theme in a meeting, panel by panel."""

    themes: list[Mapping]
    groups: list[MatrixGroup]
    theme_totals: list[int] = field(default_factory=list)
    largest: int = 0

    def __bool__(self) -> bool:
        return bool(self.themes) and any(group.rows for group in self.groups)


def theme_matrix(*, panels: Iterable[Panel], rows: Iterable[Mapping]) -> ThemeMatrix:
    """The theme-by-speaker matrix of a meeting, from what its page has already fetched.

    `panels` carry their line-up as `panel.lineup` (Panelists with `person` loaded); `rows`
    are every statement of those panels as
    `minutes.presentation.statement_rows.StatementRows` makes them
    (`panel_id`; `speaker` and each of `themes` a dict with `pk`, `name` and `slug`). Rows of
    the matrix are each panel's line-up in order, then anyone else who spoke on the panel, in
    order of first statement; columns are the themes used, most used first.
    """
    # Plain dicts and tuples, counted in one pass: this runs on every meeting page.
    counts: dict[tuple[int, int], dict[int, int]] = {}  # (panel, speaker) → theme → statements
    spoke: dict[int, dict[int, Mapping]] = defaultdict(dict)  # panel → speakers in order
    theme_counts: dict[int, int] = {}
    themes_by_id: dict[int, Mapping] = {}
    for row in rows:
        speaker = row["speaker"]
        if speaker is None:
            continue
        key = (row["panel_id"], speaker["pk"])
        per_theme = counts.get(key)
        if per_theme is None:
            per_theme = counts[key] = {}
            spoke[key[0]][key[1]] = speaker
        for theme in row["themes"]:
            pk = theme["pk"]
            per_theme[pk] = per_theme.get(pk, 0) + 1
            theme_counts[pk] = theme_counts.get(pk, 0) + 1
            themes_by_id[pk] = theme

    themes = sorted(
        themes_by_id.values(), key=lambda t: (-theme_counts[t["pk"]], t["name"].lower())
    )
    largest = max((n for per_theme in counts.values() for n in per_theme.values()), default=0)
    levels = [heat_level(count, largest) for count in range(largest + 1)]
    # Most cells are empty, and a cell is never changed: one empty cell per theme serves all.
    empty = [MatrixCell(theme, 0, 0) for theme in themes]
    columns = list(zip([theme["pk"] for theme in themes], themes, empty, strict=True))
    groups = []
    for panel in panels:
        matrix_rows = []
        for person, in_lineup in _speakers_in_order(panel, spoke[panel.pk]):
            per_theme = counts.get((panel.pk, person.pk), {})
            cells = [
                MatrixCell(theme, count, levels[count]) if (count := per_theme.get(pk)) else nothing
                for pk, theme, nothing in columns
            ]
            matrix_rows.append(MatrixRow(person=person, in_lineup=in_lineup, cells=cells))
        groups.append(MatrixGroup(panel=panel, rows=matrix_rows))
    return ThemeMatrix(
        themes=themes,
        groups=groups,
        theme_totals=[theme_counts[theme["pk"]] for theme in themes],
        largest=largest,
    )


def _speakers_in_order(panel: Panel, spoke: dict[int, Mapping]) -> list[tuple[MatrixSpeaker, bool]]:
    """The panel's line-up in order, then those who spoke without a place in it."""
    lineup = [
        MatrixSpeaker(pk=place.person.pk, name=place.person.name, slug=place.person.slug)
        for place in panel.lineup
    ]
    in_lineup = {person.pk for person in lineup}
    others = [
        MatrixSpeaker(pk=pk, name=speaker["name"], slug=speaker["slug"])
        for pk, speaker in spoke.items()
        if pk not in in_lineup
    ]
    return [(person, True) for person in lineup] + [(person, False) for person in others]


# A theme's timeline across meetings


@dataclass(frozen=True)
class TimelinePoint:
    """One meeting on a theme's timeline, with the place of its column in the chart."""

    meeting: Meeting
    count: int
    x: float
    y: float
    width: float
    height: float

    @property
    def label_x(self) -> float:
        return round(self.x + self.width / 2, 2)


@dataclass(frozen=True)
class TimelineTick:
    """A year marked under the columns."""

    label: str
    x: float


@dataclass
class ThemeTimeline:
    """Statements on one theme per meeting, oldest meeting first, laid out as columns."""

    points: list[TimelinePoint]
    ticks: list[TimelineTick]
    largest: int
    width: int
    height: int
    plot_top: int
    plot_left: int
    baseline: int

    @property
    def first_date(self) -> datetime.date | None:
        return self.points[0].meeting.date if self.points else None

    @property
    def last_date(self) -> datetime.date | None:
        return self.points[-1].meeting.date if self.points else None

    @property
    def total(self) -> int:
        return sum(point.count for point in self.points)

    @property
    def meetings_with_statements(self) -> int:
        return sum(1 for point in self.points if point.count)

    @property
    def busiest(self) -> TimelinePoint | None:
        """The meeting with the most statements on the theme (the latest among equals)."""
        points = [point for point in self.points if point.count]
        return max(reversed(points), key=lambda p: p.count) if points else None

    @property
    def gridlines(self) -> list[tuple[int, float]]:
        """Values worth a horizontal line (the largest and its half), with their heights."""
        values = sorted({self.largest, self.largest // 2} - {0})
        span = self.baseline - self.plot_top
        return [(value, round(self.baseline - span * value / self.largest, 2)) for value in values]

    def __bool__(self) -> bool:
        return bool(self.points)


# Drawing units of the SVG. Small, so that its labels stay legible when a phone shrinks it.
TIMELINE_WIDTH = 440
TIMELINE_HEIGHT = 200
TIMELINE_MARGIN = (22, 8, 28, 36)  # top, right, bottom, left: room for labels and the axis
TIMELINE_MAX_COLUMN = 40.0
TIMELINE_LABEL_GAP = 48  # the least distance between two year labels, in drawing units


def theme_timeline(*, theme: Theme, meetings: QuerySet[Meeting]) -> ThemeTimeline:
    """How many statements each of the given meetings made on the theme, in one query.

    Meetings that said nothing on it stay on the timeline with a count of 0: the gaps are part
    of the story.
    """
    rows = (
        meetings.annotate(
            theme_statements=Count("panels__statements", filter=Q(panels__statements__themes=theme))
        )
        .select_related(None)
        # What the chart shows of a meeting: grouping by every column (summary and all) cost
        # a tenth of the theme page.
        .only("slug", "title", "short_title", "date")
        .order_by("date", "slug")
    )
    meetings_and_counts = [(meeting, meeting.theme_statements) for meeting in rows]
    return lay_out_timeline(meetings_and_counts)


def lay_out_timeline(meetings_and_counts: Sequence[tuple[Meeting, int]]) -> ThemeTimeline:
    """Places a column per meeting, evenly spaced in date order, scaled to the largest count."""
    top, right, bottom, left = TIMELINE_MARGIN
    width, height = TIMELINE_WIDTH, TIMELINE_HEIGHT
    baseline = height - bottom
    plot_width = width - left - right
    slot = plot_width / max(1, len(meetings_and_counts))
    column = min(TIMELINE_MAX_COLUMN, slot * 0.7)
    largest = max((count for _, count in meetings_and_counts), default=0)
    points, ticks, last_year = [], [], None
    for index, (meeting, count) in enumerate(meetings_and_counts):
        x = left + slot * index + (slot - column) / 2
        column_height = (baseline - top) * count / largest if largest else 0
        points.append(
            TimelinePoint(
                meeting=meeting,
                count=count,
                x=round(x, 2),
                y=round(baseline - column_height, 2),
                width=round(column, 2),
                height=round(column_height, 2),
            )
        )
        if meeting.date.year != last_year:
            last_year = meeting.date.year
            ticks.append(TimelineTick(label=str(last_year), x=round(x + column / 2, 2)))
    return ThemeTimeline(
        points=points,
        ticks=_spaced(ticks, min_gap=TIMELINE_LABEL_GAP),
        largest=largest,
        width=width,
        height=height,
        plot_top=top,
        plot_left=left,
        baseline=baseline,
    )


def _spaced(ticks: list[TimelineTick], *, min_gap: float) -> list[TimelineTick]:
    """Drops year labels that would overlap the one before."""
    kept: list[TimelineTick] = []
    for tick in ticks:
        if not kept or tick.x - kept[-1].x >= min_gap:
            kept.append(tick)
    return kept
