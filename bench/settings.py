"""The site's settings with the benchmark's URLconf, which adds the yardstick view."""

from gp_site.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
