"""Factory functions: each test builds the rows it needs, with defaults that can be overridden."""

import datetime
import itertools

from django.contrib.auth.models import Group, User
from django.db import IntegrityError, transaction

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
