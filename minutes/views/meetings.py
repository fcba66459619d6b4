"""The home page, the list of meetings, and a meeting read panel by panel."""

from collections import defaultdict
from operator import attrgetter

from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from minutes.models import Meeting, Panel, Panelist, Theme
from minutes.presentation.citations import cite_rows
from minutes.presentation.statement_rows import (
    StatementRows,
    url_former,
)
from minutes.presentation.theme_statistics import theme_matrix
from minutes.views.mixins import PublishedOnlyUnlessStaffMixin
from people.models import Person


def _visible_panels(user, **lookups) -> QuerySet:
    """Panels by `lookups` that `user` may see (published meetings only unless staff),
    unordered, each with its meeting, the meeting's host and source, and its moderator."""
    panels = Panel.objects.filter(**lookups)
    panels = panels if user.is_staff else panels.published()
    return panels.select_related(
        "meeting__host", "meeting__source_document", "moderator"
    ).order_by()


class HomeView(ListView):
    """The latest meetings, the themes, and a way into search."""

    template_name = "minutes/home.html"
    context_object_name = "meetings"

    def get_queryset(self):
        return Meeting.objects.published().select_related("host")[:10]

    def get_context_data(self, **kwargs):
        themes = Theme.objects.counted(every=self.request.user.is_staff)
        return super().get_context_data(themes=themes, **kwargs)


class MeetingListView(ListView):
    paginate_by = 50
    context_object_name = "meetings"

    def get_queryset(self):
        return Meeting.objects.published().select_related("host")


class MeetingDetailView(PublishedOnlyUnlessStaffMixin, DetailView):
    """A meeting panel by panel, in the same few queries however many statements it has."""

    model = Meeting

    def visible_panels(self) -> list[Panel]:
        slug = self.kwargs[self.slug_url_kwarg]
        return list(_visible_panels(self.request.user, meeting__slug=slug))

    def get_queryset(self):
        return super().get_queryset().select_related("host")

    def get_object(self, queryset=None):
        """The meeting, its panels as `panel_list` and each panel's line-up as `lineup`.

        Two queries: the panels with their meeting, then the line-ups (a meeting without
        panels takes one more); prefetch_related's machinery cost more than the queries.
        """
        # A few rows each, sorted here: Meta's orderings by "meeting" and "panel" would join
        # those tables, and even a plain ORDER BY cost more to build than this sort.
        panels = sorted(self.visible_panels(), key=attrgetter("position"))
        meeting = panels[0].meeting if panels else super().get_object(queryset)
        lineups = defaultdict(list)
        places = Panelist.objects.filter(panel__in=panels).select_related("person", "organisation")
        places = places.order_by()
        for place in sorted(places, key=attrgetter("panel_id", "position")):
            lineups[place.panel_id].append(place)
        for panel in panels:
            panel.meeting = meeting  # one instance for all (citations read it)
            panel.lineup = lineups[panel.pk]
        meeting.panel_list = panels
        return meeting

    def get(self, request, *args, **kwargs):
        slug = request.GET.get("theme")
        self.theme = get_object_or_404(Theme, slug=slug) if slug else None
        slug = request.GET.get("speaker")
        self.speaker = get_object_or_404(Person, slug=slug) if slug else None
        return super().get(request, *args, **kwargs)

    def panel_statements(self, panels: list[Panel], builder: StatementRows):
        """Statement rows by panel (narrowed to the theme and speaker, if any), theme counts
        by panel, and the theme-by-speaker matrix."""
        # Counts and the matrix cover the whole meeting even when the statements shown are
        # narrowed, so every statement is fetched and the narrowing is done here.
        records, themes, counts = builder.records_with_themes([panel.pk for panel in panels])
        rows = builder.rows(records, themes)
        matrix = theme_matrix(panels=panels, rows=rows)
        if self.theme or self.speaker:
            rows = builder.rows([r for r in records if self.shows(r, themes)], themes)
        by_panel = defaultdict(list)
        for row in rows:
            by_panel[row["panel_id"]].append(row)
        return by_panel, counts, matrix

    def shows(self, record: tuple, themes: dict[int, list]) -> bool:
        """Whether a statement record passes the theme and speaker narrowing."""
        pk, speaker_id = record[0], record[4]
        if self.speaker and speaker_id != self.speaker.pk:
            return False
        return not self.theme or any(t["pk"] == self.theme.pk for t in themes.get(pk, ()))

    def get_context_data(self, **kwargs):
        panels = self.object.panel_list
        builder = StatementRows(self.request)
        by_panel, counts, matrix = self.panel_statements(panels, builder)
        organisation_url = url_former("people:organisation_detail", "slug")
        for panel in panels:
            panel.anchor = f"panel-{panel.position}"
            panel.statement_rows = by_panel[panel.pk]
            cite_rows(panel.statement_rows, panel)
            panel.theme_counts = sorted(
                (
                    {**builder.themes[theme_id], "count": count}
                    for theme_id, count in counts[panel.pk].items()
                ),
                key=lambda chip: (-chip["count"], chip["name"]),
            )
            for panelist in panel.lineup:
                panelist.person_url = builder.person_url(panelist.person.slug)
                if panelist.organisation:
                    panelist.organisation_url = organisation_url(panelist.organisation.slug)
        return super().get_context_data(
            panels=panels,
            theme=self.theme,
            speaker=self.speaker,
            matrix=matrix,
            shown_count=sum(len(rows) for rows in by_panel.values()),
            **kwargs,
        )


class PanelDetailView(MeetingDetailView):
    """One panel of a meeting, rendered as on the meeting page."""

    slug_url_kwarg = "meeting_slug"
    template_name = "minutes/panel_detail.html"

    def visible_panels(self) -> list[Panel]:
        slug, position = self.kwargs[self.slug_url_kwarg], self.kwargs["position"]
        return list(_visible_panels(self.request.user, meeting__slug=slug, position=position))

    def get_object(self, queryset=None):
        meeting = super().get_object(queryset)
        if not meeting.panel_list:
            raise Http404("No such panel.")
        return meeting

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["panel"] = context["panels"][0]
        return context
