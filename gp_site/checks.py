"""Deployment checks of our own, run by `manage.py check --deploy`."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PROCESS_LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register(Tags.caches, deploy=True)
def page_cache_is_shared(app_configs, **kwargs):
    backend = settings.CACHES["default"]["BACKEND"]
    if settings.PAGE_CACHE_ENABLED and backend in PROCESS_LOCAL_CACHES:
        return [
            Warning(
                "The page cache is on but the cache is local to each process: an edit made "
                "through one app server (or worker) would not make the others' pages stale.",
                hint="Set REDIS_URL (or CACHE_URL=redis://…) to a Redis every server shares, "
                "or DJANGO_PAGE_CACHE=false.",
                id="gp_site.W001",
            )
        ]
    return []
