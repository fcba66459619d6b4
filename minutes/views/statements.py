"""Statements: every one of them, filterable, and each on its own permalink page."""

from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from minutes.models import Panelist, Statement, Theme
from minutes.views.mixins import GroupedStatementsMixin, PublishedOnlyUnlessStaffMixin


class StatementListView(GroupedStatementsMixin, ListView):
    """Every published statement, newest meeting first, optionally narrowed to a theme."""

    def get(self, request, *args, **kwargs):
        slug = request.GET.get("theme")
        self.theme = get_object_or_404(Theme, slug=slug) if slug else None
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        statements = Statement.objects.published().in_reading_order()
        return statements.for_theme(self.theme) if self.theme else statements

    def get_context_data(self, **kwargs):
        themes = Theme.objects.only("name", "slug")
        return super().get_context_data(theme=self.theme, themes=themes, **kwargs)


class StatementDetailView(PublishedOnlyUnlessStaffMixin, DetailView):
    """One statement, citable: who said it, as whom, where, and what came before and after."""

    model = Statement

    def get_queryset(self):
        return super().get_queryset().select_related("panel__meeting", "speaker")

    def get_context_data(self, **kwargs):
        statement = self.object
        siblings = Statement.objects.filter(panel_id=statement.panel_id).only("pk", "position")
        panelist = None
        if statement.speaker_id:
            panelist = (
                Panelist.objects.filter(panel_id=statement.panel_id, person_id=statement.speaker_id)
                .select_related("organisation")
                .first()
            )
        return super().get_context_data(
            meeting=statement.panel.meeting,
            panel=statement.panel,
            panelist=panelist,
            themes=statement.themes.all(),
            previous=siblings.filter(position__lt=statement.position).order_by("-position").first(),
            next=siblings.filter(position__gt=statement.position).order_by("position").first(),
            meeting_anchor_url=f"{statement.panel.meeting.get_absolute_url()}#{statement.anchor}",
            **kwargs,
        )
