"""Factory functions: each test builds the rows it needs, with defaults that can be overridden."""

import datetime
import itertools

from django.contrib.auth.models import Group, User
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from minutes.models import Attendance, Meeting, Panel, Panelist, Statement, Status, Theme
from people.models import Membership, Organisation, Person

_counter = itertools.count(1)


def _n() -> int:
    return next(_counter)


def make_organisation(**fields) -> Organisation:
    n = _n()
    fields.setdefault("name", f"Organisation {n}")
    fields.setdefault("slug", f"organisation-{n}")
    return Organisation.objects.create(**fields)


def make_person(**fields) -> Person:
    n = _n()
    fields.setdefault("name", f"Person {n}")
    fields.setdefault("sort_name", f"{n}, Person")
    fields.setdefault("slug", f"person-{n}")
    return Person.objects.create(**fields)


def make_membership(**fields) -> Membership:
    fields["person"] = fields.get("person") or make_person()
    fields["organisation"] = fields.get("organisation") or make_organisation()
    fields.setdefault("role", "Director")
    return Membership.objects.create(**fields)


def make_theme(**fields) -> Theme:
    n = _n()
    fields.setdefault("name", f"Theme {n}")
    fields.setdefault("slug", f"theme-{n}")
    return Theme.objects.create(**fields)


def make_meeting(**fields) -> Meeting:
    n = _n()
    fields.setdefault("slug", f"meeting-{n}")
    fields.setdefault("title", f"Meeting {n}")
    fields.setdefault("date", datetime.date(2012, 1, 1) + datetime.timedelta(days=n))
    fields.setdefault("status", Status.PUBLISHED)
    return Meeting.objects.create(**fields)


def make_panel(**fields) -> Panel:
    meeting = fields["meeting"] = fields.get("meeting") or make_meeting()
    fields.setdefault("position", meeting.panels.count() + 1)
    fields.setdefault("title", f"Panel {fields['position']}")
    return Panel.objects.create(**fields)


def make_panelist(**fields) -> Panelist:
    panel = fields["panel"] = fields.get("panel") or make_panel()
    fields["person"] = fields.get("person") or make_person()
    fields.setdefault("position", panel.panelists.count() + 1)
    return Panelist.objects.create(**fields)


def make_statement(*, themes=(), **fields) -> Statement:
    panel = fields["panel"] = fields.get("panel") or make_panel()
    if "speaker" not in fields:
        fields["speaker"] = make_person()
    fields.setdefault("position", panel.statements.count() + 1)
    fields.setdefault("text", f"Statement number {_n()}.")
    statement = Statement.objects.create(**fields)
    statement.themes.set(themes)
    return statement


def make_attendance(**fields) -> Attendance:
    if "meeting" not in fields:
        fields["meeting"] = make_meeting()
    if "person" not in fields:
        fields["person"] = make_person()
    return Attendance.objects.create(**fields)


def make_editor(**fields) -> User:
    """A staff user in the Editors group, which the minutes 0002 migration creates."""
    fields.setdefault("username", f"editor-{_n()}")
    fields.setdefault("is_staff", True)
    user = User.objects.create_user(**fields)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def refused(create) -> bool:
    """Whether the database refuses what `create` writes (a constraint test helper)."""
    try:
        with transaction.atomic():
            create()
    except IntegrityError:
        return True
    return False


def make_speech(*, role: str = "", organisation=None, themes=(), **fields) -> Statement:
    """A statement whose speaker has a place in its panel's line-up (role, organisation)."""
    statement = make_statement(themes=themes, **fields)
    speaker = statement.speaker
    if speaker and not statement.panel.panelists.filter(person=speaker).exists():
        make_panelist(panel=statement.panel, person=speaker, role=role, organisation=organisation)
    return statement


def make_record(*, prefix: str = "rec", **meeting_fields):
    """A meeting of two panels: speakers from an organisation tree, themed statements.

    Returns a namespace with every row made, named for the tests that read them.
    """
    from types import SimpleNamespace

    r = SimpleNamespace()
    r.department = make_organisation(name=f"{prefix} Department", slug=f"{prefix}-department")
    r.office = make_organisation(
        name=f"{prefix} Office", slug=f"{prefix}-office", parent=r.department, abbreviation="OFF"
    )
    r.agency = make_organisation(name=f"{prefix} Agency", slug=f"{prefix}-agency")
    r.biosecurity = make_theme(name=f"{prefix} Biosecurity", slug=f"{prefix}-biosecurity")
    r.nuclear = make_theme(name=f"{prefix} Nuclear", slug=f"{prefix}-nuclear")
    r.alice = make_person(name=f"{prefix} Alice", slug=f"{prefix}-alice", honorific="Dr.")
    r.bob = make_person(name=f"{prefix} Bob", slug=f"{prefix}-bob")
    make_membership(person=r.alice, organisation=r.office, role="Director")
    meeting_fields.setdefault("slug", f"{prefix}-meeting")
    meeting_fields.setdefault("host", r.department)
    r.meeting = make_meeting(**meeting_fields)
    r.panel1 = make_panel(meeting=r.meeting, title="Panel 1", topic="Threats")
    r.panel2 = make_panel(meeting=r.meeting, title="Panel 2")
    make_attendance(meeting=r.meeting, person=r.bob, role="Observer", group="Also present")
    r.s1 = make_speech(
        panel=r.panel1,
        speaker=r.alice,
        role="Director",
        organisation=r.office,
        themes=[r.biosecurity],
        text=f"{prefix}: laboratories must keep pathogens safe.",
    )
    r.s2 = make_speech(
        panel=r.panel1,
        speaker=r.bob,
        role="Ambassador",
        organisation=r.agency,
        themes=[r.nuclear],
        text=f"{prefix}: the reactor fuel must be secured.",
        kind="question",
    )
    r.s3 = make_statement(
        panel=r.panel1, speaker=None, kind="narrative", text=f"{prefix}: the chair closed."
    )
    r.s4 = make_speech(
        panel=r.panel2,
        speaker=r.alice,
        role="Deputy",
        organisation=r.department,
        themes=[r.biosecurity, r.nuclear],
        text=f"{prefix}: both pathogens and fuel need guarding.",
    )
    return r


def build_meeting(*, panels: int, statements: int, themes: list, **fields):
    """A meeting with a three-person line-up per panel and themed statements, in bulk."""
    meeting = make_meeting(**fields)
    organisation = make_organisation()
    people = [make_person() for _ in range(3)]
    links = []
    for position in range(1, panels + 1):
        panel = Panel.objects.create(meeting=meeting, position=position, title=f"Panel {position}")
        Panelist.objects.bulk_create(
            Panelist(
                panel=panel, person=person, position=n, role="Director", organisation=organisation
            )
            for n, person in enumerate(people, 1)
        )
        rows = Statement.objects.bulk_create(
            Statement(panel=panel, speaker=people[n % 3], position=n, text=f"Point {n}.")
            for n in range(1, statements + 1)
        )
        links += [
            Statement.themes.through(statement_id=row.pk, theme_id=themes[row.position % 2].pk)
            for row in rows
        ]
    Statement.themes.through.objects.bulk_create(links)
    return meeting


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)
