from django.urls import path

from minutes import views

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
    path("statements/", views.StatementListView.as_view(), name="statement_list"),
    path("statements/<int:pk>/", views.StatementDetailView.as_view(), name="statement_detail"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("themes/", views.ThemeListView.as_view(), name="theme_list"),
    path("themes/<slug:slug>/", views.ThemeDetailView.as_view(), name="theme_detail"),
]
