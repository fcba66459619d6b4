"""URL configuration: each app brings its own namespaced URLs."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("minutes.urls")),
    path("", include("people.urls")),
]

# Benchmark yardstick, never routed in a normal deployment (see bench/run_bench.py).
if settings.GP_BENCH:
    from gp_site.bench import minimal

    urlpatterns.append(path("bench/minimal/", minimal, name="bench_minimal"))
