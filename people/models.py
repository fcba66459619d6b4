"""People, organisations and memberships: who the records are about.

What is public: a person or an organisation only while a published record uses it. People know
nothing of meetings: each use is reached through a reverse relation the records app defines
(`person.panel_places`, `organisation.hosted_meetings`, …) and that model's own `published()`.
"""

import operator
from functools import reduce

from django.db import models
from django.db.models import Exists, OuterRef, Q

from core.aggregate_cache import cached_aggregate
from core.links import url_former


class Classification(models.TextChoices):
    GOVERNMENT = "government", "Government"
    INTERGOVERNMENTAL = "intergovernmental", "Intergovernmental"
    NON_GOVERNMENTAL = "non-governmental", "Non-governmental"
    ACADEMIC = "academic", "Academic"
    PRIVATE = "private", "Private"


class SlugManager(models.Manager):
    """Finds rows by their slug, the natural key of people and organisations."""

    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


def used_by_published(model, uses: tuple[tuple[str, str], ...]) -> Q:
    """A row one of whose reverse relations (name, the field pointing back) has a published
    row: a published record uses it."""
    conditions = []
    for relation, field in uses:
        related = model._meta.get_field(relation).related_model
        conditions.append(Exists(related.objects.published().filter(**{field: OuterRef("pk")})))
    return reduce(operator.or_, conditions)


def with_ancestor_ids(rows: models.QuerySet) -> list[int]:
    """Ids of `rows` and of every row above them through `parent`: two queries however deep,
    the tree's (id, parent) pairs being few (organisations, themes) and walked here."""
    parent_of = dict(rows.model.objects.values_list("pk", "parent_id"))
    ids = set()
    for pk in rows.values_list("pk", flat=True):
        # Stops at the top, or at a row already reached (its ancestors are in too).
        while pk is not None and pk not in ids:
            ids.add(pk)
            pk = parent_of.get(pk)
    return sorted(ids)


class SharedRecordQuerySet(models.QuerySet):
    """Records meetings share: public only while a published record uses them (`public()`,
    one method per model); staff, who preview drafts, see every one."""

    def public(self):
        raise NotImplementedError

    def visible_to(self, user):
        return self if user.is_staff else self.public()


class PersonQuerySet(SharedRecordQuerySet):
    def public(self):
        """People a published meeting names: on a line-up, as a speaker, a moderator or
        present."""
        uses = (
            ("panel_places", "person"),
            ("statements", "speaker"),
            ("moderated_panels", "moderator"),
            ("attendances", "person"),
        )
        return self.filter(used_by_published(self.model, uses))


class OrganisationQuerySet(SharedRecordQuerySet):
    def public(self):
        """Organisations a published record names (a host, a line-up's attribution, a post
        of a public person), and the bodies they sit inside; kept until the records change."""
        ids = cached_aggregate(name="public-organisations", parts=(), compute=self.public_ids)
        return self.filter(pk__in=ids)

    def public_ids(self) -> list[int]:
        model = self.model
        uses = (("hosted_meetings", "host"), ("panel_places", "organisation"))
        posts = Membership.objects.filter(
            organisation=OuterRef("pk"), person__in=Person.objects.public()
        )
        used = model.objects.filter(used_by_published(model, uses) | Exists(posts))
        return with_ancestor_ids(used)

    def descendant_ids(self, organisation: "Organisation") -> list[int]:
        """Ids of an organisation and everything below it, one query per level."""
        ids, level = [organisation.pk], [organisation.pk]
        while level:
            level = list(self.filter(parent__in=level).values_list("pk", flat=True))
            ids.extend(level)
        return ids


class Organisation(models.Model):
    """A department, office, agency or body that people speak for."""

    name = models.CharField(max_length=300, help_text="Official name.")
    slug = models.SlugField(max_length=120, unique=True)
    abbreviation = models.CharField(max_length=40, blank=True)
    classification = models.CharField(
        max_length=20, choices=Classification.choices, default=Classification.GOVERNMENT
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2 code.")
    website = models.URLField(blank=True)

    objects = SlugManager.from_queryset(OrganisationQuerySet)()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(parent=models.F("pk")), name="organisation_not_own_parent"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return url_former("people:organisation_detail", "slug")(self.slug)

    def natural_key(self):
        return (self.slug,)

    def ancestors(self) -> list["Organisation"]:
        """Parents from the nearest up to the top, guarding against a cycle."""
        chain, seen, node = [], {self.pk}, self.parent
        while node is not None and node.pk not in seen:
            chain.append(node)
            seen.add(node.pk)
            node = node.parent
        return chain

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.abbreviation})" if self.abbreviation else self.name


class OrganisationAliasManager(models.Manager):
    def get_by_natural_key(self, organisation_slug, name):
        return self.get(organisation__slug=organisation_slug, name=name)


class OrganisationAlias(models.Model):
    """Another name an organisation is printed under (a variant, a misnaming, an old name)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=300)

    objects = OrganisationAliasManager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "organisation aliases"
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="unique_alias_per_org"),
        ]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (*self.organisation.natural_key(), self.name)

    natural_key.dependencies = ["people.organisation"]


class Person(models.Model):
    """Someone who spoke at, chaired or attended a meeting."""

    name = models.CharField(max_length=200)
    sort_name = models.CharField(max_length=200, blank=True, help_text="e.g. 'Mallin, Monte'.")
    honorific = models.CharField(max_length=40, blank=True, help_text="Mr., Ms., Dr., Ambassador…")
    slug = models.SlugField(max_length=120, unique=True)
    biography = models.TextField(blank=True)

    objects = SlugManager.from_queryset(PersonQuerySet)()

    class Meta:
        ordering = ["sort_name", "name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return url_former("people:person_detail", "slug")(self.slug)

    def natural_key(self):
        return (self.slug,)


class MembershipManager(models.Manager):
    def get_by_natural_key(self, person_slug, organisation_slug, role):
        return self.get(person__slug=person_slug, organisation__slug=organisation_slug, role=role)


class Membership(models.Model):
    """A post a person holds or held in an organisation."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(max_length=300, blank=True)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)

    objects = MembershipManager()

    class Meta:
        ordering = ["person", "-start_date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "organisation", "role"], name="unique_membership"
            ),
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="membership_ends_after_start",
            ),
        ]

    def __str__(self):
        role = f"{self.role}, " if self.role else ""
        return f"{self.person}: {role}{self.organisation}"

    def natural_key(self):
        return (self.person.slug, self.organisation.slug, self.role)

    natural_key.dependencies = ["people.person", "people.organisation"]
