"""Public pages for people and organisations, with what they said at published meetings.

People know nothing of meetings: what a person said is reached through the reverse relations
the records app defines on Person (`person.statements`, `person.panel_places`), and its
QuerySet methods; templates present the statements with the records app's template tags.
"""

from collections import defaultdict

from django.db.models import Count, Prefetch
from django.views.generic import ListView
from django.views.generic.detail import SingleObjectMixin

from core.aggregate_cache import cached_aggregate
from people.models import Membership, Organisation, Person

LATEST_PANELS = 12
STATEMENTS_PER_PAGE = 50


def statements_model():
    """The model of what people said, reached through Person's reverse relation."""
    return Person._meta.get_field("statements").related_model


def panel_places_model():
    """The model of line-up places, reached through Person's reverse relation."""
    return Person._meta.get_field("panel_places").related_model


class PersonListView(ListView):
    paginate_by = 100
    context_object_name = "people"

    def get_queryset(self):
        return Person.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        people = list(context["object_list"])
        # Counted for this page only: an annotation would aggregate every person's statements.
        counts = dict(
            statements_model()
            .objects.published()
            .filter(speaker__in=people)
            .values_list("speaker_id")
            .annotate(count=Count("pk"))
            .order_by()
        )
        for person in people:
            person.statement_count = counts.get(person.pk, 0)
        context["people"] = context["object_list"] = people
        return context


class PersonDetailView(SingleObjectMixin, ListView):
    """A person: biography, posts, panels, and every published statement by meeting."""

    template_name = "people/person_detail.html"
    paginate_by = STATEMENTS_PER_PAGE

    def get(self, request, *args, **kwargs):
        posts = Membership.objects.select_related("organisation")
        people = Person.objects.visible_to(request.user).prefetch_related(
            Prefetch("memberships", queryset=posts, to_attr="posts")
        )
        self.object = self.get_object(queryset=people)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return self.object.statements.panel_window(cache_as=("speaker", self.object.pk))

    def get_context_data(self, **kwargs):
        shown, earlier = cached_aggregate(
            name="person-latest-panels", parts=(self.object.pk,), compute=self.latest_panels
        )
        return super().get_context_data(
            panel_places=shown, earlier_panel_count=earlier, ranking=self.ranking(), **kwargs
        )

    def latest_panels(self) -> tuple[list, int]:
        """The person's latest panel places, and how many earlier ones there are.

        The latest only: someone on the record for twenty years may have sat on hundreds, and
        all of their statements are paged below anyway. Sorting hundreds of places by meeting
        date reads each one's panel and meeting, hence cached until the records change.
        """
        places = (
            self.object.panel_places.published()
            .select_related("panel__meeting", "organisation")
            .order_by("-panel__meeting__date", "panel__meeting__slug", "panel__position")
        )
        shown = list(places[:LATEST_PANELS])
        earlier = places.count() - len(shown) if len(shown) == LATEST_PANELS else 0
        return shown, earlier

    def ranking(self) -> list:
        """The themes of everything the person said, most frequent first: counted over all
        of their statements (thousands for some), so kept until the records change."""
        return cached_aggregate(
            name="person-theme-ranking",
            parts=(self.object.pk,),
            compute=self.object.statements.outside_drafts().theme_ranking,
        )


class OrganisationListView(ListView):
    """Every organisation, as a tree of top-level bodies and what sits inside them."""

    paginate_by = 50
    context_object_name = "organisations"
    template_name = "people/organisation_list.html"

    def get_queryset(self):
        # One query for the whole table; the tree is built here, not one query per level.
        organisations = list(Organisation.objects.visible_to(self.request.user))
        children = defaultdict(list)
        for organisation in organisations:
            children[organisation.parent_id].append(organisation)
        for organisation in organisations:
            organisation.subtree = children.get(organisation.pk, [])
        return children[None]


class OrganisationDetailView(SingleObjectMixin, ListView):
    """An organisation, its place in the tree, its people and what they said for it."""

    template_name = "people/organisation_detail.html"
    paginate_by = STATEMENTS_PER_PAGE

    def get(self, request, *args, **kwargs):
        # Three levels of parents cover most breadcrumbs without a query per level.
        organisations = (
            Organisation.objects.visible_to(request.user)
            .select_related("parent__parent__parent")
            .prefetch_related("aliases")
        )
        self.object = self.get_object(queryset=organisations)
        self.subtree_ids = Organisation.objects.descendant_ids(self.object)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        # What its people said while speaking for it, or for a body inside it, on that panel.
        statements = statements_model().objects.published()
        return statements.spoken_for(self.subtree_ids).in_reading_order()

    def get_context_data(self, **kwargs):
        organisation = self.object
        places = (
            panel_places_model()
            .objects.published()
            .filter(organisation__in=self.subtree_ids)
            .select_related("person", "organisation", "panel__meeting")
            .order_by("person__sort_name", "person__name", "person_id", "-panel__meeting__date")
        )
        user = self.request.user
        memberships = (
            organisation.memberships.filter(person__in=Person.objects.visible_to(user))
            .select_related("person")
            .order_by("person__sort_name", "person__name", "role")
        )
        return super().get_context_data(
            ancestors=organisation.ancestors()[::-1],
            children=organisation.children.visible_to(user),
            memberships=memberships,
            panel_places=places,
            ranking=self.get_queryset().theme_ranking(),
            **kwargs,
        )
