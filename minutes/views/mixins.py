"""Mixins shared by the public views: drafts for staff only, statements grouped by meeting."""

from minutes.models import Meeting
from minutes.views.rows import StatementRows


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


class GroupedStatementsMixin:
    """Paginate a list view's statements and give the template the page nested by meeting.

    The view's `get_queryset()` returns the statements, ordered; the template gets `groups`
    (see `StatementRows.grouped_by_meeting`).
    """

    paginate_by = 50

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        statements = context["object_list"]
        context["groups"] = StatementRows(self.request).grouped_by_meeting(statements)
        return context
