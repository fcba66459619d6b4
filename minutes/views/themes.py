"""Themes, each with every published statement tagged with it."""

from django.views.generic import ListView
from django.views.generic.detail import SingleObjectMixin

from minutes.charts import theme_timeline
from minutes.models import Meeting, Statement, Theme
from minutes.views.mixins import GroupedStatementsMixin
from minutes.views.rows import themes_with_counts


class ThemeListView(ListView):
    paginate_by = 100
    context_object_name = "themes"

    def get_queryset(self):
        return themes_with_counts()


class ThemeDetailView(GroupedStatementsMixin, SingleObjectMixin, ListView):
    """A theme followed across meetings, grouped by meeting and panel."""

    paginate_by = 100
    template_name = "minutes/theme_detail.html"

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(queryset=Theme.objects.all())
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return Statement.objects.published().for_theme(self.object).in_reading_order()

    def get_context_data(self, **kwargs):
        timeline = theme_timeline(theme=self.object, meetings=Meeting.objects.published())
        return super().get_context_data(timeline=timeline, **kwargs)
