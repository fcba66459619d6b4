"""The API's filters (django-filter), one FilterSet per resource, named as on the pages.

Statements use the pages' own StatementFilter (search/filters.py), themes matched as the
theme pages match them.
"""

import django_filters
from django.db.models import QuerySet
from django.http import QueryDict
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import exceptions, filters

from minutes.models import Meeting, Panel, Theme
from people.models import Classification, Membership, Organisation, Person
from search import filters as page_filters


def public_organisations(request) -> QuerySet:
    """Read per request (a filter's queryset may be a callable): the rule counts the records."""
    return Organisation.objects.public()


def public_themes(request) -> QuerySet:
    return Theme.objects.public()


class SlugFilter(django_filters.ModelChoiceFilter):
    """A record given by its slug; an unknown slug is a 400 that says so."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        super().__init__(*args, **kwargs)


class OrganisationTreeFilter(SlugFilter):
    """An organisation given by slug, matching it and everything below it."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("queryset", public_organisations)
        kwargs.setdefault("help_text", "Organisation slug; includes its sub-organisations.")
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        ids = Organisation.objects.descendant_ids(value)
        # One person may hold several posts in the tree: one row each.
        return qs.filter(**{f"{self.field_name}__in": ids}).distinct()


class MeetingFilter(django_filters.FilterSet):
    date = django_filters.DateFromToRangeFilter(
        help_text="Date range: date_after and/or date_before (YYYY-MM-DD), inclusive."
    )
    host = SlugFilter(queryset=public_organisations, help_text="Host's slug.")
    theme = SlugFilter(
        field_name="panels__statements__themes",
        queryset=public_themes,
        distinct=True,
        help_text="Meetings with at least one statement on this theme (slug).",
    )

    class Meta:
        model = Meeting
        fields = ["date", "host", "theme"]


class PanelFilter(django_filters.FilterSet):
    meeting = SlugFilter(queryset=Meeting.objects.published(), help_text="Meeting slug.")

    class Meta:
        model = Panel
        fields = ["meeting"]


class PersonFilter(django_filters.FilterSet):
    organisation = OrganisationTreeFilter(field_name="memberships__organisation")

    class Meta:
        model = Person
        fields = ["organisation"]


class OrganisationFilter(django_filters.FilterSet):
    classification = django_filters.ChoiceFilter(choices=Classification.choices)
    parent = SlugFilter(queryset=public_organisations, help_text="Parent's slug.")
    country = django_filters.CharFilter(help_text="ISO 3166-1 alpha-2 code, e.g. US.")

    class Meta:
        model = Organisation
        fields = ["classification", "parent", "country"]


class MembershipFilter(django_filters.FilterSet):
    person = SlugFilter(queryset=Person.objects.public(), help_text="Person's slug.")
    organisation = OrganisationTreeFilter()

    class Meta:
        model = Membership
        fields = ["person", "organisation"]


class ThemeFilter(django_filters.FilterSet):
    parent = SlugFilter(queryset=public_themes, help_text="Parent theme's slug.")

    class Meta:
        model = Theme
        fields = ["parent"]


class StatementFilter(page_filters.StatementFilter):
    """The pages' statement filters, for a list always read a page at a time: each theme
    matched by the plan for its size (StatementQuerySet.tagged_with, EXISTS for a large one,
    so that the database walks meetings newest first and stops at a page), and a single
    theme counted from the link table's index."""

    walk_themes = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Set when a single theme is given: with no other filter, it counts them cheaply.
        self.theme = None

    def filter_themes(self, queryset: QuerySet, name: str, themes: list[Theme]) -> QuerySet:
        if len(themes) == 1:
            self.theme = themes[0]
        return super().filter_themes(queryset, name, themes)

    def filter_words(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # Words are ranked by the view, as the search page ranks them (StatementViewSet.list).
        return queryset


class FilterBackend(DjangoFilterBackend):
    """django-filter's backend, where an empty parameter means "not given" (as a submitted
    form sends it), and skipped when the request names no filter at all: building a
    FilterSet's form costs about as much as the rest of a short page."""

    not_filters = frozenset({"page", "page_size", "search", "format"})

    def filter_queryset(self, request, queryset, view):
        if not set(given(request.query_params)) - self.not_filters:
            return queryset
        return super().filter_queryset(request, queryset, view)

    def get_filterset(self, request, queryset, view):
        # Kept on the view, whose paginator may count the filtered rows more cheaply with it.
        view.filterset = super().get_filterset(request, queryset, view)
        return view.filterset

    def get_filterset_kwargs(self, request, queryset, view):
        kwargs = super().get_filterset_kwargs(request, queryset, view)
        kwargs["data"] = given(kwargs["data"])
        return kwargs


def given(params: QueryDict) -> QueryDict:
    """The parameters without their empty values (and without those left with none)."""
    cleaned = QueryDict(mutable=True)
    for name in params:
        values = [value for value in params.getlist(name) if value != ""]
        if values:
            cleaned.setlist(name, values)
    return cleaned


class SearchFilter(filters.SearchFilter):
    """`search`, words in the fields a view names; a view that names none has no `search`,
    and says so with a 400 rather than ignoring it (its schema does not list it either)."""

    search_description = "Words to look for (every word must appear, in any order)."

    def filter_queryset(self, request, queryset, view):
        if not getattr(view, "search_fields", None):
            if request.query_params.get(self.search_param):
                refusal = getattr(view, "search_refusal", "This list cannot be searched.")
                raise exceptions.ValidationError({self.search_param: [refusal]})
            return queryset
        return super().filter_queryset(request, queryset, view)

    def get_schema_operation_parameters(self, view):
        if not getattr(view, "search_fields", None):
            return []
        return super().get_schema_operation_parameters(view)

    def get_search_terms(self, request):
        # DRF refuses a NUL with a bare list; name the parameter, as every other 400 does.
        try:
            return super().get_search_terms(request)
        except exceptions.ValidationError as error:
            raise exceptions.ValidationError({self.search_param: error.detail}) from error
