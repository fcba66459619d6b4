"""Popolo JSON (persons, organizations, memberships, events, speeches) of published records.

A meeting is an event, each of its panels a child event, each statement a speech of that
panel. Ids are our slugs, so that a person or organisation keeps one id across exports.
Beside the Popolo properties, a speech carries `themes` (theme slugs): Popolo allows
additional properties, and a researcher exporting tagged statements wants the tags.
"""

import json
from collections.abc import Iterable
from pathlib import Path

from django.db.models import Prefetch, QuerySet
from jsonschema import Draft3Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT3

from core.links import statement_url_template, url_template
from minutes.models import Meeting, Panel, Panelist, Statement, StatementKind
from people.models import Membership, Organisation, Person

from .rows import statements_for_export

COLLECTIONS = {
    "persons": "person",
    "organizations": "organization",
    "memberships": "membership",
    "events": "event",
    "speeches": "speech",
}
SCHEMA_BASE = "http://www.popoloproject.com/schemas/"


def meeting_document(*, meeting: Meeting, base_url: str) -> dict:
    """One meeting: its panels, everyone in its line-ups, attendance and statements."""
    statements = list(statements_for_export(Statement.objects.filter(panel__meeting=meeting)))
    panels = list(
        meeting.panels.select_related("moderator").prefetch_related(
            Prefetch("panelists", queryset=Panelist.objects.select_related("person"))
        )
    )
    people = [statement.speaker for statement in statements if statement.speaker]
    for panel in panels:
        people += [place.person for place in panel.panelists.all()]
        people += [panel.moderator] if panel.moderator else []
    people += [attendance.person for attendance in meeting.attendances.select_related("person")]
    return _document(
        meetings=[meeting], panels=panels, statements=statements, people=people, base_url=base_url
    )


def statements_document(*, statements: QuerySet, base_url: str) -> dict:
    """Some statements, with their speakers and the meetings and panels they belong to."""
    rows = list(statements_for_export(statements))
    panels = list({statement.panel.pk: statement.panel for statement in rows}.values())
    meetings = list({panel.meeting.pk: panel.meeting for panel in panels}.values())
    people = [statement.speaker for statement in rows if statement.speaker]
    return _document(
        meetings=meetings, panels=panels, statements=rows, people=people, base_url=base_url
    )


def _document(
    *,
    meetings: list[Meeting],
    panels: list[Panel],
    statements: list[Statement],
    people: Iterable[Person],
    base_url: str,
) -> dict:
    people = sorted({person.pk: person for person in people}.values(), key=lambda p: p.slug)
    memberships = list(
        Membership.objects.filter(person__in=people).select_related("person", "organisation")
    )
    places = [statement.speaker_place() for statement in statements]
    organisation_ids = {membership.organisation_id for membership in memberships}
    organisation_ids |= {place.organisation_id for place in places if place}
    organisation_ids |= {meeting.host_id for meeting in meetings}
    organisations = _with_ancestors(organisation_ids - {None})
    slugs = {organisation.pk: organisation.slug for organisation in organisations}
    return {
        "persons": [_person(person, base_url) for person in people],
        "organizations": [
            _organization(organisation, base_url, slugs) for organisation in organisations
        ],
        "memberships": [_membership(membership) for membership in memberships],
        "events": [_meeting_event(meeting, slugs) for meeting in meetings]
        + [_panel_event(panel) for panel in panels],
        "speeches": _speeches(statements, base_url),
    }


def _with_ancestors(ids: set[int]) -> list[Organisation]:
    """The organisations and every parent above them (one query per level)."""
    found: dict[int, Organisation] = {}
    wanted = set(ids)
    while wanted:
        level = list(Organisation.objects.filter(pk__in=wanted).prefetch_related("aliases"))
        found.update((organisation.pk, organisation) for organisation in level)
        wanted = {o.parent_id for o in level if o.parent_id} - found.keys()
    return sorted(found.values(), key=lambda organisation: organisation.slug)


def _page(base_url: str, url_name: str, slug: str) -> dict:
    return {"url": base_url + url_template(url_name, "slug").format(slug), "note": "GP Records"}


def _person(person: Person, base_url: str) -> dict:
    data = {"id": person.slug, "name": person.name}
    optional = {
        "sort_name": person.sort_name,
        "honorific_prefix": person.honorific,
        "biography": person.biography,
    }
    data.update((key, value) for key, value in optional.items() if value)
    data["links"] = [_page(base_url, "people:person_detail", person.slug)]
    return data


def _organization(organisation: Organisation, base_url: str, slugs: dict[int, str]) -> dict:
    other_names = [{"name": alias.name} for alias in organisation.aliases.all()]
    if organisation.abbreviation:
        other_names.append({"name": organisation.abbreviation, "note": "abbreviation"})
    links = [_page(base_url, "people:organisation_detail", organisation.slug)]
    if organisation.website:
        links.append({"url": organisation.website, "note": "website"})
    data = {
        "id": organisation.slug,
        "name": organisation.name,
        "classification": organisation.classification,
        "other_names": other_names,
        "links": links,
    }
    if organisation.parent_id:
        data["parent_id"] = slugs[organisation.parent_id]
    return data


def _membership(membership: Membership) -> dict:
    data = {
        "id": f"membership-{membership.pk}",
        "person_id": membership.person.slug,
        "organization_id": membership.organisation.slug,
    }
    optional = {
        "role": membership.role,
        "start_date": membership.start_date and membership.start_date.isoformat(),
        "end_date": membership.end_date and membership.end_date.isoformat(),
    }
    data.update((key, value) for key, value in optional.items() if value)
    return data


def _meeting_event(meeting: Meeting, slugs: dict[int, str]) -> dict:
    data = {
        "id": meeting.slug,
        "name": meeting.title,
        "classification": "meeting",
        "start_date": meeting.date.isoformat(),
        "end_date": meeting.date.isoformat(),
    }
    optional = {
        "description": meeting.summary,
        "location": meeting.location,
        "organization_id": slugs.get(meeting.host_id, ""),
    }
    data.update((key, value) for key, value in optional.items() if value)
    if meeting.source_url:
        data["sources"] = [{"url": meeting.source_url, "note": "source of the record"}]
    return data


def panel_event_id(panel: Panel) -> str:
    return f"{panel.meeting.slug}/panel-{panel.position}"


def _panel_event(panel: Panel) -> dict:
    data = {
        "id": panel_event_id(panel),
        "name": panel.title,
        "classification": "panel",
        "parent_id": panel.meeting.slug,
        "start_date": panel.meeting.date.isoformat(),
    }
    if panel.topic:
        data["description"] = panel.topic
    return data


def _speeches(statements: list[Statement], base_url: str) -> list[dict]:
    permalink = statement_url_template(base_url=base_url)
    speeches = []
    for statement in statements:
        data = {
            "id": f"statement-{statement.pk}",
            "text": statement.text,
            "type": "narrative" if statement.kind == StatementKind.NARRATIVE else "speech",
            "position": statement.position,
            "event_id": panel_event_id(statement.panel),
            "sources": [{"url": permalink.format(statement.pk), "note": "permalink"}],
            "themes": [theme.slug for theme in statement.theme_list],
        }
        if statement.speaker:
            data["creator_id"] = statement.speaker.slug
        place = statement.speaker_place()
        if place and place.role:
            data["role"] = place.role
        if place and place.attribution:
            data["attribution_text"] = place.attribution
        speeches.append(data)
    return speeches


def schema_registry(*, schema_dir: Path) -> Registry:
    """The Popolo schemas found in a folder, under the addresses their `$ref`s use."""
    resources = []
    for path in sorted(schema_dir.glob("*.json")):
        resource = Resource.from_contents(
            json.loads(path.read_text()), default_specification=DRAFT3
        )
        resources.append((SCHEMA_BASE + path.name, resource))
    return Registry().with_resources(resources)


def validation_errors(*, document: dict, schema_dir: Path) -> list[str]:
    """Every way the document breaks the Popolo schemas or points at an id it lacks."""
    registry = schema_registry(schema_dir=schema_dir)
    errors = []
    for collection, kind in COLLECTIONS.items():
        if collection not in document:
            continue
        schema = registry.contents(SCHEMA_BASE + f"{kind}.json")
        validator = Draft3Validator(
            schema, registry=registry, format_checker=Draft3Validator.FORMAT_CHECKER
        )
        for i, item in enumerate(document[collection]):
            for error in validator.iter_errors(item):
                place = "".join(f"[{p!r}]" for p in error.absolute_path)
                errors.append(f"{collection}[{i}]{place}: {error.message}")
    return errors + _dangling_ids(document)


REFERENCES = [
    ("organizations", "parent_id", "organizations"),
    ("memberships", "person_id", "persons"),
    ("memberships", "organization_id", "organizations"),
    ("events", "parent_id", "events"),
    ("events", "organization_id", "organizations"),
    ("speeches", "creator_id", "persons"),
    ("speeches", "event_id", "events"),
]


def _dangling_ids(document: dict) -> list[str]:
    ids = {name: {item["id"] for item in document.get(name, [])} for name in COLLECTIONS}
    return [
        f"{collection}[{i}].{key}: no {target} with id {item[key]!r}"
        for collection, key, target in REFERENCES
        for i, item in enumerate(document.get(collection, []))
        if key in item and item[key] not in ids[target]
    ]
