"""The site's settings, with a URLconf that adds a minimal view to compare against."""

from gp_site.settings import *  # noqa: F403

ROOT_URLCONF = "bench.api.urls"
