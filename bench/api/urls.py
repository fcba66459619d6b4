from django.http import HttpResponse
from django.urls import path

from gp_site.urls import urlpatterns as site


def minimal(request):
    """The least a Django view can do: the yardstick."""
    return HttpResponse("ok")


urlpatterns = [path("bench/minimal/", minimal), *site]
