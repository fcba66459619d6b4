"""The site's URLs and the benchmark's yardstick, /bench/minimal/ (never routed in a deployment:
only bench/settings.py names this URLconf)."""

from django.urls import path

from bench.minimal import minimal
from gp_site.urls import urlpatterns as site

urlpatterns = [path("bench/minimal/", minimal, name="bench_minimal"), *site]
