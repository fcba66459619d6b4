"""URL configuration: each app brings its own namespaced URLs."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("minutes.urls")),
    path("", include("people.urls")),
    # Issue 4: the read-only API.
    path("api/", include("minutes.api.urls")),
]
