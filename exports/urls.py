from django.urls import path

from exports import views

app_name = "exports"
urlpatterns = [
    path("meetings/<slug:slug>/export.csv", views.MeetingCsvView.as_view(), name="meeting_csv"),
    path(
        "meetings/<slug:slug>/popolo.json",
        views.MeetingPopoloView.as_view(),
        name="meeting_popolo",
    ),
    path("meetings/<slug:slug>/meeting.yaml", views.MeetingFileView.as_view(), name="meeting_file"),
    path("statements/export.csv", views.StatementCsvView.as_view(), name="statement_csv"),
    path("statements/popolo.json", views.StatementPopoloView.as_view(), name="statement_popolo"),
]
