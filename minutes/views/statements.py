"""A statement on its own permalink page."""

from django.views.generic import DetailView

from minutes.models import Statement
from minutes.views.mixins import PublishedOnlyUnlessStaffMixin


class StatementDetailView(PublishedOnlyUnlessStaffMixin, DetailView):
    """One statement, citable: who said it, as whom, where, and what came before and after."""

    model = Statement

    def get_queryset(self):
        return super().get_queryset().select_related("panel__meeting", "speaker")

    def get_context_data(self, **kwargs):
        statement = self.object
        siblings = Statement.objects.filter(panel_id=statement.panel_id).only("pk", "position")
        panelist = statement.speaker_place()
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
