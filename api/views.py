"""Read-only viewsets: published records only, a constant number of queries per response."""

from collections.abc import Callable, Sequence

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, views, viewsets

from core.aggregate_cache import cached_aggregate
from minutes.models import Attendance, Meeting, Panel, Panelist, Statement, Status, Theme
from people.models import Membership, Organisation, Person
from search import filters as search_filters
from search.filtering import canonical_pairs
from search.ranked import ranked
from search.statements import read_query

from . import filters as api_filters
from . import rows, serializers
from .pagination import CountedPagination


def lineup_prefetch(prefix: str = "") -> Prefetch:
    """A panel's line-up in order, with people and organisations, as `panel.lineup`."""
    return Prefetch(
        f"{prefix}panelists",
        queryset=Panelist.objects.select_related("person", "organisation").order_by("position"),
        to_attr="lineup",
    )


def themes_prefetch(prefix: str = "") -> Prefetch:
    return Prefetch(f"{prefix}themes", queryset=Theme.objects.only("slug"), to_attr="theme_list")


class ReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    """A public resource: list and detail, its FilterSet, and search where it names fields."""

    filter_backends = [api_filters.FilterBackend, api_filters.SearchFilter]


class MeetingViewSet(ReadOnlyViewSet):
    """Published meetings; a meeting's detail holds its panels, line-ups and statements."""

    lookup_field = "slug"
    filterset_class = api_filters.MeetingFilter
    search_fields = ["title", "short_title", "summary", "location"]

    def get_queryset(self):
        meetings = Meeting.objects.published().select_related("host")
        if self.action != "retrieve":
            return meetings
        statements = Statement.objects.select_related("speaker").prefetch_related(themes_prefetch())
        panels = Panel.objects.select_related("moderator").prefetch_related(
            lineup_prefetch(), Prefetch("statements", queryset=statements)
        )
        return meetings.prefetch_related(
            Prefetch("panels", queryset=panels),
            Prefetch("attendances", queryset=Attendance.objects.select_related("person")),
        )

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.MeetingDetailSerializer
        return serializers.MeetingSerializer


class PanelViewSet(ReadOnlyViewSet):
    """Panels of published meetings, each with its line-up."""

    serializer_class = serializers.PanelSerializer
    filterset_class = api_filters.PanelFilter
    search_fields = ["title", "topic"]
    queryset = (
        Panel.objects.filter(meeting__status=Status.PUBLISHED)
        .select_related("meeting", "moderator")
        .prefetch_related(lineup_prefetch())
        .order_by("-meeting__date", "meeting__slug", "position")
    )


class StatementViewSet(ReadOnlyViewSet):
    """Statements of published meetings, newest meeting first, in reading order."""

    serializer_class = serializers.StatementSerializer
    # The statements page's filters, `q` (its full-text search) included.
    filterset_class = api_filters.StatementFilter
    search_refusal = "Statements are searched with q (full-text, as on the statements page)."
    pagination_class = CountedPagination

    def get_queryset(self):
        if self.action == "list":
            # Value tuples rather than instances and nested serializers: see rows.py.
            return rows.PUBLISHED_ROWS.all()
        return (
            Statement.objects.published()
            .in_reading_order()
            .select_related("panel__meeting", "speaker")
            .prefetch_related(lineup_prefetch("panel__"), themes_prefetch())
        )

    def list(self, request, *args, **kwargs):
        statements = self.filter_queryset(self.get_queryset())
        words = api_filters.given(request.query_params).get("q", "")
        if read_query(words):
            page = self.ranked_page(words)
        else:
            self.paginator.count = self.cheap_count()
            page = self.paginate_queryset(statements)
        base_url = request.build_absolute_uri("/").rstrip("/")
        return self.get_paginated_response(rows.statement_rows(records=page, base_url=base_url))

    def ranked_page(self, words: str) -> Sequence[tuple]:
        """With `q`, the search page's results in its order (best first; see search.ranked):
        this page of them, as rows."""
        params = api_filters.given(self.request.query_params)
        without_words = params.copy()
        without_words.pop("q")
        statements = search_filters.StatementFilter(
            without_words, queryset=Statement.objects.published(), request=self.request
        ).qs
        found = ranked(
            statements=statements, query=read_query(words), filters=canonical_pairs(params)
        )
        page_ids = self.paginate_queryset(found.ids)
        by_id = {row[0]: row for row in rows.PUBLISHED_ROWS.filter(pk__in=page_ids)}
        return [by_id[pk] for pk in page_ids if pk in by_id]

    def cheap_count(self) -> Callable[[], int] | None:
        """The total by a cheaper way than COUNT(*) over the filtered join, where there is one."""
        named = set(api_filters.given(self.request.query_params))
        named -= api_filters.FilterBackend.not_filters
        if not named:
            # Every statement less those in drafts, from the statement table alone, rather
            # than joining all of them to their meetings (270 ms on 660,000 statements; this
            # is a few), and kept until the records change (even the statement table alone
            # takes ~10 ms to count on 660,000).
            return published_statement_count
        if named == {"theme"} and self.filterset.theme:
            return self.filterset.theme.published_statement_count  # from the link table's index
        return None


def published_statement_count() -> int:
    return cached_aggregate(
        name="published-statement-count",
        parts=(),
        compute=Statement.objects.published_count,
    )


class PersonViewSet(ReadOnlyViewSet):
    """People, with their posts on the detail."""

    lookup_field = "slug"
    filterset_class = api_filters.PersonFilter
    search_fields = ["name"]

    def get_queryset(self):
        people = Person.objects.public()
        if self.action == "retrieve":
            posts = Membership.objects.select_related("organisation")
            people = people.prefetch_related(Prefetch("memberships", queryset=posts))
        return people

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.PersonDetailSerializer
        return serializers.PersonSerializer


class OrganisationViewSet(ReadOnlyViewSet):
    """Organisations with their parent, children and other names."""

    lookup_field = "slug"
    serializer_class = serializers.OrganisationSerializer
    filterset_class = api_filters.OrganisationFilter
    search_fields = ["name", "abbreviation", "aliases__name"]
    queryset = Organisation.objects.all()  # the model, for the schema; the rule is applied below

    def get_queryset(self):
        public = Organisation.objects.public()
        return public.select_related("parent").prefetch_related(
            Prefetch("children", queryset=public), "aliases"
        )


class MembershipViewSet(ReadOnlyViewSet):
    """Posts people hold or held in organisations."""

    serializer_class = serializers.MembershipSerializer
    filterset_class = api_filters.MembershipFilter
    search_fields = ["role", "person__name", "organisation__name"]
    # A public person's posts: their organisations are public by the same rule.
    queryset = Membership.objects.filter(person__in=Person.objects.public()).select_related(
        "person", "organisation"
    )


class ThemeViewSet(ReadOnlyViewSet):
    """The theme vocabulary statements are tagged with."""

    lookup_field = "slug"
    serializer_class = serializers.ThemeSerializer
    filterset_class = api_filters.ThemeFilter
    search_fields = ["name", "keywords"]
    queryset = Theme.objects.all()  # the model, for the schema; the rule is applied below

    def get_queryset(self):
        return Theme.objects.public().select_related("parent")


@extend_schema(exclude=True)
class NotFoundView(views.APIView):
    """Whatever was asked for under /api/ that no route matches."""

    def get(self, request, *args, **kwargs):
        raise exceptions.NotFound()
