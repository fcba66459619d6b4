from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_search_index(sender, using, **kwargs):
    from django.db import connections

    from minutes.search.index import ensure_index

    ensure_index(connections[using])


class MinutesConfig(AppConfig):
    """Meetings, panels, line-ups, statements and themes."""

    name = "minutes"
    verbose_name = "Meeting records"

    def ready(self):
        # A later migration that alters the statement table rebuilds it on SQLite, which
        # drops the full-text triggers; put them back after every migrate.
        post_migrate.connect(_ensure_search_index, sender=self)
