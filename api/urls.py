"""The API under /api/: the resources, the OpenAPI schema and its documentation page."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from . import views

app_name = "api"

router = DefaultRouter()
router.register("meetings", views.MeetingViewSet, basename="meeting")
router.register("panels", views.PanelViewSet, basename="panel")
router.register("statements", views.StatementViewSet, basename="statement")
router.register("people", views.PersonViewSet, basename="person")
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("memberships", views.MembershipViewSet, basename="membership")
router.register("themes", views.ThemeViewSet, basename="theme")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("", include(router.urls)),
    # Any other address under /api/ (a key no route accepts, such as "a.b", "a/b" or one
    # with a line break, which "." would not match):
    # a JSON 404 like the API's own, not the site's HTML page.
    re_path(r"^[\s\S]+/$", views.NotFoundView.as_view(), name="not_found"),
]
