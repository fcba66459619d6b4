from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app may use: the records version, the page cache, counts kept until the
    records change, and the PostgreSQL backend."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import page_cache

        page_cache.connect_signals()
