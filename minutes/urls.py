app_name = "minutes"
urlpatterns = []

# Issue 4: exports and feeds.
from django.urls import path  # noqa: E402

from minutes import feeds  # noqa: E402
from minutes.exports import views as exports  # noqa: E402

urlpatterns += [
    path(
        "meetings/<slug:slug>/export.csv",
        exports.MeetingCsvView.as_view(),
        name="meeting_export_csv",
    ),
    path(
        "meetings/<slug:slug>/popolo.json",
        exports.MeetingPopoloView.as_view(),
        name="meeting_export_popolo",
    ),
    path("statements/export.csv", exports.StatementCsvView.as_view(), name="statement_export_csv"),
    path(
        "statements/popolo.json",
        exports.StatementPopoloView.as_view(),
        name="statement_export_popolo",
    ),
    path("feeds/meetings/", feeds.MeetingFeed(), name="meeting_feed"),
    path("feeds/themes/<slug:slug>/", feeds.ThemeStatementFeed(), name="theme_feed"),
    path("feeds/people/<slug:slug>/", feeds.PersonStatementFeed(), name="person_feed"),
    path(
        "feeds/organisations/<slug:slug>/",
        feeds.OrganisationStatementFeed(),
        name="organisation_feed",
    ),
]
