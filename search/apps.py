from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_index(sender, using, **kwargs):
    from django.db import connections

    from search.index import ensure_index

    ensure_index(connections[using])


class SearchConfig(AppConfig):
    """Finding statements: the full-text index, the statements and search pages, their filters."""

    name = "search"
    verbose_name = "Search"

    def ready(self):
        # A later migration that alters the statement table rebuilds it on SQLite, which
        # drops the full-text triggers; put them back after every migrate (whichever app's
        # migrations ran: the check is one query when nothing is missing).
        post_migrate.connect(_ensure_index, dispatch_uid="search.ensure_index")
