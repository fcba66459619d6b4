"""URL configuration: each app brings its own namespaced URLs."""

from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.generic import TemplateView

from minutes import sitemaps as minutes_sitemaps
from people import sitemaps as people_sitemaps

SITEMAPS = {
    "pages": minutes_sitemaps.StaticSitemap,
    "meetings": minutes_sitemaps.MeetingSitemap,
    "panels": minutes_sitemaps.PanelSitemap,
    "statements": minutes_sitemaps.StatementSitemap,
    "themes": minutes_sitemaps.ThemeSitemap,
    "people": people_sitemaps.PersonSitemap,
    "organisations": people_sitemaps.OrganisationSitemap,
}

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("minutes.urls")),
    path("", include("people.urls")),
    path("", include("search.urls")),
    path("", include("exports.urls")),
    # Issue 4: the read-only API, the sitemap and robots.txt.
    path("api/", include("api.urls")),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain; charset=utf-8"),
        name="robots",
    ),
]
