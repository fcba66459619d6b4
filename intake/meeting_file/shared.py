"""A meeting file's organisations, people and themes: shared records, written or held.

Shared records are public while a published record uses them. A record the file creates is
written at once: no published record uses it yet, so nobody sees it until its meeting (or
another) is published. New values for a record that exists (a field, a post, an alias) are
written at once only when the file's meeting is published; for a draft they are held as the
meeting's pending changes (minutes.models.pending), which Meeting.publish writes in one transaction,
so the public keeps seeing the published values until then.
"""

import datetime

from django.db import models

from minutes.models import Meeting, PendingChange, Theme
from minutes.models.pending import stored_value
from people.models import Membership, Organisation, OrganisationAlias, Person

from .report import LoadReport

RECORD_FIELDS = {Person: "person", Organisation: "organisation", Theme: "theme"}


def given(entry: dict, names: tuple[str, ...]) -> dict:
    return {name: entry[name] for name in names if name in entry}


def sync_fields(obj, values: dict) -> bool:
    """Set the values that differ; say whether anything did."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def update(obj, values: dict, kind: str, report: LoadReport) -> None:
    """Save a stored row if the file changes it, and count it as updated or unchanged."""
    if sync_fields(obj, values):
        obj.save()
        report.add(kind, "updated")
    else:
        report.add(kind, "unchanged")


class SharedChanges:
    """Where a file's changes to existing shared records go: into them when its meeting is
    published, or held as the meeting's pending changes while it is a draft."""

    def __init__(self, *, publish: bool, report: LoadReport):
        self.publish, self.report = publish, report
        self.held: dict[models.Model, dict] = {}
        self.created: set[models.Model] = set()  # new records: not public, so written at once

    def _held(self, record: models.Model) -> dict:
        return self.held.setdefault(
            record, {"fields": {}, "replaces": {}, "memberships": [], "aliases": []}
        )

    def update(self, record: models.Model, values: dict, kind: str) -> None:
        if self.publish:
            update(record, values, kind, self.report)
            return
        differing = {
            name: value.slug if isinstance(value, models.Model) else value
            for name, value in values.items()
            if getattr(record, name) != value
        }
        if differing:
            held = self._held(record)
            held["fields"].update(differing)
            # What the draft replaces, so that publishing can tell an edit made since.
            held["replaces"].update({name: stored_value(record, name) for name in differing})
        self.report.add(kind, "pending" if differing else "unchanged")

    def post(self, person: Person, organisation: Organisation, role: str, dates: dict) -> None:
        """A post the file gives a person: created or re-dated, now or at publication."""
        stored = Membership.objects.filter(person=person, organisation=organisation, role=role)
        stored = stored.first()
        if stored is not None and not any(getattr(stored, k) != v for k, v in dates.items()):
            self.report.add("memberships", "unchanged")
        elif not self.publish:
            written = {name: value.isoformat() if value else None for name, value in dates.items()}
            post = {"organisation": organisation.slug, "role": role, **written}
            self._held(person)["memberships"].append(post)
            self.report.add("memberships", "pending")
        elif stored is None:
            Membership.objects.create(person=person, organisation=organisation, role=role, **dates)
            self.report.add("memberships", "created")
        else:
            update(stored, dates, "memberships", self.report)

    def aliases(self, organisation: Organisation, names: list[str]) -> None:
        # Aliases only accumulate: another meeting's file may print the same body differently.
        stored = set(organisation.aliases.values_list("name", flat=True))
        new = sorted(set(names) - stored)
        self.report.add("organisation aliases", "unchanged", len(set(names) & stored))
        if not new:
            return
        if self.publish:
            OrganisationAlias.objects.bulk_create(
                [OrganisationAlias(organisation=organisation, name=name) for name in new]
            )
            self.report.add("organisation aliases", "created", len(new))
        else:
            self._held(organisation)["aliases"] += new
            self.report.add("organisation aliases", "pending", len(new))

    def save(self, meeting: Meeting) -> None:
        """Make the meeting's pending changes those held; a published meeting keeps none."""
        stored = {change.record: change for change in meeting.pending_changes.all()}
        for record, values in self.held.items():
            change = stored.pop(record, None)
            if change is None:
                PendingChange.objects.create(
                    meeting=meeting, **{RECORD_FIELDS[type(record)]: record}, **values
                )
                self.report.add("pending changes", "created")
            else:
                update(change, values, "pending changes", self.report)
        gone = [change.pk for change in stored.values()]
        PendingChange.objects.filter(pk__in=gone).delete()
        self.report.add("pending changes", "deleted", len(gone))


def upsert(model, kind: str, rows: list[tuple[str, dict]], changes: SharedChanges) -> dict:
    """Create rows by slug with the file's values, or change the fields the file gives."""
    existing = model.objects.in_bulk([slug for slug, _ in rows], field_name="slug")
    out = {}
    for slug, values in rows:
        obj = existing.get(slug)
        if obj is None:
            obj = model.objects.create(slug=slug, **values)
            changes.created.add(obj)
            changes.report.add(kind, "created")
        else:
            changes.update(obj, values, kind)
        out[slug] = obj
    return out


def organisations(entries: list[dict], changes: SharedChanges) -> dict:
    # Parents first: a level at a time, so a parent row exists before its children refer to it.
    by_key = {entry["key"]: entry for entry in entries}
    done: dict = {}
    remaining = list(entries)
    while remaining:
        level = [
            e
            for e in remaining
            if not e.get("parent") or e["parent"] not in by_key or e["parent"] in done
        ]
        rows = []
        for entry in level:
            values = given(entry, ("name", "abbreviation", "classification", "country", "website"))
            if "parent" in entry:
                parent = entry["parent"]
                values["parent"] = done.get(parent) or (
                    Organisation.objects.get(slug=parent) if parent else None
                )
            rows.append((entry["key"], values))
        done.update(upsert(Organisation, "organisations", rows, changes))
        remaining = [e for e in remaining if e["key"] not in done]
    for entry in entries:
        if entry.get("aliases"):
            changes.aliases(done[entry["key"]], entry["aliases"])
    return done


def people(entries: list[dict], organisations: dict, changes: SharedChanges) -> dict:
    rows = [(e["key"], given(e, ("name", "sort_name", "honorific", "biography"))) for e in entries]
    found = upsert(Person, "people", rows, changes)
    for entry in entries:
        for membership in entry.get("memberships", []):
            key = membership["organisation"]
            organisation = organisations.get(key) or Organisation.objects.get(slug=key)
            dates = {
                name: datetime.date.fromisoformat(membership[name]) if membership[name] else None
                for name in ("start_date", "end_date")
                if name in membership
            }
            changes.post(found[entry["key"]], organisation, membership.get("role", ""), dates)
    return found


def themes(entries: list[dict], changes: SharedChanges) -> dict:
    rows = []
    for entry in entries:
        values = given(entry, ("name", "description"))
        if "keywords" in entry:
            values["keywords"] = ", ".join(entry["keywords"])
        rows.append((entry["key"], values))
    found = upsert(Theme, "themes", rows, changes)
    for entry in entries:
        if "parent" in entry:
            parent = found.get(entry["parent"]) or (
                Theme.objects.get(slug=entry["parent"]) if entry["parent"] else None
            )
            theme = found[entry["key"]]
            if theme.parent_id != (parent.pk if parent else None):
                if changes.publish or theme in changes.created:
                    theme.parent = parent
                    theme.save(update_fields=["parent"])
                else:
                    changes.update(theme, {"parent": parent}, "theme parents")
    return found
