from django.apps import AppConfig


class GpSiteConfig(AppConfig):
    """Site-wide wiring: the page cache's invalidation and the backup commands."""

    name = "gp_site"
    verbose_name = "GP Records site"

    def ready(self):
        from . import checks, page_cache  # noqa: F401 (checks registers itself)

        page_cache.connect_signals()
