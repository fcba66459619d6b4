from django.urls import path

from minutes import feeds, views
from minutes.exports import views as exports

app_name = "minutes"
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("meetings/", views.MeetingListView.as_view(), name="meeting_list"),
    path("meetings/<slug:slug>/", views.MeetingDetailView.as_view(), name="meeting_detail"),
    path(
        "meetings/<slug:meeting_slug>/panels/<int:position>/",
        views.PanelDetailView.as_view(),
        name="panel_detail",
    ),
    path("statements/<int:pk>/", views.StatementDetailView.as_view(), name="statement_detail"),
    path("themes/", views.ThemeListView.as_view(), name="theme_list"),
    path("themes/<slug:slug>/", views.ThemeDetailView.as_view(), name="theme_detail"),
]

# Exports and feeds (issue 4).
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
    path(
        "meetings/<slug:slug>/meeting.yaml",
        exports.MeetingFileView.as_view(),
        name="meeting_export_file",
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
