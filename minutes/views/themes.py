"""Themes, each with every published statement tagged with it."""

from django.views.generic import ListView
from django.views.generic.detail import SingleObjectMixin

from core.aggregate_cache import cached_aggregate
from core.paging import CountedPaginator
from minutes.models import Meeting, Theme
from minutes.presentation.theme_statistics import theme_timeline

TIMELINE_MEETINGS = 12


class ThemeListView(ListView):
    paginate_by = 100
    template_name = "minutes/theme_list.html"  # named: the themes come as a list (cached)
    context_object_name = "themes"

    def get_queryset(self):
        return Theme.objects.counted(every=self.request.user.is_staff)


class ThemeDetailView(SingleObjectMixin, ListView):
    """A theme followed across meetings, grouped by meeting and panel."""

    paginate_by = 100
    template_name = "minutes/theme_detail.html"

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(queryset=Theme.objects.visible_to(request.user))
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return self.object.published_statements()

    def get_paginator(self, queryset, per_page, **kwargs):
        count = self.object.published_statement_count
        return CountedPaginator(queryset, per_page, count=count, **kwargs)

    def get_context_data(self, **kwargs):
        # The latest meetings only: every meeting of a twenty-year archive would make the
        # page's cost (and its chart) grow with the archive.
        latest = Meeting.objects.published().values("pk")[:TIMELINE_MEETINGS]
        timeline = cached_aggregate(
            name="theme-timeline",
            parts=(self.object.pk, TIMELINE_MEETINGS),
            compute=lambda: theme_timeline(
                theme=self.object, meetings=Meeting.objects.filter(pk__in=latest)
            ),
        )
        return super().get_context_data(
            timeline=timeline, timeline_limit=TIMELINE_MEETINGS, **kwargs
        )
