"""Writing a recorded meeting back as a meeting file (gp-meeting/1), the format it loads from."""

import yaml

from minutes.models import Meeting, Panel, Statement, Theme
from people.models import Membership, Organisation, OrganisationAlias, Person


def export_meeting(*, meeting: Meeting) -> dict:
    """The meeting with everything it refers to: loading the result into an empty database
    and exporting again gives the same file."""
    panels = list(
        meeting.panels.order_by("position").prefetch_related(
            "panelists__person", "panelists__organisation"
        )
    )
    statements = list(
        Statement.objects.filter(panel__meeting=meeting)
        .order_by("panel__position", "position")
        .select_related("speaker")
        .prefetch_related("themes")
    )
    attendances = list(meeting.attendances.select_related("person").order_by("group", "person"))
    people = _people(panels, statements, attendances)
    return {
        "format": "gp-meeting/1",
        "meeting": _meeting(meeting),
        "organisations": [_organisation(o) for o in _organisations(meeting, panels, people)],
        "people": [_person(person) for person in people],
        "themes": [_theme(theme) for theme in _themes(statements)],
        "attendees": [
            _without_blanks({"person": a.person.slug, "role": a.role, "group": a.group})
            for a in attendances
        ],
        "panels": [_panel(index, panel, statements) for index, panel in enumerate(panels)],
    }


def _without_blanks(entry: dict, keep: tuple = ()) -> dict:
    return {k: v for k, v in entry.items() if k in keep or v not in ("", None)}


def _meeting(meeting: Meeting) -> dict:
    return _without_blanks(
        {
            "slug": meeting.slug,
            "title": meeting.title,
            "short_title": meeting.short_title,
            "date": meeting.date.isoformat(),
            "location": meeting.location,
            "host": meeting.host.slug if meeting.host_id else None,
            "source_url": meeting.source_url,
            "status": str(meeting.status),
            "summary": meeting.summary,
        }
    )


def _people(panels: list[Panel], statements: list[Statement], attendances) -> list[Person]:
    """Everyone the meeting names, in order of first mention: line-ups, speakers, attendance."""
    found: dict[int, Person] = {}
    for panel in panels:
        if panel.moderator_id:
            found.setdefault(panel.moderator_id, panel.moderator)
        for panelist in panel.panelists.all():
            found.setdefault(panelist.person_id, panelist.person)
    for statement in statements:
        if statement.speaker_id:
            found.setdefault(statement.speaker_id, statement.speaker)
    for attendance in attendances:
        found.setdefault(attendance.person_id, attendance.person)
    people = list(found.values())
    memberships = Membership.objects.filter(person__in=people)
    by_person: dict[int, list] = {}
    for membership in memberships.select_related("organisation").order_by("person", "pk"):
        by_person.setdefault(membership.person_id, []).append(membership)
    for person in people:
        person.exported_memberships = by_person.get(person.pk, [])
    return people


def _organisations(meeting, panels, people) -> list[Organisation]:
    """Every organisation referred to, with its ancestors, parents before their children."""
    wanted: dict[int, Organisation] = {}
    direct = [meeting.host] if meeting.host_id else []
    direct += [p.organisation for panel in panels for p in panel.panelists.all() if p.organisation]
    direct += [m.organisation for person in people for m in person.exported_memberships]
    for organisation in direct:
        for node in [organisation, *organisation.ancestors()]:
            wanted.setdefault(node.pk, node)
    ordered, placed = [], set()
    remaining = sorted(wanted.values(), key=lambda o: o.slug)
    while remaining:
        level = [
            o
            for o in remaining
            if o.parent_id is None or o.parent_id in placed or o.parent_id not in wanted
        ]
        if not level:  # a cycle in the database: write the rest as they are
            level = remaining
        ordered += level
        placed.update(o.pk for o in level)
        remaining = [o for o in remaining if o.pk not in placed]
    aliases = OrganisationAlias.objects.filter(organisation__in=ordered)
    by_organisation: dict[int, list[str]] = {}
    for alias in aliases.order_by("name"):
        by_organisation.setdefault(alias.organisation_id, []).append(alias.name)
    for organisation in ordered:
        organisation.exported_aliases = by_organisation.get(organisation.pk, [])
    return ordered


def _organisation(organisation: Organisation) -> dict:
    entry = _without_blanks(
        {
            "key": organisation.slug,
            "name": organisation.name,
            "abbreviation": organisation.abbreviation,
            "classification": str(organisation.classification),
            "parent": organisation.parent.slug if organisation.parent_id else None,
            "country": organisation.country,
            "website": organisation.website,
        },
        keep=("parent",),
    )
    entry["aliases"] = organisation.exported_aliases
    return entry


def _person(person: Person) -> dict:
    entry = _without_blanks(
        {
            "key": person.slug,
            "name": person.name,
            "sort_name": person.sort_name,
            "honorific": person.honorific,
            "biography": person.biography,
        }
    )
    entry["memberships"] = [
        _without_blanks(
            {
                "organisation": m.organisation.slug,
                "role": m.role,
                "start_date": m.start_date.isoformat() if m.start_date else None,
                "end_date": m.end_date.isoformat() if m.end_date else None,
            }
        )
        for m in person.exported_memberships
    ]
    return entry


def _themes(statements: list[Statement]) -> list[Theme]:
    """The themes statements are tagged with, and their parents, parents first."""
    wanted: dict[int, Theme] = {}
    for statement in statements:
        for theme in statement.themes.all():
            node, seen = theme, set()
            while node is not None and node.pk not in seen:
                wanted.setdefault(node.pk, node)
                seen.add(node.pk)
                node = node.parent
    ordered, placed = [], set()
    remaining = sorted(wanted.values(), key=lambda t: t.slug)
    while remaining:
        level = [t for t in remaining if t.parent_id is None or t.parent_id in placed]
        ordered += level or remaining
        placed.update(t.pk for t in level or remaining)
        remaining = [t for t in remaining if t.pk not in placed]
    return ordered


def _theme(theme: Theme) -> dict:
    entry = _without_blanks(
        {"key": theme.slug, "name": theme.name, "description": theme.description}
    )
    entry["keywords"] = theme.keyword_list
    entry["parent"] = theme.parent.slug if theme.parent_id else None
    return entry


def _panel(index: int, panel: Panel, statements: list[Statement]) -> dict:
    entry = {"title": panel.title}
    if panel.position != index + 1:
        entry["position"] = panel.position
    entry.update(
        _without_blanks(
            {
                "topic": panel.topic,
                "moderator": panel.moderator.slug if panel.moderator_id else None,
            }
        )
    )
    entry["panelists"] = [
        _without_blanks(
            {
                "person": p.person.slug,
                "title": p.title,
                "role": p.role,
                "organisation": p.organisation.slug if p.organisation_id else None,
                "biography": p.biography,
            }
        )
        for p in panel.panelists.all()
    ]
    entry["statements"] = [_statement(s) for s in statements if s.panel_id == panel.pk]
    return entry


def _statement(statement: Statement) -> dict:
    entry = {
        "speaker": statement.speaker.slug if statement.speaker_id else None,
        "kind": str(statement.kind),
        "themes": [theme.slug for theme in statement.themes.all()],
        "text": statement.text,
    }
    if statement.source_place:
        entry["source"] = statement.source_place
    return entry


class _Dumper(yaml.SafeDumper):
    """Block lists, and multi-line texts as literal blocks that read like the text itself."""

    def ignore_aliases(self, data) -> bool:
        # A value used twice is written out twice: the reader refuses aliases (see parse.py).
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str):
    # PyYAML falls back to a quoted style by itself where a literal block cannot hold the text.
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: dict) -> str:
    """YAML as people write it: fields in the file's order, long lines unwrapped, UTF-8 as is."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=10_000,
    )
