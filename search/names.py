"""Search over the small name tables: people, organisations (with their aliases), meetings."""

from django.db.models import Q, QuerySet

from people.models import Organisation, Person

from .query import ParsedQuery


def _names_match(query: ParsedQuery, fields: tuple[str, ...]) -> Q:
    """Every group must appear in one of the fields; excluded phrases in none."""
    condition = Q()
    for group in query.groups:
        either = Q()
        for phrase in group:
            for name in fields:
                either |= Q(**{f"{name}__icontains": phrase.text})
        condition &= either
    for phrase in query.excluded:
        for name in fields:
            condition &= ~Q(**{f"{name}__icontains": phrase.text})
    return condition


def matching_people(*, query: ParsedQuery, people: QuerySet | None = None) -> QuerySet:
    people = Person.objects.public() if people is None else people.public()
    return people.filter(_names_match(query, ("name", "sort_name")))


def matching_organisations(*, query: ParsedQuery) -> QuerySet:
    public = Organisation.objects.public()
    by_alias = public.filter(_names_match(query, ("aliases__name",)))
    ids = public.filter(
        _names_match(query, ("name", "abbreviation")) | Q(pk__in=by_alias.values("pk"))
    ).values("pk")
    return Organisation.objects.filter(pk__in=ids)


def matching_meetings(*, query: ParsedQuery, meetings: QuerySet) -> QuerySet:
    return meetings.filter(_names_match(query, ("title", "short_title", "location")))
