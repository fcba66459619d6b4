"""Generating a demo archive: meetings, panels, line-ups and statements, inserted in bulk."""

import datetime
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone

from core.page_cache import bump_records_version_on_commit
from minutes.models import (
    Attendance,
    Meeting,
    Panel,
    Panelist,
    Statement,
    StatementKind,
    Status,
)
from people.models import Organisation, Person
from search.index import SQLITE_TRIGGERS, ensure_index

from . import names
from .text import TextMaker, WordStream
from .world import PkCounter, Slugs, build_cast

FIRST_MEETING = datetime.date(2002, 6, 27)
LAST_MEETING = datetime.date(2025, 12, 31)
FLUSH_EVERY = 40_000  # statements held in memory before a bulk insert
BATCH_SIZE = 5_000
DRAFT_RATE = 0.02  # of archives of ten meetings or more; smaller ones are all published
MAX_DRAFTS = 5  # drafts are meetings being prepared: a few at any time, however old the archive

PANEL_COUNTS = ([1, 2, 3, 4, 5], [15, 35, 30, 12, 8])
LINE_UP_SIZES = ([2, 3, 4, 5, 6, 7, 8], [10, 22, 26, 18, 12, 7, 5])
THEME_COUNTS = ([0, 1, 2, 3], [15, 50, 25, 10])
KINDS = (
    [StatementKind.REMARK, StatementKind.QUESTION, StatementKind.ANSWER, StatementKind.PROCEDURAL],
    [82, 7, 7, 4],
)


class DemoDataError(Exception):
    """The demo archive cannot be generated here; nothing was written."""


@dataclass
class DemoReport:
    """What a run created, and how long it took."""

    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        return [f"{kind}: {count:,}" for kind, count in self.counts.items()]


def generate_demo_data(
    *,
    meetings: int,
    seed: int = 0,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> DemoReport:
    """Create `meetings` invented meetings with everything they refer to, in one transaction.

    Refuses a database that already holds published meetings unless `force` is given, so
    that invented records are never mixed into a real archive by accident."""
    if meetings < 1:
        raise DemoDataError(f"--meetings must be at least 1, not {meetings}.")
    published = Meeting.objects.published()
    if not force and published.exists():
        example = published.order_by("date").values_list("slug", flat=True).first()
        raise DemoDataError(
            f"This database already holds {published.count():,} published meeting(s) "
            f"(e.g. '{example}'). Demo data would be mixed with real records; pass --force "
            "to add it anyway. Nothing was written."
        )
    started = time.perf_counter()
    rng = random.Random(seed)
    with transaction.atomic():
        indexing_paused = _pause_search_triggers()
        writer = ArchiveWriter(rng=rng, meetings=meetings, progress=progress)
        report = writer.run()
        _reset_sequences()
        if indexing_paused:
            ensure_index(connection)  # puts the triggers back and rebuilds the index once
        # Bulk inserts send no signals: cached pages are made stale explicitly, on commit.
        bump_records_version_on_commit()
    report.seconds = time.perf_counter() - started
    return report


def _pause_search_triggers() -> bool:
    """On SQLite, drop the full-text index's triggers for the bulk insert: indexing each row as
    it is inserted doubled the run time; one rebuild at the end costs seconds."""
    if connection.vendor != "sqlite":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        present = {name for (name,) in cursor.fetchall()} & set(SQLITE_TRIGGERS)
        for name in present:
            cursor.execute(f"DROP TRIGGER {name}")
    return bool(present)


def _reset_sequences() -> None:
    # Rows were inserted with explicit keys; PostgreSQL's sequences must be moved past them.
    models = [Meeting, Panel, Panelist, Statement, Attendance, Organisation, Person]
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)


class ArchiveWriter:
    """Plans meetings one by one and writes them in large batches, rows keyed in advance."""

    def __init__(self, *, rng: random.Random, meetings: int, progress=None):
        self.rng, self.total, self.progress = rng, meetings, progress
        self.text = TextMaker(rng)
        self.now = timezone.now()
        self.pending: dict[type, list] = {}
        self.counts: dict[str, int] = {}

    def run(self) -> DemoReport:
        cast = build_cast(rng=self.rng, text=self.text, meetings=self.total, today=LAST_MEETING)
        self.cast = cast
        self.speakers = WordStream(cast.people, self.rng, s=0.8, q=10)
        self.pks = {
            model: PkCounter(model) for model in (Meeting, Panel, Panelist, Statement, Attendance)
        }
        slugs = Slugs(Meeting)
        span = (LAST_MEETING - FIRST_MEETING).days
        days = sorted(self.rng.randrange(span) for _ in range(self.total))
        drafts = min(MAX_DRAFTS, max(1, round(self.total * DRAFT_RATE))) if self.total >= 10 else 0
        self.drafts = set(self.rng.sample(range(self.total), drafts))
        for done, offset in enumerate(days, start=1):
            day = FIRST_MEETING + datetime.timedelta(days=offset)
            self._meeting(day, slugs.make(f"gp-{day.isoformat()}"), draft=done - 1 in self.drafts)
            if len(self.pending.get(Statement, ())) >= FLUSH_EVERY or done == self.total:
                self._flush()
                if self.progress:
                    self.progress(done, self.counts.get("statements", 0))
        return DemoReport(counts={**cast.counts, **self.counts})

    def _add(self, model, row) -> None:
        self.pending.setdefault(model, []).append(row)

    def _flush(self) -> None:
        # Parents before children: the keys were assigned in advance but must exist on insert.
        for model, kind in (
            (Meeting, "meetings"),
            (Panel, "panels"),
            (Panelist, "panelists"),
            (Attendance, "attendances"),
            (Statement, "statements"),
            (Statement.themes.through, "statement themes"),
        ):
            rows = self.pending.pop(model, [])
            model.objects.bulk_create(rows, batch_size=BATCH_SIZE)
            self.counts[kind] = self.counts.get(kind, 0) + len(rows)

    def _meeting(self, day: datetime.date, slug: str, draft: bool) -> None:
        rng = self.rng
        kind = rng.choice(names.MEETING_KINDS)
        city = rng.choice(names.CITIES)
        pk = self.pks[Meeting].take()
        self._add(
            Meeting,
            Meeting(
                pk=pk,
                slug=slug,
                title=f"{kind} of the Global Partnership, {city}, {day:%-d %B %Y}",
                short_title=f"{kind}, {day:%B %Y}",
                date=day,
                location=city,
                host_id=rng.choice(self.cast.hosts),
                summary=self.text.paragraph(sentences=(2, 4)),
                source_url=f"https://records.example.org/meetings/{slug}/",
                status=Status.DRAFT if draft else Status.PUBLISHED,
                created_at=self.now,
            ),
        )
        on_panels = set()
        for position in range(1, rng.choices(*PANEL_COUNTS)[0] + 1):
            on_panels |= self._panel(pk, position, day)
        self._attendees(pk, on_panels)

    def _panel(self, meeting_pk: int, position: int, day: datetime.date) -> set[int]:
        rng, cast = self.rng, self.cast
        pk = self.pks[Panel].take()
        line_up = self._line_up(rng.choices(*LINE_UP_SIZES)[0])
        moderator = next(self.speakers) if rng.random() < 0.3 else None
        self._add(
            Panel,
            Panel(
                pk=pk,
                meeting_id=meeting_pk,
                position=position,
                title=f"Panel {position}",
                topic=rng.choice(names.PANEL_TOPICS),
                moderator_id=moderator if moderator not in line_up else None,
            ),
        )
        for place, person in enumerate(line_up, start=1):
            post = cast.post_at(person, day)
            self._add(
                Panelist,
                Panelist(
                    pk=self.pks[Panelist].take(),
                    panel_id=pk,
                    person_id=person,
                    position=place,
                    title="Welcome address" if place == 1 and rng.random() < 0.1 else "",
                    role=post.role,
                    organisation_id=post.organisation_id,
                ),
            )
        self._statements(pk, line_up)
        return set(line_up)

    def _line_up(self, size: int) -> list[int]:
        line_up: list[int] = []
        while len(line_up) < min(size, len(self.cast.people)):
            person = next(self.speakers)
            if person not in line_up:
                line_up.append(person)
        return line_up

    def _statements(self, panel_pk: int, line_up: list[int]) -> None:
        """Turns of one to three paragraphs, speakers taking the floor until each has spoken
        their share (5 to 80 paragraphs, most speak briefly, a few at length)."""
        rng, cast = self.rng, self.cast
        focus = rng.sample(cast.theme_ids, 2)
        remaining = {person: 5 + int(75 * rng.random() ** 2.2) for person in line_up}
        position = 0
        if rng.random() < 0.2:
            position = self._statement(panel_pk, position, None, StatementKind.NARRATIVE, focus)
        while remaining:
            speakers = list(remaining)
            speaker = rng.choices(speakers, weights=[remaining[p] for p in speakers])[0]
            for _ in range(min(rng.randint(1, 3), remaining[speaker])):
                kind = rng.choices(*KINDS)[0]
                position = self._statement(panel_pk, position, speaker, kind, focus)
                remaining[speaker] -= 1
            if not remaining[speaker]:
                del remaining[speaker]

    def _statement(self, panel_pk, position, speaker, kind, focus) -> int:
        rng, cast = self.rng, self.cast
        themes = set()
        for _ in range(rng.choices(*THEME_COUNTS)[0]):
            themes.add(rng.choice(focus) if rng.random() < 0.6 else rng.choice(cast.theme_ids))
        keywords = [word for theme in themes for word in cast.theme_keywords[theme]]
        pk = self.pks[Statement].take()
        self._add(
            Statement,
            Statement(
                pk=pk,
                panel_id=panel_pk,
                speaker_id=speaker,
                position=position + 1,
                text=self.text.paragraph(keywords, sentences=(2, 9)),
                kind=kind,
                created_at=self.now,
            ),
        )
        through = Statement.themes.through
        for theme in sorted(themes):
            self._add(through, through(statement_id=pk, theme_id=theme))
        return position + 1

    def _attendees(self, meeting_pk: int, on_panels: set[int]) -> None:
        chosen = set()
        for _ in range(self.rng.randint(0, 5)):
            person = next(self.speakers)
            if person in on_panels or person in chosen:
                continue
            chosen.add(person)
            self._add(
                Attendance,
                Attendance(
                    pk=self.pks[Attendance].take(),
                    meeting_id=meeting_pk,
                    person_id=person,
                    role="Member",
                    group="Members present",
                ),
            )
