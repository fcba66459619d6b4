"""Public pages of the meeting records."""

from minutes.views.meetings import HomeView, MeetingDetailView, MeetingListView, PanelDetailView
from minutes.views.sources import MeetingSourceView
from minutes.views.statements import StatementDetailView
from minutes.views.themes import ThemeDetailView, ThemeListView

__all__ = [
    "HomeView",
    "MeetingDetailView",
    "MeetingListView",
    "MeetingSourceView",
    "PanelDetailView",
    "StatementDetailView",
    "ThemeDetailView",
    "ThemeListView",
]
