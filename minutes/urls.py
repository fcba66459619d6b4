from django.urls import path

from minutes import feeds, views

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
    path("meetings/<slug:slug>/source/", views.MeetingSourceView.as_view(), name="meeting_source"),
    path("statements/<int:pk>/", views.StatementDetailView.as_view(), name="statement_detail"),
    path("themes/", views.ThemeListView.as_view(), name="theme_list"),
    path("themes/<slug:slug>/", views.ThemeDetailView.as_view(), name="theme_detail"),
]

# Feeds of new meetings and of new statements by theme, person and organisation.
urlpatterns += [
    path("feeds/meetings/", feeds.MeetingFeed(), name="meeting_feed"),
    path("feeds/themes/<slug:slug>/", feeds.ThemeStatementFeed(), name="theme_feed"),
    path("feeds/people/<slug:slug>/", feeds.PersonStatementFeed(), name="person_feed"),
    path(
        "feeds/organisations/<slug:slug>/",
        feeds.OrganisationStatementFeed(),
        name="organisation_feed",
    ),
]
