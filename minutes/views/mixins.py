"""Drafts for staff only: the mixin of every detail page of a meeting's records."""

from minutes.models import Meeting


class PublishedOnlyUnlessStaffMixin:
    """Limit a detail view to published meetings; staff also see drafts, marked as such.

    The view's model needs a `visible_to(user)` QuerySet method (Meeting, Statement).
    """

    def get_queryset(self):
        return self.model.objects.visible_to(self.request.user)

    def meeting_of(self, obj) -> Meeting:
        return obj if isinstance(obj, Meeting) else obj.panel.meeting

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["draft"] = not self.meeting_of(self.object).is_published
        return context
