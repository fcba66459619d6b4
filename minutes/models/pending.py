"""Changes a draft meeting brings to shared records, held until the meeting is published.

People, organisations and themes are shared between meetings, and public while a published
record uses them. A draft's meeting file may give one of them new values (a biography, a post,
a new name or alias): written at once, they would be public before the meeting is. So the
draft keeps them here, one row per record, and publishing the meeting writes them into the
record in the same transaction (Meeting.publish). Records a draft creates are written at once:
no published record uses them, so they are not public until one does.
"""

import datetime

from django.db import models, transaction

from people.models import Membership, Organisation, OrganisationAlias, Person


def stored_value(record: models.Model, name: str):
    """A field's value as a pending change writes it: a related record by its slug."""
    value = getattr(record, name)
    return value.slug if isinstance(value, models.Model) else value


class PendingChangeError(Exception):
    """A pending change that can no longer be applied (a record it names was deleted)."""


class PendingChangeQuerySet(models.QuerySet):
    def apply(self) -> int:
        """Write every change into its record and delete it, in one transaction; returns how
        many were applied. Raises PendingChangeError, writing nothing, if one cannot be."""
        with transaction.atomic():
            changes = list(self.select_related("person", "organisation", "theme"))
            for change in changes:
                change.apply()
            self.model.objects.filter(pk__in=[change.pk for change in changes]).delete()
        return len(changes)

    def problems(self) -> list[str]:
        """Why these changes could not be applied now; empty if they can."""
        return [problem for change in self for problem in change.problems()]


class PendingChange(models.Model):
    """New values a draft meeting gives one shared record, written when it is published."""

    meeting = models.ForeignKey(
        "minutes.Meeting", on_delete=models.CASCADE, related_name="pending_changes"
    )
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="pending_changes"
    )
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="pending_changes",
    )
    theme = models.ForeignKey(
        "minutes.Theme",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="pending_changes",
    )
    fields = models.JSONField(
        default=dict, blank=True, help_text="New field values; a parent by its slug."
    )
    memberships = models.JSONField(
        default=list,
        blank=True,
        help_text="Posts to add or to re-date: organisation slug, role, start and end dates.",
    )
    aliases = models.JSONField(default=list, blank=True, help_text="Other names to add.")
    replaces = models.JSONField(
        default=dict,
        blank=True,
        help_text="The values the new ones replace, as they stood when the draft was loaded.",
    )

    objects = PendingChangeQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    person__isnull=False, organisation__isnull=True, theme__isnull=True
                )
                | models.Q(person__isnull=True, organisation__isnull=False, theme__isnull=True)
                | models.Q(person__isnull=True, organisation__isnull=True, theme__isnull=False),
                name="pending_change_names_one_record",
            ),
            *(
                models.UniqueConstraint(
                    fields=["meeting", name],
                    condition=models.Q(**{f"{name}__isnull": False}),
                    name=f"one_pending_change_per_{name}",
                )
                for name in ("person", "organisation", "theme")
            ),
        ]

    def __str__(self):
        return f"{self.meeting.slug}: {self.record_kind} {self.record.slug}"

    @property
    def record(self) -> models.Model:
        return self.person or self.organisation or self.theme

    @property
    def record_kind(self) -> str:
        return type(self.record)._meta.verbose_name

    def summary(self) -> str:
        """What publishing will change, in a line for the admin."""
        parts = [
            f"{name}: {self.replaces[name]!r} → {value!r}"
            if name in self.replaces
            else f"{name}: {value!r}"
            for name, value in self.fields.items()
        ]
        parts += [
            f"post: {post.get('role', '')} at {post['organisation']}" for post in self.memberships
        ]
        parts += [f"alias: {alias!r}" for alias in self.aliases]
        return "; ".join(parts)

    def problems(self) -> list[str]:
        """Why the change cannot be applied: a record it names is gone, or a field it changes
        was edited since the draft was loaded (publishing would silently undo that edit)."""
        missing = [
            f"{self}: no {model._meta.verbose_name} {slug!r} any more"
            for model, slug in self._references()
            if not model.objects.filter(slug=slug).exists()
        ]
        return missing + self._edited_since()

    def _edited_since(self) -> list[str]:
        edited = []
        for name, was in self.replaces.items():
            now, proposed = stored_value(self.record, name), self.fields.get(name)
            if now not in (was, proposed):
                edited.append(
                    f"{self}: {name} was changed to {now!r} after this draft proposed "
                    f"{proposed!r} in place of {was!r}: edit the record to the value wanted "
                    "and delete this pending change"
                )
        return edited

    def _references(self) -> list[tuple[type[models.Model], str]]:
        refs = [(Organisation, post["organisation"]) for post in self.memberships]
        if self.fields.get("parent"):
            refs.append((type(self.record), self.fields["parent"]))
        return refs

    def apply(self) -> None:
        """Write the new values into the record, its posts and its aliases."""
        problems = self.problems()
        if problems:
            raise PendingChangeError("; ".join(problems))
        record = self.record
        for name, value in self.fields.items():
            if name == "parent":
                value = type(record).objects.get(slug=value) if value else None
            setattr(record, name, value)
        if self.fields:
            record.save()
        for post in self.memberships:
            dates = {
                name: datetime.date.fromisoformat(post[name]) if post[name] else None
                for name in ("start_date", "end_date")
                if name in post
            }
            Membership.objects.update_or_create(
                person=record,
                organisation=Organisation.objects.get(slug=post["organisation"]),
                role=post.get("role", ""),
                defaults=dates,
            )
        for name in self.aliases:
            OrganisationAlias.objects.get_or_create(organisation=record, name=name)
