"""Factory functions: each test builds the rows it needs, with defaults that can be overridden."""

import datetime
import itertools

from minutes.models import Meeting, Panel, Panelist, Statement, Status, Theme
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
    fields.setdefault("person", make_person())
    fields.setdefault("organisation", make_organisation())
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
    meeting = fields.setdefault("meeting", make_meeting())
    fields.setdefault("position", meeting.panels.count() + 1)
    fields.setdefault("title", f"Panel {fields['position']}")
    return Panel.objects.create(**fields)


def make_panelist(**fields) -> Panelist:
    panel = fields.setdefault("panel", make_panel())
    fields.setdefault("person", make_person())
    fields.setdefault("position", panel.panelists.count() + 1)
    return Panelist.objects.create(**fields)


def make_statement(*, themes=(), **fields) -> Statement:
    panel = fields.setdefault("panel", make_panel())
    fields.setdefault("speaker", make_person())
    fields.setdefault("position", panel.statements.count() + 1)
    fields.setdefault("text", f"Statement number {_n()}.")
    statement = Statement.objects.create(**fields)
    statement.themes.set(themes)
    return statement
