"""Writing a checked meeting file into the database, in place and without duplicates."""

import datetime
import difflib
from contextlib import contextmanager

import reversion
from django.db import transaction
from django.db.models import Max

from core.page_cache import bump_records_version_on_commit
from minutes.history import record_meetings
from minutes.models import Attendance, Meeting, Panel, Panelist, Statement, Status, Theme
from people.models import Organisation, Person

from . import shared
from .read import MeetingFile, MeetingFileError, panel_position, read_file
from .report import LoadReport


def load_meeting_files(*, paths: list, dry_run: bool = False, history: bool = True) -> LoadReport:
    """Check every file, then load them all in one transaction; a dry run rolls back."""
    files = [read_file(path) for path in paths]
    return load_parsed(files=files, dry_run=dry_run, history=history)


def load_parsed(
    *, files: list[MeetingFile], dry_run: bool = False, history: bool = True, user=None
) -> LoadReport:
    """Load checked files in one transaction, recorded as one revision in each meeting's history."""
    problems = [problem for meeting_file in files for problem in meeting_file.problems]
    if problems:
        raise MeetingFileError(problems)
    report = LoadReport(sources=[meeting_file.source for meeting_file in files])
    record = history and not dry_run
    with transaction.atomic(), _signals_recorded_by_hand(record):
        for meeting_file in files:
            report.meetings.append(apply(data=meeting_file.data, report=report))
        if record:
            record_meetings(
                meetings=Meeting.objects.filter(slug__in=report.meetings),
                comment=f"Loaded from {', '.join(report.sources)}"[:10_000],
                user=user,
            )
        if dry_run:
            transaction.set_rollback(True)
        else:
            # Bulk writes send no signals: make cached pages stale once this load commits.
            bump_records_version_on_commit()
    return report


@contextmanager
def _signals_recorded_by_hand(record: bool):
    """Inside a caller's revision, leave out of it the rows the load saves: the load is its own."""
    if not (record and reversion.is_active()):
        yield
        return
    with reversion.create_revision(manage_manually=True, atomic=False):
        yield


def apply(*, data: dict, report: LoadReport) -> str:
    """Write one checked file's records; returns the meeting's slug.

    A draft's changes to shared records that exist are held until it is published (shared.py).
    """
    publish = data["meeting"].get("status", Status.DRAFT) == Status.PUBLISHED
    changes = shared.SharedChanges(publish=publish, report=report)
    organisations = shared.organisations(data.get("organisations", []), changes)
    people = shared.people(data.get("people", []), organisations, changes)
    themes = shared.themes(data.get("themes", []), changes)
    refs = Refs(organisations, people, themes)
    meeting = _upsert_meeting(data["meeting"], refs, report)
    changes.save(meeting)
    _sync_attendees(meeting, data.get("attendees", []), refs, report)
    _sync_panels(meeting, data["panels"], refs, report)
    return meeting.slug


class Refs:
    """Looks up keys among the file's records first, then in the database (one query per kind)."""

    def __init__(self, organisations: dict, people: dict, themes: dict):
        self.maps = {Organisation: organisations, Person: people, Theme: themes}

    def get(self, model, key):
        if key is None:
            return None
        found = self.maps[model]
        if key not in found:
            found[key] = model.objects.get(slug=key)
        return found[key]

    def preload(self, model, keys) -> None:
        missing = set(keys) - set(self.maps[model])
        for row in model.objects.filter(slug__in=missing):
            self.maps[model][row.slug] = row


def _upsert_meeting(entry: dict, refs: Refs, report: LoadReport) -> Meeting:
    # The file is the whole truth about its meeting: a field left out goes back to its default.
    values = {
        "title": entry["title"],
        "short_title": entry.get("short_title", ""),
        "date": datetime.date.fromisoformat(entry["date"]),
        "location": entry.get("location", ""),
        "host": refs.get(Organisation, entry.get("host")),
        "source_url": entry.get("source_url", ""),
        "status": entry.get("status", Status.DRAFT),
        "summary": entry.get("summary", ""),
    }
    meeting = Meeting.objects.filter(slug=entry["slug"]).first()
    if meeting is None:
        report.add("meetings", "created")
        return Meeting.objects.create(slug=entry["slug"], **values)
    shared.update(meeting, values, "meetings", report)
    return meeting


def _sync_attendees(meeting: Meeting, entries: list[dict], refs: Refs, report: LoadReport) -> None:
    refs.preload(Person, [e["person"] for e in entries])
    # One row per person and list: the same person may be present and in the chair.
    existing = {(a.person_id, a.group): a for a in meeting.attendances.all()}
    keep = set()
    for entry in entries:
        person = refs.get(Person, entry["person"])
        key = (person.pk, entry.get("group", ""))
        keep.add(key)
        attendance = existing.get(key)
        if attendance is None:
            Attendance.objects.create(
                meeting=meeting, person=person, group=key[1], role=entry.get("role", "")
            )
            report.add("attendees", "created")
        else:
            shared.update(attendance, {"role": entry.get("role", "")}, "attendees", report)
    gone = [existing[key].pk for key in existing if key not in keep]
    report.add("attendees", "deleted", len(gone))
    meeting.attendances.filter(pk__in=gone).delete()


def _sync_panels(meeting: Meeting, entries: list[dict], refs: Refs, report: LoadReport) -> None:
    refs.preload(Person, _people_keys(entries))
    existing = {panel.position: panel for panel in meeting.panels.all()}
    wanted = {}
    for index, entry in enumerate(entries):
        position = panel_position(index, entry)
        values = {
            "title": entry["title"],
            "topic": entry.get("topic", ""),
            "moderator": refs.get(Person, entry.get("moderator")),
        }
        panel = existing.get(position)
        if panel is None:
            panel = Panel.objects.create(meeting=meeting, position=position, **values)
            report.add("panels", "created")
        else:
            shared.update(panel, values, "panels", report)
        wanted[position] = (panel, entry)
    gone = [position for position in existing if position not in wanted]
    if gone:
        report.add("panels", "deleted", len(gone))
        report.add(
            "statements",
            "deleted",
            Statement.objects.filter(panel__meeting=meeting, panel__position__in=gone).count(),
        )
        meeting.panels.filter(position__in=gone).delete()
    for panel, entry in wanted.values():
        _sync_panelists(panel, entry.get("panelists", []), refs, report)
    _sync_statements(
        meeting,
        [(panel, entry.get("statements", [])) for panel, entry in wanted.values()],
        refs,
        report,
    )


def _people_keys(entries: list[dict]) -> set[str]:
    keys = set()
    for entry in entries:
        keys.update(p["person"] for p in entry.get("panelists", []))
        keys.update(s["speaker"] for s in entry.get("statements", []) if s.get("speaker"))
        if entry.get("moderator"):
            keys.add(entry["moderator"])
    return keys


def _sync_panelists(panel: Panel, entries: list[dict], refs: Refs, report: LoadReport) -> None:
    existing = {p.position: p for p in panel.panelists.all()}
    wanted = []
    for position, entry in enumerate(entries, start=1):
        wanted.append(
            Panelist(
                panel=panel,
                position=position,
                person=refs.get(Person, entry["person"]),
                title=entry.get("title", ""),
                role=entry.get("role", ""),
                organisation=refs.get(Organisation, entry.get("organisation")),
                biography=entry.get("biography", ""),
            )
        )
    fields = ("person_id", "title", "role", "organisation_id", "biography")
    same = [p for p in wanted if p.position in existing and _equal(existing[p.position], p, fields)]
    same_positions = {p.position for p in same}
    # A changed place is replaced, not updated: swapping two people would otherwise collide
    # with the one-place-per-person constraint halfway through.
    stale = [p.pk for position, p in existing.items() if position not in same_positions]
    Panelist.objects.filter(pk__in=stale).delete()
    Panelist.objects.bulk_create([p for p in wanted if p.position not in same_positions])
    replaced = sum(1 for p in wanted if p.position in existing and p.position not in same_positions)
    report.add("panelists", "unchanged", len(same))
    report.add("panelists", "updated", replaced)
    report.add("panelists", "created", len(wanted) - len(same) - replaced)
    report.add("panelists", "deleted", len([pos for pos in existing if pos > len(wanted)]))


def _equal(a, b, fields) -> bool:
    return all(getattr(a, name) == getattr(b, name) for name in fields)


def _sync_statements(meeting: Meeting, panels: list, refs: Refs, report: LoadReport) -> None:
    """Match each panel's statements to the stored ones so unchanged paragraphs keep their ids."""
    stored: dict[int, list[Statement]] = {}
    for statement in Statement.objects.filter(panel__meeting=meeting).order_by(
        "panel_id", "position"
    ):
        stored.setdefault(statement.panel_id, []).append(statement)
    create, update, delete, links = [], [], [], []
    for panel, entries in panels:
        old = stored.get(panel.pk, [])
        new = [
            _statement_from(panel, position, entry, refs)
            for position, entry in enumerate(entries, 1)
        ]
        for old_row, new_row in _align(old, new):
            if old_row is None:
                create.append(new_row)
            elif new_row is None:
                delete.append(old_row.pk)
            else:
                new_row.pk = old_row.pk
                if _equal(old_row, new_row, STATEMENT_FIELDS):
                    report.add("statements", "unchanged")
                else:
                    update.append((old_row, new_row))
        links += [
            (row, [refs.get(Theme, key) for key in entry.get("themes", [])])
            for row, entry in zip(new, entries, strict=True)
        ]
    Statement.objects.filter(pk__in=delete).delete()
    _write_updates(update, report)
    Statement.objects.bulk_create(create, batch_size=2000)
    report.add("statements", "created", len(create))
    report.add("statements", "deleted", len(delete))
    _sync_statement_themes(meeting, links, report)


# What a meeting file says of a statement besides its themes.
STATEMENT_FIELDS = ("position", "text", "speaker_id", "kind", "source_place")


def _statement_from(panel: Panel, position: int, entry: dict, refs: Refs) -> Statement:
    return Statement(
        panel=panel,
        position=position,
        speaker=refs.get(Person, entry.get("speaker")),
        text=entry["text"],
        kind=entry.get("kind", "remark"),
        source_place=entry.get("source", ""),
    )


def _align(old: list[Statement], new: list[Statement]):
    """Pair stored with wanted statements: equal texts pair up, edited ones pair in order."""
    matcher = difflib.SequenceMatcher(
        a=[(s.speaker_id, s.text) for s in old],
        b=[(s.speaker_id, s.text) for s in new],
        autojunk=False,
    )
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        olds, news = old[i1:i2], new[j1:j2]
        for k in range(max(len(olds), len(news))):
            yield (olds[k] if k < len(olds) else None), (news[k] if k < len(news) else None)


def _write_updates(pairs: list, report: LoadReport) -> None:
    if not pairs:
        return
    rows = [new for _, new in pairs]
    moved = [new for old, new in pairs if old.position != new.position]
    if moved:
        # Positions are unique per panel: park moved rows past every stored position first
        # (unchanged rows further down included), then place them.
        panels = {old.panel_id for old, _ in pairs}
        stored = Statement.objects.filter(panel__in=panels).aggregate(top=Max("position"))["top"]
        offset = 1 + max(stored or 0, max(r.position for r in rows))
        parked = [Statement(pk=r.pk, position=r.position + offset) for r in moved]
        Statement.objects.bulk_update(parked, ["position"], batch_size=2000)
    Statement.objects.bulk_update(rows, STATEMENT_FIELDS, batch_size=2000)
    report.add("statements", "updated", len(rows))


def _sync_statement_themes(meeting: Meeting, links: list, report: LoadReport) -> None:
    through = Statement.themes.through
    wanted = {(row.pk, theme.pk) for row, themes in links for theme in themes}
    existing = set(
        through.objects.filter(statement__panel__meeting=meeting).values_list(
            "statement_id", "theme_id"
        )
    )
    new = sorted(wanted - existing)
    for start in range(0, len(new), 5000):  # rows made a batch at a time: 140,000 would be ~60 MiB
        batch = new[start : start + 5000]
        through.objects.bulk_create([through(statement_id=s, theme_id=t) for s, t in batch])
    gone = existing - wanted
    for statement_id, theme_id in gone:
        through.objects.filter(statement_id=statement_id, theme_id=theme_id).delete()
    report.add("statement themes", "created", len(new))
    report.add("statement themes", "deleted", len(gone))
    report.add("statement themes", "unchanged", len(wanted & existing))
