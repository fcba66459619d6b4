"""Benchmark-only settings: the project's settings plus Django's per-site cache middleware.

A stand-in, clearly labelled in the results, for measuring cached pages where the project has
no page cache of its own. Never used outside bench/run_bench.py --cache-stand-in."""

from bench.settings import *  # noqa: F403
from bench.settings import MIDDLEWARE

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CACHE_MIDDLEWARE_SECONDS = 600
MIDDLEWARE = [
    "django.middleware.cache.UpdateCacheMiddleware",
    *MIDDLEWARE,
    "django.middleware.cache.FetchFromCacheMiddleware",
]
