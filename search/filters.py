"""Filters over statements, shared by the statements page, the search page and the API."""

import django_filters
from django import forms
from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema_field

from minutes.models import Meeting, StatementKind, Theme
from people.models import Organisation, Person
from search.statements import clean_query_text, matching_statements, read_query

# The order of parameters in every URL the site writes, so each filtered view has one address.
PARAMETER_ORDER = (
    "q",
    "theme",
    "speaker",
    "organisation",
    "meeting",
    "panel",
    "kind",
    "date_from",
    "date_to",
    "sort",
    "page",
)

# One spelling of a date, so that one filtered view has one address.
ISO_DATE = ["%Y-%m-%d"]


def _visible_meetings(request) -> QuerySet:
    """Drafts are choices for staff only, so their slugs stay unknown to everyone else."""
    user = getattr(request, "user", None)
    return Meeting.objects.visible_to(user) if user else Meeting.objects.published()


class SearchTextField(forms.CharField):
    """Words to search for: control characters (a NUL included) are dropped, never an error."""

    def to_python(self, value):
        return clean_query_text(super().to_python(value))


class SearchTextFilter(django_filters.CharFilter):
    field_class = SearchTextField


class StatementFilterForm(forms.Form):
    """Checks that need more than one field: a panel is numbered within a meeting, and a
    date range must not end before it starts."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("panel") is not None and not cleaned.get("meeting"):
            self.add_error("panel", "A panel is numbered within a meeting: give meeting too.")
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", f"The range ends ({end}) before it starts ({start}).")
        return cleaned


class StatementFilter(django_filters.FilterSet):
    """Statements by words, themes (all of them), speaker, organisation (with the bodies
    inside it), meeting, panel, kind and meeting date."""

    q = SearchTextFilter(
        method="filter_words",
        label="Words",
        help_text='Words that must appear; "a phrase", -excluded, this OR that.',
    )
    # Slugs in the API schema: drf-spectacular cannot tell the type of a filter on a relation.
    theme = extend_schema_field(
        {"type": "string", "description": "Statements tagged with every theme given."}
    )(
        django_filters.ModelMultipleChoiceFilter(
            method="filter_themes",
            to_field_name="slug",
            queryset=lambda request: Theme.objects.public(),  # read per request
            label="Themes (all of)",
            help_text="Statements tagged with every theme given.",
        )
    )
    speaker = django_filters.ModelChoiceFilter(
        field_name="speaker",
        to_field_name="slug",
        queryset=Person.objects.public(),
        help_text="Slug of the person who spoke.",
    )
    organisation = django_filters.ModelChoiceFilter(
        method="filter_organisation",
        to_field_name="slug",
        queryset=lambda request: Organisation.objects.public(),  # read per request
        help_text="Slug of an organisation: statements by people who spoke for it, or for a "
        "body inside it, on that panel.",
    )
    meeting = django_filters.ModelChoiceFilter(
        field_name="panel__meeting",
        to_field_name="slug",
        queryset=_visible_meetings,
        help_text="Slug of the meeting.",
    )
    panel = django_filters.NumberFilter(
        field_name="panel__position",
        min_value=1,
        max_value=32767,
        help_text="Position of the panel within the meeting (needs meeting).",
    )
    kind = django_filters.MultipleChoiceFilter(
        choices=StatementKind.choices,
        # A column of the statement itself: no join, so no duplicate rows to remove, and
        # DISTINCT over whole rows would make the database sort every match.
        distinct=False,
        help_text="Kind of statement (any of those given).",
    )
    date_from = django_filters.DateFilter(
        field_name="panel__meeting__date",
        lookup_expr="gte",
        input_formats=ISO_DATE,
        label="From",
        help_text="Meetings on or after this date (YYYY-MM-DD).",
    )
    date_to = django_filters.DateFilter(
        field_name="panel__meeting__date",
        lookup_expr="lte",
        input_formats=ISO_DATE,
        label="To",
        help_text="Meetings on or before this date (YYYY-MM-DD).",
    )

    class Meta:
        form = StatementFilterForm
        fields = ()

    def filter_words(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if not value.strip():
            return queryset
        return matching_statements(statements=queryset, query=read_query(value))

    # Set by `in_reading_order` while it filters (see there); always, where a subclass only
    # ever reads a page at a time.
    walk_themes = False

    def in_reading_order(self) -> QuerySet:
        """The matches in reading order, for reading a page at a time.

        A large theme is tested by EXISTS, so the database walks meetings newest first and
        stops after a page rather than sorting all of the theme's statements (`qs`, joined
        to the themes, is the cheaper plan to count or group all of the matches).
        """
        self.walk_themes = True
        try:
            return self.filter_queryset(self.queryset.all()).in_reading_order()
        finally:
            del self.walk_themes  # back to the class's own setting

    def filter_themes(self, queryset: QuerySet, name: str, themes: list[Theme]) -> QuerySet:
        # Each theme in its own join or EXISTS (all of them must match), and no DISTINCT: a
        # statement has a theme once.
        for theme in themes:
            queryset = (
                queryset.tagged_with(theme) if self.walk_themes else queryset.filter(themes=theme)
            )
        return queryset

    def filter_organisation(self, queryset: QuerySet, name: str, value: Organisation) -> QuerySet:
        return queryset.for_organisation(value)
